import { Link, useParams } from 'react-router-dom';
import type { NoticeItemCounts } from '@bangfu/shared/notices';
import { Button, Card, Descriptions, Flex, Result, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useCan } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useNoticeBatch } from '../api/get-notice-batch';
import { BatchActions } from '../components/batch-actions';
import { BatchStateTag } from '../components/batch-state-tag';
import { NoticeItemsTable } from '../components/notice-items-table';
import { ObjectionsTable } from '../components/objections-table';
import { PublicLinkPanel } from '../components/public-link-panel';

/** 公示中 / 已通过公示 / 转复查 counts of the whole batch. */
function ItemCounts({ counts }: { counts: NoticeItemCounts }) {
  const t = useT();
  return (
    <Typography.Text type="secondary" data-testid="item-counts">
      {(['pending', 'cleared', 'recheck'] as const)
        .filter((s) => counts[s] > 0)
        .map((s) => `${t(`noticeItem.state.${s}`)} ${counts[s]}`)
        .join(' · ')}
    </Typography.Text>
  );
}

/** One notice batch: its counts, its items a page at a time, the public link once published, objections and their rulings. */
export function NoticeBatchPage() {
  const t = useT();
  const locale = useLocale();
  const { id = '' } = useParams();
  const canManage = useCan('notice:manage');
  const query = useNoticeBatch(id);

  if (query.isPending) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  if (query.isError) return <Result status="warning" title={t('common.loadFailed')} subTitle={errorMessage(query.error, t)} extra={<Link to="/notices">{t('noticeBatch.backToList')}</Link>} />;
  const batch = query.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={12} wrap>
        <Link to="/notices">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('noticeBatch.backToList')} />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="batch-title-heading">
          {batch.title}
        </Typography.Title>
        <BatchStateTag state={batch.state} />
      </Flex>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('noticeBatch.org')}>{batch.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('noticeBatch.windowDays')}>{t('noticeBatch.daysN', { n: batch.windowDays })}</Descriptions.Item>
          <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(batch.createdAt, locale)}</Descriptions.Item>
          <Descriptions.Item label={t('noticeBatch.objectionContact')} span={{ xs: 1, md: 3 }}>
            {batch.objectionContact}
          </Descriptions.Item>
          {batch.closedAt && <Descriptions.Item label={t('noticeBatch.closedAt')}>{formatDateTime(batch.closedAt, locale)}</Descriptions.Item>}
        </Descriptions>
        {canManage && batch.state !== 'closed' && (
          <div style={{ marginTop: 12 }}>
            <BatchActions batch={batch} />
          </div>
        )}
      </Card>
      <PublicLinkPanel batch={batch} />
      <Card size="small" title={t('noticeBatch.items', { n: batch.itemCounts.total })} extra={<ItemCounts counts={batch.itemCounts} />}>
        <NoticeItemsTable batchId={batch.id} />
      </Card>
      {batch.state !== 'draft' && (
        <Card size="small" title={t('noticeBatch.objections', { n: batch.objectionCounts.total })} extra={batch.objectionCounts.open > 0 ? t('noticeBatch.openObjectionsN', { n: batch.objectionCounts.open }) : null}>
          <ObjectionsTable batchId={batch.id} canManage={canManage} />
        </Card>
      )}
    </Space>
  );
}
