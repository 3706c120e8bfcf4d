import { describe, expect, it } from 'vitest';
import { fenToYuanText, formatFen, parseYuan } from './money';

describe('formatFen', () => {
  it('shows yuan with two decimals and thousands separators', () => {
    expect(formatFen(145_000)).toBe('¥1,450.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(123_456_789)).toBe('¥1,234,567.89');
    expect(formatFen(-1230)).toBe('-¥12.30');
    expect(formatFen(null)).toBe('—');
  });

  it('gives the plain text an input starts from', () => {
    expect(fenToYuanText(145_050)).toBe('1450.50');
    expect(fenToYuanText(null)).toBe('');
  });
});

describe('parseYuan', () => {
  it('converts yuan text to fen through the string, without float drift', () => {
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1.1')).toBe(110);
    expect(parseYuan('1,450.5')).toBe(145_050);
    expect(parseYuan('¥ 2520')).toBe(252_000);
    expect(parseYuan('19.99')).toBe(1999);
    expect(parseYuan('12.')).toBe(1200);
  });

  it('refuses what is not an amount', () => {
    expect(parseYuan('')).toBeNull();
    expect(parseYuan('-1')).toBeNull();
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
    expect(parseYuan('.5')).toBeNull();
  });
});
