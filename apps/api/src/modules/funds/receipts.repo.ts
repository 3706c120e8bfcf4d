import type { FundSource, Receipt, ReceiptKind, ReceiptQuery } from '@bangfu/shared/funds';
import { and, desc, eq, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { fundReceipts, ledgerTransactions } from '../../db/schema/index';
import { decodeCursor, pageOf } from '../../lib/cursor';

const columns = {
  receipt: fundReceipts,
  txnNo: ledgerTransactions.txnNo,
  reversedById: sql<string | null>`(select r.id from ledger_transactions r where r.reverses_id = ${fundReceipts.txnId})`,
};
type Row = { receipt: typeof fundReceipts.$inferSelect; txnNo: string; reversedById: string | null };

function toReceipt(r: Row): Receipt {
  const x = r.receipt;
  return {
    id: x.id,
    accountId: x.accountId,
    source: x.source as FundSource,
    kind: x.kind as ReceiptKind,
    amountFen: x.amountFen,
    receivedOn: x.receivedOn,
    receiptNo: x.receiptNo,
    donor: x.donor,
    documentNo: x.documentNo,
    memo: x.memo,
    txnId: x.txnId,
    txnNo: r.txnNo,
    reversedById: r.reversedById,
    createdBy: x.createdByName,
    createdAt: x.createdAt.toISOString(),
  };
}

const base = (exec: Executor) => exec.select(columns).from(fundReceipts).innerJoin(ledgerTransactions, eq(ledgerTransactions.id, fundReceipts.txnId));

export async function findReceipt(exec: Executor, id: string): Promise<Receipt | undefined> {
  const [row] = await base(exec).where(eq(fundReceipts.id, id)).limit(1);
  return row ? toReceipt(row) : undefined;
}

export async function receiptNoTaken(exec: Executor, accountId: string, receiptNo: string): Promise<boolean> {
  const [row] = await exec.select({ id: fundReceipts.id }).from(fundReceipts).where(and(eq(fundReceipts.accountId, accountId), eq(fundReceipts.receiptNo, receiptNo))).limit(1);
  return Boolean(row);
}

export async function insertReceipt(exec: Executor, values: typeof fundReceipts.$inferInsert) {
  await exec.insert(fundReceipts).values(values);
}

/** The account's receipts, latest received first, keyset-paged on (receivedOn, txnNo). */
export async function listReceipts(exec: Executor, accountId: string, query: ReceiptQuery) {
  const limit = query.limit ?? 50;
  const c: (SQL | undefined)[] = [eq(fundReceipts.accountId, accountId)];
  if (query.year) c.push(gte(fundReceipts.receivedOn, `${query.year}-01-01`), lte(fundReceipts.receivedOn, `${query.year}-12-31`));
  if (query.source) c.push(eq(fundReceipts.source, query.source));
  if (query.kind) c.push(eq(fundReceipts.kind, query.kind));
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) {
    const [day, no] = cursor.map(String) as [string, string];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { items: [], nextCursor: null };
    c.push(or(lt(fundReceipts.receivedOn, day), and(eq(fundReceipts.receivedOn, day), lt(ledgerTransactions.txnNo, no))));
  }
  const rows = await base(exec).where(and(...c)).orderBy(desc(fundReceipts.receivedOn), desc(ledgerTransactions.txnNo)).limit(limit + 1);
  return pageOf(rows, limit, toReceipt, (r) => [r.receipt.receivedOn, r.txnNo]);
}
