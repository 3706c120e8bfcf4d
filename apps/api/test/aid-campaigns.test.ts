import { maskName } from '@bangfu/shared/masks';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fundAccounts } from '../src/db/schema/index';
import { maskedNameSql } from '../src/modules/aid-campaigns/aid-campaigns.repo';
import { post } from '../src/modules/funds/ledger';
import { clearPendingInBulk } from '../src/modules/notices/notice-bulk';
import { testClock, useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { householdBody, person } from './helpers/households';
import { batchItems } from './helpers/notices';
import { expectPass, formalFile, publishNotice, visit } from './helpers/workflow';

const clock = testClock(new Date('2026-01-10T02:00:00Z'));
const t = useTestApp({ clock: clock.clock });
const DAY = 86_400_000;
const YEAR = 2026;

type Org = 'A1' | 'A2' | 'B1';

/** A formal household filed in `org` (through the API: create, confirm the proposed category, formalize). */
async function household(org: Org, opts: { name?: string; students?: ('university' | 'senior' | 'junior')[]; noCard?: boolean; formal?: boolean } = {}) {
  const inB = org === 'B1';
  const creator = inB ? t.tree.users.bOperator : t.tree.users.aOperator;
  const decider = inB ? t.tree.users.bApprover : t.tree.users.approver;
  const body = householdBody(t.tree.orgs[org].id) as Record<string, unknown>;
  const members = body.members as Record<string, unknown>[];
  if (opts.name) members[0]!.name = opts.name;
  (opts.students ?? []).forEach((level, i) => {
    const birth = level === 'university' ? '2005-03-01' : level === 'senior' ? '2009-06-01' : '2012-06-01';
    members.push(person(`学生${i}`, 'female', birth, { relation: 'child', isStudent: true, schoolLevel: level, workStatus: 'none', school: '某校' }));
  });
  if (opts.noCard) {
    delete body.bankCard;
    delete body.bankName;
  }
  const res = await t.as(creator, { method: 'POST', url: '/api/v1/hardship-files', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  const file = res.json();
  const ok = await t.as(decider, { method: 'POST', url: `/api/v1/hardship-files/${file.id}/confirm-category`, payload: { category: file.proposedCategory } });
  expect(ok.statusCode, ok.body).toBe(200);
  if (opts.formal === false) return ok.json();
  const formal = await t.as(decider, { method: 'POST', url: `/api/v1/hardship-files/${file.id}/formalize` });
  expect(formal.statusCode, formal.body).toBe(200);
  return formal.json();
}

/** A special account for `orgId` holding `fen` from union funds (a receipt booked through the ledger). */
async function account(orgId: string, fen: number) {
  const db = t.database.handle.db;
  const [row] = await db.insert(fundAccounts).values({ orgId, name: '帮扶资金专户', bankName: '工商银行', accountNo: `6222 ${orgId.slice(0, 8)}`.replace(/[a-f]/g, '1'), openedOn: '2025-01-01', createdByName: 'test' }).returning();
  if (fen > 0) await receipt(row!.id, fen);
  return row!;
}

async function receipt(accountId: string, fen: number) {
  await t.database.handle.db.transaction((tx) =>
    post(tx, { accountId, year: YEAR, kind: 'receipt', memo: '拨款', at: clock.clock(), actor: { id: null, name: 'test' }, lines: [{ ledger: 'bank', source: 'union_funds', amountFen: fen }, { ledger: 'income', source: 'union_funds', amountFen: -fen }] }),
  );
}

const rows = <T = Record<string, unknown>>(q: ReturnType<typeof sql>) => queryRows<T>(t.database.handle.db, q);
const balance = async (accountId: string) => Number((await rows<{ b: string }>(sql`select balance_fen::text as b from fund_accounts where id = ${accountId}`))[0]!.b);

const warmth = (orgId: string, extra: Record<string, unknown> = {}) => ({
  orgId,
  name: '2026年春节送温暖',
  kind: 'sending_warmth',
  year: YEAR,
  rule: {},
  amounts: { perHouseholdFen: 300_000 },
  ...extra,
});

async function create(who: string, body: object) {
  const res = await t.as(who, { method: 'POST', url: '/api/v1/aid-campaigns', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const act = (who: string, id: string, verb: string, payload?: object) => t.as(who, { method: 'POST', url: `/api/v1/aid-campaigns/${id}/${verb}`, ...(payload ? { payload } : {}) });

async function ok(res: Awaited<ReturnType<typeof act>>) {
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Select, publish the notice, let the window pass and close it: the campaign is noticed. */
async function throughNotice(id: string, who = t.tree.users.finance) {
  await ok(await act(who, id, 'select'));
  const noticed = await ok(await act(who, id, 'notice', { title: '2026年春节送温暖公示', objectionContact: '电话 0755-12345678', windowDays: 5 }));
  clock.advance(6 * DAY);
  const closed = await t.as(t.tree.users.approver, { method: 'POST', url: `/api/v1/notice-batches/${noticed.noticeBatchId}/close` });
  expect(closed.statusCode, closed.body).toBe(200);
  return noticed;
}

describe('aid campaigns (送温暖, 金秋助学)', () => {
  it('送温暖 per household: preview by org, select, one notice batch, close, pay as one bank batch', async () => {
    await household('A1', { name: '张三丰' });
    await household('A1', { name: '李四' });
    await household('A2', { name: '王小五' });
    await household('A2', { formal: false });
    const acct = await account(t.tree.orgs.A.id, 2_000_000);

    const preview = await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { orgId: t.tree.orgs.A.id, kind: 'sending_warmth', year: YEAR, rule: {}, amounts: { perHouseholdFen: 300_000 } } });
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    expect(p).toMatchObject({ households: 3, totalFen: 900_000, students: null, aidType: 'sending_warmth', excluded: { notFormal: 1, alreadyInCampaign: 0, fundedThisYear: 0, overCap: 0 } });
    expect(p.account).toEqual({ id: acct.id, balanceFen: 2_000_000, sufficient: true, shortfallFen: 0 });
    expect(p.byOrg.map((o: { orgId: string; households: number; totalFen: number }) => [o.orgId, o.households, o.totalFen]).sort()).toEqual(
      [[t.tree.orgs.A1.id, 2, 600_000], [t.tree.orgs.A2.id, 1, 300_000]].sort(),
    );
    expect(p.byChild.map((o: { orgId: string }) => o.orgId).sort()).toEqual([t.tree.orgs.A1.id, t.tree.orgs.A2.id].sort());
    expect(p.byRule).toEqual([{ ruleLabel: '每户', households: 3, totalFen: 900_000 }]);
    expect(await rows(sql`select 1 from aid_campaigns`)).toHaveLength(0);

    const c = await create(t.tree.users.finance, warmth(t.tree.orgs.A.id));
    expect(c).toMatchObject({ state: 'draft', aidType: 'sending_warmth', accountId: acct.id, selectedCount: 0 });
    const selected = await ok(await act(t.tree.users.finance, c.id, 'select'));
    expect(selected).toMatchObject({ state: 'selected', selectedCount: 3, totalFen: 900_000, counts: { selected: 3, inNotice: 0 } });

    const hh = await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/aid-campaigns/${c.id}/households?orgId=${t.tree.orgs.A1.id}` });
    expect(hh.statusCode, hh.body).toBe(200);
    expect(hh.json().items.map((h: { maskedName: string }) => h.maskedName).sort()).toEqual(['张*丰', '李*'].sort());
    expect(hh.body).not.toContain('张三丰');

    const noticed = await ok(await act(t.tree.users.finance, c.id, 'notice', { title: '2026年春节送温暖公示', objectionContact: '电话 0755-12345678' }));
    expect(noticed).toMatchObject({ state: 'in_notice', counts: { inNotice: 3 } });
    const batch = (await t.as(t.tree.users.approver, { method: 'GET', url: `/api/v1/notice-batches/${noticed.noticeBatchId}` })).json();
    expect(batch).toMatchObject({ state: 'published', windowDays: 7 });
    expect(batch.itemCounts).toEqual({ total: 3, pending: 3, cleared: 0, recheck: 0 });
    const items = await batchItems(t, t.tree.users.approver, batch.id);
    expect(items.map((i) => i.maskedName).sort()).toEqual([maskName('张三丰'), maskName('李四'), maskName('王小五')].sort());
    expect(items.every((i) => i.amountFen === 300_000 && i.aidType === 'sending_warmth' && i.state === 'pending')).toBe(true);
    const pub = await t.app.inject({ method: 'GET', url: `/api/v1/public/notices/${batch.publicToken}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.body).not.toContain('张三丰');
    const apps = await rows<{ state: string; plan: string[]; campaign_id: string; applicant_name: string; application_no: string; amount_fen: string }>(
      sql`select state, plan, campaign_id, applicant_name, application_no, amount_fen::text from applications order by applicant_name`,
    );
    expect(apps).toHaveLength(3);
    expect(apps.every((a) => a.state === 'notice' && a.campaign_id === c.id && a.plan.join() === 'notice' && a.amount_fen === '300000')).toBe(true);
    expect(new Set(apps.map((a) => a.application_no)).size).toBe(3);
    expect(apps.every((a) => /^SQ440305\d{10}$/.test(a.application_no))).toBe(true);
    const steps = await rows<{ action: string; n: number }>(sql`select action, count(*)::int as n from application_steps group by action order by action`);
    expect(steps).toEqual([{ action: 'campaign_notice', n: 3 }]);

    // Nothing is approved or paid while the window is open.
    const early = await t.as(t.tree.users.approver, { method: 'POST', url: `/api/v1/notice-batches/${noticed.noticeBatchId}/close` });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('NOTICE_WINDOW_OPEN');
    const payEarly = await act(t.tree.users.finance, c.id, 'pay');
    expect(payEarly.statusCode).toBe(409);
    expect(payEarly.json().code).toBe('INVALID_STATE');

    clock.advance(8 * DAY);
    const closed = await t.as(t.tree.users.approver, { method: 'POST', url: `/api/v1/notice-batches/${noticed.noticeBatchId}/close` });
    expect(closed.statusCode, closed.body).toBe(200);
    const afterClose = (await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/aid-campaigns/${c.id}` })).json();
    expect(afterClose).toMatchObject({ state: 'noticed', counts: { approved: 3, inNotice: 0 } });
    const records = await rows<{ status: string; campaign_id: string; year: number; amount_fen: string; aid_type: string }>(sql`select status, campaign_id, year, amount_fen::text, aid_type from aid_records`);
    expect(records).toHaveLength(3);
    expect(records.every((r) => r.status === 'approved' && r.campaign_id === c.id && r.year === YEAR && r.amount_fen === '300000' && r.aid_type === 'sending_warmth')).toBe(true);

    // Paying books money: campaign:manage alone (the approver) is not enough.
    const byApprover = await act(t.tree.users.approver, c.id, 'pay');
    expect(byApprover.statusCode).toBe(403);

    const paid = await ok(await act(t.tree.users.finance, c.id, 'pay'));
    expect(paid).toMatchObject({ state: 'paid', counts: { paid: 3, paidFen: 900_000, approved: 0 }, lastError: null, payResult: { payments: 3, totalFen: 900_000, withoutBankCard: 0, overCap: 0, source: 'union_funds' } });
    expect(await balance(acct.id)).toBe(1_100_000);
    const pays = await rows<{ method: string; status: string; amount_fen: string; bank_batch_id: string; campaign_id: string; bank_card_masked: string }>(
      sql`select method, status, amount_fen::text, bank_batch_id, campaign_id, bank_card_masked from payments`,
    );
    expect(pays).toHaveLength(3);
    expect(pays.every((x) => x.method === 'bank_transfer' && x.status === 'exported' && x.bank_batch_id === paid.payResult.bankBatchId && x.campaign_id === c.id && x.bank_card_masked.endsWith('0123'))).toBe(true);
    const ledger = await rows<{ ledger: string; total: string; n: number }>(sql`select ledger, sum(amount_fen)::text as total, count(*)::int as n from ledger_entries e join ledger_transactions t on t.id = e.txn_id where t.kind = 'payment' group by ledger order by ledger`);
    expect(ledger).toEqual([{ ledger: 'bank', total: '-900000', n: 3 }, { ledger: 'expense', total: '900000', n: 3 }]);
    const linked = await rows(sql`select 1 from payments p join ledger_transactions t on t.id = p.txn_id and t.payment_id = p.id and t.campaign_id = ${c.id}
      join ledger_entries e on e.txn_id = t.id and e.ledger = 'expense' and e.aid_record_id = p.aid_record_id`);
    expect(linked).toHaveLength(3);
    expect(await rows(sql`select 1 from aid_records where status = 'booked'`)).toHaveLength(3);
    expect(await rows(sql`select 1 from applications where state = 'disbursing'`)).toHaveLength(3);
    const [batchRow] = await rows<{ payment_count: number; total_fen: string }>(sql`select payment_count, total_fen::text from bank_batches`);
    expect(batchRow).toEqual({ payment_count: 3, total_fen: '900000' });

    const file = await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/bank-batches/${paid.payResult.bankBatchId}/file` });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.body).toContain('张三丰');
    expect(file.body).toContain('6222021234567890123');
    expect(file.body.split('\n').filter((l) => l.includes('ZF2026-')).length).toBe(3);

    const again = await act(t.tree.users.finance, c.id, 'pay');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ALREADY_PAID');
  });

  it('金秋助学 per school level: the highest level per household, or every student; no double funding', async () => {
    const both = await household('A1', { students: ['university', 'senior'] });
    const senior = await household('A1', { students: ['senior'] });
    await household('A1', { students: ['junior'] });
    await household('A2');
    await account(t.tree.orgs.A.id, 10_000_000);
    const golden = (extra: Record<string, unknown> = {}) => ({ orgId: t.tree.orgs.A.id, name: '2026年金秋助学', kind: 'golden_autumn', year: YEAR, rule: {}, amounts: { perStudentFen: { university: 500_000, senior: 300_000 } }, ...extra });

    const highest = (await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...golden(), name: undefined } })).json();
    expect(highest).toMatchObject({ households: 2, students: 2, totalFen: 800_000, aidType: 'education' });
    expect(highest.byRule).toEqual([
      { ruleLabel: 'university', households: 1, totalFen: 500_000 },
      { ruleLabel: 'senior', households: 1, totalFen: 300_000 },
    ]);
    const every = (await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...golden({ amounts: { perStudentFen: { university: 500_000, senior: 300_000 }, perStudent: true } }), name: undefined } })).json();
    expect(every).toMatchObject({ households: 2, students: 3, totalFen: 1_100_000 });
    expect(every.byRule.map((r: { ruleLabel: string }) => r.ruleLabel).sort()).toEqual(['senior×1', 'university×1 senior×1'].sort());
    // Only university students: the senior-only household is not picked.
    const uni = (await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...golden({ rule: { studentLevels: ['university'] } }), name: undefined } })).json();
    expect(uni).toMatchObject({ households: 1, totalFen: 500_000 });

    const first = await create(t.tree.users.finance, golden());
    const sel = await ok(await act(t.tree.users.finance, first.id, 'select'));
    expect(sel).toMatchObject({ selectedCount: 2, totalFen: 800_000 });
    const amounts = await rows<{ file_id: string; amount_fen: string; rule_label: string }>(sql`select file_id, amount_fen::text, rule_label from campaign_households order by amount_fen desc`);
    expect(amounts).toEqual([
      { file_id: both.id, amount_fen: '500000', rule_label: 'university' },
      { file_id: senior.id, amount_fen: '300000', rule_label: 'senior' },
    ]);

    // Selecting again adds nobody: both are in the campaign already.
    const again = (await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/aid-campaigns/${first.id}/preview` })).json();
    expect(again).toMatchObject({ households: 0, excluded: { alreadyInCampaign: 2 } });
    expect(await ok(await act(t.tree.users.finance, first.id, 'select'))).toMatchObject({ selectedCount: 2 });

    // A second 金秋助学 of the year finds them funded (in a live campaign) …
    const second = (await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...golden(), name: undefined } })).json();
    expect(second).toMatchObject({ households: 0, excluded: { fundedThisYear: 2 } });
    // … and still after the first is noticed (they have aid records of the year then).
    await throughNotice(first.id);
    const third = (await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...golden(), name: undefined } })).json();
    expect(third).toMatchObject({ households: 0, excluded: { fundedThisYear: 2 } });
    const secondRound = (await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...golden({ rule: { excludeFundedInYear: false } }), name: undefined } })).json();
    expect(secondRound).toMatchObject({ households: 2 });
  });

  it('yearly caps leave a household out; a city campaign can be limited to one county subtree', async () => {
    await household('A1');
    await household('A2');
    await household('B1');
    await account(t.tree.orgs.C.id, 10_000_000);

    const all = (await t.as(t.tree.users.cFinance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...warmth(t.tree.orgs.C.id), name: undefined } })).json();
    expect(all).toMatchObject({ households: 3, totalFen: 900_000 });
    expect(all.byChild.map((c: { orgId: string; households: number }) => [c.orgId, c.households]).sort()).toEqual([[t.tree.orgs.A.id, 2], [t.tree.orgs.B.id, 1]].sort());

    const onlyA = (await t.as(t.tree.users.cFinance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...warmth(t.tree.orgs.C.id, { rule: { subOrgId: t.tree.orgs.A.id } }), name: undefined } })).json();
    expect(onlyA).toMatchObject({ households: 2, scopeOrgId: t.tree.orgs.A.id });

    // 甲区 (440305) caps 送温暖 at 2,000 yuan a household a year: its households are over the cap.
    const cap = await t.as(t.tree.users.aAdmin, { method: 'PUT', url: '/api/v1/aid-caps', payload: { divisionCode: '440305', year: YEAR, category: 'any', aidType: 'sending_warmth', maxAmountFen: 200_000, maxItems: null } });
    expect(cap.statusCode, cap.body).toBe(200);
    const capped = await create(t.tree.users.cFinance, warmth(t.tree.orgs.C.id));
    const preview = (await t.as(t.tree.users.cFinance, { method: 'GET', url: `/api/v1/aid-campaigns/${capped.id}/preview` })).json();
    expect(preview).toMatchObject({ households: 1, totalFen: 300_000, excluded: { overCap: 2 } });
    const sel = await ok(await act(t.tree.users.cFinance, capped.id, 'select'));
    expect(sel.selectedCount).toBe(1);
    expect(await rows(sql`select 1 from campaign_households ch join orgs o on o.id = ch.org_id where o.id = ${t.tree.orgs.B1.id}`)).toHaveLength(1);

    // A cap on the number of items counts too (any aid type): one item a year is left for nobody who had one.
    const itemsCap = await t.as(t.tree.users.aAdmin, { method: 'PUT', url: '/api/v1/aid-caps', payload: { divisionCode: '440305', year: YEAR, category: 'any', aidType: 'sending_warmth', maxAmountFen: null, maxItems: 0 } });
    expect(itemsCap.statusCode, itemsCap.body).toBe(200);
    const items = (await t.as(t.tree.users.cFinance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...warmth(t.tree.orgs.C.id, { rule: { subOrgId: t.tree.orgs.A.id } }), name: undefined } })).json();
    expect(items).toMatchObject({ households: 0, excluded: { overCap: 2 } });
  });

  it('scope: a rule cannot reach outside the campaign org, and another subtree sees nothing', async () => {
    await household('A1');
    await account(t.tree.orgs.A.id, 1_000_000);
    await account(t.tree.orgs.B.id, 1_000_000);
    const outside = await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns', payload: warmth(t.tree.orgs.A.id, { rule: { subOrgId: t.tree.orgs.B1.id } }) });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().errors[0].field).toBe('/body/rule/subOrgId');
    const foreignOrg = await t.as(t.tree.users.bFinance, { method: 'POST', url: '/api/v1/aid-campaigns', payload: warmth(t.tree.orgs.A.id) });
    expect(foreignOrg.statusCode).toBe(404);
    expect(foreignOrg.json().errors[0].field).toBe('/body/orgId');

    const c = await create(t.tree.users.finance, warmth(t.tree.orgs.A.id));
    for (const url of [`/api/v1/aid-campaigns/${c.id}`, `/api/v1/aid-campaigns/${c.id}/households`, `/api/v1/aid-campaigns/${c.id}/preview`]) {
      expect((await t.as(t.tree.users.bFinance, { method: 'GET', url })).statusCode, url).toBe(404);
    }
    expect((await act(t.tree.users.bFinance, c.id, 'select')).statusCode).toBe(404);
    expect((await t.as(t.tree.users.bFinance, { method: 'GET', url: '/api/v1/aid-campaigns' })).json().items).toEqual([]);
    // The city above sees it; B's own campaign does not pick A's households.
    expect((await t.as(t.tree.users.cFinance, { method: 'GET', url: '/api/v1/aid-campaigns' })).json().items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const bPreview = (await t.as(t.tree.users.bFinance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...warmth(t.tree.orgs.B.id), name: undefined } })).json();
    expect(bPreview.households).toBe(0);
    // The auditor reads, changes nothing.
    expect((await t.as(t.tree.users.aAuditor, { method: 'GET', url: `/api/v1/aid-campaigns/${c.id}` })).statusCode).toBe(200);
    expect((await act(t.tree.users.aAuditor, c.id, 'select')).statusCode).toBe(403);
  });

  it('a sustained objection drops one household from the batch; the others are paid', async () => {
    await household('A1', { name: '赵一' });
    await household('A1', { name: '钱二' });
    await household('A2', { name: '孙三' });
    const acct = await account(t.tree.orgs.A.id, 5_000_000);
    const c = await create(t.tree.users.finance, warmth(t.tree.orgs.A.id));
    await ok(await act(t.tree.users.finance, c.id, 'select'));
    const noticed = await ok(await act(t.tree.users.finance, c.id, 'notice', { title: '送温暖公示', objectionContact: '电话 0755-12345678', windowDays: 5 }));
    const batch = (await t.as(t.tree.users.approver, { method: 'GET', url: `/api/v1/notice-batches/${noticed.noticeBatchId}` })).json();
    const target = (await batchItems(t, t.tree.users.approver, batch.id)).find((i) => i.maskedName === '钱*')!;
    const objection = await t.app.inject({ method: 'POST', url: `/api/v1/public/notices/${batch.publicToken}/objections`, payload: { itemId: target.id, content: '此户家中有两套住房，不符合条件' } });
    expect(objection.statusCode, objection.body).toBe(201);
    clock.advance(6 * DAY);
    const blocked = await t.as(t.tree.users.approver, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/close` });
    expect(blocked.json().code).toBe('OBJECTIONS_PENDING');
    const ruled = await t.as(t.tree.users.reviewer, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/objections/${objection.json().id}/ruling`, payload: { outcome: 'sustained', ruling: '经核实异议属实，转复核' } });
    expect(ruled.statusCode, ruled.body).toBe(200);
    const closed = await t.as(t.tree.users.approver, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/close` });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().itemCounts).toEqual({ total: 3, pending: 0, cleared: 2, recheck: 1 });

    const after = (await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/aid-campaigns/${c.id}` })).json();
    expect(after).toMatchObject({ state: 'noticed', counts: { selected: 3, approved: 2, recheck: 1 } });
    const paid = await ok(await act(t.tree.users.finance, c.id, 'pay'));
    expect(paid.payResult).toMatchObject({ payments: 2, totalFen: 600_000 });
    expect(await balance(acct.id)).toBe(4_400_000);
    const recheck = await rows<{ state: string; n: number }>(sql`select a.state, count(p.id)::int as n from applications a left join aid_records r on r.application_id = a.id left join payments p on p.aid_record_id = r.id where a.applicant_name = '钱二' group by a.state`);
    expect(recheck).toEqual([{ state: 'recheck', n: 0 }]);
    const dropped = (await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/aid-campaigns/${c.id}/households?status=recheck` })).json();
    expect(dropped.items.map((h: { maskedName: string }) => h.maskedName)).toEqual(['钱*']);
  });

  it('a sustained objection to the whole batch sends every household to recheck at once, each with its ruling on the timeline', async () => {
    await household('A1', { name: '赵一' });
    await household('A1', { name: '钱二' });
    await household('A2', { name: '孙三' });
    await account(t.tree.orgs.A.id, 5_000_000);
    const c = await create(t.tree.users.finance, warmth(t.tree.orgs.A.id));
    await ok(await act(t.tree.users.finance, c.id, 'select'));
    const noticed = await ok(await act(t.tree.users.finance, c.id, 'notice', { title: '送温暖公示', objectionContact: '电话 0755-12345678', windowDays: 5 }));
    const batch = (await t.as(t.tree.users.approver, { method: 'GET', url: `/api/v1/notice-batches/${noticed.noticeBatchId}` })).json();
    const objection = await t.app.inject({ method: 'POST', url: `/api/v1/public/notices/${batch.publicToken}/objections`, payload: { content: '名单未经职工代表评议，全部不符合程序' } });
    expect(objection.statusCode, objection.body).toBe(201);
    const ruling = '经核实程序有误，全部转复核';
    const ruled = await t.as(t.tree.users.reviewer, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/objections/${objection.json().id}/ruling`, payload: { outcome: 'sustained', ruling } });
    expect(ruled.statusCode, ruled.body).toBe(200);
    expect(ruled.json().itemCounts).toEqual({ total: 3, pending: 0, cleared: 0, recheck: 3 });

    // Each application as the item-by-item path leaves it: in recheck, out of the batch, one step with the ruling.
    const apps = await rows<{ state: string; notice_batch_id: string | null; steps: number; action: string; from_state: string; opinion: string; actor_org: string }>(sql`
      select a.state, a.notice_batch_id, count(*) over (partition by a.id)::int as steps, s.action, s.from_state, s.opinion, s.actor_org
        from applications a join application_steps s on s.application_id = a.id and s.action = 'objection_sustained'
       where a.campaign_id = ${c.id}`);
    expect(apps).toHaveLength(3);
    for (const a of apps) expect(a).toMatchObject({ state: 'recheck', notice_batch_id: null, steps: 1, from_state: 'notice', opinion: ruling, actor_org: expect.any(String) });
    const [entry] = await rows<{ after: { recheck: number; outcome: string } }>(sql`select after from audit_log where action = 'notice.rule_objection' and record_id = ${batch.id}`);
    expect(entry!.after).toMatchObject({ outcome: 'sustained', recheck: 3 });

    clock.advance(6 * DAY);
    const closed = await t.as(t.tree.users.approver, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/close` });
    expect(closed.statusCode, closed.body).toBe(200);
    const after = (await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/aid-campaigns/${c.id}` })).json();
    expect(after).toMatchObject({ counts: { selected: 3, approved: 0, recheck: 3 } });
  });

  it('the batch payment books everything or nothing: too little money or budget writes nothing, then enough pays all', async () => {
    for (let i = 0; i < 4; i++) await household(i % 2 ? 'A1' : 'A2');
    await household('A1', { noCard: true });
    const acct = await account(t.tree.orgs.A.id, 1_000_000);
    const c = await create(t.tree.users.finance, warmth(t.tree.orgs.A.id));
    await throughNotice(c.id);
    const snapshot = async () => ({
      balance: await balance(acct.id),
      sources: await rows(sql`select source, balance_fen::text from fund_source_balances order by source`),
      txns: await rows(sql`select id from ledger_transactions order by id`),
      entries: await rows(sql`select id from ledger_entries order by id`),
      payments: await rows(sql`select id from payments`),
      batches: await rows(sql`select id from bank_batches`),
      records: await rows(sql`select id, status from aid_records order by id`),
      apps: await rows(sql`select id, state from applications order by id`),
    });
    const before = await snapshot();

    // 4 households with a card × 3,000 = 12,000 yuan; the account holds 10,000.
    const short = await act(t.tree.users.finance, c.id, 'pay');
    expect(short.statusCode, short.body).toBe(409);
    expect(short.json().code).toBe('INSUFFICIENT_FUNDS');
    expect(await snapshot()).toEqual(before);
    const failed = (await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/aid-campaigns/${c.id}` })).json();
    expect(failed).toMatchObject({ state: 'noticed', progress: null, payResult: null, lastError: { code: 'INSUFFICIENT_FUNDS' } });

    // Enough money, but the year's budget for 送温暖 is smaller than the batch.
    await receipt(acct.id, 5_000_000);
    const funded = await snapshot();
    await t.database.handle.db.execute(sql`insert into fund_budgets (account_id, year, source, aid_type, amount_fen, updated_by_name) values (${acct.id}, ${YEAR}, 'union_funds', 'sending_warmth', 1000000, 'test')`);
    const overBudget = await act(t.tree.users.finance, c.id, 'pay');
    expect(overBudget.statusCode, overBudget.body).toBe(422);
    expect(overBudget.json().code).toBe('BUDGET_EXCEEDED');
    expect(await snapshot()).toEqual(funded);

    await t.database.handle.db.execute(sql`update fund_budgets set amount_fen = 1200000`);
    const paid = await ok(await act(t.tree.users.finance, c.id, 'pay'));
    expect(paid).toMatchObject({ state: 'paid', lastError: null, payResult: { payments: 4, totalFen: 1_200_000, withoutBankCard: 1 } });
    expect(await balance(acct.id)).toBe(6_000_000 - 1_200_000);
    const sums = await rows<{ bank: string; expense: string; txns: number; unbalanced: number }>(sql`
      select (select sum(amount_fen) from ledger_entries where ledger = 'bank')::text as bank,
             (select sum(amount_fen) from ledger_entries where ledger = 'expense')::text as expense,
             (select count(*) from ledger_transactions where kind = 'payment')::int as txns,
             (select count(*) from (select txn_id from ledger_entries group by txn_id having sum(amount_fen) <> 0) x)::int as unbalanced`);
    expect(sums).toEqual([{ bank: String(6_000_000 - 1_200_000), expense: '1200000', txns: 4, unbalanced: 0 }]);
    const [src] = await rows<{ b: string }>(sql`select balance_fen::text as b from fund_source_balances where account_id = ${acct.id} and source = 'union_funds'`);
    expect(Number(src!.b)).toBe(6_000_000 - 1_200_000);
    const statuses = await rows<{ status: string; n: number }>(sql`select status, count(*)::int as n from aid_records group by status order by status`);
    expect(statuses).toEqual([{ status: 'approved', n: 1 }, { status: 'booked', n: 4 }]);
    const noCard = (await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/aid-campaigns/${c.id}/households?status=approved` })).json();
    expect(noCard.items).toHaveLength(1);
  });

  it('cancelling before payment withdraws the applications and frees the households for another campaign', async () => {
    await household('A1');
    await household('A2');
    await account(t.tree.orgs.A.id, 1_000_000);
    const c = await create(t.tree.users.finance, warmth(t.tree.orgs.A.id));
    await ok(await act(t.tree.users.finance, c.id, 'select'));
    const noticed = await ok(await act(t.tree.users.finance, c.id, 'notice', { title: '送温暖公示', objectionContact: '电话 123456' }));
    const bad = await act(t.tree.users.finance, c.id, 'cancel', { reason: '' });
    expect(bad.statusCode).toBe(400);
    const cancelled = await ok(await act(t.tree.users.finance, c.id, 'cancel', { reason: '资金未到位，改期' }));
    expect(cancelled).toMatchObject({ state: 'cancelled', counts: { withdrawn: 2 } });
    const [batch] = await rows<{ state: string }>(sql`select state from notice_batches where id = ${noticed.noticeBatchId}`);
    expect(batch!.state).toBe('closed');
    expect(await rows(sql`select 1 from application_steps where action = 'campaign_cancelled'`)).toHaveLength(2);
    expect((await act(t.tree.users.finance, c.id, 'cancel', { reason: '再次取消' })).statusCode).toBe(409);
    const next = (await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns/preview', payload: { ...warmth(t.tree.orgs.A.id), name: undefined } })).json();
    expect(next).toMatchObject({ households: 2, excluded: { fundedThisYear: 0 } });
  });

  it('bad input is refused naming the field, and nothing is written', async () => {
    await household('A1');
    await account(t.tree.orgs.A.id, 1_000_000);
    const cases: [object, number, string][] = [
      [warmth(t.tree.orgs.A.id, { amounts: {} }), 400, '/body/amounts/perHouseholdFen'],
      [warmth(t.tree.orgs.A.id, { amounts: { perHouseholdFen: 300_000, perStudentFen: { university: 1 } } }), 400, '/body/amounts/perStudentFen'],
      [warmth(t.tree.orgs.A.id, { amounts: { perHouseholdFen: 0 } }), 400, '/body/amounts/perHouseholdFen'],
      [warmth(t.tree.orgs.A.id, { aidType: 'living' }), 400, '/body/aidType'],
      [warmth(t.tree.orgs.A.id, { kind: 'golden_autumn' }), 400, '/body/amounts/perStudentFen'],
      [warmth(t.tree.orgs.A.id, { kind: 'golden_autumn', amounts: { perStudentFen: { university: 500_000 } }, rule: { studentLevels: ['senior'] } }), 400, '/body/rule/studentLevels/0'],
      [warmth(t.tree.orgs.A.id, { kind: 'custom' }), 400, '/body/aidType'],
      [warmth(t.tree.orgs.A.id, { kind: 'custom', aidType: 'temporary' }), 400, '/body/aidType'],
      [warmth(t.tree.orgs.A.id, { rule: { categories: ['not_eligible'] } }), 400, '/body/rule/categories/0'],
      [warmth(t.tree.orgs.A.id, { year: 1999 }), 400, '/body/year'],
      [warmth(t.tree.orgs.A.id, { extra: 1 }), 400, '/body'],
      [warmth('00000000-0000-4000-8000-000000000000'), 404, '/body/orgId'],
      [warmth(t.tree.orgs.A.id, { accountId: '00000000-0000-4000-8000-000000000000' }), 404, '/body/accountId'],
      [warmth(t.tree.orgs.A1.id), 422, '/body/accountId'],
    ];
    for (const [body, status, field] of cases) {
      const res = await t.as(t.tree.users.finance, { method: 'POST', url: '/api/v1/aid-campaigns', payload: body });
      expect(res.statusCode, `${field}: ${res.body}`).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors?.map((e: { field: string }) => e.field).some((f: string) => f.startsWith(field)), `${field}: ${res.body}`).toBe(true);
    }
    expect(await rows(sql`select 1 from aid_campaigns`)).toHaveLength(0);

    // A rule that selects nobody leaves the campaign a draft.
    const empty = await create(t.tree.users.finance, warmth(t.tree.orgs.A.id, { rule: { householdTypes: ['migrant'] } }));
    const none = await act(t.tree.users.finance, empty.id, 'select');
    expect(none.statusCode).toBe(422);
    expect(none.json().code).toBe('NOTHING_SELECTED');
    expect(await rows(sql`select 1 from campaign_households`)).toHaveLength(0);
    expect((await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/aid-campaigns/${empty.id}` })).json().state).toBe('draft');
    // Steps in order only.
    const early = await act(t.tree.users.finance, empty.id, 'notice', { title: '公示', objectionContact: '电话 123' });
    expect(early.statusCode).toBe(409);
    expect((await act(t.tree.users.finance, empty.id, 'pay')).statusCode).toBe(409);
    const badNotice = await act(t.tree.users.finance, empty.id, 'notice', { title: '公示', objectionContact: '电话 123', windowDays: 0 });
    expect(badNotice.statusCode).toBe(400);
    expect(await rows(sql`select 1 from notice_batches`)).toHaveLength(0);
    const badCursor = await t.as(t.tree.users.finance, { method: 'GET', url: `/api/v1/aid-campaigns/${empty.id}/households?cursor=nope` });
    expect(badCursor.statusCode).toBe(400);
  });

  it('the set-based close moves ordinary applications along their own plans, as the per-item close does', async () => {
    const aid = async () => {
      const file = await formalFile(t);
      const res = await t.as(t.tree.users.operator, { method: 'POST', url: '/api/v1/applications', payload: { kind: 'aid', fileId: file.id, aidType: 'living', amountFen: 120_000, reason: '生活困难申请救助' } });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().id;
      expect((await t.as(t.tree.users.operator, { method: 'POST', url: `/api/v1/applications/${id}/submit` })).statusCode).toBe(200);
      await expectPass(t, t.tree.users.chair, id);
      await visit(t, id);
      return id as string;
    };
    // Default workflow: the notice comes before upper review.
    const before = await aid();
    await expectPass(t, t.tree.users.operator, before);
    // After-approval workflow: the notice lists approved recipients.
    const set = await t.as(t.tree.users.cityAdmin, { method: 'PUT', url: `/api/v1/orgs/${t.tree.orgs.A.id}/workflow`, payload: { economicCheck: false, noticePlacement: 'after_approval', noticeDays: 5 } });
    expect(set.statusCode, set.body).toBe(200);
    const after = await aid();
    await expectPass(t, t.tree.users.operator, after);
    await expectPass(t, t.tree.users.reviewer, after);
    await expectPass(t, t.tree.users.approver, after);
    const batch = await publishNotice(t, t.tree.orgs.A1.id, [before, after]);
    clock.advance(8 * DAY);
    const moved = await t.database.handle.db.transaction((tx) => clearPendingInBulk(tx, batch.id, { id: null, name: 'system', org: null }, clock.clock()));
    expect(moved).toBe(2);
    const apps = await rows<{ id: string; state: string; aid_record_id: string | null }>(sql`select id, state, aid_record_id from applications`);
    expect(apps.find((a) => a.id === before)).toMatchObject({ state: 'upper_review', aid_record_id: null });
    const approved = apps.find((a) => a.id === after)!;
    expect(approved.state).toBe('approved');
    const records = await rows<{ id: string; application_id: string; status: string; year: number; amount_fen: string; campaign_id: string | null }>(sql`select id, application_id, status, year, amount_fen::text, campaign_id from aid_records`);
    expect(records).toEqual([{ id: approved.aid_record_id, application_id: after, status: 'approved', year: YEAR, amount_fen: '120000', campaign_id: null }]);
    const steps = await rows<{ application_id: string; to_state: string }>(sql`select application_id, to_state from application_steps where action = 'notice_cleared'`);
    expect(steps.map((x) => [x.application_id, x.to_state]).sort()).toEqual([[before, 'upper_review'], [after, 'approved']].sort());
  });

  it('the notice lines are masked in SQL exactly as maskName masks them', async () => {
    const names = ['张三丰', '李四', '王', '欧阳娜娜', ' 张三 ', '阿依·买买提', 'Anna Lee', '𠀋𠀌𠀍', '\u3000赵钱孙\u3000', '司马 相如'];
    const got = await rows<{ m: string }>(sql`select ${maskedNameSql(sql`n`)} as m from unnest(${sql.param(names)}::text[]) with ordinality as u(n, i) order by i`);
    expect(got.map((r) => r.m)).toEqual(names.map(maskName));
  });
});
