/**
 * Search benchmark: a million hardship files on PostgreSQL, searched through the HTTP API as a
 * city-level user, and the same statements straight through pg for comparison.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bangfu_bench pnpm --filter @bangfu/api bench:search [-- options]
 *     --fresh            drop and create the database first
 *     --files N          how many files to load (default 1000000; e.g. 2000 for a quick sanity run)
 *     --requests N       timed requests per search (default 1000: a p95 of 1,000 rests on its 50 slowest), after --warmup N (default 50)
 *     --workers N        encoding workers (default: CPU count)
 *     --keep-indexes     load with every index in place instead of building them after
 *     --explain          print EXPLAIN (ANALYZE, BUFFERS) of each search's statements
 *     --json FILE        also write the figures as JSON
 *     --principal-cache N  PRINCIPAL_CACHE_SECONDS of the measured app (default 5, as in production; 0 = off)
 *     --server inprocess|process  the timed API listens inside the benchmark's process (default), or runs as
 *                        its own process (src/server.ts, as deployed: adds the OS's wake-ups between processes)
 *     --client raw|http|fetch  the HTTP client that times the API (default raw: HTTP/1.1 on a kept-alive socket)
 *     --only a,b         only the searches of these names (e.g. --only list,idTail)
 *
 * Reruns on a loaded database skip the load and only measure.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openPostgres } from '../src/db/client';
import { createFieldCrypto } from '../src/lib/field-crypto';
import { localDay } from '../src/lib/dates';
import { BENCH_KEYS, ensureDatabase, loadFiles } from './bench-db';
import { CLIENT_KINDS, type ClientKind, httpClient } from './http-client';
import { type Span, watchGc } from './gc-watch';
import { startServerProcess } from './server-process';
import { readBenchTree } from './bench-tree';
import { recordPool, type Statement, timeEach, timing, type Timing } from './measure';
import { benchQueries } from './queries';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const int = (name: string, fallback: number) => {
  const n = Number(option(name, String(fallback)));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
};

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bangfu_bench';
const files = int('files', 1_000_000);
const requests = int('requests', 1000);
const warmup = int('warmup', 50);
const workers = int('workers', Math.max(1, os.availableParallelism()));
const seed = option('seed', 'bangfu-bench');
const serverKind = option('server', 'inprocess');
if (serverKind !== 'process' && serverKind !== 'inprocess') throw new Error('--server must be process or inprocess');
const clientKind = option('client', 'raw') as ClientKind;
if (!CLIENT_KINDS.includes(clientKind)) throw new Error(`--client must be one of ${CLIENT_KINDS.join(', ')}`);
const keys = BENCH_KEYS;
const log = (line: string) => console.log(line);

async function analyze() {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t = performance.now();
  // VACUUM too: a bulk load leaves the visibility map empty, which autovacuum would fill in service.
  await c.query('vacuum (analyze) orgs, users, hardship_files, persons, income_items, rigid_expenses');
  const { rows } = await c.query<{ files: number; persons: number; incomes: number; expenses: number; size: string }>(
    `select (select count(*) from hardship_files)::int as files, (select count(*) from persons)::int as persons,
            (select count(*) from income_items)::int as incomes, (select count(*) from rigid_expenses)::int as expenses,
            pg_size_pretty(pg_database_size(current_database())) as size`,
  );
  log(`vacuum analyze: ${((performance.now() - t) / 1000).toFixed(0)} s; ${JSON.stringify(rows[0])}`);
  await c.end();
}

interface Row {
  name: string;
  describe: string;
  api: Timing;
  sql: Timing;
  statements: number;
  /** How many timed requests a garbage collection of this process fell into, and its ms inside them. */
  gc: { api: { requests: number; ms: number }; sql: { requests: number; ms: number } };
  /** Each timed request's ms, in the order they ran (API and SQL of the same index ran back to back). */
  samples: { api: number[]; sql: number[] };
}

