import type { RequestContext, RequestOrigin } from '../../access/context';
import type { Executor } from '../../db/client';
import { appendAudit, type NewAuditEntry } from './audit.repo';

type What = Pick<NewAuditEntry, 'action' | 'recordType' | 'recordId' | 'orgId' | 'before' | 'after'>;

/** Writes one audit entry for the calling principal, inside the caller's transaction. */
export function audit(exec: Executor, ctx: Pick<RequestContext, 'principal' | 'ip' | 'requestId'>, what: What): Promise<void> {
  return appendAudit(exec, {
    ...what,
    actorType: ctx.principal.kind,
    actorId: ctx.principal.id,
    actorName: ctx.principal.name,
    ip: ctx.ip,
    requestId: ctx.requestId,
  });
}

/** For events before anyone is authenticated (failed logins). */
export function auditAnonymous(exec: Executor, origin: RequestOrigin, actorName: string, what: What): Promise<void> {
  return appendAudit(exec, {
    ...what,
    actorType: 'anonymous',
    actorId: null,
    actorName,
    ip: origin.ip,
    requestId: origin.requestId,
  });
}
