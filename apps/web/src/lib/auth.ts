import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '@bangfu/shared/auth';
import type { Permission } from '@bangfu/shared/roles';
import { api } from './api-client';

/** Who is logged in. Shared by the layout and every feature that hides actions by permission. */
export function getMe(signal?: AbortSignal): Promise<Me> {
  return api.get<Me>('/api/v1/auth/me', undefined, signal);
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'me'], queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQueryOptions());
}

/** True when the logged-in principal holds the permission (false while loading). */
export function useCan(permission: Permission): boolean {
  const { data } = useMe();
  return data?.permissions.includes(permission) ?? false;
}
