import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fundAccounts, fundYears } from '../src/db/schema/index';
import { lockAccount, post, postMany, reverse } from '../src/modules/funds/ledger';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';

const t = useTestApp();
const actor = { id: null, name: 'test' };
const at = new Date('2026-03-01T00:00:00Z');

async function account() {
  const [row] = await t.database.handle.db
    .insert(fundAccounts)
    .values({ orgId: t.tree.orgs.A.id, name: '甲区帮扶资金专户', bankName: '工商银行', accountNo: '6222000011112222', openedOn: '2026-01-01', createdByName: 'test' })
    .returning();
  return row!;
}

const receipt = (accountId: string, source: 'union_funds' | 'donation', fen: number) => ({
  accountId, year: 2026, kind: 'receipt' as const, memo: 'in', at, actor,
  lines: [{ ledger: 'bank' as const, source, amountFen: fen }, { ledger: 'income' as const, source, amountFen: -fen }],
});
const payment = (accountId: string, source: 'union_funds' | 'donation', fen: number) => ({
  accountId, year: 2026, kind: 'payment' as const, memo: 'out', at, actor,
  lines: [{ ledger: 'expense' as const, source, aidType: 'living', amountFen: fen }, { ledger: 'bank' as const, source, amountFen: -fen }],
});

async function balances(accountId: string) {
  const db = t.database.handle.db;
  const a = await queryRows<{ balance_fen: string }>(db, sql`select balance_fen from fund_accounts where id = ${accountId}`);
  const s = await queryRows<{ source: string; balance_fen: string }>(db, sql`select source, balance_fen from fund_source_balances where account_id = ${accountId} order by source`);
  return { total: Number(a[0]!.balance_fen), sources: Object.fromEntries(s.map((r) => [r.source, Number(r.balance_fen)])) };
}

describe('the ledger core (database rules)', () => {
  it('moves balances by the bank lines, per account and per source', async () => {
    const a = await account();
    const db = t.database.handle.db;
    await db.transaction(async (tx) => {
      await lockAccount(tx, a.id);
      await post(tx, receipt(a.id, 'union_funds', 100_00));
      await post(tx, receipt(a.id, 'donation', 50_00));
      await post(tx, payment(a.id, 'union_funds', 30_00));
    });
    expect(await balances(a.id)).toEqual({ total: 120_00, sources: { donation: 50_00, union_funds: 70_00 } });
  });

  it('postMany books many balanced transactions in chunks of whole transactions, or none', async () => {
    const a = await account();
    const db = t.database.handle.db;
    await db.transaction(async (tx) => post(tx, receipt(a.id, 'donation', 1_000)));
    const booked = await db.transaction((tx) => postMany(tx, [receipt(a.id, 'donation', 10), receipt(a.id, 'donation', 20), receipt(a.id, 'donation', 30)], { chunkLines: 3 }));
    expect(booked).toHaveLength(3);
    expect(new Set(booked.map((b) => b.txnNo)).size).toBe(3);
    expect((await balances(a.id)).total).toBe(1_060);
    const unbalanced = { ...receipt(a.id, 'donation', 5), lines: [{ ledger: 'bank' as const, source: 'donation' as const, amountFen: 5 }, { ledger: 'income' as const, source: 'donation' as const, amountFen: -4 }] };
    await expect(db.transaction((tx) => postMany(tx, [receipt(a.id, 'donation', 1), unbalanced]))).rejects.toMatchObject({ code: 'UNBALANCED' });
    await expect(db.transaction((tx) => postMany(tx, [receipt(a.id, 'donation', 1), payment(a.id, 'donation', 2_000)]))).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
    expect((await balances(a.id)).total).toBe(1_060);
    expect(await queryRows(db, sql`select 1 from ledger_transactions`)).toHaveLength(4);
  });

  it('refuses to take a source below zero, even when the account holds enough, and writes nothing', async () => {
    const a = await account();
    const db = t.database.handle.db;
    await db.transaction(async (tx) => post(tx, receipt(a.id, 'union_funds', 100_00)));
    await expect(db.transaction(async (tx) => post(tx, payment(a.id, 'donation', 1)))).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS', status: 409 });
    await expect(db.transaction(async (tx) => post(tx, payment(a.id, 'union_funds', 100_01)))).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
    expect(await balances(a.id)).toEqual({ total: 100_00, sources: { union_funds: 100_00 } });
    const n = await queryRows<{ n: string }>(db, sql`select count(*) as n from ledger_transactions`);
    expect(Number(n[0]!.n)).toBe(1);
  });

  it('refuses unbalanced lines inserted behind the service, and any edit of the ledger', async () => {
    const a = await account();
    const db = t.database.handle.db;
    const { id } = await db.transaction(async (tx) => post(tx, receipt(a.id, 'union_funds', 10_00)));
    await expect(db.execute(sql`insert into ledger_entries (txn_id, account_id, year, ledger, source, amount_fen) values (${id}, ${a.id}, 2026, 'bank', 'union_funds', 5)`)).rejects.toThrow();
    await expect(db.execute(sql`update ledger_entries set amount_fen = 1`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } });
    await expect(db.execute(sql`delete from ledger_transactions`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } });
    expect((await balances(a.id)).total).toBe(10_00);
  });

  it('reverses a transaction once, into the open year when its own is closed', async () => {
    const a = await account();
    const db = t.database.handle.db;
    const { id } = await db.transaction(async (tx) => post(tx, receipt(a.id, 'union_funds', 10_00)));
    await db.insert(fundYears).values({ accountId: a.id, year: 2026, closedAt: at, closedByName: 'test', closingBalanceFen: 10_00, summary: {} });
    await expect(db.transaction(async (tx) => post(tx, receipt(a.id, 'union_funds', 1)))).rejects.toMatchObject({ code: 'YEAR_CLOSED' });
    await expect(db.transaction(async (tx) => reverse(tx, id, { year: 2026, memo: 'fix', at, actor }))).rejects.toMatchObject({ code: 'YEAR_CLOSED' });
    await db.transaction(async (tx) => reverse(tx, id, { year: 2027, memo: 'fix', at, actor }));
    expect((await balances(a.id)).total).toBe(0);
    await expect(db.transaction(async (tx) => reverse(tx, id, { year: 2027, memo: 'again', at, actor }))).rejects.toMatchObject({ code: 'ALREADY_REVERSED' });
  });
});
