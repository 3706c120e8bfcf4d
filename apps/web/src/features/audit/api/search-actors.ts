import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PageOf } from '@bangfu/shared/common';
import type { User } from '@bangfu/shared/users';
import { api } from '../../../lib/api-client';

/** GET /api/v1/users?q=: candidates for the audit log's actor filter (auditors and admins hold user:read). */
export function searchActors(q: string, signal?: AbortSignal): Promise<PageOf<User>> {
  return api.get<PageOf<User>>('/api/v1/users', { q, limit: 20 }, signal);
}

export const actorSearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['audit', 'actors', q], queryFn: ({ signal }) => searchActors(q, signal), enabled: q.trim().length > 0 });

export function useActorSearch(q: string) {
  return useQuery(actorSearchQueryOptions(q.trim()));
}
