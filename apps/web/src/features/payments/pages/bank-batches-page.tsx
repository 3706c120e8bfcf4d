import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import type { BankBatch } from '@bangfu/shared/payments';
import { useCan, useMe } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useBankBatches, useCreateBankBatch } from '../api/bank-batches';
import { usePayAccounts } from '../api/get-pay-accounts';
import { useBookedTransfers } from '../api/get-payments';
import { ACCOUNT_PARAM, payAccountOf } from '../components/pay-account';
import { PayAccountSelect } from '../components/pay-account-select';

/**
 * 银行代发文件 of one special account (my own union's unless another of my subtree is chosen): its bank
 * batches, and its booked transfers still waiting to be exported, which go out in one file paid from it.
 */
export function BankBatchesPage() {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const canPay = useCan('fund:pay');
  const accounts = usePayAccounts();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const account = payAccountOf(accounts.data?.items, params.get(ACCOUNT_PARAM), me?.org.id);
  const batches = useBankBatches(account?.id);
  const booked = useBookedTransfers(account?.id);
  const create = useCreateBankBatch();
  const [error, setError] = useState<string | null>(null);
  const waiting = booked.data ?? { count: 0, amountFen: 0 };

  const columns: TableColumnsType<BankBatch> = [
    { title: t('batch.no'), key: 'no', render: (_, b) => <Link to={`/funds/bank-batches/${b.id}`} data-testid="batch-link">{b.batchNo}</Link> },
    { title: t('fund.org'), dataIndex: 'orgName', key: 'org' },
    { title: t('payment.count'), dataIndex: 'paymentCount', key: 'count', align: 'right' },
    { title: t('payment.total'), key: 'total', align: 'right', render: (_, b) => formatFen(b.totalFen) },
    {
      title: t('batch.progress'),
      key: 'progress',
      render: (_, b) => (
        <Space size={4} wrap>
          {b.pendingCount > 0 && <Tag color="gold">{t('batch.pendingN', { n: b.pendingCount })}</Tag>}
          {b.paidCount > 0 && <Tag color="green">{t('batch.paidN', { n: b.paidCount })}</Tag>}
          {b.failedCount > 0 && <Tag color="red">{t('batch.failedN', { n: b.failedCount })}</Tag>}
        </Space>
      ),
    },
    { title: t('batch.createdBy'), dataIndex: 'createdBy', key: 'by' },
    { title: t('common.createdAt'), key: 'at', render: (_, b) => formatDateTime(b.createdAt, locale) },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.bankBatches')}
        </Typography.Title>
        <Link to={account ? `/funds/payments?${ACCOUNT_PARAM}=${encodeURIComponent(account.id)}` : '/funds/payments'}>
          <Button>{t('menu.paymentQueue')}</Button>
        </Link>
      </Flex>
      {accounts.isError && <Alert type="error" showIcon title={errorMessage(accounts.error, t)} />}
      {accounts.isSuccess && !account && <Alert type="warning" showIcon title={t('payment.noAccount')} />}
      {account && accounts.data && (
        <Alert
          type="info"
          showIcon
          title={
            <PayAccountSelect
              accounts={accounts.data.items}
              account={account}
              onChange={(id) => {
                setError(null);
                setParams({ [ACCOUNT_PARAM]: id }, { replace: true });
              }}
            />
          }
          data-testid="paying-from"
        />
      )}
      {canPay && account && waiting.count > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('batch.waiting', { n: waiting.count, amount: formatFen(waiting.amountFen) })}
          action={
            <Button
              type="primary"
              icon={<ExportOutlined />}
              loading={create.isPending}
              onClick={() => {
                setError(null);
                create.mutate({ accountId: account.id }, { onSuccess: (b) => navigate(`/funds/bank-batches/${b.id}`), onError: (e) => setError(errorMessage(e, t)) });
              }}
              data-testid="export-waiting"
            >
              {t('batch.exportAll')}
            </Button>
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} />}
      <Card size="small">
        {batches.isError && <Alert type="error" showIcon title={errorMessage(batches.error, t)} style={{ marginBottom: 12 }} />}
        <Table<BankBatch> rowKey="id" columns={columns} dataSource={account ? (batches.data?.items ?? []) : []} loading={Boolean(account) && batches.isPending} pagination={{ pageSize: 20, hideOnSinglePage: true }} size="middle" scroll={{ x: 1000 }} data-testid="batches-table" />
      </Card>
    </Space>
  );
}
