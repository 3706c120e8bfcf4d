import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NoticeBatch } from '@bangfu/shared/notices';
import { api } from '../../../lib/api-client';

/** The campaign's notice batch: its window, state and counts (GET /api/v1/notice-batches/:id sends no items). */
export function getCampaignNoticeBatch(batchId: string, signal?: AbortSignal): Promise<NoticeBatch> {
  return api.get<NoticeBatch>(`/api/v1/notice-batches/${encodeURIComponent(batchId)}`, undefined, signal);
}

export function useCampaignNoticeBatch(batchId: string | null) {
  return useQuery({ queryKey: ['notices', 'campaign-batch', batchId], queryFn: ({ signal }) => getCampaignNoticeBatch(batchId ?? '', signal), enabled: batchId !== null });
}

/** POST /api/v1/notice-batches/:id/close (notice:manage): after the window, every objection ruled; the campaign is then noticed. */
export function closeCampaignNotice(batchId: string): Promise<NoticeBatch> {
  return api.post<NoticeBatch>(`/api/v1/notice-batches/${encodeURIComponent(batchId)}/close`);
}

export function useCloseCampaignNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeCampaignNotice,
    onSuccess: async () => {
      await Promise.all([['campaigns'], ['notices'], ['applications'], ['payments']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
