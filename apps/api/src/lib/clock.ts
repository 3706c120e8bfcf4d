import { readFileSync, statSync } from 'node:fs';

/** The time source, injected so tests can move it. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * For browser tests and demos only (CLOCK_OFFSET_FILE): real time plus an offset in milliseconds read
 * from `file` — one integer, negative allowed; a missing or empty file means 0. Each call costs one
 * stat(); the file is read again only when its inode, size or modification time changes, so a writer
 * that replaces it (write a temporary file, rename it over) moves the clock at the next call. An
 * unreadable offset keeps the last good one and is reported once through `warn`.
 */
export function fileOffsetClock(file: string, warn: (message: string) => void = () => {}): Clock {
  let seen = '';
  let offset = 0;
  const refresh = () => {
    let key = 'missing';
    try {
      const s = statSync(file, { bigint: true });
      key = `${s.ino}:${s.size}:${s.mtimeNs}`;
    } catch {
      // no file: no offset
    }
    if (key === seen) return;
    seen = key;
    if (key === 'missing') {
      offset = 0;
      return;
    }
    try {
      const text = readFileSync(file, 'utf8').trim();
      if (text === '') offset = 0;
      else if (/^-?\d{1,15}$/.test(text)) offset = Number(text);
      else warn(`${file}: expected an offset in milliseconds, got "${text.slice(0, 40)}"; keeping ${offset}`);
    } catch (error) {
      warn(`${file}: ${(error as Error).message}; keeping offset ${offset}`);
    }
  };
  return () => {
    refresh();
    return new Date(Date.now() + offset);
  };
}
