import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AidCampaign, CampaignPreview } from '@bangfu/shared/aid-campaigns';
import { api } from '../../../lib/api-client';

/** GET /api/v1/aid-campaigns/:id: the campaign, where its households stand, and a running payment's progress. */
export function getCampaign(id: string, signal?: AbortSignal): Promise<AidCampaign> {
  return api.get<AidCampaign>(`/api/v1/aid-campaigns/${encodeURIComponent(id)}`, undefined, signal);
}

export const campaignQueryOptions = (id: string) => queryOptions({ queryKey: ['campaigns', 'detail', id], queryFn: ({ signal }) => getCampaign(id, signal) });

/** While `poll` (this page started a payment) or the server says it is paying, asks again every 700 ms for the progress. */
export function useCampaign(id: string, poll = false) {
  return useQuery({ ...campaignQueryOptions(id), refetchInterval: (query) => (poll || query.state.data?.state === 'paying' ? 700 : false) });
}

/** GET /api/v1/aid-campaigns/:id/preview: what the saved rule selects now. */
export function getSavedPreview(id: string, signal?: AbortSignal): Promise<CampaignPreview> {
  return api.get<CampaignPreview>(`/api/v1/aid-campaigns/${encodeURIComponent(id)}/preview`, undefined, signal);
}

export function useSavedPreview(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['campaigns', 'preview', id], queryFn: ({ signal }) => getSavedPreview(id, signal), enabled });
}
