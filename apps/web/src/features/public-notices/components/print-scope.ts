import type { NoticeBatchOrg } from '@bangfu/shared/notices';

/** A notice this small still prints whole, all units on one printout, as it always did. */
export const PRINT_ALL_MAX = 500;
export const ALL_UNITS = 'all';

/** What the print view may print: each unit's part, and the whole notice when it is small. */
export function printChoices(orgs: readonly NoticeBatchOrg[], itemCount: number): string[] {
  const units = orgs.map((o) => o.orgId);
  return orgs.length > 1 && itemCount <= PRINT_ALL_MAX ? [ALL_UNITS, ...units] : units;
}

/**
 * What to print: the unit asked for (?org=) when the notice lists it; else the only unit; else the
 * whole notice when it is small; else nothing until someone picks a unit.
 */
export function printScope(orgs: readonly NoticeBatchOrg[], itemCount: number, asked: string | null): string | null {
  const choices = printChoices(orgs, itemCount);
  if (asked && choices.includes(asked)) return asked;
  if (orgs.length === 1) return orgs[0]!.orgId;
  if (choices[0] === ALL_UNITS) return ALL_UNITS;
  return null;
}
