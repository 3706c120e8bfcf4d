import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface ObjectionInput {
  itemId?: string;
  content: string;
  contact?: string;
}

export interface ObjectionReceipt {
  id: string;
  receivedAt: string;
  message: string;
}

/** POST /api/v1/public/notices/:token/objections without login; anonymous unless a contact is given (429 when abused). */
export function submitObjection({ token, ...body }: ObjectionInput & { token: string }): Promise<ObjectionReceipt> {
  return apiRequest<ObjectionReceipt>('POST', `/api/v1/public/notices/${encodeURIComponent(token)}/objections`, { auth: false, body });
}

export function useSubmitObjection() {
  return useMutation({ mutationFn: submitObjection });
}
