import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { Receipt, ReceiptQuery } from '@bangfu/shared/funds';
import type { PageOf } from '@bangfu/shared/common';
import { api } from '../../../lib/api-client';
import { PAGE_SIZE } from '../../../lib/paging';

export type ReceiptFilters = Omit<ReceiptQuery, 'cursor' | 'limit'>;

/** GET /api/v1/fund-accounts/:id/receipts: receipts (收款), latest first, one keyset page. */
export function getReceipts(accountId: string, query: ReceiptQuery, signal?: AbortSignal): Promise<PageOf<Receipt>> {
  return api.get<PageOf<Receipt>>(`/api/v1/fund-accounts/${encodeURIComponent(accountId)}/receipts`, { ...query }, signal);
}

export const receiptsQueryOptions = (accountId: string, filters: ReceiptFilters) =>
  infiniteQueryOptions({
    queryKey: ['funds', 'receipts', accountId, filters],
    queryFn: ({ pageParam, signal }) => getReceipts(accountId, { ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useReceipts(accountId: string, filters: ReceiptFilters) {
  return useInfiniteQuery({ ...receiptsQueryOptions(accountId, filters), placeholderData: keepPreviousData });
}
