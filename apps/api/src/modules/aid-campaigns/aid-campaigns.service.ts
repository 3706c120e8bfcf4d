import {
  type AidCampaign,
  type AidCampaignQuery,
  type CampaignAmounts,
  type CampaignProgress,
  type CampaignCancelInput,
  type CampaignCreate,
  type CampaignDraft,
  type CampaignHouseholdQuery,
  type CampaignNoticeInput,
  type CampaignPreview,
  type CampaignRule,
  DEFAULT_CAMPAIGN_AID_TYPE,
} from '@bangfu/shared/aid-campaigns';
import type { AidType } from '@bangfu/shared/applications';
import { maskName } from '@bangfu/shared/masks';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import { can } from '../../access/principal';
import type { Database, Executor } from '../../db/client';
import { noticeBatches } from '../../db/schema/index';
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { analyze, bulkSettings } from '../../lib/bulk-sql';
import { localDay } from '../../lib/dates';
import { randomToken } from '../../lib/secrets';
import { effectiveWorkflow } from '../applications/applications.repo';
import { audit } from '../audit/audit';
import { findOrg } from '../orgs/orgs.repo';
import * as repo from './aid-campaigns.repo';
import { type CampaignRun, createCampaignPayer } from './campaign-pay';
import { createProgressBoard, liveProgress } from './campaign-progress';
import { capsInForce, insertSelected, previewRows, type Selection, studentPrices } from './campaign-selection';

const DAY = 86_400_000;

type Stored = { lastError?: { code: string; detail: string; at: string }; payResult?: AidCampaign['payResult'] };

/**
 * 送温暖 / 金秋助学 / custom campaigns: a rule picks households (set-based SQL), the selection is
 * materialised, one notice batch is created and published for all of them, and after the window the
 * approved households are paid as one all-or-nothing batch (see campaign-pay.ts).
 */
