import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting and defuses formulas', () => {
    const csv = toCsv([
      ['档案编号', '姓名'],
      ['KN1', '张,三'],
      ['=1+1', 'a "b"'],
      [null, 5],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('档案编号,姓名\r\nKN1,"张,三"\r\n\'=1+1,"a ""b"""\r\n,5\r\n');
  });
});
