import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ServiceAccountCreate, ServiceAccountCreated } from '@bangfu/shared/service-accounts';
import { api } from '../../../lib/api-client';

/** POST /api/v1/service-accounts → 201 {serviceAccount, apiKey}: the key is in this answer only. */
export function createServiceAccount(body: ServiceAccountCreate): Promise<ServiceAccountCreated> {
  return api.post<ServiceAccountCreated>('/api/v1/service-accounts', body);
}

export function useCreateServiceAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createServiceAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['service-accounts'] }),
  });
}
