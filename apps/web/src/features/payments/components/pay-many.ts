/** What paying several records one after another came to. */
export interface PayManyOutcome<I, R> {
  done: { item: I; result: R }[];
  failed: { item: I; error: unknown }[];
}

/**
 * Pays items one at a time (each a transaction of its own on the server, so one refusal — no money left,
 * a budget used up — does not undo the others), reporting progress after each. Stops early when
 * `shouldStop` says so (e.g. the dialog was closed); what was not tried is neither done nor failed.
 */
export async function payMany<I, R>(
  items: readonly I[],
  pay: (item: I) => Promise<R>,
  onProgress?: (finished: number, total: number) => void,
  shouldStop?: () => boolean,
): Promise<PayManyOutcome<I, R>> {
  const outcome: PayManyOutcome<I, R> = { done: [], failed: [] };
  for (const item of items) {
    if (shouldStop?.()) break;
    try {
      outcome.done.push({ item, result: await pay(item) });
    } catch (error) {
      outcome.failed.push({ item, error });
    }
    onProgress?.(outcome.done.length + outcome.failed.length, items.length);
  }
  return outcome;
}

/** The count and total (fen) of the selected rows. */
export function selectionTotal<T extends { amountFen: number }>(rows: readonly T[], keys: ReadonlySet<string>, keyOf: (row: T) => string): { count: number; totalFen: number } {
  let count = 0;
  let totalFen = 0;
  for (const row of rows) {
    if (!keys.has(keyOf(row))) continue;
    count += 1;
    totalFen += row.amountFen;
  }
  return { count, totalFen };
}

/** Splits the rows chosen for a bank transfer into those with a card on file and those without (they need cash or a card). */
export function splitByCard<T extends { hasBankCard: boolean }>(rows: readonly T[]): { withCard: T[]; withoutCard: T[] } {
  return { withCard: rows.filter((r) => r.hasBankCard), withoutCard: rows.filter((r) => !r.hasBankCard) };
}
