import { Link, useParams } from 'react-router-dom';
import { Button, Card, Col, Flex, Result, Row, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useT } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/problem';
import { useApplication } from '../api/get-application';
import { ApplicationActions } from '../components/application-actions';
import { ApplicationFacts } from '../components/application-facts';
import { ApplicationSteps } from '../components/application-steps';
import { ApplicationTimeline } from '../components/application-timeline';
import { HomeVisitsCard } from '../components/home-visits-card';
import { StateTag } from '../components/state-tag';

/** One application: facts, where it stands in its plan, what I can do now, its timeline and home visits. */
export function ApplicationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useApplication(id);

  if (query.isPending) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  if (query.isError) {
    return <Result status="warning" title={t('common.loadFailed')} subTitle={errorMessage(query.error, t)} extra={<Link to="/applications">{t('application.backToList')}</Link>} />;
  }
  const app = query.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={12} wrap>
        <Link to="/applications">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('application.backToList')} />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="application-title">
          {t('application.titleOf', { no: app.applicationNo, name: app.applicantName })}
        </Typography.Title>
        <StateTag state={app.state} />
      </Flex>
      <Card size="small">
        <ApplicationSteps application={app} />
      </Card>
      <Card size="small" title={t('application.actions')}>
        <ApplicationActions application={app} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('application.facts')}>
              <ApplicationFacts application={app} />
            </Card>
            <HomeVisitsCard visits={app.homeVisits} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('application.timeline')}>
            <ApplicationTimeline entries={app.timeline} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
