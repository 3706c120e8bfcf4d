import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FundAccount, FundAccountCreate } from '@bangfu/shared/funds';
import { api } from '../../../lib/api-client';

/** POST /api/v1/fund-accounts → 201: opens an organisation's special account (one per organisation). */
export function createFundAccount(body: FundAccountCreate): Promise<FundAccount> {
  return api.post<FundAccount>('/api/v1/fund-accounts', body);
}

export function useCreateFundAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFundAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['funds', 'accounts'] }),
  });
}
