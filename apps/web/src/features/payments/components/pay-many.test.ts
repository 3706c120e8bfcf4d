import { describe, expect, it } from 'vitest';
import { payMany, selectionTotal, splitByCard } from './pay-many';

describe('payMany', () => {
  it('pays each item in turn, keeps going past a refusal and reports progress', async () => {
    const progress: string[] = [];
    const order: number[] = [];
    const outcome = await payMany(
      [1, 2, 3],
      async (n) => {
        order.push(n);
        if (n === 2) throw new Error('INSUFFICIENT_FUNDS');
        return n * 100;
      },
      (finished, total) => progress.push(`${finished}/${total}`),
    );
    expect(order).toEqual([1, 2, 3]);
    expect(outcome.done).toEqual([
      { item: 1, result: 100 },
      { item: 3, result: 300 },
    ]);
    expect(outcome.failed.map((f) => [f.item, (f.error as Error).message])).toEqual([[2, 'INSUFFICIENT_FUNDS']]);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('stops when asked, leaving the rest untried', async () => {
    let stop = false;
    const outcome = await payMany(
      ['a', 'b', 'c'],
      async (x) => {
        if (x === 'a') stop = true;
        return x;
      },
      undefined,
      () => stop,
    );
    expect(outcome.done.map((d) => d.item)).toEqual(['a']);
    expect(outcome.failed).toEqual([]);
  });
});

describe('selection', () => {
  const rows = [
    { id: 'a', amountFen: 300_000, hasBankCard: true },
    { id: 'b', amountFen: 250_050, hasBankCard: false },
    { id: 'c', amountFen: 1, hasBankCard: true },
  ];
  it('counts and sums the selected rows in fen', () => {
    expect(selectionTotal(rows, new Set(['a', 'b']), (r) => r.id)).toEqual({ count: 2, totalFen: 550_050 });
    expect(selectionTotal(rows, new Set(), (r) => r.id)).toEqual({ count: 0, totalFen: 0 });
  });
  it('sets apart the households without a bank card', () => {
    const { withCard, withoutCard } = splitByCard(rows);
    expect(withCard.map((r) => r.id)).toEqual(['a', 'c']);
    expect(withoutCard.map((r) => r.id)).toEqual(['b']);
  });
});
