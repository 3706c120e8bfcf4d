import { Alert, Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import type { ReconciliationLine } from '@bangfu/shared/fund-reports';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useReconciliation } from '../api/get-reports';
import { codeLabel } from './fund-labels';

/** 对账: today's account balance against the ledger and the documents (receipts, payments), per source. */
export function ReconciliationCard({ accountId }: { accountId: string }) {
  const t = useT();
  const statement = useReconciliation(accountId, null);
  const data = statement.data;
  const diff = (fen: number | null) => (fen === null ? '—' : <Typography.Text type={fen === 0 ? 'secondary' : 'danger'}>{formatFen(fen)}</Typography.Text>);
  const columns: TableColumnsType<ReconciliationLine> = [
    { title: t('fund.source'), key: 'source', render: (_, l) => (l.source === 'total' ? <Typography.Text strong>{t('fund.total')}</Typography.Text> : codeLabel(t, 'fundSource', l.source)) },
    { title: t('recon.account'), key: 'account', align: 'right', render: (_, l) => formatFen(l.accountFen) },
    { title: t('recon.ledger'), key: 'ledger', align: 'right', render: (_, l) => formatFen(l.ledgerFen) },
    { title: t('recon.documents'), key: 'documents', align: 'right', render: (_, l) => formatFen(l.documentsFen) },
    { title: t('recon.accountDiff'), key: 'accountDiff', align: 'right', render: (_, l) => diff(l.accountDifferenceFen) },
    { title: t('recon.documentsDiff'), key: 'documentsDiff', align: 'right', render: (_, l) => diff(l.documentsDifferenceFen) },
    { title: t('common.status'), key: 'balanced', render: (_, l) => (l.balanced ? <Tag color="green">{t('recon.balanced')}</Tag> : <Tag color="red">{t('recon.unbalanced')}</Tag>) },
  ];
  return (
    <Card
      size="small"
      title={t('recon.title')}
      extra={
        data &&
        (data.balanced ? (
          <Tag icon={<CheckCircleOutlined />} color="success" data-testid="recon-state">
            {t('recon.allBalanced')}
          </Tag>
        ) : (
          <Tag icon={<WarningOutlined />} color="error" data-testid="recon-state">
            {t('recon.someUnbalanced')}
          </Tag>
        ))
      }
    >
      {statement.isError && <Alert type="error" showIcon title={errorMessage(statement.error, t)} />}
      {data && (
        <>
          <Typography.Paragraph type="secondary">{t('recon.intro', { date: data.asOf })}</Typography.Paragraph>
          <Table<ReconciliationLine> rowKey="source" size="small" columns={columns} dataSource={[...data.sources, data.total]} pagination={false} scroll={{ x: 900 }} />
          {data.openPayments.count > 0 && (
            <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('recon.openPayments', { n: data.openPayments.count, amount: formatFen(data.openPayments.totalFen) })} />
          )}
        </>
      )}
    </Card>
  );
}
