import type { Application, ApplicationUpdate } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';
import { useApplicationMutation } from './use-application-mutation';

/** PATCH /api/v1/applications/:id: a draft or returned application's amount, reason, channel. */
export function updateApplication({ id, ...body }: ApplicationUpdate & { id: string }): Promise<Application> {
  return api.patch<Application>(`/api/v1/applications/${encodeURIComponent(id)}`, body);
}

export function useUpdateApplication() {
  return useApplicationMutation(updateApplication);
}
