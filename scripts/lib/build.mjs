// Builds the web app and the API bundle, skipping a build whose outputs are newer than all of its sources.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { log, ROOT, runPnpm } from './pnpm.mjs';

const IGNORED_DIRS = new Set(['node_modules', 'dist', '.vite', 'coverage', 'test-results', '.git', 'test', 'e2e']);

function newestMtime(entry) {
  let stats;
  try {
    stats = statSync(entry);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs; // a deleted file bumps its directory
  for (const child of readdirSync(entry, { withFileTypes: true })) {
    if (child.isDirectory() && IGNORED_DIRS.has(child.name)) continue;
    if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(child.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child.name)));
  }
  return newest;
}

function oldestMtime(files) {
  let oldest = Infinity;
  for (const file of files) {
    try {
      oldest = Math.min(oldest, statSync(file).mtimeMs);
    } catch {
      return 0; // missing output
    }
  }
  return oldest;
}

const shared = ['packages/shared', 'pnpm-lock.yaml', 'tsconfig.base.json'];

export const TARGETS = {
  web: {
    filter: '@bangfu/web',
    sources: ['apps/web', ...shared],
    outputs: ['apps/web/dist/index.html'],
  },
  api: {
    filter: '@bangfu/api',
    sources: ['apps/api', ...shared],
    outputs: ['apps/api/dist/server.js', 'apps/api/dist/migrate.js'],
  },
};

export function isStale(name) {
  const target = TARGETS[name];
  const built = oldestMtime(target.outputs.map((file) => path.join(ROOT, file)));
  if (built === 0) return true;
  return target.sources.some((source) => newestMtime(path.join(ROOT, source)) > built);
}

/** Builds `name` ("web" or "api") unless it is up to date (or force); resolves to the exit code. */
export async function build(name, { force = false } = {}) {
  const target = TARGETS[name];
  if (!force && !isStale(name)) {
    log(`${name}: build is up to date (${target.outputs[0]}), skipping`);
    return 0;
  }
  log(`${name}: building (${target.filter})`);
  return runPnpm(['--filter', target.filter, 'run', 'build']);
}
