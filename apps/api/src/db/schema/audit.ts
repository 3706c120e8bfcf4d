import { bigint, index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Append-only audit log (审计日志). A trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'bigint' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorType: varchar({ length: 20 }).notNull(),
    actorId: uuid(),
    actorName: varchar({ length: 100 }).notNull(),
    orgId: uuid(),
    action: varchar({ length: 50 }).notNull(),
    recordType: varchar({ length: 50 }).notNull(),
    recordId: varchar({ length: 100 }),
    ip: varchar({ length: 64 }),
    requestId: varchar({ length: 64 }),
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at.desc(), t.id.desc()),
    index('audit_log_record_idx').on(t.recordType, t.recordId),
    index('audit_log_actor_idx').on(t.actorId),
    index('audit_log_org_idx').on(t.orgId),
  ],
);

export const appSettings = pgTable('app_settings', {
  key: varchar({ length: 100 }).primaryKey(),
  value: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
