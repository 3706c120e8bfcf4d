import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { FundYear } from '@bangfu/shared/fund-reports';
import { useCan, useMe } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useCloseFundYear } from '../api/close-fund-year';
import { useFundAccounts } from '../api/get-fund-accounts';
import { useFundYears } from '../api/get-fund-years';
import { downloadAnnualReport, downloadReconciliation } from '../api/get-reports';
import { AccountPicker } from '../components/account-picker';
import { ReconciliationCard } from '../components/reconciliation-card';
import { YearsTable } from '../components/years-table';

/** 年度结账与审计报表: the account's years, closing the next one, the annual report and the reconciliation as XLSX. */
export function YearEndPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const canManage = useCan('fund:manage');
  const accounts = useFundAccounts();
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const { data: me } = useMe();
  const accountId = picked ?? (accounts.data?.items.find((a) => a.orgId === me?.org.id) ?? accounts.data?.items[0])?.id;
  const years = useFundYears(accountId);
  const close = useCloseFundYear();
  const [downloading, setDownloading] = useState<string | null>(null);
  const [closeError, setCloseError] = useState<string | null>(null);

  const download = async (key: string, run: () => Promise<string>) => {
    setDownloading(key);
    try {
      message.success(t('yearEnd.downloaded', { name: await run() }));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setDownloading(null);
    }
  };

  const confirmClose = (year: FundYear) => {
    if (!accountId) return;
    setCloseError(null);
    modal.confirm({
      title: t('yearEnd.closeTitle', { year: year.year }),
      content: (
        <Space orientation="vertical">
          <Typography.Text>{t('yearEnd.closeExplain', { year: year.year })}</Typography.Text>
          <Typography.Text strong>{t('yearEnd.closeFigures', { in: formatFen(year.inFen), out: formatFen(year.outFen), closing: formatFen(year.closingBalanceFen) })}</Typography.Text>
        </Space>
      ),
      okText: t('yearEnd.closeOk'),
      okButtonProps: { danger: true, 'data-testid': 'close-year-ok' },
      cancelText: t('common.cancel'),
      onOk: () =>
        close
          .mutateAsync({ accountId, year: year.year })
          .then(() => void message.success(t('yearEnd.closedDone', { year: year.year })))
          .catch((error: unknown) => setCloseError(errorMessage(error, t))),
    });
  };

  const list = years.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.yearEnd')}
        </Typography.Title>
        {accounts.data && accounts.data.items.length > 1 && <AccountPicker accounts={accounts.data.items} value={accountId} onChange={setPicked} />}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('yearEnd.intro')}
      </Typography.Paragraph>
      {accounts.isError && <Alert type="error" showIcon title={errorMessage(accounts.error, t)} />}
      {accounts.isSuccess && !accountId && (
        <Card>
          <Empty description={t('fund.noAccount')} />
        </Card>
      )}
      {accountId && (
        <Card
          size="small"
          title={t('yearEnd.years')}
          extra={
            <Button icon={<DownloadOutlined />} loading={downloading === 'reconciliation-now'} onClick={() => void download('reconciliation-now', () => downloadReconciliation(accountId, null))} data-testid="download-reconciliation-now">
              {t('yearEnd.reconciliationNow')}
            </Button>
          }
        >
          {years.isError && <Alert type="error" showIcon title={errorMessage(years.error, t)} style={{ marginBottom: 12 }} />}
          {closeError && <Alert type="error" showIcon title={closeError} closable={{ onClose: () => setCloseError(null) }} style={{ marginBottom: 12 }} data-testid="close-error" />}
          {list && list.closableYear === null && <Alert type="info" showIcon title={t('yearEnd.nothingToClose')} style={{ marginBottom: 12 }} />}
          <YearsTable
            years={list?.items ?? []}
            loading={years.isPending}
            closableYear={list?.closableYear ?? null}
            canClose={canManage}
            downloading={downloading}
            onClose={confirmClose}
            onAnnual={(year) => void download(`annual-${year}`, () => downloadAnnualReport(accountId, year))}
            onReconciliation={(year) => void download(`reconciliation-${year}`, () => downloadReconciliation(accountId, year))}
            printPath={(year) => `/funds/reports/${accountId}/${year}/print`}
          />
        </Card>
      )}
      {accountId && <ReconciliationCard accountId={accountId} />}
    </Space>
  );
}
