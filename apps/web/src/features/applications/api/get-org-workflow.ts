import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WorkflowConfig } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';

/** GET /api/v1/orgs/:id/workflow: the steps a draft will follow once submitted. */
export function getOrgWorkflow(orgId: string, signal?: AbortSignal): Promise<WorkflowConfig> {
  return api.get<WorkflowConfig>(`/api/v1/orgs/${encodeURIComponent(orgId)}/workflow`, undefined, signal);
}

export const orgWorkflowQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: ['workflow', orgId], queryFn: ({ signal }) => getOrgWorkflow(orgId, signal) });

export function useOrgWorkflow(orgId: string, enabled = true) {
  return useQuery({ ...orgWorkflowQueryOptions(orgId), enabled });
}
