import type { AuditEntry, AuditQuery, ActorType } from '@bangfu/shared/audit';
import { and, eq, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { auditLog } from '../../db/schema/index';
import { decodeCursor, pageOf } from '../../lib/cursor';

export interface NewAuditEntry {
  actorType: ActorType;
  actorId: string | null;
  actorName: string;
  orgId: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  ip: string | null;
  requestId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export async function appendAudit(exec: Executor, entry: NewAuditEntry): Promise<void> {
  await exec.insert(auditLog).values({ ...entry, before: entry.before ?? null, after: entry.after ?? null });
}

export async function listAudit(exec: Executor, scope: OrgScope, query: AuditQuery) {
  const limit = query.limit ?? 50;
  const conditions: (SQL | undefined)[] = [scope.ownsOrg(auditLog.orgId)];
  if (query.actorId) conditions.push(eq(auditLog.actorId, query.actorId));
  if (query.recordType) conditions.push(eq(auditLog.recordType, query.recordType));
  if (query.recordId) conditions.push(eq(auditLog.recordId, query.recordId));
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.from) conditions.push(gte(auditLog.at, new Date(query.from)));
  if (query.to) conditions.push(lte(auditLog.at, new Date(query.to)));
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) {
    const [at, id] = cursor as [string, string];
    const atDate = new Date(at);
    conditions.push(or(lt(auditLog.at, atDate), and(eq(auditLog.at, atDate), lt(auditLog.id, BigInt(id)))));
  }
  const rows = await exec
    .select()
    .from(auditLog)
    .where(and(...conditions))
    // NULLS LAST as audit_log_at_idx is built (drizzle's .desc()); plain DESC means NULLS FIRST, which that
    // index cannot give, so the list would sort the whole scope. Both columns are NOT NULL: same rows.
    .orderBy(sql`${auditLog.at} desc nulls last`, sql`${auditLog.id} desc nulls last`)
    .limit(limit + 1);
  return pageOf(
    rows,
    limit,
    (r): AuditEntry => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actorType: r.actorType as ActorType,
      actorId: r.actorId,
      actorName: r.actorName,
      orgId: r.orgId,
      action: r.action,
      recordType: r.recordType,
      recordId: r.recordId,
      ip: r.ip,
      requestId: r.requestId,
      before: r.before,
      after: r.after,
    }),
    (r) => [r.at.toISOString(), String(r.id)],
  );
}
