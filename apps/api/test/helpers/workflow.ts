import { expect } from 'vitest';
import type { TestContext } from './app';
import { householdBody } from './households';

/** Files a household (a temporary file) as `who`, the operator of A1 unless told; returns the file. */
export async function fileHousehold(t: TestContext, body: object, who = t.tree.users.operator) {
  const res = await t.as(who, { method: 'POST', url: '/api/v1/hardship-files', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Files a household in A1 and confirms its proposed category; returns the file. */
export async function confirmedFile(t: TestContext, body: object = householdBody(t.tree.orgs.A1.id)) {
  const file = await fileHousehold(t, body);
  const ok = await t.as(t.tree.users.chair, { method: 'POST', url: `/api/v1/hardship-files/${file.id}/confirm-category`, payload: { category: file.proposedCategory } });
  expect(ok.statusCode, ok.body).toBe(200);
  return ok.json();
}

/** A formal file (approved by the lifecycle call) ready for aid. */
export async function formalFile(t: TestContext, body?: object) {
  const file = await confirmedFile(t, body);
  const res = await t.as(t.tree.users.approver, { method: 'POST', url: `/api/v1/hardship-files/${file.id}/formalize` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export const decide = (t: TestContext, who: string, id: string, decision: 'pass' | 'return' | 'reject', extra: object = {}) =>
  t.as(who, { method: 'POST', url: `/api/v1/applications/${id}/decisions`, payload: { decision, ...extra } });

export async function expectPass(t: TestContext, who: string, id: string) {
  const res = await decide(t, who, id, 'pass');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function visit(t: TestContext, id: string, consentSigned = true) {
  const res = await t.as(t.tree.users.operator, {
    method: 'POST',
    url: `/api/v1/applications/${id}/home-visits`,
    payload: { visitedOn: '2026-01-05', visitors: ['经办人', '工会主席'], findings: '家中确有困难，情况属实', consentSigned },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Creates a notice batch at `orgId` with the applications, publishes it, returns the batch. */
export async function publishNotice(t: TestContext, orgId: string, applicationIds: string[], who = t.tree.users.operator) {
  const batch = await t.as(who, { method: 'POST', url: '/api/v1/notice-batches', payload: { orgId, title: '2026年第1批帮扶公示', objectionContact: '电话 0755-12345678，南山区总工会帮扶中心' } });
  expect(batch.statusCode, batch.body).toBe(201);
  const id = batch.json().id;
  const add = await t.as(who, { method: 'POST', url: `/api/v1/notice-batches/${id}/items`, payload: { applicationIds } });
  expect(add.statusCode, add.body).toBe(200);
  const pub = await t.as(who, { method: 'POST', url: `/api/v1/notice-batches/${id}/publish` });
  expect(pub.statusCode, pub.body).toBe(200);
  return pub.json();
}
