import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { CampaignHousehold, CampaignHouseholdQuery } from '@bangfu/shared/aid-campaigns';
import type { PageOf } from '@bangfu/shared/common';
import { api } from '../../../lib/api-client';

export type HouseholdFilters = Omit<CampaignHouseholdQuery, 'cursor' | 'limit'>;

/** GET /api/v1/aid-campaigns/:id/households: the selected households (masked names), a page at a time. */
export function getCampaignHouseholds(id: string, query: CampaignHouseholdQuery, signal?: AbortSignal): Promise<PageOf<CampaignHousehold>> {
  return api.get<PageOf<CampaignHousehold>>(`/api/v1/aid-campaigns/${encodeURIComponent(id)}/households`, { ...query }, signal);
}

export const campaignHouseholdsQueryOptions = (id: string, filters: HouseholdFilters) =>
  infiniteQueryOptions({
    queryKey: ['campaigns', 'households', id, filters],
    queryFn: ({ pageParam, signal }) => getCampaignHouseholds(id, { ...filters, cursor: pageParam ?? undefined, limit: 50 }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useCampaignHouseholds(id: string, filters: HouseholdFilters, enabled = true) {
  return useInfiniteQuery({ ...campaignHouseholdsQueryOptions(id, filters), enabled, placeholderData: keepPreviousData });
}

/** Every household (up to `max`), for the CSV. */
export async function getAllCampaignHouseholds(id: string, filters: HouseholdFilters, max = 20_000): Promise<CampaignHousehold[]> {
  const items: CampaignHousehold[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await getCampaignHouseholds(id, { ...filters, cursor, limit: 200 });
    items.push(...page.items);
    if (!page.nextCursor || items.length >= max) return items;
    cursor = page.nextCursor;
  }
}
