import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Descriptions, List, Modal, Progress, Space, Typography } from 'antd';
import type { FundSource } from '@bangfu/shared/funds';
import type { Payment, PaymentQueueItem } from '@bangfu/shared/payments';
import { useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useCreateBankBatch } from '../api/bank-batches';
import { useCreatePayment } from '../api/create-payment';
import { payMany, splitByCard, type PayManyOutcome } from './pay-many';
import { SourceSelect } from './source-select';

/**
 * 银行代发: books a real-name bank transfer for each selected record (one at a time: one refusal does not
 * undo the rest), then exports the booked transfers as one bank batch and opens it for the CSV.
 */
export function BankPayModal({ accountId, items, onClose }: { accountId: string; items: PaymentQueueItem[]; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const pay = useCreatePayment();
  const batch = useCreateBankBatch();
  const [source, setSource] = useState<FundSource | null>(null);
  const [progress, setProgress] = useState<{ finished: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<PayManyOutcome<PaymentQueueItem, Payment> | null>(null);
  const [batchError, setBatchError] = useState<string | null>(null);
  const closed = useRef(false);
  const { withCard, withoutCard } = splitByCard(items);
  const total = withCard.reduce((sum, r) => sum + r.amountFen, 0);
  const running = progress !== null && outcome === null;

  const start = async () => {
    setProgress({ finished: 0, total: withCard.length });
    const result = await payMany(
      withCard,
      (item) => pay.mutateAsync({ aidRecordId: item.aidRecordId, method: 'bank_transfer', accountId, ...(source ? { source } : {}) }),
      (finished, all) => setProgress({ finished, total: all }),
      () => closed.current,
    );
    setOutcome(result);
  };

  const exportBatch = () => {
    if (!outcome || outcome.done.length === 0) return;
    setBatchError(null);
    batch.mutate(
      { accountId, paymentIds: outcome.done.map((d) => d.result.id) },
      { onSuccess: (created) => navigate(`/funds/bank-batches/${created.id}`), onError: (error) => setBatchError(errorMessage(error, t)) },
    );
  };

  const close = () => {
    closed.current = true;
    onClose();
  };

  return (
    <Modal
      open
      title={t('payment.bankTitle')}
      onCancel={running ? undefined : close}
      closable={!running}
      maskClosable={false}
      width={640}
      footer={
        outcome ? (
          <Space>
            <Button onClick={close}>{t('payment.later')}</Button>
            <Button type="primary" disabled={outcome.done.length === 0} loading={batch.isPending} onClick={exportBatch} data-testid="create-bank-batch">
              {t('payment.createBatch', { n: outcome.done.length })}
            </Button>
          </Space>
        ) : (
          <Space>
            <Button onClick={close} disabled={running}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" disabled={withCard.length === 0} loading={running} onClick={() => void start()} data-testid="bank-pay-ok">
              {t('payment.bookTransfers', { n: withCard.length })}
            </Button>
          </Space>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('payment.count')}>{withCard.length}</Descriptions.Item>
          <Descriptions.Item label={t('payment.total')}>
            <Typography.Text strong data-testid="bank-pay-total">
              {formatFen(total)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('fund.source')}>
            <SourceSelect value={source} onChange={setSource} />
          </Descriptions.Item>
        </Descriptions>
        {withoutCard.length > 0 && <Alert type="warning" showIcon title={t('payment.withoutCard', { n: withoutCard.length })} />}
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('payment.bankExplain')}
        </Typography.Paragraph>
        {progress && <Progress percent={progress.total === 0 ? 100 : Math.round((progress.finished / progress.total) * 100)} format={() => `${progress.finished}/${progress.total}`} data-testid="bank-pay-progress" />}
        {outcome && (
          <Alert
            type={outcome.failed.length === 0 ? 'success' : 'warning'}
            showIcon
            title={t('payment.bookedSummary', { done: outcome.done.length, failed: outcome.failed.length, amount: formatFen(outcome.done.reduce((s, d) => s + d.result.amountFen, 0)) })}
            data-testid="bank-pay-summary"
          />
        )}
        {outcome && outcome.failed.length > 0 && (
          <List
            size="small"
            bordered
            dataSource={outcome.failed}
            renderItem={(f) => (
              <List.Item>
                <Typography.Text>
                  {f.item.applicationNo} {f.item.payeeName} {formatFen(f.item.amountFen)}：<Typography.Text type="danger">{errorMessage(f.error, t)}</Typography.Text>
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
        {batchError && <Alert type="error" showIcon title={batchError} />}
      </Space>
    </Modal>
  );
}
