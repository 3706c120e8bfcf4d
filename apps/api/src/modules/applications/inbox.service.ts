import type { Inbox, InboxQuery, ReviewStep } from '@bangfu/shared/applications';
import { and, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Database } from '../../db/client';
import { applications, orgs } from '../../db/schema/index';
import { listApplications } from './applications.repo';
import { DECIDABLE_STEPS, STEP_PLACEMENT, STEP_ROLES } from './workflow';

/** 待办: what waits for the caller's action now, by the same rules the actions enforce. */
export function createInboxService({ db }: { db: Database }) {
  return {
    /** Counts by state over everything waiting, and the items a page at a time (newest activity first). */
    async inbox(ctx: RequestContext, query: InboxQuery = {}): Promise<Inbox> {
      const roles = ctx.principal.roles;
      const canDecide = (s: ReviewStep) => ctx.principal.permissions.has('application:decide') && STEP_ROLES[s].some((r) => roles.includes(r));
      const mine = DECIDABLE_STEPS.filter(canDecide);
      const inScope = mine.filter((s) => STEP_PLACEMENT[s] === 'in_scope');
      const above = mine.filter((s) => STEP_PLACEMENT[s] === 'strictly_above');
      const waits: SQL[] = [];
      if (inScope.length) waits.push(inArray(applications.state, inScope));
      if (above.length) waits.push(and(inArray(applications.state, above), ne(orgs.path, ctx.scope.rootPath))!);
      if (ctx.principal.permissions.has('application:write')) waits.push(eq(applications.state, 'returned'));
      if (ctx.principal.permissions.has('notice:manage')) waits.push(and(eq(applications.state, 'notice'), isNull(applications.noticeBatchId))!);
      if (!waits.length) return { counts: {}, total: 0, items: [], nextCursor: null };
      const waiting = or(...waits)!;
      const [counts, page] = await Promise.all([
        db
          .select({ state: applications.state, n: sql<number>`count(*)::int` })
          .from(applications)
          .innerJoin(orgs, eq(orgs.id, applications.orgId))
          .where(and(ctx.scope.ownsPath(orgs.path), waiting))
          .groupBy(applications.state),
        listApplications(db, ctx.scope, { limit: query.limit, cursor: query.cursor }, { extra: waiting }),
      ]);
      const byState = Object.fromEntries(counts.map((c) => [c.state, Number(c.n)]));
      return {
        counts: byState,
        total: Object.values(byState).reduce((a, b) => a + b, 0),
        items: page.items.map((item) => ({ ...item, waitingFor: item.state === 'notice' ? 'notice_batch' : item.state === 'returned' ? 'correction' : item.state })),
        nextCursor: page.nextCursor,
      };
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
