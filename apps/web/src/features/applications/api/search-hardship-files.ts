import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { FileStatus, HardshipFileSummary } from '@bangfu/shared/hardship-files';
import type { PageOf } from '@bangfu/shared/common';
import { api } from '../../../lib/api-client';

export interface FileSearch {
  q: string;
  status?: FileStatus;
}

/** GET /api/v1/hardship-files?q=…: households to apply for (name, pinyin, initials or file number). */
export function searchHardshipFiles({ q, status }: FileSearch, signal?: AbortSignal): Promise<PageOf<HardshipFileSummary>> {
  return api.get<PageOf<HardshipFileSummary>>('/api/v1/hardship-files', { q, status, limit: 20 }, signal);
}

export const hardshipFileSearchQueryOptions = (search: FileSearch) =>
  queryOptions({
    queryKey: ['applications', 'file-search', search],
    queryFn: ({ signal }) => searchHardshipFiles(search, signal),
    enabled: search.q.trim().length > 0,
    placeholderData: keepPreviousData,
  });

export function useHardshipFileSearch(search: FileSearch) {
  return useQuery(hardshipFileSearchQueryOptions(search));
}
