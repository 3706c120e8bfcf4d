import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@bangfu/shared/audit';
import type { PageOf } from '@bangfu/shared/common';
import { api } from '../../../lib/api-client';
import { PAGE_SIZE } from '../../../lib/paging';

export interface AuditFilters {
  actorId?: string;
  recordType?: string;
  recordId?: string;
  action?: string;
  /** ISO-8601 bounds of the time range. */
  from?: string;
  to?: string;
}

/** GET /api/v1/audit: one keyset page, newest first. */
export function getAuditEntries(params: AuditFilters & { cursor?: string; limit?: number }, signal?: AbortSignal): Promise<PageOf<AuditEntry>> {
  return api.get<PageOf<AuditEntry>>('/api/v1/audit', { ...params }, signal);
}

export const auditEntriesQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam, signal }) => getAuditEntries({ ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useAuditEntries(filters: AuditFilters) {
  return useInfiniteQuery(auditEntriesQueryOptions(filters));
}
