import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile, IncomeInput } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** PUT /api/v1/hardship-files/:id/incomes/:partId: replaces an income item. */
export function updateFileIncome({ fileId, partId, body }: { fileId: string; partId: string; body: IncomeInput }): Promise<HardshipFile> {
  return api.put<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/incomes/${encodeURIComponent(partId)}`, body);
}

export function useUpdateFileIncome() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateFileIncome, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
