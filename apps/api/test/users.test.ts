import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';

const t = useTestApp();

const newUser = (overrides: Record<string, unknown> = {}) => ({
  orgId: t.tree.orgs.A1.id,
  username: 'New.Operator',
  displayName: '新经办人',
  password: 'Start-2026',
  roles: ['grassroots_operator'],
  ...overrides,
});

describe('users and roles', () => {
  it('creates a user who can log in, stores an argon2id hash, and audits it without the hash', async () => {
    const res = await t.as(t.tree.users.aAdmin, { method: 'POST', url: '/api/v1/users', payload: newUser() });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'new.operator', orgName: '甲一公司工会', roles: ['grassroots_operator'], active: true });
    expect(res.body).not.toContain('password');
    const [row] = await queryRows<{ password_hash: string }>(t.database.handle.db, sql`select password_hash from users where username = 'new.operator'`);
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'new.operator', password: 'Start-2026' } });
    expect(login.statusCode).toBe(200);
    const audit = await queryRows<{ after: unknown }>(t.database.handle.db, sql`select after from audit_log where action = 'user.create'`);
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('refuses a taken username (any case) with 409 naming the field', async () => {
    const res = await t.as(t.tree.users.aAdmin, { method: 'POST', url: '/api/v1/users', payload: newUser({ username: 'A1_Operator' }) });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'USERNAME_TAKEN', errors: [{ field: '/body/username' }] });
  });

  it('puts a centre approver only where an assistance centre runs', async () => {
    const res = await t.as(t.tree.users.aAdmin, { method: 'POST', url: '/api/v1/users', payload: newUser({ roles: ['centre_approver'] }) });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'ROLE_NEEDS_CENTRE', errors: [{ field: '/body/roles' }] });
    const ok = await t.as(t.tree.users.aAdmin, { method: 'POST', url: '/api/v1/users', payload: newUser({ orgId: t.tree.orgs.A.id, roles: ['centre_approver'] }) });
    expect(ok.statusCode).toBe(201);
  });

  it('replaces roles, and an admin cannot demote or disable itself', async () => {
    const roles = await t.as(t.tree.users.aAdmin, { method: 'PUT', url: `/api/v1/users/${t.tree.users.operator}/roles`, payload: { roles: ['grassroots_operator', 'grassroots_chair'] } });
    expect(roles.statusCode).toBe(200);
    expect(roles.json().roles).toEqual(['grassroots_operator', 'grassroots_chair']);
    const me = await t.as(t.tree.users.aAdmin, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json().roles).toEqual(['admin']);
    const opMe = await t.as(t.tree.users.operator, { method: 'GET', url: '/api/v1/auth/me' });
    expect(opMe.json().permissions).toContain('user:read');
    expect((await t.as(t.tree.users.aAdmin, { method: 'PUT', url: `/api/v1/users/${t.tree.users.aAdmin}/roles`, payload: { roles: ['auditor'] } })).statusCode).toBe(409);
    expect((await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/users/${t.tree.users.aAdmin}`, payload: { active: false } })).statusCode).toBe(409);
    const dupRoles = await t.as(t.tree.users.aAdmin, { method: 'PUT', url: `/api/v1/users/${t.tree.users.operator}/roles`, payload: { roles: ['admin', 'admin'] } });
    expect(dupRoles.statusCode).toBe(400);
    const none = await t.as(t.tree.users.aAdmin, { method: 'PUT', url: `/api/v1/users/${t.tree.users.operator}/roles`, payload: { roles: [] } });
    expect(none.statusCode).toBe(400);
  });

  it('moves a user within the subtree but not outside it', async () => {
    const inside = await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/users/${t.tree.users.operator}`, payload: { orgId: t.tree.orgs.A2.id } });
    expect(inside.statusCode).toBe(200);
    expect(inside.json().orgName).toBe('甲二街道工会');
    const outside = await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/users/${t.tree.users.operator}`, payload: { orgId: t.tree.orgs.B1.id } });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().errors[0].field).toBe('/body/orgId');
  });

  it('resets a password and ends the user’s sessions', async () => {
    const pair = (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'a1_chair', password: 'Test-pass-2026' } })).json();
    const reset = await t.as(t.tree.users.aAdmin, { method: 'POST', url: `/api/v1/users/${t.tree.users.chair}/password`, payload: { newPassword: 'Reset-2026x' } });
    expect(reset.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: pair.refreshToken } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'a1_chair', password: 'Reset-2026x' } })).statusCode).toBe(200);
  });

  it('lists with filters and keyset pages', async () => {
    const byRole = await t.as(t.tree.users.cityAdmin, { method: 'GET', url: '/api/v1/users?role=admin' });
    expect(byRole.json().items.map((u: { username: string }) => u.username)).toEqual(['a_admin', 'b_admin', 'c_admin']);
    const inactive = await t.as(t.tree.users.cityAdmin, { method: 'GET', url: '/api/v1/users?active=false' });
    expect(inactive.json().items.map((u: { username: string }) => u.username)).toEqual(['a1_disabled']);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: any[]; nextCursor: string | null } = (await t.as(t.tree.users.cityAdmin, { method: 'GET', url: `/api/v1/users?limit=5${cursor ? `&cursor=${cursor}` : ''}` })).json();
      all.push(...page.items.map((u: { username: string }) => u.username));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all).toHaveLength(17);
    expect(new Set(all).size).toBe(17);
    const q = await t.as(t.tree.users.cityAdmin, { method: 'GET', url: `/api/v1/users?q=${encodeURIComponent('a1_')}` });
    expect(q.json().items.map((u: { username: string }) => u.username)).toEqual(['a1_chair', 'a1_disabled', 'a1_operator']);
  });
});
