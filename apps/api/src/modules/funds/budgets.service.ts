import type { BudgetAidType, BudgetPut, BudgetReport, FundSource } from '@bangfu/shared/funds';
import { FUND_SOURCES } from '@bangfu/shared/funds';
import { and, asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { fundBudgets } from '../../db/schema/index';
import { ConflictError, NotFoundError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import { audit } from '../audit/audit';
import { isYearClosed } from './fund-accounts.repo';
import { mustFindAccount } from './fund-accounts.service';
import { lockAccount } from './ledger';
import { ANY_AID_TYPE, expenseUse } from './sources';

const use = (budgetFen: number, usedFen: number) => ({
  budgetFen,
  usedFen,
  remainingFen: budgetFen - usedFen,
  percentage: budgetFen === 0 ? null : Math.round((usedFen / budgetFen) * 1000) / 10,
});

/**
 * 年度预算 with their use. A line's use is the year's net expense of its source for its aid type, or
 * for every aid type when the line is the source's 'any' line (the same measure chooseSource applies).
 */
export async function budgetReport(exec: Executor, accountId: string, year: number): Promise<BudgetReport> {
  const rows = await exec
    .select()
    .from(fundBudgets)
    .where(and(eq(fundBudgets.accountId, accountId), eq(fundBudgets.year, year)))
    .orderBy(asc(fundBudgets.source), asc(fundBudgets.aidType));
  const used = await expenseUse(exec, accountId, year);
  const order = (s: string) => FUND_SOURCES.indexOf(s as FundSource);
  const anyLast = (a: string) => (a === ANY_AID_TYPE ? 0 : 1);
  rows.sort((a, b) => order(a.source) - order(b.source) || anyLast(a.aidType) - anyLast(b.aidType) || a.aidType.localeCompare(b.aidType));
  const lines = rows.map((r) => ({
    id: r.id,
    year: r.year,
    source: r.source as FundSource,
    aidType: r.aidType as BudgetAidType,
    ...use(r.amountFen, used.get(`${r.source}|${r.aidType === ANY_AID_TYPE ? '*' : r.aidType}`) ?? 0),
    updatedBy: r.updatedByName,
    updatedAt: r.updatedAt.toISOString(),
  }));
  const totals = FUND_SOURCES.flatMap((source) => {
    const own = rows.filter((r) => r.source === source);
    const spent = used.get(`${source}|*`) ?? 0;
    if (own.length === 0 && spent === 0) return [];
    const whole = own.find((r) => r.aidType === ANY_AID_TYPE);
    const budgetFen = whole ? whole.amountFen : own.reduce((s, r) => s + r.amountFen, 0);
    return [{ source, ...use(budgetFen, spent) }];
  });
  return { accountId, year, inForce: rows.length > 0, lines, totals };
}

export function createBudgetsService({ db, clock }: { db: Database; clock: Clock }) {
  const thisYear = () => Number(localDay(clock()).slice(0, 4));

  /** Budget changes take the account lock too, so a payment never weighs a budget half-changed. */
  async function lockedOpenYear(tx: Executor, ctx: RequestContext, accountId: string, year: number, field: string) {
    await mustFindAccount(tx, ctx, accountId);
    const account = await lockAccount(tx, accountId);
    if (await isYearClosed(tx, account.id, year)) throw new ConflictError(`The year ${year} is closed: its budget is final`, 'YEAR_CLOSED', field);
    return account;
  }

  return {
    async report(ctx: RequestContext, accountId: string, year?: number) {
      const account = await mustFindAccount(db, ctx, accountId);
      return budgetReport(db, account.id, year ?? thisYear());
    },

    /** Sets (creates or replaces) one budget line. */
    async put(ctx: RequestContext, accountId: string, body: BudgetPut) {
      return db.transaction(async (tx) => {
        const account = await lockedOpenYear(tx, ctx, accountId, body.year, '/body/year');
        const key = and(eq(fundBudgets.accountId, account.id), eq(fundBudgets.year, body.year), eq(fundBudgets.source, body.source), eq(fundBudgets.aidType, body.aidType));
        const [before] = await tx.select().from(fundBudgets).where(key);
        const now = clock();
        let id: string;
        if (before) {
          await tx.update(fundBudgets).set({ amountFen: body.amountFen, updatedByName: ctx.principal.name, updatedAt: now }).where(eq(fundBudgets.id, before.id));
          id = before.id;
        } else {
          const [row] = await tx.insert(fundBudgets).values({ accountId: account.id, ...body, updatedByName: ctx.principal.name, createdAt: now, updatedAt: now }).returning({ id: fundBudgets.id });
          id = row!.id;
        }
        await audit(tx, ctx, { action: 'fund_budget.put', recordType: 'fund_budget', recordId: id, orgId: account.orgId, before: before ? { ...body, amountFen: before.amountFen } : null, after: body });
        return budgetReport(tx, account.id, body.year);
      });
    },

    async remove(ctx: RequestContext, accountId: string, budgetId: string) {
      return db.transaction(async (tx) => {
        await mustFindAccount(tx, ctx, accountId);
        const [line] = await tx.select().from(fundBudgets).where(and(eq(fundBudgets.id, budgetId), eq(fundBudgets.accountId, accountId)));
        if (!line) throw new NotFoundError('Budget line');
        const account = await lockedOpenYear(tx, ctx, accountId, line.year, '/params/budgetId');
        await tx.delete(fundBudgets).where(eq(fundBudgets.id, line.id));
        await audit(tx, ctx, { action: 'fund_budget.delete', recordType: 'fund_budget', recordId: line.id, orgId: account.orgId, before: { year: line.year, source: line.source, aidType: line.aidType, amountFen: line.amountFen } });
        return budgetReport(tx, account.id, line.year);
      });
    },
  };
}
export type BudgetsService = ReturnType<typeof createBudgetsService>;
