import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/lib/cursor';
import { testClock, useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { householdBody } from './helpers/households';
import { allPages, batchItems, batchObjections, expectNothingPersonal, publicItems } from './helpers/notices';
import { confirmedFile, expectPass, publishNotice, visit } from './helpers/workflow';

// 公示 at scale: the batch answers with counts; items, orgs and objections come a page at a time.
const time = testClock(new Date('2026-03-02T02:00:00Z'));
const t = useTestApp({ clock: time.clock });

const N = 250;
interface Item {
  id: string;
  applicationId: string;
  maskedName: string;
  unit: string;
  state: string;
  openObjections: number;
}

/**
 * A published batch of org A with N lines written straight into the tables (as a campaign writes
 * them): every fifth in A2, the rest in A1; every seventh masked 李*明, the rest 张*; positions with
 * ties (two lines a position), so the order needs its id tiebreak. Returns the batch id and token.
 */
async function bigBatch() {
  const { orgs } = t.tree;
  const db = t.database.handle.db;
  const [batch] = await queryRows<{ id: string }>(
    db,
    sql`insert into notice_batches (org_id, title, state, window_days, objection_contact, public_token, published_at, closes_at, created_by_name, created_at, updated_at)
        values (${orgs.A.id}::uuid, '2026年送温暖名单公示', 'published', 7, '电话 0755-12345678', 'BigBatchToken0123456789ab', ${time.clock()}, ${new Date(time.clock().getTime() + 7 * 86_400_000)}, 'test', now(), now())
        returning id`,
  );
  await queryRows(
    db,
    sql`with apps as (
          insert into applications (application_no, kind, aid_type, amount_fen, reason, state, plan, org_id, applicant_name, notice_batch_id, created_by_name, created_at, updated_at)
          select 'SQTN' || lpad(i::text, 6, '0'), 'aid', 'sending_warmth', 300000, '送温暖', 'notice', '["notice"]'::jsonb,
                 case when i % 5 = 0 then ${orgs.A2.id}::uuid else ${orgs.A1.id}::uuid end,
                 case when i % 7 = 0 then '李小明' else '张三' end, ${batch!.id}::uuid, 'test', now(), now()
          from generate_series(1, ${N}) i
          returning id, application_no, org_id
        )
        insert into notice_items (batch_id, application_id, org_id, masked_name, unit, category, aid_type, amount_fen, state, position)
        select ${batch!.id}::uuid, a.id, a.org_id, case when right(a.application_no, 6)::int % 7 = 0 then '李*明' else '张*' end, o.name, 'deep', 'sending_warmth', 300000, 'pending',
               right(a.application_no, 6)::int / 2
        from apps a join orgs o on o.id = a.org_id
        returning 1`,
  );
  return { id: batch!.id, token: 'BigBatchToken0123456789ab' };
}

/** The order the API promises: notice position, then id. */
async function expectedOrder(batchId: string, where = sql`true`) {
  const rows = await queryRows<{ id: string }>(
    t.database.handle.db,
    sql`select ni.id from notice_items ni join applications a on a.id = ni.application_id where ni.batch_id = ${batchId} and ${where} order by ni.position, ni.id`,
  );
  return rows.map((r) => r.id);
}

const staff = (url: string, who = t.tree.users.aOperator) => t.as(who, { method: 'GET', url });
const anon = (url: string) => t.app.inject({ method: 'GET', url });

describe('a batch of many items', () => {
  it('the batch answers with counts, not its items', async () => {
    const batch = await bigBatch();
    const res = await staff(`/api/v1/notice-batches/${batch.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: batch.id, state: 'published', itemCounts: { total: N, pending: N, cleared: 0, recheck: 0 }, objectionCounts: { total: 0, open: 0 } });
    expect(res.json()).not.toHaveProperty('items');
    expect(res.json()).not.toHaveProperty('objections');
    expect(res.body.length).toBeLessThan(2_000);
    const pub = await anon(`/api/v1/public/notices/${batch.token}`);
    expect(pub.json()).toMatchObject({ title: '2026年送温暖名单公示', open: true, itemCount: N });
    expect(pub.json()).not.toHaveProperty('items');
  });

  it('staff and the public page through every item exactly once, in one stable order', async () => {
    const batch = await bigBatch();
    const order = await expectedOrder(batch.id);
    expect(order).toHaveLength(N);
    const staffPages = await allPages<Item>((cursor) => staff(`/api/v1/notice-batches/${batch.id}/items?limit=7${cursor ? `&cursor=${cursor}` : ''}`));
    expect(staffPages.pages).toBe(Math.ceil(N / 7));
    expect(staffPages.items.map((i) => i.id)).toEqual(order);
    const publicPages = await allPages<{ id: string }>((cursor) => anon(`/api/v1/public/notices/${batch.token}/items?limit=13${cursor ? `&cursor=${cursor}` : ''}`));
    expect(publicPages.items.map((i) => i.id)).toEqual(order);
    // the default page is 50, the largest 200
    const first = (await anon(`/api/v1/public/notices/${batch.token}/items`)).json();
    expect(first.items).toHaveLength(50);
    expect(first.items.map((i: { id: string }) => i.id)).toEqual(order.slice(0, 50));
    const big = (await anon(`/api/v1/public/notices/${batch.token}/items?limit=200`)).json();
    expect(big.items).toHaveLength(200);
    expect(big.nextCursor).toEqual(expect.any(String));
  });

  it('an item changing state between two pages neither repeats nor drops an item', async () => {
    const batch = await bigBatch();
    const seen: string[] = [];
    let cursor: string | null = null;
    let step = 0;
    do {
      const page: { items: Item[]; nextCursor: string | null } = (await staff(`/api/v1/notice-batches/${batch.id}/items?limit=40${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      if (step++ === 1) {
        // a sustained objection elsewhere in the batch while someone reads it
        await queryRows(t.database.handle.db, sql`update notice_items set state = 'recheck' where batch_id = ${batch.id} and position % 10 = 3 returning 1`);
      }
    } while (cursor);
    expect(seen).toEqual(await expectedOrder(batch.id));
  });

  it('filters: by org, by the masked name as shown, by a full name in its masked form, by unit, by state', async () => {
    const batch = await bigBatch();
    const { orgs } = t.tree;
    const ids = (items: { id: string }[]) => items.map((i) => i.id);
    const a2 = await expectedOrder(batch.id, sql`a.org_id = ${orgs.A2.id}::uuid`);
    const li = await expectedOrder(batch.id, sql`ni.masked_name = '李*明'`);
    const a2li = await expectedOrder(batch.id, sql`a.org_id = ${orgs.A2.id}::uuid and ni.masked_name = '李*明'`);
    expect([a2.length, li.length, a2li.length]).toEqual([50, 35, 7]);

    expect(ids(await batchItems(t, t.tree.users.aOperator, batch.id, { orgId: orgs.A2.id, limit: 9 }))).toEqual(a2);
    expect(ids(await publicItems(t, batch.token, { orgId: orgs.A2.id, limit: 9 }))).toEqual(a2);
    for (const q of ['李*明', '李', '*明', '李小明', '李大明']) expect(ids(await publicItems(t, batch.token, { q })), q).toEqual(li);
    expect(ids(await publicItems(t, batch.token, { q: '甲二', limit: 200 }))).toEqual(a2);
    expect(ids(await publicItems(t, batch.token, { q: '李', orgId: orgs.A2.id }))).toEqual(a2li);
    expect(await publicItems(t, batch.token, { q: '王' })).toEqual([]);
    expect(await publicItems(t, batch.token, { q: '100%' })).toEqual([]);
    expect(await publicItems(t, batch.token, { orgId: orgs.B1.id })).toEqual([]);

    await queryRows(t.database.handle.db, sql`update notice_items set state = 'recheck' where batch_id = ${batch.id} and position < 5 returning 1`);
    const recheck = await batchItems<Item>(t, t.tree.users.aOperator, batch.id, { state: 'recheck', limit: 3 });
    expect(ids(recheck)).toEqual(await expectedOrder(batch.id, sql`ni.position < 5`));
    expect((await staff(`/api/v1/notice-batches/${batch.id}`)).json().itemCounts).toEqual({ total: N, pending: N - recheck.length, cleared: 0, recheck: recheck.length });
    expect((await publicItems(t, batch.token, { limit: 10 })).slice(0, recheck.length).every((i) => i.underRecheck === true)).toBe(true);
  });

  it('the units of a batch with their counts, for staff and the public', async () => {
    const batch = await bigBatch();
    const { orgs } = t.tree;
    const expected = { items: [{ orgId: orgs.A1.id, name: '甲一公司工会', items: 200 }, { orgId: orgs.A2.id, name: '甲二街道工会', items: 50 }] };
    expect((await staff(`/api/v1/notice-batches/${batch.id}/orgs`)).json()).toEqual(expected);
    expect((await anon(`/api/v1/public/notices/${batch.token}/orgs`)).json()).toEqual(expected);
  });

  it('the subtree: a batch outside mine is not found, its items, units and objections neither', async () => {
    const batch = await bigBatch();
    for (const who of [t.tree.users.bApprover, t.tree.users.bOperator, t.tree.users.operator]) {
      for (const part of ['', '/items', '/orgs', '/objections']) {
        const res = await staff(`/api/v1/notice-batches/${batch.id}${part}`, who);
        expect(res.statusCode, `${who} ${part}`).toBe(404);
      }
    }
    expect((await staff(`/api/v1/notice-batches/${batch.id}/items`, t.tree.users.cityAdmin)).statusCode).toBe(403); // admins do not read applications
    expect((await staff(`/api/v1/notice-batches/${batch.id}/items?limit=1`, t.tree.users.approver)).json().items).toHaveLength(1);
    expect((await anon(`/api/v1/notice-batches/${batch.id}/items`)).statusCode).toBe(401);
  });

  it('bad limits, cursors and filters are 400 problems naming the field', async () => {
    const batch = await bigBatch();
    const cases: [string, string][] = [
      ['limit=0', '/querystring/limit'],
      ['limit=201', '/querystring/limit'],
      ['limit=-5', '/querystring/limit'],
      ['limit=abc', '/querystring/limit'],
      ['limit=2.5', '/querystring/limit'],
      ['cursor=not-a-cursor', '/querystring/cursor'],
      [`cursor=${encodeCursor([1])}`, '/querystring/cursor'],
      [`cursor=${encodeCursor(['x', 'y'])}`, '/querystring/cursor'],
      [`cursor=${encodeCursor([1, 'not-a-uuid'])}`, '/querystring/cursor'],
      [`cursor=${encodeCursor([1.5, '7b0e3f4a-1111-4222-8333-944455556666'])}`, '/querystring/cursor'],
      [`cursor=${'A'.repeat(501)}`, '/querystring/cursor'],
      ['orgId=nope', '/querystring/orgId'],
      [`q=${'张'.repeat(51)}`, '/querystring/q'],
      ['q=', '/querystring/q'],
      ['idNumber=440305197805121234', '/querystring/idNumber'],
    ];
    for (const [query, field] of cases) {
      for (const url of [`/api/v1/notice-batches/${batch.id}/items?${encodeURI(query)}`, `/api/v1/public/notices/${batch.token}/items?${encodeURI(query)}`]) {
        const res = url.includes('/public/') ? await anon(url) : await staff(url);
        expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
        expect(String(res.headers['content-type'])).toContain('application/problem+json');
        expect(res.json().errors.map((e: { field: string }) => e.field), url).toContain(field);
      }
    }
    const badState = await staff(`/api/v1/notice-batches/${batch.id}/items?state=approved`);
    expect(badState.json().errors.map((e: { field: string }) => e.field)).toContain('/querystring/state');
    expect((await anon(`/api/v1/public/notices/${batch.token}/items?state=recheck`)).statusCode).toBe(400); // the public has no state filter
    for (const query of ['limit=0', 'open=maybe', 'cursor=zzz']) {
      const res = await staff(`/api/v1/notice-batches/${batch.id}/objections?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].field).toBe(`/querystring/${query.split('=')[0]}`);
    }
    expect((await anon('/api/v1/public/notices/AAAAAAAAAAAAAAAAAAAAAAAA/items')).statusCode).toBe(404);
    expect((await anon('/api/v1/public/notices/AAAAAAAAAAAAAAAAAAAAAAAA/orgs')).statusCode).toBe(404);
  });
});

describe('objections and the public JSON on a real batch', () => {
  async function realBatch() {
    const body = householdBody(t.tree.orgs.A1.id);
    const file = await confirmedFile(t, { ...body, members: [{ ...body.members[0], address: '南山区科技园北区12栋301' }, body.members[1]] });
    const created = await t.as(t.tree.users.operator, { method: 'POST', url: '/api/v1/applications', payload: { kind: 'new_file', fileId: file.id, reason: '申请建档' } });
    const id = created.json().id;
    await t.as(t.tree.users.operator, { method: 'POST', url: `/api/v1/applications/${id}/submit` });
    await expectPass(t, t.tree.users.chair, id);
    await visit(t, id);
    await expectPass(t, t.tree.users.operator, id);
    return { batch: await publishNotice(t, t.tree.orgs.A1.id, [id]), body };
  }

  it('objections come a page at a time, oldest first, with the masked name of the item; counts on the batch', async () => {
    const { batch } = await realBatch();
    const [item] = await batchItems<Item>(t, t.tree.users.operator, batch.id);
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/public/notices/${batch.publicToken}/objections`, payload: { content: `第${i + 1}条异议，请核实`, ...(i % 2 ? { itemId: item!.id } : {}) }, remoteAddress: `198.51.100.${i + 1}` });
      expect(res.statusCode, res.body).toBe(201);
      time.advance(1000);
    }
    const all = await allPages<{ id: string; content: string; itemName: string | null }>((cursor) => t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/notice-batches/${batch.id}/objections?limit=2${cursor ? `&cursor=${cursor}` : ''}` }));
    expect(all.pages).toBe(3);
    expect(all.items.map((o) => o.content)).toEqual([1, 2, 3, 4, 5].map((n) => `第${n}条异议，请核实`));
    expect(all.items.map((o) => o.itemName)).toEqual([null, '张*', null, '张*', null]);
    expect((await batchItems<Item>(t, t.tree.users.operator, batch.id))[0]!.openObjections).toBe(2);
    const ruled = await t.as(t.tree.users.operator, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/objections/${all.items[0]!.id}/ruling`, payload: { outcome: 'dismissed', ruling: '经核实，异议不成立' } });
    expect(ruled.json()).toMatchObject({ objectionCounts: { total: 5, open: 4 }, itemCounts: { total: 1, pending: 1 } });
    expect((await batchObjections(t, t.tree.users.operator, batch.id, { open: 'true' })).map((o) => o.id)).toEqual(all.items.slice(1).map((o) => o.id));
    expect((await batchObjections(t, t.tree.users.operator, batch.id, { open: 'false' })).map((o) => o.id)).toEqual([all.items[0]!.id]);
  });

  it('the public items and units, searched any way, show no ID number, phone, address, illness or bank data', async () => {
    const { batch, body } = await realBatch();
    const idNumber = body.members[0]!.idNumber;
    const urls = ['/items', '/items?limit=1', '/orgs', `/items?q=${encodeURIComponent('张三')}`, `/items?q=${encodeURIComponent('张*')}`, `/items?orgId=${t.tree.orgs.A1.id}`];
    for (const path of urls) {
      const res = await anon(`/api/v1/public/notices/${batch.publicToken}${path}`);
      expect(res.statusCode, path).toBe(200);
      expectNothingPersonal(res.body, ['尿毒症', '南山区科技园', '李梅', '中国工商银行', idNumber.slice(-4), 'applicationId'], path);
    }
    expect((await publicItems(t, batch.publicToken, { q: '张三' })).map((i) => i.maskedName)).toEqual(['张*']);
    // what the notice hides is no key to it: not the ID number, its tail, the phone or the address
    for (const q of [idNumber, idNumber.slice(-4), '13800138000', '南山区科技园', '尿毒症']) expect(await publicItems(t, batch.publicToken, { q }), q).toEqual([]);
  });
});
