import { and, desc, eq, sql } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { bankBatches, fundAccounts, orgs } from '../../db/schema/index';

/** 银行代发批次: the exported bank files, with how many of their transfers wait, were paid or failed. */
const batchColumns = {
  batch: bankBatches,
  orgName: orgs.name,
  accountName: fundAccounts.name,
  accountNo: fundAccounts.accountNo,
  pendingCount: sql<number>`(select count(*) from payments p where p.bank_batch_id = ${bankBatches.id} and p.status = 'exported')::int`,
  paidCount: sql<number>`(select count(*) from payments p where p.bank_batch_id = ${bankBatches.id} and p.status = 'paid')::int`,
  failedCount: sql<number>`(select count(*) from payments p where p.bank_batch_id = ${bankBatches.id} and p.status = 'failed')::int`,
};
export type BatchRow = typeof bankBatches.$inferSelect & { orgName: string; accountName: string; accountNo: string; pendingCount: number; paidCount: number; failedCount: number };

function batchBase(exec: Executor) {
  return exec.select(batchColumns).from(bankBatches).innerJoin(orgs, eq(orgs.id, bankBatches.orgId)).innerJoin(fundAccounts, eq(fundAccounts.id, bankBatches.accountId));
}
const flattenBatch = ({ batch, ...rest }: { batch: typeof bankBatches.$inferSelect } & Omit<BatchRow, keyof typeof bankBatches.$inferSelect>): BatchRow => ({
  ...batch,
  ...rest,
  pendingCount: Number(rest.pendingCount),
  paidCount: Number(rest.paidCount),
  failedCount: Number(rest.failedCount),
});

export async function findBatch(exec: Executor, scope: OrgScope, id: string): Promise<BatchRow | undefined> {
  const [row] = await batchBase(exec)
    .where(and(eq(bankBatches.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  return row ? flattenBatch(row) : undefined;
}

export async function listBatches(exec: Executor, scope: OrgScope, accountId?: string) {
  const rows = await batchBase(exec)
    .where(and(scope.ownsPath(orgs.path), accountId ? eq(bankBatches.accountId, accountId) : undefined))
    .orderBy(desc(bankBatches.createdAt), desc(bankBatches.batchNo))
    .limit(200);
  return rows.map(flattenBatch);
}

export async function insertBatch(exec: Executor, values: typeof bankBatches.$inferInsert) {
  const [row] = await exec.insert(bankBatches).values(values).returning({ id: bankBatches.id });
  return row!.id;
}
