import type { NoticeBatch, NoticeBatchCreate } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';
import { useBatchMutation } from './use-batch-mutation';

/** POST /api/v1/notice-batches → 201, a draft batch (window days default to the org's workflow). */
export function createNoticeBatch(body: NoticeBatchCreate): Promise<NoticeBatch> {
  return api.post<NoticeBatch>('/api/v1/notice-batches', body);
}

export function useCreateNoticeBatch() {
  return useBatchMutation(createNoticeBatch);
}
