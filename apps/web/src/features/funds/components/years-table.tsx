import { Button, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { DownloadOutlined, LockOutlined, PrinterOutlined } from '@ant-design/icons';
import type { FundYear } from '@bangfu/shared/fund-reports';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';

interface YearsTableProps {
  years: FundYear[];
  loading: boolean;
  closableYear: number | null;
  canClose: boolean;
  downloading: string | null;
  onClose: (year: FundYear) => void;
  onAnnual: (year: number) => void;
  onReconciliation: (year: number) => void;
  printPath: (year: number) => string;
}

/** 会计年度: each year's opening balance, in, out and closing, whether it is closed, and its reports. */
export function YearsTable({ years, loading, closableYear, canClose, downloading, onClose, onAnnual, onReconciliation, printPath }: YearsTableProps) {
  const t = useT();
  const locale = useLocale();
  const money = (fen: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(fen)}</span>;
  const columns: TableColumnsType<FundYear> = [
    { title: t('ledger.year'), dataIndex: 'year', key: 'year', width: 80 },
    {
      title: t('common.status'),
      key: 'state',
      width: 100,
      render: (_, y) =>
        y.state === 'closed' ? (
          <Tag icon={<LockOutlined />} color="default" data-testid="year-state">
            {t('yearEnd.closed')}
          </Tag>
        ) : (
          <Tag color="green" data-testid="year-state">
            {t('yearEnd.open')}
          </Tag>
        ),
    },
    { title: t('yearEnd.opening'), key: 'opening', align: 'right', render: (_, y) => money(y.openingBalanceFen) },
    { title: t('yearEnd.in'), key: 'in', align: 'right', render: (_, y) => money(y.inFen) },
    { title: t('yearEnd.out'), key: 'out', align: 'right', render: (_, y) => money(y.outFen) },
    { title: t('yearEnd.closing'), key: 'closing', align: 'right', render: (_, y) => money(y.closingBalanceFen) },
    { title: t('yearEnd.txns'), dataIndex: 'transactionCount', key: 'count', align: 'right', width: 90 },
    { title: t('yearEnd.closedAt'), key: 'closedAt', render: (_, y) => (y.closedAt ? `${formatDateTime(y.closedAt, locale)} ${y.closedBy ?? ''}` : '—') },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 330,
      render: (_, y) => (
        <Space size={4} wrap>
          <Button size="small" icon={<DownloadOutlined />} loading={downloading === `annual-${y.year}`} onClick={() => onAnnual(y.year)} data-testid="download-annual">
            {t('yearEnd.annualXlsx')}
          </Button>
          <Button size="small" icon={<DownloadOutlined />} loading={downloading === `reconciliation-${y.year}`} onClick={() => onReconciliation(y.year)} data-testid="download-reconciliation">
            {t('yearEnd.reconciliationXlsx')}
          </Button>
          <Tooltip title={t('yearEnd.printHint')}>
            <Button size="small" icon={<PrinterOutlined />} href={printPath(y.year)} target="_blank" rel="noopener" aria-label={t('yearEnd.print')} />
          </Tooltip>
          {canClose && y.state === 'open' && y.year === closableYear && (
            <Button size="small" type="primary" danger icon={<LockOutlined />} onClick={() => onClose(y)} data-testid="close-year">
              {t('yearEnd.close')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return <Table<FundYear> rowKey="year" columns={columns} dataSource={years} loading={loading} pagination={false} size="middle" scroll={{ x: 1200 }} data-testid="years-table" />;
}
