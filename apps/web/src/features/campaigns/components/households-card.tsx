import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { CAMPAIGN_HOUSEHOLD_STATUSES, type CampaignHousehold } from '@bangfu/shared/aid-campaigns';
import { LoadMore } from '../../../components/load-more';
import { downloadCsv } from '../../../lib/csv';
import { translateCode, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { getAllCampaignHouseholds, useCampaignHouseholds, type HouseholdFilters } from '../api/get-campaign-households';
import { householdsCsvRows, ruleLabelText } from './preview-csv';

const STATUS_COLORS: Record<CampaignHousehold['status'], string> = { selected: 'blue', in_notice: 'gold', recheck: 'orange', approved: 'cyan', paid: 'green', withdrawn: 'default', other: 'default' };

/** 活动名单: the households the campaign selected, where each stands, filterable by status; CSV of all. */
export function HouseholdsCard({ campaignId, name }: { campaignId: string; name: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<HouseholdFilters>({});
  const [exporting, setExporting] = useState(false);
  const households = useCampaignHouseholds(campaignId, filters);
  const rows = flattenPages(households.data?.pages);

  const columns: TableColumnsType<CampaignHousehold> = [
    { title: t('campaign.col.fileNo'), key: 'fileNo', width: 200, render: (_, h) => <Link to={`/hardship-files/${h.fileId}`}>{h.fileNo}</Link> },
    { title: t('campaign.col.name'), dataIndex: 'maskedName', key: 'name', width: 90, render: (n: string) => <span data-testid="household-name">{n}</span> },
    { title: t('campaign.col.org'), dataIndex: 'orgName', key: 'org', ellipsis: true },
    { title: t('campaign.col.category'), key: 'category', width: 100, render: (_, h) => (h.category ? translateCode(t, `category.${h.category}`, h.category) : '—') },
    { title: t('campaign.col.rule'), key: 'rule', width: 140, render: (_, h) => ruleLabelText(t, h.ruleLabel) },
    { title: t('campaign.col.amount'), key: 'amount', align: 'right', width: 120, render: (_, h) => formatFen(h.amountFen) },
    {
      title: t('common.status'),
      key: 'status',
      width: 120,
      render: (_, h) => (
        <Tag color={STATUS_COLORS[h.status]} data-testid="household-status">
          {translateCode(t, `householdStatus.${h.status}`, h.status)}
        </Tag>
      ),
    },
    { title: t('campaign.col.application'), key: 'app', width: 100, render: (_, h) => (h.applicationId ? <Link to={`/applications/${h.applicationId}`}>{t('campaign.openApplication')}</Link> : '—') },
  ];

  const exportCsv = async () => {
    setExporting(true);
    try {
      downloadCsv(`${name}-${t('campaign.householdsFile')}.csv`, householdsCsvRows(t, await getAllCampaignHouseholds(campaignId, filters)));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('campaign.householdsTitle')}
      extra={
        <Space wrap>
          <Select
            allowClear
            size="small"
            placeholder={t('common.status')}
            style={{ width: 130 }}
            value={filters.status}
            onChange={(status?: HouseholdFilters['status']) => setFilters({ ...filters, status })}
            options={CAMPAIGN_HOUSEHOLD_STATUSES.map((s) => ({ value: s, label: translateCode(t, `householdStatus.${s}`, s) }))}
          />
          <Button size="small" icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportCsv()} data-testid="households-csv">
            {t('campaign.householdsCsv')}
          </Button>
        </Space>
      }
    >
      {households.isError && <Alert type="error" showIcon title={errorMessage(households.error, t)} style={{ marginBottom: 12 }} />}
      <Table<CampaignHousehold> rowKey="fileId" size="small" columns={columns} dataSource={rows} loading={households.isPending || (households.isFetching && !households.isFetchingNextPage)} pagination={false} scroll={{ x: 1000 }} data-testid="campaign-households" />
      <LoadMore hasNextPage={households.hasNextPage} isFetchingNextPage={households.isFetchingNextPage} fetchNextPage={households.fetchNextPage} count={rows.length} />
    </Card>
  );
}
