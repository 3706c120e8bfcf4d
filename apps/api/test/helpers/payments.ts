import type { FundSource } from '@bangfu/shared/funds';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { fundAccounts } from '../../src/db/schema/index';
import { localDay } from '../../src/lib/dates';
import { lockAccount, post } from '../../src/modules/funds/ledger';
import type { TestContext } from './app';
import { queryRows } from './database';
import { householdBody, makeId, nextSeq } from './households';
import { expectPass, formalFile, publishNotice, visit } from './workflow';

const DAY = 86_400_000;

export interface AidSpec {
  aidType?: string;
  amountFen: number;
  /** A formal file in A1 (default), an existing file, or none (temporary aid for a person without a file). */
  fileId?: string | 'none';
  /** Give the new file a bank card (default true). */
  bankCard?: boolean;
  applicantName?: string;
}

export interface ApprovedAid {
  aidRecordId: string;
  applicationId: string;
  fileId: string | null;
}

/**
 * Drives aid applications in A1 through the default workflow (one notice batch for all of them) to
 * approval; returns their aid records in the order of `specs`. Moves `time` past the notice window.
 */
export async function approvedAids(t: TestContext, time: { advance(ms: number): unknown }, specs: AidSpec[]): Promise<ApprovedAid[]> {
  const { users, orgs } = t.tree;
  const apps: { id: string; fileId: string | null }[] = [];
  for (const spec of specs) {
    let fileId: string | null;
    let payload: Record<string, unknown>;
    if (spec.fileId === 'none') {
      fileId = null;
      const gender = 'male';
      payload = {
        kind: 'temporary_aid',
        aidType: spec.aidType ?? 'temporary',
        amountFen: spec.amountFen,
        orgId: orgs.A1.id,
        reason: '突发火灾，生活困难',
        applicant: { name: spec.applicantName ?? '刘大勇', gender, idNumber: makeId('440305', '19760808', nextSeq(gender)) },
      };
    } else {
      fileId = spec.fileId ?? (await formalFile(t, householdBody(orgs.A1.id, spec.bankCard === false ? { bankName: undefined, bankCard: undefined } : {}))).id;
      payload = { kind: spec.aidType === 'temporary' ? 'temporary_aid' : 'aid', fileId, aidType: spec.aidType ?? 'living', amountFen: spec.amountFen, reason: '申请帮扶' };
    }
    const created = await t.as(users.operator, { method: 'POST', url: '/api/v1/applications', payload });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const submitted = await t.as(users.operator, { method: 'POST', url: `/api/v1/applications/${id}/submit` });
    expect(submitted.statusCode, submitted.body).toBe(200);
    await expectPass(t, users.chair, id);
    await visit(t, id);
    expect((await expectPass(t, users.operator, id)).state).toBe('notice');
    apps.push({ id, fileId });
  }
  const batch = await publishNotice(t, orgs.A1.id, apps.map((a) => a.id));
  time.advance(8 * DAY);
  const closed = await t.as(users.operator, { method: 'POST', url: `/api/v1/notice-batches/${batch.id}/close` });
  expect(closed.statusCode, closed.body).toBe(200);
  const out: ApprovedAid[] = [];
  for (const a of apps) {
    await expectPass(t, users.reviewer, a.id);
    const approved = await expectPass(t, users.approver, a.id);
    expect(approved).toMatchObject({ state: 'approved', aidRecordId: expect.any(String) });
    out.push({ aidRecordId: approved.aidRecordId, applicationId: a.id, fileId: a.fileId });
  }
  return out;
}

/** A special account for `orgId`, funded by a receipt of `fen` from `source` (none when fen is 0). */
export async function fundedAccount(t: Pick<TestContext, 'database'>, orgId: string, fen: number, source: FundSource = 'union_funds', at = new Date('2026-03-01T00:00:00Z')) {
  const db = t.database.handle.db;
  const [account] = await db
    .insert(fundAccounts)
    .values({ orgId, name: '帮扶资金专户', bankName: '中国工商银行', accountNo: `6222000${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`, openedOn: '2026-01-01', createdByName: 'test' })
    .returning();
  if (fen > 0) await receive(t, account!.id, fen, source, at);
  return account!;
}

