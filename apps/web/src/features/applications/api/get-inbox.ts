import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Inbox } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';
import { PAGE_SIZE } from '../../../lib/paging';

/** GET /api/v1/inbox (待办): counts by state of what waits for the caller, and one keyset page of it. */
export function getInbox(params: { cursor?: string; limit?: number } = {}, signal?: AbortSignal): Promise<Inbox> {
  return api.get<Inbox>('/api/v1/inbox', { ...params }, signal);
}

/** The counts (for the menu badge; one item, nothing more), refetched every minute to follow what others decide. */
export const inboxQueryOptions = () =>
  queryOptions({ queryKey: ['applications', 'inbox', 'counts'], queryFn: ({ signal }) => getInbox({ limit: 1 }, signal), refetchInterval: 60_000 });

export function useInbox(enabled = true) {
  return useQuery({ ...inboxQueryOptions(), enabled });
}

/** The inbox page: the counts with the first page, more pages on "load more". */
export const inboxPagesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['applications', 'inbox', 'pages'],
    queryFn: ({ pageParam, signal }) => getInbox({ cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 60_000,
  });

export function useInboxPages() {
  return useInfiniteQuery(inboxPagesQueryOptions());
}
