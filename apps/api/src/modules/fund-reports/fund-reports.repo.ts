import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { fundAccounts, fundBudgets, fundYears, orgs } from '../../db/schema/index';

/*
 * The figures of year close and the reports. Every amount is summed in the database as bigint and
 * comes back as text (node-postgres) or a number (PGlite): `num` reads either.
 */

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

async function rows<T>(exec: Executor, query: SQL): Promise<T[]> {
  const result = (await exec.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export type ReportAccountRow = typeof fundAccounts.$inferSelect & { orgName: string; orgPath: string };

/** The account, if it lies in the caller's subtree. */
export async function findAccount(exec: Executor, scope: OrgScope, id: string): Promise<ReportAccountRow | undefined> {
  const [row] = await exec
    .select({ account: fundAccounts, orgName: orgs.name, orgPath: orgs.path })
    .from(fundAccounts)
    .innerJoin(orgs, eq(orgs.id, fundAccounts.orgId))
    .where(and(eq(fundAccounts.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  return row ? { ...row.account, orgName: row.orgName, orgPath: row.orgPath } : undefined;
}

export async function closedYears(exec: Executor, accountId: string) {
  return exec.select().from(fundYears).where(eq(fundYears.accountId, accountId)).orderBy(fundYears.year);
}

export interface YearTotals {
  year: number;
  bankFen: number;
  inFen: number;
  outFen: number;
  transactionCount: number;
}

/** Per ledger year: the bank movement, money in (income lines), money out (expense lines), transactions. */
export async function yearTotals(exec: Executor, accountId: string): Promise<YearTotals[]> {
  const r = await rows<{ year: number; bank: unknown; income: unknown; expense: unknown; txns: unknown }>(
    exec,
    sql`select year,
          coalesce(sum(amount_fen) filter (where ledger = 'bank'), 0)::bigint as bank,
          coalesce(-sum(amount_fen) filter (where ledger = 'income'), 0)::bigint as income,
          coalesce(sum(amount_fen) filter (where ledger = 'expense'), 0)::bigint as expense,
          count(distinct txn_id) as txns
        from ledger_entries where account_id = ${accountId}
        group by year order by year`,
  );
  return r.map((x) => ({ year: Number(x.year), bankFen: num(x.bank), inFen: num(x.income), outFen: num(x.expense), transactionCount: num(x.txns) }));
}

/** Per source: the bank lines before the year, the year's income, expense and bank lines. */
export async function sourceFlows(exec: Executor, accountId: string, year: number) {
  const r = await rows<{ source: string; opening: unknown; income: unknown; expense: unknown; bank: unknown }>(
    exec,
    sql`select source,
          coalesce(sum(amount_fen) filter (where ledger = 'bank' and year < ${year}), 0)::bigint as opening,
          coalesce(-sum(amount_fen) filter (where ledger = 'income' and year = ${year}), 0)::bigint as income,
          coalesce(sum(amount_fen) filter (where ledger = 'expense' and year = ${year}), 0)::bigint as expense,
          coalesce(sum(amount_fen) filter (where ledger = 'bank' and year = ${year}), 0)::bigint as bank
        from ledger_entries where account_id = ${accountId} and year <= ${year}
        group by source order by source`,
  );
  return r.map((x) => ({ source: x.source, openingFen: num(x.opening), inFen: num(x.income), outFen: num(x.expense), bankFen: num(x.bank) }));
}

/** The year's income by source and receipt kind (income booked without a receipt counts as 'other'). */
export async function incomeLines(exec: Executor, accountId: string, year: number) {
  const r = await rows<{ source: string; kind: string; fen: unknown; receipts: unknown }>(
    exec,
    sql`select e.source, coalesce(r.kind, 'other') as kind, (-sum(e.amount_fen))::bigint as fen,
          count(distinct r.id) filter (where t.kind = 'receipt') as receipts
        from ledger_entries e
        join ledger_transactions t on t.id = e.txn_id
        left join fund_receipts r on r.id = t.receipt_id
        where e.account_id = ${accountId} and e.year = ${year} and e.ledger = 'income'
        group by e.source, coalesce(r.kind, 'other') order by e.source, 2`,
  );
  return r.map((x) => ({ source: x.source, kind: x.kind, amountFen: num(x.fen), receiptCount: num(x.receipts) }));
}

/** The year's expense by source and aid type, net of reversals; aid records counted when their net is above zero. */
export async function expenseLines(exec: Executor, accountId: string, year: number) {
  const r = await rows<{ source: string; aid_type: string | null; fen: unknown; records: unknown }>(
    exec,
    sql`with per as (
          select source, aid_type, aid_record_id, sum(amount_fen) as fen
          from ledger_entries
          where account_id = ${accountId} and year = ${year} and ledger = 'expense'
          group by source, aid_type, aid_record_id)
        select source, aid_type, sum(fen)::bigint as fen, count(*) filter (where fen > 0 and aid_record_id is not null) as records
        from per group by source, aid_type order by source, aid_type`,
  );
  return r.map((x) => ({ source: x.source, aidType: x.aid_type ?? 'temporary', amountFen: num(x.fen), recordCount: num(x.records) }));
}

export async function budgets(exec: Executor, accountId: string, year: number) {
  return exec
    .select({ source: fundBudgets.source, aidType: fundBudgets.aidType, amountFen: fundBudgets.amountFen })
    .from(fundBudgets)
    .where(and(eq(fundBudgets.accountId, accountId), eq(fundBudgets.year, year)))
    .orderBy(fundBudgets.source, fundBudgets.aidType);
}

/** The bank effect of reversals booked in `year` that correct transactions of earlier years. */
export async function priorYearCorrections(exec: Executor, accountId: string, year: number): Promise<number> {
  const [r] = await rows<{ fen: unknown }>(
    exec,
    sql`select coalesce(sum(e.amount_fen), 0)::bigint as fen
        from ledger_entries e
        join ledger_transactions t on t.id = e.txn_id
        join ledger_transactions o on o.id = t.reverses_id
        where e.account_id = ${accountId} and e.year = ${year} and e.ledger = 'bank' and o.year < ${year}`,
  );
  return num(r?.fen);
}

/**
 * What each household received in the year from this account: the net of its aid records' expense
 * lines. Aid without a file (temporary aid) is listed per application, under the applicant's name.
 */
export async function householdLines(exec: Executor, accountId: string, year: number) {
  const r = await rows<{ file_id: string | null; file_no: string | null; name: string; org_id: string; org_name: string; aid_types: string | null; fen: unknown; records: unknown }>(
    exec,
    sql`with per as (
          select aid_record_id, sum(amount_fen) as fen
          from ledger_entries
          where account_id = ${accountId} and year = ${year} and ledger = 'expense' and aid_record_id is not null
          group by aid_record_id having sum(amount_fen) <> 0),
        hh as (
          select coalesce(ar.file_id, ar.application_id) as k,
            (array_agg(ar.file_id))[1] as file_id,
            (array_agg(f.file_no))[1] as file_no,
            (array_agg(coalesce(f.head_name, a.applicant_name)))[1] as name,
            (array_agg(coalesce(f.org_id, ar.org_id)))[1] as org_id,
            string_agg(distinct ar.aid_type, ',') filter (where per.fen > 0) as aid_types,
            sum(per.fen)::bigint as fen,
            count(*) filter (where per.fen > 0) as records
          from per
          join aid_records ar on ar.id = per.aid_record_id
          join applications a on a.id = ar.application_id
          left join hardship_files f on f.id = ar.file_id
          group by coalesce(ar.file_id, ar.application_id))
        select hh.file_id, hh.file_no, hh.name, hh.org_id, o.name as org_name, hh.aid_types, hh.fen, hh.records
        from hh join orgs o on o.id = hh.org_id
        order by hh.file_no nulls last, hh.name, hh.k`,
  );
  return r.map((x) => ({
    fileId: x.file_id,
    fileNo: x.file_no,
    name: x.name,
    orgId: x.org_id,
    orgName: x.org_name,
    aidTypes: x.aid_types ? x.aid_types.split(',').sort() : [],
    amountFen: num(x.fen),
    recordCount: num(x.records),
  }));
}

/** The accounting year of a document: its ledger transaction's, else the year of its own date. */
const throughYear = (year: number | null, docYear: SQL): SQL => (year === null ? sql`true` : sql`${docYear} <= ${year}`);

export interface PerSource {
  source: string;
  fen: number;
  count: number;
}

/** The bank lines of the ledger per source (through `year`). */
export async function ledgerBank(exec: Executor, accountId: string, year: number | null): Promise<PerSource[]> {
  const r = await rows<{ source: string; fen: unknown; n: unknown }>(
    exec,
    sql`select source, coalesce(sum(amount_fen), 0)::bigint as fen, count(*) as n from ledger_entries
        where account_id = ${accountId} and ledger = 'bank' and ${year === null ? sql`true` : sql`year <= ${year}`}
        group by source order by source`,
  );
  return r.map((x) => ({ source: x.source, fen: num(x.fen), count: num(x.n) }));
}

/** Receipts (the documents), dated by their voucher's year or, without one, their own date. */
export async function receiptsIn(exec: Executor, accountId: string, year: number | null): Promise<PerSource[]> {
  const r = await rows<{ source: string; fen: unknown; n: unknown }>(
    exec,
    sql`select r.source, coalesce(sum(r.amount_fen), 0)::bigint as fen, count(*) as n
        from fund_receipts r left join ledger_transactions t on t.id = r.txn_id
        where r.account_id = ${accountId} and ${throughYear(year, sql`coalesce(t.year::int, extract(year from r.received_on)::int)`)}
        group by r.source order by r.source`,
  );
  return r.map((x) => ({ source: x.source, fen: num(x.fen), count: num(x.n) }));
}

/** Receipts whose voucher was reversed (红字冲销), dated by the reversal's year. */
export async function receiptsReversed(exec: Executor, accountId: string, year: number | null): Promise<PerSource[]> {
  const r = await rows<{ source: string; fen: unknown; n: unknown }>(
    exec,
    sql`select r.source, coalesce(sum(r.amount_fen), 0)::bigint as fen, count(*) as n
        from fund_receipts r join ledger_transactions rv on rv.reverses_id = r.txn_id
        where r.account_id = ${accountId} and ${year === null ? sql`true` : sql`rv.year <= ${year}`}
        group by r.source order by r.source`,
  );
  return r.map((x) => ({ source: x.source, fen: num(x.fen), count: num(x.n) }));
}

const localYear = (column: SQL) => sql`extract(year from (${column} at time zone 'Asia/Shanghai'))::int`;

/** Live payments (booked, exported or paid): money that has left, or is leaving, the account. */
export async function paymentsOut(exec: Executor, accountId: string, year: number | null): Promise<PerSource[]> {
  const r = await rows<{ source: string; fen: unknown; n: unknown }>(
    exec,
    sql`select p.source, coalesce(sum(p.amount_fen), 0)::bigint as fen, count(*) as n
        from payments p left join ledger_transactions t on t.id = p.txn_id
        where p.account_id = ${accountId} and p.status in ('booked', 'exported', 'paid')
          and ${throughYear(year, sql`coalesce(t.year::int, ${localYear(sql`p.created_at`)})`)}
        group by p.source order by p.source`,
  );
  return r.map((x) => ({ source: x.source, fen: num(x.fen), count: num(x.n) }));
}

/** Payments booked (through `year`, or in exactly `exactYear`) that still wait for the bank's result. */
export async function pendingPayments(exec: Executor, accountId: string, opts: { through?: number | null; exactYear?: number; limit?: number }) {
  const docYear = sql`coalesce(t.year::int, ${localYear(sql`p.created_at`)})`;
  const cond = opts.exactYear !== undefined ? sql`${docYear} = ${opts.exactYear}` : throughYear(opts.through ?? null, docYear);
  const [tot] = await rows<{ n: unknown; fen: unknown }>(
    exec,
    sql`select count(*) as n, coalesce(sum(p.amount_fen), 0)::bigint as fen
        from payments p left join ledger_transactions t on t.id = p.txn_id
        where p.account_id = ${accountId} and p.status in ('booked', 'exported') and ${cond}`,
  );
  const items = await rows<{ id: string; payment_no: string; method: string; status: string; amount_fen: unknown; source: string; payee_name: string; batch_no: string | null; created_at: Date | string }>(
    exec,
    sql`select p.id, p.payment_no, p.method, p.status, p.amount_fen, p.source, p.payee_name, b.batch_no, p.created_at
        from payments p left join ledger_transactions t on t.id = p.txn_id left join bank_batches b on b.id = p.bank_batch_id
        where p.account_id = ${accountId} and p.status in ('booked', 'exported') and ${cond}
        order by p.created_at, p.payment_no limit ${opts.limit ?? 1000}`,
  );
  return {
    count: num(tot?.n),
    totalFen: num(tot?.fen),
    items: items.map((x) => ({
      id: x.id,
      paymentNo: x.payment_no,
      method: x.method,
      status: x.status,
      amountFen: num(x.amount_fen),
      source: x.source,
      payeeName: x.payee_name,
      batchNo: x.batch_no,
      bookedAt: new Date(x.created_at),
    })),
  };
}

export async function sourceBalanceRows(exec: Executor, accountId: string): Promise<PerSource[]> {
  const r = await rows<{ source: string; fen: unknown }>(exec, sql`select source, balance_fen as fen from fund_source_balances where account_id = ${accountId} order by source`);
  return r.map((x) => ({ source: x.source, fen: num(x.fen), count: 0 }));
}

/** Whether the ledger holds entries in a year after `year`. */
export async function hasEntriesAfter(exec: Executor, accountId: string, year: number): Promise<boolean> {
  const [r] = await rows<{ n: unknown }>(exec, sql`select count(*) as n from (select 1 from ledger_entries where account_id = ${accountId} and year > ${year} limit 1) x`);
  return num(r?.n) > 0;
}
