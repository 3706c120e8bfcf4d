import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { LedgerTxn } from '@bangfu/shared/funds';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { txnSources } from './fund-csv';
import { SourceTag, TxnKindTag } from './fund-labels';
import { canReverse } from './fund-math';
import type { FundSource } from '@bangfu/shared/funds';

interface LedgerTableProps {
  rows: LedgerTxn[];
  loading: boolean;
  canManage: boolean;
  onOpen: (txn: LedgerTxn) => void;
  onReverse: (txn: LedgerTxn) => void;
}

/** 明细账: each 记账凭证 with what it moved in (收入) or out (支出) of the special account. */
export function LedgerTable({ rows, loading, canManage, onOpen, onReverse }: LedgerTableProps) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumnsType<LedgerTxn> = [
    {
      title: t('ledger.txnNo'),
      key: 'txnNo',
      width: 170,
      render: (_, txn) => (
        <Button type="link" style={{ padding: 0, fontFamily: 'monospace' }} onClick={() => onOpen(txn)} data-testid="txn-link">
          {txn.txnNo}
        </Button>
      ),
    },
    { title: t('ledger.bookedAt'), key: 'bookedAt', width: 170, render: (_, txn) => formatDateTime(txn.bookedAt, locale) },
    {
      title: t('ledger.kind'),
      key: 'kind',
      width: 150,
      render: (_, txn) => (
        <Space size={2} wrap>
          <TxnKindTag kind={txn.kind} />
          {txn.reversedById && <Tag color="default">{t('ledger.reversed')}</Tag>}
        </Space>
      ),
    },
    { title: t('ledger.memo'), dataIndex: 'memo', key: 'memo', width: 320, ellipsis: { showTitle: true } },
    {
      title: t('fund.source'),
      key: 'sources',
      width: 180,
      render: (_, txn) =>
        txnSources(txn).map((s) => <SourceTag key={s} source={s as FundSource} />),
    },
    {
      title: t('ledger.in'),
      key: 'in',
      align: 'right',
      width: 140,
      render: (_, txn) => (txn.bankFen > 0 ? <Typography.Text style={{ color: '#389e0d', fontVariantNumeric: 'tabular-nums' }}>{formatFen(txn.bankFen)}</Typography.Text> : ''),
    },
    {
      title: t('ledger.out'),
      key: 'out',
      align: 'right',
      width: 140,
      render: (_, txn) => (txn.bankFen < 0 ? <Typography.Text style={{ color: '#cf1322', fontVariantNumeric: 'tabular-nums' }}>{formatFen(-txn.bankFen)}</Typography.Text> : ''),
    },
    { title: t('ledger.createdBy'), dataIndex: 'createdBy', key: 'createdBy', width: 110 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, txn) =>
        canManage && canReverse(txn) ? (
          <Tooltip title={t('ledger.reverseHint')}>
            <Button size="small" danger onClick={() => onReverse(txn)} data-testid="reverse-txn">
              {t('ledger.reverse')}
            </Button>
          </Tooltip>
        ) : null,
    },
  ];
  return <Table<LedgerTxn> rowKey="id" columns={columns} dataSource={rows} loading={loading} pagination={false} size="middle" scroll={{ x: 1500 }} data-testid="ledger-table" />;
}
