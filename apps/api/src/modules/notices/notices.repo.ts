import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { noticeBatches, noticeItems, objections, orgs } from '../../db/schema/index';

export type BatchRow = typeof noticeBatches.$inferSelect & { orgName: string; orgPath: string };

export async function findBatch(exec: Executor, scope: OrgScope, id: string, forUpdate = false): Promise<BatchRow | undefined> {
  const q = exec
    .select({ batch: noticeBatches, orgName: orgs.name, orgPath: orgs.path })
    .from(noticeBatches)
    .innerJoin(orgs, eq(orgs.id, noticeBatches.orgId))
    .where(and(eq(noticeBatches.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  const [row] = forUpdate ? await q.for('update', { of: noticeBatches }) : await q;
  return row ? { ...row.batch, orgName: row.orgName, orgPath: row.orgPath } : undefined;
}

export async function findBatchByToken(exec: Executor, token: string) {
  const [row] = await exec
    .select({ batch: noticeBatches, orgName: orgs.name })
    .from(noticeBatches)
    .innerJoin(orgs, eq(orgs.id, noticeBatches.orgId))
    .where(eq(noticeBatches.publicToken, token))
    .limit(1);
  return row ? { ...row.batch, orgName: row.orgName } : undefined;
}

export async function listBatches(exec: Executor, scope: OrgScope) {
  const rows = await exec
    .select({ batch: noticeBatches, orgName: orgs.name })
    .from(noticeBatches)
    .innerJoin(orgs, eq(orgs.id, noticeBatches.orgId))
    .where(scope.ownsPath(orgs.path))
    .orderBy(desc(noticeBatches.createdAt))
    .limit(200);
  return rows.map((r) => ({ ...r.batch, orgName: r.orgName }));
}

export async function itemsOf(exec: Executor, batchId: string) {
  return exec
    .select({
      item: noticeItems,
      openObjections: sql<number>`(select count(*) from objections o where o.item_id = "notice_items"."id" and o.outcome is null)::int`,
    })
    .from(noticeItems)
    .where(eq(noticeItems.batchId, batchId))
    .orderBy(asc(noticeItems.position));
}

export async function objectionsOf(exec: Executor, batchId: string) {
  return exec.select().from(objections).where(eq(objections.batchId, batchId)).orderBy(asc(objections.createdAt));
}

export async function openObjectionCount(exec: Executor, batchId: string) {
  const [row] = await exec.select({ n: sql<number>`count(*)::int` }).from(objections).where(and(eq(objections.batchId, batchId), isNull(objections.outcome)));
  return Number(row?.n ?? 0);
}
