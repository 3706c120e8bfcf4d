import type { Payment } from '@bangfu/shared/payments';
import { ReasonModal } from '../../../components/reason-modal';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { useRecordPaymentResult } from '../api/payment-results';

/** One transfer the bank returned (退汇): its reason; the debit is reversed and the record waits in the queue again. */
export function FailedModal({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const t = useT();
  const record = useRecordPaymentResult();
  return (
    <ReasonModal
      title={t('batch.failedTitle', { no: payment.paymentNo, name: payment.payeeName, amount: formatFen(payment.amountFen) })}
      okText={t('batch.markFailed')}
      field="reason"
      label={t('payment.failureReason')}
      extra={t('batch.reasonExamples')}
      rows={0}
      testId="failed"
      pending={record.isPending}
      onSubmit={(reason, fail) => record.mutate({ id: payment.id, outcome: 'failed', reason }, { onSuccess: onClose, onError: fail })}
      onClose={onClose}
    />
  );
}
