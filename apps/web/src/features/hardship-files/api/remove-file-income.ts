import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** DELETE /api/v1/hardship-files/:id/incomes/:partId: removes an income item. */
export function removeFileIncome({ fileId, partId }: { fileId: string; partId: string }): Promise<HardshipFile> {
  return api.delete<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/incomes/${encodeURIComponent(partId)}`);
}

export function useRemoveFileIncome() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeFileIncome, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
