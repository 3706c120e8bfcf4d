import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../src/db/client';
import { classificationParams, minLivingStandards } from '../src/db/schema/index';
import { addDays, dayToMs } from '../src/seed/synthetic/days';
import { createHouseholdGenerator } from '../src/seed/synthetic/household';
import { createRng, weightedTable } from '../src/seed/synthetic/prng';
import type { BenchTree, Grassroots } from './bench-tree';
import type { CopyChunk } from './copy-text';
import type { LoadBatch, LoadItem } from './load-protocol';
import { createWorkerPool } from './worker-pool';

export interface LoadOptions {
  files: number;
  seed: string;
  today: string;
  firstDay: string;
  workers: number;
  batchSize: number;
  dataKey: string;
  hashKey: string;
  /** Drop the secondary indexes of the file tables while loading and build them again after. */
  rebuildIndexes: boolean;
  log: (line: string) => void;
}

export interface LoadResult {
  files: number;
  seconds: { generate: number; load: number; indexes: number; total: number };
  statuses: Record<string, number>;
}

const FILE_TABLES = ['hardship_files', 'persons', 'income_items', 'rigid_expenses'];

async function copyInto(client: pg.PoolClient, chunk: CopyChunk) {
  const stream = client.query(copyFrom(`COPY ${chunk.table} (${chunk.columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
  await pipeline(Readable.from([chunk.text]), stream);
}

/** The secondary (non-primary-key) indexes of the file tables, with the SQL that creates each. */
async function secondaryIndexes(client: pg.PoolClient): Promise<{ name: string; def: string }[]> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = any($1) and indexname not like '%\\_pkey' order by indexname`,
    [FILE_TABLES],
  );
  return rows.map((r) => ({ name: r.indexname, def: r.indexdef }));
}

/**
 * Loads `files` synthetic hardship files fast: the main thread generates the households (names, ID
 * numbers, one registry so no number repeats) in filing order, workers encode them exactly as the
 * service would (buildFileRows) and walk them through their lifecycle, and the rows go in by COPY,
 * one transaction per batch. Foreign-key triggers are skipped while loading (session_replication_role
 * = replica; the rows are consistent by construction) and, when asked, the secondary indexes are
 * dropped first and built again after, with the very definitions the migrations made.
 */
export async function bulkLoad(pool: pg.Pool, db: Database, tree: BenchTree, o: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const client = await pool.connect();
  const statuses: Record<string, number> = {};
  let generateMs = 0;
  let dropped: { name: string; def: string }[] = [];
  const workers = createWorkerPool(o.workers, {
    dataKey: o.dataKey,
    hashKey: o.hashKey,
    seed: o.seed,
    today: o.today,
    standards: await db.select().from(minLivingStandards),
    params: await db.select().from(classificationParams),
  });
  try {
    await client.query(`set synchronous_commit = off`);
    await client.query(`set session_replication_role = replica`);
    if (o.rebuildIndexes) {
      dropped = await secondaryIndexes(client);
      for (const ix of dropped) await client.query(`drop index if exists "${ix.name}"`);
      o.log(`dropped ${dropped.length} secondary indexes for the load`);
    }

    const generator = createHouseholdGenerator({ seed: o.seed });
    const pickOrg = weightedTable(tree.grassroots.map((g) => [g, g.weight] as const));
    const orgRng = createRng(`${o.seed}/orgs`);
    const seqs = new Map<string, number>();
    const spanDays = Math.max(1, Math.round((dayToMs(o.today) - dayToMs(o.firstDay)) / 86_400_000) + 1);
    const item = (index: number): LoadItem => {
      const g: Grassroots = pickOrg(orgRng);
      // Files are filed evenly over the period, in order, so numbers run with the dates.
      const position = (index / o.files) * spanDays;
      const filedOn = addDays(o.firstDay, Math.floor(position));
      const createdAt = dayToMs(filedOn) + Math.floor((3600 + (position % 1) * 9 * 3600) * 1000); // 09:00–18:00 in China
      const key = `${g.org.divisionCode}-${filedOn.slice(0, 4)}`;
      const seq = (seqs.get(key) ?? 0) + 1;
      seqs.set(key, seq);
      return { index, body: generator.next(g.org, filedOn), org: { id: g.org.id, divisionCode: g.org.divisionCode }, seq, createdAt, operator: g.operator, approverName: g.approverName };
    };

    const maxInFlight = o.workers * 2 + 1;
    const done: Promise<void>[] = [];
    let failure: unknown = null;
    let copying: Promise<void> = Promise.resolve();
    let loaded = 0;
    let lastLog = performance.now();
    for (let start = 0, batch = 0; start < o.files; start += o.batchSize, batch++) {
      if (done.length > maxInFlight) await done[done.length - 1 - maxInFlight];
      if (failure) throw failure;
      const t = performance.now();
      const items: LoadItem[] = [];
      for (let i = start; i < Math.min(o.files, start + o.batchSize); i++) items.push(item(i));
      generateMs += performance.now() - t;
      const encoded = workers.submit({ batch, items } satisfies LoadBatch);
      copying = copying.then(async () => {
        const result = await encoded;
        await client.query('begin');
        for (const chunk of result.chunks) await copyInto(client, chunk);
        await client.query('commit');
        for (const [k, v] of Object.entries(result.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
        loaded += result.files;
        if (performance.now() - lastLog > 15_000 || loaded === o.files) {
          lastLog = performance.now();
          const s = (lastLog - started) / 1000;
          o.log(`  ${loaded.toLocaleString('en')} files in ${s.toFixed(0)} s (${Math.round(loaded / s).toLocaleString('en')}/s)`);
        }
      });
      done.push(copying.catch((error: unknown) => void (failure ??= error)));
    }
    await copying;
    const loadedAt = performance.now();

    for (const [key, last] of seqs) {
      await client.query(`insert into file_number_seq (key, last) values ($1, $2) on conflict (key) do update set last = greatest(file_number_seq.last, excluded.last)`, [key, last]);
    }
    await client.query(`set session_replication_role = origin`);
    if (dropped.length) {
      o.log(`building ${dropped.length} indexes again …`);
      await buildIndexes(pool, dropped);
    }
    const end = performance.now();
    return {
      files: loaded,
      statuses,
      seconds: { generate: generateMs / 1000, load: (loadedAt - started) / 1000, indexes: (end - loadedAt) / 1000, total: (end - started) / 1000 },
    };
  } finally {
    client.release();
    await workers.close();
  }
}

/** Two at a time (two cores), the biggest first. */
async function buildIndexes(pool: pg.Pool, indexes: { name: string; def: string }[]) {
  const queue = [...indexes].sort((a, b) => Number(b.def.includes(' persons ')) - Number(a.def.includes(' persons ')));
  await Promise.all(
    [0, 1].map(async () => {
      const c = await pool.connect();
      try {
        await c.query(`set maintenance_work_mem = '1GB'`);
        await c.query(`set max_parallel_maintenance_workers = 0`);
        for (let ix = queue.shift(); ix; ix = queue.shift()) await c.query(ix.def);
      } finally {
        c.release();
      }
    }),
  );
}
