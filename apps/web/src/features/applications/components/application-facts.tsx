import { Link } from 'react-router-dom';
import { Descriptions } from 'antd';
import type { Application } from '@bangfu/shared/applications';
import { formatDateTime } from '../../../lib/format';
import { translateCode, useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';

/** The application's facts: who, what kind, which aid and amount, why, through which channel. */
export function ApplicationFacts({ application: app }: { application: Application }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="application-facts">
      <Descriptions.Item label={t('application.applicant')}>{app.applicantName}</Descriptions.Item>
      <Descriptions.Item label={t('application.fileNo')}>{app.fileNo ?? t('application.noFile')}</Descriptions.Item>
      <Descriptions.Item label={t('application.kind')}>{t(`appKind.${app.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('application.category')}>{app.category ? translateCode(t, `hardshipCategory.${app.category}`, app.category) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('application.aidType')}>{app.aidType ? t(`aidType.${app.aidType}`) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('application.amount')}>
        {app.amountFen === null ? '—' : <span data-testid="application-amount">{t('money.yuan', { amount: formatFen(app.amountFen, '') })}</span>}
      </Descriptions.Item>
      <Descriptions.Item label={t('application.org')}>{app.orgName}</Descriptions.Item>
      <Descriptions.Item label={t('application.channel')}>{app.channel ? translateCode(t, `channel.${app.channel}`, app.channel) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('application.createdBy')}>
        {app.createdBy} · {formatDateTime(app.createdAt, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t('application.noticeBatch')}>
        {app.noticeBatchId ? <Link to={`/notices/${app.noticeBatchId}`}>{t('application.openNoticeBatch')}</Link> : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('application.reason')} span={{ xs: 1, md: 2 }}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{app.reason}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}
