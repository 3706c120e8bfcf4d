import type { CapProblem, EscalationProblem } from '@bangfu/shared/common';
import { ORG_LEVELS, type OrgLevel } from '@bangfu/shared/orgs';
import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Executor } from '../../db/client';
import { aidRecords, hardshipFiles } from '../../db/schema/index';
import { AppError, RuleViolationError } from '../../errors';
import { localDay } from '../../lib/dates';
import * as repo from './applications.repo';
import { levelAtLeast } from './workflow';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** An approver's org must be high enough for the amount (escalation rules on the app's org path). */
export async function assertApproverLevel(tx: Executor, ctx: RequestContext, app: repo.ApplicationRow) {
  if (!app.aidType || app.amountFen === null) return;
  const rules = await repo.requiredApprovalLevels(tx, app.orgPath, app.aidType, app.amountFen);
  // The most demanding rule the approver misses is the one to name.
  const [rule] = rules
    .filter((r) => !levelAtLeast(ctx.principal.org.level, r.requiredLevel as OrgLevel))
    .sort((a, b) => ORG_LEVELS.indexOf(a.requiredLevel as OrgLevel) - ORG_LEVELS.indexOf(b.requiredLevel as OrgLevel));
  if (!rule) return;
  const escalation: EscalationProblem = {
    ruleId: rule.id,
    ruleOrgId: rule.orgId,
    aidType: rule.aidType,
    overAmountFen: rule.overAmountFen,
    amountFen: app.amountFen,
    requiredLevel: rule.requiredLevel,
    approverLevel: ctx.principal.org.level,
  };
  throw new AppError(
    403,
    'APPROVAL_LEVEL_TOO_LOW',
    'Forbidden',
    `${rule.aidType === 'any' ? 'Aid' : `${rule.aidType} aid`} over ${yuan(rule.overAmountFen)} yuan needs an approver at ${rule.requiredLevel} level`,
    undefined,
    undefined,
    { escalation },
  );
}

/**
 * Caps (DOMAIN.md §6): the yearly amount and number of items per household, by region, year,
 * category and aid type. Refuses with 422 naming the cap, what was granted and what is left.
 */
export async function assertWithinCaps(tx: Executor, app: repo.ApplicationRow, day: string) {
  if (!app.aidType || app.amountFen === null) return;
  const year = Number(day.slice(0, 4));
  if (app.fileId) await tx.select({ id: hardshipFiles.id }).from(hardshipFiles).where(eq(hardshipFiles.id, app.fileId)).for('update');
  const who = app.fileId ? { fileId: app.fileId } : app.applicantIdHash ? { applicantIdHash: app.applicantIdHash } : null;
  const granted = who ? await repo.grantedThisYear(tx, who, year, app.aidType) : { amountOfType: 0, itemsOfType: 0, items: 0, amount: 0 };
  const caps = await repo.capsFor(tx, app.orgDivisionCode, year, app.category ?? 'any', app.aidType);
  assertCapsAllow(caps, granted, app.amountFen, { field: '/body/decision', verb: 'granted' });
}

/** What counts against the caps: amounts and items, of the aid type and of every type. */
export interface Granted {
  amountOfType: number;
  itemsOfType: number;
  items: number;
  amount: number;
}

/**
 * One more item of `amountFen` on top of `granted` must fit every cap (most specific first); else
 * 422 CAP_EXCEEDED naming the cap, what was granted (or paid) and what is left. Approval and payment
 * both use it.
 */
export function assertCapsAllow(caps: Awaited<ReturnType<typeof repo.capsFor>>, granted: Granted, amountFen: number, how: { field: string; verb: string }) {
  for (const cap of caps) {
    const ofType = cap.aidType !== 'any';
    const already = ofType ? granted.amountOfType : granted.amount;
    const items = ofType ? granted.itemsOfType : granted.items;
    const label = `${cap.divisionCode} ${cap.year} ${cap.category}/${cap.aidType}`;
    const figures = { capId: cap.id, divisionCode: cap.divisionCode, year: cap.year, category: cap.category, aidType: cap.aidType };
    if (cap.maxAmountFen !== null && already + amountFen > cap.maxAmountFen) {
      const left = Math.max(0, cap.maxAmountFen - already);
      throw capError(`Cap ${label}: at most ${yuan(cap.maxAmountFen)} yuan a year; ${how.verb} ${yuan(already)}, left ${yuan(left)}`, how.field, {
        ...figures, measure: 'amount', limit: cap.maxAmountFen, granted: already, left, requested: amountFen,
      });
    }
    if (cap.maxItems !== null && items + 1 > cap.maxItems) {
      const left = Math.max(0, cap.maxItems - items);
      throw capError(`Cap ${label}: at most ${cap.maxItems} item(s) a year; ${how.verb} ${items}, left ${left}`, how.field, {
        ...figures, measure: 'items', limit: cap.maxItems, granted: items, left, requested: 1,
      });
    }
  }
}

/** 422 with the figures twice: in English in `detail`, and as the `cap` member for programs and the UI. */
const capError = (detail: string, field: string, cap: CapProblem) => new RuleViolationError(detail, 'CAP_EXCEEDED', field, { cap });

/** What approval does: a new file becomes formal; an aid application becomes an aid record to pay. */
export async function applyApproval(tx: Executor, app: repo.ApplicationRow, now: Date): Promise<{ aidRecordId: string | null }> {
  if (app.kind === 'new_file' && app.fileId) {
    await tx.update(hardshipFiles).set({ status: 'formal', updatedAt: now }).where(eq(hardshipFiles.id, app.fileId));
    return { aidRecordId: null };
  }
  if ((app.kind === 'aid' || app.kind === 'temporary_aid') && app.aidType && app.amountFen !== null) {
    const year = Number(localDay(now).slice(0, 4));
    // Finance returned it to the approver (退回审批): approving again revives the same aid record.
    const [returned] = await tx
      .select({ id: aidRecords.id })
      .from(aidRecords)
      .where(and(eq(aidRecords.applicationId, app.id), eq(aidRecords.status, 'returned')))
      .for('update');
    if (returned) {
      await tx
        .update(aidRecords)
        .set({ status: 'approved', amountFen: app.amountFen, aidType: app.aidType, category: app.category, year, updatedAt: now })
        .where(eq(aidRecords.id, returned.id));
      return { aidRecordId: returned.id };
    }
    const id = await repo.insertAidRecord(tx, {
      applicationId: app.id,
      fileId: app.fileId,
      orgId: app.orgId,
      aidType: app.aidType,
      category: app.category,
      amountFen: app.amountFen,
      year,
      status: 'approved',
      createdAt: now,
      updatedAt: now,
    });
    return { aidRecordId: id };
  }
  return { aidRecordId: null };
}

/** A new-file application can only be approved for a file whose eligible category is confirmed. */
export function assertFileReady(app: repo.ApplicationRow) {
  if (app.kind !== 'new_file') return;
  if (app.fileStatus !== 'temporary') throw new RuleViolationError('The file is not temporary any more', 'FILE_NOT_TEMPORARY');
  if (!app.category || app.category === 'not_eligible') {
    throw new RuleViolationError('Confirm an eligible category on the file before approving it', 'CATEGORY_UNCONFIRMED');
  }
}
