import { describe, expect, it } from 'vitest';
import { payAccountOf } from './pay-account';

const city = { id: 'a-city', orgId: 'o-city' };
const district = { id: 'a-district', orgId: 'o-district' };

describe('payAccountOf', () => {
  it('takes the chosen account when it is one of mine', () => {
    expect(payAccountOf([city, district], 'a-district', 'o-city')).toBe(district);
  });

  it('falls back to my own union’s account, then the first one, when nothing (or something unknown) is chosen', () => {
    expect(payAccountOf([district, city], undefined, 'o-city')).toBe(city);
    expect(payAccountOf([district, city], 'gone', 'o-city')).toBe(city);
    expect(payAccountOf([district, city], null, 'o-elsewhere')).toBe(district);
  });

  it('has none while the accounts load or when there are none', () => {
    expect(payAccountOf(undefined, 'a-city', 'o-city')).toBeUndefined();
    expect(payAccountOf([], undefined, 'o-city')).toBeUndefined();
  });
});
