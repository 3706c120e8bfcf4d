import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Org } from '@bangfu/shared/orgs';
import { api } from '../../../lib/api-client';

/** POST /api/v1/orgs/:id/activate. */
export function activateOrg(id: string): Promise<Org> {
  return api.post<Org>(`/api/v1/orgs/${encodeURIComponent(id)}/activate`);
}

export function useActivateOrg() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: activateOrg, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs'] }) });
}
