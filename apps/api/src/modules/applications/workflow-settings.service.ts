import type { AidCapInput, EscalationInput, WorkflowConfig, WorkflowConfigInput } from '@bangfu/shared/applications';
import { and, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Database } from '../../db/client';
import { aidCaps, approvalEscalations, orgs, workflowConfigs } from '../../db/schema/index';
import { ForbiddenError, NotFoundError } from '../../errors';
import { audit } from '../audit/audit';
import { divisionChain, divisionInRegion, regionPrefix } from '../orgs/org-rules';
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

  /** Which caps the caller sees (listCaps explains the rule). */
  async function capVisibility(ctx: RequestContext): Promise<SQL> {
    const own = await findOrg(db, ctx.scope, ctx.scope.rootOrgId);
    const divisions = await db.selectDistinct({ code: orgs.divisionCode }).from(orgs).where(ctx.scope.ownsPath(orgs.path));
    const codes = [...new Set(divisions.flatMap((d) => divisionChain(d.code)))];
    const region = own ? regionPrefix(own) : null;
    return or(codes.length ? inArray(aidCaps.divisionCode, codes) : undefined, region !== null ? like(aidCaps.divisionCode, `${region}%`) : undefined) ?? sql`false`;
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

    async deleteEscalation(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .select({ e: approvalEscalations })
          .from(approvalEscalations)
          .innerJoin(orgs, eq(orgs.id, approvalEscalations.orgId))
          .where(and(eq(approvalEscalations.id, id), ctx.scope.ownsPath(orgs.path)))
          .for('update', { of: approvalEscalations });
        if (!row) throw new NotFoundError('Escalation rule');
        await tx.delete(approvalEscalations).where(eq(approvalEscalations.id, id));
        const { e } = row;
        await audit(tx, ctx, { action: 'workflow.escalation_delete', recordType: 'org', recordId: e.orgId, orgId: e.orgId, before: { id: e.id, aidType: e.aidType, overAmountFen: e.overAmountFen, requiredLevel: e.requiredLevel } });
      });
    },

    /**
     * The caps that concern the caller: those of the regions of every org in its subtree and of the
     * regions above them (a county sees its own, its city's and its province's caps — all that can
     * bind its applications), and every cap inside the caller's own region (which its admins manage).
     */
    async listCaps(ctx: RequestContext, divisionPrefix?: string) {
      const visible = await capVisibility(ctx);
      const rows = await db
        .select()
        .from(aidCaps)
        .where(and(visible, divisionPrefix ? like(aidCaps.divisionCode, `${divisionPrefix}%`) : undefined))
        .orderBy(aidCaps.divisionCode, aidCaps.year, aidCaps.category, aidCaps.aidType)
        .limit(1000);
      return { items: rows.map((r) => ({ ...r, category: r.category as AidCapInput['category'], aidType: r.aidType as AidCapInput['aidType'] })) };
    },

    /** Caps are removed by admins of the region they cover (as they are set); one the caller cannot see is not found. */
    async deleteCap(ctx: RequestContext, id: string) {
      const own = await findOrg(db, ctx.scope, ctx.scope.rootOrgId);
      const visible = await capVisibility(ctx);
      await db.transaction(async (tx) => {
        const [cap] = await tx.select().from(aidCaps).where(and(eq(aidCaps.id, id), visible)).for('update');
        if (!cap) throw new NotFoundError('Cap');
        if (!own || !divisionInRegion(cap.divisionCode, own)) throw new ForbiddenError(`Division ${cap.divisionCode} lies outside your region`);
        await tx.delete(aidCaps).where(eq(aidCaps.id, id));
        const { id: _id, ...before } = cap;
        await audit(tx, ctx, { action: 'workflow.cap_delete', recordType: 'aid_cap', recordId: cap.id, orgId: own.id, before });
      });
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
