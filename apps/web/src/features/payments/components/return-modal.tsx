import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { PaymentQueueItem } from '@bangfu/shared/payments';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { applyProblemToForm } from '../../../lib/problem';
import { useReturnAidRecord } from '../api/payment-results';

/** 退回审批: finance sends a record it cannot pay (e.g. the card keeps failing) back to the approver with an opinion. */
export function ReturnModal({ item, onClose, onDone }: { item: PaymentQueueItem; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ opinion: string }>();
  const [error, setError] = useState<string | null>(null);
  const send = useReturnAidRecord();
  return (
    <Modal
      open
      title={t('payment.returnTitle', { no: item.applicationNo, name: item.payeeName, amount: formatFen(item.amountFen) })}
      okText={t('payment.return')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'return-ok' }}
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={({ opinion }: { opinion: string }) => {
          setError(null);
          send.mutate({ id: item.aidRecordId, opinion: opinion.trim() }, { onSuccess: onDone, onError: (problem) => setError(applyProblemToForm(form, problem, t)) });
        }}
        initialValues={{ opinion: item.failureReason ? t('payment.returnDefault', { reason: item.failureReason }) : '' }}
      >
        <Form.Item name="opinion" label={t('payment.returnOpinion')} rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="return-opinion" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
