// Finds and runs the pnpm version pinned in the root package.json ("packageManager"), without needing a
// global install: `pnpm` on PATH when it is exactly that version, otherwise the same version through npx.
// Also `ensureInstalled()`, which installs the workspace only when node_modules is missing or stale.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const isWindows = process.platform === 'win32';

/** The pinned pnpm version, e.g. "12.4.2", read from "packageManager": "pnpm@12.4.2[+sha...]". */
export const PNPM_VERSION = (() => {
  try {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const match = /^pnpm@(\d+\.\d+\.\d+[^+]*)/.exec(pkg.packageManager ?? '');
    if (match) return match[1];
  } catch {
    // fall through to the default
  }
  return '12.4.2';
})();

export function log(message) {
  process.stderr.write(`[bangfu] ${message}\n`);
}

function versionOf(command, args = []) {
  const result = spawnSync(command, [...args, '--version'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
    shell: isWindows,
    env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
  });
  if (result.error || result.status !== 0) return null;
  return result.stdout.trim().split(/\r?\n/).pop()?.trim() ?? null;
}

let resolved = null;

/**
 * How to run the pinned pnpm: { command, prefixArgs, binDir, via }.
 * 1. `pnpm` on PATH if `pnpm --version` prints the pinned version;
 * 2. else the binary that `npx --yes -p pnpm@VERSION` installs into npm's cache (called directly afterwards,
 *    so every later call skips npx's start-up, and nested `pnpm` calls in package scripts find it on PATH);
 * 3. else plain `npx --yes pnpm@VERSION` for every call.
 */
export function resolvePnpm() {
  if (resolved) return resolved;
  const onPath = versionOf('pnpm');
  if (onPath === PNPM_VERSION) {
    resolved = { command: 'pnpm', prefixArgs: [], binDir: null, via: 'PATH' };
    return resolved;
  }
  log(
    onPath
      ? `pnpm on PATH is ${onPath}, this repository pins ${PNPM_VERSION}: using npx pnpm@${PNPM_VERSION}`
      : `pnpm ${PNPM_VERSION} is not on PATH: using npx pnpm@${PNPM_VERSION} (no global install needed)`,
  );
  if (!isWindows) {
    const located = spawnSync('npx', ['--yes', '-p', `pnpm@${PNPM_VERSION}`, '-c', 'command -v pnpm'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 600_000,
    });
    const binary = located.status === 0 ? located.stdout.trim().split(/\r?\n/).pop()?.trim() : '';
    if (binary && path.isAbsolute(binary) && versionOf(binary) === PNPM_VERSION) {
      resolved = { command: binary, prefixArgs: [], binDir: path.dirname(binary), via: 'npx' };
      return resolved;
    }
  }
  resolved = { command: 'npx', prefixArgs: ['--yes', `pnpm@${PNPM_VERSION}`], binDir: null, via: 'npx' };
  return resolved;
}

/** The environment for a pnpm child: the npx-installed pnpm goes first on PATH so nested calls find it. */
export function pnpmEnv(env = process.env) {
  const { binDir } = resolvePnpm();
  const out = { ...env };
  if (binDir) {
    const key = Object.keys(out).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
    out[key] = out[key] ? `${binDir}${path.delimiter}${out[key]}` : binDir;
  }
  return out;
}

/**
 * Runs the pinned pnpm with `args`; resolves to its exit code (128 + signal number when killed).
 * opts: cwd (default: repository root), env (default: process.env), stdio (default: inherit),
 * forwardSignals (default: true; SIGINT/SIGTERM/SIGHUP received meanwhile are passed on to pnpm).
 */
export function runPnpm(args, opts = {}) {
  const { command, prefixArgs } = resolvePnpm();
  return runCommand(command, [...prefixArgs, ...args], { ...opts, env: pnpmEnv(opts.env ?? process.env) });
}

/** Spawns a command and resolves to its exit code; never rejects (a spawn error resolves to 127). */
export function runCommand(command, args, opts = {}) {
  const { cwd = ROOT, env = process.env, stdio = 'inherit', forwardSignals = true } = opts;
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, { cwd, env, stdio, shell: isWindows });
    } catch (error) {
      log(`cannot start ${command}: ${error.message}`);
      resolve(127);
      return;
    }
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const forward = (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    if (forwardSignals) for (const signal of signals) process.on(signal, forward);
    const done = (code) => {
      if (forwardSignals) for (const signal of signals) process.off(signal, forward);
      resolve(code);
    };
    child.on('error', (error) => {
      log(`cannot start ${command}: ${error.message}`);
      done(127);
    });
    child.on('close', (code, signal) => {
      if (code !== null) done(code);
      else done(128 + (signalNumbers[signal] ?? 1));
    });
  });
}

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 };

