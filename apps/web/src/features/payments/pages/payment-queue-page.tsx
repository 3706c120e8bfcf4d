import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Flex, Select, Space, Typography } from 'antd';
import { BankOutlined, DownloadOutlined } from '@ant-design/icons';
import { AID_TYPES } from '@bangfu/shared/applications';
import type { PaymentQueueItem } from '@bangfu/shared/payments';
import { LoadMore } from '../../../components/load-more';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useCan, useMe } from '../../../lib/auth';
import { downloadCsv } from '../../../lib/csv';
import { shanghaiDay } from '../../../lib/format';
import { translateCode, useT } from '../../../lib/i18n';
import { fenToYuanText, formatFen } from '../../../lib/money';
import { flattenPages } from '../../../lib/paging';
import { errorMessage } from '../../../lib/problem';
import { usePayAccounts } from '../api/get-pay-accounts';
import { usePaymentQueue, type QueueFilters } from '../api/get-payment-queue';
import { BankPayModal } from '../components/bank-pay-modal';
import { CashPayModal } from '../components/cash-pay-modal';
import { ACCOUNT_PARAM, payAccountOf } from '../components/pay-account';
import { PayAccountSelect } from '../components/pay-account-select';
import { selectionTotal } from '../components/pay-many';
import { QueueTable } from '../components/queue-table';
import { ReturnModal } from '../components/return-modal';

type Dialog = { kind: 'bank'; items: PaymentQueueItem[] } | { kind: 'cash'; item: PaymentQueueItem } | { kind: 'return'; item: PaymentQueueItem } | null;

/** 支付队列: approved aid waiting to be paid; pay selected rows by bank transfer, one in cash with its voucher, or send one back. */
export function PaymentQueuePage() {
  const t = useT();
  const { message } = App.useApp();
  const canPay = useCan('fund:pay');
  const accounts = usePayAccounts();
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  // The caller's own union's account unless another is picked (a city sees the districts' accounts too);
  // the choice stays in the address, so the bank-file page opens on the same account.
  const account = payAccountOf(accounts.data?.items, params.get(ACCOUNT_PARAM), me?.org.id);
  const setAccountId = (id: string) => setParams({ [ACCOUNT_PARAM]: id }, { replace: true });
  const [filters, setFilters] = useState<QueueFilters>({});
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  // Only what the chosen account may pay (its union and below); everything in scope when there is none.
  const queue = usePaymentQueue(account ? { ...filters, accountId: account.id } : filters);
  const rows = flattenPages(queue.data?.pages);
  const picked = useMemo(() => selectionTotal(rows, new Set(selected), (r) => r.aidRecordId), [rows, selected]);

  const csv = () =>
    downloadCsv(`${t('menu.paymentQueue')}-${shanghaiDay()}.csv`, [
      [t('application.no'), t('payment.payee'), t('payment.fileNo'), t('fund.org'), t('ledger.aidType'), t('payment.amountYuan'), t('payment.bankCard'), t('common.status'), t('payment.failureReason')],
      ...rows.map((r) => [
        r.applicationNo,
        r.payeeName,
        r.fileNo ?? '',
        r.orgName,
        translateCode(t, `aidType.${r.aidType}`, r.aidType),
        fenToYuanText(r.amountFen),
        r.hasBankCard ? `${r.bankName ?? ''} ${r.bankCardMasked ?? ''}` : t('payment.noCard'),
        translateCode(t, `queueStatus.${r.status}`, r.status),
        r.failureReason ?? '',
      ]),
    ]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.paymentQueue')}
        </Typography.Title>
        <Link to={account ? `/funds/bank-batches?${ACCOUNT_PARAM}=${encodeURIComponent(account.id)}` : '/funds/bank-batches'}>
          <Button icon={<BankOutlined />}>{t('menu.bankBatches')}</Button>
        </Link>
      </Flex>
      {accounts.isSuccess && !account && <Alert type="warning" showIcon title={t('payment.noAccount')} />}
      {account && accounts.data && (
        <Alert type="info" showIcon title={<PayAccountSelect accounts={accounts.data.items} account={account} onChange={setAccountId} />} data-testid="paying-from" />
      )}
      <Card size="small">
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 12 }}>
          <Space wrap>
            <Select
              allowClear
              placeholder={t('common.status')}
              style={{ width: 130 }}
              value={filters.status}
              onChange={(status?: QueueFilters['status']) => setFilters({ ...filters, status })}
              options={(['approved', 'failed'] as const).map((s) => ({ value: s, label: translateCode(t, `queueStatus.${s}`, s) }))}
              data-testid="queue-status-filter"
            />
            <Select
              allowClear
              placeholder={t('ledger.aidType')}
              style={{ width: 130 }}
              value={filters.aidType}
              onChange={(aidType?: QueueFilters['aidType']) => setFilters({ ...filters, aidType })}
              options={AID_TYPES.map((a) => ({ value: a, label: translateCode(t, `aidType.${a}`, a) }))}
            />
            <OrgTreeSelect id="queue-org-filter" allowClear value={filters.orgId} onChange={(orgId) => setFilters({ ...filters, orgId })} placeholder={t('payment.orgFilter')} />
            <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={csv}>
              {t('payment.exportQueue')}
            </Button>
          </Space>
          {canPay && (
            <Space wrap>
              <Typography.Text data-testid="selection-total">{t('payment.selected', { n: picked.count, amount: formatFen(picked.totalFen) })}</Typography.Text>
              <Button
                type="primary"
                icon={<BankOutlined />}
                disabled={picked.count === 0 || !account}
                onClick={() => setDialog({ kind: 'bank', items: rows.filter((r) => selected.includes(r.aidRecordId)) })}
                data-testid="pay-bank"
              >
                {t('payment.payBank')}
              </Button>
            </Space>
          )}
        </Flex>
        {queue.isError && <Alert type="error" showIcon title={errorMessage(queue.error, t)} style={{ marginBottom: 12 }} />}
        <QueueTable
          rows={rows}
          loading={queue.isPending || (queue.isFetching && !queue.isFetchingNextPage)}
          canPay={canPay && Boolean(account)}
          selected={selected}
          onSelect={setSelected}
          onCash={(item) => setDialog({ kind: 'cash', item })}
          onReturn={(item) => setDialog({ kind: 'return', item })}
        />
        <LoadMore hasNextPage={queue.hasNextPage} isFetchingNextPage={queue.isFetchingNextPage} fetchNextPage={queue.fetchNextPage} count={rows.length} />
      </Card>
      {dialog?.kind === 'bank' && account && (
        <BankPayModal
          accountId={account.id}
          items={dialog.items}
          onClose={() => {
            setDialog(null);
            setSelected([]);
          }}
        />
      )}
      {dialog?.kind === 'cash' && account && (
        <CashPayModal
          accountId={account.id}
          item={dialog.item}
          onClose={() => setDialog(null)}
          onPaid={(payment) => {
            setDialog(null);
            message.success(t('payment.paidDone', { no: payment.paymentNo, amount: formatFen(payment.amountFen) }));
          }}
        />
      )}
      {dialog?.kind === 'return' && (
        <ReturnModal
          item={dialog.item}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            message.success(t('payment.returned'));
          }}
        />
      )}
    </Space>
  );
}
