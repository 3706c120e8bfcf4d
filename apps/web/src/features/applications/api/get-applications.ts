import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AidType, ApplicationKind, ApplicationState, ApplicationSummary } from '@bangfu/shared/applications';
import type { PageOf } from '@bangfu/shared/common';
import { api } from '../../../lib/api-client';
import { PAGE_SIZE } from '../../../lib/paging';

export interface ApplicationFilters {
  state?: ApplicationState;
  kind?: ApplicationKind;
  aidType?: AidType;
  fileId?: string;
}

/** GET /api/v1/applications: one keyset page, newest activity first. */
export function getApplications(params: ApplicationFilters & { cursor?: string; limit?: number }, signal?: AbortSignal): Promise<PageOf<ApplicationSummary>> {
  return api.get<PageOf<ApplicationSummary>>('/api/v1/applications', { ...params }, signal);
}

export const applicationsQueryOptions = (filters: ApplicationFilters) =>
  infiniteQueryOptions({
    queryKey: ['applications', 'list', filters],
    queryFn: ({ pageParam, signal }) => getApplications({ ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useApplications(filters: ApplicationFilters) {
  return useInfiniteQuery(applicationsQueryOptions(filters));
}
