import type { AidCapInput, EscalationInput, WorkflowConfig, WorkflowConfigInput } from '@bangfu/shared/applications';
import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Database } from '../../db/client';
import { aidCaps, approvalEscalations, orgs, workflowConfigs } from '../../db/schema/index';
import { ForbiddenError, NotFoundError } from '../../errors';
import { audit } from '../audit/audit';
import { divisionInRegion } from '../orgs/org-rules';
import { findOrg } from '../orgs/orgs.repo';
import * as repo from './applications.repo';
import { planFor } from './workflow';

/** Workflow order per organisation (inherited down the tree), escalation thresholds and caps. */
export function createWorkflowSettingsService({ db }: { db: Database }) {
  async function orgInScope(ctx: RequestContext, id: string, field: string) {
    const org = await findOrg(db, ctx.scope, id);
    if (!org) throw new NotFoundError('Organisation', field);
    return org;
  }

  return {
    async get(ctx: RequestContext, orgId: string): Promise<WorkflowConfig> {
      const org = await orgInScope(ctx, orgId, '/params/id');
      const s = await repo.effectiveWorkflow(db, org.path);
      return { orgId: org.id, inheritedFrom: s.orgId === org.id ? null : s.orgId, economicCheck: s.economicCheck, noticePlacement: s.noticePlacement, noticeDays: s.noticeDays, steps: planFor(s) };
    },

    async put(ctx: RequestContext, orgId: string, body: WorkflowConfigInput): Promise<WorkflowConfig> {
      const org = await orgInScope(ctx, orgId, '/params/id');
      await db.transaction(async (tx) => {
        await tx.insert(workflowConfigs).values({ orgId: org.id, ...body }).onConflictDoUpdate({ target: workflowConfigs.orgId, set: { ...body, updatedAt: sql`now()` } });
        await audit(tx, ctx, { action: 'workflow.put', recordType: 'org', recordId: org.id, orgId: org.id, after: body });
      });
      return this.get(ctx, orgId);
    },

    async listEscalations(ctx: RequestContext) {
      const rows = await db
        .select({ e: approvalEscalations })
        .from(approvalEscalations)
        .innerJoin(orgs, eq(orgs.id, approvalEscalations.orgId))
        // my subtree's rules and my ancestors' (which bind me too)
        .where(sql`${ctx.scope.ownsPath(orgs.path)} or ${ctx.scope.rootPath} like ${orgs.path} || '%'`);
      return { items: rows.map(({ e }) => ({ id: e.id, orgId: e.orgId, aidType: e.aidType as EscalationInput['aidType'], overAmountFen: e.overAmountFen, requiredLevel: e.requiredLevel as EscalationInput['requiredLevel'] })) };
    },

    async addEscalation(ctx: RequestContext, orgId: string, body: EscalationInput) {
      const org = await orgInScope(ctx, orgId, '/params/id');
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(approvalEscalations).values({ orgId: org.id, ...body }).returning();
        await audit(tx, ctx, { action: 'workflow.escalation_add', recordType: 'org', recordId: org.id, orgId: org.id, after: body });
        return { id: row!.id, orgId: org.id, ...body };
      });
    },

    async listCaps(divisionPrefix?: string) {
      const rows = await db
        .select()
        .from(aidCaps)
        .where(divisionPrefix ? sql`${aidCaps.divisionCode} like ${`${divisionPrefix}%`}` : undefined)
        .orderBy(aidCaps.divisionCode, aidCaps.year, aidCaps.category, aidCaps.aidType)
        .limit(1000);
      return { items: rows.map((r) => ({ ...r, category: r.category as AidCapInput['category'], aidType: r.aidType as AidCapInput['aidType'] })) };
    },

    /** Caps are set by admins of the region they cover. */
    async putCap(ctx: RequestContext, body: AidCapInput) {
      const own = await findOrg(db, ctx.scope, ctx.scope.rootOrgId);
      if (!own || !divisionInRegion(body.divisionCode, own)) throw new ForbiddenError(`Division ${body.divisionCode} lies outside your region`);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(aidCaps)
          .values(body)
          .onConflictDoUpdate({ target: [aidCaps.divisionCode, aidCaps.year, aidCaps.category, aidCaps.aidType], set: { maxAmountFen: body.maxAmountFen, maxItems: body.maxItems } })
          .returning();
        await audit(tx, ctx, { action: 'workflow.cap_put', recordType: 'aid_cap', recordId: row!.id, orgId: own.id, after: body });
        return { ...row!, category: body.category, aidType: body.aidType };
      });
    },
  };
}

export type WorkflowSettingsService = ReturnType<typeof createWorkflowSettingsService>;
