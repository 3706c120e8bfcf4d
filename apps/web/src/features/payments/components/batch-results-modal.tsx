import { useState } from 'react';
import { Alert, Button, Checkbox, Input, Modal, Table, Typography, type TableColumnsType } from 'antd';
import type { BankBatchDetail, Payment } from '@bangfu/shared/payments';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useRecordBatchResults } from '../api/bank-batches';

/**
 * 银行回盘: the bank's return file says which transfers failed and why; every other transfer of the batch
 * that still waits is recorded as paid. Failed ones go back to the queue (their debit reversed).
 */
export function BatchResultsModal({ batch, onClose }: { batch: BankBatchDetail; onClose: () => void }) {
  const t = useT();
  const pending = batch.payments.filter((p) => p.status === 'exported');
  const [failed, setFailed] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const record = useRecordBatchResults();
  const failedIds = Object.keys(failed);
  const missingReason = failedIds.some((id) => (failed[id] ?? '').trim().length < 2);
  const paidCount = pending.length - failedIds.length;

  const columns: TableColumnsType<Payment> = [
    {
      title: t('batch.failedQ'),
      key: 'failed',
      width: 80,
      render: (_, p) => (
        <Checkbox
          checked={p.id in failed}
          onChange={(e) =>
            setFailed((current) => {
              const next = { ...current };
              if (e.target.checked) next[p.id] = '';
              else delete next[p.id];
              return next;
            })
          }
          data-testid="mark-failed"
        />
      ),
    },
    { title: t('payment.no'), dataIndex: 'paymentNo', key: 'no', width: 160 },
    { title: t('payment.payee'), dataIndex: 'payeeName', key: 'payee', width: 90 },
    { title: t('payment.bankCard'), key: 'card', render: (_, p) => `${p.bankName ?? ''} ${p.bankCardMasked ?? ''}` },
    { title: t('payment.amount'), key: 'amount', align: 'right', width: 120, render: (_, p) => formatFen(p.amountFen) },
    {
      title: t('payment.failureReason'),
      key: 'reason',
      width: 220,
      render: (_, p) =>
        p.id in failed ? (
          <Input
            size="small"
            value={failed[p.id]}
            maxLength={500}
            placeholder={t('batch.reasonHint')}
            status={(failed[p.id] ?? '').trim().length < 2 ? 'error' : undefined}
            onChange={(e) => setFailed((current) => ({ ...current, [p.id]: e.target.value }))}
            data-testid="failure-reason"
          />
        ) : (
          <Typography.Text type="secondary">{t('batch.willBePaid')}</Typography.Text>
        ),
    },
  ];

  const submit = () => {
    setError(null);
    record.mutate(
      { id: batch.id, failed: failedIds.map((paymentId) => ({ paymentId, reason: (failed[paymentId] ?? '').trim() })) },
      {
        onSuccess: onClose,
        onError: (problem) => setError(errorMessage(problem, t)),
      },
    );
  };

  return (
    <Modal
      open
      title={t('batch.resultsTitle', { no: batch.batchNo })}
      width={900}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" disabled={missingReason || pending.length === 0} loading={record.isPending} onClick={submit} data-testid="results-ok">
          {t('batch.resultsOk', { paid: paidCount, failed: failedIds.length })}
        </Button>,
      ]}
    >
      <Alert type="info" showIcon title={t('batch.resultsExplain')} style={{ marginBottom: 12 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<Payment> rowKey="id" size="small" columns={columns} dataSource={pending} pagination={pending.length > 20 ? { pageSize: 20 } : false} scroll={{ x: 800 }} />
    </Modal>
  );
}
