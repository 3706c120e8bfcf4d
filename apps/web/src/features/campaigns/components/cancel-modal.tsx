import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { AidCampaign } from '@bangfu/shared/aid-campaigns';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm } from '../../../lib/problem';
import { useCancelCampaign } from '../api/campaign-steps';

/** 终止活动 before it is paid: its applications are withdrawn, its aid records cancelled, its notice closed early. */
export function CancelModal({ campaign, onClose }: { campaign: AidCampaign; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const cancel = useCancelCampaign();
  return (
    <Modal
      open
      title={t('campaign.cancelTitle', { name: campaign.name })}
      okText={t('campaign.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'cancel-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={cancel.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('campaign.cancelExplain')} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }: { reason: string }) => {
          setError(null);
          cancel.mutate({ id: campaign.id, reason: reason.trim() }, { onSuccess: onClose, onError: (problem) => setError(applyProblemToForm(form, problem, t)) });
        }}
      >
        <Form.Item name="reason" label={t('campaign.cancelReason')} rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
