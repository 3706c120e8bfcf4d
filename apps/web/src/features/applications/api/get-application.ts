import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Application } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';

/** GET /api/v1/applications/:id: facts, plan, timeline, home visits and what the caller may do now. */
export function getApplication(id: string, signal?: AbortSignal): Promise<Application> {
  return api.get<Application>(`/api/v1/applications/${encodeURIComponent(id)}`, undefined, signal);
}

export const applicationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['applications', 'detail', id], queryFn: ({ signal }) => getApplication(id, signal) });

export function useApplication(id: string) {
  return useQuery(applicationQueryOptions(id));
}
