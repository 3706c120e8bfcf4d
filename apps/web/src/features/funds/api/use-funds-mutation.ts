import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A write that moves money or books something (a receipt, a reversal, a year close): balances, the
 * ledger, budgets' use and the year list may all change, so everything under ['funds'] fetches again,
 * and the payment pages that show the same money.
 */
export function useFundsMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['funds'] }), queryClient.invalidateQueries({ queryKey: ['payments'] })]);
    },
  });
}
