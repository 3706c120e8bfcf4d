import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordBody, TokenPair } from '@bangfu/shared/auth';
import { api } from '../../../lib/api-client';
import { setSession } from '../../../lib/session';

/** POST /api/v1/auth/password: answers a new token pair; every other session is revoked. */
export function changePassword(body: ChangePasswordBody): Promise<TokenPair> {
  return api.post<TokenPair>('/api/v1/auth/password', body);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword, onSuccess: (tokens) => setSession(tokens) });
}
