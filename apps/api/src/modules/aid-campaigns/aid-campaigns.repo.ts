import type { AidCampaignQuery, CampaignHouseholdQuery } from '@bangfu/shared/aid-campaigns';
import { and, desc, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { aidCampaigns, orgs } from '../../db/schema/index';
import { decodeCursor, encodeCursor } from '../../lib/cursor';

export type CampaignRow = typeof aidCampaigns.$inferSelect & { orgName: string; orgPath: string };

type Rows<T> = { rows: T[] };
const rowsOf = async <T>(exec: Executor, query: SQL): Promise<T[]> => ((await exec.execute(query)) as unknown as Rows<T>).rows;

export async function findCampaign(exec: Executor, scope: OrgScope, id: string, forUpdate: false | 'wait' | 'nowait' = false): Promise<CampaignRow | undefined> {
  const q = exec
    .select({ campaign: aidCampaigns, orgName: orgs.name, orgPath: orgs.path })
    .from(aidCampaigns)
    .innerJoin(orgs, eq(orgs.id, aidCampaigns.orgId))
    .where(and(eq(aidCampaigns.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  const [row] = forUpdate === 'nowait' ? await q.for('update', { of: aidCampaigns, noWait: true }) : forUpdate ? await q.for('update', { of: aidCampaigns }) : await q;
  return row ? { ...row.campaign, orgName: row.orgName, orgPath: row.orgPath } : undefined;
}

export async function listCampaigns(exec: Executor, scope: OrgScope, query: AidCampaignQuery) {
  const limit = query.limit ?? 50;
  const c: (SQL | undefined)[] = [scope.ownsPath(orgs.path)];
  if (query.year) c.push(eq(aidCampaigns.year, query.year));
  if (query.state) c.push(eq(aidCampaigns.state, query.state));
  if (query.kind) c.push(eq(aidCampaigns.kind, query.kind));
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) {
    const at = new Date(String(cursor[0]));
    c.push(or(lt(aidCampaigns.createdAt, at), and(eq(aidCampaigns.createdAt, at), lt(aidCampaigns.id, String(cursor[1])))));
  }
  const rows = await exec
    .select({ campaign: aidCampaigns, orgName: orgs.name, orgPath: orgs.path })
    .from(aidCampaigns)
    .innerJoin(orgs, eq(orgs.id, aidCampaigns.orgId))
    .where(and(...c))
    .orderBy(desc(aidCampaigns.createdAt), desc(aidCampaigns.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit).map((r) => ({ ...r.campaign, orgName: r.orgName, orgPath: r.orgPath }));
  const last = page[page.length - 1];
  return { rows: page, nextCursor: more && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
}

export async function insertCampaign(exec: Executor, values: typeof aidCampaigns.$inferInsert) {
  const [row] = await exec.insert(aidCampaigns).values(values).returning({ id: aidCampaigns.id });
  return row!.id;
}

export async function updateCampaign(exec: Executor, id: string, values: Partial<typeof aidCampaigns.$inferInsert>) {
  await exec.update(aidCampaigns).set(values).where(eq(aidCampaigns.id, id));
}

/** The campaign's stored tallies from its households (after a selection). */
export async function refreshTallies(exec: Executor, id: string, now: Date): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    exec,
    sql`update aid_campaigns c set updated_at = ${now}, selected_count = t.n, total_fen = t.total
      from (select count(*)::int as n, coalesce(sum(amount_fen), 0) as total from campaign_households where campaign_id = ${id}) t
      where c.id = ${id}
      returning t.n`,
  );
  return Number(row?.n ?? 0);
}

/** Called when a notice batch closes: the campaign that published it is now noticed. */
export async function campaignNoticeClosed(exec: Executor, batchId: string, now: Date) {
  await exec.execute(sql`update aid_campaigns set state = 'noticed', updated_at = ${now} where notice_batch_id = ${batchId} and state = 'in_notice'`);
}

const PAID_STATES = sql`('disbursing', 'disbursed', 'closed')`;
/** Where a household stands, from its application and aid record. */
const householdStatus = sql`case
    when a.id is null then 'selected'
    when a.state = 'notice' then 'in_notice'
    when a.state = 'recheck' then 'recheck'
    when a.state = 'approved' then 'approved'
    when a.state in ${PAID_STATES} then 'paid'
    when a.state = 'withdrawn' then 'withdrawn'
    else 'other' end`;

export async function countsOf(exec: Executor, id: string) {
  const [row] = await rowsOf<Record<string, number | string>>(
    exec,
    sql`select count(*)::int as selected,
      (count(*) filter (where a.state = 'notice'))::int as in_notice,
      (count(*) filter (where a.state = 'recheck'))::int as recheck,
      (count(*) filter (where a.state = 'approved'))::int as approved,
      (count(*) filter (where a.state in ${PAID_STATES}))::int as paid,
      coalesce(sum(ch.amount_fen) filter (where a.state in ${PAID_STATES}), 0)::text as paid_fen,
      (count(*) filter (where a.state = 'withdrawn'))::int as withdrawn
    from campaign_households ch left join applications a on a.campaign_id = ch.campaign_id and a.file_id = ch.file_id
    where ch.campaign_id = ${id}`,
  );
  return {
    selected: Number(row?.selected ?? 0),
    inNotice: Number(row?.in_notice ?? 0),
    recheck: Number(row?.recheck ?? 0),
    approved: Number(row?.approved ?? 0),
    paid: Number(row?.paid ?? 0),
    paidFen: Number(row?.paid_fen ?? 0),
    withdrawn: Number(row?.withdrawn ?? 0),
  };
}

export interface HouseholdRow {
  file_id: string;
  file_no: string;
  head_name: string;
  org_id: string;
  org_name: string;
  category: string | null;
  amount_fen: string | number;
  rule_label: string;
  application_id: string | null;
  application_state: string | null;
  aid_record_status: string | null;
  status: string;
}

/** The campaign's households, a page at a time (keyset on the file id), optionally of one org's subtree or one status. */
export async function householdsPage(exec: Executor, campaignId: string, query: CampaignHouseholdQuery & { orgPath?: string }) {
  const limit = query.limit ?? 50;
  const c: SQL[] = [sql`ch.campaign_id = ${campaignId}`];
  if (query.orgPath) c.push(sql`o.path like ${`${query.orgPath}%`}`);
  if (query.status) c.push(sql`(${householdStatus}) = ${query.status}`);
  const cursor = decodeCursor(query.cursor, 1);
  if (cursor) c.push(sql`ch.file_id > ${String(cursor[0])}::uuid`);
  const rows = await rowsOf<HouseholdRow>(
    exec,
    sql`select ch.file_id, f.file_no, f.head_name, ch.org_id, o.name as org_name, f.category, ch.amount_fen::text as amount_fen, ch.rule_label,
        a.id as application_id, a.state as application_state, ar.status as aid_record_status, ${householdStatus} as status
      from campaign_households ch
      join hardship_files f on f.id = ch.file_id
      join orgs o on o.id = ch.org_id
      left join applications a on a.campaign_id = ch.campaign_id and a.file_id = ch.file_id
      left join aid_records ar on ar.application_id = a.id
      where ${sql.join(c, sql` and `)}
      order by ch.file_id
      limit ${limit + 1}`,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: more && last ? encodeCursor([last.file_id]) : null };
}

/** Org names and paths for a preview's tallies. */
export async function orgsByIds(exec: Executor, ids: string[]) {
  if (!ids.length) return [];
  return rowsOf<{ id: string; name: string; path: string }>(exec, sql`select id, name, path from orgs where id = any(${sql.param(ids)}::uuid[])`);
}

/** The smallest field that can hold a number: left-pads to `width` but never cuts a longer one. */
const padded = (expr: SQL, width: number) => sql`lpad((${expr})::text, greatest(${width}, length((${expr})::text)), '0')`;

/**
 * One application per selected household, set-based (found again by campaign and file, so no
 * household row is updated): kind 'aid', the campaign's aid type and the
 * household's amount, plan ['notice'], waiting at the notice in `batchId`, numbered in each org's
 * division sequence like any application (a block of numbers reserved per division in one statement).
 * Returns how many were created.
 */
export async function createApplications(
  tx: Executor,
  p: { campaignId: string; batchId: string; aidType: string; reason: string; year: string; actor: { id: string | null; name: string }; now: Date },
): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    tx,
    sql`with hh as (
        select ch.file_id, ch.org_id, ch.amount_fen, f.head_name, o.division_code,
          row_number() over (partition by o.division_code order by o.path, f.file_no) as rn
        from campaign_households ch join hardship_files f on f.id = ch.file_id join orgs o on o.id = ch.org_id
        where ch.campaign_id = ${p.campaignId}
          and not exists (select 1 from applications x where x.campaign_id = ch.campaign_id and x.file_id = ch.file_id)
      ),
      need as (select division_code, count(*)::int as n from hh group by division_code),
      reserved as (
        insert into file_number_seq (key, last)
        select 'app-' || division_code || '-' || ${p.year}, n from need
        on conflict (key) do update set last = file_number_seq.last + excluded.last
        returning key, last
      ),
      ins as (
        insert into applications (application_no, kind, aid_type, amount_fen, reason, state, plan, org_id, file_id, applicant_name,
          notice_batch_id, campaign_id, created_by_name, created_by, created_at, updated_at)
        select 'SQ' || hh.division_code || ${p.year} || ${padded(sql`r.last - nd.n + hh.rn`, 6)}, 'aid', ${p.aidType}, hh.amount_fen, ${p.reason},
          'notice', '["notice"]'::jsonb, hh.org_id, hh.file_id, hh.head_name, ${p.batchId}::uuid, ${p.campaignId}::uuid, ${p.actor.name}, ${p.actor.id}::uuid, ${p.now}::timestamptz, ${p.now}::timestamptz
        from hh join need nd on nd.division_code = hh.division_code join reserved r on r.key = 'app-' || hh.division_code || '-' || ${p.year}
        returning 1
      )
      select count(*)::int as n from ins`,
  );
  return Number(row?.n ?? 0);
}

/** Timeline entries for every application of the campaign in the batch (one statement each kind). */
export async function insertCampaignSteps(
  tx: Executor,
  p: { campaignId: string; where: SQL; actor: { id: string | null; name: string; org: string | null }; now: Date; step: string | null; action: string; from: string | null; to: string; opinion: SQL | string | null },
) {
  await tx.execute(sql`
    insert into application_steps (application_id, at, actor_id, actor_name, actor_role, actor_org, step, action, from_state, to_state, opinion)
    select a.id, ${p.now}::timestamptz, ${p.actor.id}::uuid, ${p.actor.name}, null, ${p.actor.org}::text, ${p.step}::text, ${p.action}, ${p.from}::text, ${p.to}, ${p.opinion}::text
    from applications a where a.campaign_id = ${p.campaignId} and ${p.where}`);
}

/**
 * The SQL twin of maskName (packages/shared/src/masks.ts, DOMAIN.md §5): 张*明 — the first character,
 * and the last of a name of three or more, around stars; the name trimmed first. A test holds the two
 * equal, so a notice batch of 100,000 lines is masked inside its one INSERT … SELECT.
 */
/** What String.prototype.trim() strips (ECMAScript WhiteSpace and LineTerminator), as a bracket expression of the characters themselves. */
const JS_SPACE = '[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]';
const TRIM_PATTERN = `^${JS_SPACE}+|${JS_SPACE}+$`;

export function maskedNameSql(name: SQL): SQL {
  return sql`(select case when char_length(n) <= 1 then n
      when char_length(n) = 2 then left(n, 1) || '*'
      else left(n, 1) || repeat('*', char_length(n) - 2) || right(n, 1) end
    from (select regexp_replace(${name}, ${TRIM_PATTERN}::text, '', 'g') as n) trimmed)`;
}

/**
 * The notice lines of the campaign's applications in a batch, one statement: masked name, unit (the
 * household's union), category, aid type, amount; in order of org, then file number.
 */
export async function insertNoticeItems(tx: Executor, campaignId: string, batchId: string): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    tx,
    sql`with ins as (
        insert into notice_items (batch_id, application_id, org_id, masked_name, unit, category, aid_type, amount_fen, state, position)
        select ${batchId}::uuid, a.id, a.org_id, ${maskedNameSql(sql`a.applicant_name`)}, o.name, f.category, a.aid_type, a.amount_fen, 'pending',
          (row_number() over (order by o.path, f.file_no, a.id) - 1)::int
        from applications a join orgs o on o.id = a.org_id left join hardship_files f on f.id = a.file_id
        where a.campaign_id = ${campaignId} and a.notice_batch_id = ${batchId}
        returning 1
      )
      select count(*)::int as n from ins`,
  );
  return Number(row?.n ?? 0);
}

