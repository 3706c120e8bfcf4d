import { maskName } from '@bangfu/shared/masks';
import type { AnnualFundReport, ReportBudgetLine, ExpenseLine, FundYear, FundYearList, IncomeLine, ReconciliationLine, ReconciliationStatement, ReportAccount, SourceFlow } from '@bangfu/shared/fund-reports';
import type { FundSource, ReceiptKind } from '@bangfu/shared/funds';
import type { AidType } from '@bangfu/shared/applications';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { fundYears } from '../../db/schema/index';
import { ConflictError, NotFoundError, RuleViolationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import { audit } from '../audit/audit';
import { lockAccount } from '../funds/ledger';
import * as repo from './fund-reports.repo';

const yuan = (fen: number) => (fen / 100).toFixed(2);
const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);

/** The figures of one account-year, from the ledger lines booked into that year. */
interface YearFigures {
  openingBalanceFen: number;
  inFen: number;
  outFen: number;
  closingBalanceFen: number;
  priorYearCorrectionsFen: number;
  sources: SourceFlow[];
  income: IncomeLine[];
  expense: ExpenseLine[];
}

/**
 * 年度结账与报表: closing a year (its ledger then refuses every posting: corrections are reversals booked
 * into the open year, pointing back), the annual fund report and the reconciliation statement.
 * Everything is read through the caller's scope: an account outside it is not found.
 */
