import { Link } from 'react-router-dom';
import { Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import type { HardshipFileSummary } from '@bangfu/shared/hardship-files';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import type { FileFilters } from '../api/search-hardship-files';
import { label } from './file-labels';
import { CategoryTag, StatusTag } from './file-tags';

type Sort = NonNullable<FileFilters['sort']>;
type Order = NonNullable<FileFilters['order']>;

/** The order the server uses for a sort when none is asked for. */
const DEFAULT_ORDER: Record<Sort, Order> = { updatedAt: 'desc', name: 'asc', fileNo: 'asc', reviewDue: 'asc', mpcn: 'asc' };

interface FilesTableProps {
  files: HardshipFileSummary[];
  loading: boolean;
  sort: Sort;
  order: Order | undefined;
  onSort: (sort: Sort | undefined, order: Order | undefined) => void;
  today: string;
}

export function FilesTable({ files, loading, sort, order, onSort, today }: FilesTableProps) {
  const t = useT();
  const locale = useLocale();
  const effectiveOrder = order ?? DEFAULT_ORDER[sort];
  const sortOrderOf = (key: Sort): 'ascend' | 'descend' | null => (sort === key ? (effectiveOrder === 'asc' ? 'ascend' : 'descend') : null);
  const sortable = (key: Sort) => ({ key, sorter: true, sortOrder: sortOrderOf(key), sortDirections: ['ascend', 'descend', 'ascend'] as ('ascend' | 'descend')[] });

  const columns: TableColumnsType<HardshipFileSummary> = [
    {
      title: t('files.col.fileNo'),
      ...sortable('fileNo'),
      width: 200,
      render: (_, file) => (
        <Link to={`/hardship-files/${file.id}`} data-testid="file-link">
          {file.fileNo}
        </Link>
      ),
    },
    { title: t('files.col.headName'), ...sortable('name'), width: 110, render: (_, file) => <span data-testid="file-head-name">{file.headName}</span> },
    {
      title: t('files.col.headId'),
      key: 'headIdMasked',
      width: 190,
      render: (_, file) => (
        <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} data-testid="file-head-id">
          {file.headIdMasked}
        </span>
      ),
    },
    { title: t('files.col.org'), key: 'orgName', dataIndex: 'orgName', ellipsis: true, width: 180 },
    { title: t('files.col.householdType'), key: 'householdType', width: 120, render: (_, file) => label(t, 'householdType', file.householdType) },
    { title: t('files.col.category'), key: 'category', width: 140, render: (_, file) => <CategoryTag category={file.category} proposed={file.proposedCategory} /> },
    { title: t('files.col.status'), key: 'status', width: 90, render: (_, file) => <StatusTag status={file.status} /> },
    { title: t('files.col.mainCause'), key: 'mainCause', width: 150, ellipsis: true, render: (_, file) => label(t, 'cause', file.mainCause) },
    { title: t('files.col.size'), key: 'householdSize', dataIndex: 'householdSize', align: 'right', width: 90 },
    { title: t('files.col.mpcn'), ...sortable('mpcn'), align: 'right', width: 150, render: (_, file) => formatFen(file.mpcnFen) },
    {
      title: t('files.col.reviewDue'),
      ...sortable('reviewDue'),
      width: 120,
      render: (_, file) =>
        file.reviewDueOn ? (
          <Typography.Text type={file.reviewDueOn <= today && (file.status === 'temporary' || file.status === 'formal') ? 'danger' : undefined}>
            {file.reviewDueOn}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    { title: t('files.col.updatedAt'), ...sortable('updatedAt'), width: 180, render: (_, file) => formatDateTime(file.updatedAt, locale) },
  ];

  const onChange: TableProps<HardshipFileSummary>['onChange'] = (_pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = one?.columnKey as Sort | undefined;
    if (!key || !one?.order) return onSort(undefined, undefined);
    onSort(key, one.order === 'ascend' ? 'asc' : 'desc');
  };

  return (
    <Table<HardshipFileSummary>
      rowKey="id"
      columns={columns}
      dataSource={files}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      onChange={onChange}
      data-testid="files-table"
    />
  );
}
