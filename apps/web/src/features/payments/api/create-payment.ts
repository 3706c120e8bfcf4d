import type { Payment, PaymentCreate, PaymentVoucher } from '@bangfu/shared/payments';
import { api } from '../../../lib/api-client';
import { usePaymentsMutation } from './use-payments-mutation';

/** POST /api/v1/payments → 201: pays one aid record (bank transfer: booked until its bank file; cash / in kind: paid). */
export function createPayment(body: PaymentCreate): Promise<Payment> {
  return api.post<Payment>('/api/v1/payments', body);
}

export function useCreatePayment() {
  return usePaymentsMutation(createPayment);
}

/** POST /api/v1/payment-vouchers (multipart `file`) → 201: the signed voucher scan, stored encrypted. */
export function uploadVoucher(file: File | Blob, filename?: string): Promise<PaymentVoucher> {
  const form = new FormData();
  form.append('file', file, filename ?? (file instanceof File ? file.name : 'voucher'));
  return api.upload<PaymentVoucher>('/api/v1/payment-vouchers', form);
}
