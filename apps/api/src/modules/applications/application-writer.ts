import type { Application, ReviewStep } from '@bangfu/shared/applications';
import type { RequestContext } from '../../access/context';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { audit } from '../audit/audit';
import * as repo from './applications.repo';

/** Moving an application between states: one row update, one timeline entry, one audit entry. */
export function createApplicationWriter(clock: Clock) {
  async function lock(tx: Executor, ctx: RequestContext, id: string) {
    const app = await repo.findApplication(tx, ctx.scope, id, true);
    if (!app) throw new NotFoundError('Application');
    return app;
  }

  async function move(
    tx: Executor,
    actor: { ctx?: RequestContext; name: string; role?: string | null },
    app: repo.ApplicationRow,
    to: string,
    action: string,
    opts: { step?: ReviewStep | null; opinion?: string | null; values?: Parameters<typeof repo.updateApplication>[2] } = {},
  ) {
    const now = clock();
    await repo.updateApplication(tx, app.id, { ...opts.values, state: to, updatedAt: now });
    await repo.appendStep(tx, {
      applicationId: app.id,
      at: now,
      actorId: actor.ctx?.principal.id ?? null,
      actorName: actor.name,
      actorRole: actor.role ?? null,
      actorOrg: actor.ctx?.principal.org.name ?? null,
      step: opts.step ?? null,
      action,
      fromState: app.state,
      toState: to,
      opinion: opts.opinion ?? null,
    });
    if (actor.ctx) {
      await audit(tx, actor.ctx, {
        action: `application.${action}`,
        recordType: 'application',
        recordId: app.id,
        orgId: app.orgId,
        before: { state: app.state },
        after: { state: to, ...(opts.opinion ? { opinion: opts.opinion } : {}) },
      });
    }
  }

  return { lock, move };
}

export type ApplicationWriter = ReturnType<typeof createApplicationWriter>;
export type { Application };
