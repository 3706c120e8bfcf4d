/**
 * Where one search request's time goes: the API answers a search again and again (one at a time, over a
 * kept-alive node:http connection, as bench:search does), and each request's timeline is stamped at the
 * server's request event, Fastify's hooks, and the start and end of every pool query. Each statement is
 * then replayed straight through the same pool, so the time PostgreSQL takes is told apart from what the
 * API spends around it.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bangfu_bench pnpm --filter @bangfu/api bench:anatomy [-- 'idTail=1234' [requests]]
 *
 * Runs on a database loaded by bench:search. Prints the median, p95 and mean of each step (ms).
 */
import http from 'node:http';
import type pg from 'pg';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openPostgres } from '../src/db/client';
import { createFieldCrypto } from '../src/lib/field-crypto';
import { BENCH_KEYS } from './bench-db';
import { readBenchTree } from './bench-tree';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bangfu_bench';
const [query = 'idTail=1234', count = '1000'] = process.argv.slice(2).filter((a) => a !== '--');
const requests = Number(count);
const WARMUP = 100;

type Stamp = [step: string, at: number];
let timeline: Stamp[] = [];
const stamp = (step: string) => timeline.push([step, performance.now()]);

async function main() {
  const database = openPostgres(url, 10);
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  let sent: unknown[][] = [];
  (pool as unknown as { query: typeof poolQuery }).query = (...args) => {
    sent.push(args);
    stamp('query sent');
    return poolQuery(...args).then((result) => {
      stamp('query answered');
      return result;
    });
  };
  const keys = BENCH_KEYS;
  const config = loadConfig({ DATABASE_URL: url, DATA_KEY: keys.dataKey, HASH_KEY: keys.hashKey, JWT_SECRET: keys.jwtSecret, SEED_DEMO: 'false', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', PRINCIPAL_CACHE_SECONDS: '5' });
  const app = await buildApp({ config, database, crypto: createFieldCrypto({ current: keys.dataKey, hashKey: keys.hashKey }), logger: false });
  for (const hook of ['onRequest', 'preHandler', 'preSerialization', 'onSend', 'onResponse'] as const) {
    app.addHook(hook, async () => {
      stamp(hook);
    });
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  app.server.prependListener('request', () => stamp('server has the request'));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const tree = await readBenchTree(database.db);
  const token = app.jwt.sign({ sub: tree.cityUserId, typ: 'access', iat: Math.floor(Date.now() / 1000) }, { expiresIn: 3600 });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<void>((resolve, reject) => {
      stamp('client sends');
      http
        .get({ host: '127.0.0.1', port, path: `/api/v1/hardship-files?${query}`, headers: { authorization: `Bearer ${token}` }, agent }, (res) => {
          stamp('client has the headers');
          res.resume();
          res.on('end', () => {
            stamp('client has the body');
            resolve();
          });
        })
        .on('error', reject);
    });

  const steps = new Map<string, number[]>();
  const totals: number[] = [];
  const waits: number[] = [];
  const replays: number[][] = [];
  let shape = '';
  for (let i = 0; i < WARMUP + requests; i++) {
    timeline = [];
    sent = [];
    await get();
    const line = timeline.map(([step]) => step).join(' → ');
    // The caller's lookup refreshes every few seconds (PRINCIPAL_CACHE_SECONDS): those requests are left out.
    if (!shape && i >= WARMUP) shape = line;
    if (i < WARMUP || line !== shape) continue;
    let waited = 0;
    for (let j = 1; j < timeline.length; j++) {
      const key = `${String(j).padStart(2)}. ${timeline[j - 1]![0]} → ${timeline[j]![0]}`;
      const took = timeline[j]![1] - timeline[j - 1]![1];
      steps.set(key, [...(steps.get(key) ?? []), took]);
      if (key.endsWith('query sent → query answered')) waited += took;
    }
    totals.push(timeline.at(-1)![1] - timeline[0]![1]);
    waits.push(waited);
    const statements = sent;
    for (const [k, args] of statements.entries()) {
      const t = performance.now();
      await poolQuery(...args);
      (replays[k] ??= []).push(performance.now() - t);
    }
  }
  const at = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
  const median = (xs: number[]) => at(xs, 0.5);
  const p95 = (xs: number[]) => at(xs, 0.95);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`GET /api/v1/hardship-files?${query} as a city user, ${requests} requests after ${WARMUP}\n`);
  console.log('| step | median | p95 | mean |\n|---|---:|---:|---:|');
  let total = 0;
  let inPostgres = 0;
  for (const [key, xs] of steps) {
    total += mean(xs);
    if (key.endsWith('query sent → query answered')) inPostgres += mean(xs);
    console.log(`| ${key} | ${median(xs).toFixed(3)} | ${p95(xs).toFixed(3)} | ${mean(xs).toFixed(3)} |`);
  }
  const replayed = replays.reduce((a, xs) => a + mean(xs), 0);
  const others = totals.map((t, i) => t - waits[i]!);
  console.log(`\nper request, p50 / p95: in all ${median(totals).toFixed(3)} / ${p95(totals).toFixed(3)}; waiting on PostgreSQL ${median(waits).toFixed(3)} / ${p95(waits).toFixed(3)}; everything else ${median(others).toFixed(3)} / ${p95(others).toFixed(3)} ms`);
  console.log(`\nclient sends → client has the body: ${total.toFixed(3)} ms (mean); waiting on PostgreSQL ${inPostgres.toFixed(3)}, everything else ${(total - inPostgres).toFixed(3)}`);
  console.log(`the same ${replays.length} statements replayed through the pool right after each request: ${replays.map((xs) => mean(xs).toFixed(3)).join(' + ')} = ${replayed.toFixed(3)} ms (mean)`);
  agent.destroy();
  await app.close();
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
