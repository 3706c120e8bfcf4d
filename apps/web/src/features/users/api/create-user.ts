import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserCreate } from '@bangfu/shared/users';
import { api } from '../../../lib/api-client';

/** POST /api/v1/users → 201 User. */
export function createUser(body: UserCreate): Promise<User> {
  return api.post<User>('/api/v1/users', body);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }) });
}
