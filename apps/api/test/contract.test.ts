import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { testConfig, useTestApp } from './helpers/app';
import { queryRows, testDatabaseKind } from './helpers/database';

const t = useTestApp();

describe('the HTTP contract', () => {
  it('serves OpenAPI 3.1 where every operation has an operationId, tags, a response schema and the Problem error', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const ids = new Set<string>();
    for (const [path, methods] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(methods)) {
        const label = `${method} ${path}`;
        expect(op.operationId, label).toBeTruthy();
        expect(ids.has(op.operationId), `${label} duplicate operationId`).toBe(false);
        ids.add(op.operationId);
        expect(op.tags?.length, label).toBeGreaterThan(0);
        const success = Object.keys(op.responses).filter((s) => /^2/.test(s));
        expect(success.length, label).toBeGreaterThan(0);
        if (path.startsWith('/api/v1')) expect(op.responses['4XX'] ?? op.responses['4xx'], label).toBeTruthy();
      }
    }
    expect(ids.size).toBeGreaterThan(20);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('reports health with the database state and driver', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { status: 'up', driver: testDatabaseKind } });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('echoes a sane X-Request-Id and puts it in problems', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.json().requestId).toBe('trace-123');
  });

  it('a 5xx says nothing internal', async () => {
    const app = await buildApp({ config: testConfig(), database: t.database.handle, logger: false });
    app.get('/api/v1/boom', { config: { public: true } }, async () => {
      throw new Error('connection string postgres://secret@db/internal');
    });
    const res = await app.inject({ method: 'GET', url: '/api/v1/boom' });
    await app.close();
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).not.toContain('secret');
    expect(res.body).not.toContain('postgres');
    expect(res.json()).toMatchObject({ code: 'INTERNAL', status: 500, requestId: expect.any(String) });
  });

  it('the audit log refuses UPDATE and DELETE', async () => {
    await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A1.id}`, payload: { name: '甲一改' } });
    await expect(t.database.handle.db.execute(sql`update audit_log set actor_name = 'someone else'`)).rejects.toThrow();
    await expect(t.database.handle.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    const rows = await queryRows<{ actor_name: string }>(t.database.handle.db, sql`select actor_name from audit_log`);
    expect(rows.map((r) => r.actor_name)).toEqual(['a_admin']);
  });
});
