import { Link } from 'react-router-dom';
import { Alert, Card, Empty, Flex, Space, Statistic, Typography, type TableColumnsType } from 'antd';
import type { Inbox } from '@bangfu/shared/applications';
import { translateCode, useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { LoadMore } from '../../../components/load-more';
import { flattenPages } from '../../../lib/paging';
import { useInboxPages } from '../api/get-inbox';
import { ApplicationsTable } from '../components/applications-table';

type InboxItem = Inbox['items'][number];

/** 待办: what waits for my action now, counted by state; the items a page at a time. */
export function InboxPage() {
  const t = useT();
  const inbox = useInboxPages();
  const first = inbox.data?.pages[0];
  const rows = flattenPages(inbox.data?.pages);
  const counts = Object.entries(first?.counts ?? {}).filter(([, n]) => n > 0);

  const waitingColumn: TableColumnsType<InboxItem> = [
    {
      title: t('inbox.waitingFor'),
      key: 'waitingFor',
      render: (_, item) =>
        item.waitingFor === 'notice_batch' ? (
          <Link to="/notices">{t('inbox.waiting.notice_batch')}</Link>
        ) : (
          <Typography.Text strong>{translateCode(t, `inbox.waiting.${item.waitingFor}`, item.waitingFor)}</Typography.Text>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.inbox')}
      </Typography.Title>
      {inbox.isError && <Alert type="error" showIcon title={errorMessage(inbox.error, t)} />}
      <Card>
        <Flex wrap gap={32} data-testid="inbox-counts">
          <Statistic title={t('inbox.total')} value={first?.total ?? 0} loading={inbox.isPending} />
          {counts.map(([state, n]) => (
            <Statistic key={state} title={translateCode(t, `appState.${state}`, state)} value={n} />
          ))}
        </Flex>
      </Card>
      <Card title={t('inbox.items')}>
        {inbox.data && rows.length === 0 ? (
          <Empty description={t('inbox.empty')} />
        ) : (
          <ApplicationsTable<InboxItem> rows={rows} loading={inbox.isPending} extraColumns={waitingColumn} />
        )}
        <LoadMore count={rows.length} hasNextPage={inbox.hasNextPage} isFetchingNextPage={inbox.isFetchingNextPage} fetchNextPage={inbox.fetchNextPage} />
      </Card>
    </Space>
  );
}
