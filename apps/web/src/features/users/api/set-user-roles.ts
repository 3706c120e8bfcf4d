import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@bangfu/shared/roles';
import type { User } from '@bangfu/shared/users';
import { api } from '../../../lib/api-client';

/** PUT /api/v1/users/:id/roles {roles}: replaces the user's roles. */
export function setUserRoles({ id, roles }: { id: string; roles: Role[] }): Promise<User> {
  return api.put<User>(`/api/v1/users/${encodeURIComponent(id)}/roles`, { roles });
}

export function useSetUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUserRoles,
    onSuccess: async () => {
      // The edited user may be the one logged in (name, org, roles shown in the header).
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['users'] }), queryClient.invalidateQueries({ queryKey: ['auth', 'me'] })]);
    },
  });
}
