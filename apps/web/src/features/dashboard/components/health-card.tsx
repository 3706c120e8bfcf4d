import { Alert, Badge, Card, Descriptions, Skeleton } from 'antd';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useHealth } from '../api/get-health';

export function HealthCard() {
  const t = useT();
  const health = useHealth();
  return (
    <Card title={t('dashboard.health')} data-testid="health-card">
      {health.isPending && <Skeleton active paragraph={{ rows: 3 }} />}
      {health.isError && <Alert type="error" showIcon title={errorMessage(health.error, t)} />}
      {health.data && (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('common.status')}>
            <Badge
              status={health.data.status === 'ok' ? 'success' : 'warning'}
              text={health.data.status === 'ok' ? t('dashboard.healthOk') : t('dashboard.healthDegraded')}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('dashboard.version')}>{health.data.version}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.database')}>
            <Badge
              status={health.data.database.status === 'up' ? 'success' : 'error'}
              text={`${health.data.database.driver} · ${health.data.database.status === 'up' ? t('dashboard.dbUp') : t('dashboard.dbDown')}`}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('dashboard.latency')}>
            {health.data.database.latencyMs === null ? '—' : `${health.data.database.latencyMs.toFixed(1)} ms`}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
