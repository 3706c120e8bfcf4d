#!/usr/bin/env node
// `npm test`: the whole test run of the repository, one summary at the end.
//
//   1. install dependencies when needed;
//   2. typecheck every package (`pnpm -r run typecheck`; counts as one test named "typecheck");
//   3. build the web app and the API bundle (the browser tests run the built server);
//   4. Vitest suites, each with a JSON report that the summary counts:
//        api:pglite     the API tests on embedded PGlite                      (always)
//        api:postgres   the API tests on PostgreSQL                           (when TEST_DATABASE_URL is set)
//        web            the web unit tests                                    (when apps/web/vitest.config.ts exists)
//        e2e:pglite     browser tests against the built server on PGlite      (needs /usr/bin/chromium or CHROMIUM_PATH)
//        e2e:postgres   browser tests on a fresh database of TEST_DATABASE_URL's server
//
// The last line printed is always `N passed, N failed` (`, N skipped` when some were skipped).
// Exit code 0 only when nothing failed and no suite crashed.
//
// Options (after `npm test --`):
//   --only a,b     run only these suites; a name matches a whole suite id or its prefix/suffix:
//                  typecheck, api, web, e2e, api:pglite, api:postgres, e2e:pglite, e2e:postgres, pglite, postgres
//   --skip a,b     run everything else
//   --no-build     do not build (the e2e suites use apps/api/dist and apps/web/dist as they are)
//   --rebuild      build even when the builds look up to date
//   -- <args>      everything after a second `--` goes to every vitest run, e.g. `npm test -- --only api -- -t login`
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from './lib/build.mjs';
import { ensureInstalled, log, ROOT, runPnpm } from './lib/pnpm.mjs';

// ---------------------------------------------------------------------------------------------------------
// Arguments

const HELP = `usage: npm test -- [--only a,b] [--skip a,b] [--no-build] [--rebuild] [-- <vitest args>]
suites: typecheck, api:pglite, api:postgres, web, e2e:pglite, e2e:postgres
        (a filter matches a suite id, its part before ":" or after ":"; e.g. --only api, --skip postgres)
env:    TEST_DATABASE_URL  enables the PostgreSQL passes (api:postgres, e2e:postgres)
        CHROMIUM_PATH      browser for the e2e suites (default /usr/bin/chromium)`;

const argv = process.argv.slice(2);
const separator = argv.indexOf('--');
const ownArgs = separator === -1 ? argv : argv.slice(0, separator);
const vitestExtra = separator === -1 ? [] : argv.slice(separator + 1);
const options = { only: null, skip: [], build: true, rebuild: false };
for (let i = 0; i < ownArgs.length; i++) {
  const arg = ownArgs[i];
  const value = () => {
    const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : ownArgs[++i];
    if (!inline) fail(`${arg} needs a value`);
    return inline.split(',').map((s) => s.trim()).filter(Boolean);
  };
  if (arg === '--help' || arg === '-h') {
    console.log(HELP);
    process.exit(0);
  } else if (arg === '--only' || arg.startsWith('--only=')) options.only = [...(options.only ?? []), ...value()];
  else if (arg === '--skip' || arg.startsWith('--skip=')) options.skip.push(...value());
  else if (arg === '--no-build') options.build = false;
  else if (arg === '--rebuild') options.rebuild = true;
  else fail(`unknown option ${arg}\n${HELP}`);
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

function matches(id, filter) {
  const [group, variant] = id.split(':');
  return filter === id || filter === group || (variant !== undefined && filter === variant);
}

function selected(id) {
  if (options.only && !options.only.some((f) => matches(id, f))) return false;
  return !options.skip.some((f) => matches(id, f));
}

// ---------------------------------------------------------------------------------------------------------
// Results

/** @type {{name: string, passed: number, failed: number, skipped: number, seconds: number, note: string, failures: string[]}[]} */
const results = [];
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!interrupted) log(`${signal}: stopping after the current step`);
    interrupted = true;
  });
}

function record(name, counts) {
  results.push({ passed: 0, failed: 0, skipped: 0, seconds: 0, note: '', failures: [], ...counts, name });
}

function banner(text) {
  console.log(`\n${'='.repeat(100)}\n== ${text}\n${'='.repeat(100)}`);
}

