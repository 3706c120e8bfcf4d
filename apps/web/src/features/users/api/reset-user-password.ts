import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /api/v1/users/:id/password {newPassword} → 204: an administrator sets a new password. */
export function resetUserPassword({ id, newPassword }: { id: string; newPassword: string }): Promise<void> {
  return api.post<void>(`/api/v1/users/${encodeURIComponent(id)}/password`, { newPassword });
}

export function useResetUserPassword() {
  return useMutation({ mutationFn: resetUserPassword });
}
