import type { FundYear } from '@bangfu/shared/fund-reports';
import { api } from '../../../lib/api-client';
import { useFundsMutation } from './use-funds-mutation';

/** POST /api/v1/fund-accounts/:id/years/:year/close: 年度结账; the year's ledger then refuses every posting. */
export function closeFundYear({ accountId, year }: { accountId: string; year: number }): Promise<FundYear> {
  return api.post<FundYear>(`/api/v1/fund-accounts/${encodeURIComponent(accountId)}/years/${year}/close`);
}

export function useCloseFundYear() {
  return useFundsMutation(closeFundYear);
}