export interface PayableRow {
  aid_record_id: string;
  application_id: string;
  application_no: string;
  amount_fen: string | number;
  has_card: boolean;
  over_cap: boolean;
}

/**
 * The campaign's aid records waiting for payment (approved, application approved), each with whether
 * the household has a bank card on file and whether one more payment of its amount would exceed a
 * yearly cap — counted, as single payments count it, over what is booked or paid in the ledger `year`.
 */
export async function payable(tx: Executor, campaignId: string, aidType: string, year: number, withCaps: boolean) {
  const due = sql`
    select ar.id, ar.application_id, ar.file_id, ar.amount_fen, ar.category, o.division_code, a.application_no,
      (f.bank_card_enc is not null) as has_card
    from aid_records ar
    join applications a on a.id = ar.application_id
    join orgs o on o.id = ar.org_id
    left join hardship_files f on f.id = ar.file_id
    where ar.campaign_id = ${campaignId} and ar.status = 'approved' and a.state = 'approved'`;
  if (!withCaps) {
    return rowsOf<PayableRow>(
      tx,
      sql`select d.id as aid_record_id, d.application_id, d.application_no, d.amount_fen::text as amount_fen, d.has_card, false as over_cap
        from (${due}) d order by d.application_no`,
    );
  }
  return rowsOf<PayableRow>(
    tx,
    sql`with due as (${due}),
      paid as (
        select ar.file_id,
          coalesce(sum(p.amount_fen) filter (where ar.aid_type = ${aidType}), 0)::bigint as amount_of_type,
          (count(*) filter (where ar.aid_type = ${aidType}))::int as items_of_type,
          coalesce(sum(p.amount_fen), 0)::bigint as amount,
          count(*)::int as items
        from payments p
        join aid_records ar on ar.id = p.aid_record_id
        join ledger_transactions lt on lt.id = p.txn_id
        where p.status in ('booked', 'exported', 'paid') and lt.year = ${year} and ar.file_id in (select file_id from due)
        group by ar.file_id
      ),
      caps as (select * from aid_caps where year = ${year} and (aid_type = ${aidType} or aid_type = 'any'))
      select d.id as aid_record_id, d.application_id, d.application_no, d.amount_fen::text as amount_fen, d.has_card,
        exists (
          select 1 from caps cp
          where cp.division_code in (d.division_code, left(d.division_code, 4) || '00', left(d.division_code, 2) || '0000')
            and (cp.category = coalesce(d.category, 'any') or cp.category = 'any')
            and ((cp.max_amount_fen is not null
                  and (case when cp.aid_type = 'any' then coalesce(pd.amount, 0) else coalesce(pd.amount_of_type, 0) end) + d.amount_fen > cp.max_amount_fen)
              or (cp.max_items is not null
                  and (case when cp.aid_type = 'any' then coalesce(pd.items, 0) else coalesce(pd.items_of_type, 0) end) + 1 > cp.max_items))
        ) as over_cap
      from due d left join paid pd on pd.file_id = d.file_id
      order by d.application_no`,
  );
}

