import { HardshipFilePage, HardshipFileSummary } from '@bangfu/shared/hardship-files';
import { sql } from 'drizzle-orm';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app';
import { householdBody, makeId, person } from './helpers/households';
import { fileHousehold } from './helpers/workflow';

// GET /api/v1/hardship-files: the search (the statements themselves: test/domain/file-search-sql.test.ts).
const t = useTestApp();

describe('searching files', () => {
  const names = ['张三', '张伟', '章子怡', '李四', '王五', '赵六', '孙七', '周八'];
  async function fileMany() {
    const files = [];
    for (const [i, name] of names.entries()) {
      const body = householdBody(i % 2 ? t.tree.orgs.A2.id : t.tree.orgs.A1.id);
      body.members = [person(name, 'male', `1970-01-${String(i + 1).padStart(2, '0')}`)];
      files.push(await fileHousehold(t, body, t.tree.users.aOperator));
    }
    return files;
  }
  const find = (url: string, who = t.tree.users.aOperator) => t.as(who, { method: 'GET', url: `/api/v1/hardship-files${url}` });
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
    const zhouHua = await fileHousehold(t, body, t.tree.users.aOperator);
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
    const b = await find('', t.tree.users.bOperator);
    expect(b.json().items).toEqual([]);
    const other = householdBody(t.tree.orgs.A2.id);
    other.members = [{ ...person('张三', 'male', '1970-01-01'), idNumber: makeId('440305', '19700101', 991) }];
    await fileHousehold(t, other, t.tree.users.aOperator);
    const dups = (await find('/suspected-duplicates')).json();
    expect(dups.items).toHaveLength(1);
    expect(dups.items[0]).toMatchObject({ name: '张三', birthDate: '1970-01-01' });
    expect(dups.items[0].files).toHaveLength(2);
    expect((await find('/suspected-duplicates', t.tree.users.bOperator)).json().items).toEqual([]);
  });
});
