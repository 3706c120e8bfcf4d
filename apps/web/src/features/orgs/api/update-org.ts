import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Org, OrgUpdate } from '@bangfu/shared/orgs';
import { api } from '../../../lib/api-client';

/** PATCH /api/v1/orgs/:id. */
export function updateOrg({ id, ...body }: OrgUpdate & { id: string }): Promise<Org> {
  return api.patch<Org>(`/api/v1/orgs/${encodeURIComponent(id)}`, body);
}

export function useUpdateOrg() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateOrg, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs'] }) });
}
