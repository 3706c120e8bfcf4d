import type pg from 'pg';

/** A recorded statement as the app sent it to PostgreSQL: its text, values, and the exact pg query arguments. */
export interface Statement {
  text: string;
  values: unknown[];
  args: unknown[];
}

/**
 * Wraps a pg Pool so the statements the app sends can be recorded: while `capture` holds a list,
 * every pool query whose text passes the filter is pushed onto it.
 */
export function recordPool(pool: pg.Pool, keep: (text: string) => boolean) {
  const state: { capture: Statement[] | null } = { capture: null };
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [first, second] = args;
    const text = typeof first === 'string' ? first : (first as { text?: string })?.text;
    const values = (typeof first === 'string' ? second : ((first as { values?: unknown[] })?.values ?? second)) ?? [];
    if (state.capture && text && keep(text)) state.capture.push({ text, values: values as unknown[], args });
    return original(...args);
  };
  return state;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export interface Timing {
  p50: number;
  p95: number;
  mean: number;
  n: number;
}

export function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), mean: samples.reduce((a, b) => a + b, 0) / samples.length, n: samples.length };
}

/** Runs `fn` for each of `count` iterations in turn and returns each one's duration in ms. */
export async function timeEach(count: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}
