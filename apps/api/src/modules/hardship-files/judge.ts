import { classify, type ClassificationInput, type Period, type WorkStatus } from '@bangfu/shared/classification';
import type { ClassificationWorking } from '@bangfu/shared/hardship-files';
import type { Executor } from '../../db/client';
import { RuleViolationError } from '../../errors';
import { type ParamsRow, paramsFor, type StandardRow, standardFor } from '../standards/standards.repo';
import type { ExpenseRow, FileRow, IncomeRow } from './hardship-files.repo';
import type { PersonRow } from './person-codec';

/** What the rules read of a household's parts (rows, or values about to become rows). */
export interface JudgedParts {
  members: Pick<PersonRow, 'name' | 'gender' | 'birthDate' | 'isStudent' | 'workStatus' | 'ableBodied' | 'coResident'>[];
  incomes: Pick<IncomeRow, 'type' | 'amountFen' | 'period' | 'excluded'>[];
  expenses: Pick<ExpenseRow, 'type' | 'amountFen' | 'period'>[];
}

export type Household = Pick<FileRow, 'householdType' | 'mainCause' | 'secondaryCauses' | 'exclusions' | 'migrant'>;

const NO_EXCLUSIONS = { multipleHomes: false, ownsBusiness: false, privateSchoolOrAbroad: false, privateCar: false, idleByChoice: false };

/**
 * Runs the classification rules on a file against the standard and parameters in force for its
 * org's division on `judgedOn`, and returns the full working to keep on the file.
 */
export async function judgeFile(exec: Executor, divisionCode: string, household: Household, parts: JudgedParts, judgedOn: string): Promise<ClassificationWorking> {
  const year = Number(judgedOn.slice(0, 4));
  const standard = await standardFor(exec, divisionCode, judgedOn);
  const params = await paramsFor(exec, divisionCode, year);
  if (!standard) {
    throw new RuleViolationError(`No minimum-living standard (低保标准) is in force for division ${divisionCode} on ${judgedOn}; an admin must enter one`, 'NO_STANDARD');
  }
  if (!params) {
    throw new RuleViolationError(`No classification parameters for division ${divisionCode} in ${year}; an admin must enter them`, 'NO_PARAMS');
  }
  return judgeWith(standard, params, household, parts, judgedOn);
}

/** The rules on a household against a given standard and parameters: the working kept on the file. */
export function judgeWith(standard: StandardRow, params: ParamsRow, household: Household, parts: JudgedParts, judgedOn: string): ClassificationWorking {
  const input: ClassificationInput = {
    judgedOn,
    householdType: household.householdType as 'urban' | 'migrant',
    causes: [household.mainCause, ...household.secondaryCauses],
    members: parts.members.map((m) => ({
      name: m.name,
      gender: m.gender as 'male' | 'female',
      birthDate: m.birthDate,
      isStudent: m.isStudent,
      workStatus: m.workStatus as WorkStatus,
      ableBodied: m.ableBodied,
      coResident: m.coResident,
    })),
    incomes: parts.incomes.map((i) => ({ type: i.type, amountFen: i.amountFen, period: i.period as Period, excluded: i.excluded })),
    expenses: parts.expenses.map((e) => ({ type: e.type, amountFen: e.amountFen, period: e.period as Period })),
    exclusions: { ...NO_EXCLUSIONS, ...household.exclusions },
    migrant: household.migrant,
  };
  const result = classify(input, { ...params, standardMonthlyFen: standard.monthlyFen });
  return {
    proposed: result.proposed,
    reasons: result.reasons,
    judgedOn,
    ...result.working,
    standard: { id: standard.id, divisionCode: standard.divisionCode, effectiveFrom: standard.effectiveFrom, monthlyFen: standard.monthlyFen },
    params: {
      id: params.id,
      divisionCode: params.divisionCode,
      year: params.year,
      relativeMultipleBp: params.relativeMultipleBp,
      accidentRatioBp: params.accidentRatioBp,
      minimumWageMonthlyFen: params.minimumWageMonthlyFen,
    },
  };
}

export async function reviewMonthsFor(exec: Executor, divisionCode: string, judgedOn: string): Promise<number> {
  return (await paramsFor(exec, divisionCode, Number(judgedOn.slice(0, 4))))?.reviewMonths ?? 12;
}
