import type { ApplicationQuery, ApplicationSummary, ReviewStep } from '@bangfu/shared/applications';
import type { OrgLevel } from '@bangfu/shared/orgs';
import { and, asc, desc, eq, inArray, isNull, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { aidCaps, aidRecords, applications, applicationSteps, approvalEscalations, hardshipFiles, homeVisits, orgs, workflowConfigs } from '../../db/schema/index';
import { decodeCursor, pageOf } from '../../lib/cursor';
import { divisionChain } from '../orgs/org-rules';
import { escapeLike } from '../orgs/orgs.repo';
import { DEFAULT_WORKFLOW, type WorkflowSettings } from './workflow';

const columns = {
  app: applications,
  orgName: orgs.name,
  orgPath: orgs.path,
  orgLevel: orgs.level,
  orgDivisionCode: orgs.divisionCode,
  fileNo: hardshipFiles.fileNo,
  fileStatus: hardshipFiles.status,
  category: hardshipFiles.category,
};
export type ApplicationRow = typeof applications.$inferSelect & {
  orgName: string;
  orgPath: string;
  orgLevel: OrgLevel;
  orgDivisionCode: string;
  fileNo: string | null;
  fileStatus: string | null;
  category: string | null;
};

type Joined = { app: typeof applications.$inferSelect } & Omit<ApplicationRow, keyof typeof applications.$inferSelect>;
const flatten = ({ app, ...joined }: Joined): ApplicationRow => ({ ...app, ...joined });

export function toSummary(r: ApplicationRow): ApplicationSummary {
  return {
    id: r.id,
    applicationNo: r.applicationNo,
    kind: r.kind as ApplicationSummary['kind'],
    aidType: r.aidType as ApplicationSummary['aidType'],
    amountFen: r.amountFen,
    state: r.state as ApplicationSummary['state'],
    orgId: r.orgId,
    orgName: r.orgName,
    fileId: r.fileId,
    fileNo: r.fileNo,
    applicantName: r.applicantName,
    category: r.category,
    noticeBatchId: r.noticeBatchId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function base(exec: Executor) {
  return exec.select(columns).from(applications).innerJoin(orgs, eq(orgs.id, applications.orgId)).leftJoin(hardshipFiles, eq(hardshipFiles.id, applications.fileId));
}

export async function findApplication(exec: Executor, scope: OrgScope, id: string, forUpdate = false): Promise<ApplicationRow | undefined> {
  const q = base(exec).where(and(eq(applications.id, id), scope.ownsPath(orgs.path))).limit(1);
  const [row] = forUpdate ? await q.for('update', { of: applications }) : await q;
  return row ? flatten(row as Joined) : undefined;
}

/**
 * Applications in the scope, newest activity first, a page at a time. `orgPath` narrows to an org's
 * subtree (already checked to lie in the scope); `extra` adds a condition (the inbox's).
 */
export async function listApplications(exec: Executor, scope: OrgScope, query: Omit<ApplicationQuery, 'orgId'>, opts: { orgPath?: string | null; extra?: SQL } = {}) {
  const limit = query.limit ?? 50;
  const c: (SQL | undefined)[] = [scope.ownsPath(orgs.path), opts.extra];
  if (opts.orgPath) c.push(like(orgs.path, `${escapeLike(opts.orgPath)}%`));
  if (query.state) c.push(eq(applications.state, query.state));
  if (query.kind) c.push(eq(applications.kind, query.kind));
  if (query.aidType) c.push(eq(applications.aidType, query.aidType));
  if (query.fileId) c.push(eq(applications.fileId, query.fileId));
  // 待公示: waiting at the notice step and in no batch yet — what a new batch may take
  if (query.notInBatch) c.push(and(eq(applications.state, 'notice'), isNull(applications.noticeBatchId)));
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) {
    const at = new Date(String(cursor[0]));
    c.push(or(lt(applications.updatedAt, at), and(eq(applications.updatedAt, at), lt(applications.id, String(cursor[1])))));
  }
  const rows = (await base(exec).where(and(...c)).orderBy(desc(applications.updatedAt), desc(applications.id)).limit(limit + 1)).map((r) => flatten(r as Joined));
  return pageOf(rows, limit, toSummary, (r) => [r.updatedAt.toISOString(), r.id]);
}

export async function insertApplication(exec: Executor, values: typeof applications.$inferInsert) {
  await exec.insert(applications).values(values);
}

export async function updateApplication(exec: Executor, id: string, values: Partial<typeof applications.$inferInsert>) {
  await exec.update(applications).set(values).where(eq(applications.id, id));
}

export async function appendStep(exec: Executor, values: typeof applicationSteps.$inferInsert) {
  await exec.insert(applicationSteps).values(values);
}

export async function listSteps(exec: Executor, applicationId: string) {
  return exec.select().from(applicationSteps).where(eq(applicationSteps.applicationId, applicationId)).orderBy(asc(applicationSteps.id));
}

export async function insertVisit(exec: Executor, values: typeof homeVisits.$inferInsert) {
  const [row] = await exec.insert(homeVisits).values(values).returning();
  return row!;
}

export async function listVisits(exec: Executor, applicationId: string) {
  return exec.select().from(homeVisits).where(eq(homeVisits.applicationId, applicationId)).orderBy(asc(homeVisits.createdAt));
}

/** The nearest configured workflow on the path from the org up to the root. */
export async function effectiveWorkflow(exec: Executor, orgPath: string): Promise<WorkflowSettings & { orgId: string | null }> {
  const [row] = await exec
    .select({ orgId: workflowConfigs.orgId, economicCheck: workflowConfigs.economicCheck, noticePlacement: workflowConfigs.noticePlacement, noticeDays: workflowConfigs.noticeDays })
    .from(workflowConfigs)
    .innerJoin(orgs, eq(orgs.id, workflowConfigs.orgId))
    .where(sql`${orgPath} like ${orgs.path} || '%'`)
    .orderBy(desc(orgs.depth))
    .limit(1);
  return row ? { ...row, noticePlacement: row.noticePlacement as WorkflowSettings['noticePlacement'] } : { ...DEFAULT_WORKFLOW, orgId: null };
}

/** The highest level any escalation rule on the org's path asks for this aid type and amount. */
export async function requiredApprovalLevels(exec: Executor, orgPath: string, aidType: string, amountFen: number) {
  return exec
    .select({ id: approvalEscalations.id, orgId: approvalEscalations.orgId, requiredLevel: approvalEscalations.requiredLevel, overAmountFen: approvalEscalations.overAmountFen, aidType: approvalEscalations.aidType })
    .from(approvalEscalations)
    .innerJoin(orgs, eq(orgs.id, approvalEscalations.orgId))
    .where(and(sql`${orgPath} like ${orgs.path} || '%'`, or(eq(approvalEscalations.aidType, aidType), eq(approvalEscalations.aidType, 'any')), lt(approvalEscalations.overAmountFen, amountFen)));
}

/** Caps for a household's category and aid type in a year, most specific division first. */
export async function capsFor(exec: Executor, divisionCode: string, year: number, category: string, aidType: string) {
  const chain = divisionChain(divisionCode);
  return exec
    .select()
    .from(aidCaps)
    .where(
      and(
        inArray(aidCaps.divisionCode, chain),
        eq(aidCaps.year, year),
        or(eq(aidCaps.category, category), eq(aidCaps.category, 'any')),
        or(eq(aidCaps.aidType, aidType), eq(aidCaps.aidType, 'any')),
      ),
    )
    .orderBy(sql`length(rtrim(${aidCaps.divisionCode}, '0')) desc`);
}

/** What a household (by file) or a file-less temporary-aid applicant has been granted in a year. */
export async function grantedThisYear(exec: Executor, who: { fileId: string } | { applicantIdHash: string }, year: number, aidType: string) {
  const whose = 'fileId' in who ? eq(aidRecords.fileId, who.fileId) : eq(applications.applicantIdHash, who.applicantIdHash);
  const [row] = await exec
    .select({
      amountOfType: sql<number>`coalesce(sum(${aidRecords.amountFen}) filter (where ${aidRecords.aidType} = ${aidType}), 0)::bigint`,
      itemsOfType: sql<number>`count(*) filter (where ${aidRecords.aidType} = ${aidType})::int`,
      items: sql<number>`count(*)::int`,
      amount: sql<number>`coalesce(sum(${aidRecords.amountFen}), 0)::bigint`,
    })
    .from(aidRecords)
    .innerJoin(applications, eq(applications.id, aidRecords.applicationId))
    // A record returned to the approver (退回审批) is not granted until it is approved again.
    .where(and(whose, eq(aidRecords.year, year), sql`${aidRecords.status} not in ('cancelled', 'returned')`));
  return { amountOfType: Number(row?.amountOfType ?? 0), itemsOfType: Number(row?.itemsOfType ?? 0), items: Number(row?.items ?? 0), amount: Number(row?.amount ?? 0) };
}

export async function insertAidRecord(exec: Executor, values: typeof aidRecords.$inferInsert) {
  const [row] = await exec.insert(aidRecords).values(values).returning({ id: aidRecords.id });
  return row!.id;
}

