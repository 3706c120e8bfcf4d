import { Link } from 'react-router-dom';
import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { PaymentQueueItem } from '@bangfu/shared/payments';
import { formatDateTime } from '../../../lib/format';
import { translateCode, useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { QueueStatusTag } from './payment-tags';

interface QueueTableProps {
  rows: PaymentQueueItem[];
  loading: boolean;
  canPay: boolean;
  selected: string[];
  onSelect: (keys: string[]) => void;
  onCash: (item: PaymentQueueItem) => void;
  onReturn: (item: PaymentQueueItem) => void;
}

/** 待支付: approved and failed aid records; finance selects rows to pay, pays one in cash, or sends one back. */
export function QueueTable({ rows, loading, canPay, selected, onSelect, onCash, onReturn }: QueueTableProps) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumnsType<PaymentQueueItem> = [
    {
      title: t('application.no'),
      key: 'applicationNo',
      width: 170,
      render: (_, r) => (
        <Link to={`/applications/${r.applicationId}`} target="_blank" rel="noopener">
          {r.applicationNo}
        </Link>
      ),
    },
    { title: t('payment.payee'), dataIndex: 'payeeName', key: 'payee', width: 90, render: (name: string) => <span data-testid="queue-payee">{name}</span> },
    { title: t('payment.fileNo'), key: 'fileNo', width: 190, render: (_, r) => (r.fileId ? <Link to={`/hardship-files/${r.fileId}`}>{r.fileNo}</Link> : t('payment.noFile')) },
    { title: t('fund.org'), dataIndex: 'orgName', key: 'org', ellipsis: true, width: 180 },
    { title: t('ledger.aidType'), key: 'aidType', width: 100, render: (_, r) => translateCode(t, `aidType.${r.aidType}`, r.aidType) },
    { title: t('payment.amount'), key: 'amount', align: 'right', width: 130, render: (_, r) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(r.amountFen)}</span> },
    {
      title: t('payment.bankCard'),
      key: 'card',
      width: 210,
      render: (_, r) =>
        r.hasBankCard ? (
          <span>
            {r.bankName} <span style={{ fontFamily: 'monospace' }}>{r.bankCardMasked}</span>
          </span>
        ) : (
          <Tag color="orange">{t('payment.noCard')}</Tag>
        ),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 180,
      render: (_, r) => (
        <Space size={4} wrap>
          <QueueStatusTag status={r.status} />
          {r.campaignId && <Tag color="magenta">{t('payment.campaign')}</Tag>}
          {r.failureReason && (
            <Tooltip title={r.failureReason}>
              <Typography.Text type="danger" ellipsis style={{ maxWidth: 100 }}>
                {r.failureReason}
              </Typography.Text>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t('payment.approvedAt'), key: 'approvedAt', width: 170, render: (_, r) => formatDateTime(r.approvedAt, locale) },
    ...(canPay
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right' as const,
            width: 170,
            render: (_: unknown, r: PaymentQueueItem) => (
              <Space size={4}>
                <Button size="small" onClick={() => onCash(r)} data-testid="pay-cash">
                  {t('payment.payCash')}
                </Button>
                <Button size="small" onClick={() => onReturn(r)} data-testid="return-record">
                  {t('payment.return')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<PaymentQueueItem>
      rowKey="aidRecordId"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 1600 }}
      rowSelection={canPay ? { selectedRowKeys: selected, onChange: (keys) => onSelect(keys.map(String)), preserveSelectedRowKeys: false } : undefined}
      data-testid="queue-table"
    />
  );
}
