import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Space, Statistic, Steps, Typography } from 'antd';
import { ArrowLeftOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import type { AidCampaign } from '@bangfu/shared/aid-campaigns';
import { isApiError } from '../../../lib/api-error';
import { useCan } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { translateCode, useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useSelectCampaign } from '../api/campaign-steps';
import { useCampaign, useSavedPreview } from '../api/get-campaign';
import { stepOf } from '../components/campaign-draft';
import { CampaignKindTag, CampaignStateTag } from '../components/campaign-tags';
import { CancelModal } from '../components/cancel-modal';
import { HouseholdsCard } from '../components/households-card';
import { NoticeStatus } from '../components/notice-status';
import { NoticeStep } from '../components/notice-step';
import { PayStep } from '../components/pay-step';
import { PreviewView } from '../components/preview-view';
import { ruleLabelText } from '../components/preview-csv';

/** One campaign as a wizard: list (确定名单) → notice (公示) → payment (发放), with its households below. */
export function CampaignPage() {
  const t = useT();
  const locale = useLocale();
  const { id = '' } = useParams();
  const canManage = useCan('campaign:manage');
  const [paying, setPaying] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const query = useCampaign(id, paying);
  const campaign = query.data;

  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.isError || !campaign) {
    if (isApiError(query.error) && query.error.status === 404) return <Result status="404" title="404" subTitle={t('problem.NOT_FOUND')} extra={<Link to="/funds/campaigns">{t('campaign.back')}</Link>} />;
    return <Alert type="error" showIcon title={errorMessage(query.error, t)} />;
  }

  const cancellable = canManage && ['draft', 'selected', 'in_notice', 'noticed'].includes(campaign.state);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={12} wrap justify="space-between">
        <Flex align="center" gap={12} wrap>
          <Link to="/funds/campaigns">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('campaign.back')} />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="campaign-title">
            {campaign.name}
          </Typography.Title>
          <CampaignKindTag kind={campaign.kind} />
          <CampaignStateTag state={campaign.state} />
        </Flex>
        {cancellable && (
          <Button danger icon={<StopOutlined />} onClick={() => setCancelling(true)} data-testid="cancel-campaign">
            {t('campaign.cancel')}
          </Button>
        )}
      </Flex>
      {campaign.state !== 'cancelled' && (
        <Steps
          size="small"
          current={stepOf(campaign.state)}
          status={campaign.state === 'paid' ? 'finish' : 'process'}
          items={[{ title: t('campaign.step.rule') }, { title: t('campaign.step.select') }, { title: t('campaign.step.notice') }, { title: t('campaign.step.pay') }, { title: t('campaign.step.done') }]}
          data-testid="campaign-steps"
        />
      )}
      <Facts campaign={campaign} locale={locale} />
      {campaign.state === 'draft' && <DraftStep campaign={campaign} canManage={canManage} />}
      {campaign.state === 'selected' && canManage && <NoticeStep campaign={campaign} />}
      {(campaign.state === 'in_notice' || ((campaign.state === 'noticed' || campaign.state === 'paying' || campaign.state === 'paid') && campaign.noticeBatchId)) && <NoticeStatus campaign={campaign} />}
      {(campaign.state === 'noticed' || campaign.state === 'paying' || campaign.state === 'paid') && <PayStep campaign={campaign} onPayingChange={setPaying} />}
      {campaign.state === 'cancelled' && <Alert type="warning" showIcon title={t('campaign.cancelled')} />}
      {campaign.state !== 'draft' && <HouseholdsCard campaignId={campaign.id} name={campaign.name} />}
      {cancelling && <CancelModal campaign={campaign} onClose={() => setCancelling(false)} />}
    </Space>
  );
}

function Facts({ campaign, locale }: { campaign: AidCampaign; locale: ReturnType<typeof useLocale> }) {
  const t = useT();
  const counts = campaign.counts;
  const rule = campaign.rule;
  const list = (prefix: string, codes: readonly string[] | undefined) => (codes?.length ? codes.map((c) => translateCode(t, `${prefix}.${c}`, c)).join('、') : t('campaign.any'));
  const amounts = campaign.amounts.perStudentFen
    ? Object.entries(campaign.amounts.perStudentFen)
        .map(([level, fen]) => `${ruleLabelText(t, level)} ${formatFen(fen ?? 0)}`)
        .join('，') + (campaign.amounts.perStudent ? t('campaign.perStudentSuffix') : t('campaign.perHouseholdSuffix'))
    : t('campaign.perHouseholdAmount', { amount: formatFen(campaign.amounts.perHouseholdFen ?? 0) });
  return (
    <Card size="small">
      <Flex gap={40} wrap style={{ marginBottom: 12 }}>
        <Statistic title={t('campaign.households')} value={campaign.selectedCount} data-testid="campaign-households-count" />
        <Statistic title={t('campaign.total')} value={formatFen(campaign.totalFen)} styles={{ content: { color: '#c8102e' } }} data-testid="campaign-total" />
        {counts && counts.inNotice > 0 && <Statistic title={t('campaign.count.inNotice')} value={counts.inNotice} />}
        {counts && counts.approved > 0 && <Statistic title={t('campaign.count.approved')} value={counts.approved} />}
        {counts && counts.recheck > 0 && <Statistic title={t('campaign.count.recheck')} value={counts.recheck} />}
        {counts && counts.paid > 0 && <Statistic title={t('campaign.count.paid')} value={`${counts.paid} / ${formatFen(counts.paidFen)}`} data-testid="campaign-paid" />}
        {counts && counts.withdrawn > 0 && <Statistic title={t('campaign.count.withdrawn')} value={counts.withdrawn} />}
      </Flex>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('campaign.org')}>{campaign.orgName}</Descriptions.Item>
        <Descriptions.Item label={t('campaign.year')}>{campaign.year}</Descriptions.Item>
        <Descriptions.Item label={t('campaign.aidType')}>{translateCode(t, `aidType.${campaign.aidType}`, campaign.aidType)}</Descriptions.Item>
        <Descriptions.Item label={t('campaign.categories')}>{list('category', rule.categories)}</Descriptions.Item>
        <Descriptions.Item label={t('campaign.householdTypes')}>{list('householdType', rule.householdTypes)}</Descriptions.Item>
        <Descriptions.Item label={t('campaign.studentLevels')}>{list('schoolLevel', rule.studentLevels)}</Descriptions.Item>
        <Descriptions.Item label={t('campaign.excludeFunded')}>{t(rule.excludeFundedInYear ? 'common.yes' : 'common.no')}</Descriptions.Item>
        <Descriptions.Item label={t('campaign.amounts')} span={{ xs: 1, md: 2 }}>
          {amounts}
        </Descriptions.Item>
        <Descriptions.Item label={t('ledger.createdBy')}>{campaign.createdBy}</Descriptions.Item>
        <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(campaign.createdAt, locale)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** A draft: what the saved rule selects now, and fixing the list. */
function DraftStep({ campaign, canManage }: { campaign: AidCampaign; canManage: boolean }) {
  const t = useT();
  const preview = useSavedPreview(campaign.id, true);
  const select = useSelectCampaign();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {preview.isError && <Alert type="error" showIcon title={errorMessage(preview.error, t)} />}
      {preview.data && <PreviewView preview={preview.data} />}
      {select.isError && <Alert type="error" showIcon title={errorMessage(select.error, t)} />}
      {canManage && (
        <Button type="primary" icon={<TeamOutlined />} loading={select.isPending} onClick={() => select.mutate(campaign.id)} data-testid="select-households">
          {t('campaign.select')}
        </Button>
      )}
    </Space>
  );
}
