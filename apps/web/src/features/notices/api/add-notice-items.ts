import type { NoticeBatch } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';
import { useBatchMutation } from './use-batch-mutation';

/** POST /api/v1/notice-batches/:id/items {applicationIds}: applications waiting at the notice step. */
export function addNoticeItems({ id, applicationIds }: { id: string; applicationIds: string[] }): Promise<NoticeBatch> {
  return api.post<NoticeBatch>(`/api/v1/notice-batches/${encodeURIComponent(id)}/items`, { applicationIds });
}

export function useAddNoticeItems() {
  return useBatchMutation(addNoticeItems);
}
