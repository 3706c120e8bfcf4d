import type { AidType } from '@bangfu/shared/applications';
import type { FundSource, Ledger, LedgerQuery, LedgerTxn, TxnKind } from '@bangfu/shared/funds';
import { and, asc, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { ledgerEntries, ledgerTransactions, orgs } from '../../db/schema/index';
import { decodeCursor, pageOf } from '../../lib/cursor';

type TxnRow = typeof ledgerTransactions.$inferSelect;

const DAY = 86_400_000;
/** The first instant of a local (Asia/Shanghai, UTC+8 all year) day. */
const localMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A transaction of an account in the caller's subtree. */
export async function findTxn(exec: Executor, scope: OrgScope, id: string): Promise<TxnRow | undefined> {
  const [row] = await exec
    .select({ txn: ledgerTransactions })
    .from(ledgerTransactions)
    .innerJoin(orgs, eq(orgs.id, ledgerTransactions.orgId))
    .where(and(eq(ledgerTransactions.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  return row?.txn;
}

/** The account's transactions, newest first, keyset-paged on (bookedAt, txnNo). */
export async function listTxns(exec: Executor, accountId: string, query: LedgerQuery) {
  const limit = query.limit ?? 50;
  const t = ledgerTransactions;
  const c: (SQL | undefined)[] = [eq(t.accountId, accountId)];
  if (query.year) c.push(eq(t.year, query.year));
  if (query.kind) c.push(eq(t.kind, query.kind));
  if (query.source) c.push(sql`exists (select 1 from ledger_entries e where e.txn_id = ${t.id} and e.source = ${query.source})`);
  if (query.aidType) c.push(sql`exists (select 1 from ledger_entries e where e.txn_id = ${t.id} and e.aid_type = ${query.aidType})`);
  if (query.from) c.push(gte(t.bookedAt, localMidnight(query.from)));
  if (query.to) c.push(lt(t.bookedAt, new Date(localMidnight(query.to).getTime() + DAY)));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    c.push(or(ilike(t.memo, pattern), ilike(t.txnNo, pattern)));
  }
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) {
    const at = new Date(String(cursor[0]));
    if (Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    c.push(or(lt(t.bookedAt, at), and(eq(t.bookedAt, at), lt(t.txnNo, String(cursor[1])))));
  }
  const rows = await exec.select().from(t).where(and(...c)).orderBy(desc(t.bookedAt), desc(t.txnNo)).limit(limit + 1);
  const page = pageOf(rows, limit, (r) => r, (r) => [r.bookedAt.toISOString(), r.txnNo]);
  return { items: await toLedgerTxns(exec, page.items), nextCursor: page.nextCursor };
}

/** A transaction with more lines than this (a campaign's batch payment) is listed with its lines summed per ledger, source and aid type. */
export const LIST_LINE_LIMIT = 100;

/**
 * Transactions in the API's shape: with their lines, what they moved in the bank and who reversed them.
 * `full` gives every line; otherwise a transaction with more than LIST_LINE_LIMIT lines is summarised.
 */
export async function toLedgerTxns(exec: Executor, rows: TxnRow[], full = false): Promise<LedgerTxn[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const e = ledgerEntries;
  const counts = await exec.select({ txnId: e.txnId, n: sql<number>`count(*)::int` }).from(e).where(inArray(e.txnId, ids)).groupBy(e.txnId);
  const reversals = await exec.select({ id: ledgerTransactions.id, reversesId: ledgerTransactions.reversesId }).from(ledgerTransactions).where(inArray(ledgerTransactions.reversesId, ids));
  const lineCount = new Map(counts.map((c) => [c.txnId, Number(c.n)]));
  const big = full ? [] : ids.filter((id) => (lineCount.get(id) ?? 0) > LIST_LINE_LIMIT);
  const small = ids.filter((id) => !big.includes(id));
  type Line = { txnId: string; ledger: string; source: string; aidType: string | null; aidRecordId: string | null; amountFen: number };
  const lines: Line[] = [];
  if (small.length) lines.push(...(await exec.select().from(e).where(inArray(e.txnId, small)).orderBy(asc(e.id))));
  if (big.length) {
    const sums = await exec
      .select({ txnId: e.txnId, ledger: e.ledger, source: e.source, aidType: e.aidType, fen: sql<string>`sum(${e.amountFen})`, first: sql<string>`min(${e.id})` })
      .from(e)
      .where(inArray(e.txnId, big))
      .groupBy(e.txnId, e.ledger, e.source, e.aidType)
      .orderBy(sql`min(${e.id})`);
    lines.push(...sums.map((s) => ({ txnId: s.txnId, ledger: s.ledger, source: s.source, aidType: s.aidType, aidRecordId: null, amountFen: Number(s.fen) })));
  }
  const byTxn = new Map<string, Line[]>();
  for (const l of lines) byTxn.set(l.txnId, [...(byTxn.get(l.txnId) ?? []), l]);
  const reversedBy = new Map(reversals.map((r) => [r.reversesId!, r.id]));
  return rows.map((r) => {
    const own = byTxn.get(r.id) ?? [];
    return {
      id: r.id,
      txnNo: r.txnNo,
      accountId: r.accountId,
      year: r.year,
      kind: r.kind as TxnKind,
      bookedAt: r.bookedAt.toISOString(),
      memo: r.memo,
      reversesId: r.reversesId,
      reversedById: reversedBy.get(r.id) ?? null,
      receiptId: r.receiptId,
      paymentId: r.paymentId,
      campaignId: r.campaignId,
      createdBy: r.createdByName,
      bankFen: own.filter((l) => l.ledger === 'bank').reduce((s, l) => s + l.amountFen, 0),
      lineCount: lineCount.get(r.id) ?? 0,
      linesSummarised: big.includes(r.id),
      lines: own.map((l) => ({ ledger: l.ledger as Ledger, source: l.source as FundSource, aidType: l.aidType as AidType | null, aidRecordId: l.aidRecordId, amountFen: l.amountFen })),
    };
  });
}
