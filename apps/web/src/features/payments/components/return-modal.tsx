import type { PaymentQueueItem } from '@bangfu/shared/payments';
import { ReasonModal } from '../../../components/reason-modal';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { useReturnAidRecord } from '../api/payment-results';

/** 退回审批: finance sends a record it cannot pay (e.g. the card keeps failing) back to the approver with an opinion. */
export function ReturnModal({ item, onClose, onDone }: { item: PaymentQueueItem; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const send = useReturnAidRecord();
  return (
    <ReasonModal
      title={t('payment.returnTitle', { no: item.applicationNo, name: item.payeeName, amount: formatFen(item.amountFen) })}
      okText={t('payment.return')}
      field="opinion"
      label={t('payment.returnOpinion')}
      initialText={item.failureReason ? t('payment.returnDefault', { reason: item.failureReason }) : undefined}
      maxLength={2000}
      rows={4}
      testId="return"
      pending={send.isPending}
      onSubmit={(opinion, fail) => send.mutate({ id: item.aidRecordId, opinion }, { onSuccess: onDone, onError: fail })}
      onClose={onClose}
    />
  );
}
