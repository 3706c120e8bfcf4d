import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { FileHistory } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';

export type FileHistoryList = Static<typeof FileHistory>;
export type FileHistoryEntry = FileHistoryList['items'][number];

/** GET /api/v1/hardship-files/:id/history: who changed what, when, with the changed keys before and after. */
export function getFileHistory(id: string, signal?: AbortSignal): Promise<FileHistoryList> {
  return api.get<FileHistoryList>(`/api/v1/hardship-files/${encodeURIComponent(id)}/history`, undefined, signal);
}

export const fileHistoryQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['hardship-files', 'history', id], queryFn: ({ signal }) => getFileHistory(id, signal) });

export function useFileHistory(id: string) {
  return useQuery(fileHistoryQueryOptions(id));
}
