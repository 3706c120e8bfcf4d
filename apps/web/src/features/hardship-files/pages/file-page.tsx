import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Flex, Result, Row, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { AidHistoryCard } from '../components/aid-history-card';
import { isApiError } from '../../../lib/api-error';
import { useCan } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useHardshipFile } from '../api/get-hardship-file';
import { ClassificationCard } from '../components/classification-card';
import { FileActions } from '../components/file-actions';
import { isOpen } from '../components/file-labels';
import { CategoryTag, StatusTag } from '../components/file-tags';
import { HistoryTimeline } from '../components/history-timeline';
import { HouseholdFacts } from '../components/household-facts';
import { MembersTable } from '../components/members-table';
import { PartsTables } from '../components/parts-tables';

/** 档案详情: the household, its members, incomes and expenses, the proposal's working, actions and history. */
export function FilePage() {
  const t = useT();
  const { id = '' } = useParams();
  const file = useHardshipFile(id);
  const canWrite = useCan('file:write');

  if (file.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (file.isError) {
    if (isApiError(file.error) && file.error.status === 404) {
      return <Result status="404" title="404" subTitle={t('problem.NOT_FOUND')} extra={<Link to="/hardship-files">{t('file.back')}</Link>} />;
    }
    return <Alert type="error" showIcon title={errorMessage(file.error, t)} />;
  }
  const data = file.data;
  const editable = canWrite && isOpen(data.status);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/hardship-files">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('file.back')}
        </Button>
      </Link>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <Space orientation="vertical" size={4}>
          <Space align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="file-title">
              {data.headName}
            </Typography.Title>
            <StatusTag status={data.status} />
            <CategoryTag category={data.category} proposed={data.proposedCategory} />
          </Space>
          <Typography.Text type="secondary">
            {data.fileNo} · {data.orgName} · {t('file.summary', { size: data.householdSize, mpcn: formatFen(data.mpcnFen) })}
          </Typography.Text>
        </Space>
        <FileActions file={data} />
      </Flex>
      <Card title={t('file.section.household')} size="small">
        <HouseholdFacts file={data} />
      </Card>
      <Card title={t('file.section.members')} size="small">
        <MembersTable file={data} canWrite={editable} />
      </Card>
      <Card title={t('file.section.incomes')} size="small">
        <PartsTables file={data} canWrite={editable} kind="income" />
      </Card>
      <Card title={t('file.section.expenses')} size="small">
        <PartsTables file={data} canWrite={editable} kind="expense" />
      </Card>
      <Card title={t('file.section.aidHistory')} size="small" data-testid="aid-history-card">
        <AidHistoryCard fileId={data.id} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('file.section.classification')} size="small" data-testid="classification-card">
            <ClassificationCard file={data} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('file.section.history')} size="small">
            <HistoryTimeline fileId={data.id} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
