import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Flex, Space, Tabs, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { LoadMore } from '../../../components/load-more';
import { useCan } from '../../../lib/auth';
import { downloadCsv } from '../../../lib/csv';
import { shanghaiDay } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { useHardshipFiles, type FileFilters } from '../api/search-hardship-files';
import { DuplicatesTable } from '../components/duplicates-table';
import { filesCsvRows } from '../components/export-files';
import { FileFiltersBar } from '../components/file-filters';
import { filtersFromParams, paramsFromFilters, tabFromParams, type FilesTab } from '../components/file-query-params';
import { FilesTable } from '../components/files-table';

/** 困难职工档案: search the files of the caller's subtree; 待复核 and 疑似重复 as tabs. */
export function FilesPage() {
  const t = useT();
  const canWrite = useCan('file:write');
  const [params, setParams] = useSearchParams();
  const tab = tabFromParams(params);
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const today = shanghaiDay();
  // 待复核: files whose review date is today or earlier, the most overdue first.
  const query: FileFilters = tab === 'review' ? { sort: 'reviewDue', ...filters, reviewDueBefore: today } : filters;
  const files = useHardshipFiles(query, tab !== 'duplicates');
  const rows = flattenPages(files.data?.pages);
  const total = files.data?.pages[0]?.total;

  const setFilters = (next: FileFilters, nextTab: FilesTab = tab) => setParams(paramsFromFilters(next, nextTab), { replace: true });

  const list = (
    <>
      <FileFiltersBar value={filters} onChange={(next) => setFilters(next)} hideReviewDue={tab === 'review'} />
      {tab === 'review' && <Alert type="info" showIcon title={t('files.reviewDueHint', { today })} style={{ marginBottom: 16 }} />}
      {files.isError && <Alert type="error" showIcon title={errorMessage(files.error, t)} style={{ marginBottom: 16 }} />}
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary" data-testid="files-total">
          {total ? (total.exact ? t('files.total', { count: total.count }) : t('files.totalCapped', { count: total.count })) : '\u00a0'}
        </Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          disabled={rows.length === 0}
          onClick={() => downloadCsv(`${t('menu.hardshipFiles')}-${today}.csv`, filesCsvRows(t, rows))}
        >
          {t('files.exportCsv', { count: rows.length })}
        </Button>
      </Flex>
      <FilesTable
        files={rows}
        loading={files.isPending || (files.isFetching && files.isPlaceholderData)}
        sort={query.sort ?? (query.reviewDueBefore ? 'reviewDue' : 'updatedAt')}
        order={query.order}
        today={today}
        onSort={(sort, order) => setFilters({ ...filters, sort, order })}
      />
      <LoadMore count={rows.length} hasNextPage={files.hasNextPage} isFetchingNextPage={files.isFetchingNextPage} fetchNextPage={files.fetchNextPage} />
    </>
  );

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.hardshipFiles')}
        </Typography.Title>
        <Space>
          {canWrite && (
            <Link to="/hardship-files/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="new-file">
                {t('files.new')}
              </Button>
            </Link>
          )}
        </Space>
      </Flex>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setFilters(key === 'duplicates' ? {} : filters, key as FilesTab)}
          items={[
            { key: 'all', label: t('files.tab.all'), children: tab === 'all' ? list : null },
            { key: 'review', label: t('files.tab.reviewDue'), children: tab === 'review' ? list : null },
            { key: 'duplicates', label: t('files.tab.duplicates'), children: tab === 'duplicates' ? <DuplicatesTable /> : null },
          ]}
        />
      </Card>
    </>
  );
}
