import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { apiServerPath, chromiumMissing, repoRoot, warnChromiumMissing, webIndexPath } from './support/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> of the API serving the built web app; '' when the suite is skipped. */
    baseUrl: string;
    /** The server's CLOCK_OFFSET_FILE: move its time with support/clock.ts. '' when the suite is skipped. */
    clockFile: string;
  }
}

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

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} before answering`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`GET ${baseUrl}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts the built API (which serves apps/web/dist) on a free port with a fresh database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = [apiServerPath, webIndexPath].filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(
      `E2E needs the built system, missing: ${missing.join(', ')}.\n` +
        `Build first: pnpm --filter @bangfu/api build && pnpm --filter @bangfu/web build`,
    );
  }
  if (chromiumMissing) {
    warnChromiumMissing();
    project.provide('baseUrl', '');
    project.provide('clockFile', '');
    return async () => {};
  }

  const workDir = mkdtempSync(join(tmpdir(), 'bangfu-e2e-'));
  const logPath = join(workDir, 'api.log');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The server's clock: real time plus the offset in this file, moved forward by support/clock.ts.
  const clockFile = join(workDir, 'clock-offset-ms');
  writeFileSync(clockFile, '0');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'true',
    ARGON2_MEMORY_KIB: '4096',
    SECRETS_FILE: join(workDir, 'secrets.json'),
    CLOCK_OFFSET_FILE: clockFile,
    // Batches close only when a test closes them: a sweep racing the test's own close would make it flaky.
    NOTICE_SWEEP_SECONDS: '0',
  };
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  else {
    env.PGLITE_DATA_DIR = join(workDir, 'pglite');
    delete env.DATABASE_URL;
  }

  const log = createWriteStream(logPath);
  const child = spawn(process.execPath, [apiServerPath], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  try {
    // The demo seed (1,000 files through the real services) takes a minute or more on a loaded machine.
    await waitForHealth(baseUrl, child, 240_000);
  } catch (error) {
    await stop(child);
    const tail = existsSync(logPath) ? readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n') : '';
    rmSync(workDir, { recursive: true, force: true });
    throw new Error(`Could not start the API for E2E: ${(error as Error).message}\n--- api log (tail) ---\n${tail}`);
  }

  project.provide('baseUrl', baseUrl);
  project.provide('clockFile', clockFile);
  return async () => {
    await stop(child);
    await new Promise<void>((resolve) => log.end(resolve));
    // The server's log outlives the run, to read after a failure: one per database kind.
    const kept = join(tmpdir(), `bangfu-e2e-api-${process.env.E2E_DATABASE_URL ? 'postgres' : 'pglite'}.log`);
    copyFileSync(logPath, kept);
    console.log(`[e2e] the API's log: ${kept}`);
    rmSync(workDir, { recursive: true, force: true });
  };
}
