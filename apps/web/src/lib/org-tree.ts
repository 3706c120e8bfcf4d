import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Org, OrgTree } from '@bangfu/shared/orgs';
import { api } from './api-client';

/**
 * GET /api/v1/orgs/tree: the caller's subtree, sent flat in depth-first order.
 * Lives in lib because the org page and every org picker (users, service accounts) read it.
 */
export interface OrgTreeParams {
  rootId?: string;
  depth?: number;
  includeInactive?: boolean;
}

export function getOrgTree(params: OrgTreeParams = {}, signal?: AbortSignal): Promise<OrgTree> {
  return api.get<OrgTree>('/api/v1/orgs/tree', { ...params }, signal);
}

export const orgTreeQueryOptions = (params: OrgTreeParams = {}) =>
  queryOptions({ queryKey: ['orgs', 'tree', params], queryFn: ({ signal }) => getOrgTree(params, signal) });

export function useOrgTree(params: OrgTreeParams = {}) {
  return useQuery(orgTreeQueryOptions(params));
}

export interface OrgNode extends Org {
  children: OrgNode[];
}

/** Nests the flat node list by parentId; nodes whose parent is not in the list become roots. */
export function nestOrgs(nodes: readonly Org[]): OrgNode[] {
  const byId = new Map<string, OrgNode>();
  for (const org of nodes) byId.set(org.id, { ...org, children: [] });
  const roots: OrgNode[] = [];
  for (const org of nodes) {
    const node = byId.get(org.id);
    if (!node) continue;
    const parent = org.parentId ? byId.get(org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The ids of an org and everything below it (an org cannot be moved under its own subtree). */
export function subtreeIds(nodes: readonly Org[], rootId: string): Set<string> {
  const ids = new Set<string>([rootId]);
  for (const org of nodes) if (org.parentId && ids.has(org.parentId)) ids.add(org.id);
  return ids;
}
