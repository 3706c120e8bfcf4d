import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FundAccountList } from '@bangfu/shared/funds';
import { api } from '../../../lib/api-client';

/** GET /api/v1/fund-accounts: the special accounts I may pay from (same query as the funds pages). */
export function getPayAccounts(signal?: AbortSignal): Promise<FundAccountList> {
  return api.get<FundAccountList>('/api/v1/fund-accounts', undefined, signal);
}

export const payAccountsQueryOptions = () => queryOptions({ queryKey: ['funds', 'accounts', 'list'], queryFn: ({ signal }) => getPayAccounts(signal) });

export function usePayAccounts() {
  return useQuery(payAccountsQueryOptions());
}
