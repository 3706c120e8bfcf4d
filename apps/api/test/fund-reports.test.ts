import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { localDay } from '../src/lib/dates';
import { testClock, useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { bankResult, payByBank, payCash, receipt, specialAccount } from './helpers/fund-activity';
import { approvedAids } from './helpers/payments';

const time = testClock(new Date('2026-03-02T02:00:00Z'));
const t = useTestApp({ clock: time.clock });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const get = (url: string, who = t.tree.users.finance) => t.as(who, { method: 'GET', url });
const ok = async (url: string, who = t.tree.users.finance) => {
  const res = await get(url, who);
  expect(res.statusCode, res.body).toBe(200);
  return res;
};

async function workbook(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  return wb;
}
const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);
const allText = (wb: ExcelJS.Workbook) => {
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value)))));
  return out.join('\n');
};

/**
 * A year of activity in A's special account: three receipts (appropriation, donation, interest), a budget,
 * and payments: cash, a bank transfer paid, one failed (reversed), one still waiting for the bank.
 */
async function yearOfActivity() {
  time.set(new Date('2026-03-02T02:00:00Z'));
  const account = await specialAccount(t);
  for (const [aidType, amountFen] of [['living', 500_000], ['any', 1_000_000]] as const) {
    const res = await t.as(t.tree.users.finance, { method: 'PUT', url: `/api/v1/fund-accounts/${account.id}/budgets`, payload: { year: 2026, source: 'union_funds', aidType, amountFen } });
    expect(res.statusCode, res.body).toBe(200);
  }
  await receipt(t, account.id, { source: 'union_funds', kind: 'appropriation', amountFen: 10_000_000, receivedOn: '2026-03-01' });
  await receipt(t, account.id, { source: 'donation', kind: 'donation', amountFen: 500_000, receivedOn: '2026-03-01', receiptNo: 'JZ-0001', donor: '某某爱心企业' });
  await receipt(t, account.id, { source: 'interest', kind: 'interest', amountFen: 1_234, receivedOn: '2026-03-02' });
  const [living, temp, education, failing, waiting, unpaid] = await approvedAids(t, time, [
    { amountFen: 300_000 },
    { fileId: 'none', amountFen: 150_000, applicantName: '欧阳小明' },
    { aidType: 'education', amountFen: 200_000 },
    { amountFen: 100_000 },
    { amountFen: 80_000 },
    { amountFen: 12_345 },
  ]);
  await payCash(t, account.id, living!.aidRecordId);
  const pt = await payByBank(t, account.id, temp!.aidRecordId, { bankName: '中国建设银行', bankCard: '6217 0000 1111 2222 333' });
  await payCash(t, account.id, education!.aidRecordId);
  const pf = await payByBank(t, account.id, failing!.aidRecordId);
  const pw = await payByBank(t, account.id, waiting!.aidRecordId);
  await bankResult(t, pt.id, 'paid');
  await bankResult(t, pf.id, 'failed');
  return { account, waiting: pw, unpaid: unpaid! };
}

