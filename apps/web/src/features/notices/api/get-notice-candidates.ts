import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApplicationSummary } from '@bangfu/shared/applications';
import type { PageOf } from '@bangfu/shared/common';
import { api } from '../../../lib/api-client';

/**
 * Applications waiting at the notice step and in no batch yet: GET /api/v1/applications?state=notice,
 * filtered here (the API has no "not in a batch" filter). Up to 200, the API's page limit.
 */
export async function getNoticeCandidates(signal?: AbortSignal): Promise<ApplicationSummary[]> {
  const page = await api.get<PageOf<ApplicationSummary>>('/api/v1/applications', { state: 'notice', limit: 200 }, signal);
  return page.items.filter((app) => app.noticeBatchId === null);
}

export const noticeCandidatesQueryOptions = () =>
  queryOptions({ queryKey: ['applications', 'notice-candidates'], queryFn: ({ signal }) => getNoticeCandidates(signal) });

export function useNoticeCandidates(enabled = true) {
  return useQuery({ ...noticeCandidatesQueryOptions(), enabled });
}
