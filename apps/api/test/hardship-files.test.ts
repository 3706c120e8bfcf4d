import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { householdBody, makeId, person } from './helpers/households';
import { fileHousehold } from './helpers/workflow';

const t = useTestApp();

const createFile = (body: object, who = t.tree.users.operator) => fileHousehold(t, body, who);
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
