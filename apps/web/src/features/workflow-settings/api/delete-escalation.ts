import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** DELETE /api/v1/approval-escalations/:id: removes a threshold set in my subtree (audited). */
export function deleteEscalation(id: string): Promise<void> {
  return api.delete<void>(`/api/v1/approval-escalations/${encodeURIComponent(id)}`);
}

export function useDeleteEscalation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteEscalation, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow-settings', 'escalations'] }) });
}
