import type { AidRecord, AidRecordReturn, Payment, PaymentResult } from '@bangfu/shared/payments';
import { api } from '../../../lib/api-client';
import { usePaymentsMutation } from './use-payments-mutation';

/** POST /api/v1/payments/:id/result: the bank's answer for one transfer (failed books the reversal). */
export function recordPaymentResult({ id, ...body }: PaymentResult & { id: string }): Promise<Payment> {
  return api.post<Payment>(`/api/v1/payments/${encodeURIComponent(id)}/result`, body);
}

export function useRecordPaymentResult() {
  return usePaymentsMutation(recordPaymentResult);
}

/** POST /api/v1/aid-records/:id/return: 退回审批 with an opinion. */
export function returnAidRecord({ id, ...body }: AidRecordReturn & { id: string }): Promise<AidRecord> {
  return api.post<AidRecord>(`/api/v1/aid-records/${encodeURIComponent(id)}/return`, body);
}

export function useReturnAidRecord() {
  return usePaymentsMutation(returnAidRecord);
}
