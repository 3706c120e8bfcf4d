import { FUND_SOURCES, type FundSource } from '@bangfu/shared/funds';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { fundBudgets, ledgerEntries } from '../../db/schema/index';
import { ConflictError, RuleViolationError } from '../../errors';
import { sourceBalances } from './ledger';

/** 'any' in a budget row's aid type: the row covers every aid type of its source. */
export const ANY_AID_TYPE = 'any';

const yuan = (fen: number) => (fen / 100).toFixed(2);

export interface ChooseSourceInput {
  accountId: string;
  year: number;
  aidType: string;
  amountFen: number;
  /** Pay from this source only; otherwise the first of FUND_SOURCES that fits. */
  source?: FundSource | null;
}

/** One (source, aid type) budget with what the year's expense lines have used of it. */
export interface BudgetRoom {
  source: FundSource;
  /** The budget row that applies: the aid type's own row, else the source's 'any' row; null when neither exists (limit 0). */
  aidType: string | null;
  limitFen: number;
  usedFen: number;
}

/**
 * The budget lines of (account, year) and the expense sums they are measured against. Budgets are in
 * force only when the year has at least one budget row.
 */
export async function budgetState(tx: Executor, accountId: string, year: number) {
  const rows = await tx
    .select({ source: fundBudgets.source, aidType: fundBudgets.aidType, amountFen: fundBudgets.amountFen })
    .from(fundBudgets)
    .where(and(eq(fundBudgets.accountId, accountId), eq(fundBudgets.year, year)));
  const used = await expenseUse(tx, accountId, year);
  return {
    inForce: rows.length > 0,
    /** The budget that governs (source, aidType) in this year, with its use so far. */
    room(source: FundSource, aidType: string): BudgetRoom {
      const own = rows.find((r) => r.source === source && r.aidType === aidType);
      if (own) return { source, aidType, limitFen: own.amountFen, usedFen: used.get(`${source}|${aidType}`) ?? 0 };
      const any = rows.find((r) => r.source === source && r.aidType === ANY_AID_TYPE);
      if (any) return { source, aidType: ANY_AID_TYPE, limitFen: any.amountFen, usedFen: used.get(`${source}|*`) ?? 0 };
      return { source, aidType: null, limitFen: 0, usedFen: used.get(`${source}|${aidType}`) ?? 0 };
    },
  };
}

/**
 * Net expense (payments minus their reversals) of an account and year, keyed `source|aidType`, with
 * `source|*` holding the source's total over every aid type.
 */
export async function expenseUse(tx: Executor, accountId: string, year: number): Promise<Map<string, number>> {
  const rows = await tx
    .select({ source: ledgerEntries.source, aidType: ledgerEntries.aidType, fen: sql<string>`sum(${ledgerEntries.amountFen})` })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.accountId, accountId), eq(ledgerEntries.year, year), eq(ledgerEntries.ledger, 'expense')))
    .groupBy(ledgerEntries.source, ledgerEntries.aidType);
  const out = new Map<string, number>();
  for (const r of rows) {
    const fen = Number(r.fen);
    out.set(`${r.source}|${r.aidType ?? ''}`, (out.get(`${r.source}|${r.aidType ?? ''}`) ?? 0) + fen);
    out.set(`${r.source}|*`, (out.get(`${r.source}|*`) ?? 0) + fen);
  }
  return out;
}

/**
 * Picks the fund source a payment of `amountFen` for `aidType` is booked against. The caller holds the
 * account's row lock (lockAccount), so the balances and budget use read here stay true until it posts.
 *
 * A source fits when its balance covers the amount and, if the year has budgets, its budget for the
 * aid type (its own row, else the source's 'any' row, else 0) has room for it. Candidates are the
 * requested source alone, or every source in FUND_SOURCES order; the first that fits wins.
 * Nothing fits: 422 BUDGET_EXCEEDED when some candidate had the money but not the budget room,
 * else 409 INSUFFICIENT_FUNDS.
 */
export async function chooseSource(tx: Executor, input: ChooseSourceInput): Promise<FundSource> {
  const balances = await sourceBalances(tx, input.accountId);
  const budgets = await budgetState(tx, input.accountId, input.year);
  const candidates: readonly FundSource[] = input.source ? [input.source] : FUND_SOURCES;
  let blocked: BudgetRoom | null = null;
  for (const source of candidates) {
    if ((balances.get(source) ?? 0) < input.amountFen) continue;
    if (!budgets.inForce) return source;
    const room = budgets.room(source, input.aidType);
    if (room.usedFen + input.amountFen <= room.limitFen) return source;
    blocked ??= room;
  }
  if (blocked) {
    const left = Math.max(0, blocked.limitFen - blocked.usedFen);
    const what = blocked.aidType === null ? `no ${input.year} budget for ${input.aidType} aid` : `a ${input.year} budget of ${yuan(blocked.limitFen)} yuan for ${blocked.aidType === ANY_AID_TYPE ? 'all aid types' : `${blocked.aidType} aid`}`;
    throw new RuleViolationError(
      `Source ${blocked.source} has ${what}; ${yuan(blocked.usedFen)} yuan is used and ${yuan(left)} yuan left, less than the ${yuan(input.amountFen)} yuan asked`,
      'BUDGET_EXCEEDED',
    );
  }
  if (input.source) {
    throw new ConflictError(`Source ${input.source} holds ${yuan(balances.get(input.source) ?? 0)} yuan in the special account, less than the ${yuan(input.amountFen)} yuan asked`, 'INSUFFICIENT_FUNDS');
  }
  const total = [...balances.values()].reduce((s, v) => s + v, 0);
  const largest = Math.max(0, ...balances.values());
  throw new ConflictError(`No single fund source holds ${yuan(input.amountFen)} yuan: the special account holds ${yuan(total)} yuan, the largest source ${yuan(largest)} yuan`, 'INSUFFICIENT_FUNDS');
}
