import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app';

const t = useTestApp();

describe('audit log', () => {
  it('records who did what to which record, from where, with before and after', async () => {
    await t.as(t.tree.users.aAdmin, {
      method: 'PATCH',
      url: `/api/v1/orgs/${t.tree.orgs.A1.id}`,
      payload: { name: '甲一新名' },
      headers: { 'x-request-id': 'req-audit-1' },
      remoteAddress: '192.0.2.7',
    });
    const res = await t.as(t.tree.users.aAuditor, { method: 'GET', url: `/api/v1/audit?recordId=${t.tree.orgs.A1.id}` });
    expect(res.statusCode).toBe(200);
    const [entry] = res.json().items;
    expect(entry).toMatchObject({
      actorType: 'user',
      actorId: t.tree.users.aAdmin,
      actorName: 'a_admin',
      action: 'org.update',
      recordType: 'org',
      orgId: t.tree.orgs.A1.id,
      ip: '192.0.2.7',
      requestId: 'req-audit-1',
      before: { name: '甲一公司工会' },
      after: { name: '甲一新名' },
    });
  });

  it('filters by actor, action, record type and time; pages newest first; stays in the subtree', async () => {
    for (let i = 0; i < 5; i++) {
      await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A2.id}`, payload: { name: `甲二-${i}` } });
    }
    await t.as(t.tree.users.bAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.B1.id}`, payload: { name: '乙一新' } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: any[]; nextCursor: string | null } = (await t.as(t.tree.users.aAuditor, { method: 'GET', url: `/api/v1/audit?limit=2&action=org.update${cursor ? `&cursor=${cursor}` : ''}` })).json();
      seen.push(...page.items.map((e: { after: { name: string } }) => e.after.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['甲二-4', '甲二-3', '甲二-2', '甲二-1', '甲二-0']);
    const byActor = await t.as(t.tree.users.cityAdmin, { method: 'GET', url: `/api/v1/audit?actorId=${t.tree.users.bAdmin}` });
    expect(byActor.json().items).toHaveLength(1);
    const byType = await t.as(t.tree.users.cityAdmin, { method: 'GET', url: '/api/v1/audit?recordType=user' });
    expect(byType.json().items).toHaveLength(0);
    const future = new Date(Date.now() + 3600_000).toISOString();
    const later = await t.as(t.tree.users.cityAdmin, { method: 'GET', url: `/api/v1/audit?from=${encodeURIComponent(future)}` });
    expect(later.json().items).toHaveLength(0);
    const bView = await t.as(t.tree.users.bAuditor, { method: 'GET', url: '/api/v1/audit' });
    expect(bView.json().items.map((e: { after: { name: string } }) => e.after.name)).toEqual(['乙一新']);
  });

  it('is for auditors and admins only', async () => {
    expect((await t.as(t.tree.users.operator, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
    expect((await t.as(t.tree.users.finance, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
  });
});
