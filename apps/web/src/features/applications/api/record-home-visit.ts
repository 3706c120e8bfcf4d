import type { Application, HomeVisitInput } from '@bangfu/shared/applications';
import { api } from '../../../lib/api-client';
import { useApplicationMutation } from './use-application-mutation';

/** POST /api/v1/applications/:id/home-visits: 入户核实, with whether the consent form was signed. */
export function recordHomeVisit({ id, ...body }: HomeVisitInput & { id: string }): Promise<Application> {
  return api.post<Application>(`/api/v1/applications/${encodeURIComponent(id)}/home-visits`, body);
}

export function useRecordHomeVisit() {
  return useApplicationMutation(recordHomeVisit);
}
