import type { ServiceAccount, ServiceAccountListQuery } from '@bangfu/shared/service-accounts';
import { and, desc, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { orgs, serviceAccounts } from '../../db/schema/index';
import { decodeCursor, pageOf } from '../../lib/cursor';

const columns = {
  id: serviceAccounts.id,
  orgId: serviceAccounts.orgId,
  orgName: orgs.name,
  name: serviceAccounts.name,
  keyPrefix: serviceAccounts.keyPrefix,
  permissions: serviceAccounts.permissions,
  expiresAt: serviceAccounts.expiresAt,
  lastUsedAt: serviceAccounts.lastUsedAt,
  revokedAt: serviceAccounts.revokedAt,
  createdAt: serviceAccounts.createdAt,
};

type Row = NonNullable<Awaited<ReturnType<typeof findServiceAccount>>>;

export function toServiceAccount(r: Row): ServiceAccount {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    name: r.name,
    keyPrefix: r.keyPrefix,
    permissions: r.permissions,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

export async function findServiceAccount(exec: Executor, scope: OrgScope, id: string) {
  const [row] = await exec
    .select(columns)
    .from(serviceAccounts)
    .innerJoin(orgs, eq(orgs.id, serviceAccounts.orgId))
    .where(and(eq(serviceAccounts.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  return row;
}

export async function listServiceAccounts(exec: Executor, scope: OrgScope, query: ServiceAccountListQuery) {
  const limit = query.limit ?? 50;
  const conditions: (SQL | undefined)[] = [scope.ownsPath(orgs.path)];
  if (query.orgId) conditions.push(eq(serviceAccounts.orgId, query.orgId));
  if (!query.includeRevoked) conditions.push(isNull(serviceAccounts.revokedAt));
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) {
    const at = new Date(String(cursor[0]));
    const id = String(cursor[1]);
    conditions.push(or(lt(serviceAccounts.createdAt, at), and(eq(serviceAccounts.createdAt, at), lt(serviceAccounts.id, id))));
  }
  const rows = await exec
    .select(columns)
    .from(serviceAccounts)
    .innerJoin(orgs, eq(orgs.id, serviceAccounts.orgId))
    .where(and(...conditions))
    .orderBy(desc(serviceAccounts.createdAt), desc(serviceAccounts.id))
    .limit(limit + 1);
  return pageOf(rows, limit, toServiceAccount, (r) => [r.createdAt.toISOString(), r.id]);
}

export async function insertServiceAccount(exec: Executor, values: typeof serviceAccounts.$inferInsert) {
  await exec.insert(serviceAccounts).values(values);
}

export async function revokeServiceAccount(exec: Executor, id: string, at: Date) {
  await exec.update(serviceAccounts).set({ revokedAt: at }).where(and(eq(serviceAccounts.id, id), isNull(serviceAccounts.revokedAt)));
}
