import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile, PersonInput } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** POST /api/v1/hardship-files/:id/members: adds a family member (not a head). */
export function addFileMember({ fileId, body }: { fileId: string; body: PersonInput }): Promise<HardshipFile> {
  return api.post<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/members`, body);
}

export function useAddFileMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addFileMember, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
