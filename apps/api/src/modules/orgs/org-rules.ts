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
