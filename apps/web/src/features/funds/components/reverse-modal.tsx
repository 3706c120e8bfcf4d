import { useState } from 'react';
import { Alert, Descriptions, Form, Input, Modal } from 'antd';
import type { LedgerTxn } from '@bangfu/shared/funds';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { applyProblemToForm } from '../../../lib/problem';
import { useReverseTransaction } from '../api/reverse-transaction';

/** 红字冲销: books the opposite of a transaction into the current open year, with the reason; the original stays. */
export function ReverseModal({ txn, onClose, onDone }: { txn: LedgerTxn; onClose: () => void; onDone: (reversal: LedgerTxn) => void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const reverse = useReverseTransaction();
  const submit = ({ reason }: { reason: string }) => {
    setError(null);
    reverse.mutate({ id: txn.id, reason: reason.trim() }, { onSuccess: onDone, onError: (problem) => setError(applyProblemToForm(form, problem, t)) });
  };
  return (
    <Modal
      open
      title={t('ledger.reverseTitle', { no: txn.txnNo })}
      okText={t('ledger.reverse')}
      okButtonProps={{ danger: true, 'data-testid': 'reverse-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={reverse.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('ledger.reverseExplain')} style={{ marginBottom: 16 }} />
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('ledger.memo')}>{txn.memo}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.bankEffect')}>{formatFen(txn.bankFen)}</Descriptions.Item>
      </Descriptions>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="reverse-error" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('ledger.reverseReason')} rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="reverse-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
