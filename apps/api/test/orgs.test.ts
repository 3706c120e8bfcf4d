import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';

const t = useTestApp();

const create = (who: string, payload: Record<string, unknown>) => t.as(who, { method: 'POST', url: '/api/v1/orgs', payload });

describe('the union tree', () => {
  it('returns my subtree depth-first, flat, with child counts', async () => {
    const res = await t.as(t.tree.users.cityAdmin, { method: 'GET', url: '/api/v1/orgs/tree' });
    expect(res.statusCode).toBe(200);
    const tree = res.json();
    expect(tree.rootId).toBe(t.tree.orgs.C.id);
    expect(tree.nodes.map((n: { name: string }) => n.name)).toHaveLength(6);
    expect(tree.nodes[0]).toMatchObject({ name: '测试市总工会', depth: 1, childCount: 2 });
    // depth-first: every node comes after its parent
    const seen = new Set<string>();
    for (const n of tree.nodes) {
      if (n.id !== tree.rootId) expect(seen.has(n.parentId)).toBe(true);
      seen.add(n.id);
    }
    // siblings in name order (zh collation), the same on every database
    expect(tree.nodes.filter((n: { depth: number }) => n.depth === 2).map((n: { name: string }) => n.name)).toEqual(['甲区总工会', '乙区总工会']);
    const shallow = await t.as(t.tree.users.cityAdmin, { method: 'GET', url: '/api/v1/orgs/tree?depth=1' });
    expect(shallow.json().nodes).toHaveLength(3);
  });

  it('lists by name with stable keyset pages', async () => {
    for (let i = 0; i < 7; i++) {
      expect((await create(t.tree.users.aAdmin, { parentId: t.tree.orgs.A.id, name: `分会${i % 3}-${i}`, level: 'grassroots', type: 'enterprise', divisionCode: '440305' })).statusCode).toBe(201);
    }
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.as(t.tree.users.provinceAdmin, { method: 'GET', url: `/api/v1/orgs?limit=4${cursor ? `&cursor=${cursor}` : ''}` });
      expect(res.statusCode).toBe(200);
      const page = res.json();
      names.push(...page.items.map((o: { name: string }) => o.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(names).toHaveLength(14);
    expect(new Set(names).size).toBe(14);
    expect([...names]).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const filtered = await t.as(t.tree.users.provinceAdmin, { method: 'GET', url: `/api/v1/orgs?parentId=${t.tree.orgs.B.id}` });
    expect(filtered.json().items.map((o: { name: string }) => o.name)).toEqual(['乙一公司工会']);
    const bad = await t.as(t.tree.users.provinceAdmin, { method: 'GET', url: '/api/v1/orgs?cursor=not-a-cursor' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('/querystring/cursor');
  });

  it('creates a child with its path and an audit entry', async () => {
    const res = await create(t.tree.users.aAdmin, { parentId: t.tree.orgs.A1.id, name: '甲一分厂工会', level: 'grassroots', type: 'enterprise', divisionCode: '440305' });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({ parentId: t.tree.orgs.A1.id, depth: t.tree.orgs.A1.depth + 1, active: true, childCount: 0 });
    const [row] = await queryRows<{ path: string }>(t.database.handle.db, sql`select path from orgs where id = ${org.id}`);
    expect(row!.path).toBe(`${t.tree.orgs.A1.path}${org.id}/`);
    const audit = await t.as(t.tree.users.aAdmin, { method: 'GET', url: `/api/v1/audit?recordId=${org.id}` });
    expect(audit.json().items[0]).toMatchObject({ action: 'org.create', actorName: 'a_admin', after: { name: '甲一分厂工会' } });
  });

  it('enforces level order, region and unique sibling names', async () => {
    const level = await create(t.tree.users.cityAdmin, { parentId: t.tree.orgs.A.id, name: 'x', level: 'city', type: 'local', divisionCode: '440305' });
    expect(level.statusCode).toBe(422);
    expect(level.json()).toMatchObject({ code: 'LEVEL_MISMATCH', errors: [{ field: '/body/level' }] });
    const region = await create(t.tree.users.cityAdmin, { parentId: t.tree.orgs.A.id, name: 'x', level: 'grassroots', type: 'enterprise', divisionCode: '110105' });
    expect(region.statusCode).toBe(422);
    expect(region.json().errors[0].field).toBe('/body/divisionCode');
    const dup = await create(t.tree.users.cityAdmin, { parentId: t.tree.orgs.A.id, name: '甲一公司工会', level: 'grassroots', type: 'enterprise', divisionCode: '440305' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'DUPLICATE_NAME', errors: [{ field: '/body/name' }] });
  });

  it('moves a subtree, rewriting every path below it', async () => {
    const child = (await create(t.tree.users.cityAdmin, { parentId: t.tree.orgs.A1.id, name: '甲一车间工会', level: 'grassroots', type: 'enterprise', divisionCode: '440305' })).json();
    const moved = await t.as(t.tree.users.cityAdmin, { method: 'POST', url: `/api/v1/orgs/${t.tree.orgs.A1.id}/move`, payload: { parentId: t.tree.orgs.B.id } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: t.tree.orgs.B.id, depth: t.tree.orgs.B.depth + 1 });
    const rows = await queryRows<{ id: string; path: string; depth: number }>(t.database.handle.db, sql`select id, path, depth from orgs where id in (${t.tree.orgs.A1.id}, ${child.id})`);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[t.tree.orgs.A1.id]!.path).toBe(`${t.tree.orgs.B.path}${t.tree.orgs.A1.id}/`);
    expect(byId[child.id]!.path).toBe(`${t.tree.orgs.B.path}${t.tree.orgs.A1.id}/${child.id}/`);
    // A's admin no longer reaches it; B's admin now does, operator users moved along
    expect((await t.as(t.tree.users.aAdmin, { method: 'GET', url: `/api/v1/orgs/${child.id}` })).statusCode).toBe(404);
    expect((await t.as(t.tree.users.bAdmin, { method: 'GET', url: `/api/v1/users/${t.tree.users.operator}` })).statusCode).toBe(200);
  });

  it('refuses to move an org under itself or its descendants', async () => {
    const res = await t.as(t.tree.users.cityAdmin, { method: 'POST', url: `/api/v1/orgs/${t.tree.orgs.A.id}/move`, payload: { parentId: t.tree.orgs.A1.id } });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('MOVE_INTO_SELF');
  });

  it('deactivates only an org with no active children or users, and reactivates it', async () => {
    const busy = await t.as(t.tree.users.aAdmin, { method: 'POST', url: `/api/v1/orgs/${t.tree.orgs.A1.id}/deactivate` });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().code).toBe('ORG_HAS_DEPENDANTS');
    const off = await t.as(t.tree.users.aAdmin, { method: 'POST', url: `/api/v1/orgs/${t.tree.orgs.A2.id}/deactivate` });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    const tree = (await t.as(t.tree.users.aAdmin, { method: 'GET', url: '/api/v1/orgs/tree' })).json();
    expect(tree.nodes.map((n: { id: string }) => n.id)).not.toContain(t.tree.orgs.A2.id);
    const withInactive = (await t.as(t.tree.users.aAdmin, { method: 'GET', url: '/api/v1/orgs/tree?includeInactive=true' })).json();
    expect(withInactive.nodes.map((n: { id: string }) => n.id)).toContain(t.tree.orgs.A2.id);
    const under = await create(t.tree.users.aAdmin, { parentId: t.tree.orgs.A2.id, name: 'x', level: 'grassroots', type: 'street', divisionCode: '440305' });
    expect(under.statusCode).toBe(422);
    const on = await t.as(t.tree.users.aAdmin, { method: 'POST', url: `/api/v1/orgs/${t.tree.orgs.A2.id}/activate` });
    expect(on.json().active).toBe(true);
  });
});
