import { Card, Descriptions, Empty, Tag } from 'antd';
import type { HomeVisit } from '@bangfu/shared/applications';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';

/** 入户核实记录: date, visitors, findings, whether the consent was signed. */
export function HomeVisitsCard({ visits }: { visits: HomeVisit[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Card title={t('visit.title')} size="small" data-testid="home-visits">
      {visits.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visit.none')} />}
      {visits.map((visit) => (
        <Descriptions key={visit.id} size="small" column={1} bordered style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('visit.visitedOn')}>{visit.visitedOn}</Descriptions.Item>
          <Descriptions.Item label={t('visit.visitors')}>{visit.visitors.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('visit.findings')}>{visit.findings}</Descriptions.Item>
          <Descriptions.Item label={t('visit.consent')}>
            {visit.consentSigned ? <Tag color="success">{t('visit.consentSigned')}</Tag> : <Tag color="warning">{t('visit.consentMissing')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('visit.recordedBy')}>
            {visit.recordedBy} · {formatDateTime(visit.createdAt, locale)}
          </Descriptions.Item>
        </Descriptions>
      ))}
    </Card>
  );
}
