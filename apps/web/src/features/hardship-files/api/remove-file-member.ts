import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** DELETE /api/v1/hardship-files/:id/members/:partId: removes a member (never the head). */
export function removeFileMember({ fileId, partId }: { fileId: string; partId: string }): Promise<HardshipFile> {
  return api.delete<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/members/${encodeURIComponent(partId)}`);
}

export function useRemoveFileMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeFileMember, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
