import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AidCap, AidCapInput } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';

/** PUT /api/v1/aid-caps: sets (or replaces) the cap for a region, year, category and aid type in my region. */
export function putAidCap(body: AidCapInput): Promise<AidCap> {
  return api.put<AidCap>('/api/v1/aid-caps', body);
}

export function usePutAidCap() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: putAidCap, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow-settings', 'caps'] }) });
}
