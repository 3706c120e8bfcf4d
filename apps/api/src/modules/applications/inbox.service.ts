import type { Inbox, ReviewStep } from '@bangfu/shared/applications';
import { and, desc, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Database } from '../../db/client';
import { applications, hardshipFiles, orgs } from '../../db/schema/index';
import { toSummary, type ApplicationRow } from './applications.repo';
import { DECIDABLE_STEPS, STEP_PLACEMENT, STEP_ROLES } from './workflow';

/** 待办: what waits for the caller's action now, by the same rules the actions enforce. */
export function createInboxService({ db }: { db: Database }) {
  return {
    async inbox(ctx: RequestContext): Promise<Inbox> {
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
      if (!waits.length) return { counts: {}, total: 0, items: [] };
      const where = and(ctx.scope.ownsPath(orgs.path), or(...waits));
      const [counts, rows] = await Promise.all([
        db.select({ state: applications.state, n: sql<number>`count(*)::int` }).from(applications).innerJoin(orgs, eq(orgs.id, applications.orgId)).where(where).groupBy(applications.state),
        db
          .select({ app: applications, orgName: orgs.name, orgPath: orgs.path, orgLevel: orgs.level, orgDivisionCode: orgs.divisionCode, fileNo: hardshipFiles.fileNo, fileStatus: hardshipFiles.status, category: hardshipFiles.category })
          .from(applications)
          .innerJoin(orgs, eq(orgs.id, applications.orgId))
          .leftJoin(hardshipFiles, eq(hardshipFiles.id, applications.fileId))
          .where(where)
          .orderBy(desc(applications.updatedAt))
          .limit(100),
      ]);
      const byState = Object.fromEntries(counts.map((c) => [c.state, Number(c.n)]));
      return {
        counts: byState,
        total: Object.values(byState).reduce((a, b) => a + b, 0),
        items: rows.map(({ app, ...joined }) => {
          const row = { ...app, ...joined } as ApplicationRow;
          return { ...toSummary(row), waitingFor: row.state === 'notice' ? 'notice_batch' : row.state === 'returned' ? 'correction' : row.state };
        }),
      };
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
