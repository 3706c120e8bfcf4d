import type { Application, ApplicationCreate, ApplicationQuery, ApplicationUpdate, HomeVisitInput } from '@bangfu/shared/applications';
import { checkIdNumber } from '@bangfu/shared/id-number';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { ConflictError, NotFoundError, RuleViolationError, ValidationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import type { FieldCrypto } from '../../lib/field-crypto';
import { findOrg } from '../orgs/orgs.repo';
import { findFile, nextFileSeq } from '../hardship-files/hardship-files.repo';
import { createApplicationWriter } from './application-writer';
import * as repo from './applications.repo';
import { allowedActions } from './decisions.service';
import { isWithdrawable, planFor } from './workflow';

interface Deps {
  db: Database;
  clock: Clock;
  crypto: FieldCrypto;
}

const EDITABLE = ['draft', 'returned'];

export function createApplicationsService({ db, clock, crypto }: Deps) {
  const w = createApplicationWriter(clock);

  async function full(exec: Executor, ctx: RequestContext, id: string): Promise<Application> {
    const app = await repo.findApplication(exec, ctx.scope, id);
    if (!app) throw new NotFoundError('Application');
    const steps = await repo.listSteps(exec, id);
    const visits = await repo.listVisits(exec, id);
    return {
      ...repo.toSummary(app),
      reason: app.reason,
      channel: app.channel,
      plan: app.plan as Application['plan'],
      createdBy: app.createdByName,
      aidRecordId: app.aidRecordId,
      homeVisits: visits.map((v) => ({
        id: v.id,
        visitedOn: v.visitedOn,
        visitors: v.visitors,
        findings: v.findings,
        consentSigned: v.consentSigned,
        attachmentIds: v.attachmentIds,
        recordedBy: v.recordedByName,
        createdAt: v.createdAt.toISOString(),
      })),
      timeline: steps.map((s) => ({
        id: String(s.id),
        at: s.at.toISOString(),
        actorName: s.actorName,
        actorRole: s.actorRole,
        actorOrg: s.actorOrg,
        step: s.step,
        action: s.action,
        fromState: s.fromState,
        toState: s.toState,
        opinion: s.opinion,
      })),
      allowedActions: allowedActions(ctx, app, visits.length > 0),
    };
  }

  const actor = (ctx: RequestContext, role: string | null = null) => ({ ctx, name: ctx.principal.name, role });
  const writerRole = (ctx: RequestContext) => ctx.principal.roles.find((r) => r === 'grassroots_operator' || r === 'grassroots_chair') ?? null;

  return {
    get: (ctx: RequestContext, id: string) => full(db, ctx, id),
    async list(ctx: RequestContext, { orgId, ...query }: ApplicationQuery) {
      let orgPath: string | null = null;
      if (orgId) {
        const org = await findOrg(db, ctx.scope, orgId);
        if (!org) throw new NotFoundError('Organisation', '/querystring/orgId');
        orgPath = org.path;
      }
      return repo.listApplications(db, ctx.scope, query, { orgPath });
    },

    /** A draft: aid needs an approved (formal) file — 先建档、后帮扶 — except temporary aid. */
    async create(ctx: RequestContext, body: ApplicationCreate): Promise<Application> {
      const needsAid = body.kind === 'aid' || body.kind === 'temporary_aid';
      if (needsAid && (!body.aidType || body.amountFen === undefined)) {
        throw ValidationError.field(body.aidType ? '/body/amountFen' : '/body/aidType', 'is required for an aid application');
      }
      if (body.kind === 'temporary_aid' && body.aidType !== 'temporary') throw ValidationError.field('/body/aidType', 'must be temporary for temporary aid');
      if (body.kind === 'aid' && body.aidType === 'temporary') throw ValidationError.field('/body/kind', 'use kind temporary_aid for temporary aid');
      if (!needsAid && (body.aidType || body.amountFen !== undefined)) throw ValidationError.field('/body/aidType', `a ${body.kind} application carries no aid`);
      const id = randomUUID();
      await db.transaction(async (tx) => {
        let orgId: string;
        let applicantName: string;
        let applicant: { applicantIdEnc?: string; applicantIdHash?: string; applicantPhoneEnc?: string | null } = {};
        let fileId: string | null = null;
        if (body.fileId) {
          const file = await findFile(tx, ctx.scope, body.fileId);
          if (!file) throw new NotFoundError('Hardship file', '/body/fileId');
          if (body.kind === 'new_file' && file.status !== 'temporary') throw new RuleViolationError('Only a temporary file can be applied for', 'FILE_NOT_TEMPORARY', '/body/fileId');
          if ((body.kind === 'aid' || body.kind === 'file_update') && file.status !== 'formal') {
            throw new RuleViolationError('Aid follows the file: the household needs an approved (formal) file first (先建档、后帮扶)', 'FILE_NOT_FORMAL', '/body/fileId');
          }
          if (body.kind === 'temporary_aid' && (file.status === 'exited' || file.status === 'cancelled')) {
            throw new RuleViolationError(`The file is ${file.status}`, 'FILE_CLOSED', '/body/fileId');
          }
          orgId = file.orgId;
          applicantName = file.headName;
          fileId = file.id;
        } else {
          if (body.kind !== 'temporary_aid') throw ValidationError.field('/body/fileId', 'is required unless the application is for temporary aid');
          if (!body.applicant) throw ValidationError.field('/body/applicant', 'temporary aid without a file needs the applicant');
          if (!body.orgId) throw ValidationError.field('/body/orgId', 'temporary aid without a file needs the organisation');
          const org = await findOrg(tx, ctx.scope, body.orgId);
          if (!org) throw new NotFoundError('Organisation', '/body/orgId');
          const check = checkIdNumber(body.applicant.idNumber, localDay(clock()));
          if (!check.ok) {
            throw new ValidationError(`ID number fails the ${check.rule} check: ${check.message}`, [
              { field: '/body/applicant/idNumber', message: `${check.rule}: ${check.message}`, rule: check.rule },
            ]);
          }
          orgId = org.id;
          applicantName = body.applicant.name;
          applicant = {
            applicantIdEnc: crypto.encrypt(check.normalized),
            applicantIdHash: crypto.hash(`resident:${check.normalized}`),
            applicantPhoneEnc: body.applicant.phone ? crypto.encrypt(body.applicant.phone) : null,
          };
        }
        if (body.kind === 'temporary_aid' && body.applicant?.selfCaused) {
          throw new RuleViolationError('Self-caused hardship (gambling, drugs, fights) is excluded from temporary aid', 'SELF_CAUSED', '/body/applicant/selfCaused');
        }
        const org = (await findOrg(tx, ctx.scope, orgId))!;
        const year = localDay(clock()).slice(0, 4);
        const seq = await nextFileSeq(tx, `app-${org.divisionCode}-${year}`);
        const now = clock();
        await repo.insertApplication(tx, {
          id,
          applicationNo: `SQ${org.divisionCode}${year}${String(seq).padStart(6, '0')}`,
          kind: body.kind,
          aidType: body.aidType ?? null,
          amountFen: body.amountFen ?? null,
          reason: body.reason,
          channel: body.channel ?? null,
          state: 'draft',
          plan: [],
          orgId,
          fileId,
          applicantName,
          ...applicant,
          createdByName: ctx.principal.name,
          createdBy: ctx.principal.kind === 'user' ? ctx.principal.id : null,
          createdAt: now,
          updatedAt: now,
        });
        await repo.appendStep(tx, { applicationId: id, at: now, actorId: ctx.principal.id, actorName: ctx.principal.name, actorRole: writerRole(ctx), actorOrg: ctx.principal.org.name, action: 'create', toState: 'draft' });
      });
      return full(db, ctx, id);
    },

    async update(ctx: RequestContext, id: string, body: ApplicationUpdate): Promise<Application> {
      await db.transaction(async (tx) => {
        const app = await w.lock(tx, ctx, id);
        if (!EDITABLE.includes(app.state)) throw new ConflictError(`A ${app.state} application cannot be edited`, 'NOT_EDITABLE');
        if (body.amountFen !== undefined && app.amountFen === null) throw ValidationError.field('/body/amountFen', 'this application carries no aid');
        await repo.updateApplication(tx, id, { ...body, updatedAt: clock() });
      });
      return full(db, ctx, id);
    },

    /** draft or returned → the first step of the org's workflow, fixed now for this application. */
    async submit(ctx: RequestContext, id: string): Promise<Application> {
      await db.transaction(async (tx) => {
        const app = await w.lock(tx, ctx, id);
        if (!EDITABLE.includes(app.state)) throw new ConflictError(`A ${app.state} application cannot be submitted`, 'INVALID_TRANSITION');
        const plan = planFor(await repo.effectiveWorkflow(tx, app.orgPath));
        await w.move(tx, actor(ctx, writerRole(ctx)), app, plan[0]!, app.state === 'returned' ? 'resubmit' : 'submit', { values: { plan, noticeBatchId: null } });
      });
      return full(db, ctx, id);
    },

    /** 撤回: only while the application is still with the grassroots (before the upper review; see WITHDRAWABLE). */
    async withdraw(ctx: RequestContext, id: string, opinion?: string): Promise<Application> {
      await db.transaction(async (tx) => {
        const app = await w.lock(tx, ctx, id);
        if (!isWithdrawable(app.state)) {
          throw new ConflictError(
            app.state === 'notice'
              ? 'The application is under public notice: nothing moves until its window closes with no open objection'
              : `A ${app.state} application cannot be withdrawn: withdrawal is possible only before the upper review (draft, returned, grassroots review, home visit, economic check)`,
            app.state === 'notice' ? 'NOTICE_IN_PROGRESS' : 'NOT_WITHDRAWABLE',
          );
        }
        await w.move(tx, actor(ctx, writerRole(ctx)), app, 'withdrawn', 'withdraw', { opinion: opinion ?? null });
      });
      return full(db, ctx, id);
    },

    /** 入户核实: recorded while the application waits at the home visit. */
    async recordVisit(ctx: RequestContext, id: string, body: HomeVisitInput): Promise<Application> {
      await db.transaction(async (tx) => {
        const app = await w.lock(tx, ctx, id);
        if (app.state !== 'home_visit') throw new ConflictError('A home visit is recorded while the application waits at the home-visit step', 'INVALID_TRANSITION');
        if (body.visitedOn > localDay(clock())) throw ValidationError.field('/body/visitedOn', 'cannot be in the future');
        await repo.insertVisit(tx, { applicationId: id, ...body, attachmentIds: body.attachmentIds ?? [], recordedByName: ctx.principal.name, createdAt: clock() });
        await repo.appendStep(tx, { applicationId: id, at: clock(), actorId: ctx.principal.id, actorName: ctx.principal.name, actorRole: writerRole(ctx), actorOrg: ctx.principal.org.name, step: 'home_visit', action: 'visit', fromState: app.state, toState: app.state, opinion: body.findings });
        await repo.updateApplication(tx, id, { updatedAt: clock() });
      });
      return full(db, ctx, id);
    },
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
