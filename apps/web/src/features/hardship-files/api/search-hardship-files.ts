import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { HardshipFileQuery, HardshipFileSummary } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { PAGE_SIZE } from '../../../lib/paging';

export type FileFilters = Omit<HardshipFileQuery, 'cursor' | 'limit' | 'withTotal'>;

export interface HardshipFilePage {
  items: HardshipFileSummary[];
  nextCursor: string | null;
  /** Asked for on the first page only; counting stops at 10000 (exact: false means "10000+"). */
  total?: { count: number; exact: boolean };
}

/** GET /api/v1/hardship-files: one keyset page of the search. */
export function searchHardshipFiles(params: HardshipFileQuery, signal?: AbortSignal): Promise<HardshipFilePage> {
  return api.get<HardshipFilePage>('/api/v1/hardship-files', { ...params }, signal);
}

export const hardshipFilesQueryOptions = (filters: FileFilters) =>
  infiniteQueryOptions({
    queryKey: ['hardship-files', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      searchHardshipFiles({ ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE, withTotal: pageParam === null ? true : undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

/** While a new search loads, the previous rows stay (dimmed by the table's spinner) instead of an empty table. */
export function useHardshipFiles(filters: FileFilters, enabled = true) {
  return useInfiniteQuery({ ...hardshipFilesQueryOptions(filters), enabled, placeholderData: keepPreviousData });
}
