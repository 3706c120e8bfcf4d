import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NoticeBatchOrgs } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';

/** GET /api/v1/notice-batches/:id/orgs: the units of the batch's items with their counts (the org filter). */
export function getNoticeBatchOrgs(id: string, signal?: AbortSignal): Promise<NoticeBatchOrgs> {
  return api.get<NoticeBatchOrgs>(`/api/v1/notice-batches/${encodeURIComponent(id)}/orgs`, undefined, signal);
}

export const noticeBatchOrgsQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['notices', 'detail', id, 'orgs'], queryFn: ({ signal }) => getNoticeBatchOrgs(id, signal) });

export function useNoticeBatchOrgs(id: string) {
  return useQuery(noticeBatchOrgsQueryOptions(id));
}
