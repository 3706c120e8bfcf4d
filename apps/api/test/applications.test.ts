import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNoticesService } from '../src/modules/notices/notices.service';
import { testClock, useTestApp } from './helpers/app';
import { householdBody, makeId } from './helpers/households';
import { batchItems, batchObjections, expectNothingPersonal, publicItems } from './helpers/notices';
import { confirmedFile, decide, expectPass, formalFile, publishNotice, visit } from './helpers/workflow';

// Early in a year, so the windows the tests wait out never cross into the next year's caps.
const time = testClock(new Date('2026-03-02T02:00:00Z'));
const t = useTestApp({ clock: time.clock, config: { objectionMaxPerDay: 3 } });
const DAY = 86_400_000;
const year = () => time.clock().toISOString().slice(0, 4);

const create = async (payload: object, who = t.tree.users.operator) => {
  const res = await t.as(who, { method: 'POST', url: '/api/v1/applications', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const submit = async (id: string) => {
  const res = await t.as(t.tree.users.operator, { method: 'POST', url: `/api/v1/applications/${id}/submit` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const closeBatch = (id: string, who = t.tree.users.operator) => t.as(who, { method: 'POST', url: `/api/v1/notice-batches/${id}/close` });

/** Drives an application from draft to the notice step with the default workflow. */
async function toNotice(appId: string) {
  await submit(appId);
  await expectPass(t, t.tree.users.chair, appId);
  await visit(t, appId);
  return expectPass(t, t.tree.users.operator, appId);
}

describe('a new-file application through the whole default workflow', () => {
  it('draft → review → visit → notice → upper review → approval: the file becomes formal, every step on the timeline', async () => {
    const file = await confirmedFile(t);
    const app = await create({ kind: 'new_file', fileId: file.id, reason: '家庭成员患重病，申请建档' });
    expect(app).toMatchObject({ state: 'draft', applicantName: '张三', applicationNo: expect.stringMatching(/^SQ440305/) });
    const submitted = await submit(app.id);
    expect(submitted).toMatchObject({ state: 'grassroots_review', plan: ['grassroots_review', 'home_visit', 'notice', 'upper_review', 'approval'] });

    // a higher level cannot decide before the lower level has
    const early = await decide(t, t.tree.users.reviewer, app.id, 'pass');
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('OUT_OF_ORDER');
    const earlyApprover = await decide(t, t.tree.users.approver, app.id, 'pass', { step: 'approval' });
    expect(earlyApprover.json().code).toBe('OUT_OF_ORDER');

    expect((await expectPass(t, t.tree.users.chair, app.id)).state).toBe('home_visit');
    expect((await decide(t, t.tree.users.operator, app.id, 'pass')).json().code).toBe('VISIT_MISSING');
    await visit(t, app.id, false);
    expect((await decide(t, t.tree.users.operator, app.id, 'pass')).json().code).toBe('CONSENT_MISSING');
    await visit(t, app.id, true);
    expect((await expectPass(t, t.tree.users.operator, app.id)).state).toBe('notice');
    expect((await decide(t, t.tree.users.reviewer, app.id, 'pass')).json().code).toBe('NOTICE_IN_PROGRESS');

    const inboxBefore = (await t.as(t.tree.users.operator, { method: 'GET', url: '/api/v1/inbox' })).json();
    expect(inboxBefore.counts.notice).toBe(1);
    const batch = await publishNotice(t, t.tree.orgs.A1.id, [app.id]);
    expect(batch).toMatchObject({ state: 'published', itemCounts: { total: 1, pending: 1 }, objectionCounts: { total: 0, open: 0 } });
    expect(batch).not.toHaveProperty('items');
    expect((await batchItems(t, t.tree.users.operator, batch.id))[0]).toMatchObject({ maskedName: '张*', unit: '甲一公司工会', state: 'pending' });
    expect((await closeBatch(batch.id)).json().code).toBe('NOTICE_WINDOW_OPEN');
    time.advance(7 * DAY + 1000);
    expect((await closeBatch(batch.id)).statusCode).toBe(200);

    const atUpper = (await t.as(t.tree.users.reviewer, { method: 'GET', url: `/api/v1/applications/${app.id}` })).json();
    expect(atUpper.state).toBe('upper_review');
    expect(atUpper.allowedActions).toEqual(expect.arrayContaining(['pass', 'return', 'reject']));
    expect((await t.as(t.tree.users.reviewer, { method: 'GET', url: '/api/v1/inbox' })).json().counts).toEqual({ upper_review: 1 });
    await expectPass(t, t.tree.users.reviewer, app.id);
    const approved = await expectPass(t, t.tree.users.approver, app.id);
    expect(approved.state).toBe('approved');
    const formal = (await t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/hardship-files/${file.id}` })).json();
    expect(formal.status).toBe('formal');
    expect(approved.timeline.map((s: { action: string }) => s.action)).toEqual(['create', 'submit', 'pass', 'visit', 'visit', 'pass', 'notice_added', 'notice_cleared', 'pass', 'pass']);
    expect(approved.timeline[2]).toMatchObject({ actorName: 'a1_chair', actorRole: 'grassroots_chair', step: 'grassroots_review', toState: 'home_visit' });
  });
});

describe('return, reject, withdraw', () => {
  it('return needs an opinion, goes back for correction, and resubmits from the first step', async () => {
    const file = await confirmedFile(t);
    const app = await create({ kind: 'new_file', fileId: file.id, reason: '申请建档' });
    await submit(app.id);
    const noOpinion = await decide(t, t.tree.users.chair, app.id, 'return');
    expect(noOpinion.statusCode).toBe(400);
    expect(noOpinion.json().errors[0].field).toBe('/body/opinion');
    const returned = (await decide(t, t.tree.users.chair, app.id, 'return', { opinion: '收入证明不全，请补正' })).json();
    expect(returned.state).toBe('returned');
    expect((await t.as(t.tree.users.operator, { method: 'GET', url: '/api/v1/inbox' })).json().counts.returned).toBe(1);
    const fixed = await t.as(t.tree.users.operator, { method: 'PATCH', url: `/api/v1/applications/${app.id}`, payload: { reason: '申请建档，已补充收入证明' } });
    expect(fixed.statusCode).toBe(200);
    const again = await submit(app.id);
    expect(again.state).toBe('grassroots_review');
    expect(again.timeline.at(-1)).toMatchObject({ action: 'resubmit' });
    const rejected = (await decide(t, t.tree.users.chair, app.id, 'reject', { opinion: '经核实不符合条件' })).json();
    expect(rejected.state).toBe('rejected');
    expect((await decide(t, t.tree.users.chair, app.id, 'pass')).statusCode).toBe(409);
  });

  it('withdraw while the case is with the grassroots; not under notice, not from the upper review on', async () => {
    const file = await confirmedFile(t);
    const withdraw = (id: string) => t.as(t.tree.users.operator, { method: 'POST', url: `/api/v1/applications/${id}/withdraw`, payload: { opinion: '申请人撤回' } });
    const draft = await create({ kind: 'new_file', fileId: file.id, reason: '申请建档' });
    expect((await withdraw(draft.id)).json().state).toBe('withdrawn');
    const a = await create({ kind: 'new_file', fileId: file.id, reason: '申请建档' });
    await submit(a.id);
    const w = (await withdraw(a.id)).json();
    expect(w.state).toBe('withdrawn');
    expect(w.timeline.at(-1)).toMatchObject({ action: 'withdraw', fromState: 'grassroots_review', toState: 'withdrawn', opinion: '申请人撤回' });
    const atVisit = await create({ kind: 'new_file', fileId: file.id, reason: '申请建档' });
    await submit(atVisit.id);
    expect((await expectPass(t, t.tree.users.chair, atVisit.id)).allowedActions).toContain('withdraw');
    expect((await withdraw(atVisit.id)).json().state).toBe('withdrawn');

    const b = await create({ kind: 'new_file', fileId: file.id, reason: '重新申请' });
    const atNotice = await toNotice(b.id);
    expect(atNotice.allowedActions).not.toContain('withdraw');
    const underNotice = await withdraw(b.id);
    expect(underNotice.statusCode).toBe(409);
    expect(underNotice.json().code).toBe('NOTICE_IN_PROGRESS');
    const batch = await publishNotice(t, t.tree.orgs.A1.id, [b.id]);
    time.advance(7 * DAY + 1000);
    expect((await closeBatch(batch.id)).statusCode).toBe(200);
    const atUpper = (await t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/applications/${b.id}` })).json();
    expect(atUpper.state).toBe('upper_review');
    expect(atUpper.allowedActions).not.toContain('withdraw');
    const late = await withdraw(b.id);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'NOT_WITHDRAWABLE', detail: expect.stringContaining('before the upper review') });
    expect((await t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/applications/${b.id}` })).json().state).toBe('upper_review');
  });
});

describe('objections hold everything up', () => {
  it('an open objection blocks the close; a sustained one sends the item to recheck and a new notice', async () => {
    const f1 = await confirmedFile(t);
    const f2 = await confirmedFile(t, { ...householdBody(t.tree.orgs.A1.id), members: [{ relation: 'head', name: '王小红', gender: 'female', idNumber: makeId('440305', '19850304', 124), workStatus: 'unemployed' }] });
    const a1 = await create({ kind: 'new_file', fileId: f1.id, reason: '申请建档' });
    const a2 = await create({ kind: 'new_file', fileId: f2.id, reason: '申请建档' });
    await toNotice(a1.id);
    await toNotice(a2.id);
    const batch = await publishNotice(t, t.tree.orgs.A1.id, [a1.id, a2.id]);
    const token = batch.publicToken;
    expect(batch.itemCounts).toEqual({ total: 2, pending: 2, cleared: 0, recheck: 0 });
    const item1 = (await batchItems(t, t.tree.users.operator, batch.id)).find((i) => i.applicationId === a1.id)!;
    const objection = await t.app.inject({ method: 'POST', url: `/api/v1/public/notices/${token}/objections`, payload: { itemId: item1.id, content: '此户家中有两套住房，情况不实' }, remoteAddress: '198.51.100.9' });
    expect(objection.statusCode).toBe(201);
    time.advance(8 * DAY);
    const blocked = await closeBatch(batch.id);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('OBJECTIONS_PENDING');
    const withOpen = (await t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/notice-batches/${batch.id}` })).json();
    expect(withOpen.objectionCounts).toEqual({ total: 1, open: 1 });
    expect((await batchItems(t, t.tree.users.operator, batch.id)).find((i) => i.applicationId === a1.id)!.openObjections).toBe(1);
    // nothing in the batch moved, and nobody can push it on by hand
    expect((await decide(t, t.tree.users.reviewer, a2.id, 'pass')).json().code).toBe('NOTICE_IN_PROGRESS');
    const [open] = await batchObjections(t, t.tree.users.operator, batch.id, { open: 'true' });
    expect(open).toMatchObject({ itemId: item1.id, itemName: '张*', anonymous: true, outcome: null });
    const objId = open!.id;
    const ruled = await t.as(t.tree.users.reviewer, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/objections/${objId}/ruling`, payload: { outcome: 'sustained', ruling: '经入户复核，异议属实，转复核' } });
    expect(ruled.statusCode, ruled.body).toBe(200);
    expect(ruled.json()).toMatchObject({ itemCounts: { total: 2, pending: 1, recheck: 1 }, objectionCounts: { total: 1, open: 0 } });
    expect((await batchItems(t, t.tree.users.operator, batch.id, { state: 'recheck' })).map((i) => i.applicationId)).toEqual([a1.id]);
    expect((await closeBatch(batch.id)).statusCode).toBe(200);
    const [s1, s2] = await Promise.all([a1.id, a2.id].map(async (id) => (await t.as(t.tree.users.reviewer, { method: 'GET', url: `/api/v1/applications/${id}` })).json().state));
    expect(s1).toBe('recheck');
    expect(s2).toBe('upper_review');
    // recheck passed → back to a new notice
    const rechecked = await expectPass(t, t.tree.users.reviewer, a1.id);
    expect(rechecked).toMatchObject({ state: 'notice', noticeBatchId: null });
  });

  it('a dismissed objection lets the batch close; objections after the window or beyond the daily limit are refused', async () => {
    const file = await confirmedFile(t);
    const a = await create({ kind: 'new_file', fileId: file.id, reason: '申请建档' });
    await toNotice(a.id);
    const batch = await publishNotice(t, t.tree.orgs.A1.id, [a.id]);
    const post = (content: string) => t.app.inject({ method: 'POST', url: `/api/v1/public/notices/${batch.publicToken}/objections`, payload: { content }, remoteAddress: '203.0.113.5' });
    for (let i = 0; i < 3; i++) expect((await post(`匿名异议第${i + 1}条`)).statusCode).toBe(201);
    const limited = await post('第四条异议');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeTruthy();
    for (const o of await batchObjections(t, t.tree.users.operator, batch.id, { limit: 2 })) {
      const r = await t.as(t.tree.users.operator, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/objections/${o.id}/ruling`, payload: { outcome: 'dismissed', ruling: '经核实，异议不成立' } });
      expect(r.statusCode).toBe(200);
    }
    time.advance(8 * DAY);
    const late = await t.app.inject({ method: 'POST', url: `/api/v1/public/notices/${batch.publicToken}/objections`, payload: { content: '窗口期后的异议' }, remoteAddress: '203.0.113.6' });
    expect(late.json().code).toBe('NOTICE_CLOSED');
    expect((await closeBatch(batch.id)).statusCode).toBe(200);
  });

  it('the sweep closes a batch whose window ended cleanly, and leaves one with an open objection', async () => {
    const [f1, f2] = [await confirmedFile(t), await confirmedFile(t, { ...householdBody(t.tree.orgs.A1.id), members: [{ relation: 'head', name: '陈小燕', gender: 'female', idNumber: makeId('440305', '19880808', 226), workStatus: 'unemployed' }] })];
    const a1 = await create({ kind: 'new_file', fileId: f1.id, reason: '申请建档' });
    const a2 = await create({ kind: 'new_file', fileId: f2.id, reason: '申请建档' });
    await toNotice(a1.id);
    await toNotice(a2.id);
    const clean = await publishNotice(t, t.tree.orgs.A1.id, [a1.id]);
    const contested = await publishNotice(t, t.tree.orgs.A1.id, [a2.id]);
    await t.app.inject({ method: 'POST', url: `/api/v1/public/notices/${contested.publicToken}/objections`, payload: { content: '有异议，请核实' }, remoteAddress: '192.0.2.77' });
    const notices = createNoticesService({ db: t.database.handle.db, clock: time.clock });
    expect(await notices.closeExpired()).toBe(0);
    time.advance(8 * DAY);
    expect(await notices.closeExpired()).toBe(1);
    const states = await Promise.all([clean.id, contested.id].map(async (id) => (await t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/notice-batches/${id}` })).json().state));
    expect(states).toEqual(['closed', 'published']);
    expect((await t.as(t.tree.users.reviewer, { method: 'GET', url: `/api/v1/applications/${a1.id}` })).json().state).toBe('upper_review');
  });

  it('the public page and its JSON show no ID number, phone, address, illness or bank data', async () => {
    const body = householdBody(t.tree.orgs.A1.id);
    const file = await confirmedFile(t, { ...body, members: [{ ...body.members[0], address: '南山区科技园北区12栋301' }, body.members[1]] });
    const a = await create({ kind: 'new_file', fileId: file.id, reason: '申请建档' });
    await toNotice(a.id);
    const batch = await publishNotice(t, t.tree.orgs.A1.id, [a.id]);
    const page = await t.app.inject({ method: 'GET', url: `/api/v1/public/notices/${batch.publicToken}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ title: '2026年第1批帮扶公示', open: true, itemCount: 1 });
    const items = await t.app.inject({ method: 'GET', url: `/api/v1/public/notices/${batch.publicToken}/items` });
    expect(items.json()).toEqual({ items: [expect.objectContaining({ maskedName: '张*', unit: '甲一公司工会', category: 'deep' })], nextCursor: null });
    const orgs = await t.app.inject({ method: 'GET', url: `/api/v1/public/notices/${batch.publicToken}/orgs` });
    expect(orgs.json()).toEqual({ items: [{ orgId: t.tree.orgs.A1.id, name: '甲一公司工会', items: 1 }] });
    for (const text of [page.body, items.body, orgs.body]) expectNothingPersonal(text, ['尿毒症', '南山区科技园', '李梅', '中国工商银行', body.members[0]!.idNumber.slice(-4)]);
    expect(await publicItems(t, batch.publicToken)).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/notices/AAAAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(404);
  });
});

