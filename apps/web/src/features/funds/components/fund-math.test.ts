import { describe, expect, it } from 'vitest';
import { budgetFill, budgetState, canReverse, debitCredit, direction, donutPath, percentOf, pieArcs, receiptRequires, sourceShares } from './fund-math';

describe('sourceShares', () => {
  it('keeps the sources holding money, largest first, with their share of the balance', () => {
    const shares = sourceShares([
      { source: 'central_fiscal', balanceFen: 100_000_00 },
      { source: 'provincial_fiscal', balanceFen: 0 },
      { source: 'union_funds', balanceFen: 300_000_00 },
      { source: 'donation', balanceFen: 100_000_00 },
    ]);
    expect(shares).toEqual([
      { key: 'union_funds', fen: 300_000_00, percent: 60 },
      { key: 'central_fiscal', fen: 100_000_00, percent: 20 },
      { key: 'donation', fen: 100_000_00, percent: 20 },
    ]);
  });
  it('is empty for an empty account', () => {
    expect(sourceShares([{ source: 'other', balanceFen: 0 }])).toEqual([]);
  });
  it('rounds percentages to one decimal', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(5, 0)).toBe(0);
  });
});

describe('pie arcs', () => {
  it('split the circle in proportion and end where they began', () => {
    const arcs = pieArcs([1, 0, 3]);
    expect(arcs[0]).toEqual({ start: 0, end: Math.PI / 2 });
    expect(arcs[1]).toEqual({ start: Math.PI / 2, end: Math.PI / 2 });
    expect(arcs[2]?.end).toBeCloseTo(2 * Math.PI);
    expect(pieArcs([0, 0])).toEqual([]);
  });
  it('draw a quarter segment, nothing for an empty one, and a whole ring in two halves', () => {
    expect(donutPath({ start: 0, end: Math.PI / 2 }, 50, 30, 50)).toBe('M 50 0 A 50 50 0 0 1 100 50 L 80 50 A 30 30 0 0 0 50 20 Z');
    expect(donutPath({ start: 1, end: 1 }, 50, 30, 50)).toBe('');
    expect(donutPath({ start: 0, end: 2 * Math.PI }, 50, 30, 50).match(/M /g)).toHaveLength(2);
  });
});

describe('budgets', () => {
  it('tell ok, near (90 %+), over and none', () => {
    expect(budgetState({ budgetFen: 1000, usedFen: 100 })).toBe('ok');
    expect(budgetState({ budgetFen: 1000, usedFen: 900 })).toBe('near');
    expect(budgetState({ budgetFen: 1000, usedFen: 1000 })).toBe('near');
    expect(budgetState({ budgetFen: 1000, usedFen: 1001 })).toBe('over');
    expect(budgetState({ budgetFen: 0, usedFen: 0 })).toBe('none');
    expect(budgetState({ budgetFen: 0, usedFen: 5 })).toBe('over');
  });
  it('fill the bar up to 100 at most', () => {
    expect(budgetFill({ budgetFen: 3000, usedFen: 1000 })).toBe(33.3);
    expect(budgetFill({ budgetFen: 1000, usedFen: 5000 })).toBe(100);
    expect(budgetFill({ budgetFen: 1000, usedFen: -10 })).toBe(0);
  });
});

describe('receipts and the ledger', () => {
  it('asks a donation for its receipt number and donor, an appropriation for its document number', () => {
    expect(receiptRequires('donation')).toEqual({ receiptNo: true, donor: true, documentNo: false });
    expect(receiptRequires('appropriation')).toEqual({ receiptNo: false, donor: false, documentNo: true });
    expect(receiptRequires('interest')).toEqual({ receiptNo: false, donor: false, documentNo: false });
  });
  it('offers the reversal for receipts not reversed yet only', () => {
    expect(canReverse({ kind: 'receipt', reversedById: null })).toBe(true);
    expect(canReverse({ kind: 'receipt', reversedById: 'x' })).toBe(false);
    expect(canReverse({ kind: 'payment', reversedById: null })).toBe(false);
    expect(canReverse({ kind: 'reversal', reversedById: null })).toBe(false);
  });
  it('reads the direction from the bank lines and sums debit and credit', () => {
    expect(direction({ bankFen: 500 })).toBe('in');
    expect(direction({ bankFen: -500 })).toBe('out');
    expect(debitCredit([{ amountFen: 500 }, { amountFen: -300 }, { amountFen: -200 }])).toEqual({ debitFen: 500, creditFen: 500 });
  });
});
