import type { OrgLevel } from '@bangfu/shared/orgs';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Executor } from '../../db/client';
import { hardshipFiles } from '../../db/schema/index';
import { AppError, RuleViolationError } from '../../errors';
import { localDay } from '../../lib/dates';
import * as repo from './applications.repo';
import { levelAtLeast } from './workflow';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** An approver's org must be high enough for the amount (escalation rules on the app's org path). */
export async function assertApproverLevel(tx: Executor, ctx: RequestContext, app: repo.ApplicationRow) {
  if (!app.aidType || app.amountFen === null) return;
  const rules = await repo.requiredApprovalLevels(tx, app.orgPath, app.aidType, app.amountFen);
  for (const rule of rules) {
    if (!levelAtLeast(ctx.principal.org.level, rule.requiredLevel as OrgLevel)) {
      throw new AppError(
        403,
        'APPROVAL_LEVEL_TOO_LOW',
        'Forbidden',
        `${rule.aidType === 'any' ? 'Aid' : `${rule.aidType} aid`} over ${yuan(rule.overAmountFen)} yuan needs an approver at ${rule.requiredLevel} level`,
      );
    }
  }
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
  for (const cap of caps) {
    const ofType = cap.aidType !== 'any';
    const already = ofType ? granted.amountOfType : granted.amount;
    const items = ofType ? granted.itemsOfType : granted.items;
    const label = `${cap.divisionCode} ${cap.year} ${cap.category}/${cap.aidType}`;
    if (cap.maxAmountFen !== null && already + app.amountFen > cap.maxAmountFen) {
      throw capError(`Cap ${label}: at most ${yuan(cap.maxAmountFen)} yuan a year; granted ${yuan(already)}, left ${yuan(Math.max(0, cap.maxAmountFen - already))}`);
    }
    if (cap.maxItems !== null && items + 1 > cap.maxItems) {
      throw capError(`Cap ${label}: at most ${cap.maxItems} item(s) a year; granted ${items}, left ${Math.max(0, cap.maxItems - items)}`);
    }
  }
}

const capError = (detail: string) => new RuleViolationError(detail, 'CAP_EXCEEDED', '/body/decision');

/** What approval does: a new file becomes formal; an aid application becomes an aid record to pay. */
export async function applyApproval(tx: Executor, app: repo.ApplicationRow, now: Date): Promise<{ aidRecordId: string | null }> {
  if (app.kind === 'new_file' && app.fileId) {
    await tx.update(hardshipFiles).set({ status: 'formal', updatedAt: now }).where(eq(hardshipFiles.id, app.fileId));
    return { aidRecordId: null };
  }
  if ((app.kind === 'aid' || app.kind === 'temporary_aid') && app.aidType && app.amountFen !== null) {
    const id = await repo.insertAidRecord(tx, {
      applicationId: app.id,
      fileId: app.fileId,
      orgId: app.orgId,
      aidType: app.aidType,
      category: app.category,
      amountFen: app.amountFen,
      year: Number(localDay(now).slice(0, 4)),
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
