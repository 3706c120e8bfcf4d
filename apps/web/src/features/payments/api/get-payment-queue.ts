import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { PaymentQueuePage, PaymentQueueQuery } from '@bangfu/shared/payments';
import { api } from '../../../lib/api-client';

export type QueueFilters = Omit<PaymentQueueQuery, 'cursor' | 'limit'>;

/** GET /api/v1/payment-queue: approved and failed aid records waiting for payment, oldest first. */
export function getPaymentQueue(query: PaymentQueueQuery, signal?: AbortSignal): Promise<PaymentQueuePage> {
  return api.get<PaymentQueuePage>('/api/v1/payment-queue', { ...query }, signal);
}

export const paymentQueueQueryOptions = (filters: QueueFilters) =>
  infiniteQueryOptions({
    queryKey: ['payments', 'queue', filters],
    queryFn: ({ pageParam, signal }) => getPaymentQueue({ ...filters, cursor: pageParam ?? undefined, limit: 100 }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function usePaymentQueue(filters: QueueFilters) {
  return useInfiniteQuery({ ...paymentQueueQueryOptions(filters), placeholderData: keepPreviousData });
}
