import type { FundSource } from '@bangfu/shared/funds';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { fundAccounts } from '../../src/db/schema/index';
import type { TestContext } from './app';
import { queryRows } from './database';
import { multipartFile, tinyPdf } from './multipart';

/** Money moving through the real APIs, for the year-close and report tests. */

export async function specialAccount(t: TestContext, orgId = t.tree.orgs.A.id, openedOn = '2026-01-01') {
  const [row] = await t.database.handle.db
    .insert(fundAccounts)
    .values({ orgId, name: '帮扶资金专户', bankName: '中国工商银行', accountNo: '6222000011112222', openedOn, createdByName: 'test' })
    .returning();
  return row!;
}

export interface ReceiptSpec {
  source: FundSource;
  kind: 'appropriation' | 'donation' | 'interest' | 'other';
  amountFen: number;
  receivedOn: string;
  receiptNo?: string;
  donor?: string;
  documentNo?: string;
}

/** Books a receipt through POST /fund-accounts/:id/receipts (the default papers for its kind). */
export function receiptRequest(t: TestContext, accountId: string, spec: ReceiptSpec, who = t.tree.users.finance) {
  const papers = spec.kind === 'donation' ? { receiptNo: spec.receiptNo ?? `JZ${Math.floor(Math.random() * 1e9)}`, donor: spec.donor ?? '爱心企业' } : spec.kind === 'appropriation' ? { documentNo: spec.documentNo ?? '深工发〔2026〕1号' } : {};
  return t.as(who, { method: 'POST', url: `/api/v1/fund-accounts/${accountId}/receipts`, payload: { ...papers, ...spec } });
}

export async function receipt(t: TestContext, accountId: string, spec: ReceiptSpec) {
  const res = await receiptRequest(t, accountId, spec);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; txnId: string; txnNo: string };
}

/** Pays an aid record in cash against an uploaded signed voucher: paid at once. */
export async function payCash(t: TestContext, accountId: string, aidRecordId: string) {
  const v = await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/payment-vouchers', ...multipartFile('签收单.pdf', tinyPdf()) });
  expect(v.statusCode, v.body).toBe(201);
  const res = await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/payments', payload: { aidRecordId, accountId, method: 'cash', voucherId: v.json().id } });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().status).toBe('paid');
  return res.json() as { id: string; paymentNo: string; txnId: string; amountFen: number };
}

/** Books a bank transfer: the account is debited, the payment waits for the bank's result. */
export async function payByBank(t: TestContext, accountId: string, aidRecordId: string, card?: { bankName: string; bankCard: string }) {
  const res = await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/payments', payload: { aidRecordId, accountId, method: 'bank_transfer', ...card } });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().status).toBe('booked');
  return res.json() as { id: string; paymentNo: string; txnId: string; amountFen: number };
}

export async function bankResult(t: TestContext, paymentId: string, outcome: 'paid' | 'failed') {
  const res = await t.as(t.tree.users.finance, { method: 'POST', url: `/api/v1/payments/${paymentId}/result`, payload: { outcome, ...(outcome === 'failed' ? { reason: '账户已销户' } : {}) } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Counts rows of the fund tables, to show that a refused request wrote nothing. */
export async function fundSnapshot(t: TestContext) {
  const db = t.database.handle.db;
  const q = (s: string) => queryRows(db, sql.raw(s));
  return {
    accounts: await q('select id, balance_fen, name from fund_accounts order by id'),
    sources: await q('select account_id, source, balance_fen from fund_source_balances order by account_id, source'),
    years: await q('select account_id, year from fund_years order by account_id, year'),
    txns: await q('select id from ledger_transactions order by id'),
    entries: await q('select count(*) as n from ledger_entries'),
    receipts: await q('select id from fund_receipts order by id'),
    budgets: await q('select id, amount_fen from fund_budgets order by id'),
    payments: await q('select id, status from payments order by id'),
    batches: await q('select id from bank_batches order by id'),
    vouchers: await q('select id from payment_vouchers order by id'),
    aidRecords: await q('select id, status from aid_records order by id'),
    campaigns: await q('select id, state from aid_campaigns order by id'),
  };
}
