import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** DELETE /api/v1/hardship-files/:id/expenses/:partId: removes a rigid expense. */
export function removeFileExpense({ fileId, partId }: { fileId: string; partId: string }): Promise<HardshipFile> {
  return api.delete<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/expenses/${encodeURIComponent(partId)}`);
}

export function useRemoveFileExpense() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeFileExpense, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
