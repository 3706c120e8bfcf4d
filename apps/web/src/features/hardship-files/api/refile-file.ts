import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** POST /api/v1/hardship-files/:id/refile → 201: a new temporary file (返困) linked to this exited one. */
export function refileFile({ fileId }: { fileId: string }): Promise<HardshipFile> {
  return api.post<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/refile`);
}

export function useRefileFile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: refileFile, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
