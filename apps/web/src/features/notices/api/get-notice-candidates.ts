import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApplicationSummary } from '@bangfu/shared/applications';
import type { PageOf } from '@bangfu/shared/common';
import { api } from '../../../lib/api-client';

/**
 * Applications a batch of `orgId` may take: waiting at the notice step, in no batch yet, in the org's
 * subtree — GET /api/v1/applications?notInBatch=true&orgId=…, up to 200 (the API's page limit).
 */
export async function getNoticeCandidates(orgId: string, signal?: AbortSignal): Promise<ApplicationSummary[]> {
  const page = await api.get<PageOf<ApplicationSummary>>('/api/v1/applications', { notInBatch: true, orgId, limit: 200 }, signal);
  return page.items;
}

export const noticeCandidatesQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: ['applications', 'notice-candidates', orgId], queryFn: ({ signal }) => getNoticeCandidates(orgId, signal) });

export function useNoticeCandidates(orgId: string, enabled = true) {
  return useQuery({ ...noticeCandidatesQueryOptions(orgId), enabled });
}
