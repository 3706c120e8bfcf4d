import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile, ExpenseInput } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** PUT /api/v1/hardship-files/:id/expenses/:partId: replaces a rigid expense. */
export function updateFileExpense({ fileId, partId, body }: { fileId: string; partId: string; body: ExpenseInput }): Promise<HardshipFile> {
  return api.put<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/expenses/${encodeURIComponent(partId)}`, body);
}

export function useUpdateFileExpense() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateFileExpense, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
