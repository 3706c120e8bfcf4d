import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { PublicNoticeItemPage, PublicNoticeItemQuery } from '@bangfu/shared/notices';
import { apiRequest } from '../../../lib/api-client';
import { collectPages } from './collect-pages';

export type PublicItemFilters = Pick<PublicNoticeItemQuery, 'q' | 'orgId'>;

/** Lines per request on the public page (a phone); the print view takes the largest pages the API allows. */
export const PUBLIC_PAGE_SIZE = 30;
export const PRINT_PAGE_SIZE = 200;

/** GET /api/v1/public/notices/:token/items without login: one keyset page of masked lines, by unit or masked name. */
export function getPublicItems(token: string, query: PublicNoticeItemQuery, signal?: AbortSignal): Promise<PublicNoticeItemPage> {
  return apiRequest<PublicNoticeItemPage>('GET', `/api/v1/public/notices/${encodeURIComponent(token)}/items`, { auth: false, query: { ...query }, signal });
}

export const publicItemsQueryOptions = (token: string, filters: PublicItemFilters) =>
  infiniteQueryOptions({
    queryKey: ['public-notice', token, 'items', filters],
    queryFn: ({ pageParam, signal }) => getPublicItems(token, { ...filters, cursor: pageParam ?? undefined, limit: PUBLIC_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function usePublicItems(token: string, filters: PublicItemFilters) {
  return useInfiniteQuery({ ...publicItemsQueryOptions(token, filters), placeholderData: keepPreviousData });
}

/** Every line of one unit (or, for a small notice, of all units: orgId undefined), for the print view. */
export const allPublicItemsQueryOptions = (token: string, orgId: string | undefined) =>
  queryOptions({
    queryKey: ['public-notice', token, 'print-items', orgId ?? null],
    queryFn: ({ signal }) => collectPages((cursor) => getPublicItems(token, { orgId, cursor: cursor ?? undefined, limit: PRINT_PAGE_SIZE }, signal)),
  });

export function useAllPublicItems(token: string, orgId: string | undefined, enabled: boolean) {
  return useQuery({ ...allPublicItemsQueryOptions(token, orgId), enabled });
}
