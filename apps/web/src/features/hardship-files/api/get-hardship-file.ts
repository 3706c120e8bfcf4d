import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';

/** GET /api/v1/hardship-files/:id: one file, sensitive fields masked. */
export function getHardshipFile(id: string, signal?: AbortSignal): Promise<HardshipFile> {
  return api.get<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(id)}`, undefined, signal);
}

export const hardshipFileQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['hardship-files', 'detail', id], queryFn: ({ signal }) => getHardshipFile(id, signal) });

export function useHardshipFile(id: string) {
  return useQuery(hardshipFileQueryOptions(id));
}

/**
 * After any write that answers with the whole file: keep that answer as the file, and let the
 * lists and the file's history fetch again.
 */
export async function storeUpdatedFile(queryClient: QueryClient, file: HardshipFile): Promise<void> {
  queryClient.setQueryData(hardshipFileQueryOptions(file.id).queryKey, file);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['hardship-files', 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['hardship-files', 'duplicates'] }),
    queryClient.invalidateQueries({ queryKey: ['hardship-files', 'history', file.id] }),
  ]);
}
