import { Table, Typography, type TableColumnsType } from 'antd';
import { FUND_SOURCES, type FundSource, type SourceBalance } from '@bangfu/shared/funds';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { SourceTag } from './fund-labels';
import { percentOf } from './fund-math';

interface Row {
  source: FundSource;
  balanceFen: number;
}

/** 各来源余额: every fund source in its fixed order with its balance and share, and the total. */
export function SourceTable({ sources, balanceFen }: { sources: readonly SourceBalance[]; balanceFen: number }) {
  const t = useT();
  const bySource = new Map(sources.map((s) => [s.source, s.balanceFen]));
  const rows: Row[] = FUND_SOURCES.map((source) => ({ source, balanceFen: bySource.get(source) ?? 0 }));
  const columns: TableColumnsType<Row> = [
    { title: t('fund.source'), key: 'source', render: (_, row) => <SourceTag source={row.source} /> },
    {
      title: t('fund.balance'),
      key: 'balance',
      align: 'right',
      render: (_, row) => (
        <Typography.Text type={row.balanceFen === 0 ? 'secondary' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`source-balance-${row.source}`}>
          {formatFen(row.balanceFen)}
        </Typography.Text>
      ),
    },
    { title: t('fund.share'), key: 'share', align: 'right', render: (_, row) => `${percentOf(row.balanceFen, balanceFen)}%` },
  ];
  return (
    <Table<Row>
      rowKey="source"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('fund.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatFen(balanceFen)}
            </Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {balanceFen > 0 ? '100%' : '—'}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
