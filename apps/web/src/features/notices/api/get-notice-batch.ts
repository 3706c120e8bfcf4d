import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NoticeBatch } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';

/** GET /api/v1/notice-batches/:id: the batch with its item and objection counts (items and objections are paged). */
export function getNoticeBatch(id: string, signal?: AbortSignal): Promise<NoticeBatch> {
  return api.get<NoticeBatch>(`/api/v1/notice-batches/${encodeURIComponent(id)}`, undefined, signal);
}

export const noticeBatchQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['notices', 'detail', id], queryFn: ({ signal }) => getNoticeBatch(id, signal) });

export function useNoticeBatch(id: string) {
  return useQuery(noticeBatchQueryOptions(id));
}
