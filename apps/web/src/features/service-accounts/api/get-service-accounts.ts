import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { PageOf } from '@bangfu/shared/common';
import type { ServiceAccount } from '@bangfu/shared/service-accounts';
import { api } from '../../../lib/api-client';
import { PAGE_SIZE } from '../../../lib/paging';

export interface ServiceAccountFilters {
  orgId?: string;
  includeRevoked?: boolean;
}

/** GET /api/v1/service-accounts: one keyset page. */
export function getServiceAccounts(
  params: ServiceAccountFilters & { cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<PageOf<ServiceAccount>> {
  return api.get<PageOf<ServiceAccount>>('/api/v1/service-accounts', { ...params }, signal);
}

export const serviceAccountsQueryOptions = (filters: ServiceAccountFilters) =>
  infiniteQueryOptions({
    queryKey: ['service-accounts', 'list', filters],
    queryFn: ({ pageParam, signal }) => getServiceAccounts({ ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useServiceAccounts(filters: ServiceAccountFilters) {
  return useInfiniteQuery(serviceAccountsQueryOptions(filters));
}
