import type { Category } from '@bangfu/shared/classification';
import { parentPort, workerData } from 'node:worker_threads';
import { hardshipFiles, incomeItems, persons, rigidExpenses } from '../src/db/schema/index';
import { localDay } from '../src/lib/dates';
import { createFieldCrypto } from '../src/lib/field-crypto';
import { applyLifecycle, buildFileRows, type FileRows } from '../src/seed/synthetic/bulk-rows';
import { planLifecycle } from '../src/seed/synthetic/lifecycle-plan';
import { createRng } from '../src/seed/synthetic/prng';
import { StandardsBook } from '../src/seed/synthetic/standards-book';
import { type CopyChunk, copyChunk } from './copy-text';
import type { EncodedBatch, LoadBatch, WorkerSetup } from './load-protocol';

/**
 * Encoding worker: the CPU-heavy part of bulk loading (AES-GCM of ID numbers, phones and health,
 * keyed hashes, pinyin, classification, COPY text), off the main thread.
 */
const setup = workerData as WorkerSetup;
const crypto = createFieldCrypto({ current: setup.dataKey, hashKey: setup.hashKey });
const book = new StandardsBook(setup.standards, setup.params);

parentPort!.on('message', ({ batch, items }: LoadBatch) => {
  const all: FileRows[] = [];
  const statuses: Record<string, number> = {};
  for (const item of items) {
    const createdAt = new Date(item.createdAt);
    const rows = buildFileRows(item.body, { crypto, book, org: item.org, seq: item.seq, createdAt, createdBy: item.operator });
    // The lifecycle draws come from the file's own generator, so any worker gives the same result.
    const plan = planLifecycle(createRng(`${setup.seed}/life/${item.index}`), (rows.file.proposedCategory ?? 'not_eligible') as Category, localDay(createdAt), setup.today);
    applyLifecycle(rows, plan, item.approverName, book, item.org.divisionCode);
    statuses[rows.file.status!] = (statuses[rows.file.status!] ?? 0) + 1;
    all.push(rows);
  }
  const chunks = [
    copyChunk(hardshipFiles, all.map((r) => r.file)),
    copyChunk(persons, all.flatMap((r) => r.persons)),
    copyChunk(incomeItems, all.flatMap((r) => r.incomes)),
    copyChunk(rigidExpenses, all.flatMap((r) => r.expenses)),
  ].filter((c): c is CopyChunk => c !== null);
  const result: EncodedBatch = { batch, files: items.length, chunks, statuses };
  parentPort!.postMessage(result);
});
