import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { FundAccount } from '@bangfu/shared/funds';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useMe } from '../../../lib/auth';
import { shanghaiDay } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useCreateFundAccount } from '../api/create-fund-account';

interface Values {
  orgId: string;
  name: string;
  bankName: string;
  accountNo: string;
  openedOn: string;
}

/** 开设帮扶资金专户: one special account per organisation. */
export function CreateAccountModal({ onClose, onCreated }: { onClose: () => void; onCreated: (account: FundAccount) => void }) {
  const t = useT();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const create = useCreateFundAccount();

  const submit = (values: Values) => {
    setError(null);
    create.mutate(
      { orgId: values.orgId, name: values.name.trim(), bankName: values.bankName.trim(), accountNo: values.accountNo.trim(), openedOn: values.openedOn },
      { onSuccess: onCreated, onError: (problem) => setError(applyProblemToForm(form, problem, t)) },
    );
  };

  return (
    <Modal
      open
      title={t('fund.createAccount')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'account-create-ok' }}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ orgId: me?.org.id, name: me ? t('fund.defaultAccountName', { org: me.org.name }) : '', openedOn: shanghaiDay() }}
      >
        <Form.Item name="orgId" label={t('fund.org')} rules={[{ required: true }]}>
          <OrgTreeSelect style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="name" label={t('fund.accountName')} rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="bankName" label={t('fund.bankName')} rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}>
          <Input maxLength={100} placeholder={t('fund.bankNameHint')} />
        </Form.Item>
        <Form.Item name="accountNo" label={t('fund.accountNo')} rules={[{ required: true, pattern: /^[0-9 -]{6,40}$/, message: t('fund.accountNoInvalid') }]}>
          <Input maxLength={40} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="openedOn" label={t('fund.openedOn')} rules={[{ required: true }]}>
          <Input type="date" max={shanghaiDay()} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
