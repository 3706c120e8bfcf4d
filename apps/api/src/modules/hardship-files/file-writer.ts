import type { HardshipFile } from '@bangfu/shared/hardship-files';
import type { RequestContext } from '../../access/context';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import { sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors';
import { audit } from '../audit/audit';
import { toHardshipFile } from './file-mapper';
import * as repo from './hardship-files.repo';
import { judgeFile } from './judge';
import { namePinyin } from '../../lib/pinyin';

/** The pieces every write to a file shares: load in scope and lock, re-judge, record history. */
export function createFileWriter(clock: Clock) {
  const today = () => localDay(clock());

  async function lockFile(tx: Executor, ctx: RequestContext, id: string) {
    const file = await repo.findFile(tx, ctx.scope, id, true);
    if (!file) throw new NotFoundError('Hardship file');
    return file;
  }

  async function snapshot(tx: Executor, ctx: RequestContext, id: string): Promise<HardshipFile> {
    const file = await repo.findFile(tx, ctx.scope, id);
    if (!file) throw new NotFoundError('Hardship file');
    return toHardshipFile(file, await repo.loadParts(tx, id), today());
  }

  /** Re-runs the proposal after a change to members, incomes, expenses or household facts. */
  async function rejudge(tx: Executor, file: repo.FileRow) {
    const parts = await repo.loadParts(tx, file.id);
    const working = await judgeFile(tx, file.orgDivisionCode, file, parts, today());
    const head = parts.members.find((m) => m.relation === 'head');
    await repo.updateFile(tx, file.id, {
      proposedCategory: working.proposed,
      classification: working,
      mpcnFen: working.mpcnFen,
      householdSize: working.householdSize,
      ...(head ? headSearchKeys(head) : {}),
      updatedAt: clock(),
    });
  }

  /** Keeps a masked before/after of what changed, on the file and in the audit log. */
  async function record(tx: Executor, ctx: RequestContext, fileId: string, orgId: string, action: string, before: object | null, after: object | null) {
    const [b, a] = diff(before, after);
    await repo.appendHistory(tx, { fileId, actorId: ctx.principal.id, actorName: ctx.principal.name, action, before: b, after: a, at: clock() });
    await audit(tx, ctx, { action, recordType: 'hardship_file', recordId: fileId, orgId, before: b, after: a });
  }

  return { today, lockFile, snapshot, rejudge, record };
}

export type FileWriter = ReturnType<typeof createFileWriter>;

/** The head's search keys kept on the file row: name, its pinyin and initials, ID tail and mask. */
export function headSearchKeys(head: { name: string; idLast4: string; idMasked: string }) {
  const py = namePinyin(head.name);
  return { headName: head.name, headNamePinyin: py.full, headNameInitials: py.initials, headIdLast4: head.idLast4, headIdMasked: head.idMasked };
}

/** Only the top-level keys that changed, so history reads as what happened. */
export function diff(before: object | null, after: object | null): [Record<string, unknown> | null, Record<string, unknown> | null] {
  if (!before || !after) return [before as Record<string, unknown> | null, after as Record<string, unknown> | null];
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  const skip = new Set(['updatedAt', 'classification']);
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (skip.has(key)) continue;
    const x = (before as Record<string, unknown>)[key];
    const y = (after as Record<string, unknown>)[key];
    if (JSON.stringify(x) !== JSON.stringify(y)) {
      b[key] = x ?? null;
      a[key] = y ?? null;
    }
  }
  return [b, a];
}

/** Turns the one-open-file-per-person index firing under a race into the same 409 as the pre-check. */
export async function guardDuplicatePerson<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION && String((error as { cause?: { constraint?: string } }).cause?.constraint ?? (error as { constraint?: string }).constraint ?? '').includes('persons_open_id')) {
      throw new ConflictError('This person already has an open hardship file', 'PERSON_HAS_OPEN_FILE');
    }
    throw error;
  }
}
