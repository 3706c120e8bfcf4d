import type { HardshipFileCreate } from '@bangfu/shared/hardship-files';
import { randomUUID } from 'node:crypto';
import type { hardshipFiles, incomeItems, persons, rigidExpenses } from '../../db/schema/index';
import { addMonths, localDay } from '../../lib/dates';
import type { FieldCrypto } from '../../lib/field-crypto';
import { headSearchKeys } from '../../modules/hardship-files/file-writer';
import { bankCardValues } from '../../modules/hardship-files/hardship-files.service';
import { judgeWith } from '../../modules/hardship-files/judge';
import { encodePerson } from '../../modules/hardship-files/person-codec';
import { formatFileNo } from '../../modules/hardship-files/hardship-files.repo';
import type { LifecyclePlan } from './lifecycle-plan';
import type { StandardsBook } from './standards-book';

export type FileInsert = typeof hardshipFiles.$inferInsert;
export type PersonInsert = typeof persons.$inferInsert;
export type IncomeInsert = typeof incomeItems.$inferInsert;
export type ExpenseInsert = typeof rigidExpenses.$inferInsert;

export interface FileRows {
  file: FileInsert & { id: string; createdAt: Date; updatedAt: Date };
  persons: (PersonInsert & { id: string })[];
  incomes: IncomeInsert[];
  expenses: ExpenseInsert[];
}

export interface BulkFileContext {
  crypto: FieldCrypto;
  book: StandardsBook;
  org: { id: string; divisionCode: string };
  /** The file's number within its division and year (the service's file_number_seq). */
  seq: number;
  createdAt: Date;
  createdBy: { id: string | null; name: string };
}

const NO_EXCLUSIONS = { multipleHomes: false, ownsBusiness: false, privateSchoolOrAbroad: false, privateCar: false, idleByChoice: false };
const NO_MIGRANT = { unionMember: false, longTermResident: false, employmentStart: null };

/**
 * The rows `HardshipFilesService.create` would store for `body`, without a database round trip:
 * the same person encoder (encryption, hashes, masks), the same search keys and the same rules
 * (judgeWith → classify) against the same standard and parameters. File history and audit entries are not
 * written: bulk-loaded files read as if imported.
 */
export function buildFileRows(body: HardshipFileCreate, ctx: BulkFileContext): FileRows {
  const today = localDay(ctx.createdAt);
  const members = body.members.map((m, i) => ({ ...encodePerson(m, ctx.crypto, `/body/members/${i}`, today), id: randomUUID(), position: i }));
  const head = members.find((m) => m.relation === 'head');
  if (!head || members.filter((m) => m.relation === 'head').length !== 1) throw new Error('a household has exactly one head');
  const incomes = (body.incomes ?? []).map((i) => ({ type: i.type, amountFen: i.amountFen, period: i.period, excluded: i.excluded ?? false, evidence: i.evidence ?? null }));
  const expenses = (body.expenses ?? []).map((e) => ({ type: e.type, amountFen: e.amountFen, period: e.period, evidence: e.evidence ?? null }));
  const household = {
    householdType: body.householdType,
    mainCause: body.mainCause,
    secondaryCauses: (body.secondaryCauses ?? []).filter((c) => c !== body.mainCause),
    exclusions: { ...NO_EXCLUSIONS, ...body.exclusions },
    migrant: { ...NO_MIGRANT, ...body.migrant },
  };
  const standard = ctx.book.standardFor(ctx.org.divisionCode, today);
  const params = ctx.book.paramsFor(ctx.org.divisionCode, Number(today.slice(0, 4)));
  if (!standard || !params) throw new Error(`no standard or parameters for division ${ctx.org.divisionCode} on ${today}`);
  const working = judgeWith(standard, params, household, { members, incomes, expenses }, today);
  const year = today.slice(0, 4);
  const id = randomUUID();
  const at = ctx.createdAt;
  return {
    file: {
      id,
      fileNo: formatFileNo(ctx.org.divisionCode, year, ctx.seq),
      orgId: ctx.org.id,
      status: 'temporary',
      category: null,
      proposedCategory: working.proposed,
      origin: body.origin ?? 'new',
      ...household,
      housingType: body.housingType ?? null,
      housingAreaM2: body.housingAreaM2 ?? null,
      singleParent: body.singleParent ?? false,
      zeroEmployment: body.zeroEmployment ?? false,
      onDibao: body.onDibao ?? false,
      dibaoMonthlyFen: body.dibaoMonthlyFen ?? null,
      bankName: body.bankName ?? null,
      ...bankCardValues(ctx.crypto, body.bankCard ?? null),
      notes: body.notes ?? null,
      ...headSearchKeys(head),
      householdSize: working.householdSize,
      mpcnFen: working.mpcnFen,
      classification: working,
      categoryBasis: null,
      categoryConfirmedBy: null,
      categoryConfirmedAt: null,
      reviewDueOn: addMonths(today, ctx.book.reviewMonthsFor(ctx.org.divisionCode, today)),
      lastReviewedOn: null,
      exitType: null,
      exitedOn: null,
      exitEvidence: null,
      cancelReason: null,
      previousFileId: null,
      createdBy: ctx.createdBy.id,
      createdByName: ctx.createdBy.name,
      createdAt: at,
      updatedAt: at,
    },
    persons: members.map((m) => ({ ...m, fileId: id, open: true, createdAt: at, updatedAt: at })),
    incomes: incomes.map((i) => ({ ...i, id: randomUUID(), fileId: id, personId: null, createdAt: at })),
    expenses: expenses.map((e) => ({ ...e, id: randomUUID(), fileId: id, createdAt: at })),
  };
}

