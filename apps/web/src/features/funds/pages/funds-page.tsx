import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Space, Statistic, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import type { FundAccount } from '@bangfu/shared/funds';
import { useCan } from '../../../lib/auth';
import { downloadCsv } from '../../../lib/csv';
import { shanghaiDay } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useFundAccounts } from '../api/get-fund-accounts';
import { CreateAccountModal } from '../components/create-account-modal';
import { balancesCsvRows } from '../components/fund-csv';
import { SourceChart } from '../components/source-chart';
import { SourceTable } from '../components/source-table';

/** 帮扶资金专户: the special accounts of my subtree, their balances per source and a chart of where the money came from. */
export function FundsPage() {
  const t = useT();
  const navigate = useNavigate();
  const canManage = useCan('fund:manage');
  const [creating, setCreating] = useState(false);
  const accounts = useFundAccounts();
  const items = accounts.data?.items ?? [];
  const total = items.reduce((sum, a) => sum + a.balanceFen, 0);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.fundAccounts')}
        </Typography.Title>
        <Space wrap>
          <Button icon={<DownloadOutlined />} disabled={items.length === 0} onClick={() => downloadCsv(`${t('fund.balancesFile')}-${shanghaiDay()}.csv`, balancesCsvRows(t, items))} data-testid="balances-csv">
            {t('fund.downloadBalances')}
          </Button>
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-account">
              {t('fund.createAccount')}
            </Button>
          )}
        </Space>
      </Flex>
      {accounts.isError && <Alert type="error" showIcon title={errorMessage(accounts.error, t)} />}
      {items.length > 1 && (
        <Card size="small">
          <Flex gap={48} wrap>
            <Statistic title={t('fund.accountCount')} value={items.length} />
            <Statistic title={t('fund.totalBalance')} value={formatFen(total)} />
          </Flex>
        </Card>
      )}
      {accounts.isPending && <Card loading />}
      {accounts.isSuccess && items.length === 0 && (
        <Card>
          <Empty description={t(canManage ? 'fund.noAccountManage' : 'fund.noAccount')} />
        </Card>
      )}
      {items.map((account) => (
        <AccountCard key={account.id} account={account} />
      ))}
      {creating && (
        <CreateAccountModal
          onClose={() => setCreating(false)}
          onCreated={(account) => {
            setCreating(false);
            navigate(`/funds/accounts/${account.id}`);
          }}
        />
      )}
    </Space>
  );
}

function AccountCard({ account }: { account: FundAccount }) {
  const t = useT();
  return (
    <Card
      data-testid="account-card"
      title={
        <Space wrap>
          <span>{account.name}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {account.orgName}
          </Typography.Text>
        </Space>
      }
      extra={
        <Link to={`/funds/accounts/${account.id}`} data-testid="account-link">
          {t('fund.openLedger')} <RightOutlined />
        </Link>
      }
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={7}>
          <Statistic title={t('fund.balance')} value={formatFen(account.balanceFen)} styles={{ content: { color: '#c8102e' } }} data-testid="account-balance" />
          <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('fund.bankName')}>{account.bankName}</Descriptions.Item>
            <Descriptions.Item label={t('fund.accountNo')}>
              <span style={{ fontFamily: 'monospace' }}>{account.accountNo}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fund.openedOn')}>{account.openedOn}</Descriptions.Item>
            <Descriptions.Item label={t('fund.closedYears')}>
              {account.closedYears.length === 0 ? '—' : account.closedYears.map((y) => <Tag key={y}>{y}</Tag>)}
            </Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} lg={8}>
          <SourceTable sources={account.sources} balanceFen={account.balanceFen} />
        </Col>
        <Col xs={24} lg={9}>
          <Typography.Text type="secondary">{t('fund.sourceChart')}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <SourceChart sources={account.sources} size={150} />
          </div>
        </Col>
      </Row>
    </Card>
  );
}