export function createAidCampaignsService({ db, clock, sharedProgress }: { db: Database; clock: Clock; sharedProgress: boolean }) {
  /** Batch payments running in this process: their progress is answered from here (see campaign-pay.ts). */
  const running = new Map<string, CampaignRun>();
  /** Runs of other processes: their progress is read from the database (PostgreSQL only; see campaign-progress.ts). */
  const board = createProgressBoard({ db, shared: sharedProgress });
  const payer = createCampaignPayer({ db, clock, running, board });

  function toCampaign(row: repo.CampaignRow, counts: AidCampaign['counts'], progress: CampaignProgress | null): AidCampaign {
    const stored = (row.progress ?? {}) as Stored;
    return {
      id: row.id,
      orgId: row.orgId,
      orgName: row.orgName,
      accountId: row.accountId,
      name: row.name,
      kind: row.kind as AidCampaign['kind'],
      year: row.year,
      aidType: row.aidType as AidType,
      rule: row.rule as CampaignRule,
      amounts: row.amounts as CampaignAmounts,
      state: row.state as AidCampaign['state'],
      noticeBatchId: row.noticeBatchId,
      selectedCount: row.selectedCount,
      totalFen: Number(row.totalFen),
      counts,
      progress,
      lastError: stored.lastError ?? null,
      payResult: stored.payResult ?? null,
      createdBy: row.createdByName,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async function mustFind(exec: Executor, ctx: RequestContext, id: string, lock: false | 'wait' | 'nowait' = false) {
    const row = await repo.findCampaign(exec, ctx.scope, id, lock);
    if (!row) throw new NotFoundError('Aid campaign');
    return row;
  }

  async function full(exec: Executor, ctx: RequestContext, id: string): Promise<AidCampaign> {
    const run = running.get(id);
    if (run && ctx.scope.contains(run.orgPath)) return { ...run.snapshot, progress: liveProgress(run.progress) };
    const row = await mustFind(exec, ctx, id);
    const progress = row.state === 'paying' ? ((await board.read(exec, [id])).get(id) ?? null) : null;
    return toCampaign(row, await repo.countsOf(exec, id), progress);
  }

  /** Checks a draft and resolves what the SQL needs: the org, the subtree, the aid type, the account. */
  async function resolve(exec: Executor, ctx: RequestContext, body: CampaignDraft & { accountId?: string | null }, needAccount: boolean) {
    const org = await findOrg(exec, ctx.scope, body.orgId);
    if (!org) throw new NotFoundError('Organisation', '/body/orgId');
    const aidType = resolveAidType(body);
    checkAmounts(body);
    let subtree = { id: org.id, path: org.path };
    if (body.rule.subOrgId) {
      const sub = await findOrg(exec, ctx.scope, body.rule.subOrgId);
      if (!sub || !sub.path.startsWith(org.path)) throw new NotFoundError(`Organisation inside ${org.name}`, '/body/rule/subOrgId');
      subtree = { id: sub.id, path: sub.path };
    }
    let account: repo.CampaignAccount | undefined;
    if (body.accountId) {
      account = await repo.findAccount(exec, ctx.scope, { id: body.accountId });
      if (!account) throw new NotFoundError('Fund account', '/body/accountId');
      if (!org.path.startsWith(account.orgPath)) {
        throw new RuleViolationError(`The account belongs to a union outside ${org.name}: pay from the campaign union's account or an ancestor's`, 'OUTSIDE_ACCOUNT', '/body/accountId');
      }
    } else {
      account = await repo.findAccount(exec, ctx.scope, { orgId: org.id });
      if (!account && needAccount) throw new RuleViolationError(`${org.name} has no special account (帮扶资金专户): open one or name one in accountId`, 'NO_ACCOUNT', '/body/accountId');
    }
    return { org, subtree, aidType, account: account ?? null };
  }

  async function buildPreview(exec: Executor, sel: Selection, org: { id: string; path: string; name: string }, scopeOrgId: string, account: repo.CampaignAccount | null): Promise<CampaignPreview> {
    const rows = await previewRows(exec, sel);
    const known = new Map((await repo.orgsByIds(exec, rows.byOrg.map((r) => r.orgId))).map((o) => [o.id, o]));
    const byOrg = rows.byOrg
      .map((r) => ({ ...r, org: known.get(r.orgId)! }))
      .sort((a, b) => (a.org.path < b.org.path ? -1 : a.org.path > b.org.path ? 1 : 0));
    // Roll up to the campaign org's direct children (the campaign org itself for its own households).
    const child = (path: string) => path.slice(org.path.length).split('/')[0] || org.id;
    const rolled = new Map<string, { households: number; totalFen: number }>();
    for (const r of byOrg) {
      const key = child(r.org.path);
      const t = rolled.get(key) ?? { households: 0, totalFen: 0 };
      rolled.set(key, { households: t.households + r.households, totalFen: t.totalFen + r.totalFen });
    }
    const childNames = new Map((await repo.orgsByIds(exec, [...rolled.keys()])).map((o) => [o.id, o.name]));
    const households = byOrg.reduce((s, r) => s + r.households, 0);
    const totalFen = byOrg.reduce((s, r) => s + r.totalFen, 0);
    const reason = (name: string) => rows.reasons.find((r) => r.reason === name)?.n ?? 0;
    return {
      orgId: org.id,
      scopeOrgId,
      year: sel.year,
      aidType: sel.aidType as AidType,
      households,
      students: studentPrices(sel) ? byOrg.reduce((s, r) => s + r.students, 0) : null,
      totalFen,
      byOrg: byOrg.map((r) => ({ orgId: r.orgId, orgName: r.org.name, households: r.households, totalFen: r.totalFen })),
      byChild: [...rolled].map(([id, t]) => ({ orgId: id, orgName: childNames.get(id) ?? id, ...t })),
      byRule: rows.byRule.sort((a, b) => b.totalFen - a.totalFen || a.ruleLabel.localeCompare(b.ruleLabel)),
      excluded: { notFormal: reason('not_formal'), alreadyInCampaign: reason('already_in_campaign'), fundedThisYear: reason('funded_this_year'), overCap: reason('over_cap') },
      account: account ? { id: account.id, balanceFen: account.balanceFen, sufficient: account.balanceFen >= totalFen, shortfallFen: Math.max(0, totalFen - account.balanceFen) } : null,
    };
  }

  /** The saved campaign's selection parameters. */
  async function selectionOf(exec: Executor, row: repo.CampaignRow): Promise<Selection> {
    const rule = row.rule as CampaignRule;
    let subtreePath = row.orgPath;
    if (rule.subOrgId) {
      const [sub] = await repo.orgsByIds(exec, [rule.subOrgId]);
      if (sub) subtreePath = sub.path;
    }
    return { subtreePath, campaignId: row.id, year: row.year, aidType: row.aidType, rule, amounts: row.amounts as CampaignAmounts, capsInForce: await capsInForce(exec, row.year, row.aidType) };
  }

  const actorOf = (ctx: RequestContext) => ({ id: ctx.principal.id, name: ctx.principal.name, org: ctx.principal.org.name });

  return {
    async list(ctx: RequestContext, query: AidCampaignQuery) {
      const page = await repo.listCampaigns(db, ctx.scope, query);
      const stored = await board.read(db, page.rows.filter((r) => r.state === 'paying' && !running.has(r.id)).map((r) => r.id));
      return {
        items: page.rows.map((r) => {
          const run = running.get(r.id);
          const progress = run ? liveProgress(run.progress) : r.state === 'paying' ? (stored.get(r.id) ?? null) : null;
          const { counts: _counts, ...rest } = toCampaign(run ? { ...r, state: 'paying' } : r, null, progress);
          return rest;
        }),
        nextCursor: page.nextCursor,
      };
    },

    get: (ctx: RequestContext, id: string) => full(db, ctx, id),

    /** A rule's counts and totals without saving anything. */
    async previewDraft(ctx: RequestContext, body: CampaignDraft): Promise<CampaignPreview> {
      return db.transaction(async (tx) => {
        await bulkSettings(tx);
        const r = await resolve(tx, ctx, body, false);
        const sel: Selection = { subtreePath: r.subtree.path, campaignId: null, year: body.year, aidType: r.aidType, rule: body.rule, amounts: body.amounts, capsInForce: await capsInForce(tx, body.year, r.aidType) };
        return buildPreview(tx, sel, r.org, r.subtree.id, r.account);
      });
    },

    /** The saved rule's counts and totals now (households already in the campaign are counted as excluded). */
    async preview(ctx: RequestContext, id: string): Promise<CampaignPreview> {
      return db.transaction(async (tx) => {
        await bulkSettings(tx);
        const row = await mustFind(tx, ctx, id);
        const sel = await selectionOf(tx, row);
        const account = row.accountId ? await repo.findAccount(tx, ctx.scope, { id: row.accountId }) : undefined;
        const rule = row.rule as CampaignRule;
        return buildPreview(tx, sel, { id: row.orgId, path: row.orgPath, name: row.orgName }, rule.subOrgId ?? row.orgId, account ?? null);
      });
    },

    async create(ctx: RequestContext, body: CampaignCreate): Promise<AidCampaign> {
      const id = await db.transaction(async (tx) => {
        const r = await resolve(tx, ctx, body, true);
        const now = clock();
        const campaignId = await repo.insertCampaign(tx, {
          orgId: r.org.id,
          accountId: r.account!.id,
          name: body.name,
          kind: body.kind,
          year: body.year,
          aidType: r.aidType,
          rule: body.rule,
          amounts: body.amounts,
          state: 'draft',
          createdByName: ctx.principal.name,
          createdAt: now,
          updatedAt: now,
        });
        await audit(tx, ctx, { action: 'aid_campaign.create', recordType: 'aid_campaign', recordId: campaignId, orgId: r.org.id, after: { name: body.name, kind: body.kind, year: body.year, aidType: r.aidType, rule: body.rule, amounts: body.amounts } });
        return campaignId;
      });
      return full(db, ctx, id);
    },

    /**
     * Materialises the households the rule selects now (dedupe by file; may run again while selected
     * to add households that became eligible). Campaigns of one year and aid type select one at a
     * time, so two campaigns cannot both take a household that neither had yet.
     */
    async select(ctx: RequestContext, id: string): Promise<AidCampaign> {
      await db.transaction(async (tx) => {
        const row = await mustFind(tx, ctx, id, 'wait');
        if (row.state !== 'draft' && row.state !== 'selected') throw new ConflictError(`A ${row.state} campaign does not select any more`, 'INVALID_STATE');
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`aid-campaign:${row.year}:${row.aidType}`}))`);
        await bulkSettings(tx);
        const sel = await selectionOf(tx, row);
        const added = await insertSelected(tx, { ...sel, campaignId: row.id });
        await analyze(tx, ['campaign_households']);
        const now = clock();
        const selected = await repo.refreshTallies(tx, row.id, now);
        if (selected === 0) throw new RuleViolationError('The rule selects no household', 'NOTHING_SELECTED');
        await repo.updateCampaign(tx, row.id, { state: 'selected', updatedAt: now });
        await audit(tx, ctx, { action: 'aid_campaign.select', recordType: 'aid_campaign', recordId: row.id, orgId: row.orgId, before: { state: row.state }, after: { state: 'selected', added, selected } });
      });
      return full(db, ctx, id);
    },

    /**
     * One notice batch for the whole campaign, created and published at once: one application per
     * household (waiting at the notice, plan ['notice']), its timeline, and the masked notice lines —
     * all set-based.
     */
    async notice(ctx: RequestContext, id: string, body: CampaignNoticeInput): Promise<AidCampaign> {
      await db.transaction(async (tx) => {
        const row = await mustFind(tx, ctx, id, 'wait');
        if (row.state !== 'selected') throw new ConflictError(`A ${row.state} campaign cannot go to notice (select its households first)`, 'INVALID_STATE');
        await bulkSettings(tx);
        const now = clock();
        const windowDays = body.windowDays ?? (await effectiveWorkflow(tx, row.orgPath)).noticeDays;
        const [batch] = await tx
          .insert(noticeBatches)
          .values({
            orgId: row.orgId,
            title: body.title,
            state: 'published',
            windowDays,
            objectionContact: body.objectionContact,
            publicToken: randomToken(24),
            publishedAt: now,
            closesAt: new Date(now.getTime() + windowDays * DAY),
            createdByName: ctx.principal.name,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: noticeBatches.id });
        const batchId = batch!.id;
        const actor = actorOf(ctx);
        const created = await repo.createApplications(tx, {
          campaignId: row.id,
          batchId,
          aidType: row.aidType,
          reason: `${row.name}（${row.year}）`,
          year: localDay(now).slice(0, 4),
          actor,
          now,
        });
        const inBatch = sql`a.notice_batch_id = ${batchId}`;
        // One timeline entry each: created by the campaign straight into its notice batch.
        await repo.insertCampaignSteps(tx, { campaignId: row.id, where: inBatch, actor, now, step: 'notice', action: 'campaign_notice', from: null, to: 'notice', opinion: `${row.name}: ${body.title}` });
        const items = await repo.insertNoticeItems(tx, row.id, batchId);
        await analyze(tx, ['applications', 'notice_items']);
        await repo.updateCampaign(tx, row.id, { state: 'in_notice', noticeBatchId: batchId, updatedAt: now });
        await audit(tx, ctx, { action: 'notice.publish', recordType: 'notice_batch', recordId: batchId, orgId: row.orgId, after: { title: body.title, windowDays, items, campaignId: row.id } });
        await audit(tx, ctx, { action: 'aid_campaign.notice', recordType: 'aid_campaign', recordId: row.id, orgId: row.orgId, before: { state: row.state }, after: { state: 'in_notice', noticeBatchId: batchId, applications: created } });
      });
      return full(db, ctx, id);
    },

    /** The batch payment: campaign:manage by route, and fund:pay (finance) checked here. */
    async pay(ctx: RequestContext, id: string): Promise<AidCampaign> {
      if (!can(ctx.principal, 'fund:pay')) throw new ForbiddenError('Paying a campaign books money: it needs fund:pay (finance) as well as campaign:manage');
      await payer.pay(ctx, id, (row) => toCampaign(row, null, null));
      return full(db, ctx, id);
    },

    /** Before paying: the campaign stops; its applications are withdrawn, its aid records cancelled, its notice closed early. */
    async cancel(ctx: RequestContext, id: string, body: CampaignCancelInput): Promise<AidCampaign> {
      if (running.has(id)) throw new ConflictError('The batch payment of this campaign is running', 'PAY_RUNNING');
      // A run in another process holds the row for its whole transaction: a paying campaign is refused now, not after the wait.
      if ((await mustFind(db, ctx, id)).state === 'paying') throw new ConflictError('A paying campaign cannot be cancelled', 'INVALID_STATE');
      await db.transaction(async (tx) => {
        const row = await mustFind(tx, ctx, id, 'wait');
        if (!['draft', 'selected', 'in_notice', 'noticed'].includes(row.state)) throw new ConflictError(`A ${row.state} campaign cannot be cancelled`, 'INVALID_STATE');
        const now = clock();
        await repo.withdrawApplications(tx, { campaignId: row.id, reason: body.reason, actor: actorOf(ctx), now });
        if (row.noticeBatchId) {
          await tx.execute(sql`update notice_batches set state = 'closed', closed_at = ${now}, updated_at = ${now} where id = ${row.noticeBatchId} and state <> 'closed'`);
        }
        await repo.updateCampaign(tx, row.id, { state: 'cancelled', updatedAt: now });
        await audit(tx, ctx, { action: 'aid_campaign.cancel', recordType: 'aid_campaign', recordId: row.id, orgId: row.orgId, before: { state: row.state }, after: { state: 'cancelled', reason: body.reason } });
      });
      return full(db, ctx, id);
    },

    async households(ctx: RequestContext, id: string, query: CampaignHouseholdQuery) {
      const row = await mustFind(db, ctx, id);
      let orgPath: string | undefined;
      if (query.orgId) {
        const org = await findOrg(db, ctx.scope, query.orgId);
        if (!org) throw new NotFoundError('Organisation', '/querystring/orgId');
        orgPath = org.path;
      }
      const page = await repo.householdsPage(db, row.id, { ...query, ...(orgPath ? { orgPath } : {}) });
      return {
        items: page.rows.map((h) => ({
          fileId: h.file_id,
          fileNo: h.file_no,
          maskedName: maskName(h.head_name),
          orgId: h.org_id,
          orgName: h.org_name,
          category: h.category,
          amountFen: Number(h.amount_fen),
          ruleLabel: h.rule_label,
          applicationId: h.application_id,
          applicationState: h.application_state,
          aidRecordStatus: h.aid_record_status,
          status: h.status as 'selected',
        })),
        nextCursor: page.nextCursor,
      };
    },
  };
}

/** The aid type a campaign books: fixed by 送温暖 and 金秋助学, required for a custom one. */
function resolveAidType(body: CampaignDraft): string {
  if (body.aidType === 'temporary') throw ValidationError.field('/body/aidType', 'temporary aid is for applicants without a file, not for campaigns');
  if (body.kind === 'custom') {
    if (!body.aidType) throw ValidationError.field('/body/aidType', 'is required for a custom campaign');
    return body.aidType;
  }
  const fixed = DEFAULT_CAMPAIGN_AID_TYPE[body.kind];
  if (body.aidType && body.aidType !== fixed) throw ValidationError.field('/body/aidType', `a ${body.kind} campaign books ${fixed} aid`);
  return fixed;
}

/** 送温暖 pays per household, 金秋助学 per student by level, a custom campaign one of the two. */
function checkAmounts(body: CampaignDraft) {
  const { perHouseholdFen, perStudentFen, perStudent } = body.amounts;
  const bad = (field: string, message: string) => ValidationError.field(`/body/amounts/${field}`, message);
  if (body.kind === 'sending_warmth') {
    if (perHouseholdFen === undefined) throw bad('perHouseholdFen', 'is required for a sending_warmth campaign');
    if (perStudentFen) throw bad('perStudentFen', 'a sending_warmth campaign pays per household');
  } else if (body.kind === 'golden_autumn') {
    if (!perStudentFen) throw bad('perStudentFen', 'is required for a golden_autumn campaign (amounts per school level)');
    if (perHouseholdFen !== undefined) throw bad('perHouseholdFen', 'a golden_autumn campaign pays per student by school level');
  } else if ((perHouseholdFen === undefined) === !perStudentFen) {
    throw bad('perHouseholdFen', 'give either perHouseholdFen or perStudentFen');
  }
  if (perStudent !== undefined && !perStudentFen) throw bad('perStudent', 'applies to per-student amounts only');
  if (perStudentFen && body.rule.studentLevels) {
    body.rule.studentLevels.forEach((level, i) => {
      if (!perStudentFen[level]) throw ValidationError.field(`/body/rule/studentLevels/${i}`, `has no amount in amounts.perStudentFen.${level}`);
    });
  }
}

export type AidCampaignsService = ReturnType<typeof createAidCampaignsService>;
