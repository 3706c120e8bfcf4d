import { classify, type ClassificationInput, type ClassificationParams } from '@bangfu/shared/classification';
import { maskBankCard, maskIdNumber, maskName, maskPhone } from '@bangfu/shared/masks';
import { describe, expect, it } from 'vitest';

const L = 100_000; // 1,000 yuan a month
const params: ClassificationParams = {
  standardMonthlyFen: L,
  relativeMultipleBp: 20_000,
  accidentRatioBp: 8_000,
  minimumWageMonthlyFen: 200_000,
  workingAgeMin: 16,
  retirementAgeMale: 60,
  retirementAgeFemale: 55,
  migrantMinEmploymentMonths: 12,
};
const adult = (name: string, extra: Partial<ClassificationInput['members'][number]> = {}) => ({
  name,
  gender: 'male' as const,
  birthDate: '1980-01-01',
  isStudent: false,
  workStatus: 'employed' as const,
  ableBodied: true,
  coResident: true,
  ...extra,
});
/** Two co-resident adults whose net yearly income is `net` fen (income only, no expenses). */
const household = (net: number, extra: Partial<ClassificationInput> = {}): ClassificationInput => ({
  judgedOn: '2026-11-28',
  householdType: 'urban',
  causes: [3],
  members: [adult('甲'), adult('乙', { gender: 'female' })],
  incomes: [{ type: 'wages', amountFen: net, period: 'annual', excluded: false }],
  expenses: [],
  exclusions: { multipleHomes: false, ownsBusiness: false, privateSchoolOrAbroad: false, privateCar: false, idleByChoice: false },
  migrant: { unionMember: true, longTermResident: true, employmentStart: '2020-01-01' },
  ...extra,
});
const perCapitaYear = (monthly: number) => monthly * 12 * 2;

describe('classification boundaries (MPCN against L and 2L)', () => {
  it('just under L is deep hardship; exactly L is relative', () => {
    expect(classify(household(perCapitaYear(L) - 1), params).proposed).toBe('deep');
    const atL = classify(household(perCapitaYear(L)), params);
    expect(atL.proposed).toBe('relative');
    expect(atL.working.mpcnFen).toBe(L);
  });

  it('just under 2L is relative; exactly 2L is not eligible', () => {
    expect(classify(household(perCapitaYear(2 * L) - 1), params).proposed).toBe('relative');
    const at2L = classify(household(perCapitaYear(2 * L)), params);
    expect(at2L).toMatchObject({ proposed: 'not_eligible', reasons: ['income_above_ceiling'] });
  });

  it('rigid expenses come off income; monthly items count twelve times; excluded items not at all', () => {
    const r = classify(
      household(0, {
        incomes: [
          { type: 'wages', amountFen: 300_000, period: 'monthly', excluded: false },
          { type: 'gifts', amountFen: 50_000, period: 'once', excluded: true },
        ],
        expenses: [{ type: 'medical_self_pay', amountFen: 100_000, period: 'monthly' }],
      }),
      params,
    );
    expect(r.working).toMatchObject({ annualIncomeFen: 3_600_000, annualExpenseFen: 1_200_000, mpcnFen: 100_000 });
    expect(r.proposed).toBe('relative');
  });

  it('a member living elsewhere does not count in the household size', () => {
    const r = classify(household(perCapitaYear(L), { members: [adult('甲'), adult('乙', { coResident: false })] }), params);
    expect(r.working.householdSize).toBe(1);
    expect(r.working.mpcnFen).toBe(2 * L);
  });
});

describe('imputed income', () => {
  it('counts an idle able-bodied working-age non-student at the minimum wage', () => {
    const r = classify(household(0, { members: [adult('甲', { workStatus: 'unemployed' }), adult('乙', { gender: 'female' })] }), params);
    expect(r.working).toMatchObject({ imputedIncomeFen: 2_400_000, imputedMembers: ['甲'] });
  });

  it.each([
    ['a student', { workStatus: 'none', isStudent: true }],
    ['someone who cannot work', { workStatus: 'unemployed', ableBodied: false }],
    ['a child under working age', { workStatus: 'none', birthDate: '2012-01-01' }],
    ['a man of retirement age', { workStatus: 'unemployed', birthDate: '1966-01-01' }],
    ['a retiree', { workStatus: 'retired' }],
  ])('does not count %s', (_label, extra) => {
    const r = classify(household(0, { members: [adult('甲', extra as object), adult('乙', { gender: 'female' })] }), params);
    expect(r.working.imputedIncomeFen).toBe(0);
  });

  it('a woman is of retirement age earlier than a man', () => {
    const woman = adult('乙', { gender: 'female', birthDate: '1970-06-01', workStatus: 'unemployed' });
    expect(classify(household(0, { members: [woman] }), params).working.imputedIncomeFen).toBe(0);
  });
});

describe('exclusions and migrant workers', () => {
  it.each([
    ['multipleHomes', 'exclusion_multiple_homes'],
    ['ownsBusiness', 'exclusion_owns_business'],
    ['privateSchoolOrAbroad', 'exclusion_private_school_or_abroad'],
    ['privateCar', 'exclusion_private_car'],
    ['idleByChoice', 'exclusion_idle_by_choice'],
  ])('%s makes a poor household not eligible', (flag, reason) => {
    const base = household(0);
    const r = classify({ ...base, exclusions: { ...base.exclusions, [flag]: true } }, params);
    expect(r).toMatchObject({ proposed: 'not_eligible', reasons: [reason] });
  });

  it('a migrant worker must be a union member, resident, and employed for a year', () => {
    const migrant = (m: ClassificationInput['migrant']) => classify(household(0, { householdType: 'migrant', migrant: m }), params);
    expect(migrant({ unionMember: true, longTermResident: true, employmentStart: '2025-11-28' }).proposed).toBe('deep');
    expect(migrant({ unionMember: true, longTermResident: true, employmentStart: '2025-11-29' }).reasons).toEqual(['migrant_short_employment']);
    expect(migrant({ unionMember: false, longTermResident: true, employmentStart: '2020-01-01' }).reasons).toEqual(['migrant_not_union_member']);
    expect(migrant({ unionMember: true, longTermResident: false, employmentStart: null }).reasons).toEqual(['migrant_not_resident', 'migrant_short_employment']);
  });
});

describe('accident-caused hardship', () => {
  const accident = (costs: number, causes = [8]) =>
    classify(
      household(0, {
        causes,
        incomes: [{ type: 'wages', amountFen: 100_000_000, period: 'annual', excluded: false }],
        expenses: [{ type: 'accident_loss', amountFen: costs, period: 'once' }],
      }),
      params,
    );

  it('costs above the ratio of annual income after a sudden event qualify', () => {
    // income 1,000,000 yuan; 80% = 800,000 yuan; net stays above 2L so only the accident rule can apply
    expect(accident(80_000_001).proposed).toBe('accident');
    expect(accident(80_000_000).proposed).toBe('not_eligible');
  });

  it('needs a sudden-event cause', () => {
    expect(accident(80_000_001, [3]).proposed).toBe('not_eligible');
    expect(accident(80_000_001, [6]).proposed).toBe('accident');
  });

  it('deep hardship takes precedence over accident', () => {
    const r = classify(household(0, { causes: [8], expenses: [{ type: 'accident_loss', amountFen: 5_000_000, period: 'once' }] }), params);
    expect(r.proposed).toBe('deep');
  });
});

describe('masks', () => {
  it('masks IDs, phones, cards and names as DOMAIN.md §8 and §5 say', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskBankCard('6222021234567890123')).toBe('**** **** **** 0123');
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });
});
