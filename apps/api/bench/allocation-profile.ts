/**
 * What one search request allocates, and where: the API answers a search again and again (one at a time,
 * over a kept-alive raw HTTP connection, as bench:search does) while V8's sampling heap profiler records
 * every allocation, the ones young-generation collections sweep away included. Each statement the search
 * sent is then replayed as many times straight through a pg client, profiled the same way, so what the
 * driver allocates for the rows is told apart from what the API allocates around them.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bangfu_bench pnpm --filter @bangfu/api bench:alloc [-- 'idTail=1234' [requests]]
 *
 * Runs on a database loaded by bench:search. Prints KB per request, in all and by function (self), with
 * the file each function is in. Allocation, unlike time, does not depend on what else the machine is doing:
 * the figures repeat to a few per cent.
 */
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openPostgres } from '../src/db/client';
import { createFieldCrypto } from '../src/lib/field-crypto';
import { BENCH_KEYS } from './bench-db';
import { readBenchTree } from './bench-tree';
import { httpClient } from './http-client';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bangfu_bench';
const [query = '', count = '500'] = process.argv.slice(2).filter((a) => a !== '--');
const requests = Number(count);
const WARMUP = 200;

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** Bytes allocated while `fn` runs, by function, from the sampling heap profiler. */
async function profile(session: Session, fn: () => Promise<void>): Promise<{ total: number; byFunction: Map<string, number> }> {
  await session.post('HeapProfiler.collectGarbage');
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await fn();
  const { profile: result } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } };
  const byFunction = new Map<string, number>();
  let total = 0;
  const walk = (node: ProfileNode) => {
    if (node.selfSize > 0) {
      const file = node.callFrame.url.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^.*\/apps\/api\//, '');
      const key = `${node.callFrame.functionName || '(anonymous)'}  ${file || '(native)'}:${node.callFrame.lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    for (const child of node.children) walk(child);
  };
  walk(result.head);
  return { total, byFunction };
}

function report(title: string, { total, byFunction }: { total: number; byFunction: Map<string, number> }, n: number, top = 25) {
  const kb = (bytes: number) => (bytes / n / 1024).toFixed(1);
  console.log(`\n${title}: ${kb(total)} KB per request\n`);
  console.log('| KB per request | function |\n|---:|---|');
  for (const [key, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${kb(bytes)} | ${key} |`);
}

async function main() {
  const database = openPostgres(url, 10);
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  let sent: unknown[][] | null = null;
  (pool as unknown as { query: typeof poolQuery }).query = (...args) => {
    sent?.push(args);
    return poolQuery(...args);
  };
  const keys = BENCH_KEYS;
  const config = loadConfig({ DATABASE_URL: url, DATA_KEY: keys.dataKey, HASH_KEY: keys.hashKey, JWT_SECRET: keys.jwtSecret, SEED_DEMO: 'false', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', PRINCIPAL_CACHE_SECONDS: '60' });
  const app = await buildApp({ config, database, crypto: createFieldCrypto({ current: keys.dataKey, hashKey: keys.hashKey }), logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const tree = await readBenchTree(database.db);
  const token = app.jwt.sign({ sub: tree.cityUserId, typ: 'access', iat: Math.floor(Date.now() / 1000) }, { expiresIn: 3600 });
  const client = httpClient('raw', origin, { authorization: `Bearer ${token}` });
  const path = query ? `/api/v1/hardship-files?${query}` : '/api/v1/hardship-files';
  const get = async () => {
    const res = await client.get(path);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${res.body.toString()}`);
    return res.body.length;
  };
  const direct = new pg.Client({ connectionString: url });
  await direct.connect();
  const session = new Session();
  session.connect();
  try {
    for (let i = 0; i < WARMUP; i++) await get();
    sent = [];
    const bytes = await get();
    const statements = sent;
    sent = null;
    const replay = async () => {
      for (const args of statements) await (direct.query as (...a: unknown[]) => Promise<unknown>)(...args);
    };
    for (let i = 0; i < WARMUP; i++) await replay();
    console.log(`GET ${path} as a city user: ${bytes} bytes of JSON, ${statements.length} statements; ${requests} requests after ${WARMUP}`);
    const api = await profile(session, async () => {
      for (let i = 0; i < requests; i++) await get();
    });
    const sql = await profile(session, async () => {
      for (let i = 0; i < requests; i++) await replay();
    });
    report('through the API (the client included)', api, requests);
    report('the same statements straight through pg', sql, requests, 12);
  } finally {
    session.disconnect();
    client.close();
    await direct.end();
    await app.close();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
