import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import type { Application, ApplicationUpdate } from '@bangfu/shared/applications';
import { MoneyInput, moneyRule } from '../../../components/money-input';
import { useT } from '../../../lib/i18n';
import { useUpdateApplication } from '../api/update-application';
import { applyApplicationProblem } from './application-form-problem';
import { positive } from './application-form';
import { CHANNELS, type Channel } from './channels';

interface Values {
  amountFen?: number | null;
  channel?: Channel;
  reason: string;
}

/** 补正: changes a draft or returned application's amount, channel and reason. */
export function EditApplicationModal({ application, onClose }: { application: Application; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateApplication();
  const hasAmount = application.amountFen !== null;

  const submit = (values: Values) => {
    setError(null);
    const body: ApplicationUpdate = { reason: values.reason.trim() };
    if (hasAmount && typeof values.amountFen === 'number') body.amountFen = values.amountFen;
    if (values.channel) body.channel = values.channel;
    update.mutate({ id: application.id, ...body }, { onSuccess: onClose, onError: (problem) => setError(applyApplicationProblem(form, problem, t)) });
  };

  return (
    <Modal open title={t('application.edit')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={update.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          reason: application.reason,
          channel: (application.channel ?? undefined) as Channel | undefined,
          amountFen: application.amountFen,
        }}
      >
        {hasAmount && (
          <Form.Item name="amountFen" label={t('application.amountYuan')} required rules={[moneyRule(t('application.amountRule'), true), positive(t('application.amountRule'))]}>
            <MoneyInput />
          </Form.Item>
        )}
        <Form.Item name="channel" label={t('application.channel')}>
          <Select<Channel> allowClear options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('application.reason')} rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
