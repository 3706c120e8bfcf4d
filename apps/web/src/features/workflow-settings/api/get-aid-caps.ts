import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AidCap } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';

/** GET /api/v1/aid-caps?divisionCode=<prefix>: caps per region, year, category and aid type. */
export function getAidCaps(divisionPrefix: string | undefined, signal?: AbortSignal): Promise<{ items: AidCap[] }> {
  return api.get<{ items: AidCap[] }>('/api/v1/aid-caps', { divisionCode: divisionPrefix }, signal);
}

export const aidCapsQueryOptions = (divisionPrefix?: string) =>
  queryOptions({ queryKey: ['workflow-settings', 'caps', divisionPrefix ?? ''], queryFn: ({ signal }) => getAidCaps(divisionPrefix, signal) });

export function useAidCaps(divisionPrefix?: string) {
  return useQuery(aidCapsQueryOptions(divisionPrefix));
}
