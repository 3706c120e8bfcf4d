import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * Paying, exporting or recording a bank's answer moves money and states: the queue, the payments and
 * batches, the account balances and ledger (['funds']), the campaigns and applications that follow them.
 */
export function usePaymentsMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all(
        [['payments'], ['funds'], ['campaigns'], ['applications'], ['hardship-files', 'aid-history']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
