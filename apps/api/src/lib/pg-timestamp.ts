/** PostgreSQL's text of a timestamptz in UTC (DateStyle ISO, TimeZone UTC): "2026-11-29 05:20:00.123456+00". */
const PG_UTC = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?\+00$/;

/**
 * A timestamptz as PostgreSQL prints it, as ISO 8601 with milliseconds (what Date#toISOString gives):
 * UTC text is rewritten directly, six times faster than Date's parser for the rows of a list page;
 * any other zone goes through Date. Checked with test() and cut by position, so a page's fifty rows allocate
 * their fifty results and nothing else (exec's match arrays were a tenth of a search's garbage).
 */
export function isoFromPgTimestamp(text: string): string {
  if (!PG_UTC.test(text)) return new Date(text).toISOString();
  // "2026-11-29 05:20:00.123456+00": the fraction, if any, runs from 20 to the "+00"
  const fraction = text.length > 22 ? text.slice(20, Math.min(23, text.length - 3)) : '';
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction.length === 3 ? fraction : fraction.padEnd(3, '0')}Z`;
}
