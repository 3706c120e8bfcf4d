import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** POST /api/v1/hardship-files/:id/confirm-category: confirms the proposal, or overrides it with a note. */
export function confirmFileCategory({ fileId, category, note }: { fileId: string; category: NonNullable<HardshipFile['category']>; note?: string }): Promise<HardshipFile> {
  return api.post<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/confirm-category`, { category, ...(note ? { note } : {}) });
}

export function useConfirmFileCategory() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: confirmFileCategory, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
