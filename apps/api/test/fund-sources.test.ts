import type { FundSource } from '@bangfu/shared/funds';
import { describe, expect, it } from 'vitest';
import type { Executor } from '../src/db/client';
import { fundAccounts, fundBudgets } from '../src/db/schema/index';
import { lockAccount, post, reverse } from '../src/modules/funds/ledger';
import { chooseSource } from '../src/modules/funds/sources';
import { useTestApp } from './helpers/app';

const t = useTestApp();
const actor = { id: null, name: 'test' };
const at = new Date('2026-03-01T00:00:00Z');

async function account() {
  const [row] = await t.database.handle.db
    .insert(fundAccounts)
    .values({ orgId: t.tree.orgs.A.id, name: '甲区帮扶资金专户', bankName: '工商银行', accountNo: '6222000011112222', openedOn: '2026-01-01', createdByName: 'test' })
    .returning();
  return row!.id;
}

const receive = (tx: Executor, accountId: string, source: FundSource, fen: number) =>
  post(tx, { accountId, year: 2026, kind: 'receipt', memo: 'in', at, actor, lines: [{ ledger: 'bank', source, amountFen: fen }, { ledger: 'income', source, amountFen: -fen }] });
const pay = (tx: Executor, accountId: string, source: FundSource, aidType: string, fen: number) =>
  post(tx, { accountId, year: 2026, kind: 'payment', memo: 'out', at, actor, lines: [{ ledger: 'expense', source, aidType, amountFen: fen }, { ledger: 'bank', source, amountFen: -fen }] });
const budget = (accountId: string, source: FundSource, aidType: string, amountFen: number, year = 2026) =>
  t.database.handle.db.insert(fundBudgets).values({ accountId, year, source, aidType, amountFen, updatedByName: 'test' });

/** chooseSource under the account lock, as payments call it. */
const choose = (accountId: string, aidType: string, amountFen: number, source?: FundSource) =>
  t.database.handle.db.transaction(async (tx) => {
    await lockAccount(tx, accountId);
    return chooseSource(tx, { accountId, year: 2026, aidType, amountFen, source });
  });

describe('chooseSource', () => {
  it('without budgets takes the first source in order whose balance covers the amount', async () => {
    const a = await account();
    await t.database.handle.db.transaction(async (tx) => {
      await receive(tx, a, 'union_funds', 500_00);
      await receive(tx, a, 'central_fiscal', 100_00);
      await receive(tx, a, 'donation', 2_000_00);
    });
    expect(await choose(a, 'living', 100_00)).toBe('central_fiscal');
    expect(await choose(a, 'living', 100_01)).toBe('union_funds');
    expect(await choose(a, 'living', 500_01)).toBe('donation');
    expect(await choose(a, 'living', 50_00, 'donation')).toBe('donation');
    await expect(choose(a, 'living', 2_000_01)).rejects.toMatchObject({ status: 409, code: 'INSUFFICIENT_FUNDS', message: expect.stringMatching(/2000\.01 yuan.*holds 2600\.00 yuan.*largest source 2000\.00/) });
    await expect(choose(a, 'living', 100_01, 'central_fiscal')).rejects.toMatchObject({ status: 409, code: 'INSUFFICIENT_FUNDS', message: expect.stringMatching(/central_fiscal holds 100\.00 yuan/) });
  });

  it('with budgets in force uses the aid type row, else the source\'s any row, else zero', async () => {
    const a = await account();
    await t.database.handle.db.transaction(async (tx) => {
      await receive(tx, a, 'central_fiscal', 1_000_00);
      await receive(tx, a, 'union_funds', 1_000_00);
    });
    await budget(a, 'central_fiscal', 'medical', 300_00);
    await budget(a, 'union_funds', 'any', 400_00);
    // central_fiscal has a medical row only: living aid has budget 0 there, so union_funds (any) pays it.
    expect(await choose(a, 'living', 400_00)).toBe('union_funds');
    expect(await choose(a, 'medical', 300_00)).toBe('central_fiscal');
    expect(await choose(a, 'medical', 300_01)).toBe('union_funds');
    await expect(choose(a, 'living', 400_01)).rejects.toMatchObject({ status: 422, code: 'BUDGET_EXCEEDED', message: expect.stringMatching(/central_fiscal has no 2026 budget for living aid/) });
    await expect(choose(a, 'education', 50_00, 'central_fiscal')).rejects.toMatchObject({ status: 422, code: 'BUDGET_EXCEEDED' });
  });

  it('counts the year\'s expense lines as used, net of reversals, and the any row across aid types', async () => {
    const a = await account();
    const db = t.database.handle.db;
    let paid = '';
    await db.transaction(async (tx) => {
      await receive(tx, a, 'union_funds', 1_000_00);
      await pay(tx, a, 'union_funds', 'living', 150_00);
      paid = (await pay(tx, a, 'union_funds', 'medical', 200_00)).id;
    });
    await budget(a, 'union_funds', 'any', 500_00);
    expect(await choose(a, 'education', 150_00)).toBe('union_funds');
    await expect(choose(a, 'education', 150_01)).rejects.toMatchObject({
      code: 'BUDGET_EXCEEDED',
      message: expect.stringMatching(/union_funds has a 2026 budget of 500\.00 yuan for all aid types; 350\.00 yuan is used and 150\.00 yuan left/),
    });
    await db.transaction(async (tx) => reverse(tx, paid, { year: 2026, memo: 'undo', at, actor }));
    expect(await choose(a, 'education', 350_00)).toBe('union_funds');
    // a row for the aid type itself overrides the any row and counts only its own aid type
    await budget(a, 'union_funds', 'living', 160_00);
    expect(await choose(a, 'living', 10_00)).toBe('union_funds');
    await expect(choose(a, 'living', 10_01)).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED', message: expect.stringMatching(/living aid; 150\.00 yuan is used and 10\.00 yuan left/) });
  });

  it('prefers INSUFFICIENT_FUNDS when no candidate has the money, and ignores other years\' budgets', async () => {
    const a = await account();
    await t.database.handle.db.transaction(async (tx) => receive(tx, a, 'donation', 100_00));
    await budget(a, 'donation', 'any', 0, 2025);
    expect(await choose(a, 'living', 100_00)).toBe('donation');
    await budget(a, 'donation', 'any', 10_00);
    await expect(choose(a, 'living', 100_01)).rejects.toMatchObject({ status: 409, code: 'INSUFFICIENT_FUNDS' });
    await expect(choose(a, 'living', 10_01)).rejects.toMatchObject({ status: 422, code: 'BUDGET_EXCEEDED' });
  });
});
