import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FundAccount } from '@bangfu/shared/funds';
import { api } from '../../../lib/api-client';

/** GET /api/v1/fund-accounts/:id: one special account with its balances. */
export function getFundAccount(id: string, signal?: AbortSignal): Promise<FundAccount> {
  return api.get<FundAccount>(`/api/v1/fund-accounts/${encodeURIComponent(id)}`, undefined, signal);
}

export const fundAccountQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['funds', 'accounts', 'detail', id], queryFn: ({ signal }) => getFundAccount(id, signal) });

export function useFundAccount(id: string) {
  return useQuery(fundAccountQueryOptions(id));
}
