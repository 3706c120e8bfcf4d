import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** POST /api/v1/hardship-files/:id/exit: 脱困/解困/… with the date and evidence. */
export function exitFile({ fileId, ...body }: { fileId: string; exitType: NonNullable<HardshipFile['exitType']>; exitedOn: string; evidence: string }): Promise<HardshipFile> {
  return api.post<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/exit`, body);
}

export function useExitFile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: exitFile, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
