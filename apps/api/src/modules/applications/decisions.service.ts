import type { Application, DecisionBody, ReviewStep } from '@bangfu/shared/applications';
import type { Role } from '@bangfu/shared/roles';
import type { RequestContext } from '../../access/context';
import type { Database } from '../../db/client';
import { ConflictError, ForbiddenError, RuleViolationError, ValidationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import { createApplicationWriter } from './application-writer';
import * as repo from './applications.repo';
import { applyApproval, assertApproverLevel, assertFileReady, assertWithinCaps } from './approval';
import { isReviewStep, isWithdrawable, nextState, STEP_PLACEMENT, STEP_ROLES } from './workflow';

/** The role with which the caller may decide `step` of this application, or null. */
export function authorityFor(ctx: RequestContext, app: Pick<repo.ApplicationRow, 'orgPath'>, step: ReviewStep): Role | null {
  if (!ctx.principal.permissions.has('application:decide')) return null;
  const role = STEP_ROLES[step].find((r) => ctx.principal.roles.includes(r));
  if (!role) return null;
  if (STEP_PLACEMENT[step] === 'strictly_above' && !ctx.scope.isStrictlyBelow(app.orgPath)) return null;
  return role;
}

/** What the caller may do with the application now (for the buttons; every action re-checks). */
export function allowedActions(ctx: RequestContext, app: repo.ApplicationRow, hasVisit: boolean): string[] {
  const out: string[] = [];
  const write = ctx.principal.permissions.has('application:write');
  if (write && (app.state === 'draft' || app.state === 'returned')) out.push('edit', 'submit', 'withdraw');
  if (write && isReviewStep(app.state) && isWithdrawable(app.state)) out.push('withdraw');
  if (app.state === 'home_visit' && write) out.push('visit');
  if (isReviewStep(app.state) && app.state !== 'notice' && authorityFor(ctx, app, app.state)) {
    if (app.state !== 'home_visit' || hasVisit) out.push('pass');
    out.push('return', 'reject');
  }
  return out;
}

export function createDecisionsService({ db, clock }: { db: Database; clock: Clock }) {
  const w = createApplicationWriter(clock);

  return {
    /** Decides the current step: pass, return (退回补正) or reject, strictly in order and by its role. */
    async decide(ctx: RequestContext, id: string, body: DecisionBody, load: (id: string) => Promise<Application>): Promise<Application> {
      await db.transaction(async (tx) => {
        const app = await w.lock(tx, ctx, id);
        const current = app.state;
        if (current === 'notice') {
          throw new ConflictError('The application is under public notice: nothing moves until its window closes with no open objection', 'NOTICE_IN_PROGRESS');
        }
        if (!isReviewStep(current)) throw new ConflictError(`A ${current} application has no step to decide`, 'INVALID_TRANSITION');
        const plan = app.plan as ReviewStep[];
        const laterSteps = plan.slice(plan.indexOf(current) + 1);
        if (body.step && body.step !== current) {
          const early = laterSteps.includes(body.step);
          throw new ConflictError(
            early ? `Step ${current} has not been decided yet: ${body.step} comes later` : `Step ${body.step} is not the current step (${current})`,
            early ? 'OUT_OF_ORDER' : 'NOT_CURRENT_STEP',
            '/body/step',
          );
        }
        const role = authorityFor(ctx, app, current);
        if (!role) {
          if (laterSteps.some((s) => authorityFor(ctx, app, s))) {
            throw new ConflictError(`Step ${current} must be decided by the lower level first`, 'OUT_OF_ORDER');
          }
          throw new ForbiddenError(`Step ${current} is decided by ${STEP_ROLES[current].join(' or ')}${STEP_PLACEMENT[current] === 'strictly_above' ? ' of a higher organisation' : ''}`);
        }
        if (body.decision !== 'pass' && !body.opinion?.trim()) throw ValidationError.field('/body/opinion', `an opinion is required to ${body.decision}`);
        if (body.decision === 'return') {
          await w.move(tx, { ctx, name: ctx.principal.name, role }, app, 'returned', 'return', { step: current, opinion: body.opinion ?? null });
          return;
        }
        if (body.decision === 'reject') {
          await w.move(tx, { ctx, name: ctx.principal.name, role }, app, 'rejected', 'reject', { step: current, opinion: body.opinion ?? null });
          return;
        }
        const visits = await repo.listVisits(tx, id);
        if (current === 'home_visit' && visits.length === 0) throw new RuleViolationError('Record the home visit first', 'VISIT_MISSING');
        const next = nextState(plan, current);
        if (next === 'notice' && !visits.some((v) => v.consentSigned)) {
          throw new RuleViolationError('The signed consent to economic checks (授权委托书) is required before the public notice', 'CONSENT_MISSING');
        }
        if (current === 'approval') {
          await assertApproverLevel(tx, ctx, app);
          assertFileReady(app);
          await assertWithinCaps(tx, app, localDay(clock()));
        }
        const values = current === 'recheck' ? { noticeBatchId: null } : {};
        if (next === 'approved') {
          const { aidRecordId } = await applyApproval(tx, app, clock());
          Object.assign(values, { aidRecordId });
        }
        await w.move(tx, { ctx, name: ctx.principal.name, role }, app, next, 'pass', { step: current, opinion: body.opinion ?? null, values });
      });
      return load(id);
    },
  };
}

export type DecisionsService = ReturnType<typeof createDecisionsService>;
