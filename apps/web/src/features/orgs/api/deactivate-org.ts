import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Org } from '@bangfu/shared/orgs';
import { api } from '../../../lib/api-client';

/** POST /api/v1/orgs/:id/deactivate. */
export function deactivateOrg(id: string): Promise<Org> {
  return api.post<Org>(`/api/v1/orgs/${encodeURIComponent(id)}/deactivate`);
}

export function useDeactivateOrg() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deactivateOrg, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs'] }) });
}
