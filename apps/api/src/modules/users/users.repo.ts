import type { User, UserListQuery } from '@bangfu/shared/users';
import { and, arrayContains, asc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { orgs, users } from '../../db/schema/index';
import { decodeCursor, pageOf } from '../../lib/cursor';
import { escapeLike } from '../orgs/orgs.repo';

const columns = {
  id: users.id,
  orgId: users.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  orgHasCentre: orgs.hasAssistanceCentre,
  username: users.username,
  displayName: users.displayName,
  roles: users.roles,
  active: users.active,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

type UserRow = Awaited<ReturnType<typeof findUser>> & {};

export function toUser(r: NonNullable<UserRow>): User {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    username: r.username,
    displayName: r.displayName,
    roles: r.roles,
    active: r.active,
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function findUser(exec: Executor, scope: OrgScope, id: string) {
  const [row] = await exec
    .select(columns)
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(users.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  return row;
}

export async function listUsers(exec: Executor, scope: OrgScope, query: UserListQuery) {
  const limit = query.limit ?? 50;
  const conditions: (SQL | undefined)[] = [scope.ownsPath(orgs.path)];
  if (query.orgId) conditions.push(eq(users.orgId, query.orgId));
  if (query.role) conditions.push(arrayContains(users.roles, [query.role]));
  if (query.active !== undefined) conditions.push(eq(users.active, query.active));
  if (query.q) {
    const q = `%${escapeLike(query.q)}%`;
    conditions.push(or(ilike(users.username, q), ilike(users.displayName, q)));
  }
  const cursor = decodeCursor(query.cursor, 1);
  if (cursor) conditions.push(gt(users.username, String(cursor[0])));
  const rows = await exec
    .select(columns)
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(...conditions))
    .orderBy(asc(users.username))
    .limit(limit + 1);
  return pageOf(rows, limit, toUser, (r) => [r.username]);
}

export async function usernameTaken(exec: Executor, username: string) {
  const [row] = await exec.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return Boolean(row);
}

export async function insertUser(exec: Executor, values: typeof users.$inferInsert) {
  await exec.insert(users).values(values);
}

export async function updateUser(exec: Executor, id: string, values: Partial<typeof users.$inferInsert>) {
  await exec.update(users).set(values).where(eq(users.id, id));
}
