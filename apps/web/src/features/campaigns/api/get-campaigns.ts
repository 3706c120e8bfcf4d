import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { AidCampaign, AidCampaignQuery } from '@bangfu/shared/aid-campaigns';
import type { PageOf } from '@bangfu/shared/common';
import { api } from '../../../lib/api-client';
import { PAGE_SIZE } from '../../../lib/paging';

export type CampaignSummary = Omit<AidCampaign, 'counts'>;
export type CampaignFilters = Omit<AidCampaignQuery, 'cursor' | 'limit'>;

/** GET /api/v1/aid-campaigns: the campaigns of my subtree, newest first. */
export function getCampaigns(query: AidCampaignQuery, signal?: AbortSignal): Promise<PageOf<CampaignSummary>> {
  return api.get<PageOf<CampaignSummary>>('/api/v1/aid-campaigns', { ...query }, signal);
}

export const campaignsQueryOptions = (filters: CampaignFilters) =>
  infiniteQueryOptions({
    queryKey: ['campaigns', 'list', filters],
    queryFn: ({ pageParam, signal }) => getCampaigns({ ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useCampaigns(filters: CampaignFilters) {
  return useInfiniteQuery({ ...campaignsQueryOptions(filters), placeholderData: keepPreviousData });
}
