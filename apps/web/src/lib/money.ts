/**
 * Money is an integer number of fen (分). The UI shows and takes yuan; conversion goes through the
 * decimal string, never through a float multiplication, so 0.29 yuan is 29 fen and not 28.999….
 */
const groups = new Intl.NumberFormat('en-US');

/** 145000 → "¥1,450.00"; negative amounts keep their sign: "-¥12.30". */
export function formatFen(fen: number | null | undefined, symbol = '¥'): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return '—';
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${symbol}${groups.format(yuan)}.${cents}`;
}

/** 145000 → "1450.00": the plain text an amount input starts from. */
export function fenToYuanText(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  return formatFen(fen, '').replace(/,/g, '');
}

/**
 * "1,450.5" → 145050. Accepts digits with optional thousands commas and at most two decimals;
 * returns null for anything else (empty, negative, letters, three decimals).
 */
export function parseYuan(text: string): number | null {
  const clean = text.trim().replace(/[,，\s]/g, '').replace(/^[¥￥]/, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(clean);
  if (!match) return null;
  const [, whole = '0', decimals = ''] = match;
  const fen = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, '0') || '0');
  return fen > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(fen);
}
