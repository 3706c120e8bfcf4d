import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile, PersonPatch } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** PATCH /api/v1/hardship-files/:id/members/:partId: changes a member; the head stays the head. */
export function updateFileMember({ fileId, partId, body }: { fileId: string; partId: string; body: PersonPatch }): Promise<HardshipFile> {
  return api.patch<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/members/${encodeURIComponent(partId)}`, body);
}

export function useUpdateFileMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateFileMember, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
