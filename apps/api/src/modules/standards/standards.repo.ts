import type { ClassificationParamsInput, ClassificationParamsRecord, MinLivingStandard } from '@bangfu/shared/standards';
import { and, desc, eq, inArray, like, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { classificationParams, minLivingStandards } from '../../db/schema/index';

/** Division codes to try, most specific first: county 440305 → city 440300 → province 440000. */
export function divisionChain(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}

export type StandardRow = typeof minLivingStandards.$inferSelect;
export type ParamsRow = typeof classificationParams.$inferSelect;

export const toStandard = (r: StandardRow): MinLivingStandard => ({
  id: r.id,
  divisionCode: r.divisionCode,
  effectiveFrom: r.effectiveFrom,
  monthlyFen: r.monthlyFen,
  note: r.note,
  createdAt: r.createdAt.toISOString(),
});

export const toParams = (r: ParamsRow): ClassificationParamsRecord => ({
  id: r.id,
  divisionCode: r.divisionCode,
  year: r.year,
  relativeMultipleBp: r.relativeMultipleBp,
  accidentRatioBp: r.accidentRatioBp,
  minimumWageMonthlyFen: r.minimumWageMonthlyFen,
  workingAgeMin: r.workingAgeMin,
  retirementAgeMale: r.retirementAgeMale,
  retirementAgeFemale: r.retirementAgeFemale,
  migrantMinEmploymentMonths: r.migrantMinEmploymentMonths,
  reviewMonths: r.reviewMonths,
  createdAt: r.createdAt.toISOString(),
});

/** More significant digits = more specific division: 440305 before 440300 before 440000. */
const specificity = (column: typeof minLivingStandards.divisionCode | typeof classificationParams.divisionCode) =>
  sql`length(rtrim(${column}, '0')) desc`;

/** The standard in force for a division on a day, from the most specific division that has one. */
export async function standardFor(exec: Executor, divisionCode: string, day: string): Promise<StandardRow | undefined> {
  const chain = divisionChain(divisionCode);
  const [row] = await exec
    .select()
    .from(minLivingStandards)
    .where(and(inArray(minLivingStandards.divisionCode, chain), lte(minLivingStandards.effectiveFrom, day)))
    .orderBy(specificity(minLivingStandards.divisionCode), desc(minLivingStandards.effectiveFrom))
    .limit(1);
  return row;
}

/** The parameters for a division and year: that year's, or the latest earlier year's. */
export async function paramsFor(exec: Executor, divisionCode: string, year: number): Promise<ParamsRow | undefined> {
  const chain = divisionChain(divisionCode);
  const [row] = await exec
    .select()
    .from(classificationParams)
    .where(and(inArray(classificationParams.divisionCode, chain), lte(classificationParams.year, year)))
    .orderBy(specificity(classificationParams.divisionCode), desc(classificationParams.year))
    .limit(1);
  return row;
}

export async function listStandards(exec: Executor, divisionPrefix?: string) {
  return exec
    .select()
    .from(minLivingStandards)
    .where(divisionPrefix ? like(minLivingStandards.divisionCode, `${divisionPrefix}%`) : undefined)
    .orderBy(minLivingStandards.divisionCode, desc(minLivingStandards.effectiveFrom))
    .limit(1000);
}

export async function insertStandard(exec: Executor, values: typeof minLivingStandards.$inferInsert) {
  const [row] = await exec.insert(minLivingStandards).values(values).returning();
  return row!;
}

export async function listParams(exec: Executor, divisionPrefix?: string) {
  return exec
    .select()
    .from(classificationParams)
    .where(divisionPrefix ? like(classificationParams.divisionCode, `${divisionPrefix}%`) : undefined)
    .orderBy(classificationParams.divisionCode, desc(classificationParams.year))
    .limit(1000);
}

export async function upsertParams(exec: Executor, values: ClassificationParamsInput) {
  const [row] = await exec
    .insert(classificationParams)
    .values(values)
    .onConflictDoUpdate({ target: [classificationParams.divisionCode, classificationParams.year], set: { ...values } })
    .returning();
  return row!;
}

export async function findStandardByKey(exec: Executor, divisionCode: string, effectiveFrom: string) {
  const [row] = await exec
    .select()
    .from(minLivingStandards)
    .where(and(eq(minLivingStandards.divisionCode, divisionCode), eq(minLivingStandards.effectiveFrom, effectiveFrom)))
    .limit(1);
  return row;
}
