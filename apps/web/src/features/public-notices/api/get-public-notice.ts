import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicNotice } from '@bangfu/shared/notices';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/v1/public/notices/:token without login: the notice's header and how many it lists (the lines: get-public-items). */
export function getPublicNotice(token: string, signal?: AbortSignal): Promise<PublicNotice> {
  return apiRequest<PublicNotice>('GET', `/api/v1/public/notices/${encodeURIComponent(token)}`, { auth: false, signal });
}

export const publicNoticeQueryOptions = (token: string) =>
  queryOptions({ queryKey: ['public-notice', token], queryFn: ({ signal }) => getPublicNotice(token, signal) });

export function usePublicNotice(token: string) {
  return useQuery(publicNoticeQueryOptions(token));
}
