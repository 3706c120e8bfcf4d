import { Descriptions } from 'antd';
import type { LedgerTxn } from '@bangfu/shared/funds';
import { ReasonModal } from '../../../components/reason-modal';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { useReverseTransaction } from '../api/reverse-transaction';

/** 红字冲销: books the opposite of a transaction into the current open year, with the reason; the original stays. */
export function ReverseModal({ txn, onClose, onDone }: { txn: LedgerTxn; onClose: () => void; onDone: (reversal: LedgerTxn) => void }) {
  const t = useT();
  const reverse = useReverseTransaction();
  return (
    <ReasonModal
      title={t('ledger.reverseTitle', { no: txn.txnNo })}
      okText={t('ledger.reverse')}
      field="reason"
      label={t('ledger.reverseReason')}
      warning={t('ledger.reverseExplain')}
      testId="reverse"
      pending={reverse.isPending}
      onSubmit={(reason, fail) => reverse.mutate({ id: txn.id, reason }, { onSuccess: onDone, onError: fail })}
      onClose={onClose}
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('ledger.memo')}>{txn.memo}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.bankEffect')}>{formatFen(txn.bankFen)}</Descriptions.Item>
      </Descriptions>
    </ReasonModal>
  );
}