function loud(lines) {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = '!'.repeat(width + 4);
  console.log(`\n${bar}\n${lines.map((l) => `!!  ${l.padEnd(width - 2)}!!`).join('\n')}\n${bar}\n`);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bangfu-test-'));
let reportCounter = 0;

/** Runs one vitest suite through pnpm in a workspace package and records its counts from the JSON report. */
async function vitestSuite(name, { filter, args = [], env = {}, unset = [] }) {
  if (interrupted) return;
  banner(`${name}: vitest ${args.join(' ')}`.trim());
  const report = path.join(tmp, `report-${++reportCounter}.json`);
  const childEnv = { ...process.env, ...env };
  // Vitest colours its output even into a pipe; keep CI logs plain unless asked otherwise.
  if (!process.stdout.isTTY && childEnv.FORCE_COLOR === undefined && childEnv.NO_COLOR === undefined) childEnv.NO_COLOR = '1';
  for (const key of unset) delete childEnv[key];
  const started = Date.now();
  const code = await runPnpm(
    [
      '--filter',
      filter,
      'exec',
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...vitestExtra,
    ],
    { env: childEnv },
  );
  const seconds = (Date.now() - started) / 1000;
  let json = null;
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    json = null;
  }
  if (!json) {
    record(name, { failed: 1, seconds, note: `crashed (exit code ${code}, no JSON report)`, failures: [`${name}: vitest crashed`] });
    return;
  }
  const failures = [];
  let failed = json.numFailedTests ?? 0;
  for (const file of json.testResults ?? []) {
    const relative = path.relative(ROOT, file.name ?? '');
    const failedAssertions = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failedAssertions) failures.push(`[${name}] ${relative} > ${[...(a.ancestorTitles ?? []), a.title].join(' > ')}`);
    if (file.status === 'failed' && failedAssertions.length === 0) {
      failed += 1; // a file that failed to load or failed in a hook has no failed test to count
      const reason = String(file.message ?? '').split('\n')[0].slice(0, 160);
      failures.push(`[${name}] ${relative}: file failed${reason ? ` (${reason})` : ''}`);
    }
  }
  let note = '';
  if (code !== 0 && failed === 0) {
    failed = 1;
    note = `vitest exited with code ${code}`;
    failures.push(`${name}: vitest exited with code ${code} with no failed test (unhandled error?)`);
  }
  const passed = json.numPassedTests ?? 0;
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  if (!note && passed + failed + skipped === 0) note = 'no tests found';
  record(name, { passed, failed, skipped, seconds, note, failures });
}

async function step(name, run) {
  if (interrupted) return false;
  banner(name);
  const started = Date.now();
  const code = await run();
  const seconds = (Date.now() - started) / 1000;
  if (code === 0) record(name, { passed: 1, seconds });
  else record(name, { failed: 1, seconds, note: `exit code ${code}`, failures: [`${name} failed (exit code ${code})`] });
  return code === 0;
}

// ---------------------------------------------------------------------------------------------------------
// PostgreSQL helpers for the e2e pass

function loadPg() {
  const require = createRequire(path.join(ROOT, 'apps', 'api', 'package.json'));
  const pg = require('pg');
  return pg.default ?? pg;
}

