import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { Payment } from '@bangfu/shared/payments';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { applyProblemToForm } from '../../../lib/problem';
import { useRecordPaymentResult } from '../api/payment-results';

/** One transfer the bank returned (退汇): its reason; the debit is reversed and the record waits in the queue again. */
export function FailedModal({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const record = useRecordPaymentResult();
  return (
    <Modal
      open
      title={t('batch.failedTitle', { no: payment.paymentNo, name: payment.payeeName, amount: formatFen(payment.amountFen) })}
      okText={t('batch.markFailed')}
      okButtonProps={{ danger: true, 'data-testid': 'failed-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }: { reason: string }) => {
          setError(null);
          record.mutate({ id: payment.id, outcome: 'failed', reason: reason.trim() }, { onSuccess: onClose, onError: (problem) => setError(applyProblemToForm(form, problem, t)) });
        }}
      >
        <Form.Item name="reason" label={t('payment.failureReason')} rules={[{ required: true, whitespace: true, min: 2, max: 500 }]} extra={t('batch.reasonExamples')}>
          <Input maxLength={500} data-testid="failed-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
