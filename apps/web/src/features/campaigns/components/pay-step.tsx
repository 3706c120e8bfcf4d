import { Link } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Progress, Result, Space, Statistic, Typography } from 'antd';
import { BankOutlined, DollarOutlined, FileTextOutlined } from '@ant-design/icons';
import type { AidCampaign } from '@bangfu/shared/aid-campaigns';
import { useCan } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { translateCode, useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { usePayCampaign } from '../api/campaign-steps';
import { useCampaignAccount } from '../api/get-campaign-account';
import { progressPercent } from './campaign-draft';

/** 发放: the approved households paid as one batch (all booked or none), with its progress and, after it, the bank file. */
export function PayStep({ campaign, onPayingChange }: { campaign: AidCampaign; onPayingChange: (paying: boolean) => void }) {
  const t = useT();
  const locale = useLocale();
  const canPay = useCan('fund:pay');
  const pay = usePayCampaign();
  const account = useCampaignAccount(campaign.accountId);
  const progress = campaign.progress;
  // 'paying' with no live report: the process running it has probably died, and paying again takes the run over.
  const stalled = campaign.state === 'paying' && !pay.isPending && (progress === null || progress.stale);
  const running = pay.isPending || (campaign.state === 'paying' && !stalled);
  const approved = campaign.counts?.approved ?? 0;

  if (campaign.state === 'paid' && campaign.payResult) {
    const r = campaign.payResult;
    return (
      <Card size="small" data-testid="pay-result">
        <Result
          status="success"
          title={t('campaign.paidTitle', { n: r.payments, amount: formatFen(r.totalFen) })}
          subTitle={t('campaign.paidSub', { batch: r.batchNo, source: translateCode(t, `fundSource.${r.source}`, r.source), seconds: r.seconds.toFixed(1) })}
          extra={[
            <Link key="batch" to={`/funds/bank-batches/${r.bankBatchId}`} data-testid="campaign-bank-batch">
              <Button type="primary" icon={<BankOutlined />}>
                {t('campaign.openBankBatch')}
              </Button>
            </Link>,
            campaign.accountId && (
              <Link key="ledger" to={`/funds/accounts/${campaign.accountId}`}>
                <Button icon={<FileTextOutlined />}>{t('campaign.openLedger')}</Button>
              </Link>
            ),
          ]}
        />
        {r.withoutBankCard > 0 && <Alert type="warning" showIcon title={t('campaign.withoutCard', { n: r.withoutBankCard })} action={<Link to="/funds/payments">{t('menu.paymentQueue')}</Link>} />}
      </Card>
    );
  }

  const start = () => {
    onPayingChange(true);
    pay.mutate(campaign.id, { onSettled: () => onPayingChange(false) });
  };

  return (
    <Card size="small" title={t('campaign.payTitle')} data-testid="pay-step">
      <Flex gap={40} wrap style={{ marginBottom: 16 }}>
        <Statistic title={t('campaign.approvedHouseholds')} value={approved} data-testid="pay-approved" />
        <Statistic title={t('campaign.listTotal')} value={formatFen(campaign.totalFen)} />
        {account.data && <Statistic title={t('campaign.accountBalance')} value={formatFen(account.data.balanceFen)} data-testid="pay-balance" />}
      </Flex>
      {account.data && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('campaign.payFrom')}>{`${account.data.orgName} · ${account.data.name}（${account.data.bankName} ${account.data.accountNo}）`}</Descriptions.Item>
        </Descriptions>
      )}
      {(campaign.counts?.recheck ?? 0) > 0 && <Alert type="warning" showIcon title={t('campaign.recheckDropped', { n: campaign.counts?.recheck ?? 0 })} style={{ marginBottom: 12 }} />}
      {campaign.lastError && !running && (
        <Alert
          type="error"
          showIcon
          title={t('campaign.lastError', { at: formatDateTime(campaign.lastError.at, locale) })}
          description={translateCode(t, `problem.${campaign.lastError.code}`, campaign.lastError.detail)}
          style={{ marginBottom: 12 }}
          data-testid="pay-last-error"
        />
      )}
      {pay.isError && !running && <Alert type="error" showIcon title={errorMessage(pay.error, t)} style={{ marginBottom: 12 }} data-testid="pay-error" />}
      {running && (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
          <Typography.Text>{t('campaign.payingStep', { step: translateCode(t, `campaignStep.${progress?.step ?? 'starting'}`, progress?.step ?? '') })}</Typography.Text>
          <Progress percent={progressPercent(progress)} status="active" format={() => (progress && progress.total > 0 ? `${progress.done}/${progress.total}` : '…')} data-testid="pay-progress" />
          {progress && (
            <Typography.Text type="secondary" data-testid="pay-progress-at">
              {t('campaign.progressAt', { at: formatDateTime(progress.updatedAt, locale) })}
            </Typography.Text>
          )}
        </Space>
      )}
      {stalled && (
        <Alert
          type="warning"
          showIcon
          title={t('campaign.payStalled', { at: formatDateTime(progress?.updatedAt ?? campaign.updatedAt, locale) })}
          description={progress ? t('campaign.payStalledAt', { step: translateCode(t, `campaignStep.${progress.step}`, progress.step), done: progress.done, total: progress.total }) : undefined}
          style={{ marginBottom: 12 }}
          data-testid="pay-stalled"
        />
      )}
      {canPay ? (
        <Popconfirm title={t('campaign.payConfirm', { n: approved })} description={t('campaign.payAllOrNothing')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={start} disabled={running || approved === 0}>
          <Button type="primary" size="large" icon={<DollarOutlined />} loading={running} disabled={approved === 0} data-testid="pay-campaign">
            {t('campaign.pay')}
          </Button>
        </Popconfirm>
      ) : (
        <Alert type="info" showIcon title={t('campaign.payNeedsFinance')} />
      )}
    </Card>
  );
}