function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withAdminClient(url, fn) {
  const pg = loadPg();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function createE2eDatabase(baseUrl) {
  const url = new URL(baseUrl);
  const base = (decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres').toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const name = `${base.slice(0, 40)}_e2e_${randomBytes(4).toString('hex')}`;
  await withAdminClient(baseUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

async function dropDatabase(baseUrl, name) {
  await withAdminClient(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

// ---------------------------------------------------------------------------------------------------------
// The run

const startedAll = Date.now();
const pgUrl = process.env.TEST_DATABASE_URL || '';
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const e2eConfig = path.join(ROOT, 'apps', 'web', 'vitest.e2e.config.ts');
const webUnitConfig = path.join(ROOT, 'apps', 'web', 'vitest.config.ts');
const notices = [];

try {
  if (!(await ensureInstalled())) {
    record('install', { failed: 1, note: 'pnpm install failed', failures: ['pnpm install failed'] });
    throw new Error('install failed');
  }

  if (!pgUrl && (selected('api:postgres') || selected('e2e:postgres'))) {
    const message = 'TEST_DATABASE_URL is not set: the PostgreSQL passes (api:postgres, e2e:postgres) are SKIPPED.';
    notices.push(message);
    loud([message, 'e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm test']);
  }

  if (selected('typecheck')) await step('typecheck', () => runPnpm(['-r', '--no-bail', 'run', 'typecheck']));

  const wantE2e = selected('e2e:pglite') || (pgUrl && selected('e2e:postgres'));
  let built = true;
  if (wantE2e && options.build) {
    for (const target of ['web', 'api']) {
      if (interrupted) break;
      banner(`build:${target}`);
      const started = Date.now();
      const code = await build(target, { force: options.rebuild });
      if (code !== 0) {
        built = false;
        record(`build:${target}`, {
          failed: 1,
          seconds: (Date.now() - started) / 1000,
          note: `exit code ${code}`,
          failures: [`build:${target} failed (exit code ${code})`],
        });
      }
    }
  }

  if (selected('api:pglite')) {
    await vitestSuite('api:pglite', { filter: '@bangfu/api', env: { TEST_DB: 'pglite' } });
  }
  if (selected('api:postgres') && pgUrl) {
    await vitestSuite('api:postgres', { filter: '@bangfu/api', env: { TEST_DB: 'postgres', TEST_DATABASE_URL: pgUrl } });
  }

  if (selected('web') && existsSync(webUnitConfig)) {
    await vitestSuite('web', { filter: '@bangfu/web', args: ['--config', 'vitest.config.ts'] });
  }

  if (wantE2e) {
    const hasE2eTests = (() => {
      try {
        return readdirSync(path.join(ROOT, 'apps', 'web', 'e2e'), { recursive: true }).some((f) => /\.test\.[cm]?[jt]sx?$/.test(String(f)));
      } catch {
        return false;
      }
    })();
    if (!existsSync(e2eConfig)) {
      const message = 'apps/web/vitest.e2e.config.ts is missing: browser tests were NOT run.';
      notices.push(message);
      loud([message]);
      if (hasE2eTests) record('e2e', { failed: 1, note: 'config missing', failures: [message] });
    } else if (!built) {
      record('e2e', { failed: 1, note: 'not run: the build failed', failures: ['e2e not run because the build failed'] });
    } else {
      if (!existsSync(chromium)) {
        const lines = [
          `BROWSER TESTS SKIPPED: no Chromium at ${chromium}.`,
          'Install it (Debian: apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.',
        ];
        notices.push(lines[0]);
        loud(lines);
      }
      const e2eArgs = ['--config', 'vitest.e2e.config.ts'];
      if (selected('e2e:pglite')) {
        await vitestSuite('e2e:pglite', { filter: '@bangfu/web', args: e2eArgs, unset: ['E2E_DATABASE_URL'] });
      }
      if (pgUrl && selected('e2e:postgres') && !interrupted) {
        let database = null;
        try {
          database = await createE2eDatabase(pgUrl);
          log(`e2e:postgres: created database ${database.name}`);
        } catch (error) {
          record('e2e:postgres', {
            failed: 1,
            note: 'could not create its database',
            failures: [`e2e:postgres: CREATE DATABASE failed: ${error.message}`],
          });
        }
        if (database) {
          try {
            await vitestSuite('e2e:postgres', { filter: '@bangfu/web', args: e2eArgs, env: { E2E_DATABASE_URL: database.url } });
          } finally {
            await dropDatabase(pgUrl, database.name).catch((error) => log(`could not drop ${database.name}: ${error.message}`));
          }
        }
      }
    }
  }
} catch (error) {
  if (error?.message !== 'install failed') {
    record('test runner', { failed: 1, note: 'crashed', failures: [`test runner crashed: ${error?.stack ?? error}`] });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------------
// Summary

if (interrupted) record('interrupted', { failed: 1, note: 'stopped by a signal', failures: ['the run was interrupted'] });

const total = results.reduce(
  (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
const rows = [
  ['suite', 'passed', 'failed', 'skipped', 'time', 'note'],
  ...results.map((r) => [r.name, r.passed, r.failed, r.skipped, `${r.seconds.toFixed(1)}s`, r.note]),
  ['total', total.passed, total.failed, total.skipped, `${((Date.now() - startedAll) / 1000).toFixed(1)}s`, ''],
].map((row) => row.map(String));
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row) => row.map((cell, i) => (i >= 1 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();

banner('summary');
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows.slice(1, -1)) console.log(line(row));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(line(rows.at(-1)));

const failures = results.flatMap((r) => r.failures);
if (failures.length > 0) {
  console.log('\nfailed:');
  for (const f of failures.slice(0, 50)) console.log(`  ✗ ${f}`);
  if (failures.length > 50) console.log(`  … and ${failures.length - 50} more`);
}
if (notices.length > 0) {
  console.log('\nnotices:');
  for (const n of notices) console.log(`  ! ${n}`);
}
console.log('');
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = total.failed > 0 || results.length === 0 ? 1 : 0;