export async function receive(t: Pick<TestContext, 'database'>, accountId: string, fen: number, source: FundSource = 'union_funds', at = new Date('2026-03-01T00:00:00Z')) {
  const year = Number(localDay(at).slice(0, 4));
  await t.database.handle.db.transaction(async (tx) => {
    await lockAccount(tx, accountId);
    await post(tx, {
      accountId,
      year,
      kind: 'receipt',
      memo: '拨款',
      at,
      actor: { id: null, name: 'test' },
      lines: [
        { ledger: 'bank', source, amountFen: fen },
        { ledger: 'income', source, amountFen: -fen },
      ],
    });
  });
}

/** The account's balance, its source balances, and the sum of its bank lines (which must agree). */
export async function balanceOf(t: Pick<TestContext, 'database'>, accountId: string) {
  const db = t.database.handle.db;
  const [a] = await queryRows<{ balance_fen: string }>(db, sql`select balance_fen from fund_accounts where id = ${accountId}`);
  const [lines] = await queryRows<{ s: string | null }>(db, sql`select sum(amount_fen) as s from ledger_entries where account_id = ${accountId} and ledger = 'bank'`);
  const sources = await queryRows<{ source: string; balance_fen: string }>(db, sql`select source, balance_fen from fund_source_balances where account_id = ${accountId} order by source`);
  const balance = Number(a!.balance_fen);
  expect(Number(lines?.s ?? 0), 'account balance = sum of its bank lines').toBe(balance);
  expect(sources.reduce((s, r) => s + Number(r.balance_fen), 0), 'account balance = sum of its source balances').toBe(balance);
  return balance;
}

/**
 * Approved aid records written straight into the database (applications in state approved with their
 * aid records), for tests that need many or need them fast: the access walk and the concurrency test.
 * Temporary aid for people without a file unless `fileId` is given.
 */
export async function insertApprovedAids(
  db: TestContext['database']['handle']['db'],
  opts: { orgId: string; count: number; amountFen: number; aidType?: string; fileId?: string | null; year?: number; at?: Date },
): Promise<{ aidRecordId: string; applicationId: string }[]> {
  const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
  const at = opts.at ?? new Date('2026-03-01T00:00:00Z');
  const rows = await queryRows<{ aid_record_id: string; application_id: string }>(
    db,
    sql`with apps as (
          insert into applications (application_no, kind, aid_type, amount_fen, reason, state, plan, org_id, file_id, applicant_name, applicant_id_hash, created_by_name, created_at, updated_at)
          select ${`SQT${tag}`} || lpad(i::text, 6, '0'), ${opts.fileId ? 'aid' : 'temporary_aid'}, ${opts.aidType ?? 'temporary'}, ${opts.amountFen}, '测试', 'approved',
                 '["grassroots_review","home_visit","notice","upper_review","approval"]'::jsonb, ${opts.orgId}::uuid, ${opts.fileId ?? null}::uuid,
                 '测试' || i::text, case when ${opts.fileId ?? null}::uuid is null then md5(${tag} || i::text) || md5(i::text) end, 'test', ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
          from generate_series(1, ${opts.count}) i
          returning id, file_id, org_id, aid_type, amount_fen
        ), recs as (
          insert into aid_records (application_id, file_id, org_id, aid_type, amount_fen, year, status, created_at, updated_at)
          select id, file_id, org_id, aid_type, amount_fen, ${opts.year ?? 2026}, 'approved', ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz from apps
          returning id, application_id
        )
        select r.id as aid_record_id, r.application_id from recs r order by r.application_id`,
  );
  // (rows inserted by one statement are not visible to its other parts: link them in a second one)
  await db.execute(sql`update applications a set aid_record_id = r.id from aid_records r where r.application_id = a.id and a.aid_record_id is null and a.application_no like ${`SQT${tag}%`}`);
  return rows.map((r) => ({ aidRecordId: r.aid_record_id, applicationId: r.application_id }));
}
