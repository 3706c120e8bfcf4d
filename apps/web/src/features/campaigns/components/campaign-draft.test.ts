import { describe, expect, it } from 'vitest';
import { aidTypeOf, amountsOf, initialRule, pricesStudents, progressPercent, stepOf, toCampaignCreate } from './campaign-draft';

const ORG = '00000000-0000-4000-8000-000000000001';

describe('the campaign rule form', () => {
  it('prefills 送温暖 with one amount per household and 金秋助学 with amounts per school level', () => {
    const warmth = initialRule('sending_warmth', 2026, ORG, '2026年春节送温暖');
    expect(warmth.perHouseholdFen).toBe(300_000);
    expect(warmth.excludeFundedInYear).toBe(true);
    const autumn = initialRule('golden_autumn', 2026, ORG, '2026年金秋助学');
    expect(autumn.studentLevels).toEqual(['senior', 'vocational', 'university']);
    expect(autumn.perStudentFen).toEqual({ university: 500_000, senior: 300_000, vocational: 300_000 });
  });

  it('sends a 送温暖 rule with only the filters that are set', () => {
    const body = toCampaignCreate({ ...initialRule('sending_warmth', 2026, ORG, ' 2026年春节送温暖 '), categories: ['deep'], householdTypes: [], subOrgId: null });
    expect(body).toEqual({
      orgId: ORG,
      kind: 'sending_warmth',
      year: 2026,
      name: '2026年春节送温暖',
      rule: { categories: ['deep'], excludeFundedInYear: true },
      amounts: { perHouseholdFen: 300_000 },
    });
  });

  it('prices students only at the levels chosen and above zero', () => {
    const values = { ...initialRule('golden_autumn', 2026, ORG, 'x'), studentLevels: ['university' as const, 'senior' as const], perStudentFen: { university: 500_000, senior: 300_000, vocational: 300_000, junior: 0 } };
    expect(amountsOf(values)).toEqual({ perStudentFen: { senior: 300_000, university: 500_000 }, perStudent: false });
    expect(toCampaignCreate(values).rule.studentLevels).toEqual(['university', 'senior']);
  });

  it('knows which kinds price per student and their aid type', () => {
    expect(pricesStudents('golden_autumn', undefined)).toBe(true);
    expect(pricesStudents('sending_warmth', ['university'])).toBe(false);
    expect(pricesStudents('custom', ['university'])).toBe(true);
    expect(pricesStudents('custom', [])).toBe(false);
    expect(aidTypeOf('sending_warmth')).toBe('sending_warmth');
    expect(aidTypeOf('golden_autumn')).toBe('education');
    expect(aidTypeOf('custom')).toBeUndefined();
    expect(aidTypeOf('custom', 'living')).toBe('living');
  });
});

describe('campaign progress', () => {
  it('puts each state at its wizard step', () => {
    expect(['draft', 'selected', 'in_notice', 'noticed', 'paying', 'paid'].map((s) => stepOf(s as never))).toEqual([1, 2, 2, 3, 3, 4]);
  });
  it('turns a running payment into a percentage', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ step: 'preparing', done: 0, total: 0 })).toBe(0);
    expect(progressPercent({ step: 'ledger', done: 1500, total: 4000 })).toBe(37);
    expect(progressPercent({ step: 'records', done: 4000, total: 4000 })).toBe(100);
  });
});
