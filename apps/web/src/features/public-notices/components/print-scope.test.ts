import { describe, expect, it } from 'vitest';
import { collectPages } from '../api/collect-pages';
import { ALL_UNITS, PRINT_ALL_MAX, printChoices, printScope } from './print-scope';

const org = (orgId: string, items: number) => ({ orgId, name: `${orgId}工会`, items });

describe('the print view prints one unit at a time', () => {
  it('a notice of one unit prints that unit, whatever its size', () => {
    expect(printScope([org('a', 3)], 3, null)).toBe('a');
    expect(printScope([org('a', 100_000)], 100_000, null)).toBe('a');
    expect(printChoices([org('a', 3)], 3)).toEqual(['a']);
  });

  it('a small notice of several units prints whole by default, as before, or one unit when asked', () => {
    const orgs = [org('a', 2), org('b', 1)];
    expect(printChoices(orgs, 3)).toEqual([ALL_UNITS, 'a', 'b']);
    expect(printScope(orgs, 3, null)).toBe(ALL_UNITS);
    expect(printScope(orgs, 3, 'b')).toBe('b');
    expect(printScope(orgs, 3, 'elsewhere')).toBe(ALL_UNITS);
  });

  it('a large notice of several units waits for a unit to be chosen and never prints whole', () => {
    const orgs = [org('a', 60_000), org('b', 40_000)];
    expect(printChoices(orgs, 100_000)).toEqual(['a', 'b']);
    expect(printScope(orgs, 100_000, null)).toBeNull();
    expect(printScope(orgs, 100_000, ALL_UNITS)).toBeNull();
    expect(printScope(orgs, 100_000, 'b')).toBe('b');
    expect(printScope([org('a', PRINT_ALL_MAX), org('b', 1)], PRINT_ALL_MAX + 1, null)).toBeNull();
  });
});

describe('collectPages', () => {
  it('follows the cursors to the end, every item once and in order', async () => {
    const all = Array.from({ length: 45 }, (_, i) => i);
    const asked: (string | null)[] = [];
    const got = await collectPages(async (cursor) => {
      asked.push(cursor);
      const from = cursor === null ? 0 : Number(cursor);
      return { items: all.slice(from, from + 20), nextCursor: from + 20 < all.length ? String(from + 20) : null };
    });
    expect(got).toEqual(all);
    expect(asked).toEqual([null, '20', '40']);
  });

  it('refuses a server that repeats a page instead of looping', async () => {
    await expect(collectPages(async () => ({ items: [1], nextCursor: 'same' }))).rejects.toThrow('repeats');
  });
});
