import { Link } from 'react-router-dom';
import { Table, Typography, type TableColumnsType } from 'antd';
import type { ApplicationSummary } from '@bangfu/shared/applications';
import { formatDateTime } from '../../../lib/format';
import { translateCode, useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { StateTag } from './state-tag';

interface ApplicationsTableProps<T extends ApplicationSummary> {
  rows: T[];
  loading: boolean;
  /** Extra columns after the state (the inbox adds "waiting for"). */
  extraColumns?: TableColumnsType<T>;
}

/** Applications as a table; the number links to the application page. */
export function ApplicationsTable<T extends ApplicationSummary>({ rows, loading, extraColumns = [] }: ApplicationsTableProps<T>) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumnsType<T> = [
    {
      title: t('application.no'),
      key: 'applicationNo',
      render: (_, row) => (
        <Link to={`/applications/${row.id}`} data-testid="application-link">
          {row.applicationNo}
        </Link>
      ),
    },
    { title: t('application.applicant'), dataIndex: 'applicantName', key: 'applicantName' },
    { title: t('application.kind'), key: 'kind', render: (_, row) => t(`appKind.${row.kind}`) },
    { title: t('application.aidType'), key: 'aidType', render: (_, row) => (row.aidType ? t(`aidType.${row.aidType}`) : '—') },
    {
      title: t('application.amount'),
      key: 'amountFen',
      align: 'right',
      render: (_, row) => (row.amountFen === null ? '—' : <Typography.Text>{formatFen(row.amountFen, '')}</Typography.Text>),
    },
    { title: t('application.category'), key: 'category', render: (_, row) => (row.category ? translateCode(t, `hardshipCategory.${row.category}`, row.category) : '—') },
    { title: t('application.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('common.status'), key: 'state', render: (_, row) => <StateTag state={row.state} /> },
    ...extraColumns,
    { title: t('common.updatedAt'), key: 'updatedAt', render: (_, row) => formatDateTime(row.updatedAt, locale) },
  ];
  return <Table<T> rowKey="id" columns={columns} dataSource={rows} loading={loading} pagination={false} size="middle" scroll={{ x: 1100 }} />;
}
