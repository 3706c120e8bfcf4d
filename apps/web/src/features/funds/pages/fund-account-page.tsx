import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { isApiError } from '../../../lib/api-error';
import { useCan } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useFundAccount } from '../api/get-fund-account';
import { BudgetsPanel } from '../components/budgets-panel';
import { LedgerPanel } from '../components/ledger-panel';
import { ReceiptsPanel } from '../components/receipts-panel';
import { SourceChart } from '../components/source-chart';
import { SourceTable } from '../components/source-table';
import { accountYears } from '../components/fund-years';

const TABS = ['ledger', 'receipts', 'budgets', 'sources'] as const;
type Tab = (typeof TABS)[number];

/** One special account: its balance, and tabs for the ledger (明细账), receipts (收款登记), budgets (预算) and sources. */
export function FundAccountPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const canManage = useCan('fund:manage');
  const account = useFundAccount(id);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'ledger';

  if (account.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (account.isError) {
    if (isApiError(account.error) && account.error.status === 404) {
      return <Result status="404" title="404" subTitle={t('problem.NOT_FOUND')} extra={<Link to="/funds">{t('fund.back')}</Link>} />;
    }
    return <Alert type="error" showIcon title={errorMessage(account.error, t)} />;
  }
  const data = account.data;
  const years = accountYears(data.openedOn);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={12} wrap>
        <Link to="/funds">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('fund.back')} />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="account-title">
          {data.name}
        </Typography.Title>
        <Typography.Text type="secondary">{data.orgName}</Typography.Text>
      </Flex>
      <Card size="small">
        <Row gutter={[24, 12]} align="middle">
          <Col xs={24} md={8}>
            <Statistic title={t('fund.balance')} value={formatFen(data.balanceFen)} styles={{ content: { color: '#c8102e' } }} data-testid="account-balance" />
          </Col>
          <Col xs={24} md={16}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('fund.bankName')}>{data.bankName}</Descriptions.Item>
              <Descriptions.Item label={t('fund.accountNo')}>
                <span style={{ fontFamily: 'monospace' }}>{data.accountNo}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('fund.openedOn')}>{data.openedOn}</Descriptions.Item>
              <Descriptions.Item label={t('fund.closedYears')}>{data.closedYears.length === 0 ? '—' : data.closedYears.map((y) => <Tag key={y}>{y}</Tag>)}</Descriptions.Item>
            </Descriptions>
          </Col>
        </Row>
      </Card>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'ledger', label: t('fund.tab.ledger'), children: <LedgerPanel accountId={data.id} years={years} canManage={canManage} /> },
            { key: 'receipts', label: t('fund.tab.receipts'), children: <ReceiptsPanel accountId={data.id} years={years} canManage={canManage} /> },
            { key: 'budgets', label: t('fund.tab.budgets'), children: <BudgetsPanel accountId={data.id} years={years} closedYears={data.closedYears} canManage={canManage} /> },
            {
              key: 'sources',
              label: t('fund.tab.sources'),
              children: (
                <Row gutter={[24, 16]}>
                  <Col xs={24} lg={12}>
                    <SourceTable sources={data.sources} balanceFen={data.balanceFen} />
                  </Col>
                  <Col xs={24} lg={12}>
                    <SourceChart sources={data.sources} size={200} />
                  </Col>
                </Row>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
