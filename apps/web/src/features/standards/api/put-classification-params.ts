import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClassificationParamsInput, ClassificationParamsRecord } from '@bangfu/shared/standards';
import { api } from '../../../lib/api-client';

/** PUT /api/v1/classification-params: sets (or replaces) a division's parameters for a year (standards:manage). */
export function putClassificationParams(body: ClassificationParamsInput): Promise<ClassificationParamsRecord> {
  return api.put<ClassificationParamsRecord>('/api/v1/classification-params', body);
}

export function usePutClassificationParams() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putClassificationParams,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['standards', 'params'] }),
  });
}
