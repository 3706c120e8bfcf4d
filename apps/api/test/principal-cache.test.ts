import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testClock, useTestApp } from './helpers/app';
import { PASSWORD } from './helpers/fixtures';

// The users behind access tokens are reused for PRINCIPAL_CACHE_SECONDS (default 5); changes made
// through this process take effect on the next request, changes made elsewhere within the window.
const time = testClock(new Date('2026-03-02T02:00:00Z'));
const t = useTestApp({ clock: time.clock });
const WINDOW = 5_000;

const files = (who: string | { credential: string }) => t.as(who, { method: 'GET', url: '/api/v1/hardship-files' });
const me = (who: string | { credential: string }) => t.as(who, { method: 'GET', url: '/api/v1/auth/me' });
/** What another process (or a hand-made SQL change) would do: the row changes, this process is not told. */
const elsewhere = (change: ReturnType<typeof sql>) => t.database.handle.db.execute(change);

describe('the principal cache', () => {
  it('a role change, a deactivation or a password change through the API counts at once', async () => {
    const { operator, aAdmin } = t.tree.users;
    expect((await files(operator)).statusCode).toBe(200); // cached now
    const roles = await t.as(aAdmin, { method: 'PUT', url: `/api/v1/users/${operator}/roles`, payload: { roles: ['auditor'] } });
    expect(roles.statusCode, roles.body).toBe(200);
    expect((await me(operator)).json().roles).toEqual(['auditor']);
    expect((await t.as(operator, { method: 'POST', url: '/api/v1/hardship-files', payload: {} })).statusCode).toBe(403);

    const off = await t.as(aAdmin, { method: 'PATCH', url: `/api/v1/users/${operator}`, payload: { active: false } });
    expect(off.statusCode, off.body).toBe(200);
    const refused = await files(operator);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('INVALID_TOKEN');

    // the chair changes its own password: the token issued before it stops working at once
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'a1_chair', password: PASSWORD } });
    const old = { credential: login.json().accessToken as string };
    expect((await files(old)).statusCode).toBe(200);
    time.advance(1_000); // token times are whole seconds
    const changed = await t.as(old, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: PASSWORD, newPassword: 'NewPass-2027' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await files(old)).statusCode).toBe(401);
    expect((await files({ credential: changed.json().accessToken })).statusCode).toBe(200);
  });

  it('an org renamed through the API shows on the next request', async () => {
    const { operator, cityAdmin } = t.tree.users;
    expect((await me(operator)).json().org.name).toBe('甲一公司工会');
    await t.as(cityAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A1.id}`, payload: { name: '甲一新名工会' } });
    expect((await me(operator)).json().org.name).toBe('甲一新名工会');
  });

  it('a change made elsewhere counts within the window (5 s), not later', async () => {
    const { operator } = t.tree.users;
    expect((await files(operator)).statusCode).toBe(200);
    await elsewhere(sql`update users set active = false where id = ${operator}`);
    time.advance(WINDOW - 1);
    expect((await files(operator)).statusCode).toBe(200); // the cached row, at most 5 s old
    time.advance(1);
    expect((await files(operator)).statusCode).toBe(401);
  });
});

describe('without the cache (PRINCIPAL_CACHE_SECONDS=0)', () => {
  const u = useTestApp({ config: { principalCacheSeconds: 0 } });
  it('every request looks its caller up', async () => {
    const { operator } = u.tree.users;
    expect((await u.as(operator, { method: 'GET', url: '/api/v1/hardship-files' })).statusCode).toBe(200);
    await u.database.handle.db.execute(sql`update users set active = false where id = ${operator}`);
    expect((await u.as(operator, { method: 'GET', url: '/api/v1/hardship-files' })).statusCode).toBe(401);
  });
});
