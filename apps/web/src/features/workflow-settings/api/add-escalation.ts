import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EscalationInput } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';
import type { Escalation } from './get-escalations';

/** POST /api/v1/orgs/:id/approval-escalations: amounts over the threshold need an approver at that level. */
export function addEscalation({ orgId, ...body }: EscalationInput & { orgId: string }): Promise<Escalation> {
  return api.post<Escalation>(`/api/v1/orgs/${encodeURIComponent(orgId)}/approval-escalations`, body);
}

export function useAddEscalation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addEscalation, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow-settings', 'escalations'] }) });
}
