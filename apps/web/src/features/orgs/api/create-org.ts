import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Org, OrgCreate } from '@bangfu/shared/orgs';
import { api } from '../../../lib/api-client';

/** POST /api/v1/orgs → 201 Org. */
export function createOrg(body: OrgCreate): Promise<Org> {
  return api.post<Org>('/api/v1/orgs', body);
}

export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createOrg, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs'] }) });
}
