import { maskName } from '@bangfu/shared/masks';
import type { NoticeBatch, NoticeBatchCreate, NoticeBatchOrgs, NoticeItemPage, NoticeItemQuery, ObjectionPage, ObjectionQuery, Ruling } from '@bangfu/shared/notices';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { applications, homeVisits, noticeBatches, noticeItems, objections } from '../../db/schema/index';
import { ConflictError, NotFoundError, RuleViolationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { randomToken } from '../../lib/secrets';
import { createApplicationWriter } from '../applications/application-writer';
import * as appRepo from '../applications/applications.repo';
import { applyApproval } from '../applications/approval';
import { nextState } from '../applications/workflow';
import type { ReviewStep } from '@bangfu/shared/applications';
import { audit } from '../audit/audit';
import { appendAudit } from '../audit/audit.repo';
import { SYSTEM_SCOPE } from '../../access/scope';
import { findOrg } from '../orgs/orgs.repo';
import { campaignNoticeClosed } from '../aid-campaigns/aid-campaigns.repo';
import { clearPendingInBulk, closesInBulk, recheckPendingInBulk } from './notice-bulk';
import * as repo from './notices.repo';

const DAY = 86_400_000;

/**
 * 公示: a batch gathers applications waiting at the notice step, is published for a window, takes
 * objections, and — once the window has closed with every objection ruled — moves its items on together.
 */
export function createNoticesService({ db, clock }: { db: Database; clock: Clock }) {
  const w = createApplicationWriter(clock);

  async function mustFind(exec: Executor, ctx: RequestContext, id: string, forUpdate = false) {
    const batch = await repo.findBatch(exec, ctx.scope, id, forUpdate);
    if (!batch) throw new NotFoundError('Notice batch');
    return batch;
  }

  /** The batch with its counts: never its items or objections, which are paged (a batch may hold 100,000). */
  async function full(exec: Executor, ctx: RequestContext, id: string): Promise<NoticeBatch> {
    const b = await mustFind(exec, ctx, id);
    // One after the other: `exec` may be a single connection (a transaction, or a one-client pool).
    const counts = await repo.itemCounts(exec, id);
    const objectionCounts = await repo.objectionCounts(exec, id);
    const { nextPosition: _, ...itemCounts } = counts;
    return { ...summary(b), itemCounts, objectionCounts };
  }

  return {
    get: (ctx: RequestContext, id: string) => full(db, ctx, id),

    /** The batch's items in notice order, a page at a time, filtered by org, search or state, within my subtree. */
    async items(ctx: RequestContext, id: string, query: NoticeItemQuery): Promise<NoticeItemPage> {
      await mustFind(db, ctx, id);
      const page = await repo.itemsPage(db, id, query, ctx.scope);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((r) => ({
          id: r.id,
          applicationId: r.application_id,
          maskedName: r.masked_name,
          unit: r.unit,
          category: r.category,
          aidType: r.aid_type,
          amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
          state: r.state as 'pending' | 'cleared' | 'recheck',
          openObjections: Number(r.open_objections),
        })),
      };
    },

    async orgs(ctx: RequestContext, id: string): Promise<NoticeBatchOrgs> {
      await mustFind(db, ctx, id);
      return { items: await repo.batchOrgs(db, id, ctx.scope) };
    },

    async objections(ctx: RequestContext, id: string, query: ObjectionQuery): Promise<ObjectionPage> {
      await mustFind(db, ctx, id);
      const page = await repo.objectionsPage(db, id, query);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((o) => ({
          id: o.id,
          itemId: o.item_id,
          itemName: o.item_name,
          content: o.content,
          contact: o.contact,
          anonymous: !o.contact,
          createdAt: new Date(o.created_at).toISOString(),
          outcome: o.outcome as 'sustained' | 'dismissed' | null,
          ruling: o.ruling,
          ruledBy: o.ruled_by_name,
          ruledAt: o.ruled_at === null ? null : new Date(o.ruled_at).toISOString(),
        })),
      };
    },
    list: async (ctx: RequestContext) => ({ items: (await repo.listBatches(db, ctx.scope)).map(summary) }),

    async create(ctx: RequestContext, body: NoticeBatchCreate) {
      const id = await db.transaction(async (tx) => {
        const org = await findOrg(tx, ctx.scope, body.orgId);
        if (!org) throw new NotFoundError('Organisation', '/body/orgId');
        const windowDays = body.windowDays ?? (await appRepo.effectiveWorkflow(tx, org.path)).noticeDays;
        const [row] = await tx
          .insert(noticeBatches)
          .values({ orgId: org.id, title: body.title, state: 'draft', windowDays, objectionContact: body.objectionContact, createdByName: ctx.principal.name, createdAt: clock(), updatedAt: clock() })
          .returning({ id: noticeBatches.id });
        await audit(tx, ctx, { action: 'notice.create', recordType: 'notice_batch', recordId: row!.id, orgId: org.id, after: { title: body.title, windowDays } });
        return row!.id;
      });
      return full(db, ctx, id);
    },

    /** Adds applications waiting at the notice step, below the batch's org, with consent signed. */
    async addItems(ctx: RequestContext, id: string, applicationIds: string[]) {
      await db.transaction(async (tx) => {
        const batch = await mustFind(tx, ctx, id, true);
        if (batch.state !== 'draft') throw new ConflictError('Items are added before the batch is published', 'BATCH_PUBLISHED');
        let position = (await repo.itemCounts(tx, id)).nextPosition;
        for (const [i, appId] of applicationIds.entries()) {
          const field = `/body/applicationIds/${i}`;
          const app = await appRepo.findApplication(tx, ctx.scope, appId, true);
          if (!app || !app.orgPath.startsWith(batch.orgPath)) throw new NotFoundError('Application', field);
          if (app.state !== 'notice') throw new ConflictError(`Application ${app.applicationNo} is not waiting for the notice (it is ${app.state})`, 'NOT_AT_NOTICE', field);
          if (app.noticeBatchId) throw new ConflictError(`Application ${app.applicationNo} is in a notice batch already`, 'ALREADY_IN_BATCH', field);
          const [consent] = await tx.select({ id: homeVisits.id }).from(homeVisits).where(and(eq(homeVisits.applicationId, appId), eq(homeVisits.consentSigned, true))).limit(1);
          if (!consent) throw new RuleViolationError(`Application ${app.applicationNo} has no signed consent`, 'CONSENT_MISSING', field);
          await tx.insert(noticeItems).values({
            batchId: id,
            applicationId: appId,
            orgId: app.orgId,
            maskedName: maskName(app.applicantName),
            unit: app.orgName,
            category: app.category,
            aidType: app.aidType,
            amountFen: app.amountFen,
            state: 'pending',
            position: position++,
          });
          await tx.update(applications).set({ noticeBatchId: id, updatedAt: clock() }).where(eq(applications.id, appId));
          await appRepo.appendStep(tx, { applicationId: appId, at: clock(), actorId: ctx.principal.id, actorName: ctx.principal.name, actorOrg: ctx.principal.org.name, step: 'notice', action: 'notice_added', fromState: 'notice', toState: 'notice', opinion: batch.title });
        }
      });
      return full(db, ctx, id);
    },

    async publish(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const batch = await mustFind(tx, ctx, id, true);
        if (batch.state !== 'draft') throw new ConflictError('The batch is published already', 'BATCH_PUBLISHED');
        if ((await repo.itemCounts(tx, id)).total === 0) throw new RuleViolationError('Add at least one item before publishing', 'BATCH_EMPTY');
        const now = clock();
        await tx
          .update(noticeBatches)
          .set({ state: 'published', publicToken: randomToken(24), publishedAt: now, closesAt: new Date(now.getTime() + batch.windowDays * DAY), updatedAt: now })
          .where(eq(noticeBatches.id, id));
        await audit(tx, ctx, { action: 'notice.publish', recordType: 'notice_batch', recordId: id, orgId: batch.orgId });
      });
      return full(db, ctx, id);
    },

    /** A written ruling; a sustained objection sends its item's application to recheck (复核). */
    async rule(ctx: RequestContext, id: string, objectionId: string, body: Ruling) {
      await db.transaction(async (tx) => {
        const batch = await mustFind(tx, ctx, id, true);
        const [obj] = await tx.select().from(objections).where(and(eq(objections.id, objectionId), eq(objections.batchId, id))).for('update');
        if (!obj) throw new NotFoundError('Objection');
        if (obj.outcome) throw new ConflictError('The objection has a ruling already', 'ALREADY_RULED');
        await tx.update(objections).set({ outcome: body.outcome, ruling: body.ruling, ruledByName: ctx.principal.name, ruledAt: clock() }).where(eq(objections.id, objectionId));
        let recheck: number | undefined;
        if (body.outcome === 'sustained' && !obj.itemId && (await closesInBulk(tx, id))) {
          // An objection to a whole campaign batch (or a large one): every pending item at once, set-based,
          // summed up in the ruling's audit entry.
          const actor = { id: ctx.principal.id, name: ctx.principal.name, org: ctx.principal.org.name };
          recheck = await recheckPendingInBulk(tx, id, actor, body.ruling, clock());
        } else if (body.outcome === 'sustained') {
          const itemIds = obj.itemId ? [obj.itemId] : (await repo.itemsOf(tx, id)).filter((r) => r.item.state === 'pending').map((r) => r.item.id);
          if (itemIds.length) {
            const items = await tx.update(noticeItems).set({ state: 'recheck' }).where(inArray(noticeItems.id, itemIds)).returning({ applicationId: noticeItems.applicationId });
            for (const { applicationId } of items) {
              const app = (await appRepo.findApplication(tx, ctx.scope, applicationId, true))!;
              await w.move(tx, { ctx, name: ctx.principal.name }, app, 'recheck', 'objection_sustained', { step: 'notice', opinion: body.ruling, values: { noticeBatchId: null } });
            }
          }
        }
        await audit(tx, ctx, { action: 'notice.rule_objection', recordType: 'notice_batch', recordId: id, orgId: batch.orgId, after: { objectionId, outcome: body.outcome, ...(recheck === undefined ? {} : { recheck }) } });
      });
      return full(db, ctx, id);
    },

    /** After the window, with every objection ruled: the pending items move on together. */
    async close(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const batch = await mustFind(tx, ctx, id, true);
        await closeInTx(tx, batch, { ctx, name: ctx.principal.name });
      });
      return full(db, ctx, id);
    },

    /**
     * The sweep: closes every published batch whose window has ended with no open objection, as the
     * system. Safe with several API processes (rows are claimed with SKIP LOCKED).
     */
    async closeExpired(): Promise<number> {
      const now = clock();
      const due = await db
        .select({ id: noticeBatches.id })
        .from(noticeBatches)
        .where(and(eq(noticeBatches.state, 'published'), lte(noticeBatches.closesAt, now), sql`not exists (select 1 from objections o where o.batch_id = ${noticeBatches.id} and o.outcome is null)`))
        .limit(50);
      let closed = 0;
      for (const { id } of due) {
        closed += await db.transaction(async (tx) => {
          const [row] = await tx.select({ id: noticeBatches.id }).from(noticeBatches).where(and(eq(noticeBatches.id, id), eq(noticeBatches.state, 'published'))).for('update', { skipLocked: true });
          if (!row) return 0;
          const batch = (await repo.findBatch(tx, SYSTEM_SCOPE, id))!;
          await closeInTx(tx, batch, { name: 'system' });
          return 1;
        });
      }
      return closed;
    },
  };

  async function closeInTx(tx: Executor, batch: repo.BatchRow, actor: { ctx?: RequestContext; name: string }) {
    if (batch.state !== 'published') throw new ConflictError(`A ${batch.state} batch cannot be closed`, 'INVALID_TRANSITION');
    const now = clock();
    if (batch.closesAt && now < batch.closesAt) {
      throw new ConflictError(`The notice window is open until ${batch.closesAt.toISOString()}`, 'NOTICE_WINDOW_OPEN');
    }
    const open = await repo.openObjectionCount(tx, batch.id);
    if (open > 0) throw new ConflictError(`${open} objection(s) still need a written ruling`, 'OBJECTIONS_PENDING');
    let cleared: number;
    const bulk = await closesInBulk(tx, batch.id);
    if (bulk) {
      // A campaign's batch or a large one: the same moves, set-based (one summary audit entry).
      cleared = await clearPendingInBulk(tx, batch.id, { id: actor.ctx?.principal.id ?? null, name: actor.name, org: actor.ctx?.principal.org.name ?? null }, now);
    } else {
      const pending = (await repo.itemsOf(tx, batch.id)).filter((r) => r.item.state === 'pending');
      for (const { item } of pending) {
        const app = (await appRepo.findApplication(tx, SYSTEM_SCOPE, item.applicationId, true))!;
        const next = nextState(app.plan as ReviewStep[], 'notice');
        const values: Record<string, unknown> = {};
        if (next === 'approved') values.aidRecordId = (await applyApproval(tx, app, now)).aidRecordId;
        await w.move(tx, actor, app, next, 'notice_cleared', { step: 'notice', values });
      }
      cleared = pending.length;
    }
    await tx.update(noticeItems).set({ state: 'cleared' }).where(and(eq(noticeItems.batchId, batch.id), eq(noticeItems.state, 'pending')));
    await tx.update(noticeBatches).set({ state: 'closed', closedAt: now, updatedAt: now }).where(eq(noticeBatches.id, batch.id));
    await campaignNoticeClosed(tx, batch.id, now);
    const what = { action: 'notice.close', recordType: 'notice_batch', recordId: batch.id, orgId: batch.orgId, after: { cleared, ...(bulk ? { bulk: true } : {}) } };
    if (actor.ctx) await audit(tx, actor.ctx, what);
    else await appendAudit(tx, { ...what, actorType: 'system', actorId: null, actorName: 'system', ip: null, requestId: null });
  }
}

function summary(b: repo.BatchRow | (typeof noticeBatches.$inferSelect & { orgName: string })) {
  return {
    id: b.id,
    orgId: b.orgId,
    orgName: b.orgName,
    title: b.title,
    state: b.state as 'draft' | 'published' | 'closed',
    windowDays: b.windowDays,
    publicToken: b.publicToken,
    publishedAt: b.publishedAt?.toISOString() ?? null,
    closesAt: b.closesAt?.toISOString() ?? null,
    closedAt: b.closedAt?.toISOString() ?? null,
    objectionContact: b.objectionContact,
    createdAt: b.createdAt.toISOString(),
  };
}

export type NoticesService = ReturnType<typeof createNoticesService>;
