import type { Org, OrgListQuery } from '@bangfu/shared/orgs';
import { and, asc, eq, gt, ilike, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { orgs } from '../../db/schema/index';
import { decodeCursor, pageOf } from '../../lib/cursor';

export type OrgRow = typeof orgs.$inferSelect & { childCount: number };

const childCount = sql<number>`(select count(*) from orgs c where c.parent_id = "orgs"."id" and c.active)::int`;
const columns = {
  id: orgs.id,
  parentId: orgs.parentId,
  name: orgs.name,
  level: orgs.level,
  type: orgs.type,
  divisionCode: orgs.divisionCode,
  hasAssistanceCentre: orgs.hasAssistanceCentre,
  active: orgs.active,
  path: orgs.path,
  depth: orgs.depth,
  createdAt: orgs.createdAt,
  updatedAt: orgs.updatedAt,
  childCount,
};

export function toOrg(row: OrgRow): Org {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    level: row.level,
    type: row.type,
    divisionCode: row.divisionCode,
    hasAssistanceCentre: row.hasAssistanceCentre,
    active: row.active,
    depth: row.depth,
    childCount: row.childCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One org inside the scope, or undefined: an org outside it does not exist for the caller. */
export async function findOrg(exec: Executor, scope: OrgScope, id: string): Promise<OrgRow | undefined> {
  const [row] = await exec
    .select(columns)
    .from(orgs)
    .where(and(eq(orgs.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  return row;
}

export async function listOrgs(exec: Executor, scope: OrgScope, query: OrgListQuery) {
  const limit = query.limit ?? 50;
  const conditions: (SQL | undefined)[] = [scope.ownsPath(orgs.path)];
  if (!query.includeInactive) conditions.push(eq(orgs.active, true));
  if (query.parentId) conditions.push(eq(orgs.parentId, query.parentId));
  if (query.level) conditions.push(eq(orgs.level, query.level));
  if (query.q) conditions.push(or(ilike(orgs.name, `%${escapeLike(query.q)}%`), like(orgs.divisionCode, `${escapeLike(query.q)}%`)));
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) {
    const [name, id] = cursor.map(String) as [string, string];
    conditions.push(or(gt(orgs.name, name), and(eq(orgs.name, name), gt(orgs.id, id))));
  }
  const rows = await exec
    .select(columns)
    .from(orgs)
    .where(and(...conditions))
    .orderBy(asc(orgs.name), asc(orgs.id))
    .limit(limit + 1);
  return pageOf(rows, limit, toOrg, (r) => [r.name, r.id]);
}

/** The subtree under `root`, depth-first, at most `maxNodes` rows (one more tells truncation). */
export async function subtree(exec: Executor, root: OrgRow, maxDepth: number, includeInactive: boolean, maxNodes: number) {
  const conditions: (SQL | undefined)[] = [like(orgs.path, `${root.path}%`), lte(orgs.depth, root.depth + maxDepth)];
  if (!includeInactive) conditions.push(eq(orgs.active, true));
  return exec
    .select(columns)
    .from(orgs)
    .where(and(...conditions))
    .orderBy(asc(orgs.path))
    .limit(maxNodes + 1);
}

export async function siblingNameTaken(exec: Executor, parentId: string, name: string, exceptId?: string) {
  const [row] = await exec
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(eq(orgs.parentId, parentId), eq(orgs.name, name), exceptId ? sql`${orgs.id} <> ${exceptId}` : undefined))
    .limit(1);
  return Boolean(row);
}

export async function insertOrg(exec: Executor, values: typeof orgs.$inferInsert) {
  await exec.insert(orgs).values(values);
}

export async function updateOrg(exec: Executor, id: string, values: Partial<typeof orgs.$inferInsert>) {
  await exec.update(orgs).set(values).where(eq(orgs.id, id));
}

/** Re-roots every path under `oldPath` to `newPath`, shifting depths by `depthDelta`. */
export async function movePaths(exec: Executor, oldPath: string, newPath: string, depthDelta: number, at: Date) {
  await exec.execute(sql`
    update orgs set
      path = ${newPath} || substr(path, ${oldPath.length + 1}),
      depth = depth + ${depthDelta},
      updated_at = ${at.toISOString()}::timestamptz
    where path like ${`${oldPath}%`}`);
}

export async function activeDependants(exec: Executor, id: string) {
  const [row] = await exec
    .select({
      children: sql<number>`(select count(*) from orgs c where c.parent_id = ${id} and c.active)::int`,
      users: sql<number>`(select count(*) from users u where u.org_id = ${id} and u.active)::int`,
    })
    .from(sql`(select 1) as one`);
  return row ?? { children: 0, users: 0 };
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

