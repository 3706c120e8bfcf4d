/**
 * Campaign benchmark: a 送温暖 campaign over the million-file data set on PostgreSQL, end to end through
 * the HTTP API — preview, create, select, notice batch (create + publish), the window closed by the notice
 * sweep once the clock has moved past it, pay as one batch — each step timed. Target: under 60 s end to end.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bangfu_bench_campaign pnpm --filter @bangfu/api bench:campaign [-- options]
 *     --fresh              drop and create the database first (then loads 1,000,000 files, ≈ 5–15 minutes)
 *     --files N            files to load when the database is empty (default 1000000)
 *     --rule JSON          the campaign rule (default {"householdTypes":["migrant"]}: 困难农民工送温暖, ≈ 115,000 households at 1 M files)
 *     --amount FEN         per-household amount (default 300000: 3,000 yuan)
 *     --explain            print EXPLAIN ANALYZE of the selection statement
 *     --json FILE          also write the figures as JSON
 *
 * A database the search benchmark loaded (bangfu_bench) works too: same loader, seed and keys. Each run
 * first empties the workflow and fund tables of the benchmark database (TRUNCATE: the ledger's
 * append-only triggers fire on UPDATE and DELETE, not on TRUNCATE), so runs are repeatable.
 */
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openPostgres } from '../src/db/client';
import { fundAccounts, orgs, users } from '../src/db/schema/index';
import { createFieldCrypto } from '../src/lib/field-crypto';
import { localDay } from '../src/lib/dates';
import { createPasswordHasher } from '../src/modules/auth/passwords';
import { post } from '../src/modules/funds/ledger';
import { addUser } from '../src/seed/tree';
import { BENCH_KEYS, ensureDatabase, loadFiles, vacuumAnalyze } from './bench-db';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bangfu_bench_campaign';
const files = Number(option('files', '1000000'));
const rule = JSON.parse(option('rule', '{"householdTypes":["migrant"]}')) as Record<string, unknown>;
const amountFen = Number(option('amount', '300000'));
const log = (line: string) => console.log(line);
const DAY = 86_400_000;

const WORK_TABLES = [
  'campaign_households', 'aid_campaigns', 'payments', 'payment_vouchers', 'bank_batches', 'fund_budgets', 'fund_receipts',
  'ledger_entries', 'ledger_transactions', 'fund_years', 'fund_source_balances', 'fund_accounts',
  'objections', 'notice_items', 'notice_batches', 'home_visits', 'application_steps', 'aid_records', 'applications',
];

/** Empties the tables a campaign writes; makes the province's finance + centre user; opens the province's special account. */
async function prepare(db: ReturnType<typeof openPostgres>['db'], totalFen: number) {
  await db.execute(sql.raw(`truncate ${WORK_TABLES.join(', ')} restart identity cascade`));
  await db.execute(sql`delete from file_number_seq where key like 'app-%'`);
  const [province] = await db.select().from(orgs).where(eq(orgs.level, 'province'));
  if (!province) throw new Error('no province org: is this a benchmark database?');
  let [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'bench_province'));
  if (!user) {
    const passwordHash = await createPasswordHasher(1024).hash('Bench-only-2026');
    const id = await addUser(db, province, { username: 'bench_province', displayName: '省帮扶中心 财务', roles: ['finance', 'centre_approver'], passwordHash, passwordChangedAt: new Date(0) });
    user = { id };
  }
  const [account] = await db.insert(fundAccounts).values({ orgId: province.id, name: '广东省总工会帮扶资金专户', bankName: '中国工商银行', accountNo: '4402 0000 0000 0000 001', openedOn: '2020-01-01', createdByName: 'bench' }).returning();
  await db.transaction((tx) =>
    post(tx, {
      accountId: account!.id,
      year: Number(localDay(new Date()).slice(0, 4)),
      kind: 'receipt',
      memo: '省级财政拨款（基准测试）',
      at: new Date(),
      actor: { id: null, name: 'bench' },
      lines: [{ ledger: 'bank', source: 'provincial_fiscal', amountFen: totalFen }, { ledger: 'income', source: 'provincial_fiscal', amountFen: -totalFen }],
    }),
  );
  return { provinceId: province.id, userId: user.id, accountId: account!.id };
}

