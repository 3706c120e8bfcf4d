import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fundBudgets } from '../src/db/schema/index';
import { testClock, useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { multipartFile, tinyPdf, tinyPng } from './helpers/multipart';
import { approvedAids, balanceOf, fundedAccount } from './helpers/payments';
import { expectPass } from './helpers/workflow';

// Early in a year, so the notice windows the helpers wait out stay inside 2026.
const time = testClock(new Date('2026-03-02T02:00:00Z'));
const t = useTestApp({ clock: time.clock });

const pay = (payload: object, who = t.tree.users.finance) => t.as(who, { method: 'POST', url: '/api/v1/payments', payload });
const get = (url: string, who = t.tree.users.finance) => t.as(who, { method: 'GET', url });
const post = (url: string, payload: object | undefined, who = t.tree.users.finance) => t.as(who, { method: 'POST', url, ...(payload ? { payload } : {}) });

async function expectPaid(payload: object, who = t.tree.users.finance) {
  const res = await pay(payload, who);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function voucher(content = tinyPdf(), name = '签收单.pdf') {
  const res = await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/payment-vouchers', ...multipartFile(name, content) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const application = async (id: string) => (await get(`/api/v1/applications/${id}`, t.tree.users.approver)).json();
const aidStatus = async (id: string) => (await queryRows<{ status: string }>(t.database.handle.db, sql`select status from aid_records where id = ${id}`))[0]!.status;
const count = async (table: string) => Number((await queryRows<{ n: string }>(t.database.handle.db, sql.raw(`select count(*) as n from ${table}`)))[0]!.n);

describe('the payment queue', () => {
  it('lists approved aid records in scope with masked payee, org, card on file; filters and pages', async () => {
    const [withCard, noFile] = await approvedAids(t, time, [{ amountFen: 300_000 }, { fileId: 'none', amountFen: 150_000, applicantName: '欧阳小明' }]);
    const page = await get('/api/v1/payment-queue');
    expect(page.statusCode, page.body).toBe(200);
    const items = page.json().items;
    expect(items).toHaveLength(2);
    const byId = (id: string) => items.find((i: { aidRecordId: string }) => i.aidRecordId === id);
    expect(byId(withCard!.aidRecordId)).toMatchObject({
      aidRecordId: withCard!.aidRecordId,
      applicationNo: expect.stringMatching(/^SQ/),
      payeeName: '张*',
      orgName: '甲一公司工会',
      aidType: 'living',
      amountFen: 300_000,
      year: 2026,
      status: 'approved',
      failureReason: null,
      hasBankCard: true,
      bankName: '中国工商银行',
      bankCardMasked: '**** **** **** 0123',
    });
    expect(byId(noFile!.aidRecordId)).toMatchObject({ aidRecordId: noFile!.aidRecordId, payeeName: '欧**明', fileId: null, aidType: 'temporary', hasBankCard: false, bankCardMasked: null });
    expect(JSON.stringify(items)).not.toContain('6222021234567890123');

    expect((await get('/api/v1/payment-queue?aidType=temporary')).json().items.map((i: { aidRecordId: string }) => i.aidRecordId)).toEqual([noFile!.aidRecordId]);
    expect((await get(`/api/v1/payment-queue?orgId=${t.tree.orgs.A2.id}`)).json().items).toEqual([]);
    expect((await get(`/api/v1/payment-queue?orgId=${t.tree.orgs.A1.id}&status=approved`)).json().items).toHaveLength(2);
    expect((await get('/api/v1/payment-queue?status=failed')).json().items).toEqual([]);
    // what one special account may pay: its union and the unions below it
    const atA1 = await fundedAccount(t, t.tree.orgs.A1.id, 0);
    const atA2 = await fundedAccount(t, t.tree.orgs.A2.id, 0);
    const outside = await fundedAccount(t, t.tree.orgs.B.id, 0);
    expect((await get(`/api/v1/payment-queue?accountId=${atA1.id}`)).json().items).toHaveLength(2);
    expect((await get(`/api/v1/payment-queue?accountId=${atA2.id}`)).json().items).toEqual([]);
    for (const id of [outside.id, '00000000-0000-4000-8000-000000000000']) {
      const missing = await get(`/api/v1/payment-queue?accountId=${id}`);
      expect(missing.statusCode, missing.body).toBe(404);
      expect(missing.json().errors[0].field).toBe('/querystring/accountId');
    }
    const first = (await get('/api/v1/payment-queue?limit=1')).json();
    expect(first.items).toHaveLength(1);
    const second = (await get(`/api/v1/payment-queue?limit=1&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((i: { aidRecordId: string }) => i.aidRecordId).sort()).toEqual([withCard!.aidRecordId, noFile!.aidRecordId].sort());
    expect(second.nextCursor).toBeNull();

    // the auditor of A reads it; B's finance sees nothing of A
    expect((await get('/api/v1/payment-queue', t.tree.users.aAuditor)).json().items).toHaveLength(2);
    expect((await get('/api/v1/payment-queue', t.tree.users.bFinance)).json().items).toEqual([]);
    expect((await get('/api/v1/payment-queue?cursor=nonsense')).json()).toMatchObject({ status: 400, errors: [{ field: '/querystring/cursor' }] });
  });
});

describe('cash and in kind, against a signed voucher', () => {
  it('pays at once: the application is disbursed and closed (办结), the money leaves the account, the voucher is kept encrypted', async () => {
    const account = await fundedAccount(t, t.tree.orgs.A.id, 1_000_000);
    const [aid, other] = await approvedAids(t, time, [{ amountFen: 300_000 }, { amountFen: 200_000 }]);

    const text = await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/payment-vouchers', ...multipartFile('x.txt', Buffer.from('not a scan')) });
    expect(text.statusCode).toBe(400);
    expect(text.json().errors).toEqual([{ field: '/body/file', message: 'must be a PDF, JPEG or PNG file' }]);
    const v = await voucher();
    expect(v).toMatchObject({ mimeType: 'application/pdf', filename: '签收单.pdf', sizeBytes: tinyPdf().length, uploadedBy: 'a_finance' });
    const stored = await queryRows<{ content_enc: Buffer }>(t.database.handle.db, sql`select content_enc from payment_vouchers where id = ${v.id}`);
    expect(Buffer.from(stored[0]!.content_enc).includes(Buffer.from('%PDF'))).toBe(false);

    const noVoucher = await pay({ aidRecordId: aid!.aidRecordId, method: 'cash' });
    expect(noVoucher.statusCode).toBe(400);
    expect(noVoucher.json().errors[0].field).toBe('/body/voucherId');

    const paid = await expectPaid({ aidRecordId: aid!.aidRecordId, method: 'cash', voucherId: v.id });
    expect(paid).toMatchObject({
      method: 'cash',
      status: 'paid',
      amountFen: 300_000,
      source: 'union_funds',
      aidType: 'living',
      payeeName: '张*',
      accountId: account.id,
      orgId: t.tree.orgs.A.id,
      voucherId: v.id,
      paidAt: time.clock().toISOString(),
      txnNo: expect.stringMatching(/^JZ2026-/),
    });
    expect(paid.paymentNo).toMatch(/^ZF2026-\d{7}$/);
    expect(await balanceOf(t, account.id)).toBe(700_000);
    const lines = await queryRows<{ ledger: string; amount_fen: number; aid_record_id: string | null; aid_type: string | null }>(
      t.database.handle.db,
      sql`select e.ledger, e.amount_fen::int as amount_fen, e.aid_record_id, e.aid_type from ledger_entries e join ledger_transactions x on x.id = e.txn_id where x.payment_id = ${paid.id} order by e.ledger`,
    );
    expect(lines).toEqual([
      { ledger: 'bank', amount_fen: -300000, aid_record_id: null, aid_type: null },
      { ledger: 'expense', amount_fen: 300000, aid_record_id: aid!.aidRecordId, aid_type: 'living' },
    ]);
    expect(await aidStatus(aid!.aidRecordId)).toBe('paid');
    const app = await application(aid!.applicationId);
    expect(app.state).toBe('closed');
    expect(app.timeline.slice(-3).map((s: { action: string; toState: string }) => `${s.action}:${s.toState}`)).toEqual(['payment_booked:disbursing', 'payment_paid:disbursed', 'close:closed']);
    expect(app.timeline.at(-1)).toMatchObject({ actorName: 'a_finance', actorRole: 'finance' });

    // paid once only; one voucher backs one payment
    expect((await pay({ aidRecordId: aid!.aidRecordId, method: 'cash', voucherId: (await voucher()).id })).json()).toMatchObject({ status: 409, code: 'ALREADY_PAID' });
    const reused = await pay({ aidRecordId: other!.aidRecordId, method: 'in_kind', voucherId: v.id });
    expect(reused.json()).toMatchObject({ status: 409, code: 'VOUCHER_USED', errors: [{ field: '/body/voucherId' }] });
    const inKind = await expectPaid({ aidRecordId: other!.aidRecordId, method: 'in_kind', voucherId: (await voucher(tinyPng(), 'photo.png')).id });
    expect(inKind).toMatchObject({ method: 'in_kind', status: 'paid' });
    expect((await get('/api/v1/payment-queue')).json().items).toEqual([]);

    // the auditor opens the scan; the download is audited
    const scan = await get(`/api/v1/payment-vouchers/${v.id}/content`, t.tree.users.aAuditor);
    expect(scan.statusCode).toBe(200);
    expect(scan.headers['content-type']).toBe('application/pdf');
    expect(scan.rawPayload.equals(tinyPdf())).toBe(true);
    const audits = await queryRows<{ action: string }>(t.database.handle.db, sql`select action from audit_log where record_id = ${v.id} order by id`);
    expect(audits.map((a) => a.action)).toEqual(['payment_voucher.upload', 'payment_voucher.download']);
    expect((await get(`/api/v1/payment-vouchers/${v.id}/content`, t.tree.users.bFinance)).statusCode).toBe(404);

    // the household's file shows its aid history
    const history = await get(`/api/v1/hardship-files/${aid!.fileId}/aid-history`, t.tree.users.operator);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json()).toMatchObject({
      paidFen: 300_000,
      items: [{ id: aid!.aidRecordId, aidType: 'living', amountFen: 300_000, year: 2026, status: 'paid', applicationNo: app.applicationNo, payments: [{ paymentNo: paid.paymentNo, method: 'cash', status: 'paid', paidAt: paid.paidAt }] }],
    });
    expect((await get(`/api/v1/hardship-files/${aid!.fileId}/aid-history`, t.tree.users.bOperator)).statusCode).toBe(404);
  });
});

describe('bank transfers and the bank file', () => {
  it('books, exports a CSV with totals, takes the results (paid and failed with reversal), retries, and closes', async () => {
    const account = await fundedAccount(t, t.tree.orgs.A.id, 2_000_000);
    const [a, b, temp] = await approvedAids(t, time, [{ amountFen: 300_000 }, { amountFen: 250_000, aidType: 'medical' }, { fileId: 'none', amountFen: 123_456, applicantName: '刘大勇' }]);

    const missing = await pay({ aidRecordId: temp!.aidRecordId, method: 'bank_transfer' });
    expect(missing.json()).toMatchObject({ status: 422, code: 'BANK_CARD_MISSING', errors: [{ field: '/body/bankCard' }] });
    const pa = await expectPaid({ aidRecordId: a!.aidRecordId, method: 'bank_transfer' });
    const pb = await expectPaid({ aidRecordId: b!.aidRecordId, method: 'bank_transfer' });
    const pt = await expectPaid({ aidRecordId: temp!.aidRecordId, method: 'bank_transfer', bankName: '中国建设银行', bankCard: '6217 0000 1111 2222 333' });
    expect(pa).toMatchObject({ status: 'booked', paidAt: null, bankName: '中国工商银行', bankCardMasked: '**** **** **** 0123' });
    expect(pt).toMatchObject({ status: 'booked', bankName: '中国建设银行', bankCardMasked: '**** **** **** 2333' });
    expect(await balanceOf(t, account.id)).toBe(2_000_000 - 300_000 - 250_000 - 123_456);
    expect((await application(a!.applicationId)).state).toBe('disbursing');
    expect(await aidStatus(a!.aidRecordId)).toBe('booked');
    // what waits for the bank file: counted and summed over every page, not just the one asked for
    const waiting = (await get(`/api/v1/payments?accountId=${account.id}&status=booked&method=bank_transfer&limit=1&withTotals=true`)).json();
    expect(waiting.items).toHaveLength(1);
    expect(waiting.totals).toEqual({ count: 3, amountFen: 673_456 });
    expect((await get(`/api/v1/payments?accountId=${account.id}&status=booked&limit=1`)).json().totals).toBeUndefined();
    // a result is only for bank transfers that wait for one; booked ones may be answered before export too
    expect((await post(`/api/v1/payments/${pa.id}/result`, { outcome: 'failed' })).json().errors).toEqual([{ field: '/body/reason', message: expect.any(String) }]);

    const batchRes = await post('/api/v1/bank-batches', { accountId: account.id });
    expect(batchRes.statusCode, batchRes.body).toBe(201);
    const batch = batchRes.json();
    expect(batch).toMatchObject({ batchNo: expect.stringMatching(/^YH2026-\d{7}$/), paymentCount: 3, totalFen: 673_456, pendingCount: 3, paidCount: 0, failedCount: 0, accountNo: account.accountNo });
    expect(batch.payments.map((p: { status: string }) => p.status)).toEqual(['exported', 'exported', 'exported']);
    expect((await post('/api/v1/bank-batches', { accountId: account.id })).json()).toMatchObject({ status: 422, code: 'NOTHING_TO_EXPORT' });
    expect((await get('/api/v1/bank-batches')).json().items.map((x: { id: string }) => x.id)).toEqual([batch.id]);

    const file = await get(`/api/v1/bank-batches/${batch.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toContain(`${batch.batchNo}.csv`);
    expect([...file.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = file.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(rows).toEqual([
      `批次号,${batch.batchNo},付款账号,${account.accountNo},笔数,3,总金额(元),6734.56`,
      '序号,收款人姓名,收款账号,开户银行,金额(元),支付单号,附言',
      `1,张三,6222021234567890123,中国工商银行,3000.00,${pa.paymentNo},帮扶资金 生活救助 ${pa.applicationNo}`,
      `2,张三,6222021234567890123,中国工商银行,2500.00,${pb.paymentNo},帮扶资金 医疗救助 ${pb.applicationNo}`,
      `3,刘大勇,6217000011112222333,中国建设银行,1234.56,${pt.paymentNo},帮扶资金 临时救助 ${pt.applicationNo}`,
      '合计,3,,,6734.56,,',
      '',
    ]);
    const exportAudit = await queryRows<{ actor_name: string }>(t.database.handle.db, sql`select actor_name from audit_log where action = 'bank_batch.export_file' and record_id = ${batch.id}`);
    expect(exportAudit).toEqual([{ actor_name: 'a_finance' }]);

    // the bank's return file: b failed, the others were paid
    const unknown = await post(`/api/v1/bank-batches/${batch.id}/results`, { failed: [{ paymentId: a!.aidRecordId, reason: '账户已销户' }] });
    expect(unknown.json()).toMatchObject({ status: 422, code: 'NOT_IN_BATCH', errors: [{ field: '/body/failed/0/paymentId' }] });
    const results = await post(`/api/v1/bank-batches/${batch.id}/results`, { failed: [{ paymentId: pb.id, reason: '账户已销户' }] });
    expect(results.statusCode, results.body).toBe(200);
    expect(results.json()).toMatchObject({ pendingCount: 0, paidCount: 2, failedCount: 1 });
    expect(await balanceOf(t, account.id)).toBe(2_000_000 - 300_000 - 123_456); // the reversal put b's money back
    const failed = (await get(`/api/v1/payments/${pb.id}`)).json();
    expect(failed).toMatchObject({ status: 'failed', failureReason: '账户已销户', reversalTxnId: expect.any(String), batchNo: batch.batchNo });
    const reversal = await queryRows<{ kind: string; reverses_id: string; year: number }>(t.database.handle.db, sql`select kind, reverses_id, year from ledger_transactions where id = ${failed.reversalTxnId}`);
    expect(reversal).toEqual([{ kind: 'reversal', reverses_id: pb.txnId, year: 2026 }]);
    expect(await aidStatus(b!.aidRecordId)).toBe('failed');
    const appB = await application(b!.applicationId);
    expect(appB.state).toBe('approved');
    expect(appB.timeline.at(-1)).toMatchObject({ action: 'payment_failed', fromState: 'disbursing', toState: 'approved', opinion: expect.stringContaining('账户已销户') });
    expect((await application(a!.applicationId)).state).toBe('closed');
    expect((await application(temp!.applicationId)).state).toBe('closed');
    expect((await post(`/api/v1/bank-batches/${batch.id}/results`, { failed: [] })).json()).toMatchObject({ status: 409, code: 'BATCH_SETTLED' });
    expect((await post(`/api/v1/payments/${pa.id}/result`, { outcome: 'failed', reason: '迟到的退汇' })).json()).toMatchObject({ status: 409, code: 'NOT_PENDING' });

    // back in the queue with the reason; retry with a new card → a new payment, then paid
    const queue = (await get('/api/v1/payment-queue')).json().items;
    expect(queue).toEqual([expect.objectContaining({ aidRecordId: b!.aidRecordId, status: 'failed', failureReason: '账户已销户' })]);
    const retry = await expectPaid({ aidRecordId: b!.aidRecordId, method: 'bank_transfer', bankName: '中国农业银行', bankCard: '6228480011112222' });
    expect(retry.paymentNo).not.toBe(pb.paymentNo);
    expect(await balanceOf(t, account.id)).toBe(2_000_000 - 300_000 - 123_456 - 250_000);
    const single = await post(`/api/v1/payments/${retry.id}/result`, { outcome: 'paid' });
    expect(single.statusCode, single.body).toBe(200);
    expect(single.json()).toMatchObject({ status: 'paid', paidAt: expect.any(String) });
    expect((await application(b!.applicationId)).state).toBe('closed');
    expect(await aidStatus(b!.aidRecordId)).toBe('paid');

    const history = (await get(`/api/v1/hardship-files/${b!.fileId}/aid-history`, t.tree.users.operator)).json();
    const record = history.items.find((i: { id: string }) => i.id === b!.aidRecordId);
    expect(record.payments.map((p: { status: string }) => p.status)).toEqual(['failed', 'paid']);
    expect(history.paidFen).toBe(250_000); // each spec filed its own household
  });
});

describe('returning an aid record to the approver', () => {
  it('puts the application back at the approval step with the opinion; approving again revives the same record', async () => {
    const account = await fundedAccount(t, t.tree.orgs.A.id, 1_000_000);
    const [aid] = await approvedAids(t, time, [{ amountFen: 200_000 }]);
    expect((await post(`/api/v1/aid-records/${aid!.aidRecordId}/return`, { opinion: '' })).statusCode).toBe(400);
    const res = await post(`/api/v1/aid-records/${aid!.aidRecordId}/return`, { opinion: '收款人信息有误，请核实后重新审批' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: aid!.aidRecordId, status: 'returned' });
    const app = await application(aid!.applicationId);
    expect(app.state).toBe('approval');
    expect(app.timeline.at(-1)).toMatchObject({ action: 'returned_by_finance', step: 'approval', fromState: 'approved', toState: 'approval', opinion: '收款人信息有误，请核实后重新审批', actorRole: 'finance' });
    expect((await get('/api/v1/payment-queue')).json().items).toEqual([]);
    expect((await pay({ aidRecordId: aid!.aidRecordId, method: 'bank_transfer' })).json()).toMatchObject({ status: 409, code: 'NOT_PAYABLE' });
    expect((await post(`/api/v1/aid-records/${aid!.aidRecordId}/return`, { opinion: '再退一次' })).json()).toMatchObject({ status: 409, code: 'NOT_RETURNABLE' });

    const again = await expectPass(t, t.tree.users.approver, aid!.applicationId);
    expect(again).toMatchObject({ state: 'approved', aidRecordId: aid!.aidRecordId });
    expect(await aidStatus(aid!.aidRecordId)).toBe('approved');
    expect(await count('aid_records')).toBe(1);
    const paid = await expectPaid({ aidRecordId: aid!.aidRecordId, method: 'bank_transfer' });
    expect(paid.status).toBe('booked');
    expect((await post(`/api/v1/aid-records/${aid!.aidRecordId}/return`, { opinion: '已入账不能退' })).json()).toMatchObject({ status: 409, code: 'NOT_RETURNABLE' });
    expect(await balanceOf(t, account.id)).toBe(800_000);
  });

  it('a failed transfer can be returned too', async () => {
    await fundedAccount(t, t.tree.orgs.A.id, 1_000_000);
    const [aid] = await approvedAids(t, time, [{ amountFen: 200_000 }]);
    const p = await expectPaid({ aidRecordId: aid!.aidRecordId, method: 'bank_transfer' });
    expect((await post(`/api/v1/payments/${p.id}/result`, { outcome: 'failed', reason: '户名与卡号不符' })).statusCode).toBe(200);
    expect((await post(`/api/v1/aid-records/${aid!.aidRecordId}/return`, { opinion: '卡号户名不符，请重新核实' })).json().status).toBe('returned');
    expect((await application(aid!.applicationId)).state).toBe('approval');
  });
});

describe('rules at payment time', () => {
  it('re-checks the yearly caps against what is already booked or paid', async () => {
    const account = await fundedAccount(t, t.tree.orgs.A.id, 5_000_000);
    const [first] = await approvedAids(t, time, [{ amountFen: 1_000_000, aidType: 'medical' }]);
    const [second] = await approvedAids(t, time, [{ amountFen: 1_000_000, aidType: 'medical', fileId: first!.fileId! }]);
    // the region lowers its cap after both were approved
    const cap = await t.as(t.tree.users.cityAdmin, { method: 'PUT', url: '/api/v1/aid-caps', payload: { divisionCode: '440300', year: 2026, category: 'any', aidType: 'medical', maxAmountFen: 1_500_000, maxItems: null } });
    expect(cap.statusCode, cap.body).toBe(200);
    await expectPaid({ aidRecordId: first!.aidRecordId, method: 'bank_transfer' });
    const refused = await pay({ aidRecordId: second!.aidRecordId, method: 'bank_transfer' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'CAP_EXCEEDED', errors: [{ field: '/body/aidRecordId' }] });
    expect(refused.json().detail).toContain('at most 15000.00 yuan a year; booked or paid 10000.00, left 5000.00');
    expect(refused.json().cap).toMatchObject({ divisionCode: '440300', year: 2026, aidType: 'medical', measure: 'amount', limit: 1_500_000, granted: 1_000_000, left: 500_000, requested: 1_000_000 });
    expect(await balanceOf(t, account.id)).toBe(4_000_000);
    expect(await aidStatus(second!.aidRecordId)).toBe('approved');
  });

  it('refuses a payment the budget has no room for (422), and one the account cannot cover (409), writing nothing', async () => {
    const account = await fundedAccount(t, t.tree.orgs.A.id, 100_000);
    const [big, small] = await approvedAids(t, time, [{ amountFen: 300_000 }, { amountFen: 50_000 }]);
    const before = { payments: await count('payments'), txns: await count('ledger_transactions'), entries: await count('ledger_entries'), steps: await count('application_steps') };
    const poor = await pay({ aidRecordId: big!.aidRecordId, method: 'bank_transfer' });
    expect(poor.statusCode).toBe(409);
    expect(poor.headers['content-type']).toContain('application/problem+json');
    expect(poor.json()).toMatchObject({ code: 'INSUFFICIENT_FUNDS', type: 'urn:bangfu:problem:insufficient-funds' });
    expect({ payments: await count('payments'), txns: await count('ledger_transactions'), entries: await count('ledger_entries'), steps: await count('application_steps') }).toEqual(before);
    expect(await balanceOf(t, account.id)).toBe(100_000);
    expect(await aidStatus(big!.aidRecordId)).toBe('approved');
    expect((await application(big!.applicationId)).state).toBe('approved');

    await t.database.handle.db.insert(fundBudgets).values({ accountId: account.id, year: 2026, source: 'union_funds', aidType: 'living', amountFen: 40_000, updatedByName: 'test' });
    const overBudget = await pay({ aidRecordId: small!.aidRecordId, method: 'bank_transfer' });
    expect(overBudget.json()).toMatchObject({ status: 422, code: 'BUDGET_EXCEEDED' });
    expect(await count('payments')).toBe(0);
    expect(await balanceOf(t, account.id)).toBe(100_000);
    // a source without the money is refused by name
    expect((await pay({ aidRecordId: small!.aidRecordId, method: 'bank_transfer', source: 'donation' })).json()).toMatchObject({ status: 409, code: 'INSUFFICIENT_FUNDS' });
  });
});

describe('who may pay what', () => {
  it('B’s finance cannot reach A’s records or account (404); A’s auditor reads but cannot pay (403)', async () => {
    const account = await fundedAccount(t, t.tree.orgs.A.id, 1_000_000);
    await fundedAccount(t, t.tree.orgs.B.id, 1_000_000);
    const [aid] = await approvedAids(t, time, [{ amountFen: 100_000 }]);
    const fromB = await pay({ aidRecordId: aid!.aidRecordId, method: 'bank_transfer' }, t.tree.users.bFinance);
    expect(fromB.json()).toMatchObject({ status: 404, errors: [{ field: '/body/aidRecordId' }] });
    const withA = await pay({ aidRecordId: aid!.aidRecordId, method: 'bank_transfer', accountId: account.id }, t.tree.users.bFinance);
    expect(withA.json()).toMatchObject({ status: 404, errors: [{ field: '/body/accountId' }] });
    // C's finance has no account of its own: it must name one (A's lies in its subtree)
    expect((await pay({ aidRecordId: aid!.aidRecordId, method: 'bank_transfer' }, t.tree.users.cFinance)).json()).toMatchObject({ status: 422, code: 'NO_ACCOUNT' });

    const auditor = t.tree.users.aAuditor;
    expect((await pay({ aidRecordId: aid!.aidRecordId, method: 'bank_transfer' }, auditor)).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect((await post('/api/v1/bank-batches', { accountId: account.id }, auditor)).statusCode).toBe(403);
    expect((await post(`/api/v1/aid-records/${aid!.aidRecordId}/return`, { opinion: '审计不能退回' }, auditor)).statusCode).toBe(403);
    const paid = await expectPaid({ aidRecordId: aid!.aidRecordId, method: 'bank_transfer', accountId: account.id }, t.tree.users.cFinance);
    expect((await get('/api/v1/payments', auditor)).json().items.map((p: { id: string }) => p.id)).toEqual([paid.id]);
    expect((await get(`/api/v1/payments/${paid.id}`, auditor)).statusCode).toBe(200);
    expect((await get(`/api/v1/payments/${paid.id}`, t.tree.users.bFinance)).statusCode).toBe(404);
    const batch = (await post('/api/v1/bank-batches', { accountId: account.id })).json();
    expect((await get(`/api/v1/bank-batches/${batch.id}`, auditor)).statusCode).toBe(200);
    expect((await get(`/api/v1/bank-batches/${batch.id}/file`, auditor)).statusCode).toBe(403);
    expect((await get(`/api/v1/bank-batches/${batch.id}/file`, t.tree.users.bFinance)).statusCode).toBe(404);
    expect((await post(`/api/v1/bank-batches/${batch.id}/results`, { failed: [] }, t.tree.users.bFinance)).statusCode).toBe(404);
  });

  it('bad input names the field and writes nothing', async () => {
    const account = await fundedAccount(t, t.tree.orgs.A.id, 1_000_000);
    const [aid] = await approvedAids(t, time, [{ amountFen: 100_000 }]);
    const cases: [object, string][] = [
      [{ aidRecordId: aid!.aidRecordId, method: 'wire' }, '/body/method'],
      [{ method: 'cash' }, '/body/aidRecordId'],
      [{ aidRecordId: 'nope', method: 'cash' }, '/body/aidRecordId'],
      [{ aidRecordId: aid!.aidRecordId, method: 'bank_transfer', bankCard: 'abc' }, '/body/bankCard'],
      [{ aidRecordId: aid!.aidRecordId, method: 'bank_transfer', source: 'lottery' }, '/body/source'],
      [{ aidRecordId: aid!.aidRecordId, method: 'bank_transfer', extra: 1 }, '/body/extra'],
      [{ aidRecordId: aid!.aidRecordId, method: 'cash', voucherId: aid!.aidRecordId, bankCard: '6222021234567890123' }, '/body/bankCard'],
      [{ aidRecordId: aid!.aidRecordId, method: 'bank_transfer', voucherId: aid!.aidRecordId }, '/body/voucherId'],
    ];
    for (const [payload, field] of cases) {
      const res = await pay(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field), JSON.stringify(payload)).toContain(field);
    }
    expect((await pay({ aidRecordId: aid!.aidRecordId, method: 'cash', voucherId: aid!.aidRecordId })).json()).toMatchObject({ status: 404, errors: [{ field: '/body/voucherId' }] });
    expect((await pay({ aidRecordId: '00000000-0000-4000-8000-000000000000', method: 'cash', voucherId: aid!.aidRecordId })).json()).toMatchObject({ status: 404, errors: [{ field: '/body/aidRecordId' }] });
    expect((await post('/api/v1/bank-batches', { accountId: account.id, paymentIds: [] })).json().errors[0].field).toBe('/body/paymentIds');
    expect((await post('/api/v1/bank-batches', { accountId: account.id, paymentIds: [aid!.aidRecordId] })).json()).toMatchObject({ status: 409, code: 'NOT_EXPORTABLE', errors: [{ field: '/body/paymentIds/0' }] });
    expect((await post(`/api/v1/payments/${aid!.aidRecordId}/result`, { outcome: 'lost' })).json().errors[0].field).toBe('/body/outcome');
    expect(await count('payments')).toBe(0);
    expect(await count('bank_batches')).toBe(0);
    expect(await balanceOf(t, account.id)).toBe(1_000_000);
  });
});