/** Draws `n` numbers of a sequence in one statement, ascending. */
export async function drawNumbers(tx: Executor, sequence: 'payment_no_seq', n: number): Promise<bigint[]> {
  const rows = await rowsOf<{ n: string }>(tx, sql`select nextval(${sequence}::regclass)::text as n from generate_series(1, ${n})`);
  return rows.map((r) => BigInt(r.n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The batch's payments, one statement per chunk: real-name bank transfers to the card on each
 * household's file (copied encrypted, with its mask), in the bank batch, exported.
 */
export async function insertPayments(
  tx: Executor,
  p: { ids: string[]; numbers: string[]; aidRecordIds: string[]; txnIds: string[]; accountId: string; orgId: string; source: string; bankBatchId: string; campaignId: string; actorName: string; now: Date },
) {
  await tx.execute(sql`
    insert into payments (id, payment_no, aid_record_id, account_id, org_id, method, status, amount_fen, source, payee_name, bank_name, bank_card_enc, bank_card_masked,
      bank_batch_id, campaign_id, txn_id, created_by_name, created_at, updated_at)
    select u.id::uuid, u.payment_no, ar.id, ${p.accountId}::uuid, ${p.orgId}::uuid, 'bank_transfer', 'exported', ar.amount_fen, ${p.source}, a.applicant_name,
      coalesce(f.bank_name, ''), f.bank_card_enc, f.bank_card_masked, ${p.bankBatchId}::uuid, ${p.campaignId}::uuid, u.txn_id::uuid, ${p.actorName}, ${p.now}::timestamptz, ${p.now}::timestamptz
    from unnest(${sql.param(p.ids)}::text[], ${sql.param(p.numbers)}::text[], ${sql.param(p.aidRecordIds)}::text[], ${sql.param(p.txnIds)}::text[]) as u(id, payment_no, aid_record_id, txn_id)
    join aid_records ar on ar.id = u.aid_record_id::uuid
    join applications a on a.id = ar.application_id
    left join hardship_files f on f.id = ar.file_id`);
}

/** After the batch is booked: its aid records booked, their applications disbursing, each with a timeline step. */
export async function markBatchBooked(tx: Executor, p: { bankBatchId: string; campaignId: string; actor: { id: string | null; name: string; org: string | null }; now: Date }) {
  // One statement, one pass over the batch: the three writes share the join.
  await tx.execute(sql`
    with booked as (
      update aid_records ar set status = 'booked', updated_at = ${p.now}
      from payments pm where pm.bank_batch_id = ${p.bankBatchId} and pm.aid_record_id = ar.id
      returning ar.application_id, pm.payment_no
    ),
    moved as (
      update applications a set state = 'disbursing', updated_at = ${p.now}
      from booked b where a.id = b.application_id and a.state = 'approved'
      returning a.id, b.payment_no
    )
    insert into application_steps (application_id, at, actor_id, actor_name, actor_role, actor_org, step, action, from_state, to_state, opinion)
    select m.id, ${p.now}::timestamptz, ${p.actor.id}::uuid, ${p.actor.name}, 'finance', ${p.actor.org}::text, null, 'payment_booked', 'approved', 'disbursing', m.payment_no
    from moved m`);
}

/** Cancelling before payment: the campaign's live applications are withdrawn and their aid records cancelled. */
export async function withdrawApplications(tx: Executor, p: { campaignId: string; reason: string; actor: { id: string | null; name: string; org: string | null }; now: Date }) {
  const live = sql`a.state not in ('withdrawn', 'rejected', 'disbursing', 'disbursed', 'closed')`;
  await tx.execute(sql`
    insert into application_steps (application_id, at, actor_id, actor_name, actor_role, actor_org, step, action, from_state, to_state, opinion)
    select a.id, ${p.now}::timestamptz, ${p.actor.id}::uuid, ${p.actor.name}, null, ${p.actor.org}::text, null, 'campaign_cancelled', a.state, 'withdrawn', ${p.reason}::text
    from applications a where a.campaign_id = ${p.campaignId} and ${live}`);
  await tx.execute(sql`
    update aid_records set status = 'cancelled', updated_at = ${p.now}
    where campaign_id = ${p.campaignId} and status in ('approved', 'returned', 'failed')`);
  await tx.execute(sql`
    update applications a set state = 'withdrawn', updated_at = ${p.now}
    where a.campaign_id = ${p.campaignId} and ${live}`);
}

export type CampaignAccount = { id: string; orgId: string; orgPath: string; balanceFen: number };

/** A special account inside the scope, by id or by its org. */
export async function findAccount(exec: Executor, scope: OrgScope, by: { id: string } | { orgId: string }): Promise<CampaignAccount | undefined> {
  const where = 'id' in by ? sql`fa.id = ${by.id}` : sql`fa.org_id = ${by.orgId}`;
  const [row] = await rowsOf<{ id: string; org_id: string; path: string; balance_fen: string | number }>(
    exec,
    sql`select fa.id, fa.org_id, o.path, fa.balance_fen::text as balance_fen from fund_accounts fa join orgs o on o.id = fa.org_id
      where ${where} and o.path like ${`${scope.rootPath}%`} limit 1`,
  );
  return row ? { id: row.id, orgId: row.org_id, orgPath: row.path, balanceFen: Number(row.balance_fen) } : undefined;
}
