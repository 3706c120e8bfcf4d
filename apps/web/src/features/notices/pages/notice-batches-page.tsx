import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useCan } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useNoticeBatches, type NoticeBatchSummary } from '../api/get-notice-batches';
import { BatchStateTag } from '../components/batch-state-tag';
import { CreateBatchModal } from '../components/create-batch-modal';

/** 公示: the notice batches of my subtree. */
export function NoticeBatchesPage() {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const canManage = useCan('notice:manage');
  const [creating, setCreating] = useState(false);
  const batches = useNoticeBatches();

  const columns: TableColumnsType<NoticeBatchSummary> = [
    { title: t('noticeBatch.title'), key: 'title', render: (_, b) => <Link to={`/notices/${b.id}`} data-testid="batch-link">{b.title}</Link> },
    { title: t('noticeBatch.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('common.status'), key: 'state', render: (_, b) => <BatchStateTag state={b.state} /> },
    { title: t('noticeBatch.windowDays'), key: 'windowDays', render: (_, b) => t('noticeBatch.daysN', { n: b.windowDays }) },
    { title: t('noticeBatch.publishedAt'), key: 'publishedAt', render: (_, b) => formatDateTime(b.publishedAt, locale) },
    { title: t('noticeBatch.closesAt'), key: 'closesAt', render: (_, b) => formatDateTime(b.closesAt, locale) },
    { title: t('common.createdAt'), key: 'createdAt', render: (_, b) => formatDateTime(b.createdAt, locale) },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.notices')}
        </Typography.Title>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-batch">
            {t('noticeBatch.create')}
          </Button>
        )}
      </Flex>
      <Card>
        {batches.isError && <Alert type="error" showIcon title={errorMessage(batches.error, t)} style={{ marginBottom: 16 }} />}
        <Table<NoticeBatchSummary> rowKey="id" columns={columns} dataSource={batches.data?.items ?? []} loading={batches.isPending} pagination={{ pageSize: 20, hideOnSinglePage: true }} size="middle" scroll={{ x: 900 }} />
      </Card>
      {creating && (
        <CreateBatchModal
          onClose={() => setCreating(false)}
          onCreated={(batch) => {
            setCreating(false);
            navigate(`/notices/${batch.id}`);
          }}
        />
      )}
    </>
  );
}
