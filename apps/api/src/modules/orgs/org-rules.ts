import { ORG_LEVELS, type OrgLevel } from '@bangfu/shared/orgs';

const rank = (level: OrgLevel) => ORG_LEVELS.indexOf(level);

/** A child sits below its parent's level; grassroots unions may have grassroots branches. */
export function levelFitsUnder(child: OrgLevel, parent: OrgLevel): boolean {
  if (child === 'grassroots' && parent === 'grassroots') return true;
  return rank(child) > rank(parent);
}

/** How many leading digits of the GB/T 2260 code a child must share with its parent. */
export function sharedDivisionDigits(parent: OrgLevel): number {
  switch (parent) {
    case 'national':
      return 0;
    case 'province':
      return 2;
    default:
      return 4;
  }
}

export function divisionFitsUnder(childCode: string, parentCode: string, parentLevel: OrgLevel): boolean {
  const n = sharedDivisionDigits(parentLevel);
  return childCode.slice(0, n) === parentCode.slice(0, n);
}

/** Significant digits of the division codes an org's admins may set reference data for: its region. */
const REGION_DIGITS: Record<OrgLevel, number> = { national: 0, province: 2, city: 4, county: 6, grassroots: 6 };

export function divisionInRegion(divisionCode: string, org: { level: OrgLevel; divisionCode: string }): boolean {
  const n = REGION_DIGITS[org.level];
  return divisionCode.slice(0, n) === org.divisionCode.slice(0, n);
}

/** The leading digits every division code of the org's region shares ('' for national). */
export function regionPrefix(org: { level: OrgLevel; divisionCode: string }): string {
  return org.divisionCode.slice(0, REGION_DIGITS[org.level]);
}

/** A division code and the city and province codes above it: the regions whose rules bind it. */
export function divisionChain(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}