describe('aid applications: file first, escalation, caps', () => {
  it('aid needs a formal file (先建档、后帮扶); temporary aid does not, but excludes self-caused hardship', async () => {
    const file = await confirmedFile(t);
    const res = await t.as(t.tree.users.operator, { method: 'POST', url: '/api/v1/applications', payload: { kind: 'aid', fileId: file.id, aidType: 'medical', amountFen: 500_000, reason: '住院费用' } });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'FILE_NOT_FORMAL', errors: [{ field: '/body/fileId' }] });
    const temp = await create({ kind: 'temporary_aid', aidType: 'temporary', amountFen: 200_000, orgId: t.tree.orgs.A1.id, reason: '突发火灾', applicant: { name: '刘大勇', gender: 'male', idNumber: makeId('440305', '19760808', 333) } });
    expect(temp).toMatchObject({ state: 'draft', fileId: null, applicantName: '刘大勇' });
    const self = await t.as(t.tree.users.operator, { method: 'POST', url: '/api/v1/applications', payload: { kind: 'temporary_aid', aidType: 'temporary', amountFen: 1, orgId: t.tree.orgs.A1.id, reason: '赌博欠债', applicant: { name: '某某', gender: 'male', idNumber: makeId('440305', '19760808', 335), selfCaused: true } } });
    expect(self.json().code).toBe('SELF_CAUSED');
    const good = makeId('440305', '19760808', 337);
    const badId = await t.as(t.tree.users.operator, { method: 'POST', url: '/api/v1/applications', payload: { kind: 'temporary_aid', aidType: 'temporary', amountFen: 1, orgId: t.tree.orgs.A1.id, reason: '突发火灾', applicant: { name: '某某', gender: 'male', idNumber: `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}` } } });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors).toEqual([{ field: '/body/applicant/idNumber', message: expect.stringContaining('check character'), rule: 'checksum' }]);
  });

  it('an amount over the threshold needs a higher-level approver', async () => {
    await t.as(t.tree.users.provinceAdmin, { method: 'POST', url: `/api/v1/orgs/${t.tree.orgs.P.id}/approval-escalations`, payload: { aidType: 'medical', overAmountFen: 2_000_000, requiredLevel: 'province' } });
    const file = await formalFile(t);
    const app = await create({ kind: 'aid', fileId: file.id, aidType: 'medical', amountFen: 2_500_000, reason: '大病医疗救助' });
    await toNotice(app.id);
    const batch = await publishNotice(t, t.tree.orgs.A1.id, [app.id]);
    time.advance(8 * DAY);
    await closeBatch(batch.id);
    await expectPass(t, t.tree.users.reviewer, app.id);
    const tooLow = await decide(t, t.tree.users.approver, app.id, 'pass');
    expect(tooLow.statusCode).toBe(403);
    expect(tooLow.json()).toMatchObject({ code: 'APPROVAL_LEVEL_TOO_LOW', detail: expect.stringContaining('province') });
    // the same in structured form, for programs and the UI
    expect(tooLow.json().escalation).toEqual({
      ruleId: expect.any(String),
      ruleOrgId: t.tree.orgs.P.id,
      aidType: 'medical',
      overAmountFen: 2_000_000,
      amountFen: 2_500_000,
      requiredLevel: 'province',
      approverLevel: 'county',
    });
  });

  it('caps: approval refused with 422 naming the cap, the amount granted and what is left', async () => {
    await t.as(t.tree.users.cityAdmin, { method: 'PUT', url: `/api/v1/orgs/${t.tree.orgs.A.id}/workflow`, payload: { economicCheck: false, noticePlacement: 'after_approval', noticeDays: 5 } });
    const cap = await t.as(t.tree.users.cityAdmin, { method: 'PUT', url: '/api/v1/aid-caps', payload: { divisionCode: '440300', year: Number(year()), category: 'deep', aidType: 'medical', maxAmountFen: 2_000_000, maxItems: null } });
    expect(cap.statusCode, cap.body).toBe(200);
    const file = await formalFile(t);
    const drive = async (amountFen: number) => {
      const app = await create({ kind: 'aid', fileId: file.id, aidType: 'medical', amountFen, reason: '医疗救助' });
      await submit(app.id);
      await expectPass(t, t.tree.users.chair, app.id);
      await visit(t, app.id);
      const atUpper = await expectPass(t, t.tree.users.operator, app.id);
      expect(atUpper.state).toBe('upper_review');
      await expectPass(t, t.tree.users.reviewer, app.id);
      return app.id;
    };
    const first = await drive(1_500_000);
    const approvedFirst = await expectPass(t, t.tree.users.approver, first);
    expect(approvedFirst.state).toBe('notice'); // after approval: the recipients' notice comes last
    expect(approvedFirst.aidRecordId).toBeNull(); // nothing to pay before the notice clears
    const batch = await publishNotice(t, t.tree.orgs.A1.id, [first]);
    expect(batch.windowDays).toBe(5);
    time.advance(5 * DAY + 1000);
    const closed = await closeBatch(batch.id);
    expect(closed.statusCode).toBe(200);
    const paid = (await t.as(t.tree.users.approver, { method: 'GET', url: `/api/v1/applications/${first}` })).json();
    expect(paid).toMatchObject({ state: 'approved', aidRecordId: expect.any(String) });
    const second = await drive(1_000_000);
    const refused = await decide(t, t.tree.users.approver, second, 'pass');
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'CAP_EXCEEDED' });
    expect(refused.json().detail).toContain('20000.00');
    expect(refused.json().detail).toContain('granted 15000.00');
    expect(refused.json().detail).toContain('left 5000.00');
    expect(refused.json().cap).toEqual({
      capId: cap.json().id,
      divisionCode: '440300',
      year: Number(year()),
      category: 'deep',
      aidType: 'medical',
      measure: 'amount',
      limit: 2_000_000,
      granted: 1_500_000,
      left: 500_000,
      requested: 1_000_000,
    });
    expect(refused.json().errors).toEqual([{ field: '/body/decision', message: refused.json().detail }]);
  });
});

