import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NoticeBatch } from '@bangfu/shared/notices';
import { noticeBatchQueryOptions } from './get-notice-batch';

/**
 * Every change to a batch answers with the batch and its counts: cache it, refresh its paged items,
 * units and objections, the batch list, and the applications it moved (their pages, lists and the inbox).
 */
export function useBatchMutation<V>(mutationFn: (variables: V) => Promise<NoticeBatch>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (batch) => {
      queryClient.setQueryData(noticeBatchQueryOptions(batch.id).queryKey, batch);
      const key = noticeBatchQueryOptions(batch.id).queryKey;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key, predicate: (query) => query.queryKey.length > key.length }),
        queryClient.invalidateQueries({ queryKey: ['notices', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['applications'] }),
      ]);
    },
  });
}
