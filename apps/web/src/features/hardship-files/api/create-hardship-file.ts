import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile, HardshipFileCreate } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** POST /api/v1/hardship-files → 201: a temporary file with its members, incomes and expenses, judged. */
export function createHardshipFile(body: HardshipFileCreate): Promise<HardshipFile> {
  return api.post<HardshipFile>('/api/v1/hardship-files', body);
}

export function useCreateHardshipFile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createHardshipFile, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
