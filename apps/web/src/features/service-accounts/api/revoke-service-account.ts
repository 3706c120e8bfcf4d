import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ServiceAccount } from '@bangfu/shared/service-accounts';
import { api } from '../../../lib/api-client';

/** POST /api/v1/service-accounts/:id/revoke: the key stops working at once. */
export function revokeServiceAccount(id: string): Promise<ServiceAccount> {
  return api.post<ServiceAccount>(`/api/v1/service-accounts/${encodeURIComponent(id)}/revoke`);
}

export function useRevokeServiceAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeServiceAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['service-accounts'] }),
  });
}
