import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type RevealField = 'idNumber' | 'phone' | 'bankCard' | 'health';

export interface Revealed {
  field: RevealField;
  /** A string for idNumber, phone and bankCard; the health record object for health; null when none is kept. */
  value: unknown;
}

/** POST /api/v1/hardship-files/:id/reveal: one full sensitive value; the server writes the view to the audit log. */
export function revealFileField({ fileId, field, personId }: { fileId: string; field: RevealField; personId?: string }): Promise<Revealed> {
  return api.post<Revealed>(`/api/v1/hardship-files/${encodeURIComponent(fileId)}/reveal`, { field, ...(personId ? { personId } : {}) });
}

/** Not cached: the value is shown once in a dialog and asked for again (and logged again) next time. */
export function useRevealFileField() {
  return useMutation({ mutationFn: revealFileField, gcTime: 0 });
}
