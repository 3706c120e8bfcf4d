import type { FundSource, Ledger, TxnKind } from '@bangfu/shared/funds';
import { eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { fundAccounts, fundSourceBalances, ledgerEntries, ledgerTransactions } from '../../db/schema/index';
import { ConflictError, NotFoundError, RuleViolationError } from '../../errors';
import { constraintOf, sqlState } from '../../lib/pg-errors';

/** One line of a posting; amounts are signed fen (debit positive). */
export interface PostingLine {
  ledger: Ledger;
  source: FundSource;
  aidType?: string | null;
  aidRecordId?: string | null;
  amountFen: number;
}

export interface Posting {
  accountId: string;
  year: number;
  kind: TxnKind;
  memo: string;
  at: Date;
  actor: { id: string | null; name: string };
  reversesId?: string | null;
  receiptId?: string | null;
  paymentId?: string | null;
  campaignId?: string | null;
  lines: PostingLine[];
}

export type AccountRow = typeof fundAccounts.$inferSelect;

/**
 * Every posting starts here: it locks the account row, so postings to one account run one at a time
 * (and in one lock order: account, then its source balances in the trigger).
 */
export async function lockAccount(tx: Executor, accountId: string): Promise<AccountRow> {
  const [row] = await tx.select().from(fundAccounts).where(eq(fundAccounts.id, accountId)).for('update');
  if (!row) throw new NotFoundError('Fund account');
  return row;
}

/** The source balances of an account (the row lock of the account must be held to rely on them). */
export async function sourceBalances(tx: Executor, accountId: string): Promise<Map<FundSource, number>> {
  const rows = await tx.select().from(fundSourceBalances).where(eq(fundSourceBalances.accountId, accountId));
  return new Map(rows.map((r) => [r.source as FundSource, r.balanceFen]));
}

export async function nextNumber(tx: Executor, sequence: 'ledger_txn_no_seq' | 'payment_no_seq' | 'bank_batch_no_seq', prefix: string, year: number): Promise<string> {
  const r = (await tx.execute(sql.raw(`select nextval('${sequence}') as n`))) as unknown as { rows: { n: string | number }[] };
  return `${prefix}${year}-${String(r.rows[0]!.n).padStart(7, '0')}`;
}

/**
 * Books one balanced transaction. The database enforces the rules (see migration 0007): the lines
 * must sum to zero, the year must be open, and no account or source balance may go below zero.
 * Those refusals come back as domain errors: 409 INSUFFICIENT_FUNDS, 409 YEAR_CLOSED.
 */
export async function post(tx: Executor, p: Posting): Promise<{ id: string; txnNo: string }> {
  if (p.lines.length < 2) throw new RuleViolationError('A ledger transaction needs at least two lines', 'UNBALANCED');
  const sum = p.lines.reduce((s, l) => s + l.amountFen, 0);
  if (sum !== 0) throw new RuleViolationError(`The lines sum to ${sum} fen, not zero`, 'UNBALANCED');
  const txnNo = await nextNumber(tx, 'ledger_txn_no_seq', 'JZ', p.year);
  return guard(async () => {
    const [txn] = await tx
      .insert(ledgerTransactions)
      .values({
        txnNo,
        accountId: p.accountId,
        orgId: sql`(select org_id from fund_accounts where id = ${p.accountId})`,
        year: p.year,
        kind: p.kind,
        bookedAt: p.at,
        memo: p.memo,
        reversesId: p.reversesId ?? null,
        receiptId: p.receiptId ?? null,
        paymentId: p.paymentId ?? null,
        campaignId: p.campaignId ?? null,
        createdBy: p.actor.id,
        createdByName: p.actor.name,
      })
      .returning({ id: ledgerTransactions.id });
    for (let i = 0; i < p.lines.length; i += 5000) {
      await tx.insert(ledgerEntries).values(
        p.lines.slice(i, i + 5000).map((l) => ({ txnId: txn!.id, accountId: p.accountId, year: p.year, ledger: l.ledger, source: l.source, aidType: l.aidType ?? null, aidRecordId: l.aidRecordId ?? null, amountFen: l.amountFen })),
      );
    }
    return { id: txn!.id, txnNo };
  });
}

/** A posting of postMany; `id` may be chosen by the caller (to point a payment at it before it exists). */
export type ManyPosting = Posting & { id?: string };

function assertBalanced(p: Posting, label: string) {
  if (p.lines.length < 2) throw new RuleViolationError(`${label} needs at least two lines`, 'UNBALANCED');
  const sum = p.lines.reduce((s, l) => s + l.amountFen, 0);
  if (sum !== 0) throw new RuleViolationError(`${label}: the lines sum to ${sum} fen, not zero`, 'UNBALANCED');
}

const uuidOrNull = (v: string | null | undefined) => v ?? null;

/**
 * Books many balanced transactions set-based (a batch payment): every posting is checked as post()
 * checks it, the voucher numbers are drawn in one statement, and the rows go in by multi-row inserts
 * (arrays unnested in the database) in chunks of whole transactions — at most `chunkLines` lines
 * each, never splitting a transaction, since the database checks per statement that each inserted
 * transaction balances. The same database rules apply (open year, no balance below zero) and come
 * back as the same domain errors. Returns the ids and numbers in the order of `postings`.
 */
export async function postMany(
  tx: Executor,
  postings: ManyPosting[],
  opts: { chunkLines?: number; onChunk?: (done: number, total: number) => void } = {},
): Promise<{ id: string; txnNo: string }[]> {
  postings.forEach((p, i) => assertBalanced(p, `Posting ${i + 1}`));
  if (!postings.length) return [];
  const chunkLines = Math.max(2, opts.chunkLines ?? 20_000);
  const drawn = (await tx.execute(sql`select nextval('ledger_txn_no_seq')::text as n from generate_series(1, ${postings.length})`)) as unknown as { rows: { n: string }[] };
  const numbers = drawn.rows.map((r) => BigInt(r.n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out = postings.map((p, i) => ({ id: p.id ?? randomUUID(), txnNo: `JZ${p.year}-${String(numbers[i]!).padStart(7, '0')}` }));
  return guard(async () => {
    let start = 0;
    while (start < postings.length) {
      let end = start;
      let lines = 0;
      while (end < postings.length && (end === start || lines + postings[end]!.lines.length <= chunkLines)) lines += postings[end++]!.lines.length;
      const chunk = postings.slice(start, end);
      const ids = out.slice(start, end);
      await tx.execute(sql`
        insert into ledger_transactions (id, txn_no, account_id, org_id, year, kind, booked_at, memo, reverses_id, receipt_id, payment_id, campaign_id, created_by, created_by_name)
        select u.id::uuid, u.txn_no, u.account_id::uuid, fa.org_id, u.year, u.kind, u.booked_at::timestamptz, u.memo,
               u.reverses_id::uuid, u.receipt_id::uuid, u.payment_id::uuid, u.campaign_id::uuid, u.created_by::uuid, u.created_by_name
        from unnest(
          ${sql.param(ids.map((x) => x.id))}::text[], ${sql.param(ids.map((x) => x.txnNo))}::text[], ${sql.param(chunk.map((p) => p.accountId))}::text[],
          ${sql.param(chunk.map((p) => p.year))}::int[], ${sql.param(chunk.map((p) => p.kind))}::text[], ${sql.param(chunk.map((p) => p.at.toISOString()))}::text[],
          ${sql.param(chunk.map((p) => p.memo))}::text[], ${sql.param(chunk.map((p) => uuidOrNull(p.reversesId)))}::text[], ${sql.param(chunk.map((p) => uuidOrNull(p.receiptId)))}::text[],
          ${sql.param(chunk.map((p) => uuidOrNull(p.paymentId)))}::text[], ${sql.param(chunk.map((p) => uuidOrNull(p.campaignId)))}::text[],
          ${sql.param(chunk.map((p) => uuidOrNull(p.actor.id)))}::text[], ${sql.param(chunk.map((p) => p.actor.name))}::text[]
        ) as u(id, txn_no, account_id, year, kind, booked_at, memo, reverses_id, receipt_id, payment_id, campaign_id, created_by, created_by_name)
        join fund_accounts fa on fa.id = u.account_id::uuid`);
      const rows = chunk.flatMap((p, i) => p.lines.map((l) => ({ txnId: ids[i]!.id, accountId: p.accountId, year: p.year, ...l })));
      await tx.execute(sql`
        insert into ledger_entries (txn_id, account_id, year, ledger, source, aid_type, aid_record_id, amount_fen)
        select u.txn_id::uuid, u.account_id::uuid, u.year, u.ledger, u.source, u.aid_type, u.aid_record_id::uuid, u.amount_fen
        from unnest(
          ${sql.param(rows.map((r) => r.txnId))}::text[], ${sql.param(rows.map((r) => r.accountId))}::text[], ${sql.param(rows.map((r) => r.year))}::int[],
          ${sql.param(rows.map((r) => r.ledger))}::text[], ${sql.param(rows.map((r) => r.source))}::text[], ${sql.param(rows.map((r) => r.aidType ?? null))}::text[],
          ${sql.param(rows.map((r) => r.aidRecordId ?? null))}::text[], ${sql.param(rows.map((r) => r.amountFen))}::bigint[]
        ) as u(txn_id, account_id, year, ledger, source, aid_type, aid_record_id, amount_fen)`);
      start = end;
      opts.onChunk?.(end, postings.length);
    }
    return out;
  });
}

/**
 * 红字冲销: a transaction that negates every line of `txnId`, booked into the open `year` (which may be
 * later than the original's, when that one is closed). A transaction is reversed at most once.
 */
export async function reverse(tx: Executor, txnId: string, p: { year: number; memo: string; at: Date; actor: { id: string | null; name: string } }) {
  const [orig] = await tx.select().from(ledgerTransactions).where(eq(ledgerTransactions.id, txnId));
  if (!orig) throw new NotFoundError('Ledger transaction');
  if (orig.kind === 'reversal') throw new RuleViolationError('A reversal is not reversed; book a new transaction instead', 'REVERSAL_OF_REVERSAL');
  const [done] = await tx.select({ id: ledgerTransactions.id }).from(ledgerTransactions).where(eq(ledgerTransactions.reversesId, txnId));
  if (done) throw new ConflictError(`Transaction ${orig.txnNo} is reversed already`, 'ALREADY_REVERSED');
  const lines = await tx.select().from(ledgerEntries).where(eq(ledgerEntries.txnId, txnId));
  return post(tx, {
    accountId: orig.accountId,
    year: p.year,
    kind: 'reversal',
    memo: p.memo,
    at: p.at,
    actor: p.actor,
    reversesId: orig.id,
    receiptId: orig.receiptId,
    paymentId: orig.paymentId,
    campaignId: orig.campaignId,
    lines: lines.map((l) => ({ ledger: l.ledger as Ledger, source: l.source as FundSource, aidType: l.aidType, aidRecordId: l.aidRecordId, amountFen: -l.amountFen })),
  });
}

/** Turns the database's refusals into domain errors. */
export async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const state = sqlState(e);
    const constraint = constraintOf(e);
    if (state === '23505' && constraint === 'ledger_transactions_reverses_uq') throw new ConflictError('That transaction is reversed already', 'ALREADY_REVERSED');
    if (state === '23514' && (constraint === 'fund_accounts_balance_ck' || constraint === 'fund_source_balances_ck')) throw new ConflictError('The special account does not hold enough money for this (from that source)', 'INSUFFICIENT_FUNDS');
    if (state === 'BF001') throw new ConflictError('That year is closed: book the correction into the open year', 'YEAR_CLOSED');
    if (state === 'BF002') throw new RuleViolationError('The ledger transaction does not balance', 'UNBALANCED');
    throw e;
  }
}
