import type { Application } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';
import { useApplicationMutation } from './use-application-mutation';

/** POST /api/v1/applications/:id/submit: draft or returned → the first step of the org's workflow. */
export function submitApplication(id: string): Promise<Application> {
  return api.post<Application>(`/api/v1/applications/${encodeURIComponent(id)}/submit`);
}

export function useSubmitApplication() {
  return useApplicationMutation(submitApplication);
}
