import type { Application, DecisionBody } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';
import { useApplicationMutation } from './use-application-mutation';

/** POST /api/v1/applications/:id/decisions: pass, return or reject the current step (opinion required but for pass). */
export function decideApplication({ id, ...body }: DecisionBody & { id: string }): Promise<Application> {
  return api.post<Application>(`/api/v1/applications/${encodeURIComponent(id)}/decisions`, body);
}

export function useDecideApplication() {
  return useApplicationMutation(decideApplication);
}
