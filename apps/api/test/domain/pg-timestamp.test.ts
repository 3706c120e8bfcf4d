import { describe, expect, it } from 'vitest';
import { isoFromPgTimestamp } from '../../src/lib/pg-timestamp';

describe('isoFromPgTimestamp', () => {
  it('gives what Date gives for every way PostgreSQL prints a UTC timestamptz, and for other zones', () => {
    const printed = [
      '2026-11-29 05:20:00+00',
      '2026-11-29 05:20:00.1+00',
      '2026-11-29 05:20:00.12+00',
      '2026-11-29 05:20:00.123+00',
      '2026-11-29 05:20:00.1234+00',
      '2026-11-29 05:20:00.999999+00',
      '2024-02-29 23:59:59.000001+00',
      '2026-11-29 13:20:00.123456+08',
      '2026-11-29 00:20:00.5-05',
      '2026-11-29 05:50:00+05:30',
    ];
    for (const text of printed) expect(isoFromPgTimestamp(text), text).toBe(new Date(text).toISOString());
    expect(isoFromPgTimestamp('2026-11-29 05:20:00.123456+00')).toBe('2026-11-29T05:20:00.123Z');
  });
});
