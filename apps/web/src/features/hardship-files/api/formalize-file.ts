import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** POST /api/v1/hardship-files/:id/formalize: 临时 → 正式. */
export function formalizeFile({ fileId }: { fileId: string }): Promise<HardshipFile> {
  return api.post<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/formalize`);
}

export function useFormalizeFile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: formalizeFile, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
