import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AidCampaign } from '@bangfu/shared/aid-campaigns';
import { campaignQueryOptions } from './get-campaign';

/**
 * Every step answers with the whole campaign: keep it, and refresh what the step moved — the campaign
 * lists and households, the notices and applications it made, the money it booked.
 */
export function useCampaignMutation<V>(mutationFn: (variables: V) => Promise<AidCampaign>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (campaign) => {
      queryClient.setQueryData(campaignQueryOptions(campaign.id).queryKey, campaign);
      await Promise.all(
        [['campaigns', 'list'], ['campaigns', 'households', campaign.id], ['campaigns', 'preview', campaign.id], ['notices'], ['applications'], ['funds'], ['payments']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}
