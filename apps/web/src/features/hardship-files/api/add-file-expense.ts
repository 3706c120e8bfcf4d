import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile, ExpenseInput } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** POST /api/v1/hardship-files/:id/expenses: adds a rigid expense. */
export function addFileExpense({ fileId, body }: { fileId: string; body: ExpenseInput }): Promise<HardshipFile> {
  return api.post<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/expenses`, body);
}

export function useAddFileExpense() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addFileExpense, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
