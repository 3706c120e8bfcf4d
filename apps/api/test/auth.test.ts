import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testClock, useTestApp } from './helpers/app';
import { PASSWORD } from './helpers/fixtures';

const time = testClock();
const t = useTestApp({ config: { loginMaxFailures: 3, loginLockSeconds: 600 }, clock: time.clock });

const login = (username: string, password = PASSWORD, ip = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });

describe('login', () => {
  it('returns an access and a refresh token, and the access token works', async () => {
    const res = await login('a1_operator');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.tokenType).toBe('Bearer');
    const me = await t.as({ credential: body.accessToken }, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ kind: 'user', username: 'a1_operator', roles: ['grassroots_operator'], org: { name: '甲一公司工会' } });
  });

  it('accepts the username in any case', async () => {
    expect((await login('A1_Operator')).statusCode).toBe(200);
  });

  it('refuses a wrong password with 401 problem+json and records the failure', async () => {
    const res = await login('a1_operator', 'wrong-password');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
    const rows = await t.database.handle.db.execute(sql`select action from audit_log where action = 'auth.login_failed'`);
    expect((rows as unknown as { rows: unknown[] }).rows).toHaveLength(1);
  });

  it('answers 429 with Retry-After after repeated failures, even with the right password, until the lock ends', async () => {
    for (let i = 0; i < 3; i++) expect((await login('a1_chair', 'nope-nope')).statusCode).toBe(401);
    const locked = await login('a1_chair');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(500);
    expect(locked.json().code).toBe('TOO_MANY_REQUESTS');
    // another user from another address is not affected
    expect((await login('a1_operator', PASSWORD, '10.0.0.2')).statusCode).toBe(200);
    time.advance(601_000);
    expect((await login('a1_chair')).statusCode).toBe(200);
  });

  it('refuses a disabled user even with the right password', async () => {
    const res = await login('a1_disabled');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ACCOUNT_DISABLED');
  });

  it('refuses an unknown user like a wrong password', async () => {
    const res = await login('nobody');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });
});

