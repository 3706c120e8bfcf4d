import type { Permission, Role } from '@bangfu/shared/roles';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { orgs } from './orgs';

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    username: varchar({ length: 64 }).notNull(),
    displayName: varchar({ length: 50 }).notNull(),
    passwordHash: text().notNull(),
    roles: text().array().$type<Role[]>().notNull(),
    active: boolean().notNull().default(true),
    lastLoginAt: timestamp({ withTimezone: true }),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username), index('users_org_idx').on(t.orgId, t.username)],
);

/** Refresh tokens, stored as SHA-256 hashes; rotated on use, revoked on logout. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('refresh_tokens_hash_uq').on(t.tokenHash), index('refresh_tokens_user_idx').on(t.userId)],
);

/** Failed-login counters per username and per address, shared by every API process. */
export const loginThrottle = pgTable('login_throttle', {
  key: varchar({ length: 200 }).primaryKey(),
  failures: integer().notNull().default(0),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  lockedUntil: timestamp({ withTimezone: true }),
});

/** 服务账号: API keys for third-party systems, bound to one org and a set of permissions. */
export const serviceAccounts = pgTable(
  'service_accounts',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    name: varchar({ length: 100 }).notNull(),
    keyPrefix: varchar({ length: 16 }).notNull(),
    keyHash: text().notNull(),
    permissions: text().array().$type<Permission[]>().notNull(),
    expiresAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('service_accounts_prefix_uq').on(t.keyPrefix), index('service_accounts_org_idx').on(t.orgId)],
);
