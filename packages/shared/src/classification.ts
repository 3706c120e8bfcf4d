/**
 * Hardship classification (DOMAIN.md §3), a pure function: the API judges with it and the
 * web shows the same working as the operator types. Money in integer fen; ratios in basis points.
 */
export type Category = 'deep' | 'relative' | 'accident' | 'not_eligible';
export type Period = 'monthly' | 'annual' | 'once';
export type WorkStatus = 'employed' | 'laid_off' | 'unemployed' | 'retired' | 'sick_leave' | 'early_retired' | 'migrant_worker' | 'none';

export interface ClassificationMember {
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  isStudent: boolean;
  workStatus: WorkStatus;
  /** false when disabled or seriously ill (cannot work). */
  ableBodied: boolean;
  coResident: boolean;
}

export interface ClassificationInput {
  judgedOn: string;
  householdType: 'urban' | 'migrant';
  causes: number[];
  members: ClassificationMember[];
  incomes: { type: string; amountFen: number; period: Period; excluded: boolean }[];
  expenses: { type: string; amountFen: number; period: Period }[];
  exclusions: {
    multipleHomes: boolean;
    ownsBusiness: boolean;
    privateSchoolOrAbroad: boolean;
    privateCar: boolean;
    idleByChoice: boolean;
  };
  migrant: { unionMember: boolean; longTermResident: boolean; employmentStart: string | null };
}

export interface ClassificationParams {
  /** L: the local urban monthly minimum-living standard. */
  standardMonthlyFen: number;
  /** Relative hardship ceiling as a multiple of L, in basis points (20000 = 2L). */
  relativeMultipleBp: number;
  /** Accident-caused: hardship costs above this share of annual income (8000 = 80%). */
  accidentRatioBp: number;
  /** Imputed income of an idle able-bodied working-age member. */
  minimumWageMonthlyFen: number;
  workingAgeMin: number;
  retirementAgeMale: number;
  retirementAgeFemale: number;
  migrantMinEmploymentMonths: number;
}

export type Reason =
  | 'exclusion_multiple_homes'
  | 'exclusion_owns_business'
  | 'exclusion_private_school_or_abroad'
  | 'exclusion_private_car'
  | 'exclusion_idle_by_choice'
  | 'migrant_not_union_member'
  | 'migrant_not_resident'
  | 'migrant_short_employment'
  | 'no_members'
  | 'income_above_ceiling';

export interface ClassificationResult {
  proposed: Category;
  reasons: Reason[];
  working: {
    annualIncomeFen: number;
    imputedIncomeFen: number;
    imputedMembers: string[];
    annualExpenseFen: number;
    householdSize: number;
    /** Monthly per-capita net income, rounded down to the fen. */
    mpcnFen: number;
    standardMonthlyFen: number;
    relativeCeilingFen: number;
    accidentCostFen: number;
    accidentThresholdFen: number;
    suddenEvent: boolean;
  };
}

/** Causes that are sudden events: 6 major illness, 7 natural disaster, 8 accident. */
export const SUDDEN_EVENT_CAUSES = [6, 7, 8];
const ACCIDENT_EXPENSES = new Set(['medical_self_pay', 'accident_loss']);

export const annualize = (amountFen: number, period: Period) => (period === 'monthly' ? amountFen * 12 : amountFen);

export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export function isImputed(m: ClassificationMember, judgedOn: string, p: ClassificationParams): boolean {
  const age = ageOn(m.birthDate, judgedOn);
  const retirement = m.gender === 'male' ? p.retirementAgeMale : p.retirementAgeFemale;
  const idle = m.workStatus === 'unemployed' || m.workStatus === 'laid_off' || m.workStatus === 'none';
  return idle && m.ableBodied && !m.isStudent && age >= p.workingAgeMin && age < retirement;
}

export function classify(input: ClassificationInput, p: ClassificationParams): ClassificationResult {
  const household = input.members.filter((m) => m.coResident);
  const size = household.length;
  const imputedMembers = household.filter((m) => isImputed(m, input.judgedOn, p));
  const imputedIncomeFen = imputedMembers.length * p.minimumWageMonthlyFen * 12;
  const declaredIncome = input.incomes.filter((i) => !i.excluded).reduce((s, i) => s + annualize(i.amountFen, i.period), 0);
  const annualIncomeFen = declaredIncome + imputedIncomeFen;
  const annualExpenseFen = input.expenses.reduce((s, e) => s + annualize(e.amountFen, e.period), 0);
  const accidentCostFen = input.expenses.filter((e) => ACCIDENT_EXPENSES.has(e.type)).reduce((s, e) => s + annualize(e.amountFen, e.period), 0);
  const net = annualIncomeFen - annualExpenseFen;
  const suddenEvent = input.causes.some((c) => SUDDEN_EVENT_CAUSES.includes(c));
  const working = {
    annualIncomeFen,
    imputedIncomeFen,
    imputedMembers: imputedMembers.map((m) => m.name),
    annualExpenseFen,
    householdSize: size,
    mpcnFen: size > 0 ? Math.floor(net / 12 / size) : 0,
    standardMonthlyFen: p.standardMonthlyFen,
    relativeCeilingFen: Math.floor((p.standardMonthlyFen * p.relativeMultipleBp) / 10_000),
    accidentCostFen,
    accidentThresholdFen: Math.floor((annualIncomeFen * p.accidentRatioBp) / 10_000),
    suddenEvent,
  };

  const reasons: Reason[] = [];
  const ex = input.exclusions;
  if (ex.multipleHomes) reasons.push('exclusion_multiple_homes');
  if (ex.ownsBusiness) reasons.push('exclusion_owns_business');
  if (ex.privateSchoolOrAbroad) reasons.push('exclusion_private_school_or_abroad');
  if (ex.privateCar) reasons.push('exclusion_private_car');
  if (ex.idleByChoice) reasons.push('exclusion_idle_by_choice');
  if (input.householdType === 'migrant') {
    if (!input.migrant.unionMember) reasons.push('migrant_not_union_member');
    if (!input.migrant.longTermResident) reasons.push('migrant_not_resident');
    if (!input.migrant.employmentStart || monthsBetween(input.migrant.employmentStart, input.judgedOn) < p.migrantMinEmploymentMonths) {
      reasons.push('migrant_short_employment');
    }
  }
  if (size === 0) reasons.push('no_members');
  if (reasons.length) return { proposed: 'not_eligible', reasons, working };

  // Exact comparisons on annual household totals avoid rounding at the boundaries:
  // MPCN < L  ⇔  net < L × 12 × size.
  const perYear = 12 * size;
  if (net < p.standardMonthlyFen * perYear) return { proposed: 'deep', reasons, working };
  if (net * 10_000 < p.standardMonthlyFen * p.relativeMultipleBp * perYear) return { proposed: 'relative', reasons, working };
  if (suddenEvent && accidentCostFen * 10_000 > annualIncomeFen * p.accidentRatioBp) return { proposed: 'accident', reasons, working };
  return { proposed: 'not_eligible', reasons: ['income_above_ceiling'], working };
}
