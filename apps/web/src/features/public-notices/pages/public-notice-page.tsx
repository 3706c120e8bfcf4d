import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Empty, Flex, Input, Result, Select, Space, Spin, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { LanguageSwitch } from '../../../components/language-switch';
import { LoadMore } from '../../../components/load-more';
import { isApiError } from '../../../lib/api-error';
import { useLocale, useT } from '../../../lib/i18n';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { usePublicItems, type PublicItemFilters } from '../api/get-public-items';
import { usePublicNotice } from '../api/get-public-notice';
import { usePublicOrgs } from '../api/get-public-orgs';
import { ObjectionForm } from '../components/objection-form';
import { longDateTime } from '../components/notice-labels';
import { PublicItems } from '../components/public-items';

/**
 * The public notice (公示), no login: who is proposed, the window, and how to object. Nothing else is
 * shown. The lines come a page at a time; people pick their unit and search the masked name as shown.
 */
export function PublicNoticePage() {
  const t = useT();
  const locale = useLocale();
  const { token = '' } = useParams();
  const query = usePublicNotice(token);
  const [filters, setFilters] = useState<PublicItemFilters>({});
  const orgs = usePublicOrgs(token);
  const items = usePublicItems(token, filters);
  const rows = flattenPages(items.data?.pages);
  const set = (patch: PublicItemFilters) => setFilters((f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v !== undefined && v !== '')));

  const frame = (body: React.ReactNode) => (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Flex align="center" justify="space-between" style={{ background: '#c8102e', color: '#fff', padding: '10px 16px' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 17 }}>
          {t('publicNotice.banner')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <div style={{ maxWidth: 960, margin: '0 auto', padding: 12 }}>{body}</div>
    </div>
  );

  if (query.isPending) return frame(<Spin size="large" style={{ display: 'block', margin: '80px auto' }} />);
  if (query.isError) {
    // 400: a token of the wrong shape; 404: no such published notice.
    const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    return frame(<Result status={missing ? '404' : 'warning'} title={missing ? t('publicNotice.notFound') : t('common.loadFailed')} subTitle={missing ? undefined : errorMessage(query.error, t)} />);
  }
  const notice = query.data;

  return frame(
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }} data-testid="public-title">
          {notice.title}
        </Typography.Title>
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Typography.Text>
            {t('publicNotice.publisher')}：{notice.orgName}
          </Typography.Text>
          <Typography.Text data-testid="public-window">
            {t('publicNotice.window')}：{longDateTime(notice.publishedAt, locale)} {t('publicNotice.to')} {longDateTime(notice.closesAt, locale)}{' '}
            <Tag color={notice.open ? 'gold' : 'default'}>{t(notice.open ? 'publicNotice.open' : 'publicNotice.ended')}</Tag>
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('publicNotice.intro', { n: notice.itemCount })}
          </Typography.Paragraph>
        </Space>
      </Card>
      <Card size="small" styles={{ body: { padding: 8 } }}>
        <Flex gap={8} wrap style={{ marginBottom: 8 }}>
          {(orgs.data?.items.length ?? 0) > 1 && (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('publicNotice.allUnits')}
              value={filters.orgId}
              onChange={(orgId?: string) => set({ orgId })}
              options={orgs.data?.items.map((o) => ({ value: o.orgId, label: `${o.name}（${o.items}）` }))}
              style={{ flex: '1 1 240px' }}
              size="large"
              data-testid="public-org"
            />
          )}
          <Input.Search allowClear maxLength={50} size="large" placeholder={t('publicNotice.searchHint')} onSearch={(q) => set({ q: q.trim() || undefined })} style={{ flex: '1 1 240px' }} data-testid="public-search" />
        </Flex>
        {items.isError && <Alert type="error" showIcon title={errorMessage(items.error, t)} style={{ marginBottom: 8 }} />}
        {items.isPending ? (
          <Spin style={{ display: 'block', margin: '24px auto' }} />
        ) : rows.length === 0 ? (
          <Empty description={t('publicNotice.noMatch')} data-testid="public-empty" />
        ) : (
          <PublicItems items={rows} />
        )}
        <LoadMore hasNextPage={items.hasNextPage} isFetchingNextPage={items.isFetchingNextPage} fetchNextPage={items.fetchNextPage} count={rows.length} />
      </Card>
      <Card title={t('publicNotice.howToObject')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="public-contact">
          {notice.objectionContact}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('publicNotice.objectRule')}</Typography.Paragraph>
        {notice.open ? <ObjectionForm token={token} items={rows} /> : <Alert type="info" showIcon title={t('publicNotice.closedForObjections')} />}
      </Card>
      <Flex justify="center" style={{ paddingBottom: 24 }}>
        <Link to={`/public/notices/${token}/print`}>
          <PrinterOutlined /> {t('publicNotice.printView')}
        </Link>
      </Flex>
    </Space>,
  );
}
