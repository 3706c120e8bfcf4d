import type { Application, ApplicationCreate } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';
import { useApplicationMutation } from './use-application-mutation';

/** POST /api/v1/applications → 201, a draft. */
export function createApplication(body: ApplicationCreate): Promise<Application> {
  return api.post<Application>('/api/v1/applications', body);
}

export function useCreateApplication() {
  return useApplicationMutation(createApplication);
}
