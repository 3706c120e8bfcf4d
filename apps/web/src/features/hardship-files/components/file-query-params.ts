import { CATEGORIES, FILE_SORTS, FILE_STATUSES } from '@bangfu/shared/hardship-files';
import type { FileFilters } from '../api/search-hardship-files';

export type FilesTab = 'all' | 'review' | 'duplicates';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** The list's filters live in the address, so the back button and a shared link restore the search. */
export function filtersFromParams(params: URLSearchParams): FileFilters {
  const cause = Number(params.get('mainCause'));
  const filters: FileFilters = {
    q: params.get('q') || undefined,
    idTail: /^[0-9Xx]{4}$/.test(params.get('idTail') ?? '') ? (params.get('idTail') ?? undefined) : undefined,
    category: oneOf(CATEGORIES, params.get('category')),
    status: oneOf(FILE_STATUSES, params.get('status')),
    mainCause: Number.isInteger(cause) && cause >= 1 && cause <= 10 ? cause : undefined,
    householdType: oneOf(['urban', 'migrant'] as const, params.get('householdType')),
    orgId: params.get('orgId') || undefined,
    reviewDueBefore: /^\d{4}-\d{2}-\d{2}$/.test(params.get('reviewDueBefore') ?? '') ? (params.get('reviewDueBefore') ?? undefined) : undefined,
    sort: oneOf(FILE_SORTS, params.get('sort')),
    order: oneOf(['asc', 'desc'] as const, params.get('order')),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as FileFilters;
}

export function paramsFromFilters(filters: FileFilters, tab: FilesTab): URLSearchParams {
  const params = new URLSearchParams();
  if (tab !== 'all') params.set('tab', tab);
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}

export function tabFromParams(params: URLSearchParams): FilesTab {
  return oneOf(['all', 'review', 'duplicates'] as const, params.get('tab')) ?? 'all';
}
