import type { BudgetLine, FundSource, LedgerTxn, ReceiptKind, SourceBalance } from '@bangfu/shared/funds';

/** One part of a whole, for the source chart and the per-source table. */
export interface Share<K extends string = string> {
  key: K;
  fen: number;
  /** Of the whole, in percent with one decimal; 0 when the whole is 0. */
  percent: number;
}

/** Percent with one decimal, from integer fen: 1/3 → 33.3. */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.round((part / whole) * 1000) / 10;
}

/**
 * The sources that hold money, largest first (ties in FUND_SOURCES order as given), each with its share of
 * the account's balance. Sources at zero are left out of the chart; the table lists every source.
 */
export function sourceShares(sources: readonly SourceBalance[]): Share<FundSource>[] {
  const whole = sources.reduce((sum, s) => sum + Math.max(0, s.balanceFen), 0);
  return sources
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => s.balanceFen > 0)
    .sort((a, b) => b.s.balanceFen - a.s.balanceFen || a.index - b.index)
    .map(({ s }) => ({ key: s.source, fen: s.balanceFen, percent: percentOf(s.balanceFen, whole) }));
}

/** An arc of the donut: start and end angle in radians, clockwise from 12 o'clock. */
export interface Arc {
  start: number;
  end: number;
}

/** The arcs of a pie over `values` (zeros and negatives take no room); empty when nothing is above zero. */
export function pieArcs(values: readonly number[]): Arc[] {
  const whole = values.reduce((sum, v) => sum + Math.max(0, v), 0);
  if (whole <= 0) return [];
  let angle = 0;
  return values.map((v) => {
    const start = angle;
    angle += (Math.max(0, v) / whole) * 2 * Math.PI;
    return { start, end: angle };
  });
}

/** SVG path of a donut segment centred at (c, c) between radii r0 < r1. A full circle is drawn as two halves. */
export function donutPath(arc: Arc, c: number, r0: number, r1: number): string {
  const sweep = arc.end - arc.start;
  if (sweep <= 0) return '';
  if (sweep >= 2 * Math.PI - 1e-9) {
    return `${donutPath({ start: 0, end: Math.PI }, c, r0, r1)} ${donutPath({ start: Math.PI, end: 2 * Math.PI }, c, r0, r1)}`;
  }
  const point = (r: number, a: number) => `${round(c + r * Math.sin(a))} ${round(c - r * Math.cos(a))}`;
  const large = sweep > Math.PI ? 1 : 0;
  return [
    `M ${point(r1, arc.start)}`,
    `A ${r1} ${r1} 0 ${large} 1 ${point(r1, arc.end)}`,
    `L ${point(r0, arc.end)}`,
    `A ${r0} ${r0} 0 ${large} 0 ${point(r0, arc.start)}`,
    'Z',
  ].join(' ');
}

const round = (n: number) => Math.round(n * 100) / 100;

export type BudgetState = 'ok' | 'near' | 'over' | 'none';

/** How a budget line stands: over (used beyond it), near (90 % or more), ok, or none (a zero budget with nothing used). */
export function budgetState(line: Pick<BudgetLine, 'budgetFen' | 'usedFen'>): BudgetState {
  if (line.budgetFen <= 0) return line.usedFen > 0 ? 'over' : 'none';
  if (line.usedFen > line.budgetFen) return 'over';
  return line.usedFen * 10 >= line.budgetFen * 9 ? 'near' : 'ok';
}

/** The bar's fill: used of budget, capped at 100. */
export function budgetFill(line: Pick<BudgetLine, 'budgetFen' | 'usedFen'>): number {
  if (line.budgetFen <= 0) return line.usedFen > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, percentOf(line.usedFen, line.budgetFen)));
}

/**
 * What the receipt form requires for a kind, as the API does: a donation its official receipt number and
 * the donor, an appropriation its document number (拨款文号).
 */
export function receiptRequires(kind: ReceiptKind | undefined): { receiptNo: boolean; donor: boolean; documentNo: boolean } {
  return { receiptNo: kind === 'donation', donor: kind === 'donation', documentNo: kind === 'appropriation' };
}

/** The source a receipt kind usually books into, to prefill the form: donations → donation, interest → interest. */
export function defaultSourceOf(kind: ReceiptKind | undefined): FundSource | undefined {
  if (kind === 'donation') return 'donation';
  if (kind === 'interest') return 'interest';
  return undefined;
}

/** A receipt transaction not reversed yet can be reversed here; payments go through the payment flow. */
export function canReverse(txn: Pick<LedgerTxn, 'kind' | 'reversedById'>): boolean {
  return txn.kind === 'receipt' && txn.reversedById === null;
}

/** In (+), out (−) of the special account, or a pure transfer between ledgers (0). */
export function direction(txn: Pick<LedgerTxn, 'bankFen'>): 'in' | 'out' | 'none' {
  return txn.bankFen > 0 ? 'in' : txn.bankFen < 0 ? 'out' : 'none';
}

/** Debit and credit of a set of lines (debit positive, credit negative): they are equal in a balanced transaction. */
export function debitCredit(lines: readonly { amountFen: number }[]): { debitFen: number; creditFen: number } {
  let debitFen = 0;
  let creditFen = 0;
  for (const line of lines) {
    if (line.amountFen > 0) debitFen += line.amountFen;
    else creditFen -= line.amountFen;
  }
  return { debitFen, creditFen };
}
