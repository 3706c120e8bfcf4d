import { shanghaiYear } from '../../../lib/format';

/** The years an account can have entries in, newest first: from the year it was opened to `now`'s year (at least that one). */
export function accountYears(openedOn: string, now: Date = new Date()): number[] {
  const last = shanghaiYear(now);
  const first = Math.min(last, Number(openedOn.slice(0, 4)) || last);
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}

/**
 * The years a budget can be looked at or set for, newest first: next year (budgets are drafted before the
 * year starts) and then the account's years. `years` is accountYears(...), whose first is this year.
 */
export function budgetYears(years: readonly number[]): number[] {
  const current = years[0];
  return current === undefined ? [] : [current + 1, ...years];
}
