import { Link } from 'react-router-dom';
import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { Payment } from '@bangfu/shared/payments';
import { formatDateTime } from '../../../lib/format';
import { translateCode, useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { PaymentStatusTag } from './payment-tags';

/** Payments (支付单) with their status; a waiting transfer can be marked paid or failed one by one. */
export function PaymentsTable({ rows, loading, onResult }: { rows: Payment[]; loading?: boolean; onResult?: (payment: Payment, outcome: 'paid' | 'failed') => void }) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumnsType<Payment> = [
    { title: t('payment.no'), dataIndex: 'paymentNo', key: 'no', width: 160, render: (no: string) => <span style={{ fontFamily: 'monospace' }}>{no}</span> },
    { title: t('application.no'), key: 'app', width: 170, render: (_, p) => <Link to={`/applications/${p.applicationId}`}>{p.applicationNo}</Link> },
    { title: t('payment.payee'), dataIndex: 'payeeName', key: 'payee', width: 90 },
    { title: t('payment.amount'), key: 'amount', align: 'right', width: 120, render: (_, p) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(p.amountFen)}</span> },
    {
      title: t('common.status'),
      key: 'status',
      width: 200,
      render: (_, p) => (
        <Space size={4} wrap>
          <PaymentStatusTag status={p.status} />
          {p.failureReason && <Typography.Text type="danger">{p.failureReason}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('fund.org'), dataIndex: 'orgName', key: 'org', width: 170, ellipsis: true },
    { title: t('ledger.aidType'), key: 'aidType', width: 100, render: (_, p) => translateCode(t, `aidType.${p.aidType}`, p.aidType) },
    { title: t('fund.source'), key: 'source', width: 110, render: (_, p) => translateCode(t, `fundSource.${p.source}`, p.source) },
    { title: t('payment.method'), key: 'method', width: 110, render: (_, p) => translateCode(t, `paymentMethod.${p.method}`, p.method) },
    { title: t('payment.bankCard'), key: 'card', width: 200, render: (_, p) => (p.bankCardMasked ? `${p.bankName ?? ''} ${p.bankCardMasked}` : '—') },
    { title: t('payment.paidAt'), key: 'paidAt', width: 170, render: (_, p) => formatDateTime(p.paidAt, locale) },
    ...(onResult
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right' as const,
            width: 160,
            render: (_: unknown, p: Payment) =>
              p.method === 'bank_transfer' && (p.status === 'exported' || p.status === 'booked') ? (
                <Space size={4}>
                  <Button size="small" onClick={() => onResult(p, 'paid')} data-testid="mark-paid">
                    {t('batch.markPaid')}
                  </Button>
                  <Button size="small" danger onClick={() => onResult(p, 'failed')} data-testid="mark-one-failed">
                    {t('batch.markFailed')}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];
  return <Table<Payment> rowKey="id" size="middle" columns={columns} dataSource={rows} loading={loading} pagination={rows.length > 50 ? { pageSize: 50 } : false} scroll={{ x: 1700 }} data-testid="payments-table" />;
}
