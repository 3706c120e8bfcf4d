import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';

const t = useTestApp();

const counts = async () =>
  queryRows(t.database.handle.db, sql`select (select count(*) from orgs)::int as orgs, (select count(*) from users)::int as users, (select count(*) from audit_log)::int as audit`);

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, field?: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const body = res.json();
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:bangfu:problem:/), code: expect.any(String), requestId: expect.any(String) });
  if (field) expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

describe('bad input gets a 4xx problem naming the field and writes nothing', () => {
  const org = () => ({ parentId: t.tree.orgs.A.id, name: '新工会', level: 'grassroots', type: 'enterprise', divisionCode: '440305' });
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    t.as(t.tree.users.aAdmin, { method: 'POST', url: '/api/v1/orgs', payload: payload as object, headers });

  type Org = ReturnType<typeof org>;
  it.each<[string, (o: Org) => unknown, string]>([
    ['wrong type', (o) => ({ ...o, name: 42 }), '/body/name'],
    ['string for boolean', (o) => ({ ...o, hasAssistanceCentre: 'yes' }), '/body/hasAssistanceCentre'],
    ['unknown enum value', (o) => ({ ...o, level: 'galaxy' }), '/body/level'],
    ['over-long string', (o) => ({ ...o, name: '工'.repeat(101) }), '/body/name'],
    ['empty string', (o) => ({ ...o, name: '' }), '/body/name'],
    ['malformed division code', (o) => ({ ...o, divisionCode: '44030' }), '/body/divisionCode'],
    ['missing field', ({ parentId: _, ...rest }) => rest, '/body/parentId'],
    ['unknown field', (o) => ({ ...o, color: 'red' }), '/body/color'],
    ['not a uuid', (o) => ({ ...o, parentId: '12345' }), '/body/parentId'],
  ])('%s', async (_label, payload, field) => {
    const before = await counts();
    expectProblem(await post(payload(org())), 400, field);
    expect(await counts()).toEqual(before);
  });

  it('an id that does not exist is 404 naming the field', async () => {
    const before = await counts();
    expectProblem(await post({ ...org(), parentId: '7b0e3f4a-1111-4222-8333-944455556666' }), 404, '/body/parentId');
    expectProblem(await t.as(t.tree.users.aAdmin, { method: 'GET', url: '/api/v1/users/7b0e3f4a-1111-4222-8333-944455556666' }), 404);
    expect(await counts()).toEqual(before);
  });

  it('malformed JSON, a non-object body, a wrong content type and an oversized body', async () => {
    expectProblem(await post('{"name": ', { 'content-type': 'application/json' }), 400, '/body');
    expectProblem(await post('[1,2]', { 'content-type': 'application/json' }), 400);
    expectProblem(await post('name=x', { 'content-type': 'application/x-www-form-urlencoded' }), 415);
    const big = await post({ ...org(), name: 'x'.repeat(2_000_000) });
    expectProblem(big, 413);
  });

  it('absurd query values', async () => {
    const get = (url: string) => t.as(t.tree.users.aAdmin, { method: 'GET', url });
    expectProblem(await get('/api/v1/orgs?limit=-1'), 400, '/querystring/limit');
    expectProblem(await get('/api/v1/orgs?limit=100000'), 400, '/querystring/limit');
    expectProblem(await get('/api/v1/orgs?limit=abc'), 400, '/querystring/limit');
    expectProblem(await get('/api/v1/orgs?level=galaxy'), 400, '/querystring/level');
    expectProblem(await get('/api/v1/orgs/tree?depth=99'), 400, '/querystring/depth');
    expectProblem(await get('/api/v1/orgs/not-a-uuid'), 400, '/params/id');
    expectProblem(await get('/api/v1/audit?from=yesterday'), 400, '/querystring/from');
    expectProblem(await get('/api/v1/orgs?bogus=1'), 400, '/querystring/bogus');
  });

  it('a failing step inside a transaction leaves nothing behind', async () => {
    const before = await counts();
    // the second sibling with the same name fails after the first part of the work
    expectProblem(await post({ ...org(), name: '甲一公司工会' }), 409, '/body/name');
    const user = await t.as(t.tree.users.aAdmin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { orgId: t.tree.orgs.A1.id, username: 'half', displayName: 'x', password: 'Password-1', roles: ['centre_approver'] },
    });
    expectProblem(user, 422, '/body/roles');
    expect(await counts()).toEqual(before);
  });

  it('unknown API routes answer a problem 404, not the web app', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expectProblem(res, 404);
  });
});
