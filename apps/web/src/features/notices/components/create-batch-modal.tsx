import { useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import type { NoticeBatch } from '@bangfu/shared/notices';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useMe } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useCreateNoticeBatch } from '../api/create-notice-batch';
import { shanghaiYear } from '../../../lib/format';

interface Values {
  orgId: string;
  title: string;
  objectionContact: string;
  windowDays?: number | null;
}

/** 新建公示批次: who publishes, the title, how to object, and the window (empty: the org's workflow setting). */
export function CreateBatchModal({ onClose, onCreated }: { onClose: () => void; onCreated: (batch: NoticeBatch) => void }) {
  const t = useT();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const create = useCreateNoticeBatch();

  const submit = (values: Values) => {
    setError(null);
    create.mutate(
      { orgId: values.orgId, title: values.title.trim(), objectionContact: values.objectionContact.trim(), ...(values.windowDays ? { windowDays: values.windowDays } : {}) },
      { onSuccess: onCreated, onError: (problem) => setError(applyProblemToForm(form, problem, t)) },
    );
  };

  return (
    <Modal
      open
      title={t('noticeBatch.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'batch-create-ok' }}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ orgId: me?.org.id, title: t('noticeBatch.defaultTitle', { year: shanghaiYear() }) }}>
        <Form.Item name="orgId" label={t('noticeBatch.org')} rules={[{ required: true }]} extra={t('noticeBatch.orgHint')}>
          <OrgTreeSelect style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="title" label={t('noticeBatch.title')} rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}>
          <Input maxLength={100} data-testid="batch-title" />
        </Form.Item>
        <Form.Item name="objectionContact" label={t('noticeBatch.objectionContact')} rules={[{ required: true, whitespace: true, min: 2, max: 300 }]} extra={t('noticeBatch.objectionContactHint')}>
          <Input.TextArea rows={2} maxLength={300} data-testid="batch-contact" />
        </Form.Item>
        <Form.Item name="windowDays" label={t('noticeBatch.windowDays')} extra={t('noticeBatch.windowDaysHint')}>
          <InputNumber min={1} max={60} precision={0} suffix={t('noticeBatch.days')} style={{ width: 160 }} data-testid="batch-days" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
