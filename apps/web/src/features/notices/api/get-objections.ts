import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ObjectionPage, ObjectionQuery } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';
import { PAGE_SIZE } from '../../../lib/paging';

/** GET /api/v1/notice-batches/:id/objections: the batch's objections, oldest first, one keyset page. */
export function getObjections(id: string, query: ObjectionQuery, signal?: AbortSignal): Promise<ObjectionPage> {
  return api.get<ObjectionPage>(`/api/v1/notice-batches/${encodeURIComponent(id)}/objections`, { ...query }, signal);
}

export const objectionsQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: ['notices', 'detail', id, 'objections'],
    queryFn: ({ pageParam, signal }) => getObjections(id, { cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useObjections(id: string) {
  return useInfiniteQuery(objectionsQueryOptions(id));
}
