import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Application } from '@bangfu/shared/applications';
import { applicationQueryOptions } from './get-application';

/**
 * The mutations on one application all answer with the whole application: put it in the cache and
 * refresh the lists and the inbox (its badge too), which the change may have moved.
 */
export function useApplicationMutation<V>(mutationFn: (variables: V) => Promise<Application>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (application) => {
      queryClient.setQueryData(applicationQueryOptions(application.id).queryKey, application);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['applications', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['applications', 'inbox'] }),
      ]);
    },
    // Refused (someone else moved it meanwhile, a rule failed): show the application as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: ['applications', 'detail'] }),
  });
}
