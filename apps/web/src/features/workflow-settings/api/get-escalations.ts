import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EscalationInput } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';

export type Escalation = EscalationInput & { id: string; orgId: string };

/** GET /api/v1/approval-escalations: thresholds of my subtree and of my ancestors (which bind me too). */
export function getEscalations(signal?: AbortSignal): Promise<{ items: Escalation[] }> {
  return api.get<{ items: Escalation[] }>('/api/v1/approval-escalations', undefined, signal);
}

export const escalationsQueryOptions = () => queryOptions({ queryKey: ['workflow-settings', 'escalations'], queryFn: ({ signal }) => getEscalations(signal) });

export function useEscalations() {
  return useQuery(escalationsQueryOptions());
}
