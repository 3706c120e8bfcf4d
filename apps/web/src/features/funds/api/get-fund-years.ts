import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FundYearList } from '@bangfu/shared/fund-reports';
import { api } from '../../../lib/api-client';

/** GET /api/v1/fund-accounts/:id/years: each year open or closed, with opening, in, out and closing. */
export function getFundYears(accountId: string, signal?: AbortSignal): Promise<FundYearList> {
  return api.get<FundYearList>(`/api/v1/fund-accounts/${encodeURIComponent(accountId)}/years`, undefined, signal);
}

export const fundYearsQueryOptions = (accountId: string) =>
  queryOptions({ queryKey: ['funds', 'years', accountId], queryFn: ({ signal }) => getFundYears(accountId, signal) });

export function useFundYears(accountId: string | undefined) {
  return useQuery({ ...fundYearsQueryOptions(accountId ?? ''), enabled: Boolean(accountId) });
}
