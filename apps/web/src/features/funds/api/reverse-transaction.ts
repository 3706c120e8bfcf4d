import type { LedgerTxn, ReverseBody } from '@bangfu/shared/funds';
import { api } from '../../../lib/api-client';
import { useFundsMutation } from './use-funds-mutation';

/** POST /api/v1/ledger-transactions/:id/reverse → 201: 红字冲销 into the current open year, pointing back. */
export function reverseTransaction({ id, ...body }: ReverseBody & { id: string }): Promise<LedgerTxn> {
  return api.post<LedgerTxn>(`/api/v1/ledger-transactions/${encodeURIComponent(id)}/reverse`, body);
}

export function useReverseTransaction() {
  return useFundsMutation(reverseTransaction);
}
