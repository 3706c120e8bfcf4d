import { Link } from 'react-router-dom';
import { Alert, Empty, Flex, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { AidHistoryItem } from '@bangfu/shared/payments';
import { formatDateTime } from '../../../lib/format';
import { translateCode, useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useAidHistory } from '../api/get-aid-history';
import { currentPayment, paidByYear } from './aid-history';

const RECORD_COLORS: Record<string, string> = { approved: 'blue', booked: 'gold', paid: 'green', failed: 'red', returned: 'orange', cancelled: 'default' };

/** 帮扶记录: every aid the household was granted, and how (and whether) it was paid. */
export function AidHistoryCard({ fileId }: { fileId: string }) {
  const t = useT();
  const locale = useLocale();
  const history = useAidHistory(fileId);
  if (history.isPending) return <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>;
  if (history.isError) return <Alert type="error" showIcon title={errorMessage(history.error, t)} />;
  const items = history.data.items;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('aidHistory.none')} />;

  const columns: TableColumnsType<AidHistoryItem> = [
    { title: t('aidHistory.year'), dataIndex: 'year', key: 'year', width: 70 },
    { title: t('application.no'), key: 'app', width: 170, render: (_, r) => <Link to={`/applications/${r.applicationId}`}>{r.applicationNo}</Link> },
    {
      title: t('application.aidType'),
      key: 'aidType',
      width: 130,
      render: (_, r) => (
        <Space size={2} wrap>
          {translateCode(t, `aidType.${r.aidType}`, r.aidType)}
          {r.campaignId && <Tag color="magenta">{t('payment.campaign')}</Tag>}
        </Space>
      ),
    },
    { title: t('payment.amount'), key: 'amount', align: 'right', width: 120, render: (_, r) => formatFen(r.amountFen) },
    {
      title: t('common.status'),
      key: 'status',
      width: 110,
      render: (_, r) => (
        <Tag color={RECORD_COLORS[r.status] ?? 'default'} data-testid="aid-record-status">
          {translateCode(t, `aidRecordStatus.${r.status}`, r.status)}
        </Tag>
      ),
    },
    {
      title: t('aidHistory.payment'),
      key: 'payment',
      render: (_, r) => {
        const p = currentPayment(r);
        if (!p) return '—';
        return (
          <Space size={4} wrap>
            <span>{translateCode(t, `paymentMethod.${p.method}`, p.method)}</span>
            <span style={{ fontFamily: 'monospace' }}>{p.paymentNo}</span>
            {p.paidAt && <Typography.Text type="secondary">{formatDateTime(p.paidAt, locale)}</Typography.Text>}
            {p.failureReason && <Typography.Text type="danger">{p.failureReason}</Typography.Text>}
            {r.payments.length > 1 && <Typography.Text type="secondary">{t('aidHistory.attempts', { n: r.payments.length })}</Typography.Text>}
          </Space>
        );
      },
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Flex gap={32} wrap>
        <Statistic title={t('aidHistory.paidTotal')} value={formatFen(history.data.paidFen)} data-testid="aid-paid-total" />
        {paidByYear(items)
          .slice(0, 3)
          .map((y) => (
            <Statistic key={y.year} title={t('aidHistory.paidInYear', { year: y.year })} value={formatFen(y.paidFen)} />
          ))}
      </Flex>
      <Table<AidHistoryItem> rowKey="id" size="small" columns={columns} dataSource={items} pagination={items.length > 10 ? { pageSize: 10 } : false} scroll={{ x: 900 }} data-testid="aid-history" />
    </Space>
  );
}
