import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NoticeBatchSummary } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';

export type { NoticeBatchSummary };

/** GET /api/v1/notice-batches: the batches of my subtree. */
export function getNoticeBatches(signal?: AbortSignal): Promise<{ items: NoticeBatchSummary[] }> {
  return api.get<{ items: NoticeBatchSummary[] }>('/api/v1/notice-batches', undefined, signal);
}

export const noticeBatchesQueryOptions = () => queryOptions({ queryKey: ['notices', 'list'], queryFn: ({ signal }) => getNoticeBatches(signal) });

export function useNoticeBatches() {
  return useQuery(noticeBatchesQueryOptions());
}
