import { maskName } from '@bangfu/shared/masks';
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { noticeBatches, noticeItems, objections, orgs } from '../../db/schema/index';
import { ValidationError } from '../../errors';
import { decodeCursor, pageOf } from '../../lib/cursor';
import { escapeLike } from '../orgs/orgs.repo';

type Rows<T> = { rows: T[] };
const rowsOf = async <T>(exec: Executor, query: SQL): Promise<T[]> => ((await exec.execute(query)) as unknown as Rows<T>).rows;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

/** Every item of a batch, in notice order: for the writes that act on all of them (never sent whole). */
export async function itemsOf(exec: Executor, batchId: string) {
  return exec.select({ item: noticeItems }).from(noticeItems).where(eq(noticeItems.batchId, batchId)).orderBy(asc(noticeItems.position));
}

/** How many items a batch holds, by state; and the next free position. */
export async function itemCounts(exec: Executor, batchId: string) {
  const [row] = await rowsOf<{ total: number; pending: number; cleared: number; recheck: number; next_position: number }>(
    exec,
    sql`select count(*)::int as total,
          (count(*) filter (where state = 'pending'))::int as pending,
          (count(*) filter (where state = 'cleared'))::int as cleared,
          (count(*) filter (where state = 'recheck'))::int as recheck,
          coalesce(max(position) + 1, 0)::int as next_position
        from notice_items where batch_id = ${batchId}`,
  );
  return { total: Number(row?.total ?? 0), pending: Number(row?.pending ?? 0), cleared: Number(row?.cleared ?? 0), recheck: Number(row?.recheck ?? 0), nextPosition: Number(row?.next_position ?? 0) };
}

export interface ItemFilter {
  q?: string | undefined;
  orgId?: string | undefined;
  state?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

export interface ItemRow {
  id: string;
  application_id: string;
  masked_name: string;
  unit: string;
  category: string | null;
  aid_type: string | null;
  amount_fen: string | null;
  state: string;
  position: number;
  open_objections: number;
}

/**
 * The search the public may use (DOMAIN.md §5): the masked name or the unit as shown, or a full name
 * in its masked form (张小明 finds 张*明, as would anyone masking it by hand). Nothing hidden is searched.
 */
function searchCondition(q: string): SQL {
  const text = q.trim();
  const pattern = `%${escapeLike(text)}%`;
  const masked = [...text].length >= 2 && !text.includes('*') ? maskName(text) : null;
  return sql`(ni.masked_name like ${pattern} or ni.unit ilike ${pattern}${masked ? sql` or ni.masked_name = ${masked}` : sql``})`;
}

/**
 * A page of a batch's items in notice order (keyset on position, then id), optionally of one org
 * (exactly), matching a search, or in one state; `scope`, when given, keeps to the caller's subtree.
 */
export async function itemsPage(exec: Executor, batchId: string, query: ItemFilter, scope?: OrgScope) {
  const limit = query.limit ?? 50;
  const c: SQL[] = [sql`ni.batch_id = ${batchId}`];
  if (query.orgId) c.push(sql`ni.org_id = ${query.orgId}::uuid`);
  if (scope) c.push(scope.ownsPath(orgs.path));
  if (query.q?.trim()) c.push(searchCondition(query.q));
  if (query.state) c.push(sql`ni.state = ${query.state}`);
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) {
    const [position, id] = cursor;
    if (typeof position !== 'number' || !Number.isInteger(position) || typeof id !== 'string' || !UUID.test(id)) {
      throw ValidationError.field('/querystring/cursor', 'cursor is not one this server issued');
    }
    c.push(sql`(ni.position, ni.id) > (${position}::int, ${id}::uuid)`);
  }
  const rows = await rowsOf<ItemRow>(
    exec,
    sql`select ni.id, ni.application_id, ni.masked_name, ni.unit, ni.category, ni.aid_type, ni.amount_fen::text as amount_fen, ni.state, ni.position,
          (select count(*) from objections ob where ob.batch_id = ni.batch_id and ob.item_id = ni.id and ob.outcome is null)::int as open_objections
        from notice_items ni
        ${scope ? sql`join orgs on orgs.id = ni.org_id` : sql``}
        where ${sql.join(c, sql` and `)}
        order by ni.position, ni.id
        limit ${limit + 1}`,
  );
  return pageOf(rows, limit, (r) => r, (r) => [Number(r.position), r.id]);
}

/** The organisations of a batch's items with their counts, in notice order of their first item. */
export async function batchOrgs(exec: Executor, batchId: string, scope?: OrgScope) {
  const rows = await rowsOf<{ org_id: string; name: string; items: number }>(
    exec,
    sql`select ni.org_id, min(ni.unit) as name, count(*)::int as items
        from notice_items ni${scope ? sql` join orgs on orgs.id = ni.org_id` : sql``}
        where ni.batch_id = ${batchId}${scope ? sql` and ${scope.ownsPath(orgs.path)}` : sql``}
        group by ni.org_id
        order by min(ni.position)`,
  );
  return rows.map((r) => ({ orgId: r.org_id, name: r.name, items: Number(r.items) }));
}

export interface ObjectionRow {
  id: string;
  item_id: string | null;
  item_name: string | null;
  content: string;
  contact: string | null;
  created_at: string | Date;
  outcome: string | null;
  ruling: string | null;
  ruled_by_name: string | null;
  ruled_at: string | Date | null;
  created_key: string;
}

/** A page of a batch's objections, oldest first (keyset on created_at, then id), with the masked name of the item objected to. */
export async function objectionsPage(exec: Executor, batchId: string, query: { open?: boolean | undefined; limit?: number | undefined; cursor?: string | undefined }) {
  const limit = query.limit ?? 50;
  const c: SQL[] = [sql`ob.batch_id = ${batchId}`];
  if (query.open === true) c.push(sql`ob.outcome is null`);
  if (query.open === false) c.push(sql`ob.outcome is not null`);
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) {
    const [at, id] = cursor;
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !UUID.test(id)) {
      throw ValidationError.field('/querystring/cursor', 'cursor is not one this server issued');
    }
    c.push(sql`(ob.created_at, ob.id) > (${at}::timestamptz, ${id}::uuid)`);
  }
  const rows = await rowsOf<ObjectionRow>(
    exec,
    sql`select ob.id, ob.item_id, ni.masked_name as item_name, ob.content, ob.contact, ob.created_at, ob.outcome, ob.ruling, ob.ruled_by_name, ob.ruled_at,
          to_char(ob.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key
        from objections ob left join notice_items ni on ni.id = ob.item_id
        where ${sql.join(c, sql` and `)}
        order by ob.created_at, ob.id
        limit ${limit + 1}`,
  );
  return pageOf(rows, limit, (r) => r, (r) => [r.created_key, r.id]);
}

/** How many objections a batch has, and how many still wait for a ruling. */
export async function objectionCounts(exec: Executor, batchId: string) {
  const [row] = await exec
    .select({ total: sql<number>`count(*)::int`, open: sql<number>`(count(*) filter (where ${objections.outcome} is null))::int` })
    .from(objections)
    .where(eq(objections.batchId, batchId));
  return { total: Number(row?.total ?? 0), open: Number(row?.open ?? 0) };
}

export async function openObjectionCount(exec: Executor, batchId: string) {
  const [row] = await exec.select({ n: sql<number>`count(*)::int` }).from(objections).where(and(eq(objections.batchId, batchId), isNull(objections.outcome)));
  return Number(row?.n ?? 0);
}
