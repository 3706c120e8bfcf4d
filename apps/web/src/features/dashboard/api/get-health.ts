import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Health } from '@bangfu/shared/health';
import { api } from '../../../lib/api-client';

/** GET /api/health: the API and its database. */
export function getHealth(signal?: AbortSignal): Promise<Health> {
  return api.get<Health>('/api/health', undefined, signal);
}

export const healthQueryOptions = () =>
  queryOptions({ queryKey: ['health'], queryFn: ({ signal }) => getHealth(signal), refetchInterval: 60_000 });

export function useHealth() {
  return useQuery(healthQueryOptions());
}
