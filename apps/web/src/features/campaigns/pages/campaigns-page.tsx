import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Flex, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { CAMPAIGN_KINDS, CAMPAIGN_STATES } from '@bangfu/shared/aid-campaigns';
import { LoadMore } from '../../../components/load-more';
import { useCan } from '../../../lib/auth';
import { formatDateTime, shanghaiYear } from '../../../lib/format';
import { translateCode, useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { useCampaigns, type CampaignFilters, type CampaignSummary } from '../api/get-campaigns';
import { CampaignKindTag, CampaignStateTag } from '../components/campaign-tags';

/** 送温暖/金秋助学活动: the campaigns of my subtree; campaign managers start new ones. */
export function CampaignsPage() {
  const t = useT();
  const locale = useLocale();
  const canManage = useCan('campaign:manage');
  const [filters, setFilters] = useState<CampaignFilters>({});
  const campaigns = useCampaigns(filters);
  const rows = flattenPages(campaigns.data?.pages);
  const thisYear = shanghaiYear();

  const columns: TableColumnsType<CampaignSummary> = [
    { title: t('campaign.name'), key: 'name', render: (_, c) => <Link to={`/funds/campaigns/${c.id}`} data-testid="campaign-link">{c.name}</Link> },
    { title: t('campaign.kind'), key: 'kind', width: 110, render: (_, c) => <CampaignKindTag kind={c.kind} /> },
    { title: t('campaign.year'), dataIndex: 'year', key: 'year', width: 80 },
    { title: t('campaign.org'), dataIndex: 'orgName', key: 'org', ellipsis: true },
    { title: t('common.status'), key: 'state', width: 110, render: (_, c) => <CampaignStateTag state={c.state} /> },
    { title: t('campaign.households'), dataIndex: 'selectedCount', key: 'count', align: 'right', width: 100 },
    { title: t('campaign.total'), key: 'total', align: 'right', width: 150, render: (_, c) => formatFen(c.totalFen) },
    { title: t('common.createdAt'), key: 'createdAt', width: 170, render: (_, c) => formatDateTime(c.createdAt, locale) },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.campaigns')}
        </Typography.Title>
        {canManage && (
          <Link to="/funds/campaigns/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-campaign">
              {t('campaign.create')}
            </Button>
          </Link>
        )}
      </Flex>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select allowClear placeholder={t('campaign.year')} style={{ width: 110 }} value={filters.year} onChange={(year?: number) => setFilters({ ...filters, year })} options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))} />
          <Select allowClear placeholder={t('campaign.kind')} style={{ width: 130 }} value={filters.kind} onChange={(kind?: CampaignFilters['kind']) => setFilters({ ...filters, kind })} options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: translateCode(t, `campaignKind.${k}`, k) }))} />
          <Select allowClear placeholder={t('common.status')} style={{ width: 130 }} value={filters.state} onChange={(state?: CampaignFilters['state']) => setFilters({ ...filters, state })} options={CAMPAIGN_STATES.map((s) => ({ value: s, label: translateCode(t, `campaignState.${s}`, s) }))} />
        </Space>
        {campaigns.isError && <Alert type="error" showIcon title={errorMessage(campaigns.error, t)} style={{ marginBottom: 12 }} />}
        <Table<CampaignSummary> rowKey="id" columns={columns} dataSource={rows} loading={campaigns.isPending} pagination={false} size="middle" scroll={{ x: 1000 }} data-testid="campaigns-table" />
        <LoadMore hasNextPage={campaigns.hasNextPage} isFetchingNextPage={campaigns.isFetchingNextPage} fetchNextPage={campaigns.fetchNextPage} count={rows.length} />
      </Card>
    </Space>
  );
}
