import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testClock, useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { householdBody, makeId } from './helpers/households';
import { batchItems, batchObjections, publicItems } from './helpers/notices';
import { confirmedFile, decide, expectPass, publishNotice, visit } from './helpers/workflow';

// Issue 4's workflow rules around the main path: removing caps and thresholds, who sees which caps,
// the application filters a notice batch needs, the inbox a page at a time, and the public page's
// marking of items under recheck.
const time = testClock(new Date('2026-03-02T02:00:00Z'));
const t = useTestApp({ clock: time.clock });
const DAY = 86_400_000;

const create = async (payload: object, who = t.tree.users.operator) => {
  const res = await t.as(who, { method: 'POST', url: '/api/v1/applications', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const submit = async (id: string, who = t.tree.users.operator) => {
  const res = await t.as(who, { method: 'POST', url: `/api/v1/applications/${id}/submit` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
async function newFileApp(orgId = t.tree.orgs.A1.id, who = t.tree.users.operator) {
  let file = orgId === t.tree.orgs.A1.id ? await confirmedFile(t, householdBody(orgId)) : null;
  if (!file) {
    // elsewhere than A1: filed by the caller, confirmed by the county's approver
    const res = await t.as(who, { method: 'POST', url: '/api/v1/hardship-files', payload: householdBody(orgId) });
    expect(res.statusCode, res.body).toBe(201);
    const ok = await t.as(t.tree.users.approver, { method: 'POST', url: `/api/v1/hardship-files/${res.json().id}/confirm-category`, payload: { category: res.json().proposedCategory } });
    expect(ok.statusCode, ok.body).toBe(200);
    file = ok.json();
  }
  return create({ kind: 'new_file', fileId: file.id, reason: '申请建档' }, who);
}
async function toNotice(appId: string) {
  await submit(appId);
  await expectPass(t, t.tree.users.chair, appId);
  await visit(t, appId);
  return expectPass(t, t.tree.users.operator, appId);
}
const get = (who: string, url: string) => t.as(who, { method: 'GET', url });
const capOf = (divisionCode: string, maxAmountFen = 1_000_000) => ({ divisionCode, year: 2026, category: 'any', aidType: 'any', maxAmountFen, maxItems: null });
const auditRows = (action: string) => queryRows<{ actor_name: string; before: Record<string, unknown> }>(t.database.handle.db, sql`select actor_name, before from audit_log where action = ${action}`);

describe('caps: who sees them, who removes them', () => {
  it('GET /aid-caps lists the caps that can bind the caller’s subtree and those of its own region, no others', async () => {
    const put = async (who: string, body: object) => {
      const res = await t.as(who, { method: 'PUT', url: '/api/v1/aid-caps', payload: body });
      expect(res.statusCode, res.body).toBe(200);
    };
    await put(t.tree.users.provinceAdmin, capOf('440000'));
    await put(t.tree.users.cityAdmin, capOf('440300'));
    await put(t.tree.users.cityAdmin, capOf('440306')); // in the city's region, no org of the tree there
    await put(t.tree.users.aAdmin, capOf('440305'));
    await put(t.tree.users.bAdmin, capOf('440304'));
    // another province's cap (no admin of this tree may set one)
    await t.database.handle.db.execute(sql`insert into aid_caps (division_code, year, category, aid_type, max_amount_fen) values ('110000', 2026, 'any', 'any', 1)`);
    const seen = async (who: string, query = '') => ((await get(who, `/api/v1/aid-caps${query}`)).json().items as { divisionCode: string }[]).map((c) => c.divisionCode).sort();
    expect(await seen(t.tree.users.operator)).toEqual(['440000', '440300', '440305']);
    expect(await seen(t.tree.users.aAdmin)).toEqual(['440000', '440300', '440305']);
    expect(await seen(t.tree.users.bAdmin)).toEqual(['440000', '440300', '440304']);
    expect(await seen(t.tree.users.cityAdmin)).toEqual(['440000', '440300', '440304', '440305', '440306']);
    expect(await seen(t.tree.users.provinceAdmin)).toEqual(['440000', '440300', '440304', '440305', '440306']);
    expect(await seen(t.tree.users.cityAdmin, '?divisionCode=4403')).toEqual(['440300', '440304', '440305', '440306']);
  });

  it('DELETE /aid-caps/:id: only an admin of the cap’s region; audited; gone from the list', async () => {
    const cap = (await t.as(t.tree.users.cityAdmin, { method: 'PUT', url: '/api/v1/aid-caps', payload: capOf('440300', 100) })).json();
    const fromCounty = await t.as(t.tree.users.aAdmin, { method: 'DELETE', url: `/api/v1/aid-caps/${cap.id}` });
    expect(fromCounty.statusCode).toBe(403); // A sees the city's cap (it binds A) but may not remove it
    const fromApprover = await t.as(t.tree.users.approver, { method: 'DELETE', url: `/api/v1/aid-caps/${cap.id}` });
    expect(fromApprover.statusCode).toBe(403); // no workflow:manage
    const missing = await t.as(t.tree.users.cityAdmin, { method: 'DELETE', url: '/api/v1/aid-caps/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
    expect((await get(t.tree.users.aAdmin, '/api/v1/aid-caps')).json().items).toHaveLength(1);

    const removed = await t.as(t.tree.users.cityAdmin, { method: 'DELETE', url: `/api/v1/aid-caps/${cap.id}` });
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect((await get(t.tree.users.cityAdmin, '/api/v1/aid-caps')).json().items).toEqual([]);
    expect((await t.as(t.tree.users.cityAdmin, { method: 'DELETE', url: `/api/v1/aid-caps/${cap.id}` })).statusCode).toBe(404);
    expect(await auditRows('workflow.cap_delete')).toEqual([
      { actor_name: 'c_admin', before: { divisionCode: '440300', year: 2026, category: 'any', aidType: 'any', maxAmountFen: 100, maxItems: null } },
    ]);
  });
});

describe('escalation thresholds can be removed', () => {
  it('DELETE /approval-escalations/:id: by the subtree that set it; audited; the approval then needs no higher level', async () => {
    const rule = await t.as(t.tree.users.provinceAdmin, { method: 'POST', url: `/api/v1/orgs/${t.tree.orgs.P.id}/approval-escalations`, payload: { aidType: 'any', overAmountFen: 0, requiredLevel: 'province' } });
    expect(rule.statusCode, rule.body).toBe(201);
    const id = rule.json().id;
    // A is bound by the province's rule and sees it, but it is not A's to remove
    expect((await get(t.tree.users.aAdmin, '/api/v1/approval-escalations')).json().items.map((e: { id: string }) => e.id)).toEqual([id]);
    expect((await t.as(t.tree.users.aAdmin, { method: 'DELETE', url: `/api/v1/approval-escalations/${id}` })).statusCode).toBe(404);

    // while it stands, the county approver may not approve temporary aid of any amount
    const app = await create({ kind: 'temporary_aid', aidType: 'temporary', amountFen: 50_000, orgId: t.tree.orgs.A1.id, reason: '突发火灾', applicant: { name: '刘大勇', gender: 'male', idNumber: makeId('440305', '19760808', 333) } });
    await t.as(t.tree.users.cityAdmin, { method: 'PUT', url: `/api/v1/orgs/${t.tree.orgs.A.id}/workflow`, payload: { economicCheck: false, noticePlacement: 'after_approval', noticeDays: 7 } });
    await submit(app.id);
    await expectPass(t, t.tree.users.chair, app.id);
    await visit(t, app.id);
    await expectPass(t, t.tree.users.operator, app.id);
    await expectPass(t, t.tree.users.reviewer, app.id);
    const refused = await decide(t, t.tree.users.approver, app.id, 'pass');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().escalation).toMatchObject({ ruleId: id, requiredLevel: 'province', approverLevel: 'county', amountFen: 50_000 });

    const removed = await t.as(t.tree.users.provinceAdmin, { method: 'DELETE', url: `/api/v1/approval-escalations/${id}` });
    expect(removed.statusCode).toBe(204);
    expect((await get(t.tree.users.aAdmin, '/api/v1/approval-escalations')).json().items).toEqual([]);
    expect(await auditRows('workflow.escalation_delete')).toEqual([{ actor_name: 'p_admin', before: { id, aidType: 'any', overAmountFen: 0, requiredLevel: 'province' } }]);
    expect((await expectPass(t, t.tree.users.approver, app.id)).state).toBe('notice');
  });
});

describe('GET /applications: orgId (subtree) and notInBatch', () => {
  it('notInBatch=true lists what waits at the notice step in no batch; orgId narrows to a subtree inside mine', async () => {
    const waiting = await newFileApp();
    const batched = await newFileApp();
    const draft = await newFileApp();
    await toNotice(waiting.id);
    await toNotice(batched.id);
    const batch = await t.as(t.tree.users.operator, { method: 'POST', url: '/api/v1/notice-batches', payload: { orgId: t.tree.orgs.A1.id, title: '甲一第1批公示', objectionContact: '电话 0755-1' } });
    await t.as(t.tree.users.operator, { method: 'POST', url: `/api/v1/notice-batches/${batch.json().id}/items`, payload: { applicationIds: [batched.id] } });
    const inA2 = await newFileApp(t.tree.orgs.A2.id, t.tree.users.aOperator);

    const ids = async (who: string, query: string) => {
      const res = await get(who, `/api/v1/applications?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { id: string }[]).map((a) => a.id).sort();
    };
    expect(await ids(t.tree.users.operator, 'notInBatch=true')).toEqual([waiting.id]);
    expect(await ids(t.tree.users.operator, 'state=notice')).toEqual([waiting.id, batched.id].sort());
    expect(await ids(t.tree.users.aOperator, 'notInBatch=true')).toEqual([waiting.id]);
    expect(await ids(t.tree.users.aOperator, `orgId=${t.tree.orgs.A2.id}`)).toEqual([inA2.id]);
    expect(await ids(t.tree.users.aOperator, `orgId=${t.tree.orgs.A1.id}&state=draft`)).toEqual([draft.id]);
    expect(await ids(t.tree.users.aOperator, `orgId=${t.tree.orgs.A.id}`)).toHaveLength(4);
    expect(await ids(t.tree.users.aOperator, `orgId=${t.tree.orgs.A2.id}&notInBatch=true`)).toEqual([]);
    // an org outside my subtree (above or beside it) is not found
    for (const orgId of [t.tree.orgs.A.id, t.tree.orgs.B1.id]) {
      const res = await get(t.tree.users.operator, `/api/v1/applications?orgId=${orgId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().errors[0].field).toBe('/querystring/orgId');
    }
    expect((await get(t.tree.users.operator, '/api/v1/applications?notInBatch=maybe')).statusCode).toBe(400);
  });
});

describe('the inbox a page at a time', () => {
  it('counts everything waiting; items come newest first in pages that neither overlap nor skip', async () => {
    const apps = [];
    for (let i = 0; i < 5; i++) {
      const app = await newFileApp();
      await submit(app.id);
      time.advance(60_000);
      apps.push(app.id);
    }
    const first = (await get(t.tree.users.chair, '/api/v1/inbox?limit=2')).json();
    expect(first).toMatchObject({ counts: { grassroots_review: 5 }, total: 5 });
    expect(first.items).toHaveLength(2);
    const seen: string[] = first.items.map((i: { id: string }) => i.id);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = (await get(t.tree.users.chair, `/api/v1/inbox?limit=2&cursor=${cursor}`)).json();
      expect(page.total).toBe(5);
      seen.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([...apps].reverse());
    const all = (await get(t.tree.users.chair, '/api/v1/inbox')).json();
    expect(all.items.map((i: { waitingFor: string }) => i.waitingFor)).toEqual(Array(5).fill('grassroots_review'));
    expect(all.nextCursor).toBeNull();
    const bad = await get(t.tree.users.chair, '/api/v1/inbox?cursor=bm90LW1pbmU');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('/querystring/cursor');
    expect((await get(t.tree.users.chair, '/api/v1/inbox?limit=201')).statusCode).toBe(400);
  });
});

describe('the public notice marks items under recheck', () => {
  it('an item whose objection was sustained shows as under recheck (复核中); the others do not', async () => {
    const [a, b] = [await newFileApp(), await newFileApp()];
    await toNotice(a.id);
    await toNotice(b.id);
    const batch = await publishNotice(t, t.tree.orgs.A1.id, [a.id, b.id]);
    const itemA = (await batchItems(t, t.tree.users.operator, batch.id)).find((i) => i.applicationId === a.id)!;
    const publicPage = async () => ({ items: await publicItems(t, batch.publicToken) });
    expect((await publicPage()).items.map((i: { underRecheck: boolean }) => i.underRecheck)).toEqual([false, false]);
    await t.app.inject({ method: 'POST', url: `/api/v1/public/notices/${batch.publicToken}/objections`, payload: { itemId: itemA.id, content: '此户家中有两套住房' }, remoteAddress: '198.51.100.20' });
    const [objection] = await batchObjections(t, t.tree.users.operator, batch.id);
    const ruled = await t.as(t.tree.users.reviewer, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/objections/${objection!.id}/ruling`, payload: { outcome: 'sustained', ruling: '经核实异议成立，转复查' } });
    expect(ruled.statusCode, ruled.body).toBe(200);
    const after = await publicPage();
    expect(after.items).toEqual([
      expect.objectContaining({ id: itemA.id, maskedName: '张*', underRecheck: true }),
      expect.objectContaining({ underRecheck: false }),
    ]);
    time.advance(8 * DAY);
    expect((await t.as(t.tree.users.operator, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/close` })).statusCode).toBe(200);
    expect((await publicPage()).items.map((i: { underRecheck: boolean }) => i.underRecheck)).toEqual([true, false]);
  });
});
