import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile, HardshipFileUpdate } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** PATCH /api/v1/hardship-files/:id: household facts; the server re-runs the proposal. */
export function updateHardshipFile({ id, body }: { id: string; body: HardshipFileUpdate }): Promise<HardshipFile> {
  return api.patch<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(id)}`, body);
}

export function useUpdateHardshipFile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateHardshipFile, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
