import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserUpdate } from '@bangfu/shared/users';
import { api } from '../../../lib/api-client';

/** PATCH /api/v1/users/:id {displayName?, orgId?, active?}. */
export function updateUser({ id, ...body }: UserUpdate & { id: string }): Promise<User> {
  return api.patch<User>(`/api/v1/users/${encodeURIComponent(id)}`, body);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: async () => {
      // The edited user may be the one logged in (name, org, roles shown in the header).
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['users'] }), queryClient.invalidateQueries({ queryKey: ['auth', 'me'] })]);
    },
  });
}
