import { FUND_SOURCES, type FundAccount, type FundSource } from '@bangfu/shared/funds';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { fundAccounts, fundSourceBalances, fundYears, orgs } from '../../db/schema/index';

export type ScopedAccount = typeof fundAccounts.$inferSelect & { orgName: string; orgPath: string };

const columns = { account: fundAccounts, orgName: orgs.name, orgPath: orgs.path };

/** An account whose org lies in the caller's subtree. */
export async function findAccount(exec: Executor, scope: OrgScope, id: string): Promise<ScopedAccount | undefined> {
  const [row] = await exec
    .select(columns)
    .from(fundAccounts)
    .innerJoin(orgs, eq(orgs.id, fundAccounts.orgId))
    .where(and(eq(fundAccounts.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  return row ? { ...row.account, orgName: row.orgName, orgPath: row.orgPath } : undefined;
}

export async function listAccounts(exec: Executor, scope: OrgScope): Promise<ScopedAccount[]> {
  const rows = await exec
    .select(columns)
    .from(fundAccounts)
    .innerJoin(orgs, eq(orgs.id, fundAccounts.orgId))
    .where(scope.ownsPath(orgs.path))
    .orderBy(asc(orgs.path))
    .limit(1000);
  return rows.map((r) => ({ ...r.account, orgName: r.orgName, orgPath: r.orgPath }));
}

export async function accountByOrg(exec: Executor, orgId: string) {
  const [row] = await exec.select({ id: fundAccounts.id }).from(fundAccounts).where(eq(fundAccounts.orgId, orgId)).limit(1);
  return row;
}

export async function insertAccount(exec: Executor, values: typeof fundAccounts.$inferInsert) {
  const [row] = await exec.insert(fundAccounts).values(values).returning({ id: fundAccounts.id });
  return row!.id;
}

export async function closedYearsOf(exec: Executor, accountId: string): Promise<number[]> {
  const rows = await exec.select({ year: fundYears.year }).from(fundYears).where(eq(fundYears.accountId, accountId)).orderBy(asc(fundYears.year));
  return rows.map((r) => r.year);
}

export async function isYearClosed(exec: Executor, accountId: string, year: number): Promise<boolean> {
  const [row] = await exec.select({ year: fundYears.year }).from(fundYears).where(and(eq(fundYears.accountId, accountId), eq(fundYears.year, year))).limit(1);
  return Boolean(row);
}

/** Accounts in the API's shape: balance, per-source balances (in FUND_SOURCES order) and closed years. */
export async function toFundAccounts(exec: Executor, rows: ScopedAccount[]): Promise<FundAccount[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const balances = await exec.select().from(fundSourceBalances).where(inArray(fundSourceBalances.accountId, ids));
  const years = await exec.select({ accountId: fundYears.accountId, year: fundYears.year }).from(fundYears).where(inArray(fundYears.accountId, ids)).orderBy(asc(fundYears.year));
  const order = (s: string) => FUND_SOURCES.indexOf(s as FundSource);
  return rows.map((a) => ({
    id: a.id,
    orgId: a.orgId,
    orgName: a.orgName,
    name: a.name,
    bankName: a.bankName,
    accountNo: a.accountNo,
    openedOn: a.openedOn,
    balanceFen: a.balanceFen,
    sources: balances
      .filter((b) => b.accountId === a.id)
      .sort((x, y) => order(x.source) - order(y.source))
      .map((b) => ({ source: b.source as FundSource, balanceFen: b.balanceFen })),
    closedYears: years.filter((y) => y.accountId === a.id).map((y) => y.year),
    createdAt: a.createdAt.toISOString(),
  }));
}
