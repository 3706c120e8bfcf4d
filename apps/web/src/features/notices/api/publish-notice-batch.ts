import type { NoticeBatch } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';
import { useBatchMutation } from './use-batch-mutation';

/** POST /api/v1/notice-batches/:id/publish: the window starts and the public page goes live. */
export function publishNoticeBatch(id: string): Promise<NoticeBatch> {
  return api.post<NoticeBatch>(`/api/v1/notice-batches/${encodeURIComponent(id)}/publish`);
}

export function usePublishNoticeBatch() {
  return useBatchMutation(publishNoticeBatch);
}
