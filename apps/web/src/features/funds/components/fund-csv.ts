import { FUND_SOURCES, type FundAccount, type LedgerTxn, type Receipt } from '@bangfu/shared/funds';
import type { CsvRow } from '../../../lib/csv';
import { formatDateTime } from '../../../lib/format';
import type { Locale, Translate } from '../../../lib/i18n';
import { fenToYuanText } from '../../../lib/money';
import { codeLabel } from './fund-labels';

/** 专户余额表: one row per account, a column per source (yuan, two decimals), the total last. */
export function balancesCsvRows(t: Translate, accounts: readonly FundAccount[]): CsvRow[] {
  const header = [t('fund.org'), t('fund.accountName'), t('fund.bankName'), t('fund.accountNo'), ...FUND_SOURCES.map((s) => codeLabel(t, 'fundSource', s)), t('fund.totalYuan')];
  return [
    header,
    ...accounts.map((a) => {
      const by = new Map(a.sources.map((s) => [s.source, s.balanceFen]));
      return [a.orgName, a.name, a.bankName, a.accountNo, ...FUND_SOURCES.map((s) => fenToYuanText(by.get(s) ?? 0)), fenToYuanText(a.balanceFen)];
    }),
  ];
}

/** The sources a transaction's bank lines touch, in the order they appear. */
export function txnSources(txn: Pick<LedgerTxn, 'lines'>): string[] {
  const seen: string[] = [];
  for (const line of txn.lines) if (line.ledger === 'bank' && !seen.includes(line.source)) seen.push(line.source);
  return seen;
}

/** 明细账: one row per transaction; 收入 and 支出 from its effect on the special account, in yuan. */
export function ledgerCsvRows(t: Translate, locale: Locale, txns: readonly LedgerTxn[]): CsvRow[] {
  const header = [t('ledger.txnNo'), t('ledger.year'), t('ledger.bookedAt'), t('ledger.kind'), t('ledger.memo'), t('fund.source'), t('ledger.inYuan'), t('ledger.outYuan'), t('ledger.createdBy'), t('ledger.correction')];
  const numbers = new Map(txns.map((x) => [x.id, x.txnNo]));
  return [
    header,
    ...txns.map((x) => [
      x.txnNo,
      x.year,
      formatDateTime(x.bookedAt, locale),
      codeLabel(t, 'txnKind', x.kind),
      x.memo,
      txnSources(x)
        .map((s) => codeLabel(t, 'fundSource', s))
        .join('、'),
      x.bankFen > 0 ? fenToYuanText(x.bankFen) : '',
      x.bankFen < 0 ? fenToYuanText(-x.bankFen) : '',
      x.createdBy,
      x.reversesId ? t('ledger.reverses', { no: numbers.get(x.reversesId) ?? x.reversesId }) : x.reversedById ? t('ledger.reversedBy', { no: numbers.get(x.reversedById) ?? x.reversedById }) : '',
    ]),
  ];
}

/** 收款登记簿 in yuan. */
export function receiptsCsvRows(t: Translate, receipts: readonly Receipt[]): CsvRow[] {
  const header = [t('receipt.receivedOn'), t('receipt.kind'), t('fund.source'), t('receipt.amountYuan'), t('receipt.receiptNo'), t('receipt.donor'), t('receipt.documentNo'), t('receipt.memo'), t('ledger.txnNo'), t('receipt.reversed'), t('ledger.createdBy')];
  return [
    header,
    ...receipts.map((r) => [
      r.receivedOn,
      codeLabel(t, 'receiptKind', r.kind),
      codeLabel(t, 'fundSource', r.source),
      fenToYuanText(r.amountFen),
      r.receiptNo ?? '',
      r.donor ?? '',
      r.documentNo ?? '',
      r.memo ?? '',
      r.txnNo,
      r.reversedById ? t('common.yes') : '',
      r.createdBy,
    ]),
  ];
}
