import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Flex, Result, Skeleton, Space, Statistic, Typography } from 'antd';
import { ArrowLeftOutlined, CheckSquareOutlined, DownloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { Payment } from '@bangfu/shared/payments';
import { isApiError } from '../../../lib/api-error';
import { useCan } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { downloadBankFile, useBankBatch } from '../api/bank-batches';
import { useRecordPaymentResult } from '../api/payment-results';
import { BatchResultsModal } from '../components/batch-results-modal';
import { FailedModal } from '../components/failed-modal';
import { ACCOUNT_PARAM } from '../components/pay-account';
import { PaymentsTable } from '../components/payments-table';

/** One bank batch: its totals, the bank file (CSV) to download, and the bank's results to record. */
export function BankBatchPage() {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const canPay = useCan('fund:pay');
  const batch = useBankBatch(id);
  const paid = useRecordPaymentResult();
  const [downloading, setDownloading] = useState(false);
  const [results, setResults] = useState(false);
  const [failing, setFailing] = useState<Payment | null>(null);

  if (batch.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (batch.isError) {
    if (isApiError(batch.error) && batch.error.status === 404) return <Result status="404" title="404" subTitle={t('problem.NOT_FOUND')} extra={<Link to="/funds/bank-batches">{t('batch.back')}</Link>} />;
    return <Alert type="error" showIcon title={errorMessage(batch.error, t)} />;
  }
  const data = batch.data;

  const download = async () => {
    setDownloading(true);
    try {
      message.success(t('yearEnd.downloaded', { name: await downloadBankFile(data.id, data.batchNo) }));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setDownloading(false);
    }
  };

  const onResult = (payment: Payment, outcome: 'paid' | 'failed') => {
    if (outcome === 'failed') return setFailing(payment);
    paid.mutate({ id: payment.id, outcome: 'paid' }, { onSuccess: () => message.success(t('batch.markedPaid', { no: payment.paymentNo })), onError: (e) => message.error(errorMessage(e, t)) });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={12} wrap>
        <Link to="/funds/bank-batches">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('batch.back')} />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="batch-no">
          {t('batch.title', { no: data.batchNo })}
        </Typography.Title>
      </Flex>
      <Card size="small">
        <Flex gap={48} wrap style={{ marginBottom: 12 }}>
          <Statistic title={t('payment.count')} value={data.paymentCount} />
          <Statistic title={t('payment.total')} value={formatFen(data.totalFen)} data-testid="batch-total" />
          <Statistic title={t('batch.pending')} value={data.pendingCount} />
          <Statistic title={t('batch.paid')} value={data.paidCount} styles={{ content: { color: '#389e0d' } }} />
          <Statistic title={t('batch.failed')} value={data.failedCount} styles={{ content: { color: data.failedCount > 0 ? '#cf1322' : undefined } }} />
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('fund.accountName')}>{data.accountName}</Descriptions.Item>
          <Descriptions.Item label={t('fund.accountNo')}>{data.accountNo}</Descriptions.Item>
          <Descriptions.Item label={t('fund.org')}>{data.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('batch.createdBy')}>{data.createdBy}</Descriptions.Item>
          <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(data.createdAt, locale)}</Descriptions.Item>
        </Descriptions>
        {canPay && (
          <Space wrap style={{ marginTop: 12 }}>
            <Button type="primary" icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()} data-testid="download-bank-file">
              {t('batch.download')}
            </Button>
            {data.pendingCount > 0 && (
              <Button icon={<CheckSquareOutlined />} onClick={() => setResults(true)} data-testid="record-results">
                {t('batch.recordResults')}
              </Button>
            )}
          </Space>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('batch.fileNote')}
        </Typography.Paragraph>
      </Card>
      {data.failedCount > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('batch.failedBack', { n: data.failedCount })}
          action={
            <Link to={`/funds/payments?${ACCOUNT_PARAM}=${encodeURIComponent(data.accountId)}`}>
              <Button icon={<UnorderedListOutlined />} data-testid="failed-to-queue">
                {t('menu.paymentQueue')}
              </Button>
            </Link>
          }
          data-testid="batch-failed-note"
        />
      )}
      <Card size="small" title={t('batch.payments')}>
        <PaymentsTable rows={data.payments} onResult={canPay ? onResult : undefined} />
      </Card>
      {results && <BatchResultsModal batch={data} onClose={() => setResults(false)} />}
      {failing && <FailedModal payment={failing} onClose={() => setFailing(null)} />}
    </Space>
  );
}
