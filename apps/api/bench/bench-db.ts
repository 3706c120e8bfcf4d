/**
 * The million-file benchmark database, shared by the benchmarks that need it: create it when missing
 * (or fresh), load it with the bulk loader of the search benchmark (same seed, same keys, so either
 * benchmark can run on a database the other loaded), and VACUUM ANALYZE it.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openPostgres } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { createBenchTree } from './bench-tree';
import { bulkLoad } from './bulk-load';

const key = (label: string) => createHash('sha256').update(label).digest('base64');
/** The keys every benchmark database is encrypted with (synthetic data only). */
export const BENCH_KEYS = { dataKey: key('bangfu-bench-data-key'), hashKey: key('bangfu-bench-hash-key'), jwtSecret: key('bangfu-bench-jwt') };
export const BENCH_SEED = 'bangfu-bench';

export async function ensureDatabase(url: string, fresh: boolean, log: (line: string) => void) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_URL names database "${name}": use lower-case letters, digits and _`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    if (fresh) {
      await c.query(`drop database if exists ${name} with (force)`);
      log(`dropped database ${name}`);
    }
    const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await c.query(`create database ${name}`);
      log(`created database ${name}`);
    }
  } finally {
    await c.end();
  }
}

/** Migrates, then loads `files` files unless the database holds that many already. Returns whether it loaded. */
export async function loadFiles(url: string, o: { files: number; today: string; workers: number; keepIndexes?: boolean; seed?: string; log: (line: string) => void }): Promise<boolean> {
  const handle = openPostgres(url, 4);
  const pool = (handle.db as unknown as { $client: pg.Pool }).$client;
  try {
    await migrateDatabase(handle);
    const counted = (await handle.db.execute(sql`select (select count(*) from hardship_files)::int as files, (select count(*) from orgs)::int as orgs`)) as unknown as { rows: { files: number; orgs: number }[] };
    const have = counted.rows[0]!;
    if (have.files >= o.files) {
      o.log(`database holds ${have.files.toLocaleString('en')} files (≥ ${o.files.toLocaleString('en')}): skipping the load`);
      return false;
    }
    if (have.orgs > 0) throw new Error(`database holds ${have.files} files, fewer than ${o.files}: rerun with --fresh`);
    o.log(`loading ${o.files.toLocaleString('en')} files with ${o.workers} encoding workers …`);
    const seed = o.seed ?? BENCH_SEED;
    const tree = await createBenchTree(handle.db, seed);
    o.log(`  tree: ${tree.grassroots.length} grassroots unions`);
    const result = await bulkLoad(pool, handle.db, tree, {
      files: o.files,
      seed,
      today: o.today,
      firstDay: '2024-01-02',
      workers: o.workers,
      batchSize: Math.min(2000, Math.max(100, Math.ceil(o.files / 20))),
      dataKey: BENCH_KEYS.dataKey,
      hashKey: BENCH_KEYS.hashKey,
      rebuildIndexes: !o.keepIndexes,
      log: o.log,
    });
    const s = result.seconds;
    o.log(`loaded ${result.files.toLocaleString('en')} files in ${s.total.toFixed(0)} s (rows ${s.load.toFixed(0)} s, of which generating ${s.generate.toFixed(0)} s; indexes ${s.indexes.toFixed(0)} s)`);
    o.log(`  statuses: ${JSON.stringify(result.statuses)}`);
    return true;
  } finally {
    await handle.close();
  }
}

/** VACUUM ANALYZE the given tables (a bulk load leaves the visibility map empty). */
export async function vacuumAnalyze(url: string, tables: string[], log: (line: string) => void) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const t = performance.now();
    await c.query(`vacuum (analyze) ${tables.join(', ')}`);
    log(`vacuum analyze ${tables.length} tables: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await c.end();
  }
}