describe('tokens', () => {
  it('rejects requests without a credential, with a malformed one, and with an expired token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    expect((await t.as({ credential: 'garbage' }, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const expired = t.app.jwt.sign({ sub: t.tree.users.operator, typ: 'access', iat: Math.floor(time.clock().getTime() / 1000) - 1000 }, { expiresIn: 10 });
    const res = await t.as({ credential: expired }, { method: 'GET', url: '/api/v1/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it('expires an access token on the app clock: valid until its exp, refused from then on', async () => {
    const token = t.app.jwt.sign({ sub: t.tree.users.operator, typ: 'access', iat: Math.floor(time.clock().getTime() / 1000) }, { expiresIn: 60 });
    const me = () => t.as({ credential: token }, { method: 'GET', url: '/api/v1/auth/me' });
    expect((await me()).statusCode).toBe(200);
    time.advance(59_000);
    expect((await me()).statusCode).toBe(200);
    time.advance(1_000);
    const refused = await me();
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('INVALID_TOKEN');
    // a token without an expiry is not one this server issues
    const forever = t.app.jwt.sign({ sub: t.tree.users.operator, typ: 'access', iat: Math.floor(time.clock().getTime() / 1000) });
    expect((await t.as({ credential: forever }, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it('rotates refresh tokens and treats reuse of an old one as theft', async () => {
    const first = (await login('a1_operator')).json();
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: first.refreshToken } });
    expect(refreshed.statusCode).toBe(200);
    const second = refreshed.json();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const reuse = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: first.refreshToken } });
    expect(reuse.statusCode).toBe(401);
    // the reuse revoked the whole family
    const after = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: second.refreshToken } });
    expect(after.statusCode).toBe(401);
  });

  it('logout revokes the refresh token', async () => {
    const pair = (await login('a1_operator')).json();
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: { refreshToken: pair.refreshToken } });
    expect(out.statusCode).toBe(204);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: pair.refreshToken } });
    expect(res.statusCode).toBe(401);
  });

  it('change password: checks the current one, ends other sessions, returns a working pair', async () => {
    const pair = (await login('a1_operator')).json();
    const wrong = await t.as({ credential: pair.accessToken }, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'bad-one-1', newPassword: 'NewPass-2027' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('/body/currentPassword');
    const weak = await t.as({ credential: pair.accessToken }, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe('/body/newPassword');
    time.advance(2000);
    const ok = await t.as({ credential: pair.accessToken }, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: PASSWORD, newPassword: 'NewPass-2027' } });
    expect(ok.statusCode).toBe(200);
    const oldRefresh = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: pair.refreshToken } });
    expect(oldRefresh.statusCode).toBe(401);
    expect((await t.as({ credential: ok.json().accessToken }, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    expect((await login('a1_operator')).statusCode).toBe(401);
    expect((await login('a1_operator', 'NewPass-2027')).statusCode).toBe(200);
  });

  it('a user disabled after login loses access at once', async () => {
    const pair = (await login('a1_chair')).json();
    const off = await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/users/${t.tree.users.chair}`, payload: { active: false } });
    expect(off.statusCode).toBe(200);
    expect((await t.as({ credential: pair.accessToken }, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: pair.refreshToken } })).statusCode).toBe(401);
  });
});

describe('service-account API keys', () => {
  async function createKey(permissions: string[], orgId = t.tree.orgs.A.id, expiresAt?: string) {
    const res = await t.as(t.tree.users.aAdmin, {
      method: 'POST',
      url: '/api/v1/service-accounts',
      payload: { orgId, name: '省平台对接', permissions, ...(expiresAt ? { expiresAt } : {}) },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { apiKey: string; serviceAccount: { id: string } };
  }

  it('works as a bearer credential, limited to its permissions and its org subtree', async () => {
    const { apiKey } = await createKey(['org:read', 'user:read']);
    const me = await t.as({ credential: apiKey }, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json()).toMatchObject({ kind: 'service_account', org: { id: t.tree.orgs.A.id }, permissions: ['org:read', 'user:read'] });
    const list = await t.as({ credential: apiKey }, { method: 'GET', url: '/api/v1/orgs?limit=100' });
    expect(list.json().items.map((o: { name: string }) => o.name).sort()).toEqual(['甲一公司工会', '甲二街道工会', '甲区总工会'].sort());
    expect((await t.as({ credential: apiKey }, { method: 'GET', url: `/api/v1/orgs/${t.tree.orgs.B.id}` })).statusCode).toBe(404);
    expect((await t.as({ credential: apiKey }, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
  });

  it('is stored hashed, and a revoked or expired key is refused', async () => {
    const { apiKey, serviceAccount } = await createKey(['org:read']);
    const raw = await t.database.handle.db.execute(sql`select key_hash from service_accounts`);
    expect(JSON.stringify((raw as unknown as { rows: unknown[] }).rows)).not.toContain(apiKey.slice(17));
    const revoke = await t.as(t.tree.users.aAdmin, { method: 'POST', url: `/api/v1/service-accounts/${serviceAccount.id}/revoke` });
    expect(revoke.statusCode).toBe(200);
    expect((await t.as({ credential: apiKey }, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);

    const soon = new Date(time.clock().getTime() + 60_000).toISOString();
    const short = await createKey(['org:read'], t.tree.orgs.A.id, soon);
    expect((await t.as({ credential: short.apiKey }, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    time.advance(61_000);
    expect((await t.as({ credential: short.apiKey }, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it('cannot be granted permissions the creator lacks, and a forged key is refused', async () => {
    const res = await t.as(t.tree.users.aAdmin, {
      method: 'POST',
      url: '/api/v1/service-accounts',
      payload: { orgId: t.tree.orgs.A.id, name: 'x', permissions: ['org:read', 'not:a-permission'] },
    });
    expect(res.statusCode).toBe(400);
    const { apiKey } = await createKey(['org:read']);
    const forged = `${apiKey.slice(0, -4)}AAAA`;
    expect((await t.as({ credential: forged }, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });
});
