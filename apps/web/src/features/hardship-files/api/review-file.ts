import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HardshipFile } from '@bangfu/shared/hardship-files';
import { api } from '../../../lib/api-client';
import { storeUpdatedFile } from './get-hardship-file';

/** POST /api/v1/hardship-files/:id/review: marks the file reviewed today and sets the next review date. */
export function reviewFile({ fileId }: { fileId: string }): Promise<HardshipFile> {
  return api.post<HardshipFile>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/review`);
}

export function useReviewFile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reviewFile, onSuccess: (file) => storeUpdatedFile(queryClient, file) });
}
