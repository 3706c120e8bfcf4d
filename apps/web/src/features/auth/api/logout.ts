import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { clearSession, getSession } from '../../../lib/session';

/** POST /api/v1/auth/logout: revokes the refresh token. The local session ends whatever the answer. */
export async function logout(): Promise<void> {
  const refreshToken = getSession()?.refreshToken;
  try {
    if (refreshToken) await api.post<void>('/api/v1/auth/logout', { refreshToken }, { auth: false });
  } finally {
    clearSession('logout');
    queryClient.clear();
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout });
}
