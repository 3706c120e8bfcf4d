import type { FileStatus } from '@bangfu/shared/hardship-files';
import { ConflictError } from '../../errors';

/**
 * The file's state machine: 临时 temporary → 正式 formal (approval arrives with the workflow);
 * either → 脱困 exited (with exit type and evidence) or 注销 cancelled. An exited household that
 * falls back is re-filed as a new temporary file (返困) linked to the old one.
 */
const TRANSITIONS = {
  formalize: { from: ['temporary'], to: 'formal' },
  exit: { from: ['temporary', 'formal'], to: 'exited' },
  cancel: { from: ['temporary', 'formal'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly FileStatus[]; to: FileStatus }>;

export type FileTransition = keyof typeof TRANSITIONS;

export function nextStatus(current: string, action: FileTransition): FileStatus {
  const t = TRANSITIONS[action];
  if (!(t.from as readonly string[]).includes(current)) {
    throw new ConflictError(`A ${current} file cannot ${action}; allowed from: ${t.from.join(', ')}`, 'INVALID_TRANSITION');
  }
  return t.to;
}

/** Only open files (temporary or formal) may be edited. */
export function assertEditable(status: string): void {
  if (status !== 'temporary' && status !== 'formal') {
    throw new ConflictError(`A ${status} file is closed; re-file the household to change it`, 'FILE_CLOSED');
  }
}

export function assertRefilable(status: string): void {
  if (status !== 'exited') throw new ConflictError('Only an exited household can be re-filed (返困)', 'INVALID_TRANSITION');
}