describe('the happy path for each aid type', () => {
  it.each(['living', 'medical', 'education', 'training', 'job_referral', 'legal_aid', 'sending_warmth', 'temporary'])('%s aid: draft to approved, with an aid record to pay', async (aidType) => {
    const file = await formalFile(t);
    const before = (await t.as(t.tree.users.operator, { method: 'GET', url: '/api/v1/hardship-files?neverHelped=true' })).json();
    expect(before.items.map((f: { id: string }) => f.id)).toContain(file.id);
    const kind = aidType === 'temporary' ? 'temporary_aid' : 'aid';
    const app = await create({ kind, fileId: file.id, aidType, amountFen: 300_000, reason: `申请${aidType}帮扶` });
    await toNotice(app.id);
    const batch = await publishNotice(t, t.tree.orgs.A1.id, [app.id]);
    expect((await batchItems(t, t.tree.users.operator, batch.id))[0]).toMatchObject({ aidType, amountFen: 300_000 });
    time.advance(8 * DAY);
    expect((await closeBatch(batch.id)).statusCode).toBe(200);
    await expectPass(t, t.tree.users.reviewer, app.id);
    const approved = await expectPass(t, t.tree.users.approver, app.id);
    expect(approved).toMatchObject({ state: 'approved', aidType, amountFen: 300_000, aidRecordId: expect.any(String) });
    const rows = await t.database.handle.db.execute(sql`select aid_type, amount_fen, status, category from aid_records where id = ${approved.aidRecordId}`);
    // the file leaves the never-helped list once aid is approved
    const never = (await t.as(t.tree.users.operator, { method: 'GET', url: '/api/v1/hardship-files?neverHelped=true' })).json();
    expect(never.items.map((f: { id: string }) => f.id)).not.toContain(file.id);
    expect((rows as unknown as { rows: unknown[] }).rows[0]).toMatchObject({ aid_type: aidType, status: 'approved', category: 'deep' });
  });
});

describe('workflow settings are inherited down the tree', () => {
  it('an org without its own settings uses its nearest ancestor’s', async () => {
    const before = (await t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/orgs/${t.tree.orgs.A1.id}/workflow` })).json();
    expect(before).toMatchObject({ inheritedFrom: null, steps: ['grassroots_review', 'home_visit', 'notice', 'upper_review', 'approval'] });
    await t.as(t.tree.users.cityAdmin, { method: 'PUT', url: `/api/v1/orgs/${t.tree.orgs.C.id}/workflow`, payload: { economicCheck: true, noticePlacement: 'before_upper_review', noticeDays: 7 } });
    const after = (await t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/orgs/${t.tree.orgs.A1.id}/workflow` })).json();
    expect(after).toMatchObject({ inheritedFrom: t.tree.orgs.C.id, steps: ['grassroots_review', 'home_visit', 'economic_check', 'notice', 'upper_review', 'approval'] });
    expect((await t.as(t.tree.users.operator, { method: 'PUT', url: `/api/v1/orgs/${t.tree.orgs.A1.id}/workflow`, payload: { economicCheck: false, noticePlacement: 'after_approval', noticeDays: 7 } })).statusCode).toBe(403);
  });
});
