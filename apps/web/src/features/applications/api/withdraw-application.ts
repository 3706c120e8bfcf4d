import type { Application } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';
import { useApplicationMutation } from './use-application-mutation';

/** POST /api/v1/applications/:id/withdraw {opinion?}: not while under notice or after approval. */
export function withdrawApplication({ id, opinion }: { id: string; opinion?: string }): Promise<Application> {
  return api.post<Application>(`/api/v1/applications/${encodeURIComponent(id)}/withdraw`, opinion ? { opinion } : {});
}

export function useWithdrawApplication() {
  return useApplicationMutation(withdrawApplication);
}
