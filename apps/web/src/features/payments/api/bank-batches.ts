import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BankBatchCreate, BankBatchDetail, BankBatchList, BankBatchResults } from '@bangfu/shared/payments';
import { api } from '../../../lib/api-client';
import { downloadFromApi } from '../../../lib/download';
import { usePaymentsMutation } from './use-payments-mutation';

/** GET /api/v1/bank-batches: 银行代发 batches of my subtree, newest first. */
export function getBankBatches(accountId: string | undefined, signal?: AbortSignal): Promise<BankBatchList> {
  return api.get<BankBatchList>('/api/v1/bank-batches', { accountId }, signal);
}

export const bankBatchesQueryOptions = (accountId?: string) =>
  queryOptions({ queryKey: ['payments', 'bank-batches', 'list', accountId ?? null], queryFn: ({ signal }) => getBankBatches(accountId, signal) });

/** The batches of one account (the bank-file page shows one account at a time); waits until it is known. */
export function useBankBatches(accountId: string | undefined) {
  return useQuery({ ...bankBatchesQueryOptions(accountId), enabled: Boolean(accountId) });
}

/** GET /api/v1/bank-batches/:id: a batch with its payments. */
export function getBankBatch(id: string, signal?: AbortSignal): Promise<BankBatchDetail> {
  return api.get<BankBatchDetail>(`/api/v1/bank-batches/${encodeURIComponent(id)}`, undefined, signal);
}

export const bankBatchQueryOptions = (id: string) => queryOptions({ queryKey: ['payments', 'bank-batches', 'detail', id], queryFn: ({ signal }) => getBankBatch(id, signal) });

export function useBankBatch(id: string) {
  return useQuery(bankBatchQueryOptions(id));
}

/** POST /api/v1/bank-batches → 201: exports the account's booked transfers (all, or those listed) as one batch. */
export function createBankBatch(body: BankBatchCreate): Promise<BankBatchDetail> {
  return api.post<BankBatchDetail>('/api/v1/bank-batches', body);
}

export function useCreateBankBatch() {
  return usePaymentsMutation(createBankBatch);
}

/** POST /api/v1/bank-batches/:id/results: the listed transfers failed, every other pending one was paid. */
export function recordBatchResults({ id, ...body }: BankBatchResults & { id: string }): Promise<BankBatchDetail> {
  return api.post<BankBatchDetail>(`/api/v1/bank-batches/${encodeURIComponent(id)}/results`, body);
}

export function useRecordBatchResults() {
  return usePaymentsMutation(recordBatchResults);
}

/** GET /api/v1/bank-batches/:id/file: the bank payment file (CSV with full card numbers; the download is audited). */
export function downloadBankFile(id: string, batchNo: string): Promise<string> {
  return downloadFromApi(`/api/v1/bank-batches/${encodeURIComponent(id)}/file`, `${batchNo}.csv`);
}
