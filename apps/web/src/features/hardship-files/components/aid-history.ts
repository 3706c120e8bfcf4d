import type { AidHistoryItem } from '@bangfu/shared/payments';

/** What was paid per year (net of failed payments), newest year first: the figure a reviewer checks against caps. */
export function paidByYear(items: readonly AidHistoryItem[]): { year: number; paidFen: number; records: number }[] {
  const byYear = new Map<number, { paidFen: number; records: number }>();
  for (const item of items) {
    const entry = byYear.get(item.year) ?? { paidFen: 0, records: 0 };
    entry.records += 1;
    entry.paidFen += item.payments.filter((p) => p.status === 'paid').reduce((sum, p) => sum + p.amountFen, 0);
    byYear.set(item.year, entry);
  }
  return [...byYear.entries()].sort((a, b) => b[0] - a[0]).map(([year, v]) => ({ year, ...v }));
}

/** The payment that tells where a record stands: the live one if any (booked, exported, paid), else the latest. */
export function currentPayment(item: AidHistoryItem): AidHistoryItem['payments'][number] | null {
  const live = item.payments.find((p) => p.status !== 'failed');
  if (live) return live;
  return [...item.payments].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}
