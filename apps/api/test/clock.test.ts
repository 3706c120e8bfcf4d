import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { fileOffsetClock } from '../src/lib/clock';

const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'bangfu-clock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** How far the clock is from real time, rounded to the second (the two readings are microseconds apart). */
const lead = (clock: () => Date) => Math.round((clock().getTime() - Date.now()) / 1000) * 1000;
/** What the e2e helper does: write a temporary file and rename it over, so a reader never sees half a number. */
const put = (file: string, text: string) => {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
};

describe('CLOCK_OFFSET_FILE: a clock tests can move (tests and demos only)', () => {
  it('is off by default and resolved to an absolute path when set', () => {
    expect(loadConfig({}).clockOffsetFile).toBeNull();
    expect(loadConfig({ CLOCK_OFFSET_FILE: '' }).clockOffsetFile).toBeNull();
    expect(loadConfig({ CLOCK_OFFSET_FILE: '/tmp/x/offset' }).clockOffsetFile).toBe('/tmp/x/offset');
    expect(loadConfig({ CLOCK_OFFSET_FILE: 'data/offset' }).clockOffsetFile).toMatch(/^\/.*\/data\/offset$/);
  });

  it('is real time while the file is missing or empty, and follows each new offset', () => {
    const file = join(dir, 'offset');
    const warnings: string[] = [];
    const clock = fileOffsetClock(file, (m) => warnings.push(m));
    expect(lead(clock)).toBe(0);
    put(file, '');
    expect(lead(clock)).toBe(0);
    put(file, `${8 * DAY}\n`);
    expect(lead(clock)).toBe(8 * DAY);
    put(file, String(9 * DAY));
    expect(lead(clock)).toBe(9 * DAY);
    put(file, String(-DAY));
    expect(lead(clock)).toBe(-DAY);
    expect(warnings).toEqual([]);
  });

  it('keeps the last good offset when the file holds something else, and says so once', () => {
    const file = join(dir, 'bad');
    const warnings: string[] = [];
    const clock = fileOffsetClock(file, (m) => warnings.push(m));
    put(file, String(2 * DAY));
    expect(lead(clock)).toBe(2 * DAY);
    put(file, 'three days');
    expect(lead(clock)).toBe(2 * DAY);
    expect(lead(clock)).toBe(2 * DAY);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('three days');
    rmSync(file);
    expect(lead(clock)).toBe(0);
  });
});
