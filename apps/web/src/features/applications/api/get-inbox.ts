import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Inbox } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';

/** GET /api/v1/inbox (待办): what waits for the caller now, with counts by state. */
export function getInbox(signal?: AbortSignal): Promise<Inbox> {
  return api.get<Inbox>('/api/v1/inbox', undefined, signal);
}

/** Refetched every minute, so the menu badge follows what others decide. */
export const inboxQueryOptions = () =>
  queryOptions({ queryKey: ['applications', 'inbox'], queryFn: ({ signal }) => getInbox(signal), refetchInterval: 60_000 });

export function useInbox(enabled = true) {
  return useQuery({ ...inboxQueryOptions(), enabled });
}
