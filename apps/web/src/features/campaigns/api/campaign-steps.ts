import { useMutation } from '@tanstack/react-query';
import type { AidCampaign, CampaignCancelInput, CampaignCreate, CampaignDraft, CampaignNoticeInput, CampaignPreview } from '@bangfu/shared/aid-campaigns';
import { api } from '../../../lib/api-client';
import { useCampaignMutation } from './use-campaign-mutation';

const path = (id: string, step: string) => `/api/v1/aid-campaigns/${encodeURIComponent(id)}/${step}`;

/** POST /api/v1/aid-campaigns/preview: what a rule would select, without saving. */
export function previewCampaign(body: CampaignDraft): Promise<CampaignPreview> {
  return api.post<CampaignPreview>('/api/v1/aid-campaigns/preview', body);
}

export function usePreviewCampaign() {
  return useMutation({ mutationFn: previewCampaign });
}

/** POST /api/v1/aid-campaigns → 201: a draft campaign. */
export function createCampaign(body: CampaignCreate): Promise<AidCampaign> {
  return api.post<AidCampaign>('/api/v1/aid-campaigns', body);
}

/** POST …/:id/select: materialises the households the rule selects (deduplicated by file). */
export function selectCampaign(id: string): Promise<AidCampaign> {
  return api.post<AidCampaign>(path(id, 'select'));
}

export const useCreateCampaign = () => useCampaignMutation(createCampaign);
export const useSelectCampaign = () => useCampaignMutation(selectCampaign);

/** POST …/:id/notice: one application per household and one published notice batch for all. */
export function noticeCampaign({ id, ...body }: CampaignNoticeInput & { id: string }): Promise<AidCampaign> {
  return api.post<AidCampaign>(path(id, 'notice'), body);
}

export const useNoticeCampaign = () => useCampaignMutation(noticeCampaign);

/** POST …/:id/pay: the approved households paid as one batch that books all or nothing. */
export function payCampaign(id: string): Promise<AidCampaign> {
  return api.post<AidCampaign>(path(id, 'pay'));
}

export const usePayCampaign = () => useCampaignMutation(payCampaign);

/** POST …/:id/cancel: stops the campaign before it is paid. */
export function cancelCampaign({ id, ...body }: CampaignCancelInput & { id: string }): Promise<AidCampaign> {
  return api.post<AidCampaign>(path(id, 'cancel'), body);
}

export const useCancelCampaign = () => useCampaignMutation(cancelCampaign);
