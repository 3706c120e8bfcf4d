import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NoticeBatchOrgs } from '@bangfu/shared/notices';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/v1/public/notices/:token/orgs without login: the units the notice lists, with how many each. */
export function getPublicOrgs(token: string, signal?: AbortSignal): Promise<NoticeBatchOrgs> {
  return apiRequest<NoticeBatchOrgs>('GET', `/api/v1/public/notices/${encodeURIComponent(token)}/orgs`, { auth: false, signal });
}

export const publicOrgsQueryOptions = (token: string) => queryOptions({ queryKey: ['public-notice', token, 'orgs'], queryFn: ({ signal }) => getPublicOrgs(token, signal) });

export function usePublicOrgs(token: string) {
  return useQuery(publicOrgsQueryOptions(token));
}