async function measure(today: string): Promise<Row[]> {
  const database = openPostgres(url, 10);
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  // The statements the search sends (the scope's orgs, the page, the total), not the caller's auth lookup.
  const recorder = recordPool(pool, (text) => !text.includes('from "users"'));
  const config = loadConfig({
    DATABASE_URL: url,
    DATA_KEY: keys.dataKey,
    HASH_KEY: keys.hashKey,
    JWT_SECRET: keys.jwtSecret,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    // as in production unless asked: 5 s (0 = look the caller up on every request)
    PRINCIPAL_CACHE_SECONDS: option('principal-cache', '5'),
  });
  // This app records the statements a search sends; it is also the timed API unless --server process.
  const app = await buildApp({ config, database, crypto: createFieldCrypto({ current: keys.dataKey, hashKey: keys.hashKey }), logger: false });
  let origin: string;
  let server: Awaited<ReturnType<typeof startServerProcess>> | null = null;
  if (serverKind === 'process') {
    server = await startServerProcess({
      DATABASE_URL: url,
      DATA_KEY: keys.dataKey,
      HASH_KEY: keys.hashKey,
      JWT_SECRET: keys.jwtSecret,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: '/nonexistent',
      PRINCIPAL_CACHE_SECONDS: option('principal-cache', '5'),
    });
    origin = server.origin;
  } else {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }
  const direct = new pg.Client({ connectionString: url });
  await direct.connect();
  let client: ReturnType<typeof httpClient> | null = null;
  try {
    const tree = await readBenchTree(database.db);
    const token = app.jwt.sign({ sub: tree.cityUserId, typ: 'access', iat: Math.floor(Date.now() / 1000) }, { expiresIn: 3600 });
    client = httpClient(clientKind, origin, { authorization: `Bearer ${token}` });
    const request = client.get;
    const pathOf = (params: string) => (params ? `/api/v1/hardship-files?${params}` : '/api/v1/hardship-files');
    const get = async (params: string) => {
      const res = await request(pathOf(params));
      if (res.status !== 200) throw new Error(`GET ?${params}: ${res.status} ${res.body.toString()}`);
      return res.body;
    };
    // The statements one search sends, as the in-process app sends them (the same code as the timed API).
    const record = async (params: string) => {
      const res = await app.inject({ method: 'GET', url: pathOf(params), headers: { authorization: `Bearer ${token}` } });
      if (res.statusCode !== 200) throw new Error(`GET ?${params}: ${res.statusCode} ${res.body}`);
    };
    const queries = await benchQueries(direct, tree.cityOrg.path, today);
    log(`\nsearching as a user of ${tree.cityOrg.name} (its subtree), ${warmup} warm-up + ${requests} timed requests per search\n`);
    const rows: Row[] = [];
    const only = option('only', '').split(',').filter(Boolean);
    for (const q of only.length ? queries.filter((x) => only.includes(x.name)) : queries) {
      // Warm-up through the API, recording the statements the repo sends for each parameter set.
      const statements = new Map<string, Statement[]>();
      await timeEach(Math.max(warmup, q.params.length), async (i) => {
        const params = q.params[i % q.params.length]!;
        if (!statements.has(params)) {
          const capture: Statement[] = [];
          recorder.capture = capture;
          await record(params);
          recorder.capture = null;
          statements.set(params, capture);
        }
        await get(params);
      });
      const replay = (i: number) => statements.get(q.params[i % q.params.length]!)!;
      // The same statements, with the same pg query arguments (row mode, type parsers), on one connection.
      const run = (s: Statement) => (direct.query as (...a: unknown[]) => Promise<unknown>)(...s.args);
      const runAll = async (i: number) => {
        for (const s of replay(i)) await run(s);
      };
      for (let i = 0; i < warmup; i++) await runAll(i);
      // Interleaved, each parameter set through the API and straight through pg back to back, so both see
      // the machine as it is at that moment (a checkpoint or autovacuum during one phase only would skew the
      // ratio); which goes first alternates, so neither always finds the other's pages and plans just used.
      const api: number[] = [];
      const direct_: number[] = [];
      const spans: { api: Span[]; sql: Span[] } = { api: [], sql: [] };
      const timeOne = async (fn: () => Promise<unknown>, into: number[], span: Span[]) => {
        const start = performance.now();
        await fn();
        const end = performance.now();
        into.push(end - start);
        span.push([start, end]);
      };
      const gc = watchGc();
      for (let i = 0; i < requests; i++) {
        const viaApi = () => timeOne(() => get(q.params[i % q.params.length]!), api, spans.api);
        const viaSql = () => timeOne(() => runAll(i), direct_, spans.sql);
        if (i % 2 === 0) {
          await viaApi();
          await viaSql();
        } else {
          await viaSql();
          await viaApi();
        }
      }
      await new Promise((resolve) => setImmediate(resolve)); // the last collections' entries
      gc.stop();
      const collected = { api: gc.within(spans.api), sql: gc.within(spans.sql) };
      const row = { name: q.name, describe: q.describe, api: timing(api), sql: timing(direct_), statements: replay(0).length, gc: collected, samples: { api, sql: direct_ } };
      rows.push(row);
      log(
        `  ${q.name.padEnd(13)} API p50 ${row.api.p50.toFixed(2)} p95 ${row.api.p95.toFixed(2)} ms | SQL p50 ${row.sql.p50.toFixed(2)} p95 ${row.sql.p95.toFixed(2)} ms` +
          ` | a collection in ${collected.api.requests} API requests (${collected.api.ms.toFixed(0)} ms), ${collected.sql.requests} SQL (${collected.sql.ms.toFixed(0)} ms)`,
      );
      if (flag('explain')) {
        for (const s of replay(0)) {
          const plan = await direct.query(`explain (analyze, buffers) ${s.text}`, s.values);
          log(`\n--- ${q.name}: ${s.text}\n    params ${JSON.stringify(s.values)}\n${plan.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}\n`);
        }
      }
    }
    return rows;
  } finally {
    client?.close();
    await server?.stop();
    await direct.end();
    await app.close();
    await database.close();
  }
}

function report(rows: Row[]) {
  const f = (n: number) => n.toFixed(2);
  const lines = [
    '| search | what | API p50 | API p95 | SQL p50 | SQL p95 | ratio p50 | ratio p95 | meets |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => {
      const r50 = r.api.p50 / r.sql.p50;
      const r95 = r.api.p95 / r.sql.p95;
      const ok = r.api.p95 < 50 && Math.max(r50, r95) <= 1.5 ? 'yes' : r.api.p95 < 50 ? 'p95 yes, ratio no' : 'no';
      return `| ${r.name} | ${r.describe}${r.statements > 1 ? ` (${r.statements} statements)` : ''} | ${f(r.api.p50)} | ${f(r.api.p95)} | ${f(r.sql.p50)} | ${f(r.sql.p95)} | ${r50.toFixed(2)} | ${r95.toFixed(2)} | ${ok} |`;
    }),
  ];
  log(`\nlatency in ms; targets: API p95 < 50 ms and API/SQL ≤ 1.5 (at p50 and at p95)\n\n${lines.join('\n')}\n`);
}

async function main() {
  const today = localDay(new Date());
  await ensureDatabase(url, flag('fresh'), log);
  await loadFiles(url, { files, today, workers, keepIndexes: flag('keep-indexes'), seed, log });
  await analyze();
  const rows = await measure(today);
  report(rows);
  const json = option('json', '');
  if (json) writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), files, requests, warmup, rows }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
