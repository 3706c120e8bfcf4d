import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FundAccountList } from '@bangfu/shared/funds';
import { api } from '../../../lib/api-client';

/** GET /api/v1/fund-accounts: the special accounts of my subtree, with balances per source and closed years. */
export function getFundAccounts(signal?: AbortSignal): Promise<FundAccountList> {
  return api.get<FundAccountList>('/api/v1/fund-accounts', undefined, signal);
}

export const fundAccountsQueryOptions = () => queryOptions({ queryKey: ['funds', 'accounts', 'list'], queryFn: ({ signal }) => getFundAccounts(signal) });

export function useFundAccounts() {
  return useQuery(fundAccountsQueryOptions());
}
