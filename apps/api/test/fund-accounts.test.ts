import type { FundSource } from '@bangfu/shared/funds';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { fundYears } from '../src/db/schema/index';
import { lockAccount, post, reverse } from '../src/modules/funds/ledger';
import { testClock, useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { makeId } from './helpers/households';

// 15 June 2026, noon in China
const time = testClock(new Date('2026-06-15T04:00:00Z'));
const t = useTestApp({ clock: time.clock });
const u = () => t.tree.users;
beforeEach(() => {
  time.set(new Date('2026-06-15T04:00:00Z'));
});

const accountBody = (orgId: string, openedOn = '2026-01-01') => ({ orgId, name: '甲区总工会帮扶资金专户', bankName: '中国工商银行深圳南山支行', accountNo: '4000 0210 0910 0123 456', openedOn });

async function openAccount(orgId = t.tree.orgs.A.id, who = u().finance, openedOn?: string) {
  const res = await t.as(who, { method: 'POST', url: '/api/v1/fund-accounts', payload: accountBody(orgId, openedOn) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; balanceFen: number };
}

const appropriation = (amountFen: number, extra: object = {}) => ({ source: 'central_fiscal', kind: 'appropriation', amountFen, receivedOn: '2026-03-02', documentNo: '财社〔2026〕12号', ...extra });
const donation = (amountFen: number, receiptNo: string, extra: object = {}) => ({ source: 'donation', kind: 'donation', amountFen, receivedOn: '2026-04-01', receiptNo, donor: '深圳某科技有限公司', ...extra });

const receive = (accountId: string, payload: object, who = u().finance) => t.as(who, { method: 'POST', url: `/api/v1/fund-accounts/${accountId}/receipts`, payload });
async function received(accountId: string, payload: object) {
  const res = await receive(accountId, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; txnId: string; txnNo: string };
}

/** A payment booked straight into the ledger (as the payment flow does), under the account lock. */
async function payDirect(accountId: string, source: FundSource, aidType: string, fen: number, year = 2026) {
  return t.database.handle.db.transaction(async (tx) => {
    await lockAccount(tx, accountId);
    return post(tx, { accountId, year, kind: 'payment', memo: `支付 ${aidType}`, at: time.clock(), actor: { id: null, name: 'test' }, lines: [{ ledger: 'expense', source, aidType, amountFen: fen }, { ledger: 'bank', source, amountFen: -fen }] });
  });
}

const getAccount = async (id: string, who = u().finance) => (await t.as(who, { method: 'GET', url: `/api/v1/fund-accounts/${id}` })).json();
const count = async (table: string) => Number((await queryRows<{ n: string }>(t.database.handle.db, sql.raw(`select count(*) as n from ${table}`)))[0]!.n);
const closeYear = (accountId: string, year: number) =>
  t.database.handle.db.insert(fundYears).values({ accountId, year, closedAt: time.clock(), closedByName: 'test', closingBalanceFen: 0, summary: {} });

describe('special accounts (帮扶资金专户)', () => {
  it('finance opens one account per organisation in its subtree; the auditor and others cannot', async () => {
    const a = await openAccount();
    expect(a).toMatchObject({ orgId: t.tree.orgs.A.id, orgName: '甲区总工会', balanceFen: 0, sources: [], closedYears: [], openedOn: '2026-01-01' });

    const again = await t.as(u().finance, { method: 'POST', url: '/api/v1/fund-accounts', payload: accountBody(t.tree.orgs.A.id) });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ACCOUNT_EXISTS', errors: [{ field: '/body/orgId' }] });

    const foreign = await t.as(u().bFinance, { method: 'POST', url: '/api/v1/fund-accounts', payload: accountBody(t.tree.orgs.A2.id) });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().errors).toEqual([{ field: '/body/orgId', message: 'Organisation not found' }]);

    for (const who of [u().aAuditor, u().approver, u().aAdmin]) {
      const res = await t.as(who, { method: 'POST', url: '/api/v1/fund-accounts', payload: accountBody(t.tree.orgs.A1.id) });
      expect(res.statusCode).toBe(403);
    }
    // the city's finance may open one for a county below it
    const b = await openAccount(t.tree.orgs.B.id, u().cFinance);
    expect(b.balanceFen).toBe(0);
    expect(await count('fund_accounts')).toBe(2);
    const audit = await queryRows<{ action: string }>(t.database.handle.db, sql`select action from audit_log where record_type = 'fund_account' order by id`);
    expect(audit.map((r) => r.action)).toEqual(['fund_account.create', 'fund_account.create']);
  });

  it('refuses bad input naming each field', async () => {
    const res = await t.as(u().finance, { method: 'POST', url: '/api/v1/fund-accounts', payload: { orgId: 'nope', name: 'x', bankName: '工行', accountNo: 'abc', openedOn: '2026-13-01', extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = (res.json().errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['/body/orgId', '/body/name', '/body/accountNo', '/body/openedOn']));
    expect(await count('fund_accounts')).toBe(0);
  });

  it('shows each account only inside the subtree: B cannot see A, the city sees both, the auditor reads', async () => {
    const a = await openAccount();
    const b = await openAccount(t.tree.orgs.B.id, u().bFinance);
    await received(a.id, appropriation(500_000_00));

    const mine = await t.as(u().bFinance, { method: 'GET', url: '/api/v1/fund-accounts' });
    expect(mine.json().items.map((x: { id: string }) => x.id)).toEqual([b.id]);
    for (const url of [`/api/v1/fund-accounts/${a.id}`, `/api/v1/fund-accounts/${a.id}/receipts`, `/api/v1/fund-accounts/${a.id}/budgets`, `/api/v1/fund-accounts/${a.id}/ledger`]) {
      const res = await t.as(u().bFinance, { method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
    }
    expect((await receive(a.id, appropriation(1), u().bFinance)).statusCode).toBe(404);

    const city = await t.as(u().cFinance, { method: 'GET', url: '/api/v1/fund-accounts' });
    expect(city.json().items.map((x: { id: string }) => x.id).sort()).toEqual([a.id, b.id].sort());

    const audited = await t.as(u().aAuditor, { method: 'GET', url: `/api/v1/fund-accounts/${a.id}` });
    expect(audited.statusCode).toBe(200);
    expect(audited.json()).toMatchObject({ balanceFen: 500_000_00, sources: [{ source: 'central_fiscal', balanceFen: 500_000_00 }] });
    const write = await receive(a.id, appropriation(1), u().aAuditor);
    expect(write.statusCode).toBe(403);
    expect((await t.as(u().operator, { method: 'GET', url: `/api/v1/fund-accounts/${a.id}` })).statusCode).toBe(403);
    expect((await t.as(u().aAdmin, { method: 'GET', url: '/api/v1/fund-accounts' })).statusCode).toBe(403);
    expect((await getAccount(a.id)).balanceFen).toBe(500_000_00);
  });
});

describe('receipts (收款)', () => {
  it('books appropriations, donations and interest into the bank and income ledgers by source', async () => {
    const a = await openAccount(t.tree.orgs.A.id, u().finance, '2025-01-01');
    const r1 = await received(a.id, appropriation(300_000_00));
    const r2 = await received(a.id, donation(20_000_00, 'JZ-2026-0001', { memo: '一日捐' }));
    await received(a.id, { source: 'interest', kind: 'interest', amountFen: 123_45, receivedOn: '2026-06-15' });
    await received(a.id, { source: 'union_funds', kind: 'appropriation', amountFen: 100_000_00, receivedOn: '2025-12-20', documentNo: '深工发〔2025〕8号' });

    const acc = await getAccount(a.id);
    expect(acc.balanceFen).toBe(420_123_45);
    expect(acc.sources).toEqual([
      { source: 'central_fiscal', balanceFen: 300_000_00 },
      { source: 'union_funds', balanceFen: 100_000_00 },
      { source: 'donation', balanceFen: 20_000_00 },
      { source: 'interest', balanceFen: 123_45 },
    ]);

    const txn = (await t.as(u().finance, { method: 'GET', url: `/api/v1/ledger-transactions/${r2.txnId}` })).json();
    expect(txn).toMatchObject({ kind: 'receipt', year: 2026, receiptId: r2.id, bankFen: 20_000_00, reversedById: null, createdBy: 'a_finance' });
    expect(txn.memo).toContain('JZ-2026-0001');
    expect(txn.lines).toEqual([
      { ledger: 'bank', source: 'donation', aidType: null, aidRecordId: null, amountFen: 20_000_00 },
      { ledger: 'income', source: 'donation', aidType: null, aidRecordId: null, amountFen: -20_000_00 },
    ]);
    // the receipt's year is that of the day received
    const old = await queryRows<{ year: number }>(t.database.handle.db, sql`select t.year from ledger_transactions t join fund_receipts r on r.txn_id = t.id where r.source = 'union_funds'`);
    expect(old.map((r) => Number(r.year))).toEqual([2025]);
    expect(r1.txnNo).toMatch(/^JZ2026-\d{7}$/);

    // list with filters and paging
    const list = async (q: string) => (await t.as(u().aAuditor, { method: 'GET', url: `/api/v1/fund-accounts/${a.id}/receipts?${q}` })).json();
    expect((await list('year=2026')).items.map((r: { receivedOn: string }) => r.receivedOn)).toEqual(['2026-06-15', '2026-04-01', '2026-03-02']);
    expect((await list('year=2025')).items).toHaveLength(1);
    expect((await list('kind=donation')).items).toMatchObject([{ receiptNo: 'JZ-2026-0001', donor: '深圳某科技有限公司', memo: '一日捐', amountFen: 20_000_00 }]);
    expect((await list('source=central_fiscal')).items).toMatchObject([{ documentNo: '财社〔2026〕12号', kind: 'appropriation' }]);
    const p1 = await list('limit=3');
    expect(p1.items).toHaveLength(3);
    const p2 = await list(`limit=3&cursor=${p1.nextCursor}`);
    expect(p2.items.map((r: { receivedOn: string }) => r.receivedOn)).toEqual(['2025-12-20']);
    expect(p2.nextCursor).toBeNull();
  });

  it('a donation needs its official receipt number and donor; numbers are unique per account', async () => {
    const a = await openAccount();
    const bare = await receive(a.id, { source: 'donation', kind: 'donation', amountFen: 1_000_00, receivedOn: '2026-04-01' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['/body/donor', '/body/receiptNo']);
    const blank = await receive(a.id, donation(1_000_00, '   '));
    expect(blank.json().errors).toMatchObject([{ field: '/body/receiptNo' }]);

    await received(a.id, donation(1_000_00, 'SJ-001'));
    const dup = await receive(a.id, donation(500_00, 'SJ-001', { donor: '另一位捐赠人' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'DUPLICATE_RECEIPT_NO', errors: [{ field: '/body/receiptNo' }] });
    // another account may use the same number
    const b = await openAccount(t.tree.orgs.B.id, u().bFinance);
    expect((await receive(b.id, donation(500_00, 'SJ-001'), u().bFinance)).statusCode).toBe(201);

    expect((await getAccount(a.id)).balanceFen).toBe(1_000_00);
    expect(await count('fund_receipts')).toBe(2);
    expect(await count('ledger_transactions')).toBe(2);
  });

  it('ties kind to source and papers, refuses zero, future dates and closed years, and writes nothing then', async () => {
    const a = await openAccount();
    const cases: [object, number, string, string][] = [
      [appropriation(1_00, { documentNo: undefined }), 400, 'VALIDATION_FAILED', '/body/documentNo'],
      [appropriation(1_00, { source: 'donation' }), 400, 'VALIDATION_FAILED', '/body/source'],
      [{ source: 'union_funds', kind: 'interest', amountFen: 1_00, receivedOn: '2026-06-01' }, 400, 'VALIDATION_FAILED', '/body/source'],
      [{ source: 'interest', kind: 'other', amountFen: 1_00, receivedOn: '2026-06-01' }, 400, 'VALIDATION_FAILED', '/body/source'],
      [donation(1_00, 'X1', { source: 'other' }), 400, 'VALIDATION_FAILED', '/body/source'],
      [appropriation(0), 400, 'VALIDATION_FAILED', '/body/amountFen'],
      [appropriation(1.5), 400, 'VALIDATION_FAILED', '/body/amountFen'],
      [appropriation(1_00, { source: 'lottery' }), 400, 'VALIDATION_FAILED', '/body/source'],
      [appropriation(1_00, { receivedOn: '2026-06-16' }), 422, 'DATE_IN_FUTURE', '/body/receivedOn'],
      [appropriation(1_00, { receivedOn: '2025-12-31' }), 422, 'BEFORE_ACCOUNT_OPENED', '/body/receivedOn'],
    ];
    for (const [payload, status, code, field] of cases) {
      const res = await receive(a.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().code).toBe(code);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    await received(a.id, appropriation(5_00, { receivedOn: '2026-01-10' }));
    await closeYear(a.id, 2026);
    const closed = await receive(a.id, appropriation(1_00));
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'YEAR_CLOSED', errors: [{ field: '/body/receivedOn' }] });
    expect(await count('fund_receipts')).toBe(1);
    expect(await count('ledger_transactions')).toBe(1);
    expect((await getAccount(a.id)).closedYears).toEqual([2026]);
  });
});

describe('budgets (年度预算)', () => {
  it('sets budget lines per source and aid type, shows their use after payments and reversals, and audits each change', async () => {
    const a = await openAccount();
    await received(a.id, appropriation(300_000_00));
    await received(a.id, { source: 'union_funds', kind: 'appropriation', amountFen: 200_000_00, receivedOn: '2026-02-01', documentNo: '深工发〔2026〕1号' });
    const put = (payload: object, who = u().finance) => t.as(who, { method: 'PUT', url: `/api/v1/fund-accounts/${a.id}/budgets`, payload });

    const empty = (await t.as(u().finance, { method: 'GET', url: `/api/v1/fund-accounts/${a.id}/budgets` })).json();
    expect(empty).toEqual({ accountId: a.id, year: 2026, inForce: false, lines: [], totals: [] });

    expect((await put({ year: 2026, source: 'central_fiscal', aidType: 'living', amountFen: 100_000_00 })).statusCode).toBe(200);
    expect((await put({ year: 2026, source: 'central_fiscal', aidType: 'medical', amountFen: 50_000_00 })).statusCode).toBe(200);
    await put({ year: 2026, source: 'union_funds', aidType: 'any', amountFen: 80_000_00 });
    await put({ year: 2026, source: 'central_fiscal', aidType: 'living', amountFen: 120_000_00 }); // replaces

    await payDirect(a.id, 'central_fiscal', 'living', 30_000_00);
    const medical = await payDirect(a.id, 'central_fiscal', 'medical', 10_000_00);
    await payDirect(a.id, 'union_funds', 'education', 5_000_00);
    await payDirect(a.id, 'union_funds', 'living', 3_000_00);
    await payDirect(a.id, 'union_funds', 'living', 9_999_00, 2025); // another year: not counted
    const rev = await t.database.handle.db.transaction(async (tx) => {
      await lockAccount(tx, a.id);
      return reverse(tx, medical.id, { year: 2026, memo: '退回', at: time.clock(), actor: { id: null, name: 'test' } });
    });
    expect(rev.txnNo).toBeTruthy();

    const res = await t.as(u().aAuditor, { method: 'GET', url: `/api/v1/fund-accounts/${a.id}/budgets?year=2026` });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.inForce).toBe(true);
    expect(report.lines.map((l: Record<string, unknown>) => [l.source, l.aidType, l.budgetFen, l.usedFen, l.remainingFen, l.percentage])).toEqual([
      ['central_fiscal', 'living', 120_000_00, 30_000_00, 90_000_00, 25],
      ['central_fiscal', 'medical', 50_000_00, 0, 50_000_00, 0],
      ['union_funds', 'any', 80_000_00, 8_000_00, 72_000_00, 10],
    ]);
    expect(report.totals).toEqual([
      { source: 'central_fiscal', budgetFen: 170_000_00, usedFen: 30_000_00, remainingFen: 140_000_00, percentage: 17.6 },
      { source: 'union_funds', budgetFen: 80_000_00, usedFen: 8_000_00, remainingFen: 72_000_00, percentage: 10 },
    ]);

    const audits = await queryRows<{ action: string; before: unknown; after: unknown }>(t.database.handle.db, sql`select action, before, after from audit_log where record_type = 'fund_budget' order by id`);
    expect(audits).toHaveLength(4);
    expect(audits[3]).toMatchObject({ action: 'fund_budget.put', before: { amountFen: 100_000_00 }, after: { amountFen: 120_000_00 } });
    expect(audits[0]!.before).toBeNull();

    // delete one line
    const line = report.lines.find((l: { aidType: string }) => l.aidType === 'medical');
    const del = await t.as(u().finance, { method: 'DELETE', url: `/api/v1/fund-accounts/${a.id}/budgets/${line.id}` });
    expect(del.statusCode).toBe(200);
    expect(del.json().lines).toHaveLength(2);
    expect((await t.as(u().finance, { method: 'DELETE', url: `/api/v1/fund-accounts/${a.id}/budgets/${line.id}` })).statusCode).toBe(404);
    const lastAudit = await queryRows<{ action: string; before: { amountFen: number } }>(t.database.handle.db, sql`select action, before from audit_log where record_type = 'fund_budget' order by id desc limit 1`);
    expect(lastAudit[0]).toMatchObject({ action: 'fund_budget.delete', before: { amountFen: 50_000_00, aidType: 'medical' } });
  });

  it('refuses writes by the auditor, bad input, other subtrees and closed years', async () => {
    const a = await openAccount();
    const put = (payload: object, who = u().finance, id = a.id) => t.as(who, { method: 'PUT', url: `/api/v1/fund-accounts/${id}/budgets`, payload });
    const good = { year: 2026, source: 'donation', aidType: 'any', amountFen: 1_00 };
    expect((await put(good, u().aAuditor)).statusCode).toBe(403);
    expect((await put(good, u().bFinance)).statusCode).toBe(404);
    const bad = await put({ year: 1999, source: 'donation', aidType: 'everything', amountFen: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['/body/year', '/body/aidType', '/body/amountFen']));
    await closeYear(a.id, 2025);
    const closed = await put({ ...good, year: 2025 });
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'YEAR_CLOSED', errors: [{ field: '/body/year' }] });
    expect(await count('fund_budgets')).toBe(0);
  });
});

describe('the ledger (账簿) and reversals (红字冲销)', () => {
  it('lists transactions with their lines, filtered and keyset-paged', async () => {
    const a = await openAccount();
    await received(a.id, appropriation(100_000_00));
    time.advance(60_000);
    await received(a.id, donation(10_000_00, 'D-1'));
    time.advance(60_000);
    await payDirect(a.id, 'central_fiscal', 'medical', 2_000_00);
    time.advance(60_000);
    await payDirect(a.id, 'donation', 'education', 3_000_00);
    const list = async (q = '') => {
      const res = await t.as(u().committee, { method: 'GET', url: `/api/v1/fund-accounts/${a.id}/ledger?${q}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const all = await list();
    expect(all.items.map((x: { kind: string; bankFen: number }) => [x.kind, x.bankFen])).toEqual([
      ['payment', -3_000_00],
      ['payment', -2_000_00],
      ['receipt', 10_000_00],
      ['receipt', 100_000_00],
    ]);
    expect(all.items[0].lines).toEqual([
      { ledger: 'expense', source: 'donation', aidType: 'education', aidRecordId: null, amountFen: 3_000_00 },
      { ledger: 'bank', source: 'donation', aidType: null, aidRecordId: null, amountFen: -3_000_00 },
    ]);
    expect((await list('kind=receipt')).items).toHaveLength(2);
    expect((await list('source=donation')).items.map((x: { bankFen: number }) => x.bankFen)).toEqual([-3_000_00, 10_000_00]);
    expect((await list('aidType=medical')).items).toHaveLength(1);
    expect((await list('q=D-1')).items).toMatchObject([{ kind: 'receipt', bankFen: 10_000_00 }]);
    expect((await list(`q=${all.items[3].txnNo}`)).items).toHaveLength(1);
    expect((await list('q=%25')).items).toHaveLength(0);
    expect((await list('year=2025')).items).toHaveLength(0);
    expect((await list('from=2026-06-15&to=2026-06-15')).items).toHaveLength(4);
    expect((await list('from=2026-06-16')).items).toHaveLength(0);
    expect((await list('to=2026-06-14')).items).toHaveLength(0);
    const p1 = await list('limit=3');
    const p2 = await list(`limit=3&cursor=${p1.nextCursor}`);
    expect([...p1.items, ...p2.items].map((x: { id: string }) => x.id)).toEqual(all.items.map((x: { id: string }) => x.id));
    expect(p2.nextCursor).toBeNull();
    const bad = await t.as(u().finance, { method: 'GET', url: `/api/v1/fund-accounts/${a.id}/ledger?cursor=xyz&kind=gift` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('/querystring/kind');
  });

  it('lists a batch payment of many households with its lines summed; the transaction itself has every line', async () => {
    const a = await openAccount();
    await received(a.id, donation(1_000_000_00, 'D-2'));
    const lines = Array.from({ length: 120 }, (_, i) => ({ ledger: 'expense' as const, source: 'donation' as const, aidType: i % 2 ? 'sending_warmth' : 'education', amountFen: 300_00 }));
    const batch = await t.database.handle.db.transaction(async (tx) => {
      await lockAccount(tx, a.id);
      return post(tx, { accountId: a.id, year: 2026, kind: 'batch_payment', memo: '送温暖 批量支付', at: time.clock(), actor: { id: null, name: 'test' }, lines: [...lines, { ledger: 'bank', source: 'donation', amountFen: -36_000_00 }] });
    });
    const listed = (await t.as(u().finance, { method: 'GET', url: `/api/v1/fund-accounts/${a.id}/ledger?kind=batch_payment` })).json().items[0];
    expect(listed).toMatchObject({ id: batch.id, lineCount: 121, linesSummarised: true, bankFen: -36_000_00 });
    expect(listed.lines).toEqual([
      { ledger: 'expense', source: 'donation', aidType: 'education', aidRecordId: null, amountFen: 18_000_00 },
      { ledger: 'expense', source: 'donation', aidType: 'sending_warmth', aidRecordId: null, amountFen: 18_000_00 },
      { ledger: 'bank', source: 'donation', aidType: null, aidRecordId: null, amountFen: -36_000_00 },
    ]);
    const one = (await t.as(u().finance, { method: 'GET', url: `/api/v1/ledger-transactions/${batch.id}` })).json();
    expect(one).toMatchObject({ lineCount: 121, linesSummarised: false });
    expect(one.lines).toHaveLength(121);
  });

  it('reverses a receipt into the current year once; the receipt shows it; the auditor cannot', async () => {
    const a = await openAccount(t.tree.orgs.A.id, u().finance, '2025-01-01');
    const r = await received(a.id, donation(10_000_00, 'D-9', { receivedOn: '2025-12-30' }));
    await closeYear(a.id, 2025);
    const url = `/api/v1/ledger-transactions/${r.txnId}/reverse`;
    expect((await t.as(u().aAuditor, { method: 'POST', url, payload: { reason: '收据作废' } })).statusCode).toBe(403);
    expect((await t.as(u().bFinance, { method: 'POST', url, payload: { reason: '收据作废' } })).statusCode).toBe(404);
    const short = await t.as(u().finance, { method: 'POST', url, payload: { reason: 'x' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('/body/reason');

    const res = await t.as(u().finance, { method: 'POST', url, payload: { reason: '收据作废，重开' } });
    expect(res.statusCode, res.body).toBe(201);
    const rev = res.json();
    expect(rev).toMatchObject({ kind: 'reversal', year: 2026, reversesId: r.txnId, receiptId: r.id, bankFen: -10_000_00 });
    expect(rev.memo).toContain('收据作废，重开');
    expect(rev.lines.map((l: { ledger: string; amountFen: number }) => [l.ledger, l.amountFen])).toEqual([['bank', -10_000_00], ['income', 10_000_00]]);
    expect((await getAccount(a.id)).balanceFen).toBe(0);
    const orig = (await t.as(u().finance, { method: 'GET', url: `/api/v1/ledger-transactions/${r.txnId}` })).json();
    expect(orig.reversedById).toBe(rev.id);
    const receipts = (await t.as(u().finance, { method: 'GET', url: `/api/v1/fund-accounts/${a.id}/receipts` })).json();
    expect(receipts.items[0].reversedById).toBe(rev.id);

    const again = await t.as(u().finance, { method: 'POST', url, payload: { reason: '再冲一次' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ALREADY_REVERSED');
    const ofReversal = await t.as(u().finance, { method: 'POST', url: `/api/v1/ledger-transactions/${rev.id}/reverse`, payload: { reason: '冲销冲销' } });
    expect(ofReversal.statusCode).toBe(422);
    expect(ofReversal.json().code).toBe('REVERSAL_OF_REVERSAL');
    const audits = await queryRows<{ action: string }>(t.database.handle.db, sql`select action from audit_log where action = 'ledger.reverse'`);
    expect(audits).toHaveLength(1);
  });

  it('refuses to reverse a receipt the balance no longer covers, into a closed current year, or a booked payment', async () => {
    const a = await openAccount();
    const r = await received(a.id, appropriation(10_000_00));
    await received(a.id, donation(50_000_00, 'D-1'));
    await payDirect(a.id, 'central_fiscal', 'living', 4_000_00);
    const url = `/api/v1/ledger-transactions/${r.txnId}/reverse`;
    const short = await t.as(u().finance, { method: 'POST', url, payload: { reason: '拨款退回' } });
    expect(short.statusCode).toBe(409);
    expect(short.json()).toMatchObject({ code: 'INSUFFICIENT_FUNDS', detail: expect.stringMatching(/central_fiscal, which holds 6000\.00 yuan/) });
    expect((await getAccount(a.id)).balanceFen).toBe(56_000_00);

    // a payment the payment flow booked (a payments row points at it) is reversed there, not here
    const created = await t.as(u().operator, {
      method: 'POST',
      url: '/api/v1/applications',
      payload: { kind: 'temporary_aid', aidType: 'temporary', amountFen: 1_000_00, orgId: t.tree.orgs.A1.id, reason: '突发火灾', applicant: { name: '刘大勇', gender: 'male', idNumber: makeId('440305', '19760808', 333) } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const db = t.database.handle.db;
    const [record] = await queryRows<{ id: string }>(db, sql`insert into aid_records (application_id, org_id, aid_type, amount_fen, year, status) values (${created.json().id}, ${t.tree.orgs.A1.id}, 'temporary', 100000, 2026, 'booked') returning id`);
    const paid = await payDirect(a.id, 'donation', 'temporary', 1_000_00);
    await db.execute(sql`insert into payments (payment_no, aid_record_id, account_id, org_id, method, status, amount_fen, source, payee_name, txn_id, created_by_name)
      values ('ZF2026-0000001', ${record!.id}, ${a.id}, ${t.tree.orgs.A.id}, 'cash', 'booked', 100000, 'donation', '刘大勇', ${paid.id}, 'test')`);
    const viaFlow = await t.as(u().finance, { method: 'POST', url: `/api/v1/ledger-transactions/${paid.id}/reverse`, payload: { reason: '退款' } });
    expect(viaFlow.statusCode).toBe(409);
    expect(viaFlow.json().code).toBe('USE_PAYMENT_FLOW');

    // a stray payment with no payment row may be reversed here; not once the current year is closed
    const stray = await payDirect(a.id, 'central_fiscal', 'living', 1_000_00);
    await closeYear(a.id, 2026);
    const closed = await t.as(u().finance, { method: 'POST', url: `/api/v1/ledger-transactions/${stray.id}/reverse`, payload: { reason: '误记' } });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('YEAR_CLOSED');
    time.set(new Date('2027-01-05T04:00:00Z'));
    const next = await t.as(u().finance, { method: 'POST', url: `/api/v1/ledger-transactions/${stray.id}/reverse`, payload: { reason: '误记' } });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({ year: 2027, bankFen: 1_000_00 });
    expect((await getAccount(a.id)).balanceFen).toBe(55_000_00);
    expect(await count('ledger_transactions')).toBe(6);
  });
});
