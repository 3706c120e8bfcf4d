import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PaymentPage, PaymentQuery } from '@bangfu/shared/payments';
import { api } from '../../../lib/api-client';

/** GET /api/v1/payments: payments of my subtree's accounts, newest first (up to 200 per call). */
export function getPayments(query: PaymentQuery, signal?: AbortSignal): Promise<PaymentPage> {
  return api.get<PaymentPage>('/api/v1/payments', { ...query }, signal);
}

export const paymentsQueryOptions = (query: PaymentQuery) => queryOptions({ queryKey: ['payments', 'list', query], queryFn: ({ signal }) => getPayments(query, signal) });

/** How many booked bank transfers of an account wait to be exported in a bank file, and their sum. */
export function useBookedTransfers(accountId: string | undefined) {
  return useQuery({
    ...paymentsQueryOptions({ accountId, status: 'booked', method: 'bank_transfer', limit: 1, withTotals: true }),
    enabled: Boolean(accountId),
    select: (page) => page.totals ?? { count: page.items.length, amountFen: page.items.reduce((s, p) => s + p.amountFen, 0) },
  });
}
