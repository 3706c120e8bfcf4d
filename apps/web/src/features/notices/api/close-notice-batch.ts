import type { NoticeBatch } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';
import { useBatchMutation } from './use-batch-mutation';

/** POST /api/v1/notice-batches/:id/close: after the window, every objection ruled; the items move on together. */
export function closeNoticeBatch(id: string): Promise<NoticeBatch> {
  return api.post<NoticeBatch>(`/api/v1/notice-batches/${encodeURIComponent(id)}/close`);
}

export function useCloseNoticeBatch() {
  return useBatchMutation(closeNoticeBatch);
}
