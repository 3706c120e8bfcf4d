import { checkIdAgainst, checkIdNumber } from '@bangfu/shared/id-number';
import { describe, expect, it } from 'vitest';

const today = '2026-11-28';

describe('GB 11643 ID numbers', () => {
  it.each(['11010519491231002X', '440524188001010014', '513101198201130014'])('accepts the published example %s', (id) => {
    expect(checkIdNumber(id, today)).toMatchObject({ ok: true, normalized: id });
  });

  it('reads birth date, gender and division', () => {
    expect(checkIdNumber('11010519491231002X', today)).toMatchObject({ birthDate: '1949-12-31', gender: 'female', divisionCode: '110105' });
    expect(checkIdNumber('440524188001010014', today)).toMatchObject({ gender: 'male' });
  });

  it('accepts a lowercase x', () => {
    expect(checkIdNumber('11010519491231002x', today)).toMatchObject({ ok: true, normalized: '11010519491231002X' });
  });

  it('converts a 15-digit number to 18', () => {
    expect(checkIdNumber('110105491231002', today)).toMatchObject({ ok: true, normalized: '11010519491231002X', converted: true });
  });

  it.each([
    ['11010519491231002', 'format'],
    ['1101051949123100ZX', 'format'],
    ['11010519491231003X', 'checksum'],
    ['110105194902300025', 'birth_date'],
    ['110105194913010020', 'birth_date'],
    ['110105203001010020', 'future_birth_date'],
    ['990105194912310020', 'division'],
  ])('refuses %s by the %s rule', (id, rule) => {
    expect(checkIdNumber(id, today)).toMatchObject({ ok: false, rule });
  });

  it('a birth date of today is not in the future; tomorrow is', () => {
    const make = (birth: string) => {
      const first17 = `440305${birth}123`;
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
      return first17 + '10X98765432'[sum % 11];
    };
    expect(checkIdNumber(make('20261128'), today).ok).toBe(true);
    expect(checkIdNumber(make('20261129'), today)).toMatchObject({ ok: false, rule: 'future_birth_date' });
  });

  it('checks gender and birth date against the person', () => {
    expect(checkIdAgainst('11010519491231002X', { gender: 'male' }, today)).toMatchObject({ ok: false, rule: 'gender_mismatch' });
    expect(checkIdAgainst('11010519491231002X', { birthDate: '1949-12-30' }, today)).toMatchObject({ ok: false, rule: 'birth_date_mismatch' });
    expect(checkIdAgainst('11010519491231002X', { gender: 'female', birthDate: '1949-12-31' }, today).ok).toBe(true);
  });
});
