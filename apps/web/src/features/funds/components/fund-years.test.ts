import { describe, expect, it } from 'vitest';
import { shanghaiYear } from '../../../lib/format';
import { accountYears, budgetYears } from './fund-years';

describe('fund years', () => {
  it('count the year in China: 31 December 17:00 UTC is already New Year in Shenzhen', () => {
    expect(shanghaiYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(shanghaiYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });

  it('list an account’s years from this one back to its opening', () => {
    expect(accountYears('2024-05-01', new Date('2026-06-01T00:00:00Z'))).toEqual([2026, 2025, 2024]);
    expect(accountYears('2030-01-01', new Date('2026-06-01T00:00:00Z'))).toEqual([2026]);
  });

  it('offer next year for budgets, drafted before the year starts', () => {
    expect(budgetYears(accountYears('2025-01-01', new Date('2026-11-28T00:00:00Z')))).toEqual([2027, 2026, 2025]);
    expect(budgetYears([])).toEqual([]);
  });
});
