import { useQuery } from '@tanstack/react-query';
import type { FundAccount } from '@bangfu/shared/funds';
import { api } from '../../../lib/api-client';

/** GET /api/v1/fund-accounts/:id: the account the campaign pays from, for its balance (same query key as the funds pages). */
export function getCampaignAccount(id: string, signal?: AbortSignal): Promise<FundAccount> {
  return api.get<FundAccount>(`/api/v1/fund-accounts/${encodeURIComponent(id)}`, undefined, signal);
}

export function useCampaignAccount(id: string | null) {
  return useQuery({ queryKey: ['funds', 'accounts', 'detail', id], queryFn: ({ signal }) => getCampaignAccount(id ?? '', signal), enabled: id !== null });
}
