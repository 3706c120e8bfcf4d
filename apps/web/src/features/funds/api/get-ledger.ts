import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { LedgerQuery, LedgerTxn } from '@bangfu/shared/funds';
import type { PageOf } from '@bangfu/shared/common';
import { api } from '../../../lib/api-client';
import { PAGE_SIZE } from '../../../lib/paging';

export type LedgerFilters = Omit<LedgerQuery, 'cursor' | 'limit'>;

/** GET /api/v1/fund-accounts/:id/ledger: 记账凭证 with their lines, newest first, filtered; one keyset page. */
export function getLedger(accountId: string, query: LedgerQuery, signal?: AbortSignal): Promise<PageOf<LedgerTxn>> {
  return api.get<PageOf<LedgerTxn>>(`/api/v1/fund-accounts/${encodeURIComponent(accountId)}/ledger`, { ...query }, signal);
}

export const ledgerQueryOptions = (accountId: string, filters: LedgerFilters) =>
  infiniteQueryOptions({
    queryKey: ['funds', 'ledger', accountId, filters],
    queryFn: ({ pageParam, signal }) => getLedger(accountId, { ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useLedger(accountId: string, filters: LedgerFilters) {
  return useInfiniteQuery({ ...ledgerQueryOptions(accountId, filters), placeholderData: keepPreviousData });
}

/** Every page of the filtered ledger (up to `max` transactions), for the CSV export. */
export async function getWholeLedger(accountId: string, filters: LedgerFilters, max = 5000): Promise<{ items: LedgerTxn[]; truncated: boolean }> {
  const items: LedgerTxn[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await getLedger(accountId, { ...filters, cursor, limit: 200 });
    items.push(...page.items);
    if (!page.nextCursor) return { items, truncated: false };
    if (items.length >= max) return { items, truncated: true };
    cursor = page.nextCursor;
  }
}

/** GET /api/v1/ledger-transactions/:id: one transaction with every line. */
export function getLedgerTransaction(id: string, signal?: AbortSignal): Promise<LedgerTxn> {
  return api.get<LedgerTxn>(`/api/v1/ledger-transactions/${encodeURIComponent(id)}`, undefined, signal);
}

export const ledgerTransactionQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['funds', 'ledger-transaction', id], queryFn: ({ signal }) => getLedgerTransaction(id, signal) });

export function useLedgerTransaction(id: string | null) {
  return useQuery({ ...ledgerTransactionQueryOptions(id ?? ''), enabled: id !== null });
}
