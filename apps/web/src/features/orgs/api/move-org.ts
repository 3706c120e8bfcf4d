import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Org } from '@bangfu/shared/orgs';
import { api } from '../../../lib/api-client';

/** POST /api/v1/orgs/:id/move {parentId}: re-parents the org with its whole subtree. */
export function moveOrg({ id, parentId }: { id: string; parentId: string }): Promise<Org> {
  return api.post<Org>(`/api/v1/orgs/${encodeURIComponent(id)}/move`, { parentId });
}

export function useMoveOrg() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: moveOrg, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs'] }) });
}
