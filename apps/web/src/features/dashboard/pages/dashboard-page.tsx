import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useMe } from '../../../lib/auth';
import { translateCode, useT } from '../../../lib/i18n';
import { HealthCard } from '../components/health-card';

/** 工作台: who I am, my organisation, and whether the system is healthy. */
export function DashboardPage() {
  const t = useT();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('dashboard.welcome', { name: me.name })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('dashboard.me')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('user.displayName')}>{me.name}</Descriptions.Item>
              <Descriptions.Item label={t('user.username')}>{me.username ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('dashboard.org')}>
                {me.org.name} <Tag>{t(`level.${me.org.level}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('dashboard.roles')}>
                {me.kind === 'service_account' ? (
                  <Tag>{t('dashboard.kind.service_account')}</Tag>
                ) : (
                  me.roles.map((role) => (
                    <Tag color="red" key={role}>
                      {t(`role.${role}`)}
                    </Tag>
                  ))
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('dashboard.permissions')}>
                {me.permissions.map((permission) => (
                  <Tag key={permission}>{translateCode(t, `perm.${permission}`, permission)}</Tag>
                ))}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <HealthCard />
        </Col>
      </Row>
    </Space>
  );
}
