import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';
import { householdBody } from './helpers/households';
import { multipartFile, tinyPdf, tinyPng } from './helpers/multipart';

const t = useTestApp({ config: { attachmentMaxBytes: 4096 } });

async function newFile() {
  const res = await t.as(t.tree.users.operator, { method: 'POST', url: '/api/v1/hardship-files', payload: householdBody(t.tree.orgs.A1.id) });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}
const upload = (fileId: string, kind: string, name: string, content: Buffer, who = t.tree.users.operator) =>
  t.as(who, { method: 'POST', url: `/api/v1/hardship-files/${fileId}/attachments?kind=${kind}`, ...multipartFile(name, content) });

describe('attachments', () => {
  it('stores a PDF encrypted, lists it, and returns the same bytes on download with an audit entry', async () => {
    const fileId = await newFile();
    const pdf = tinyPdf();
    const res = await upload(fileId, 'consent_form', '授权委托书.pdf', pdf);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'consent_form', filename: '授权委托书.pdf', mimeType: 'application/pdf', sizeBytes: pdf.length, uploadedBy: 'a1_operator' });
    const [row] = await queryRows<{ c: string }>(t.database.handle.db, sql`select encode(content_enc, 'escape') as c from file_attachments`);
    expect(row!.c).not.toContain('%PDF');
    const list = await t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/hardship-files/${fileId}/attachments` });
    expect(list.json().items).toHaveLength(1);
    const dl = await t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/hardship-files/${fileId}/attachments/${res.json().id}/content` });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.rawPayload.equals(pdf)).toBe(true);
    const audit = await queryRows(t.database.handle.db, sql`select 1 from audit_log where action = 'file.attachment_download'`);
    expect(audit).toHaveLength(1);
    const history = (await t.as(t.tree.users.operator, { method: 'GET', url: `/api/v1/hardship-files/${fileId}/history` })).json();
    expect(history.items.map((h: { action: string }) => h.action)).toContain('file.attachment_add');
  });

  it('refuses other types whatever they are called, and files over the size limit', async () => {
    const fileId = await newFile();
    const exe = await upload(fileId, 'other', 'scan.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().errors[0].field).toBe('/body/file');
    const big = await upload(fileId, 'other', 'big.pdf', Buffer.concat([tinyPdf(), Buffer.alloc(5000)]));
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
    const badKind = await upload(fileId, 'selfie', 'a.png', tinyPng());
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().errors[0].field).toBe('/querystring/kind');
    expect(await queryRows(t.database.handle.db, sql`select 1 from file_attachments`)).toHaveLength(0);
  });

  it('an ID scan opens only for roles that may reveal, and deletion leaves history', async () => {
    const fileId = await newFile();
    const scan = (await upload(fileId, 'id_scan', 'id.png', tinyPng())).json();
    const url = `/api/v1/hardship-files/${fileId}/attachments/${scan.id}/content`;
    expect((await t.as(t.tree.users.operator, { method: 'GET', url })).statusCode).toBe(403);
    expect((await t.as(t.tree.users.chair, { method: 'GET', url })).statusCode).toBe(200);
    const del = await t.as(t.tree.users.operator, { method: 'DELETE', url: `/api/v1/hardship-files/${fileId}/attachments/${scan.id}` });
    expect(del.statusCode).toBe(204);
    expect((await t.as(t.tree.users.chair, { method: 'GET', url })).statusCode).toBe(404);
  });
});

describe('review campaigns', () => {
  it('opens once a year per org, counts reviewed open files, and closes', async () => {
    const f1 = await newFile();
    await newFile();
    const open = await t.as(t.tree.users.approver, { method: 'POST', url: '/api/v1/review-campaigns', payload: { orgId: t.tree.orgs.A.id, year: 2026, name: '2026年度集中复核' } });
    expect(open.statusCode, open.body).toBe(201);
    expect(open.json().progress).toEqual({ openFiles: 2, reviewed: 0 });
    const again = await t.as(t.tree.users.approver, { method: 'POST', url: '/api/v1/review-campaigns', payload: { orgId: t.tree.orgs.A.id, year: 2026, name: '重复' } });
    expect(again.statusCode).toBe(409);
    await t.as(t.tree.users.operator, { method: 'POST', url: `/api/v1/hardship-files/${f1}/review` });
    const list = (await t.as(t.tree.users.operator, { method: 'GET', url: '/api/v1/review-campaigns' })).json();
    expect(list.items[0].progress).toEqual({ openFiles: 2, reviewed: 1 });
    const closed = await t.as(t.tree.users.approver, { method: 'POST', url: `/api/v1/review-campaigns/${open.json().id}/close` });
    expect(closed.json().closedOn).toBeTruthy();
    expect((await t.as(t.tree.users.bOperator, { method: 'GET', url: '/api/v1/review-campaigns' })).json().items).toEqual([]);
  });
});
