import { Alert, Button, Descriptions, Space, Typography } from 'antd';
import { LinkOutlined, PrinterOutlined } from '@ant-design/icons';
import type { NoticeBatch } from '@bangfu/shared/notices';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';

/** After publishing: the public page's plain link to copy (no QR code), the print view, and the window. */
export function PublicLinkPanel({ batch }: { batch: NoticeBatch }) {
  const t = useT();
  const locale = useLocale();
  if (!batch.publicToken) return null;
  const path = `/public/notices/${batch.publicToken}`;
  const url = `${window.location.origin}${path}`;
  return (
    <Alert
      type={batch.state === 'published' ? 'success' : 'info'}
      showIcon
      title={t(batch.state === 'published' ? 'noticeBatch.liveTitle' : 'noticeBatch.closedTitle')}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('noticeBatch.publishedAt')}>{formatDateTime(batch.publishedAt, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('noticeBatch.closesAt')}>{formatDateTime(batch.closesAt, locale)}</Descriptions.Item>
          </Descriptions>
          <Typography.Text>{t('noticeBatch.publicLink')}</Typography.Text>
          <Typography.Paragraph copyable={{ text: url, tooltips: [t('noticeBatch.copy'), t('noticeBatch.copied')] }} code style={{ margin: 0, wordBreak: 'break-all' }} data-testid="public-link">
            {url}
          </Typography.Paragraph>
          <Space wrap>
            <Button icon={<LinkOutlined />} href={path} target="_blank" rel="noopener">
              {t('noticeBatch.openPublic')}
            </Button>
            <Button icon={<PrinterOutlined />} href={`${path}/print`} target="_blank" rel="noopener" data-testid="print-link">
              {t('noticeBatch.print')}
            </Button>
          </Space>
        </Space>
      }
      data-testid="public-link-panel"
    />
  );
}
