/** Display masks of DOMAIN.md §8 and §5. */

/** 110105********002X: first 6, last 4. */
export function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

/** 138****1234 */
export function maskPhone(value: string): string {
  const digits = value.replace(/\s+/g, '');
  if (digits.length < 8) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** Bank card: last 4 digits only. */
export function maskBankCard(value: string): string {
  const digits = value.replace(/\s+/g, '');
  return `**** **** **** ${digits.slice(-4)}`;
}

/** Public notice: 张*明 — keep the first character, and the last of a name of three or more. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
