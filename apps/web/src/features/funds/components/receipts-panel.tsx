import { useState } from 'react';
import { Alert, App, Button, Flex, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { FUND_SOURCES, RECEIPT_KINDS, type Receipt } from '@bangfu/shared/funds';
import { LoadMore } from '../../../components/load-more';
import { downloadCsv } from '../../../lib/csv';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { useReceipts, type ReceiptFilters } from '../api/get-receipts';
import { receiptsCsvRows } from './fund-csv';
import { codeLabel, SourceTag } from './fund-labels';
import { ReceiptModal } from './receipt-modal';

/** 收款登记: the receipts of an account, filtered by year, source and kind; finance books new ones. */
export function ReceiptsPanel({ accountId, years, canManage }: { accountId: string; years: number[]; canManage: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<ReceiptFilters>({});
  const [booking, setBooking] = useState(false);
  const receipts = useReceipts(accountId, filters);
  const rows = flattenPages(receipts.data?.pages);

  const columns: TableColumnsType<Receipt> = [
    { title: t('receipt.receivedOn'), dataIndex: 'receivedOn', key: 'receivedOn', width: 110 },
    { title: t('receipt.kind'), key: 'kind', width: 90, render: (_, r) => codeLabel(t, 'receiptKind', r.kind) },
    { title: t('fund.source'), key: 'source', width: 130, render: (_, r) => <SourceTag source={r.source} /> },
    {
      title: t('receipt.amount'),
      key: 'amount',
      align: 'right',
      width: 150,
      render: (_, r) => (
        <span style={{ fontVariantNumeric: 'tabular-nums', textDecoration: r.reversedById ? 'line-through' : undefined }} data-testid="receipt-amount-cell">
          {formatFen(r.amountFen)}
        </span>
      ),
    },
    { title: t('receipt.receiptNo'), key: 'receiptNo', width: 130, render: (_, r) => r.receiptNo ?? '—' },
    { title: t('receipt.donor'), key: 'donor', width: 160, ellipsis: true, render: (_, r) => r.donor ?? '—' },
    { title: t('receipt.documentNo'), key: 'documentNo', width: 160, ellipsis: true, render: (_, r) => r.documentNo ?? '—' },
    { title: t('ledger.txnNo'), key: 'txnNo', width: 160, render: (_, r) => <span style={{ fontFamily: 'monospace' }}>{r.txnNo}</span> },
    { title: t('receipt.reversed'), key: 'reversed', width: 90, render: (_, r) => (r.reversedById ? <Tag color="red">{t('ledger.reversed')}</Tag> : '') },
    { title: t('ledger.createdBy'), dataIndex: 'createdBy', key: 'createdBy', width: 100 },
    { title: t('common.createdAt'), key: 'createdAt', width: 170, render: (_, r) => formatDateTime(r.createdAt, locale) },
  ];

  return (
    <>
      <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select allowClear placeholder={t('ledger.year')} style={{ width: 110 }} value={filters.year} onChange={(year?: number) => setFilters({ ...filters, year })} options={years.map((y) => ({ value: y, label: t('fund.yearN', { year: y }) }))} />
          <Select
            allowClear
            placeholder={t('fund.source')}
            style={{ width: 140 }}
            value={filters.source}
            onChange={(source?: ReceiptFilters['source']) => setFilters({ ...filters, source })}
            options={FUND_SOURCES.map((s) => ({ value: s, label: codeLabel(t, 'fundSource', s) }))}
          />
          <Select
            allowClear
            placeholder={t('receipt.kind')}
            style={{ width: 120 }}
            value={filters.kind}
            onChange={(kind?: ReceiptFilters['kind']) => setFilters({ ...filters, kind })}
            options={RECEIPT_KINDS.map((k) => ({ value: k, label: codeLabel(t, 'receiptKind', k) }))}
          />
          <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={() => downloadCsv(`${t('receipt.file')}.csv`, receiptsCsvRows(t, rows))}>
            {t('receipt.export')}
          </Button>
        </Space>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setBooking(true)} data-testid="new-receipt">
            {t('receipt.create')}
          </Button>
        )}
      </Flex>
      {receipts.isError && <Alert type="error" showIcon title={errorMessage(receipts.error, t)} style={{ marginBottom: 12 }} />}
      <Table<Receipt> rowKey="id" columns={columns} dataSource={rows} loading={receipts.isPending || (receipts.isFetching && !receipts.isFetchingNextPage)} pagination={false} size="middle" scroll={{ x: 1500 }} data-testid="receipts-table" />
      <LoadMore hasNextPage={receipts.hasNextPage} isFetchingNextPage={receipts.isFetchingNextPage} fetchNextPage={receipts.fetchNextPage} count={rows.length} />
      {booking && (
        <ReceiptModal
          accountId={accountId}
          onClose={() => setBooking(false)}
          onBooked={(receipt) => {
            setBooking(false);
            message.success(t('receipt.booked', { amount: formatFen(receipt.amountFen), no: receipt.txnNo }));
          }}
        />
      )}
    </>
  );
}
