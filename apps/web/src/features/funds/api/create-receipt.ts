import type { Receipt, ReceiptCreate } from '@bangfu/shared/funds';
import { api } from '../../../lib/api-client';
import { useFundsMutation } from './use-funds-mutation';

/** POST /api/v1/fund-accounts/:id/receipts → 201: books money into the special account from one source. */
export function createReceipt({ accountId, ...body }: ReceiptCreate & { accountId: string }): Promise<Receipt> {
  return api.post<Receipt>(`/api/v1/fund-accounts/${encodeURIComponent(accountId)}/receipts`, body);
}

export function useCreateReceipt() {
  return useFundsMutation(createReceipt);
}
