import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SuspectedDuplicates } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';

/** GET /api/v1/hardship-files/suspected-duplicates: open files sharing a member's name and birth date. */
export function getSuspectedDuplicates(signal?: AbortSignal): Promise<SuspectedDuplicates> {
  return api.get<SuspectedDuplicates>('/api/v1/hardship-files/suspected-duplicates', undefined, signal);
}

export const suspectedDuplicatesQueryOptions = () =>
  queryOptions({ queryKey: ['hardship-files', 'duplicates'], queryFn: ({ signal }) => getSuspectedDuplicates(signal) });

export function useSuspectedDuplicates(enabled = true) {
  return useQuery({ ...suspectedDuplicatesQueryOptions(), enabled });
}
