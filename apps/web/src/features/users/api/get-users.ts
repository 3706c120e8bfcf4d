import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { Role } from '@bangfu/shared/roles';
import type { User } from '@bangfu/shared/users';
import type { PageOf } from '@bangfu/shared/common';
import { api } from '../../../lib/api-client';
import { PAGE_SIZE } from '../../../lib/paging';

export interface UserFilters {
  orgId?: string;
  q?: string;
  role?: Role;
  active?: boolean;
}

/** GET /api/v1/users: one keyset page. */
export function getUsers(params: UserFilters & { cursor?: string; limit?: number }, signal?: AbortSignal): Promise<PageOf<User>> {
  return api.get<PageOf<User>>('/api/v1/users', { ...params }, signal);
}

export const usersQueryOptions = (filters: UserFilters) =>
  infiniteQueryOptions({
    queryKey: ['users', 'list', filters],
    queryFn: ({ pageParam, signal }) => getUsers({ ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useUsers(filters: UserFilters) {
  return useInfiniteQuery(usersQueryOptions(filters));
}
