import { HardshipFileCreate } from '@bangfu/shared/hardship-files';
import { checkIdAgainst } from '@bangfu/shared/id-number';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/seed/synthetic/days';
import { countyOf, GUANGDONG_CITIES, MIGRANT_HOMES } from '../../src/seed/synthetic/divisions';
import { createHouseholdGenerator, type SyntheticOrg } from '../../src/seed/synthetic/household';
import { planLifecycle } from '../../src/seed/synthetic/lifecycle-plan';
import { COMPOUND_SURNAMES } from '../../src/seed/synthetic/names';
import { createRng } from '../../src/seed/synthetic/prng';

const today = '2026-11-28';
const orgs: SyntheticOrg[] = [
  { id: '6f1c3b9e-8a51-4d8e-9a44-0c1d2e3f4a51', divisionCode: '440305', name: '南山示范电子有限公司工会', type: 'enterprise' },
  { id: '6f1c3b9e-8a51-4d8e-9a44-0c1d2e3f4a52', divisionCode: '440304', name: '华富街道总工会', type: 'street' },
  { id: '6f1c3b9e-8a51-4d8e-9a44-0c1d2e3f4a53', divisionCode: '441402', name: '梅江区总工会', type: 'local' },
  // An industry union at city level, and a division outside the built-in list.
  { id: '6f1c3b9e-8a51-4d8e-9a44-0c1d2e3f4a54', divisionCode: '440100', name: '广州市建设工会', type: 'industry' },
  { id: '6f1c3b9e-8a51-4d8e-9a44-0c1d2e3f4a55', divisionCode: '320106' },
];

function households(seed: string | number, count: number) {
  const generator = createHouseholdGenerator({ seed });
  return Array.from({ length: count }, (_, i) => generator.next(orgs[i % orgs.length]!, today));
}

describe('synthetic households', () => {
  const sample = households('test', 1500);
  const members = sample.flatMap((h) => h.members);

  it('give everyone a checksum-valid ID number that agrees with their gender and birth date', () => {
    for (const m of members) {
      const check = checkIdAgainst(m.idNumber, { gender: m.gender, birthDate: m.birthDate! }, today);
      expect(check, `${m.name} ${m.idNumber}`).toMatchObject({ ok: true });
    }
  });

  it('never give two people the same ID number', () => {
    expect(new Set(members.map((m) => m.idNumber)).size).toBe(members.length);
  });

  it('use real county codes of the org’s region, or a migrant worker’s home county', () => {
    for (const h of sample) {
      const org = orgs.find((o) => o.id === h.orgId)!;
      const known = GUANGDONG_CITIES.some((c) => c.code.slice(0, 4) === org.divisionCode.slice(0, 4));
      for (const m of h.members) {
        const division = m.idNumber.slice(0, 6);
        if (known) expect(countyOf(division), division).toBeDefined();
        else expect([org.divisionCode, ...MIGRANT_HOMES.map(([c]) => c.code)]).toContain(division);
      }
      if (h.householdType === 'migrant') {
        const head = h.members.find((m) => m.relation === 'head')!;
        expect(MIGRANT_HOMES.map(([c]) => c.code)).toContain(head.idNumber.slice(0, 6));
      }
    }
  });

  it('are valid HardshipFileCreate bodies', () => {
    for (const h of sample) {
      if (!Value.Check(HardshipFileCreate, h)) throw new Error(JSON.stringify([...Value.Errors(HardshipFileCreate, h)].slice(0, 3)));
    }
  });

  it('have a plausible shape: one head, 1–5 members, spouses of the other gender, parents older and children younger', () => {
    const sizes = new Set<number>();
    for (const h of sample) {
      sizes.add(h.members.length);
      expect(h.members.length).toBeGreaterThanOrEqual(1);
      expect(h.members.length).toBeLessThanOrEqual(5);
      const head = h.members.filter((m) => m.relation === 'head');
      expect(head).toHaveLength(1);
      const born = (m: { birthDate?: string }) => m.birthDate!;
      for (const m of h.members) {
        if (m.relation === 'spouse') expect(m.gender).not.toBe(head[0]!.gender);
        if (m.relation === 'child') expect(born(m) > born(head[0]!)).toBe(true);
        if (m.relation === 'parent') expect(born(m) < born(head[0]!)).toBe(true);
        if (m.isStudent) expect(m.schoolLevel).toBeDefined();
        expect([...m.name].length).toBeGreaterThanOrEqual(2);
        expect([...m.name].length).toBeLessThanOrEqual(4);
      }
      expect(h.mainCause).toBeGreaterThanOrEqual(1);
      expect(h.mainCause).toBeLessThanOrEqual(10);
      expect(h.secondaryCauses ?? []).not.toContain(h.mainCause);
      if (h.mainCause === 9) expect(h.members.some((m) => m.isStudent)).toBe(true);
      if (h.mainCause === 6) expect(h.expenses?.some((e) => e.type === 'medical_self_pay')).toBe(true);
      if (h.householdType === 'migrant') expect(h.migrant?.employmentStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect([...sizes].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('mix household types, causes and surnames as in life', () => {
    const migrant = sample.filter((h) => h.householdType === 'migrant').length / sample.length;
    expect(migrant).toBeGreaterThan(0.14);
    expect(migrant).toBeLessThan(0.26);
    const illness = sample.filter((h) => h.mainCause === 6).length / sample.length;
    expect(illness).toBeGreaterThan(0.22);
    expect(new Set(sample.map((h) => h.mainCause)).size).toBe(10);
    const many = households('surnames', 6000).flatMap((h) => h.members.map((m) => m.name));
    expect(many.some((n) => COMPOUND_SURNAMES.some((s) => n.startsWith(s)))).toBe(true);
    expect(many.filter((n) => n.startsWith('王')).length).toBeGreaterThan(many.filter((n) => n.startsWith('覃')).length);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(households('repeat', 200)).toEqual(households('repeat', 200));
    expect(households('repeat', 50)).not.toEqual(households('other', 50));
  });
});

describe('synthetic lifecycle plans', () => {
  it('run in order and never past today', () => {
    const rng = createRng('plans');
    for (let i = 0; i < 2000; i++) {
      const filedOn = addDays(today, -rng.int(0, 1000));
      const plan = planLifecycle(rng, rng.pick(['deep', 'relative', 'not_eligible'] as const), filedOn, today);
      const steps = [plan.confirm, plan.formalize, plan.review, plan.exit ?? plan.cancel].filter(Boolean).map((s) => s!.at.toISOString());
      expect(steps).toEqual([...steps].sort());
      for (const s of steps) expect(s.slice(0, 10) <= today && s.slice(0, 10) >= filedOn).toBe(true);
      if (plan.formalize) expect(plan.confirm?.category).not.toBe('not_eligible');
      expect(plan.exit && plan.cancel).toBeFalsy();
    }
  });
});