export function createFundReportsService({ db, clock }: { db: Database; clock: Clock }) {
  const currentYear = () => Number(localDay(clock()).slice(0, 4));

  async function mustFind(exec: Executor, ctx: RequestContext, id: string) {
    const account = await repo.findAccount(exec, ctx.scope, id);
    if (!account) throw new NotFoundError('Fund account');
    return account;
  }

  /** Reports read one consistent snapshot: a booking that commits meanwhile is wholly in or wholly out. */
  const snapshot = <T>(fn: (tx: Executor) => Promise<T>) => db.transaction(fn, { isolationLevel: 'repeatable read', accessMode: 'read only' });

  const accountOf = (a: repo.ReportAccountRow): ReportAccount => ({ id: a.id, name: a.name, orgId: a.orgId, orgName: a.orgName, bankName: a.bankName, accountNo: a.accountNo });

  async function figures(exec: Executor, accountId: string, year: number): Promise<YearFigures> {
    // One query after another: inside a transaction they share one connection.
    const flows = await repo.sourceFlows(exec, accountId, year);
    const income = await repo.incomeLines(exec, accountId, year);
    const expense = await repo.expenseLines(exec, accountId, year);
    const corrections = await repo.priorYearCorrections(exec, accountId, year);
    const sources = flows.map((f) => ({ source: f.source as FundSource, openingFen: f.openingFen, inFen: f.inFen, outFen: f.outFen, closingFen: f.openingFen + f.bankFen }));
    const openingBalanceFen = sum(flows, (f) => f.openingFen);
    return {
      openingBalanceFen,
      inFen: sum(flows, (f) => f.inFen),
      outFen: sum(flows, (f) => f.outFen),
      closingBalanceFen: openingBalanceFen + sum(flows, (f) => f.bankFen),
      priorYearCorrectionsFen: corrections,
      sources,
      income: income.map((l) => ({ ...l, source: l.source as FundSource, kind: l.kind as ReceiptKind })),
      expense: expense.map((l) => ({ ...l, source: l.source as FundSource, aidType: l.aidType as AidType })),
    };
  }

  /** Every year from the account's first (its opening, or an earlier entry) to the current one, and any later year with entries. */
  async function yearList(exec: Executor, account: repo.ReportAccountRow): Promise<FundYearList> {
    const accountId = account.id;
    const totals = await repo.yearTotals(exec, accountId);
    const closed = await repo.closedYears(exec, accountId);
    const now = currentYear();
    const years = new Set<number>([...totals.map((t) => t.year), ...closed.map((c) => c.year)]);
    for (let y = Math.min(Number(account.openedOn.slice(0, 4)), ...years); y <= now; y++) years.add(y);
    const byYear = new Map(totals.map((t) => [t.year, t]));
    const closedBy = new Map(closed.map((c) => [c.year, c]));
    let balance = 0;
    const items: FundYear[] = [];
    for (const year of [...years].sort((a, b) => a - b)) {
      const t = byYear.get(year);
      const c = closedBy.get(year);
      const opening = balance;
      balance += t?.bankFen ?? 0;
      items.push({
        year,
        state: c ? 'closed' : 'open',
        closedAt: c?.closedAt.toISOString() ?? null,
        closedBy: c?.closedByName ?? null,
        openingBalanceFen: opening,
        inFen: t?.inFen ?? 0,
        outFen: t?.outFen ?? 0,
        closingBalanceFen: balance,
        transactionCount: t?.transactionCount ?? 0,
      });
    }
    // The next year to close: the earliest open year that is over (every year before it is closed then).
    const closableYear = items.find((y) => y.state === 'open' && y.year < now)?.year ?? null;
    return { accountId, closableYear, items };
  }

  return {
    async years(ctx: RequestContext, accountId: string): Promise<FundYearList> {
      return yearList(db, await mustFind(db, ctx, accountId));
    },

    /**
     * 结账: only a year that is over, after every earlier year with entries, with no payment of the
     * year still waiting for the bank. The account's row lock keeps postings out while it closes.
     */
    async close(ctx: RequestContext, accountId: string, year: number): Promise<FundYear> {
      return db.transaction(async (tx) => {
        const account = await mustFind(tx, ctx, accountId);
        await lockAccount(tx, account.id);
        const closed = await repo.closedYears(tx, account.id);
        if (closed.some((c) => c.year === year)) throw new ConflictError(`The year ${year} is closed already`, 'YEAR_ALREADY_CLOSED', '/params/year');
        const now = currentYear();
        if (year >= now) throw new RuleViolationError(`The year ${year} is not over: only years before ${now} can be closed`, 'YEAR_NOT_OVER', '/params/year');
        const totals = await repo.yearTotals(tx, account.id);
        const closedSet = new Set(closed.map((c) => c.year));
        const earlierOpen = totals.filter((t) => t.year < year && !closedSet.has(t.year)).map((t) => t.year);
        if (earlierOpen.length > 0) {
          throw new ConflictError(`Close ${earlierOpen.join(', ')} first: an earlier year with entries is still open`, 'EARLIER_YEAR_OPEN', '/params/year');
        }
        const firstYear = Math.min(Number(account.openedOn.slice(0, 4)), ...totals.map((t) => t.year));
        if (year < firstYear) throw new RuleViolationError(`The account has no year ${year}: it was opened on ${account.openedOn}`, 'YEAR_BEFORE_ACCOUNT', '/params/year');
        const pending = await repo.pendingPayments(tx, account.id, { exactYear: year, limit: 0 });
        if (pending.count > 0) {
          throw new ConflictError(
            `${pending.count} payment(s) of ${year}, ${yuan(pending.totalFen)} yuan in all, still await the bank's result: record paid or failed first`,
            'PAYMENTS_PENDING',
            '/params/year',
          );
        }
        const f = await figures(tx, account.id, year);
        const transactionCount = totals.find((t) => t.year === year)?.transactionCount ?? 0;
        const closedAt = clock();
        await tx.insert(fundYears).values({
          accountId: account.id,
          year,
          closedAt,
          closedByName: ctx.principal.name,
          closingBalanceFen: f.closingBalanceFen,
          summary: { ...f, transactionCount },
        });
        await audit(tx, ctx, {
          action: 'fund.year_close',
          recordType: 'fund_account',
          recordId: account.id,
          orgId: account.orgId,
          after: { year, openingBalanceFen: f.openingBalanceFen, inFen: f.inFen, outFen: f.outFen, closingBalanceFen: f.closingBalanceFen, transactionCount },
        });
        return {
          year,
          state: 'closed' as const,
          closedAt: closedAt.toISOString(),
          closedBy: ctx.principal.name,
          openingBalanceFen: f.openingBalanceFen,
          inFen: f.inFen,
          outFen: f.outFen,
          closingBalanceFen: f.closingBalanceFen,
          transactionCount,
        };
      });
    },

    /** 帮扶资金年度报表 */
    async annual(ctx: RequestContext, accountId: string, year: number): Promise<AnnualFundReport> {
      const { account, f, closed, budgetRows, households } = await snapshot(async (tx) => {
        const account = await mustFind(tx, ctx, accountId);
        return {
          account,
          f: await figures(tx, account.id, year),
          closed: await repo.closedYears(tx, account.id),
          budgetRows: await repo.budgets(tx, account.id, year),
          households: await repo.householdLines(tx, account.id, year),
        };
      });
      const c = closed.find((y) => y.year === year);
      const used = (source: string, aidType: string) => sum(f.expense.filter((e) => e.source === source && (aidType === 'any' || e.aidType === aidType)), (e) => e.amountFen);
      const budgets: ReportBudgetLine[] = budgetRows.map((b) => {
        const usedFen = used(b.source, b.aidType);
        return { source: b.source as FundSource, aidType: b.aidType as ReportBudgetLine['aidType'], budgetFen: b.amountFen, usedFen, remainingFen: b.amountFen - usedFen };
      });
      return {
        account: accountOf(account),
        year,
        state: c ? 'closed' : 'open',
        closedAt: c?.closedAt.toISOString() ?? null,
        closedBy: c?.closedByName ?? null,
        generatedAt: clock().toISOString(),
        openingBalanceFen: f.openingBalanceFen,
        inFen: f.inFen,
        outFen: f.outFen,
        closingBalanceFen: f.closingBalanceFen,
        priorYearCorrectionsFen: f.priorYearCorrectionsFen,
        sources: f.sources,
        income: f.income,
        expense: f.expense,
        budgets,
        households: households.map((h) => ({
          fileId: h.fileId,
          fileNo: h.fileNo,
          maskedName: maskName(h.name),
          orgId: h.orgId,
          orgName: h.orgName,
          aidTypes: h.aidTypes as AidType[],
          amountFen: h.amountFen,
          recordCount: h.recordCount,
        })),
      };
    },

    /**
     * 对账单: the account's balance vs the ledger (its bank lines) vs the documents (receipts, less
     * reversed receipts, less live payments), in total and per source, each difference shown.
     */
    async reconciliation(ctx: RequestContext, accountId: string, year: number | null): Promise<ReconciliationStatement> {
      const today = localDay(clock());
      const asOf = year === null || `${year}-12-31` > today ? today : `${year}-12-31`;
      const { account, ledger, receipts, reversed, payments, pending, accountBasis, accountTotal, accountBySource } = await snapshot(async (tx) => {
        const account = await mustFind(tx, ctx, accountId);
        const figures = {
          account,
          ledger: await repo.ledgerBank(tx, account.id, year),
          receipts: await repo.receiptsIn(tx, account.id, year),
          reversed: await repo.receiptsReversed(tx, account.id, year),
          payments: await repo.paymentsOut(tx, account.id, year),
          pending: await repo.pendingPayments(tx, account.id, { through: year }),
        };
        // The account figure: the live balance when nothing was booked after the period; else the closed year's recorded closing balance.
        if (year === null || !(await repo.hasEntriesAfter(tx, account.id, year))) {
          const bySource = new Map((await repo.sourceBalanceRows(tx, account.id)).map((r) => [r.source, r.fen]));
          return { ...figures, accountBasis: 'current' as const, accountTotal: account.balanceFen as number | null, accountBySource: bySource };
        }
        const c = (await repo.closedYears(tx, account.id)).find((y) => y.year === year);
        if (!c) return { ...figures, accountBasis: 'none' as const, accountTotal: null, accountBySource: new Map<string, number>() };
        const flows = (c.summary as { sources?: SourceFlow[] }).sources ?? [];
        return { ...figures, accountBasis: 'closing' as const, accountTotal: c.closingBalanceFen as number | null, accountBySource: new Map(flows.map((s) => [s.source as string, s.closingFen])) };
      });
      const get = (xs: repo.PerSource[], source: string) => xs.find((x) => x.source === source)?.fen ?? 0;
      const line = (source: ReconciliationLine['source'], accountFen: number | null, ledgerFen: number, receiptsFen: number, reversedReceiptsFen: number, paymentsFen: number): ReconciliationLine => {
        const documentsFen = receiptsFen - reversedReceiptsFen - paymentsFen;
        const accountDifferenceFen = accountFen === null ? null : ledgerFen - accountFen;
        const documentsDifferenceFen = documentsFen - ledgerFen;
        return { source, accountFen, ledgerFen, documentsFen, receiptsFen, reversedReceiptsFen, paymentsFen, accountDifferenceFen, documentsDifferenceFen, balanced: (accountDifferenceFen ?? 0) === 0 && documentsDifferenceFen === 0 };
      };
      const names = new Set<string>([...ledger, ...receipts, ...reversed, ...payments].map((x) => x.source));
      for (const s of accountBySource.keys()) names.add(s);
      const sources = [...names].sort().map((s) =>
        line(s as FundSource, accountBasis === 'none' ? null : (accountBySource.get(s) ?? 0), get(ledger, s), get(receipts, s), get(reversed, s), get(payments, s)),
      );
      const total = line(
        'total',
        accountTotal,
        sum(ledger, (x) => x.fen),
        sum(receipts, (x) => x.fen),
        sum(reversed, (x) => x.fen),
        sum(payments, (x) => x.fen),
      );
      return {
        account: accountOf(account),
        year,
        asOf,
        accountBasis,
        generatedAt: clock().toISOString(),
        balanced: total.balanced && sources.every((s) => s.balanced),
        total,
        sources,
        counts: { receipts: sum(receipts, (x) => x.count), reversedReceipts: sum(reversed, (x) => x.count), payments: sum(payments, (x) => x.count) },
        openPayments: {
          count: pending.count,
          totalFen: pending.totalFen,
          items: pending.items.map((p) => ({
            id: p.id,
            paymentNo: p.paymentNo,
            method: p.method,
            status: p.status,
            amountFen: p.amountFen,
            source: p.source as FundSource,
            maskedPayee: maskName(p.payeeName),
            bankBatchNo: p.batchNo,
            bookedAt: p.bookedAt.toISOString(),
          })),
        },
      };
    },

    /** Records an export (the file leaves the system). */
    async auditExport(ctx: RequestContext, account: ReportAccount, what: string, year: number | null) {
      await audit(db, ctx, { action: 'fund.report_export', recordType: 'fund_account', recordId: account.id, orgId: account.orgId, after: { report: what, year } });
    },
  };
}

export type FundReportsService = ReturnType<typeof createFundReportsService>;
