import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';

/**
 * The e2e server's clock (see README.md beside this file). global-setup starts the API with
 * CLOCK_OFFSET_FILE pointing at a temporary file holding an offset in milliseconds; the server's time is
 * real time plus that offset, re-read whenever the file changes. These helpers move it — forward only,
 * because the server and every other test file share it — and only inside useExclusiveClock(), so two
 * files that depend on time never run at once.
 */
export const DAY_MS = 86_400_000;

function clockFile(): string {
  const file = inject('clockFile');
  if (!file) throw new Error('no clock file: the e2e suite is skipped (no Chromium) or global-setup did not run');
  return file;
}

/** The offset now in force, in milliseconds. */
export function clockOffsetMs(): number {
  const text = readFileSync(clockFile(), 'utf8').trim();
  return text === '' ? 0 : Number(text);
}

/** The server's current time (real time plus the offset). */
export function serverNow(): Date {
  return new Date(Date.now() + clockOffsetMs());
}

/** The server's calendar day in China (YYYY-MM-DD), as the API counts days (lib/dates.ts localDay). */
export function serverToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(serverNow());
}

/** Takes a lock shared by the test files (mkdir is atomic), so two files moving time at once both count. */
function withLock<T>(file: string, fn: () => T): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    return fn();
  } finally {
    rmdirSync(lock);
  }
}

let leaseHeld = false;
const leaseDir = () => `${clockFile()}.lease`;

function ownerAlive(dir: string): boolean {
  try {
    const pid = Number(readFileSync(`${dir}/owner`, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return true; // being written: treat as held
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' || (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** Waits for the clock lease (one test file at a time); a lease left by a dead process is taken over. */
async function acquireLease(timeoutMs: number): Promise<void> {
  const dir = leaseDir();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(`${dir}/owner`, String(process.pid));
      leaseHeld = true;
      process.once('exit', releaseLease);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!ownerAlive(dir)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`the server's clock stayed leased to another test file for ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function releaseLease(): void {
  if (!leaseHeld) return;
  leaseHeld = false;
  rmSync(leaseDir(), { recursive: true, force: true });
}

/**
 * Call at the top of a describe whose tests move the server's clock or depend on a window staying open
 * (a notice of one day, say): its tests then run while no other file can move the clock, and only
 * they may call advanceDays/advanceMs. Files that do not move time need nothing. Waits (up to 15
 * minutes) while another file holds the clock.
 */
export function useExclusiveClock(): void {
  beforeAll(() => acquireLease(15 * 60_000), 15 * 60_000 + 5_000);
  afterAll(() => releaseLease());
}

/**
 * Moves the server's clock forward by `ms` and returns the new offset. The file is replaced by a rename,
 * so the server never reads half a number; it sees the new time on its next request.
 */
export function advanceMs(ms: number): number {
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`advance the clock by a positive whole number of ms, not ${ms}`);
  if (!leaseHeld) {
    throw new Error(
      "moving the server's clock needs useExclusiveClock() at the top of the describe (apps/web/e2e/support/README.md): " +
        'another test file may be relying on a window staying open',
    );
  }
  const file = clockFile();
  return withLock(file, () => {
    const offset = clockOffsetMs() + ms;
    writeFileSync(`${file}.tmp`, String(offset));
    renameSync(`${file}.tmp`, file);
    return offset;
  });
}

/** Moves the server's clock forward by `days` whole days (e.g. past a notice window). */
export function advanceDays(days: number): number {
  return advanceMs(Math.round(days * DAY_MS));
}
