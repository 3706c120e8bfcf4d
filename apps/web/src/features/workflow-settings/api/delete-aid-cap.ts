import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** DELETE /api/v1/aid-caps/:id: removes a cap in my region (audited). */
export function deleteAidCap(id: string): Promise<void> {
  return api.delete<void>(`/api/v1/aid-caps/${encodeURIComponent(id)}`);
}

export function useDeleteAidCap() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteAidCap, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow-settings', 'caps'] }) });
}
