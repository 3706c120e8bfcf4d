import { Alert, Descriptions, Drawer, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import type { LedgerLine } from '@bangfu/shared/funds';
import { formatDateTime } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { errorMessage } from '../../../lib/problem';
import { useLedgerTransaction } from '../api/get-ledger';
import { codeLabel, SourceTag, TxnKindTag } from './fund-labels';
import { debitCredit } from './fund-math';

/** 记账凭证 in full: header and every line with its debit (借) or credit (贷). */
export function TxnDrawer({ txnId, onClose, onOpen }: { txnId: string | null; onClose: () => void; onOpen: (id: string) => void }) {
  const t = useT();
  const locale = useLocale();
  const txn = useLedgerTransaction(txnId);
  const columns: TableColumnsType<LedgerLine & { key: number }> = [
    { title: t('ledger.ledger'), key: 'ledger', render: (_, line) => codeLabel(t, 'ledgerName', line.ledger) },
    { title: t('fund.source'), key: 'source', render: (_, line) => <SourceTag source={line.source} /> },
    { title: t('ledger.aidType'), key: 'aidType', render: (_, line) => codeLabel(t, 'aidType', line.aidType) },
    { title: t('ledger.debit'), key: 'debit', align: 'right', render: (_, line) => (line.amountFen > 0 ? formatFen(line.amountFen) : '') },
    { title: t('ledger.credit'), key: 'credit', align: 'right', render: (_, line) => (line.amountFen < 0 ? formatFen(-line.amountFen) : '') },
  ];
  const data = txn.data;
  const totals = data ? debitCredit(data.lines) : null;
  return (
    <Drawer open={txnId !== null} onClose={onClose} size="large" title={data ? t('ledger.voucher', { no: data.txnNo }) : t('common.loading')} destroyOnHidden data-testid="txn-drawer">
      {txn.isPending && <Skeleton active />}
      {txn.isError && <Alert type="error" showIcon title={errorMessage(txn.error, t)} />}
      {data && totals && (
        <>
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('ledger.kind')}>
              <TxnKindTag kind={data.kind} />
            </Descriptions.Item>
            <Descriptions.Item label={t('ledger.year')}>{data.year}</Descriptions.Item>
            <Descriptions.Item label={t('ledger.bookedAt')}>{formatDateTime(data.bookedAt, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('ledger.createdBy')}>{data.createdBy}</Descriptions.Item>
            <Descriptions.Item label={t('ledger.memo')} span={2}>
              {data.memo}
            </Descriptions.Item>
            <Descriptions.Item label={t('ledger.bankEffect')} span={2}>
              <Typography.Text strong>{formatFen(data.bankFen)}</Typography.Text>
            </Descriptions.Item>
            {data.reversesId && (
              <Descriptions.Item label={t('ledger.correction')} span={2}>
                <Typography.Link onClick={() => onOpen(data.reversesId!)}>{t('ledger.openReversed')}</Typography.Link>
              </Descriptions.Item>
            )}
            {data.reversedById && (
              <Descriptions.Item label={t('ledger.correction')} span={2}>
                <Typography.Link onClick={() => onOpen(data.reversedById!)} data-testid="open-reversal">
                  {t('ledger.openReversal')}
                </Typography.Link>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Table
            rowKey="key"
            size="small"
            columns={columns}
            dataSource={data.lines.map((line, key) => ({ ...line, key }))}
            pagination={data.lines.length > 50 ? { pageSize: 50 } : false}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <Typography.Text strong>{t('ledger.linesTotal', { n: data.lines.length })}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <Typography.Text strong>{formatFen(totals.debitFen)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <Typography.Text strong>{formatFen(totals.creditFen)}</Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