// ---------------------------------------------------------------------------------------------------------
// Install only when needed

const STAMP = path.join(ROOT, 'node_modules', '.bangfu-install-stamp');

function mtimeMs(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** Workspace package directories from pnpm-workspace.yaml ("dir/*" and plain "dir" entries). */
export function workspacePackageDirs() {
  let patterns = ['apps/*', 'packages/*'];
  try {
    const text = readFileSync(path.join(ROOT, 'pnpm-workspace.yaml'), 'utf8');
    const block = /^packages:\s*\n((?:[ \t]+-[^\n]*\n?)+)/m.exec(text);
    if (block) {
      patterns = block[1]
        .split('\n')
        .map((line) => line.replace(/^\s*-\s*/, '').replace(/["']/g, '').trim())
        .filter(Boolean);
    }
  } catch {
    // keep the defaults
  }
  const dirs = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    if (pattern.endsWith('/*')) {
      const parent = path.join(ROOT, pattern.slice(0, -2));
      let entries = [];
      try {
        entries = readdirSync(parent, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const dir = path.join(parent, entry.name);
        if (entry.isDirectory() && existsSync(path.join(dir, 'package.json'))) dirs.push(dir);
      }
    } else if (!pattern.includes('*')) {
      const dir = path.join(ROOT, pattern);
      if (existsSync(path.join(dir, 'package.json'))) dirs.push(dir);
    }
  }
  return dirs;
}

function hasDependencies(dir) {
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    return ['dependencies', 'devDependencies', 'optionalDependencies'].some(
      (field) => pkg[field] && Object.keys(pkg[field]).length > 0,
    );
  } catch {
    return false;
  }
}

/** Why an install is needed, or null when node_modules is up to date. */
export function installReason() {
  if (!existsSync(path.join(ROOT, 'node_modules'))) return 'node_modules is missing';
  const stamp = mtimeMs(STAMP) ?? mtimeMs(path.join(ROOT, 'node_modules', '.modules.yaml'));
  if (stamp === null) return 'node_modules was not installed by pnpm';
  const packageDirs = workspacePackageDirs();
  const inputs = [
    path.join(ROOT, 'pnpm-lock.yaml'),
    path.join(ROOT, 'pnpm-workspace.yaml'),
    path.join(ROOT, 'package.json'),
    ...packageDirs.map((dir) => path.join(dir, 'package.json')),
  ];
  for (const input of inputs) {
    const time = mtimeMs(input);
    if (time !== null && time > stamp) return `${path.relative(ROOT, input)} is newer than node_modules`;
  }
  for (const dir of packageDirs) {
    if (hasDependencies(dir) && !existsSync(path.join(dir, 'node_modules'))) {
      return `${path.relative(ROOT, dir)}/node_modules is missing`;
    }
  }
  return null;
}

/**
 * Runs `pnpm install --frozen-lockfile` when node_modules is missing or older than the lockfile or any
 * package.json (plain `pnpm install` when there is no lockfile; outside CI also when the lockfile is out of
 * date). Resolves to true when node_modules is ready; logs and resolves to false when installing failed.
 */
export async function ensureInstalled({ force = false } = {}) {
  const reason = force ? 'forced' : installReason();
  if (!reason) return true;
  log(`installing dependencies with pnpm ${PNPM_VERSION} (${reason})`);
  const common = ['--config.confirm-modules-purge=false'];
  const hasLockfile = existsSync(path.join(ROOT, 'pnpm-lock.yaml'));
  let code;
  if (hasLockfile) {
    code = await runPnpm(['install', '--frozen-lockfile', ...common]);
    if (code !== 0 && !isCI()) {
      log('frozen install failed (is pnpm-lock.yaml out of date?); retrying with an ordinary install');
      code = await runPnpm(['install', '--no-frozen-lockfile', ...common]);
    }
  } else {
    log('pnpm-lock.yaml is missing: running an ordinary install, which writes one');
    code = await runPnpm(['install', ...common]);
  }
  if (code !== 0) {
    log(`pnpm install failed with exit code ${code}`);
    return false;
  }
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `pnpm ${PNPM_VERSION} install finished ${new Date().toISOString()}\n`);
  return true;
}

export function isCI() {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}
