import { ROLE_PERMISSIONS, ROLES, type Permission, type Role } from '@bangfu/shared/roles';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../src/lib/secrets';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import type { Tree } from './helpers/fixtures';

const t = useTestApp();

interface Operation {
  operationId: string;
  method: string;
  path: string;
  permission?: Permission;
  public: boolean;
}

function operations(): Operation[] {
  const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1')) continue;
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path,
        public: op['x-public'] === true,
        ...(op['x-permission'] ? { permission: op['x-permission'] as Permission } : {}),
      });
    }
  }
  return ops;
}

const fill = (path: string, id = '00000000-0000-4000-8000-000000000000') => path.replace('{id}', id);

/** Someone in sibling subtree B tries each operation on a record of subtree A. */
type Foreign = { url: string; payload?: unknown; expect: 'denied' | 'empty' | 'own-only' };
const foreignCases: Record<string, (tr: Tree, saId: string) => Foreign> = {
  getMe: () => ({ url: '/api/v1/auth/me', expect: 'own-only' }),
  changePassword: () => ({ url: '/api/v1/auth/password', payload: { currentPassword: 'x', newPassword: 'Another-1x' }, expect: 'own-only' }),
  listOrgs: () => ({ url: '/api/v1/orgs?limit=200', expect: 'empty' }),
  getOrgTree: (tr) => ({ url: `/api/v1/orgs/tree?rootId=${tr.orgs.A.id}`, expect: 'denied' }),
  getOrg: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A1.id}`, expect: 'denied' }),
  createOrg: (tr) => ({ url: '/api/v1/orgs', payload: { parentId: tr.orgs.A.id, name: '入侵', level: 'grassroots', type: 'enterprise', divisionCode: '440305' }, expect: 'denied' }),
  updateOrg: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A1.id}`, payload: { name: '改名' }, expect: 'denied' }),
  moveOrg: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A1.id}/move`, payload: { parentId: tr.orgs.B.id }, expect: 'denied' }),
  deactivateOrg: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A2.id}/deactivate`, expect: 'denied' }),
  activateOrg: (tr) => ({ url: `/api/v1/orgs/${tr.orgs.A2.id}/activate`, expect: 'denied' }),
  listUsers: (tr) => ({ url: `/api/v1/users?orgId=${tr.orgs.A1.id}`, expect: 'empty' }),
  getUser: (tr) => ({ url: `/api/v1/users/${tr.users.operator}`, expect: 'denied' }),
  createUser: (tr) => ({ url: '/api/v1/users', payload: { orgId: tr.orgs.A1.id, username: 'intruder', displayName: 'x', password: 'Password-123', roles: ['admin'] }, expect: 'denied' }),
  updateUser: (tr) => ({ url: `/api/v1/users/${tr.users.operator}`, payload: { active: false }, expect: 'denied' }),
  setUserRoles: (tr) => ({ url: `/api/v1/users/${tr.users.operator}/roles`, payload: { roles: ['admin'] }, expect: 'denied' }),
  resetUserPassword: (tr) => ({ url: `/api/v1/users/${tr.users.operator}/password`, payload: { newPassword: 'Password-123' }, expect: 'denied' }),
  listServiceAccounts: (tr) => ({ url: `/api/v1/service-accounts?orgId=${tr.orgs.A.id}&includeRevoked=true`, expect: 'empty' }),
  createServiceAccount: (tr) => ({ url: '/api/v1/service-accounts', payload: { orgId: tr.orgs.A.id, name: 'x', permissions: ['org:read'] }, expect: 'denied' }),
  revokeServiceAccount: (_tr, saId) => ({ url: `/api/v1/service-accounts/${saId}/revoke`, expect: 'denied' }),
  listAuditEntries: (tr) => ({ url: `/api/v1/audit?recordId=${tr.orgs.A1.id}`, expect: 'empty' }),
};

async function foreignServiceAccount(tr: Tree): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    t.database.handle.db,
    sql`insert into service_accounts (org_id, name, key_prefix, key_hash, permissions)
        values (${tr.orgs.A.id}, '甲区对接', 'aaaaaaaaaaaa', ${sha256('x')}, '{org:read}') returning id`,
  );
  return row!.id;
}

