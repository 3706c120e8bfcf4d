import { HardshipFilePage, HardshipFileSummary } from '@bangfu/shared/hardship-files';
import { sql } from 'drizzle-orm';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { householdBody, makeId, person } from './helpers/households';

const t = useTestApp();

const createFile = async (body: object, who = t.tree.users.operator) => {
  const res = await t.as(who, { method: 'POST', url: '/api/v1/hardship-files', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, who = t.tree.users.operator) =>
  t.as(who, { method, url: `/api/v1/hardship-files${url}`, ...(payload ? { payload } : {}) });

describe('filing a household', () => {
  it('creates a temporary file with a number, the proposed category and its working', async () => {
    const file = await createFile(householdBody(t.tree.orgs.A1.id));
    expect(file).toMatchObject({ status: 'temporary', origin: 'new', orgName: '甲一公司工会', householdSize: 2, headName: '张三', category: null });
    expect(file.fileNo).toMatch(/^KN4403052026\d{6}$/);
    // 1,500 yuan a month wages − 12,000 yuan a year medical = 6,000 a year for two: 250 yuan a month < L (1,450)
    expect(file.classification).toMatchObject({
      proposed: 'deep',
      annualIncomeFen: 1_800_000,
      annualExpenseFen: 1_200_000,
      mpcnFen: 25_000,
      standardMonthlyFen: 145_000,
      standard: { divisionCode: '440300', effectiveFrom: '2025-07-01' },
      params: { divisionCode: '440300', year: 2025 },
    });
    expect(file.proposedCategory).toBe('deep');
    expect(file.members[0]).toMatchObject({ relation: 'head', hasHealthRecord: true, ableBodied: false, phoneMasked: '138****8000' });
    expect(file.bankCardMasked).toBe('**** **** **** 0123');
  });

  it('masks every sensitive value in every response shape', async () => {
    const body = householdBody(t.tree.orgs.A1.id);
    const ids = body.members.map((m) => m.idNumber);
    const file = await createFile(body);
    const shapes = [
      JSON.stringify(file),
      (await call('GET', `/${file.id}`)).body,
      (await call('GET', '?limit=50')).body,
      (await call('GET', `/${file.id}/history`)).body,
      (await call('PATCH', `/${file.id}`, { notes: '更新' })).body,
      (await call('POST', `/${file.id}/members`, person('张小明', 'male', '2008-09-01', { relation: 'child', isStudent: true, workStatus: 'none' }))).body,
      (await t.as(t.tree.users.aAdmin, { method: 'GET', url: '/api/v1/audit?recordType=hardship_file' })).body,
    ];
    for (const text of shapes) {
      for (const id of ids) expect(text).not.toContain(id);
      expect(text).not.toContain('13800138000');
      expect(text).not.toContain('6222021234567890123');
      expect(text).not.toContain('尿毒症');
    }
    expect(shapes[1]).toContain(`${ids[0]!.slice(0, 6)}********${ids[0]!.slice(-4)}`);
  });

  it('keeps no plaintext ID number, phone, card or illness in any table', async () => {
    const body = householdBody(t.tree.orgs.A1.id);
    const file = await createFile(body);
    await call('POST', `/${file.id}/reveal`, { field: 'idNumber', personId: file.members[0].id }, t.tree.users.chair);
    const dump = JSON.stringify(
      await queryRows(t.database.handle.db, sql`
        select row_to_json(x)::text as r from (
          select to_jsonb(f) as j from hardship_files f union all select to_jsonb(p) from persons p
          union all select to_jsonb(h) from file_history h union all select to_jsonb(a) from audit_log a
          union all select to_jsonb(i) from income_items i union all select to_jsonb(e) from rigid_expenses e) x`),
    );
    for (const m of body.members) {
      expect(dump).not.toContain(m.idNumber);
      expect(dump).not.toContain(m.idNumber.slice(0, 14));
    }
    expect(dump).not.toContain('13800138000');
    expect(dump).not.toContain('6222021234567890123');
    expect(dump).not.toContain('尿毒症');
    expect(dump).toContain('v1.'); // ciphertext is there
  });
});

describe('ID numbers and duplicates', () => {
  const withHeadId = (idNumber: string, extra: object = {}) => {
    const body = householdBody(t.tree.orgs.A1.id);
    body.members[0] = { ...body.members[0]!, idNumber, ...extra };
    return body;
  };

  it.each([
    ['checksum', (id: string) => `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`],
    ['birth_date', () => makeId('440305', '19780230', 11)],
    ['future_birth_date', () => makeId('440305', '20991231', 11)],
    ['gender_mismatch', () => makeId('440305', '19780512', 12)],
    ['format', () => '44030519780512'],
  ])('a number failing the %s rule gets 400 naming the rule and the field', async (rule, make) => {
    const good = makeId('440305', '19780512', 11);
    const res = await call('POST', '', withHeadId(make(good)));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({ field: '/body/members/0/idNumber', message: expect.stringContaining(rule), rule });
    expect((await queryRows(t.database.handle.db, sql`select id from hardship_files`)).length).toBe(0);
  });

  it('converts a 15-digit number and accepts a lowercase x', async () => {
    const file = await createFile(withHeadId('440305780512011', { birthDate: undefined }));
    expect(file.members[0].idNumberMasked).toBe(`440305********${makeId('440305', '19780512', 11).slice(-4)}`);
    const x = '11010519491231002x';
    const body = householdBody(t.tree.orgs.A2.id);
    body.members = [{ ...person('王芳', 'female', '1949-12-31'), idNumber: x }];
    const f2 = await createFile(body, t.tree.users.aOperator);
    expect(f2.members[0].idNumberMasked).toBe('110105********002X');
  });

  it('one open file per person across the whole system: 409 names the holding org and nothing else', async () => {
    const first = householdBody(t.tree.orgs.A1.id);
    const file = await createFile(first);
    const second = householdBody(t.tree.orgs.B1.id);
    second.members[1] = { ...second.members[1]!, idNumber: first.members[1]!.idNumber, name: '李梅', gender: 'female' };
    const res = await call('POST', '', second, t.tree.users.bOperator);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'PERSON_HAS_OPEN_FILE', errors: [{ field: '/body/members/1/idNumber' }] });
    expect(res.json().detail).toContain('甲一公司工会');
    expect(res.body).not.toContain('张三');
    expect(res.body).not.toContain(file.fileNo);
    // after the first file exits, the person may be filed again
    expect((await call('POST', `/${file.id}/exit`, { exitType: 'moved', exitedOn: '2026-01-01', evidence: '迁往外省' }, t.tree.users.approver)).statusCode).toBe(200);
    expect((await call('POST', '', second, t.tree.users.bOperator)).statusCode).toBe(201);
  });

  it('the same ID twice in one household is refused', async () => {
    const body = householdBody(t.tree.orgs.A1.id);
    body.members[1] = { ...body.members[1]!, idNumber: body.members[0]!.idNumber, gender: 'male' };
    const res = await call('POST', '', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('/body/members/1/idNumber');
  });
});

describe('changes, history and the re-run proposal', () => {
  it('adding a member and an income re-runs the proposal and keeps masked history', async () => {
    const file = await createFile(householdBody(t.tree.orgs.A1.id));
    const withChild = (await call('POST', `/${file.id}/members`, person('张小明', 'male', '2008-09-01', { relation: 'child', isStudent: true, workStatus: 'none' }))).json();
    expect(withChild.householdSize).toBe(3);
    expect(withChild.classification.householdSize).toBe(3);
    const richer = await call('POST', `/${file.id}/incomes`, { type: 'pension', amountFen: 600_000, period: 'monthly' });
    expect(richer.statusCode).toBe(200);
    // (18,000 + 72,000 − 12,000) / 12 / 3 = 2,166.66 yuan ≥ 2L (2,900)? no: relative band is [1,450, 2,900)
    expect(richer.json()).toMatchObject({ proposedCategory: 'relative', mpcnFen: 216_666 });
    const history = (await call('GET', `/${file.id}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['file.create', 'file.member_add', 'file.income_add']);
    expect(history[1]).toMatchObject({ actorName: 'a1_operator', before: { householdSize: 2 }, after: { householdSize: 3 } });
  });

  it('updates a member, refusing a gender that disagrees with the ID, and protects the head', async () => {
    const file = await createFile(householdBody(t.tree.orgs.A1.id));
    const spouse = file.members[1];
    const bad = await call('PATCH', `/${file.id}/members/${spouse.id}`, { gender: 'male' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toContain('gender');
    const ok = await call('PATCH', `/${file.id}/members/${spouse.id}`, { workStatus: 'unemployed', name: '李美' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().members[1]).toMatchObject({ name: '李美', workStatus: 'unemployed' });
    expect(ok.json().classification.imputedMembers).toEqual(['李美']);
    expect((await call('DELETE', `/${file.id}/members/${file.members[0].id}`)).statusCode).toBe(409);
    expect((await call('DELETE', `/${file.id}/members/${spouse.id}`)).json().householdSize).toBe(1);
    expect((await call('DELETE', `/${file.id}/incomes/${file.incomes[0].id}`)).json().incomes).toEqual([]);
    expect((await call('DELETE', `/${file.id}/incomes/${file.incomes[0].id}`)).statusCode).toBe(404);
  });
});

describe('reveal', () => {
  it('shows one full value to an allowed role and audits it; an operator may not', async () => {
    const body = householdBody(t.tree.orgs.A1.id);
    const file = await createFile(body);
    const head = file.members[0];
    expect((await call('POST', `/${file.id}/reveal`, { field: 'idNumber', personId: head.id })).statusCode).toBe(403);
    const id = await call('POST', `/${file.id}/reveal`, { field: 'idNumber', personId: head.id }, t.tree.users.chair);
    expect(id.json()).toEqual({ field: 'idNumber', value: body.members[0]!.idNumber });
    const health = await call('POST', `/${file.id}/reveal`, { field: 'health', personId: head.id }, t.tree.users.chair);
    expect(health.json().value).toMatchObject({ condition: '尿毒症', seriousIllness: true });
    const card = await call('POST', `/${file.id}/reveal`, { field: 'bankCard' }, t.tree.users.finance);
    expect(card.json().value).toBe('6222021234567890123');
    const log = (await t.as(t.tree.users.aAuditor, { method: 'GET', url: `/api/v1/audit?action=file.reveal&recordId=${file.id}` })).json();
    expect(log.items).toHaveLength(3);
    expect(log.items.map((e: { actorName: string }) => e.actorName).sort()).toEqual(['a1_chair', 'a1_chair', 'a_finance']);
    expect(JSON.stringify(log)).not.toContain(body.members[0]!.idNumber);
  });
});

describe('lifecycle', () => {
  it('confirm → formal → exit → re-file as 返困 linked to the old file', async () => {
    const file = await createFile(householdBody(t.tree.orgs.A1.id));
    expect((await call('POST', `/${file.id}/formalize`, undefined, t.tree.users.approver)).json().code).toBe('CATEGORY_UNCONFIRMED');
    const override = await call('POST', `/${file.id}/confirm-category`, { category: 'relative' }, t.tree.users.chair);
    expect(override.statusCode).toBe(400);
    expect(override.json().errors[0].field).toBe('/body/note');
    const confirmed = (await call('POST', `/${file.id}/confirm-category`, { category: 'deep' }, t.tree.users.chair)).json();
    expect(confirmed).toMatchObject({ category: 'deep', categoryConfirmedBy: 'a1_chair', categoryBasis: { proposed: 'deep', standard: { divisionCode: '440300' }, params: { year: 2025 } } });
    // later changes re-run the proposal but keep what the confirmation was judged on
    const changed = (await call('POST', `/${file.id}/incomes`, { type: 'pension', amountFen: 900_000, period: 'monthly' })).json();
    expect(changed.proposedCategory).not.toBe('deep');
    expect(changed.categoryBasis.mpcnFen).toBe(confirmed.categoryBasis.mpcnFen);
    const formal = await call('POST', `/${file.id}/formalize`, undefined, t.tree.users.approver);
    expect(formal.json().status).toBe('formal');
    expect((await call('POST', `/${file.id}/formalize`, undefined, t.tree.users.approver)).statusCode).toBe(409);
    const exited = (await call('POST', `/${file.id}/exit`, { exitType: 'out_of_hardship', exitedOn: '2026-10-01', evidence: '连续6个月人均收入高于低保标准' }, t.tree.users.approver)).json();
    expect(exited).toMatchObject({ status: 'exited', exitType: 'out_of_hardship', exitedOn: '2026-10-01' });
    expect((await call('PATCH', `/${file.id}`, { notes: 'x' })).json().code).toBe('FILE_CLOSED');
    const refiled = await call('POST', `/${file.id}/refile`, undefined, t.tree.users.approver);
    expect(refiled.statusCode).toBe(201);
    expect(refiled.json()).toMatchObject({ status: 'temporary', origin: 'returned', previousFileId: file.id, headName: '张三', householdSize: 2 });
    expect(refiled.json().fileNo).not.toBe(file.fileNo);
    expect((await call('POST', `/${file.id}/refile`, undefined, t.tree.users.approver)).statusCode).toBe(409);
  });

  it('cancel closes a file; a future exit date is refused', async () => {
    const file = await createFile(householdBody(t.tree.orgs.A1.id));
    const future = await call('POST', `/${file.id}/exit`, { exitType: 'death', exitedOn: '2099-01-01', evidence: '死亡证明' }, t.tree.users.approver);
    expect(future.statusCode).toBe(400);
    expect((await call('POST', `/${file.id}/cancel`, { reason: '重复建档' }, t.tree.users.approver)).json().status).toBe('cancelled');
    expect((await call('POST', `/${file.id}/members`, person('王五', 'male', '1990-01-01', { relation: 'child' }))).statusCode).toBe(409);
  });

  it('yearly review moves the review date and the stale list follows it', async () => {
    const file = await createFile(householdBody(t.tree.orgs.A1.id));
    expect(file.reviewDueOn > file.updatedAt.slice(0, 10)).toBe(true);
    const far = (await call('GET', '?reviewDueBefore=2100-01-01')).json();
    expect(far.items).toHaveLength(1);
    const none = (await call('GET', '?reviewDueBefore=2000-01-01')).json();
    expect(none.items).toHaveLength(0);
    // a review list comes most overdue first unless another order is asked for
    const later = await createFile(householdBody(t.tree.orgs.A1.id));
    await t.database.handle.db.execute(sql`update hardship_files set review_due_on = '2026-05-01' where id = ${file.id}`);
    const ids = async (query: string) => ((await call('GET', query)).json().items as { id: string }[]).map((f) => f.id);
    expect(await ids('?reviewDueBefore=2100-01-01')).toEqual([file.id, later.id]);
    expect(await ids('?reviewDueBefore=2100-01-01&sort=updatedAt')).toEqual([later.id, file.id]);
    expect(await ids('?')).toEqual([later.id, file.id]);
    const reviewed = (await call('POST', `/${file.id}/review`)).json();
    expect(reviewed.lastReviewedOn).toBeTruthy();
  });
});

describe('search', () => {
  const names = ['张三', '张伟', '章子怡', '李四', '王五', '赵六', '孙七', '周八'];
  async function fileMany() {
    const files = [];
    for (const [i, name] of names.entries()) {
      const body = householdBody(i % 2 ? t.tree.orgs.A2.id : t.tree.orgs.A1.id);
      body.members = [person(name, 'male', `1970-01-${String(i + 1).padStart(2, '0')}`)];
      files.push(await createFile(body, t.tree.users.aOperator));
    }
    return files;
  }
  const find = (url: string) => call('GET', url, undefined, t.tree.users.aOperator);
  const names_ = (res: { json(): { items: { headName: string }[] } }) => res.json().items.map((f) => f.headName).sort();

  it('finds by pinyin initials, full pinyin, Chinese prefix, file number and ID tail', async () => {
    const files = await fileMany();
    expect(names_(await find('?q=zs'))).toEqual(['张三']);
    expect(names_(await find('?q=zw'))).toEqual(['张伟']);
    expect(names_(await find('?q=zhang'))).toEqual(['张三', '张伟', '章子怡']);
    expect(names_(await find('?q=ZS'))).toEqual(['张三']);
    expect(names_(await find(`?q=${encodeURIComponent('张')}`))).toEqual(['张三', '张伟']);
    expect(names_(await find(`?q=${files[3].fileNo}`))).toEqual(['李四']);
    const tail = files[4].headIdMasked.slice(-4);
    expect(names_(await find(`?idTail=${tail}`))).toContain('王五');
    expect(names_(await find(`?orgId=${t.tree.orgs.A2.id}`))).toEqual(['张伟', '李四', '赵六', '周八'].sort());
  });

  it('answers with exactly the contract’s page: its fields, types and nothing more, as UTF-8 JSON', async () => {
    // The search writes its page with JSON.stringify (lib/json-buffer.ts), not through the schema, so this is
    // what keeps it to the contract: the mapper must give every field in its type and no other.
    await fileMany();
    for (const url of ['?limit=3&withTotal=true', '?sort=mpcn&limit=50', `?q=${encodeURIComponent('章')}`]) {
      const res = await find(url);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
      const page = res.json();
      expect([...Value.Errors(HardshipFilePage, page)], url).toEqual([]);
      expect(page.items.length, url).toBeGreaterThan(0);
      for (const item of page.items) {
        expect(Object.keys(item).sort(), url).toEqual(Object.keys(HardshipFileSummary.properties).sort());
        expect(item.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(typeof item.mpcnFen).toBe('number');
      }
    }
    expect((await find(`?q=${encodeURIComponent('章')}`)).json().items[0].headName).toBe('章子怡');
  });

  it('pages by name without repeats or gaps, with a cheap total', async () => {
    await fileMany();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await find(`?sort=name&limit=3&withTotal=true${cursor ? `&cursor=${cursor}` : ''}`);
      const page: { items: { headName: string }[]; nextCursor: string | null; total: { count: number; exact: boolean } } = res.json();
      expect(page.total).toEqual({ count: 8, exact: true });
      seen.push(...page.items.map((f) => f.headName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(seen).toEqual([...names].sort());
    for (const sort of ['updatedAt', 'fileNo', 'reviewDue', 'mpcn']) {
      const all: string[] = [];
      let c: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = (await find(`?sort=${sort}&limit=3${c ? `&cursor=${c}` : ''}`)).json();
        all.push(...page.items.map((f) => f.id));
        c = page.nextCursor;
      } while (c);
      expect(new Set(all).size, sort).toBe(8);
    }
  });

  it('pages both ways in every order, and finds a file number typed without its KN', async () => {
    const files = await fileMany();
    for (const sort of ['name', 'updatedAt', 'fileNo']) {
      for (const order of ['asc', 'desc']) {
        const all: string[] = [];
        let c: string | null = null;
        do {
          const page: { items: { headName: string }[]; nextCursor: string | null } = (await find(`?sort=${sort}&order=${order}&limit=3${c ? `&cursor=${c}` : ''}`)).json();
          all.push(...page.items.map((f) => f.headName));
          c = page.nextCursor;
        } while (c);
        expect(new Set(all).size, `${sort} ${order}`).toBe(8);
        if (sort === 'name') expect(all).toEqual(order === 'asc' ? [...names].sort() : [...names].sort().reverse());
      }
    }
    expect(names_(await find(`?q=${files[3].fileNo.slice(2)}`))).toEqual(['李四']);
    expect(names_(await find(`?q=${files[3].fileNo.slice(0, 12).toLowerCase()}&limit=50`))).toHaveLength(8);
  });

  it('pages a letters search newest first through initials and pinyin matches, each file once', async () => {
    // zh: the full pinyin of 张三, 张伟, 章子怡, 赵六 and 周八, and both the initials and the pinyin of 周华
    const files = await fileMany();
    const body = householdBody(t.tree.orgs.A1.id);
    body.members = [person('周华', 'male', '1971-02-03')];
    const zhouHua = await createFile(body, t.tree.users.aOperator);
    const expected = [...files.filter((f) => ['张三', '张伟', '章子怡', '赵六', '周八'].includes(f.headName)), zhouHua].reverse();
    const all: string[] = [];
    let c: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await find(`?q=zh&limit=2${c ? `&cursor=${c}` : ''}`)).json();
      all.push(...page.items.map((f) => f.id));
      c = page.nextCursor;
    } while (c);
    expect(all).toEqual(expected.map((f) => f.id));
    expect(names_(await find('?q=zh&status=formal'))).toEqual([]); // the other filters hold in both branches
    expect(names_(await find(`?q=zh&orgId=${t.tree.orgs.A2.id}`))).toEqual(['张伟', '赵六', '周八'].sort());
  });

  it('pages a review worklist newest first, each due file once and in order', async () => {
    // The files due are read apart and sorted (file-search.repo): the pages must still follow on exactly.
    await fileMany();
    const pages = async (query: string) => {
      const all: string[] = [];
      let c: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = (await find(`${query}&limit=3${c ? `&cursor=${c}` : ''}`)).json();
        all.push(...page.items.map((f) => f.id));
        c = page.nextCursor;
      } while (c);
      return all;
    };
    const newestFirst = await pages('?sort=updatedAt');
    expect(newestFirst).toHaveLength(8);
    expect(await pages('?reviewDueBefore=2100-01-01&sort=updatedAt')).toEqual(newestFirst);
    expect(await pages('?reviewDueBefore=2100-01-01&sort=updatedAt&order=asc')).toEqual([...newestFirst].reverse());
    expect(await pages('?reviewDueBefore=2000-01-01&sort=updatedAt')).toEqual([]);
  });

  it('pages newest first through files changed in the same microsecond', async () => {
    // Rows written by SQL (now(), a bulk import in one transaction) share a timestamp to the microsecond;
    // a cursor cut to milliseconds would skip every one of them after the first page.
    await fileMany();
    await t.database.handle.db.execute(sql`update hardship_files set updated_at = '2026-11-28 08:00:00.123456+00'`);
    const all: string[] = [];
    let c: string | null = null;
    do {
      const page: { items: { headName: string }[]; nextCursor: string | null } = (await find(`?limit=3${c ? `&cursor=${c}` : ''}`)).json();
      all.push(...page.items.map((f) => f.headName));
      c = page.nextCursor;
    } while (c);
    expect(all.sort()).toEqual([...names].sort());
  });

  it('stays inside the caller’s subtree and lists suspected duplicates there', async () => {
    await fileMany();
    const b = await call('GET', '', undefined, t.tree.users.bOperator);
    expect(b.json().items).toEqual([]);
    const other = householdBody(t.tree.orgs.A2.id);
    other.members = [{ ...person('张三', 'male', '1970-01-01'), idNumber: makeId('440305', '19700101', 991) }];
    await createFile(other, t.tree.users.aOperator);
    const dups = (await find('/suspected-duplicates')).json();
    expect(dups.items).toHaveLength(1);
    expect(dups.items[0]).toMatchObject({ name: '张三', birthDate: '1970-01-01' });
    expect(dups.items[0].files).toHaveLength(2);
    expect((await call('GET', '/suspected-duplicates', undefined, t.tree.users.bOperator)).json().items).toEqual([]);
  });
});
