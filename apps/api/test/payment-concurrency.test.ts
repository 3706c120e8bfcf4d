import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, queryRows, type TestDatabase, testDatabaseKind } from './helpers/database';
import { PASSWORD, seedTree, type Tree } from './helpers/fixtures';
import { balanceOf, fundedAccount, insertApprovedAids, receive } from './helpers/payments';

/**
 * The issue's promise: no sequence of concurrent requests pays out money the account does not have.
 * Two real API processes on one PostgreSQL database take 200 payment requests at once against an
 * account that can cover exactly 100 of them; then pairs of requests race for the same aid record.
 * PostgreSQL only (PGlite is one process with one connection): CI runs it in the api:postgres pass.
 */
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const AMOUNT = 10_000; // 100 yuan each
const FUNDED = 100 * AMOUNT; // exactly 100 of the 200 can be paid

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Api {
  baseUrl: string;
  child: ChildProcess;
  log: string[];
}

/** One API process from the sources (so it runs exactly the code under test), on the test database. */
async function startApi(databaseUrl: string): Promise<Api> {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '10',
      // the same keys as the test's own crypto; the JWT secret is shared through the database
      DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
      HASH_KEY: Buffer.alloc(32, 9).toString('base64'),
      SEED_DEMO: 'false',
      ARGON2_MEMORY_KIB: '1024',
      NOTICE_SWEEP_SECONDS: '0',
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${log.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) })).status === 200) return { baseUrl, child, log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not answer within 60 s:\n${log.join('')}`);
}

function stopApi(api: Api): Promise<void> {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => api.child.kill('SIGKILL'), 5_000);
    api.child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    api.child.kill('SIGTERM');
  });
}

describe.skipIf(testDatabaseKind !== 'postgres')('payments under concurrency: two API processes, one PostgreSQL', () => {
  let database: TestDatabase;
  let tree: Tree;
  let apis: Api[] = [];
  let token = '';
  let accountId = '';

  beforeAll(async () => {
    database = await createTestDatabase();
    tree = await seedTree(database.handle.db);
    apis = await Promise.all([startApi(database.url!), startApi(database.url!)]);
    const login = await fetch(`${apis[0]!.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'a_finance', password: PASSWORD }),
    });
    expect(login.status, await login.clone().text()).toBe(200);
    token = ((await login.json()) as { accessToken: string }).accessToken;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apis.map(stopApi));
    await database?.destroy();
  });

  const payAt = async (api: Api, aidRecordId: string, n: number) => {
    const res = await fetch(`${api.baseUrl}/api/v1/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ aidRecordId, method: 'bank_transfer', accountId, bankName: '中国工商银行', bankCard: `62220200${String(n).padStart(8, '0')}` }),
    });
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as { code?: string; id?: string; aidRecordId?: string } };
  };

  it('200 requests against money for 100: exactly 100 paid, 100 refused with 409 INSUFFICIENT_FUNDS, balance 0', async () => {
    const db = database.handle.db;
    accountId = (await fundedAccount({ database }, tree.orgs.A.id, FUNDED, 'union_funds', new Date())).id;
    const records = await insertApprovedAids(db, { orgId: tree.orgs.A1.id, count: 200, amountFen: AMOUNT });
    expect(records).toHaveLength(200);

    // all at once, alternating between the two processes
    const results = await Promise.all(records.map((r, i) => payAt(apis[i % 2]!, r.aidRecordId, i)));
    const byStatus = new Map<number, number>();
    for (const r of results) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    expect(Object.fromEntries(byStatus), JSON.stringify(results.filter((r) => r.status !== 201 && r.status !== 409).slice(0, 3))).toEqual({ 201: 100, 409: 100 });
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.type).toContain('application/problem+json');
      expect(r.body.code).toBe('INSUFFICIENT_FUNDS');
    }
    // both processes paid some
    expect(new Set(results.map((r, i) => (r.status === 201 ? i % 2 : -1)).filter((x) => x >= 0)).size).toBe(2);

    expect(await balanceOf({ database }, accountId)).toBe(0); // also: = sum of bank lines = sum of source balances
    const [paid] = await queryRows<{ n: number; total: string; records: number }>(
      db,
      sql`select count(*)::int as n, sum(amount_fen)::text as total, count(distinct aid_record_id)::int as records from payments where status in ('booked','exported','paid')`,
    );
    expect(paid).toEqual({ n: 100, total: String(FUNDED), records: 100 });
    const twice = await queryRows(db, sql`select aid_record_id from ledger_entries where ledger = 'expense' group by aid_record_id having sum(amount_fen) <> ${AMOUNT}`);
    expect(twice).toEqual([]);
    const [txns] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ledger_transactions where kind = 'payment'`);
    expect(txns!.n).toBe(100);
    const statuses = await queryRows<{ status: string; n: number }>(db, sql`select status, count(*)::int as n from aid_records group by status order by status`);
    expect(statuses).toEqual([
      { status: 'approved', n: 100 },
      { status: 'booked', n: 100 },
    ]);
    const paidIds = new Set(results.filter((r) => r.status === 201).map((r) => r.body.aidRecordId));
    expect(paidIds.size).toBe(100);
  }, 60_000);

  it('two requests for the same aid record at the two processes: exactly one wins, every time', async () => {
    const db = database.handle.db;
    const ROUNDS = 40;
    await receive({ database }, accountId, (ROUNDS + 10) * AMOUNT, 'union_funds', new Date());
    const records = await insertApprovedAids(db, { orgId: tree.orgs.A1.id, count: ROUNDS, amountFen: AMOUNT });
    const pairs = await Promise.all(records.map((r, i) => Promise.all([payAt(apis[0]!, r.aidRecordId, 1000 + i), payAt(apis[1]!, r.aidRecordId, 2000 + i)])));
    for (const pair of pairs) {
      const statuses = pair.map((p) => p.status).sort();
      expect(statuses, JSON.stringify(pair)).toEqual([201, 409]);
      expect(pair.find((p) => p.status === 409)!.body.code).toBe('ALREADY_PAID');
    }
    const ids = records.map((r) => r.aidRecordId);
    const live = await queryRows<{ aid_record_id: string; n: number }>(
      db,
      sql`select aid_record_id, count(*)::int as n from payments where status in ('booked','exported','paid') and aid_record_id in ${sql.raw(`('${ids.join("','")}')`)} group by aid_record_id`,
    );
    expect(live).toHaveLength(ROUNDS);
    expect(live.every((r) => r.n === 1)).toBe(true);
    expect(await balanceOf({ database }, accountId)).toBe(10 * AMOUNT);
  }, 60_000);
});