async function snapshot() {
  const db = t.database.handle.db;
  return {
    orgs: await queryRows(db, sql`select id, parent_id, name, path, active from orgs order by id`),
    users: await queryRows(db, sql`select id, org_id, username, roles, active, password_hash from users order by id`),
    serviceAccounts: await queryRows(db, sql`select id, revoked_at from service_accounts order by id`),
  };
}

describe('access follows the union tree', () => {
  it('every operation is either public or needs a credential, and the walk covers every operation', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(20);
    const guarded = ops.filter((o) => !o.public).map((o) => o.operationId).sort();
    expect(guarded).toEqual(Object.keys(foreignCases).sort());
    for (const op of ops.filter((o) => !o.public)) {
      const res = await t.app.inject({ method: op.method, url: fill(op.path) });
      expect(res.statusCode, `${op.operationId} without a credential`).toBe(401);
    }
  });

  it('an admin of a sibling subtree can neither read nor change any record of another subtree', async () => {
    const saId = await foreignServiceAccount(t.tree);
    // something to find in A's audit log
    await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A1.id}`, payload: { hasAssistanceCentre: false } });
    const before = await snapshot();
    for (const op of operations().filter((o) => !o.public)) {
      const c = foreignCases[op.operationId]!(t.tree, saId);
      for (const actor of [t.tree.users.bAdmin, t.tree.users.bAuditor]) {
        const res = await t.as(actor, { method: op.method, url: c.url, ...(c.payload ? { payload: c.payload } : {}) });
        const label = `${op.operationId} by ${actor === t.tree.users.bAdmin ? 'B admin' : 'B auditor'}: ${res.body.slice(0, 200)}`;
        if (c.expect === 'denied') {
          expect([403, 404], label).toContain(res.statusCode);
        } else if (c.expect === 'empty') {
          if (res.statusCode === 200) {
            const items = res.json().items as { id: string; name?: string }[];
            const aIds = new Set([t.tree.orgs.A.id, t.tree.orgs.A1.id, t.tree.orgs.A2.id, t.tree.users.operator, saId]);
            expect(items.filter((i) => aIds.has(i.id) || i.name?.startsWith('甲')), label).toEqual([]);
          } else {
            expect([403, 404], label).toContain(res.statusCode);
          }
        } else {
          // own-only: acts on the caller alone; never on someone else
          expect([200, 400, 403], label).toContain(res.statusCode);
        }
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('each role is refused what its permissions do not allow', async () => {
    const roleUser: Record<Role, string> = {
      grassroots_operator: t.tree.users.operator,
      grassroots_chair: t.tree.users.chair,
      upper_reviewer: t.tree.users.reviewer,
      centre_approver: t.tree.users.approver,
      fund_committee: t.tree.users.committee,
      finance: t.tree.users.finance,
      auditor: t.tree.users.aAuditor,
      admin: t.tree.users.aAdmin,
    };
    const before = await snapshot();
    let refusals = 0;
    for (const op of operations().filter((o) => o.permission)) {
      for (const role of ROLES) {
        if (ROLE_PERMISSIONS[role].includes(op.permission!)) continue;
        const res = await t.as(roleUser[role], { method: op.method, url: fill(op.path, t.tree.orgs.A1.id), payload: {} });
        expect(res.statusCode, `${role} → ${op.operationId}`).toBe(403);
        expect(res.json().code).toBe('FORBIDDEN');
        refusals++;
      }
    }
    expect(refusals).toBeGreaterThan(50);
    expect(await snapshot()).toEqual(before);
  });

  it('an admin may change organisations below its own, but not its own or those above', async () => {
    const own = await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A.id}`, payload: { name: '自改' } });
    expect(own.statusCode).toBe(403);
    const above = await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.C.id}`, payload: { name: '越级' } });
    expect(above.statusCode).toBe(404);
    const below = await t.as(t.tree.users.aAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A1.id}`, payload: { name: '甲一新名' } });
    expect(below.statusCode).toBe(200);
    const fromCity = await t.as(t.tree.users.cityAdmin, { method: 'PATCH', url: `/api/v1/orgs/${t.tree.orgs.A.id}`, payload: { name: '甲区新名' } });
    expect(fromCity.statusCode).toBe(200);
  });
});
