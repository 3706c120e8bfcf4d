import type { HardshipFileCreate } from '@bangfu/shared/hardship-files';
import type { Executor } from '../db/client';
import { auditLog, fileHistory, fileNumberSeq, hardshipFiles, incomeItems, persons, rigidExpenses } from '../db/schema/index';
import { localDay } from '../lib/dates';
import type { FieldCrypto } from '../lib/field-crypto';
import { toHardshipFile } from '../modules/hardship-files/file-mapper';
import { diff } from '../modules/hardship-files/file-writer';
import type { FileParts, FileRow } from '../modules/hardship-files/hardship-files.repo';
import { sql } from 'drizzle-orm';
import type { DemoActor, DemoDesk } from './demo-files';
import { buildFileRows, type FileRows, lifecycleSteps } from './synthetic/bulk-rows';
import { type LifecyclePlan } from './synthetic/lifecycle-plan';
import type { StandardsBook } from './synthetic/standards-book';

export interface BulkDemoItem {
  desk: DemoDesk;
  filedAt: Date;
  body: HardshipFileCreate;
  /** Decided once the proposed category is known. */
  plan: (proposed: string) => LifecyclePlan;
}

type HistoryInsert = typeof fileHistory.$inferInsert;
type AuditInsert = typeof auditLog.$inferInsert;

function snapshot(rows: FileRows, desk: DemoDesk, at: Date) {
  const row = { ...rows.file, orgName: desk.org.name, orgDivisionCode: desk.org.divisionCode } as unknown as FileRow;
  const parts = { members: rows.persons, incomes: rows.incomes, expenses: rows.expenses } as unknown as FileParts;
  return toHardshipFile(row, parts, localDay(at));
}

/**
 * The older demo files, written in bulk with exactly the rows the services would write — the file,
 * its members, incomes and expenses, every lifecycle step, and for each a history entry and an audit
 * entry with the same masked before/after — but in a few multi-row inserts instead of ~50 queries a
 * file (PGlite answers one query in about half a millisecond).
 */
export async function bulkDemoFiles(exec: Executor, crypto: FieldCrypto, book: StandardsBook, items: BulkDemoItem[]): Promise<void> {
  if (!items.length) return;
  const seqs = new Map<string, number>();
  const all: FileRows[] = [];
  const history: HistoryInsert[] = [];
  const audits: AuditInsert[] = [];
  const record = (rows: FileRows, desk: DemoDesk, actor: DemoActor, action: string, at: Date, before: object | null, after: object) => {
    const [b, a] = diff(before, after);
    history.push({ fileId: rows.file.id, actorId: actor.id, actorName: actor.name, action, before: b, after: a, at });
    audits.push({ actorType: 'user', actorId: actor.id, actorName: actor.name, orgId: desk.org.id, action, recordType: 'hardship_file', recordId: rows.file.id, ip: 'seed', requestId: 'seed', before: b, after: a });
  };
  for (const item of items) {
    const { desk } = item;
    const key = `${desk.org.divisionCode}-${localDay(item.filedAt).slice(0, 4)}`;
    const seq = (seqs.get(key) ?? 0) + 1;
    seqs.set(key, seq);
    const rows = buildFileRows(item.body, { crypto, book, org: desk.org, seq, createdAt: item.filedAt, createdBy: { id: desk.operator.id, name: desk.operator.name } });
    let before = snapshot(rows, desk, item.filedAt);
    record(rows, desk, desk.operator, 'file.create', item.filedAt, null, before);
    for (const step of lifecycleSteps(item.plan(rows.file.proposedCategory ?? 'not_eligible'), desk.approver.name, book, desk.org.divisionCode)) {
      step.apply(rows);
      const after = snapshot(rows, desk, step.at);
      record(rows, desk, desk.approver, step.action, step.at, before, after);
      before = after;
    }
    all.push(rows);
  }
  const chunked = async <T>(list: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < list.length; i += size) await insert(list.slice(i, i + size));
  };
  await chunked(all.map((r) => r.file), 200, (c) => exec.insert(hardshipFiles).values(c));
  await chunked(all.flatMap((r) => r.persons), 500, (c) => exec.insert(persons).values(c));
  await chunked(all.flatMap((r) => r.incomes), 1000, (c) => exec.insert(incomeItems).values(c));
  await chunked(all.flatMap((r) => r.expenses), 1000, (c) => exec.insert(rigidExpenses).values(c));
  await chunked(history, 500, (c) => exec.insert(fileHistory).values(c));
  await chunked(audits, 500, (c) => exec.insert(auditLog).values(c));
  for (const [key, last] of seqs) {
    await exec.insert(fileNumberSeq).values({ key, last }).onConflictDoUpdate({ target: fileNumberSeq.key, set: { last: sql`greatest(${fileNumberSeq.last}, ${last})` } });
  }
}
