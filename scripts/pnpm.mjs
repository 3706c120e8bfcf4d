#!/usr/bin/env node
// `node scripts/pnpm.mjs <args...>`: runs the pnpm version this repository pins (see scripts/lib/pnpm.mjs),
// from PATH when it is the right version, otherwise through npx. The root package.json's dev, build,
// typecheck and migrate scripts go through here, so a machine with only Node.js and npm needs no setup.
// Set BANGFU_SKIP_INSTALL=1 to skip the automatic `pnpm install` before commands other than install-like ones.
import { ensureInstalled, runPnpm } from './lib/pnpm.mjs';

const args = process.argv.slice(2);
const installLike = new Set(['install', 'i', 'add', 'remove', 'rm', 'update', 'up', 'import', 'fetch', 'prune', 'dedupe']);
const first = args.find((arg) => !arg.startsWith('-'));
const needsInstall = args.length > 0 && !installLike.has(first) && !args.includes('--version') && !args.includes('-v') && !args.includes('--help') && !args.includes('-h');

if (needsInstall && process.env.BANGFU_SKIP_INSTALL !== '1') {
  if (!(await ensureInstalled())) process.exit(1);
}
process.exitCode = await runPnpm(args);
