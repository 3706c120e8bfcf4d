import type { ReviewCampaign, ReviewCampaignCreate } from '@bangfu/shared/review-campaigns';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { orgs, reviewCampaigns } from '../../db/schema/index';
import { ConflictError, NotFoundError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import { audit } from '../audit/audit';
import { findOrg } from '../orgs/orgs.repo';

const columns = {
  id: reviewCampaigns.id,
  orgId: reviewCampaigns.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  year: reviewCampaigns.year,
  name: reviewCampaigns.name,
  openedOn: reviewCampaigns.openedOn,
  closedOn: reviewCampaigns.closedOn,
  openedBy: reviewCampaigns.openedByName,
};
type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] } & { closedOn: string | null };

/**
 * Open files below the campaign's org, and how many have been reviewed since it opened — counted
 * only inside the caller's reach (a grassroots user sees its own share of a county campaign).
 */
async function progressOf(exec: Executor, row: Row, callerPath: string) {
  const path = callerPath.length > row.orgPath.length ? callerPath : row.orgPath;
  const result = (await exec.execute(sql`
    select count(*)::int as "openFiles",
           count(*) filter (where f.last_reviewed_on >= ${row.openedOn}::date)::int as reviewed
    from hardship_files f
    where f.status in ('temporary', 'formal')
      and f.org_id in (select o.id from orgs o where o.path like ${`${path}%`})`)) as unknown as { rows: { openFiles: number; reviewed: number }[] };
  const r = result.rows[0];
  return { openFiles: Number(r?.openFiles ?? 0), reviewed: Number(r?.reviewed ?? 0) };
}

/** 集中复核: the yearly review campaign; files are reviewed one by one (POST /hardship-files/:id/review). */
export function createReviewCampaignsService({ db, clock }: { db: Database; clock: Clock }) {
  async function toCampaign(exec: Executor, ctx: RequestContext, row: Row): Promise<ReviewCampaign> {
    const { orgPath: _p, ...rest } = row;
    return { ...rest, progress: await progressOf(exec, row, ctx.scope.rootPath) };
  }

  async function mustFind(exec: Executor, ctx: RequestContext, id: string) {
    const [row] = (await exec
      .select(columns)
      .from(reviewCampaigns)
      .innerJoin(orgs, eq(orgs.id, reviewCampaigns.orgId))
      .where(and(eq(reviewCampaigns.id, id), ctx.scope.ownsPath(orgs.path)))) as Row[];
    if (!row) throw new NotFoundError('Review campaign');
    return row;
  }

  return {
    async list(ctx: RequestContext) {
      const rows = (await db
        .select(columns)
        .from(reviewCampaigns)
        .innerJoin(orgs, eq(orgs.id, reviewCampaigns.orgId))
        // campaigns in my subtree, and those of my ancestors that cover me
        .where(or(ctx.scope.ownsPath(orgs.path), sql`${ctx.scope.rootPath} like ${orgs.path} || '%'`))
        .orderBy(desc(reviewCampaigns.year), orgs.name)
        .limit(200)) as Row[];
      return { items: await Promise.all(rows.map((r) => toCampaign(db, ctx, r))) };
    },

    async open(ctx: RequestContext, body: ReviewCampaignCreate) {
      return db.transaction(async (tx) => {
        const org = await findOrg(tx, ctx.scope, body.orgId);
        if (!org) throw new NotFoundError('Organisation', '/body/orgId');
        const [existing] = await tx.select({ id: reviewCampaigns.id }).from(reviewCampaigns).where(and(eq(reviewCampaigns.orgId, org.id), eq(reviewCampaigns.year, body.year)));
        if (existing) throw new ConflictError(`${org.name} already has a review campaign for ${body.year}`, 'CAMPAIGN_EXISTS', '/body/year');
        const [created] = await tx
          .insert(reviewCampaigns)
          .values({ orgId: org.id, year: body.year, name: body.name, openedOn: localDay(clock()), openedByName: ctx.principal.name })
          .returning({ id: reviewCampaigns.id });
        const campaign = await toCampaign(tx, ctx, await mustFind(tx, ctx, created!.id));
        await audit(tx, ctx, { action: 'review_campaign.open', recordType: 'review_campaign', recordId: campaign.id, orgId: org.id, after: campaign });
        return campaign;
      });
    },

    async close(ctx: RequestContext, id: string) {
      return db.transaction(async (tx) => {
        const row = await mustFind(tx, ctx, id);
        if (row.closedOn) throw new ConflictError('The campaign is closed already', 'CAMPAIGN_CLOSED');
        await tx.update(reviewCampaigns).set({ closedOn: localDay(clock()) }).where(eq(reviewCampaigns.id, id));
        const campaign = await toCampaign(tx, ctx, await mustFind(tx, ctx, id));
        await audit(tx, ctx, { action: 'review_campaign.close', recordType: 'review_campaign', recordId: id, orgId: row.orgId, after: campaign });
        return campaign;
      });
    },
  };
}

export type ReviewCampaignsService = ReturnType<typeof createReviewCampaignsService>;
