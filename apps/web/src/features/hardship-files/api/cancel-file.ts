import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** POST /api/v1/hardship-files/:id/cancel: 注销 with a reason. */
export function cancelFile({ fileId, reason }: { fileId: string; reason: string }): Promise<HardshipFile> {
  return api.post<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/cancel`, { reason });
}

export function useCancelFile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelFile, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
