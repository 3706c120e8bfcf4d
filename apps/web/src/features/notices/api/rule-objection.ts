import type { NoticeBatch, Ruling } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';
import { useBatchMutation } from './use-batch-mutation';

/** POST /api/v1/notice-batches/:id/objections/:objectionId/ruling: sustained sends the item to recheck. */
export function ruleObjection({ batchId, objectionId, ...body }: Ruling & { batchId: string; objectionId: string }): Promise<NoticeBatch> {
  return api.post<NoticeBatch>(`/api/v1/notice-batches/${encodeURIComponent(batchId)}/objections/${encodeURIComponent(objectionId)}/ruling`, body);
}

export function useRuleObjection() {
  return useBatchMutation(ruleObjection);
}
