import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { analyze, bulkSettings } from '../../lib/bulk-sql';
import { localDay } from '../../lib/dates';

/** Batches with more pending items than this (and every campaign batch) are closed set-based. */
export const BULK_CLOSE_THRESHOLD = 500;

/** Whether closing this batch takes the set-based path: a campaign's batch, or a large one. */
export async function closesInBulk(exec: Executor, batchId: string): Promise<boolean> {
  const r = (await exec.execute(sql`
    select exists (select 1 from aid_campaigns where notice_batch_id = ${batchId}) as campaign,
           (select count(*) from (select 1 from notice_items where batch_id = ${batchId} and state = 'pending' limit ${BULK_CLOSE_THRESHOLD + 1}) x)::int as pending`)) as unknown as {
    rows: { campaign: boolean; pending: number }[];
  };
  const row = r.rows[0]!;
  return row.campaign === true || Number(row.pending) > BULK_CLOSE_THRESHOLD;
}

/**
 * What closeInTx does item by item, for every pending item of a batch at once: each application
 * waiting at the notice moves to the next step of its own plan (or to approved, with its aid record —
 * in the campaign's year for campaign applications — and a new file made formal), with one timeline
 * step each. Items in recheck (a sustained objection) were moved when the objection was ruled and are
 * left alone. Returns how many moved.
 */
export async function clearPendingInBulk(
  tx: Executor,
  batchId: string,
  actor: { id: string | null; name: string; org: string | null },
  now: Date,
): Promise<number> {
  const year = Number(localDay(now).slice(0, 4));
  await bulkSettings(tx);
  // What moves where, worked out once: the plan's step after 'notice' (ordinality is 1-based, ->> is
  // 0-based, so plan ->> i is the next one), kept in a temporary table with fresh statistics.
  await tx.execute(sql`create temporary table notice_moving (id uuid primary key, next text not null, record_id uuid) on commit drop`);
  await tx.execute(sql`
    insert into notice_moving (id, next, record_id)
    select a.id,
      coalesce(a.plan ->> (select e.i::int from jsonb_array_elements_text(a.plan) with ordinality as e(s, i) where e.s = 'notice' limit 1), 'approved'),
      r.id
    from notice_items ni join applications a on a.id = ni.application_id left join aid_records r on r.application_id = a.id
    where ni.batch_id = ${batchId} and ni.state = 'pending' and a.state = 'notice'`);
  await tx.execute(sql`analyze notice_moving`);
  // Approved again after finance returned it (退回审批): the same record comes back.
  await tx.execute(sql`
    update aid_records r set status = 'approved', updated_at = ${now}
    from notice_moving m where m.next = 'approved' and r.id = m.record_id and r.status = 'returned'`);
  await tx.execute(sql`
    update hardship_files f set status = 'formal', updated_at = ${now}
    from notice_moving m join applications a on a.id = m.id
    where m.next = 'approved' and m.record_id is null and a.kind = 'new_file' and f.id = a.file_id`);
  // One statement for the rest, one pass: the new aid records, the applications moved on, their steps.
  const moved = (await tx.execute(sql`
    with created as (
      insert into aid_records (application_id, file_id, org_id, aid_type, category, amount_fen, year, status, campaign_id, created_at, updated_at)
      select a.id, a.file_id, a.org_id, a.aid_type, f.category, a.amount_fen, coalesce(c.year, ${year}), 'approved', a.campaign_id, ${now}::timestamptz, ${now}::timestamptz
      from notice_moving m
      join applications a on a.id = m.id
      left join hardship_files f on f.id = a.file_id
      left join aid_campaigns c on c.id = a.campaign_id
      where m.next = 'approved' and m.record_id is null and a.kind in ('aid', 'temporary_aid') and a.aid_type is not null and a.amount_fen is not null
      returning id, application_id
    ),
    moved as (
      update applications a set state = m.next, updated_at = ${now},
        aid_record_id = case when m.next = 'approved' then coalesce(cr.id, m.record_id, a.aid_record_id) else a.aid_record_id end
      from notice_moving m left join created cr on cr.application_id = m.id
      where a.id = m.id
      returning a.id, m.next
    ),
    steps as (
      insert into application_steps (application_id, at, actor_id, actor_name, actor_role, actor_org, step, action, from_state, to_state, opinion)
      select mv.id, ${now}::timestamptz, ${actor.id}::uuid, ${actor.name}, null, ${actor.org}::text, 'notice', 'notice_cleared', 'notice', mv.next, null from moved mv
      returning 1
    )
    select (select count(*) from moved)::int as n`)) as unknown as { rows: { n: number }[] };
  await tx.execute(sql`drop table notice_moving`);
  // The records just written: later statements (the payment) plan on real numbers.
  await analyze(tx, ['aid_records', 'applications']);
  return Number(moved.rows[0]?.n ?? 0);
}


/**
 * What a sustained objection to the whole batch does item by item, for every pending item at once: the
 * item goes to recheck (复核) and its application with it, out of the batch, with one timeline step each
 * carrying the ruling. For a campaign's batch or a large one (closesInBulk); returns how many moved.
 */
export async function recheckPendingInBulk(
  tx: Executor,
  batchId: string,
  actor: { id: string | null; name: string; org: string | null },
  ruling: string,
  now: Date,
): Promise<number> {
  await bulkSettings(tx);
  const moved = (await tx.execute(sql`
    with items as (
      update notice_items set state = 'recheck' where batch_id = ${batchId} and state = 'pending'
      returning application_id
    ),
    was as (
      select a.id, a.state from applications a join items i on i.application_id = a.id
    ),
    moved as (
      update applications a set state = 'recheck', notice_batch_id = null, updated_at = ${now}
      from was where a.id = was.id
      returning a.id, was.state as from_state
    ),
    steps as (
      insert into application_steps (application_id, at, actor_id, actor_name, actor_role, actor_org, step, action, from_state, to_state, opinion)
      select mv.id, ${now}::timestamptz, ${actor.id}::uuid, ${actor.name}, null, ${actor.org}::text, 'notice', 'objection_sustained', mv.from_state, 'recheck', ${ruling} from moved mv
      returning 1
    )
    select (select count(*) from moved)::int as n`)) as unknown as { rows: { n: number }[] };
  return Number(moved.rows[0]?.n ?? 0);
}
