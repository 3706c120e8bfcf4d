import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WorkflowConfig } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';

/** GET /api/v1/orgs/:id/workflow: the settings in force (own or inherited) and the resulting steps. */
export function getWorkflow(orgId: string, signal?: AbortSignal): Promise<WorkflowConfig> {
  return api.get<WorkflowConfig>(`/api/v1/orgs/${encodeURIComponent(orgId)}/workflow`, undefined, signal);
}

export const workflowQueryOptions = (orgId: string) => queryOptions({ queryKey: ['workflow', orgId], queryFn: ({ signal }) => getWorkflow(orgId, signal) });

export function useWorkflow(orgId: string | undefined) {
  return useQuery({ ...workflowQueryOptions(orgId ?? ''), enabled: Boolean(orgId) });
}
