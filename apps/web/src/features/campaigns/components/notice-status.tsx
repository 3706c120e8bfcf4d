import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { CheckCircleOutlined, LinkOutlined, NotificationOutlined, PrinterOutlined } from '@ant-design/icons';
import type { AidCampaign } from '@bangfu/shared/aid-campaigns';
import { isApiError } from '../../../lib/api-error';
import { useCan } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useCampaignNoticeBatch, useCloseCampaignNotice } from '../api/campaign-notice-batch';

/** 公示中: the batch's window, its public page and print view, and — for whoever manages notices — closing it once the window is over. */
export function NoticeStatus({ campaign }: { campaign: AidCampaign }) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const canClose = useCan('notice:manage');
  const batch = useCampaignNoticeBatch(campaign.noticeBatchId);
  const close = useCloseCampaignNotice();
  const data = batch.data;
  const publicPath = data?.publicToken ? `/public/notices/${data.publicToken}` : null;

  const closeNow = () => {
    if (!campaign.noticeBatchId) return;
    close.mutate(campaign.noticeBatchId, {
      onSuccess: () => message.success(t('campaign.noticeClosed')),
      onError: (problem) =>
        message.error(isApiError(problem) && problem.code === 'NOTICE_WINDOW_OPEN' ? t('noticeBatch.windowOpen', { date: formatDateTime(data?.closesAt, locale) }) : errorMessage(problem, t)),
    });
  };

  return (
    <Card size="small" title={campaign.state === 'in_notice' ? t('campaign.inNoticeTitle') : t('campaign.noticeDone')} data-testid="notice-status">
      {batch.isError && <Alert type="error" showIcon title={errorMessage(batch.error, t)} style={{ marginBottom: 12 }} />}
      {data && (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('noticeBatch.title')}>{data.title}</Descriptions.Item>
          <Descriptions.Item label={t('noticeBatch.publishedAt')}>{formatDateTime(data.publishedAt, locale)}</Descriptions.Item>
          <Descriptions.Item label={t('noticeBatch.closesAt')}>
            <Typography.Text data-testid="notice-closes-at">{formatDateTime(data.closesAt, locale)}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      )}
      {campaign.state === 'in_notice' && <Alert type="info" showIcon title={t(canClose ? 'campaign.noticeWaitClose' : 'campaign.noticeWait')} style={{ marginBottom: 12 }} />}
      <Space wrap>
        {campaign.noticeBatchId && (
          <Link to={`/notices/${campaign.noticeBatchId}`} data-testid="notice-batch-link">
            <Button icon={<NotificationOutlined />}>{t('campaign.openNoticeBatch')}</Button>
          </Link>
        )}
        {publicPath && (
          <>
            <Button icon={<LinkOutlined />} href={publicPath} target="_blank" rel="noopener" data-testid="notice-public-link">
              {t('noticeBatch.openPublic')}
            </Button>
            <Button icon={<PrinterOutlined />} href={`${publicPath}/print`} target="_blank" rel="noopener" data-testid="notice-print-link">
              {t('noticeBatch.print')}
            </Button>
          </>
        )}
        {canClose && campaign.state === 'in_notice' && (
          <Popconfirm title={t('noticeBatch.closeConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={closeNow}>
            <Button type="primary" icon={<CheckCircleOutlined />} loading={close.isPending} data-testid="close-campaign-notice">
              {t('noticeBatch.close')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </Card>
  );
}
