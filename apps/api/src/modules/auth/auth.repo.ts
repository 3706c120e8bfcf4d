import type { OrgLevel } from '@bangfu/shared/orgs';
import type { Permission, Role } from '@bangfu/shared/roles';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { loginThrottle, orgs, refreshTokens, serviceAccounts, users } from '../../db/schema/index';

export interface PrincipalRow {
  id: string;
  name: string;
  username: string | null;
  active: boolean;
  roles: Role[];
  permissions: Permission[] | null;
  passwordHash: string | null;
  passwordChangedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  keyHash: string | null;
  orgId: string;
  orgName: string;
  orgLevel: OrgLevel;
  orgPath: string;
}

const orgColumns = { orgId: orgs.id, orgName: orgs.name, orgLevel: orgs.level, orgPath: orgs.path };

export async function findUserForAuth(exec: Executor, where: { id: string } | { username: string }) {
  const [row] = await exec
    .select({
      id: users.id,
      name: users.displayName,
      username: users.username,
      active: users.active,
      roles: users.roles,
      passwordHash: users.passwordHash,
      passwordChangedAt: users.passwordChangedAt,
      ...orgColumns,
    })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where('id' in where ? eq(users.id, where.id) : eq(users.username, where.username.toLowerCase()))
    .limit(1);
  return row;
}

export async function findServiceAccountByPrefix(exec: Executor, keyPrefix: string) {
  const [row] = await exec
    .select({
      id: serviceAccounts.id,
      name: serviceAccounts.name,
      permissions: serviceAccounts.permissions,
      keyHash: serviceAccounts.keyHash,
      expiresAt: serviceAccounts.expiresAt,
      revokedAt: serviceAccounts.revokedAt,
      lastUsedAt: serviceAccounts.lastUsedAt,
      ...orgColumns,
    })
    .from(serviceAccounts)
    .innerJoin(orgs, eq(orgs.id, serviceAccounts.orgId))
    .where(eq(serviceAccounts.keyPrefix, keyPrefix))
    .limit(1);
  return row;
}

export async function touchServiceAccount(exec: Executor, id: string, at: Date) {
  await exec.update(serviceAccounts).set({ lastUsedAt: at }).where(eq(serviceAccounts.id, id));
}

export async function markLogin(exec: Executor, userId: string, at: Date) {
  await exec.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId));
}

export async function setPassword(exec: Executor, userId: string, passwordHash: string, at: Date) {
  await exec.update(users).set({ passwordHash, passwordChangedAt: at, updatedAt: at }).where(eq(users.id, userId));
}

// ---- refresh tokens ----

export async function insertRefreshToken(exec: Executor, userId: string, tokenHash: string, expiresAt: Date) {
  await exec.insert(refreshTokens).values({ userId, tokenHash, expiresAt });
}

export async function findRefreshToken(exec: Executor, tokenHash: string) {
  const [row] = await exec.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).limit(1);
  return row;
}

/** Revokes one token if still live; returns whether this call revoked it (so a race has one winner). */
export async function revokeRefreshToken(exec: Executor, id: string, at: Date): Promise<boolean> {
  const rows = await exec
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.revokedAt)))
    .returning({ id: refreshTokens.id });
  return rows.length === 1;
}

export async function revokeAllRefreshTokens(exec: Executor, userId: string, at: Date) {
  await exec
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
}

// ---- failed-login throttle ----

export async function lockedUntil(exec: Executor, keys: string[], now: Date): Promise<Date | null> {
  const rows = await exec
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(and(inArray(loginThrottle.key, keys), gt(loginThrottle.lockedUntil, now)));
  const times = rows.map((r) => r.lockedUntil?.getTime() ?? 0);
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts one failure against `key` inside a sliding window; locks the key once `max` is reached. */
export async function recordFailure(exec: Executor, key: string, now: Date, max: number, windowSeconds: number) {
  const nowIso = now.toISOString();
  const windowStartCutoff = new Date(now.getTime() - windowSeconds * 1000).toISOString();
  const lockUntil = new Date(now.getTime() + windowSeconds * 1000).toISOString();
  await exec.execute(sql`
    insert into login_throttle (key, failures, window_start, locked_until)
    values (${key}, 1, ${nowIso}::timestamptz, case when 1 >= ${max} then ${lockUntil}::timestamptz end)
    on conflict (key) do update set
      failures = case when login_throttle.window_start < ${windowStartCutoff}::timestamptz then 1 else login_throttle.failures + 1 end,
      window_start = case when login_throttle.window_start < ${windowStartCutoff}::timestamptz then ${nowIso}::timestamptz else login_throttle.window_start end,
      locked_until = case
        when (case when login_throttle.window_start < ${windowStartCutoff}::timestamptz then 1 else login_throttle.failures + 1 end) >= ${max}
        then ${lockUntil}::timestamptz
        else login_throttle.locked_until end`);
}

export async function clearFailures(exec: Executor, key: string) {
  await exec.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
