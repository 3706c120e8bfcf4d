import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AidHistory } from '@bangfu/shared/payments';
import { api } from '../../../lib/api-client';

/** GET /api/v1/hardship-files/:id/aid-history: 帮扶记录, every aid record of the household with its payments. */
export function getAidHistory(fileId: string, signal?: AbortSignal): Promise<AidHistory> {
  return api.get<AidHistory>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/aid-history`, undefined, signal);
}

export const aidHistoryQueryOptions = (fileId: string) =>
  queryOptions({ queryKey: ['hardship-files', 'aid-history', fileId], queryFn: ({ signal }) => getAidHistory(fileId, signal) });

export function useAidHistory(fileId: string) {
  return useQuery(aidHistoryQueryOptions(fileId));
}