interface Step {
  name: string;
  seconds: number;
  note: string;
  walMb?: number;
  fpi?: number;
}

async function main() {
  await ensureDatabase(url, flag('fresh'), log);
  const today = localDay(new Date());
  const loaded = await loadFiles(url, { files, today, workers: Math.max(1, os.availableParallelism()), log });
  if (loaded) await vacuumAnalyze(url, ['orgs', 'users', 'hardship_files', 'persons', 'income_items', 'rigid_expenses'], log);

  const database = openPostgres(url, 10);
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const config = loadConfig({ DATABASE_URL: url, DATA_KEY: BENCH_KEYS.dataKey, HASH_KEY: BENCH_KEYS.hashKey, JWT_SECRET: BENCH_KEYS.jwtSecret, SEED_DEMO: 'false', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', NOTICE_SWEEP_SECONDS: '1' });
  const app = await buildApp({ config, database, clock, crypto: createFieldCrypto({ current: BENCH_KEYS.dataKey, hashKey: BENCH_KEYS.hashKey }), logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1`;
  const steps: Step[] = [];
  try {
    const { provinceId, userId, accountId } = await prepare(database.db, 50_000_000_000);
    await database.db.execute(sql`analyze aid_records`);
    const token = () => app.jwt.sign({ sub: userId, typ: 'access', iat: Math.floor(clock().getTime() / 1000) }, { expiresIn: 3600 });
    // node:http rather than fetch: a long step must not hit fetch's 300 s header timeout.
    const call = (method: string, path: string, body?: unknown) =>
      new Promise<{ json: () => any; bytes: number }>((resolve, reject) => {
        const payload = body ? JSON.stringify(body) : null;
        const req = http.request(`${base}${path}`, { method, headers: { authorization: `Bearer ${token()}`, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if ((res.statusCode ?? 500) >= 300) reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 500)}`));
            else resolve({ json: () => JSON.parse(text), bytes: text.length });
          });
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(payload ?? undefined);
      });
    // WAL written meanwhile (the whole server's, so quiet neighbours matter): full-page images and bytes.
    const wal = async () => {
      const r = (await database.db.execute(sql`select wal_fpi::bigint::text as fpi, wal_bytes::bigint::text as bytes from pg_stat_wal`)) as unknown as { rows: { fpi: string; bytes: string }[] };
      return { fpi: Number(r.rows[0]!.fpi), bytes: Number(r.rows[0]!.bytes) };
    };
    const timed = async <T>(name: string, fn: () => Promise<T>, note: (r: T) => string): Promise<T> => {
      const w0 = await wal();
      const t = performance.now();
      const r = await fn();
      const seconds = (performance.now() - t) / 1000;
      const w1 = await wal();
      const walMb = (w1.bytes - w0.bytes) / 1e6;
      const n = note(r);
      steps.push({ name, seconds, note: n, walMb, fpi: w1.fpi - w0.fpi });
      log(`  ${name.padEnd(10)} ${seconds.toFixed(2).padStart(7)} s  WAL ${walMb.toFixed(0).padStart(5)} MB (${(w1.fpi - w0.fpi).toLocaleString('en')} full pages)  ${n}`);
      return r;
    };
    const year = Number(localDay(clock()).slice(0, 4));
    const draft = { orgId: provinceId, kind: 'sending_warmth', year, rule, amounts: { perHouseholdFen: amountFen } };
    log(`\n送温暖 campaign at 广东省总工会, rule ${JSON.stringify(rule)}, ${(amountFen / 100).toFixed(2)} yuan a household\n`);

    if (flag('explain')) {
      const { judgedCte } = await import('../src/modules/aid-campaigns/campaign-selection');
      const [org] = await database.db.select().from(orgs).where(eq(orgs.id, provinceId));
      const q = sql`explain (analyze, buffers) with ${judgedCte({ subtreePath: org!.path, campaignId: null, year, aidType: 'sending_warmth', rule, amounts: { perHouseholdFen: amountFen }, capsInForce: false })} select reason, count(*) from judged group by reason`;
      const plan = (await database.db.execute(q)) as unknown as { rows: { 'QUERY PLAN': string }[] };
      log(plan.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
    }

    const started = performance.now();
    const preview = await timed('preview', () => call('POST', '/aid-campaigns/preview', draft), (r) => {
      const p = r.json();
      return `${p.households.toLocaleString('en')} households, ${(p.totalFen / 100).toLocaleString('en')} yuan, ${p.byOrg.length} orgs; excluded ${JSON.stringify(p.excluded)}`;
    });
    const campaign = await timed('create', () => call('POST', '/aid-campaigns', { ...draft, name: `${year}年困难农民工春节送温暖`, accountId }), () => 'draft');
    const id = campaign.json().id as string;
    await timed('select', () => call('POST', `/aid-campaigns/${id}/select`), (r) => `${r.json().selectedCount.toLocaleString('en')} households materialised`);
    await timed('notice', () => call('POST', `/aid-campaigns/${id}/notice`, { title: `${year}年春节送温暖公示`, objectionContact: '省总工会帮扶中心 020-12345678', windowDays: 7 }), (r) => {
      const c = r.json();
      return `${c.counts.inNotice.toLocaleString('en')} applications and notice lines, batch published`;
    });
    // The window ends (the clock moves 8 days); the notice sweep of the running app (every second
    // here, NOTICE_SWEEP_SECONDS) closes the batch, and the campaign is noticed.
    offset += 8 * DAY;
    await timed('close', async () => {
      // Poll the light list (no per-household counts), not to load the database while it closes.
      for (;;) {
        await new Promise((r) => setTimeout(r, 250));
        const page = (await call('GET', `/aid-campaigns?year=${year}&state=noticed`)).json();
        if (page.items.some((c: { id: string }) => c.id === id)) return (await call('GET', `/aid-campaigns/${id}`)).json();
      }
    }, (c) => `window over, the sweep closed the batch: ${c.counts.approved.toLocaleString('en')} aid records approved`);

    const samples: string[] = [];
    let paying = true;
    const poll = (async () => {
      while (paying) {
        await new Promise((r) => setTimeout(r, 1000));
        if (!paying) break;
        const t0 = performance.now();
        const c = (await call('GET', `/aid-campaigns/${id}`)).json();
        if (c.progress) samples.push(`${((performance.now() - started) / 1000).toFixed(1)}s ${c.state} ${c.progress.step} ${c.progress.done}/${c.progress.total} (GET ${(performance.now() - t0).toFixed(0)} ms)`);
      }
    })();
    const paid = await timed('pay', () => call('POST', `/aid-campaigns/${id}/pay`), (r) => {
      const p = r.json().payResult;
      return `${p.payments.toLocaleString('en')} bank transfers, ${(p.totalFen / 100).toLocaleString('en')} yuan, batch ${p.batchNo}; ${p.withoutBankCard.toLocaleString('en')} without a card left in the queue`;
    });
    paying = false;
    await poll;
    const total = (performance.now() - started) / 1000;
    steps.push({ name: 'total', seconds: total, note: 'preview → paid' });
    for (const s of samples) log(`    progress: ${s}`);

    const bankBatchId = paid.json().payResult.bankBatchId as string;
    await timed('bank file', () => call('GET', `/bank-batches/${bankBatchId}/file`), (r) => `${(r.bytes / 1e6).toFixed(1)} MB CSV (not in the total)`);
    const check = (await database.db.execute(sql`
      select (select balance_fen from fund_accounts where id = ${accountId})::text as balance,
             (select sum(amount_fen) from ledger_entries where ledger = 'expense')::text as expense,
             (select count(*) from ledger_transactions where kind = 'payment')::int as txns,
             (select count(*) from payments)::int as payments,
             (select count(*) from aid_records where status = 'booked')::int as booked`)) as unknown as { rows: Record<string, unknown>[] };
    log(`\nafter: ${JSON.stringify(check.rows[0])}`);
    log(`\n| step | seconds | WAL MB | what |\n|---|---:|---:|---|\n${steps.map((s) => `| ${s.name} | ${s.seconds.toFixed(2)} | ${s.walMb === undefined ? '' : s.walMb.toFixed(0)} | ${s.note} |`).join('\n')}\n`);
    log(total < 60 ? `end to end ${total.toFixed(1)} s: meets the 60 s target` : `end to end ${total.toFixed(1)} s: MISSES the 60 s target`);
    const json = option('json', '');
    if (json) writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), rule, amountFen, steps, progress: samples, check: check.rows[0] }, null, 2));
  } finally {
    await app.close();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

