import { useMutation } from '@tanstack/react-query';
import type { LoginBody, TokenPair } from '@bangfu/shared/auth';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import { setSession } from '../../../lib/session';

/** POST /api/v1/auth/login: 401 INVALID_CREDENTIALS, 403 ACCOUNT_DISABLED, 429 with Retry-After. */
export function login(body: LoginBody): Promise<TokenPair> {
  return api.post<TokenPair>('/api/v1/auth/login', body, { auth: false });
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (tokens) => {
      queryClient.clear();
      setSession(tokens);
    },
  });
}
