import type { Executor } from '../../db/client';
import { classificationParams, minLivingStandards } from '../../db/schema/index';
import { divisionChain, type ParamsRow, type StandardRow } from '../../modules/standards/standards.repo';

/** rtrim(code, '0'): more significant digits = a more specific division (as standards.repo orders). */
const specificity = (code: string) => code.replace(/0+$/, '').length;

/**
 * Every standard and parameter set held in memory, answering what `standardFor` and `paramsFor`
 * answer from the database, so bulk loading judges a million files without a million queries.
 */
export class StandardsBook {
  private readonly standardCache = new Map<string, StandardRow | undefined>();
  private readonly paramsCache = new Map<string, ParamsRow | undefined>();

  constructor(
    private readonly standards: StandardRow[],
    private readonly params: ParamsRow[],
  ) {}

  static async load(exec: Executor): Promise<StandardsBook> {
    return new StandardsBook(await exec.select().from(minLivingStandards), await exec.select().from(classificationParams));
  }

  standardFor(divisionCode: string, day: string): StandardRow | undefined {
    const key = `${divisionCode}|${day}`;
    if (!this.standardCache.has(key)) {
      const chain = divisionChain(divisionCode);
      const best = this.standards
        .filter((s) => chain.includes(s.divisionCode) && s.effectiveFrom <= day)
        .sort((a, b) => specificity(b.divisionCode) - specificity(a.divisionCode) || (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0))[0];
      this.standardCache.set(key, best);
    }
    return this.standardCache.get(key);
  }

  paramsFor(divisionCode: string, year: number): ParamsRow | undefined {
    const key = `${divisionCode}|${year}`;
    if (!this.paramsCache.has(key)) {
      const chain = divisionChain(divisionCode);
      const best = this.params
        .filter((p) => chain.includes(p.divisionCode) && p.year <= year)
        .sort((a, b) => specificity(b.divisionCode) - specificity(a.divisionCode) || b.year - a.year)[0];
      this.paramsCache.set(key, best);
    }
    return this.paramsCache.get(key);
  }

  reviewMonthsFor(divisionCode: string, day: string): number {
    return this.paramsFor(divisionCode, Number(day.slice(0, 4)))?.reviewMonths ?? 12;
  }
}
