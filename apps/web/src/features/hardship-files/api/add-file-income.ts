import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile, IncomeInput } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** POST /api/v1/hardship-files/:id/incomes: adds an income item. */
export function addFileIncome({ fileId, body }: { fileId: string; body: IncomeInput }): Promise<HardshipFile> {
  return api.post<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/incomes`, body);
}

export function useAddFileIncome() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addFileIncome, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