describe('the annual fund report (帮扶资金年度报表)', () => {
  it('shows in and out by source and aid type net of reversals, budgets and their use, per-household totals; the XLSX carries the same figures', async () => {
    const { account } = await yearOfActivity();
    const res = await ok(`/api/v1/fund-accounts/${account.id}/reports/annual?year=2026`);
    const r = res.json();
    expect(r).toMatchObject({
      account: { id: account.id, orgName: '甲区总工会', name: '帮扶资金专户' },
      year: 2026,
      state: 'open',
      openingBalanceFen: 0,
      inFen: 10_501_234,
      outFen: 730_000,
      closingBalanceFen: 9_771_234,
      priorYearCorrectionsFen: 0,
    });
    expect(r.sources).toEqual([
      { source: 'donation', openingFen: 0, inFen: 500_000, outFen: 0, closingFen: 500_000 },
      { source: 'interest', openingFen: 0, inFen: 1_234, outFen: 0, closingFen: 1_234 },
      { source: 'union_funds', openingFen: 0, inFen: 10_000_000, outFen: 730_000, closingFen: 9_270_000 },
    ]);
    expect(r.income).toEqual([
      { source: 'donation', kind: 'donation', amountFen: 500_000, receiptCount: 1 },
      { source: 'interest', kind: 'interest', amountFen: 1_234, receiptCount: 1 },
      { source: 'union_funds', kind: 'appropriation', amountFen: 10_000_000, receiptCount: 1 },
    ]);
    // the failed transfer and its reversal cancel out: 100,000 fen is not spent, its record not counted
    expect(r.expense).toEqual([
      { source: 'union_funds', aidType: 'education', amountFen: 200_000, recordCount: 1 },
      { source: 'union_funds', aidType: 'living', amountFen: 380_000, recordCount: 2 },
      { source: 'union_funds', aidType: 'temporary', amountFen: 150_000, recordCount: 1 },
    ]);
    expect(r.budgets).toEqual([
      { source: 'union_funds', aidType: 'any', budgetFen: 1_000_000, usedFen: 730_000, remainingFen: 270_000 },
      { source: 'union_funds', aidType: 'living', budgetFen: 500_000, usedFen: 380_000, remainingFen: 120_000 },
    ]);
    expect(r.households.map((h: { maskedName: string; fileNo: string | null; orgName: string; aidTypes: string[]; amountFen: number; recordCount: number }) => [h.maskedName, h.fileNo === null, h.orgName, h.aidTypes, h.amountFen, h.recordCount])).toEqual([
      ['张*', false, '甲一公司工会', ['living'], 300_000, 1],
      ['张*', false, '甲一公司工会', ['education'], 200_000, 1],
      ['张*', false, '甲一公司工会', ['living'], 80_000, 1],
      ['欧**明', true, '甲一公司工会', ['temporary'], 150_000, 1],
    ]);
    expect(JSON.stringify(r)).not.toMatch(/张三|欧阳小明|6222021234567890123/);

    const file = await ok(`/api/v1/fund-accounts/${account.id}/reports/annual?year=2026&format=xlsx`, t.tree.users.aAuditor);
    expect(file.headers['content-type']).toBe(XLSX);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="fund-annual-report-2026.xlsx"; filename*=UTF-8''${encodeURIComponent('帮扶资金年度报表-甲区总工会-2026.xlsx')}`);
    const wb = await workbook(file.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概况', '资金来源', '收入明细', '支出明细', '预算执行', '受助户明细']);
    const summary = wb.getWorksheet('概况')!;
    expect(summary.getCell('A1').value).toBe('甲区总工会2026年度帮扶资金年度报表');
    expect(String(summary.getCell('A2').value)).toMatch(/单位：甲区总工会.*年度：2026　未结账　生成时间：2026-03-\d\d \d\d:\d\d　金额单位：元/);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(values(summary, 3)).toEqual(['项目', '金额（元）', '说明']);
    expect(values(summary, 4).slice(0, 2)).toEqual(['期初余额', 0]);
    expect(values(summary, 5).slice(0, 2)).toEqual(['本年收入', 105_012.34]);
    expect(values(summary, 6).slice(0, 2)).toEqual(['本年支出', 7_300]);
    expect(values(summary, 7).slice(0, 2)).toEqual(['期末余额', 97_712.34]);
    expect(summary.getCell('B7').numFmt).toBe('#,##0.00');
    expect(summary.getColumn(1).width).toBe(30);

    const sources = wb.getWorksheet('资金来源')!;
    expect(values(sources, 3)).toEqual(['资金来源', '期初余额', '本年收入', '本年支出', '期末余额']);
    expect(values(sources, 6)).toEqual(['工会经费', 0, 100_000, 7_300, 92_700]);
    expect(values(sources, 7)).toEqual(['合计', 0, 105_012.34, 7_300, 97_712.34]);
    expect(values(wb.getWorksheet('收入明细')!, 4)).toEqual(['社会捐助', '捐赠', 5_000, 1]);
    expect(values(wb.getWorksheet('支出明细')!, 5)).toEqual(['工会经费', '生活救助', 3_800, 2]);
    expect(values(wb.getWorksheet('支出明细')!, 7)).toEqual(['合计', '', 7_300, 4]);
    expect(values(wb.getWorksheet('预算执行')!, 4)).toEqual(['工会经费', '全部类型', 10_000, 7_300, 2_700, 0.73]);
    const hh = wb.getWorksheet('受助户明细')!;
    expect(hh.rowCount).toBe(3 + 4 + 1);
    expect(values(hh, 7)).toEqual(['（无档案）', '欧**明', '甲一公司工会', '临时救助', 1_500, 1]);
    expect(values(hh, 8)).toEqual(['合计', '4 户', '', '', 7_300, 4]);
    expect(hh.getCell('E8').numFmt).toBe('#,##0.00');
    expect(allText(wb)).not.toMatch(/张三|欧阳小明|6222021234567890123/);

    // the export is on the record
    const [exported] = await queryRows<{ actor_name: string; after: { report: string } }>(t.database.handle.db, sql`select actor_name, after from audit_log where action = 'fund.report_export'`);
    expect(exported).toMatchObject({ actor_name: 'a_auditor', after: { report: 'annual', year: 2026 } });
  });

  it('asks for a year and a known format, and stays in the caller’s subtree', async () => {
    const account = await specialAccount(t);
    const url = `/api/v1/fund-accounts/${account.id}/reports/annual`;
    expect((await get(url)).json()).toMatchObject({ status: 400, errors: [{ field: '/querystring/year' }] });
    expect((await get(`${url}?year=2026&format=pdf`)).json()).toMatchObject({ status: 400, errors: [{ field: '/querystring/format' }] });
    for (const who of [t.tree.users.bFinance, t.tree.users.bAuditor]) {
      expect((await get(`${url}?year=2026`, who)).json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect((await get(`${url}?year=2026&format=xlsx`, who)).statusCode).toBe(404);
      expect((await get(`/api/v1/fund-accounts/${account.id}/reports/reconciliation`, who)).statusCode).toBe(404);
    }
    // above A, the city sees it; the fund committee reads it; the admin has no fund access
    expect((await ok(`${url}?year=2026`, t.tree.users.cFinance)).json().closingBalanceFen).toBe(0);
    await ok(`${url}?year=2026`, t.tree.users.committee);
    expect((await get(`${url}?year=2026`, t.tree.users.aAdmin)).statusCode).toBe(403);
  });
});

describe('the reconciliation statement (对账单)', () => {
  it('agrees account, ledger and documents; lists the payments awaiting the bank; shows a payment without its ledger entry and a balance that drifted', async () => {
    const { account, waiting, unpaid } = await yearOfActivity();
    const url = `/api/v1/fund-accounts/${account.id}/reports/reconciliation`;
    const r = (await ok(url, t.tree.users.aAuditor)).json();
    expect(r).toMatchObject({ year: null, asOf: localDay(time.clock()), accountBasis: 'current', balanced: true, counts: { receipts: 3, reversedReceipts: 0, payments: 4 } });
    expect(r.total).toEqual({
      source: 'total', accountFen: 9_771_234, ledgerFen: 9_771_234, documentsFen: 9_771_234, receiptsFen: 10_501_234, reversedReceiptsFen: 0, paymentsFen: 730_000, accountDifferenceFen: 0, documentsDifferenceFen: 0, balanced: true,
    });
    expect(r.sources.map((s: { source: string; accountFen: number; balanced: boolean }) => [s.source, s.accountFen, s.balanced])).toEqual([
      ['donation', 500_000, true],
      ['interest', 1_234, true],
      ['union_funds', 9_270_000, true],
    ]);
    expect(r.openPayments).toEqual({
      count: 1,
      totalFen: 80_000,
      items: [{ id: waiting.id, paymentNo: waiting.paymentNo, method: 'bank_transfer', status: 'booked', amountFen: 80_000, source: 'union_funds', maskedPayee: '张*', bankBatchNo: null, bookedAt: expect.any(String) }],
    });

    // a payment row that never reached the ledger
    const db = t.database.handle.db;
    await db.execute(sql`insert into payments (payment_no, aid_record_id, account_id, org_id, method, status, amount_fen, source, payee_name, txn_id, created_by_name, created_at, updated_at)
      values ('ZF-NOLEDGER', ${unpaid.aidRecordId}, ${account.id}, ${t.tree.orgs.A1.id}, 'cash', 'paid', 12345, 'union_funds', '王五', gen_random_uuid(), 'x', now(), now())`);
    const off = (await ok(url)).json();
    expect(off.balanced).toBe(false);
    expect(off.total).toMatchObject({ ledgerFen: 9_771_234, documentsFen: 9_758_889, paymentsFen: 742_345, documentsDifferenceFen: -12_345, accountDifferenceFen: 0, balanced: false });
    expect(off.sources.find((s: { source: string }) => s.source === 'union_funds')).toMatchObject({ documentsDifferenceFen: -12_345, balanced: false });
    expect(off.sources.find((s: { source: string }) => s.source === 'donation')).toMatchObject({ balanced: true });

    // the account's balance moved behind the ledger's back
    await db.execute(sql`update fund_accounts set balance_fen = balance_fen + 100 where id = ${account.id}`);
    const drift = (await ok(url)).json();
    expect(drift.total).toMatchObject({ accountFen: 9_771_334, ledgerFen: 9_771_234, accountDifferenceFen: -100 });

    const file = await ok(`${url}?format=xlsx`);
    expect(file.headers['content-type']).toBe(XLSX);
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`帮扶资金对账单-甲区总工会-${localDay(time.clock())}.xlsx`)}`);
    const wb = await workbook(file.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['对账汇总', '在途支付']);
    const sheet = wb.getWorksheet('对账汇总')!;
    expect(String(sheet.getCell('A2').value)).toContain('结论：不平衡');
    expect(values(sheet, 3)).toEqual(['资金来源', '账户余额', '账簿余额', '单据余额', '收款', '已冲销收款', '支付（已登记/已导出/已付）', '差额：账簿−账户', '差额：单据−账簿', '是否平衡']);
    expect(values(sheet, 6)).toEqual(['工会经费', 92_700, 92_700, 92_576.55, 100_000, 0, 7_423.45, 0, -123.45, '不平衡']);
    expect(values(sheet, 7)).toEqual(['合计', 97_713.34, 97_712.34, 97_588.89, 105_012.34, 0, 7_423.45, -1, -123.45, '不平衡']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const open = wb.getWorksheet('在途支付')!;
    expect(values(open, 4)).toEqual([waiting.paymentNo, '银行代发', '已登记', '工会经费', '张*', '', 800, expect.stringMatching(/^2026-03-\d\d \d\d:\d\d$/)]);
  });

  it('for a closed year, compares with its recorded closing balance; a reversed receipt leaves the documents', async () => {
    time.set(new Date('2026-06-01T02:00:00Z'));
    const account = await specialAccount(t);
    await receipt(t, account.id, { source: 'union_funds', kind: 'appropriation', amountFen: 1_000_000, receivedOn: '2026-05-01' });
    const gift = await receipt(t, account.id, { source: 'donation', kind: 'donation', amountFen: 30_000, receivedOn: '2026-05-02', receiptNo: 'JZ-9' });
    time.set(new Date('2027-01-10T02:00:00Z'));
    expect((await t.as(t.tree.users.finance, { method: 'POST', url: `/api/v1/fund-accounts/${account.id}/years/2026/close` })).statusCode).toBe(200);
    await receipt(t, account.id, { source: 'union_funds', kind: 'appropriation', amountFen: 200_000, receivedOn: '2027-01-05' });
    const rev = await t.as(t.tree.users.finance, { method: 'POST', url: `/api/v1/ledger-transactions/${gift.txnId}/reverse`, payload: { reason: '收据作废' } });
    expect(rev.statusCode, rev.body).toBe(201);

    const url = `/api/v1/fund-accounts/${account.id}/reports/reconciliation`;
    const y2026 = (await ok(`${url}?year=2026`)).json();
    expect(y2026).toMatchObject({ year: 2026, asOf: '2026-12-31', accountBasis: 'closing', balanced: true, counts: { receipts: 2, reversedReceipts: 0 } });
    expect(y2026.total).toMatchObject({ accountFen: 1_030_000, ledgerFen: 1_030_000, documentsFen: 1_030_000 });
    const now = (await ok(url)).json();
    expect(now).toMatchObject({ year: null, asOf: '2027-01-10', accountBasis: 'current', balanced: true, counts: { receipts: 3, reversedReceipts: 1 } });
    expect(now.total).toMatchObject({ accountFen: 1_200_000, ledgerFen: 1_200_000, receiptsFen: 1_230_000, reversedReceiptsFen: 30_000, documentsFen: 1_200_000 });
    expect(now.sources.find((s: { source: string }) => s.source === 'donation')).toMatchObject({ accountFen: 0, ledgerFen: 0, documentsFen: 0, balanced: true });
    // an open past year has no recorded balance to compare with
    const y2025 = (await ok(`${url}?year=2025`)).json();
    expect(y2025).toMatchObject({ accountBasis: 'none', balanced: true, total: { accountFen: null, accountDifferenceFen: null, ledgerFen: 0 } });
  });
});
