import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MinLivingStandard, MinLivingStandardCreate } from '@bangfu/shared/standards';
import { api } from '../../../lib/api-client';

/** POST /api/v1/min-living-standards → 201: a 低保标准 for a division from a date on (standards:manage). */
export function createMinLivingStandard(body: MinLivingStandardCreate): Promise<MinLivingStandard> {
  return api.post<MinLivingStandard>('/api/v1/min-living-standards', body);
}

export function useCreateMinLivingStandard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMinLivingStandard,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['standards', 'min-living'] }),
  });
}