/** One step of a file's life as the lifecycle service would store it: the history action, when, and the change. */
export interface LifecycleStep {
  action: 'file.confirm' | 'file.formalize' | 'file.review' | 'file.exit' | 'file.cancel';
  at: Date;
  apply(rows: FileRows): void;
}

/**
 * The planned steps (confirm, formalize, review, exit, cancel) as the column values the lifecycle
 * service writes. `actorName` is who confirms (categoryConfirmedBy).
 */
export function lifecycleSteps(plan: LifecyclePlan, actorName: string, book: StandardsBook, divisionCode: string): LifecycleStep[] {
  const steps: LifecycleStep[] = [];
  const close = (rows: FileRows) => {
    for (const p of rows.persons) p.open = false;
  };
  if (plan.confirm) {
    const { at, category } = plan.confirm;
    steps.push({ action: 'file.confirm', at, apply: ({ file: f }) => void Object.assign(f, { category, categoryBasis: f.classification, categoryConfirmedBy: actorName, categoryConfirmedAt: at, updatedAt: at }) });
  }
  if (plan.formalize) {
    const { at } = plan.formalize;
    steps.push({ action: 'file.formalize', at, apply: ({ file: f }) => void Object.assign(f, { status: 'formal', updatedAt: at }) });
  }
  if (plan.review) {
    const { at } = plan.review;
    const day = localDay(at);
    steps.push({ action: 'file.review', at, apply: ({ file: f }) => void Object.assign(f, { lastReviewedOn: day, reviewDueOn: addMonths(day, book.reviewMonthsFor(divisionCode, day)), updatedAt: at }) });
  }
  if (plan.exit) {
    const { at, exitType, evidence } = plan.exit;
    steps.push({ action: 'file.exit', at, apply: (rows) => {
      Object.assign(rows.file, { status: 'exited', exitType, exitedOn: localDay(at), exitEvidence: evidence, updatedAt: at });
      close(rows);
    } });
  }
  if (plan.cancel) {
    const { at, reason } = plan.cancel;
    steps.push({ action: 'file.cancel', at, apply: (rows) => {
      Object.assign(rows.file, { status: 'cancelled', cancelReason: reason, updatedAt: at });
      close(rows);
    } });
  }
  return steps;
}

export function applyLifecycle(rows: FileRows, plan: LifecyclePlan, actorName: string, book: StandardsBook, divisionCode: string): void {
  for (const step of lifecycleSteps(plan, actorName, book, divisionCode)) step.apply(rows);
}
