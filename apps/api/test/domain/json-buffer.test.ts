import { describe, expect, it } from 'vitest';
import { jsonBufferSerializer } from '../../src/lib/json-buffer';

describe('jsonBufferSerializer', () => {
  const serialize = jsonBufferSerializer();
  const bytesOf = (data: unknown) => serialize(data) as unknown as Buffer;

  it('gives the UTF-8 bytes of JSON.stringify, exactly as long as they are', () => {
    const samples = [
      { items: [], nextCursor: null },
      { name: '张三', org: '深圳市南山区总工会', n: 1, fen: 123_456, ok: true, none: null },
      { emoji: '𠀀 😀 ä é', quote: '"\\\n\t', control: '\u0001' },
      { lone: '\ud800 x \udfff' }, // lone surrogates: JSON.stringify escapes them, so they stay intact
      'plain ascii',
    ];
    for (const data of samples) {
      const bytes = bytesOf(data);
      expect(Buffer.isBuffer(bytes)).toBe(true);
      expect(bytes.equals(Buffer.from(JSON.stringify(data), 'utf8')), JSON.stringify(data)).toBe(true);
      expect(JSON.parse(bytes.toString('utf8'))).toEqual(data);
    }
  });

  it('writes a page of a thousand Chinese rows whole', () => {
    const page = { items: Array.from({ length: 1000 }, (_, i) => ({ i, headName: '欧阳建国', orgName: '深圳市南山区某某科技有限公司工会委员会' })) };
    const bytes = bytesOf(page);
    expect(bytes.length).toBe(Buffer.byteLength(JSON.stringify(page)));
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(page);
  });
});
