import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { NoticeItemPage, NoticeItemQuery } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';

export type NoticeItemFilters = Pick<NoticeItemQuery, 'q' | 'orgId' | 'state'>;

/** Rows per request on the batch page: a batch may hold 100,000 items. */
export const ITEMS_PAGE_SIZE = 50;

/** GET /api/v1/notice-batches/:id/items: the batch's items in notice order, one keyset page, filtered. */
export function getNoticeItems(id: string, query: NoticeItemQuery, signal?: AbortSignal): Promise<NoticeItemPage> {
  return api.get<NoticeItemPage>(`/api/v1/notice-batches/${encodeURIComponent(id)}/items`, { ...query }, signal);
}

export const noticeItemsQueryOptions = (id: string, filters: NoticeItemFilters) =>
  infiniteQueryOptions({
    queryKey: ['notices', 'detail', id, 'items', filters],
    queryFn: ({ pageParam, signal }) => getNoticeItems(id, { ...filters, cursor: pageParam ?? undefined, limit: ITEMS_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useNoticeItems(id: string, filters: NoticeItemFilters) {
  return useInfiniteQuery({ ...noticeItemsQueryOptions(id, filters), placeholderData: keepPreviousData });
}
