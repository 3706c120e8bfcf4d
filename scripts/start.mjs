#!/usr/bin/env node
// `npm start`: install (when needed), build the web app and the API (when stale), then run the server.
// The server migrates the database, seeds the demo data on first start, and serves API + web on one port.
//   npm start -- --rebuild    rebuild even when the builds look up to date
//   BANGFU_SKIP_BUILD=1       run whatever is in apps/api/dist and apps/web/dist as it is
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from './lib/build.mjs';
import { ensureInstalled, log, ROOT } from './lib/pnpm.mjs';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm start [-- --rebuild]   (env: HOST, PORT, DATABASE_URL, ... see README.md)');
  process.exit(0);
}
const force = args.includes('--rebuild');

if (!(await ensureInstalled())) process.exit(1);

if (process.env.BANGFU_SKIP_BUILD !== '1') {
  for (const name of ['web', 'api']) {
    const code = await build(name, { force });
    if (code !== 0) {
      log(`${name} build failed (exit code ${code}); not starting`);
      process.exit(code);
    }
  }
}

const server = path.join(ROOT, 'apps', 'api', 'dist', 'server.js');
if (!existsSync(server)) {
  log(`${path.relative(ROOT, server)} is missing: the API build did not produce it`);
  process.exit(1);
}

// A friendly banner; the server logs its own "up" line once it listens.
const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT || '3000';
const shownHost = ['0.0.0.0', '::', '[::]'].includes(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
const url = `http://${shownHost}:${port}`;
let database = `embedded PGlite in ${process.env.PGLITE_DATA_DIR || 'data/pglite'}`;
if (process.env.DATABASE_URL) {
  try {
    const parsed = new URL(process.env.DATABASE_URL);
    database = `PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    database = 'PostgreSQL (DATABASE_URL)';
  }
}
const seed = !/^(0|false|no|off)$/i.test(process.env.SEED_DEMO ?? '');
console.log('');
console.log(`  帮扶 Bangfu is starting on ${url}  (database: ${database})`);
if (seed) console.log('  Demo login: admin / Bangfu@2026  (other demo users in README.md; Ctrl-C stops)');
else console.log('  Ctrl-C stops');
console.log('');

const child = spawn(process.execPath, [server], { cwd: ROOT, env: process.env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on('error', (error) => {
  log(`cannot start the server: ${error.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  if (signal) {
    process.exitCode = signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1;
  } else {
    process.exitCode = code ?? 1;
  }
});
