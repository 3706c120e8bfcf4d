import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { lockAccount, post } from '../src/modules/funds/ledger';
import { testClock, useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { bankResult, fundSnapshot, payByBank, payCash, receipt, receiptRequest, specialAccount } from './helpers/fund-activity';
import { approvedAids } from './helpers/payments';

// Early in 2026, so the notice windows the helpers wait out stay inside the year.
const time = testClock(new Date('2026-03-02T02:00:00Z'));
const t = useTestApp({ clock: time.clock });
const NEW_YEAR_2027 = new Date('2027-01-04T02:00:00Z');

const get = (url: string, who = t.tree.users.finance) => t.as(who, { method: 'GET', url });
const close = (accountId: string, year: number, who = t.tree.users.finance) => t.as(who, { method: 'POST', url: `/api/v1/fund-accounts/${accountId}/years/${year}/close` });
const years = async (accountId: string, who = t.tree.users.finance) => {
  const res = await get(`/api/v1/fund-accounts/${accountId}/years`, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const annual = async (accountId: string, year: number) => {
  const res = await get(`/api/v1/fund-accounts/${accountId}/reports/annual?year=${year}`);
  expect(res.statusCode, res.body).toBe(200);
  const { generatedAt: _, ...rest } = res.json();
  return rest;
};

describe('closing a year (结账)', () => {
  it('locks the year: postings into it are refused, a reversal lands in the open year pointing back, and the closed year’s report stays as it was', async () => {
    time.set(new Date('2026-03-02T02:00:00Z'));
    const account = await specialAccount(t);
    await receipt(t, account.id, { source: 'union_funds', kind: 'appropriation', amountFen: 10_000_000, receivedOn: '2026-03-01' });
    const gift = await receipt(t, account.id, { source: 'donation', kind: 'donation', amountFen: 500_000, receivedOn: '2026-03-02', receiptNo: 'JZ0001', donor: '某某爱心企业' });
    const [aid] = await approvedAids(t, time, [{ amountFen: 300_000 }]);
    await payCash(t, account.id, aid!.aidRecordId);

    // not over yet
    const early = await close(account.id, 2026);
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'YEAR_NOT_OVER', errors: [{ field: '/params/year' }] });

    time.set(NEW_YEAR_2027);
    const before = await years(account.id);
    expect(before).toMatchObject({ closableYear: 2026 });
    expect(before.items).toEqual([
      { year: 2026, state: 'open', closedAt: null, closedBy: null, openingBalanceFen: 0, inFen: 10_500_000, outFen: 300_000, closingBalanceFen: 10_200_000, transactionCount: 3 },
      { year: 2027, state: 'open', closedAt: null, closedBy: null, openingBalanceFen: 10_200_000, inFen: 0, outFen: 0, closingBalanceFen: 10_200_000, transactionCount: 0 },
    ]);
    const report2026 = await annual(account.id, 2026);

    const closed = await close(account.id, 2026);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toEqual({
      year: 2026, state: 'closed', closedAt: NEW_YEAR_2027.toISOString(), closedBy: 'a_finance', openingBalanceFen: 0, inFen: 10_500_000, outFen: 300_000, closingBalanceFen: 10_200_000, transactionCount: 3,
    });
    const [row] = await queryRows<{ closing_balance_fen: string; closed_by_name: string; summary: { sources: { source: string; closingFen: number }[]; expense: unknown[] } }>(
      t.database.handle.db,
      sql`select closing_balance_fen, closed_by_name, summary from fund_years where account_id = ${account.id} and year = 2026`,
    );
    expect(Number(row!.closing_balance_fen)).toBe(10_200_000);
    expect(row!.summary.sources).toEqual([
      { source: 'donation', openingFen: 0, inFen: 500_000, outFen: 0, closingFen: 500_000 },
      { source: 'union_funds', openingFen: 0, inFen: 10_000_000, outFen: 300_000, closingFen: 9_700_000 },
    ]);
    expect(row!.summary.expense).toEqual([{ source: 'union_funds', aidType: 'living', amountFen: 300_000, recordCount: 1 }]);
    const [entry] = await queryRows<{ action: string; after: { year: number; closingBalanceFen: number } }>(t.database.handle.db, sql`select action, after from audit_log where action = 'fund.year_close'`);
    expect(entry!.after).toMatchObject({ year: 2026, closingBalanceFen: 10_200_000 });

    // nothing more goes into 2026: not through the API, not behind it
    const late = await receiptRequest(t, account.id, { source: 'union_funds', kind: 'appropriation', amountFen: 100, receivedOn: '2026-12-30' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'YEAR_CLOSED' });
    await expect(
      t.database.handle.db.transaction(async (tx) => {
        await lockAccount(tx, account.id);
        await post(tx, { accountId: account.id, year: 2026, kind: 'receipt', memo: 'x', at: time.clock(), actor: { id: null, name: 't' }, lines: [{ ledger: 'bank', source: 'other', amountFen: 1 }, { ledger: 'income', source: 'other', amountFen: -1 }] });
      }),
    ).rejects.toMatchObject({ status: 409, code: 'YEAR_CLOSED' });
    expect((await close(account.id, 2026)).json()).toMatchObject({ status: 409, code: 'YEAR_ALREADY_CLOSED' });

    // the donation was booked in error: its reversal goes into 2027 and points back
    const rev = await t.as(t.tree.users.finance, { method: 'POST', url: `/api/v1/ledger-transactions/${gift.txnId}/reverse`, payload: { reason: '捐赠退回捐赠人' } });
    expect(rev.statusCode, rev.body).toBe(201);
    expect(rev.json()).toMatchObject({ kind: 'reversal', year: 2027, reversesId: gift.txnId, bankFen: -500_000 });

    expect(await annual(account.id, 2026)).toEqual({ ...report2026, state: 'closed', closedAt: NEW_YEAR_2027.toISOString(), closedBy: 'a_finance' });
    const report2027 = await annual(account.id, 2027);
    expect(report2027).toMatchObject({ openingBalanceFen: 10_200_000, inFen: -500_000, outFen: 0, closingBalanceFen: 9_700_000, priorYearCorrectionsFen: -500_000 });
    expect(report2027.income).toEqual([{ source: 'donation', kind: 'donation', amountFen: -500_000, receiptCount: 0 }]);
    const after = await years(account.id);
    expect(after.closableYear).toBeNull();
    expect(after.items.map((y: { year: number; state: string; closingBalanceFen: number }) => [y.year, y.state, y.closingBalanceFen])).toEqual([
      [2026, 'closed', 10_200_000],
      [2027, 'open', 9_700_000],
    ]);
  });

  it('closes years in order: an earlier year with entries must be closed first', async () => {
    time.set(new Date('2027-02-01T02:00:00Z'));
    const account = await specialAccount(t, t.tree.orgs.A.id, '2025-01-01');
    await receipt(t, account.id, { source: 'union_funds', kind: 'appropriation', amountFen: 1_000_000, receivedOn: '2025-06-01' });
    await receipt(t, account.id, { source: 'interest', kind: 'interest', amountFen: 1_234, receivedOn: '2026-06-21' });
    expect((await years(account.id)).closableYear).toBe(2025);

    const before = await fundSnapshot(t);
    const refused = await close(account.id, 2026);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'EARLIER_YEAR_OPEN', detail: expect.stringContaining('2025'), errors: [{ field: '/params/year' }] });
    expect(await fundSnapshot(t)).toEqual(before);

    expect((await close(account.id, 2025)).json()).toMatchObject({ year: 2025, state: 'closed', openingBalanceFen: 0, closingBalanceFen: 1_000_000 });
    expect((await years(account.id)).closableYear).toBe(2026);
    expect((await close(account.id, 2026)).json()).toMatchObject({ year: 2026, openingBalanceFen: 1_000_000, inFen: 1_234, closingBalanceFen: 1_001_234 });
    expect((await years(account.id)).closableYear).toBeNull();

    // a year before the account existed is no year of it
    expect((await close(account.id, 2024)).json()).toMatchObject({ status: 422, code: 'YEAR_BEFORE_ACCOUNT' });
    expect((await close(account.id, 2027)).json()).toMatchObject({ status: 422, code: 'YEAR_NOT_OVER' });
  });

  it('refuses while bank payments of the year still await the bank’s result, naming how many', async () => {
    time.set(new Date('2026-03-02T02:00:00Z'));
    const account = await specialAccount(t);
    await receipt(t, account.id, { source: 'union_funds', kind: 'appropriation', amountFen: 5_000_000, receivedOn: '2026-03-01' });
    const [a, b, c] = await approvedAids(t, time, [{ amountFen: 100_000 }, { amountFen: 200_000 }, { amountFen: 50_000 }]);
    const pa = await payByBank(t, account.id, a!.aidRecordId);
    const pb = await payByBank(t, account.id, b!.aidRecordId);
    await payCash(t, account.id, c!.aidRecordId);

    time.set(NEW_YEAR_2027);
    const before = await fundSnapshot(t);
    const refused = await close(account.id, 2026);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'PAYMENTS_PENDING', detail: expect.stringMatching(/^2 payment\(s\) of 2026, 3000\.00 yuan/) });
    expect(await fundSnapshot(t)).toEqual(before);

    await bankResult(t, pa.id, 'paid');
    expect((await close(account.id, 2026)).json()).toMatchObject({ code: 'PAYMENTS_PENDING', detail: expect.stringMatching(/^1 payment\(s\)/) });
    // the bank sends one back: its reversal goes into 2027, and 2026 can close
    await bankResult(t, pb.id, 'failed');
    const closed = await close(account.id, 2026);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ inFen: 5_000_000, outFen: 350_000, closingBalanceFen: 4_650_000 });
    const list = await years(account.id);
    expect(list.items.find((y: { year: number }) => y.year === 2027)).toMatchObject({ openingBalanceFen: 4_650_000, outFen: -200_000, closingBalanceFen: 4_850_000 });
  });

  it('is finance’s to do, in its own subtree: the auditor is refused, another county does not find the account', async () => {
    time.set(NEW_YEAR_2027);
    const account = await specialAccount(t, t.tree.orgs.A.id, '2026-01-01');
    const before = await fundSnapshot(t);
    expect((await close(account.id, 2026, t.tree.users.aAuditor)).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect((await close(account.id, 2026, t.tree.users.approver)).statusCode).toBe(403);
    expect((await close(account.id, 2026, t.tree.users.bFinance)).json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await get(`/api/v1/fund-accounts/${account.id}/years`, t.tree.users.bAuditor)).statusCode).toBe(404);
    expect((await close(account.id, 1999)).json()).toMatchObject({ status: 400, errors: [{ field: expect.stringMatching(/year/) }] });
    expect(await fundSnapshot(t)).toEqual(before);
    // the auditor of A reads the years; the city's finance, above A, closes it
    expect((await years(account.id, t.tree.users.aAuditor)).items.map((y: { year: number }) => y.year)).toEqual([2026, 2027]);
    expect((await close(account.id, 2026, t.tree.users.cFinance)).json()).toMatchObject({ year: 2026, state: 'closed', closedBy: 'c_finance', closingBalanceFen: 0 });
  });
});
