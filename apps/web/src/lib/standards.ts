import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClassificationParamsRecord, MinLivingStandard } from '@bangfu/shared/standards';
import { api } from './api-client';

/**
 * GET /api/v1/min-living-standards and /api/v1/classification-params (org:read).
 * Lives in lib because the standards admin page lists them and the hardship-file form previews
 * the classification with them.
 */
export function getMinLivingStandards(divisionCode?: string, signal?: AbortSignal): Promise<{ items: MinLivingStandard[] }> {
  return api.get<{ items: MinLivingStandard[] }>('/api/v1/min-living-standards', { divisionCode }, signal);
}

export const minLivingStandardsQueryOptions = (divisionCode?: string) =>
  queryOptions({
    queryKey: ['standards', 'min-living', divisionCode ?? null],
    queryFn: ({ signal }) => getMinLivingStandards(divisionCode, signal),
  });

export function useMinLivingStandards(divisionCode?: string) {
  return useQuery(minLivingStandardsQueryOptions(divisionCode));
}

export function getClassificationParams(divisionCode?: string, signal?: AbortSignal): Promise<{ items: ClassificationParamsRecord[] }> {
  return api.get<{ items: ClassificationParamsRecord[] }>('/api/v1/classification-params', { divisionCode }, signal);
}

export const classificationParamsQueryOptions = (divisionCode?: string) =>
  queryOptions({
    queryKey: ['standards', 'params', divisionCode ?? null],
    queryFn: ({ signal }) => getClassificationParams(divisionCode, signal),
  });

export function useClassificationParams(divisionCode?: string) {
  return useQuery(classificationParamsQueryOptions(divisionCode));
}

/** Division codes to try, most specific first: county 440305 → city 440300 → province 440000 (as the API does). */
export function divisionChain(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}

/** The standard in force for a division on a day: from the most specific division that has one. */
export function standardInForce(items: readonly MinLivingStandard[], divisionCode: string, day: string): MinLivingStandard | undefined {
  for (const code of divisionChain(divisionCode)) {
    const found = items
      .filter((s) => s.divisionCode === code && s.effectiveFrom <= day)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
    if (found) return found;
  }
  return undefined;
}

/** The parameters for a division and year: that year's, or the latest earlier year's, most specific division first. */
export function paramsInForce(items: readonly ClassificationParamsRecord[], divisionCode: string, year: number): ClassificationParamsRecord | undefined {
  for (const code of divisionChain(divisionCode)) {
    const found = items.filter((p) => p.divisionCode === code && p.year <= year).sort((a, b) => b.year - a.year)[0];
    if (found) return found;
  }
  return undefined;
}
