import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkflowConfig, WorkflowConfigInput } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';

/** PUT /api/v1/orgs/:id/workflow: the org's own settings; its subtree inherits them. */
export function putWorkflow({ orgId, ...body }: WorkflowConfigInput & { orgId: string }): Promise<WorkflowConfig> {
  return api.put<WorkflowConfig>(`/api/v1/orgs/${encodeURIComponent(orgId)}/workflow`, body);
}

export function usePutWorkflow() {
  const queryClient = useQueryClient();
  // Every org below inherits the change: refresh all cached workflows.
  return useMutation({ mutationFn: putWorkflow, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow'] }) });
}
