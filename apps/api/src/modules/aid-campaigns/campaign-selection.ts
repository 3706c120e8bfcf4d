import type { CampaignAmounts, CampaignRule, SchoolLevel } from '@bangfu/shared/aid-campaigns';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';

/** Why a household the rule matched is left out. */
export type ExclusionReason = 'not_formal' | 'already_in_campaign' | 'funded_this_year' | 'over_cap';

/** Everything the selection needs, resolved by the service (paths, levels, amounts). */
export interface Selection {
  /** Materialized path of the subtree the households come from. */
  subtreePath: string;
  /** The campaign itself (its own households are 'already in campaign'); null for an unsaved preview. */
  campaignId: string | null;
  year: number;
  aidType: string;
  rule: CampaignRule;
  amounts: CampaignAmounts;
  /** Whether aid_caps holds caps for the year and aid type (see capsInForce); without, the cap check is left out. */
  capsInForce: boolean;
}

/** Whether any yearly cap can bind this year's aid of this type (one small query). */
export async function capsInForce(exec: Executor, year: number, aidType: string): Promise<boolean> {
  const r = (await exec.execute(sql`select exists (select 1 from aid_caps where year = ${year} and (aid_type = ${aidType} or aid_type = 'any')) as e`)) as unknown as { rows: { e: boolean }[] };
  return r.rows[0]?.e === true;
}

export const ELIGIBLE_CATEGORIES = ['deep', 'relative', 'accident'] as const;

/** The per-student amounts in force: the rule's levels (default: every priced level) with their amounts. */
export function studentPrices(s: Pick<Selection, 'rule' | 'amounts'>): { level: SchoolLevel; fen: number }[] | null {
  const prices = s.amounts.perStudentFen;
  if (!prices) return null;
  const levels = s.rule.studentLevels ?? (Object.keys(prices) as SchoolLevel[]);
  return levels.map((level) => ({ level, fen: prices[level] ?? 0 })).filter((p) => p.fen > 0);
}

const textArray = (values: readonly string[]) => sql`${sql.param(values)}::text[]`;

/**
 * One statement's worth of CTEs ending in `judged`: every household of the subtree that the rule
 * matches (category, household type, students), with its amount, rule label, student count and the
 * reason it is left out (null: it is selected). Precedence of reasons: not formal, already in this
 * campaign, funded this year, over a yearly cap. Set-based: no per-household round trips.
 */
export function judgedCte(s: Selection): SQL {
  const categories = s.rule.categories ?? [...ELIGIBLE_CATEGORIES];
  const prices = studentPrices(s);
  const filters: SQL[] = [sql`o.path like ${`${s.subtreePath}%`}`, sql`f.category = any(${textArray(categories)})`];
  if (s.rule.householdTypes) filters.push(sql`f.household_type = any(${textArray(s.rule.householdTypes)})`);
  if (!prices && s.rule.studentLevels) {
    filters.push(sql`exists (select 1 from persons p where p.file_id = f.id and p.is_student and p.school_level = any(${textArray(s.rule.studentLevels)}))`);
  }
  const ruleFiles = sql`rule_files as (
    select f.id as file_id, f.org_id, f.status, f.category, o.division_code
    from hardship_files f join orgs o on o.id = f.org_id
    where ${sql.join(filters, sql` and `)}
  )`;

  let amounts: SQL;
  if (prices) {
    const perStudent = s.amounts.perStudent === true;
    amounts = sql`prices as (
      select * from unnest(${textArray(prices.map((p) => p.level))}, ${sql.param(prices.map((p) => p.fen))}::bigint[]) as pr(level, fen)
    ),
    per_level as (
      select p.file_id, pr.level, pr.fen, count(*)::int as n
      from persons p join prices pr on pr.level = p.school_level
      where p.is_student and p.file_id in (select file_id from rule_files)
      group by p.file_id, pr.level, pr.fen
    ),
    amounts as (
      select file_id,
        ${perStudent ? sql`sum(fen * n)::bigint` : sql`max(fen)::bigint`} as amount_fen,
        ${perStudent ? sql`sum(n)::int` : sql`1`} as students,
        ${perStudent ? sql`string_agg(level || '×' || n, ' ' order by fen desc, level)` : sql`(array_agg(level order by fen desc, level))[1]`} as rule_label
      from per_level group by file_id
    ),
    cand as (select r.*, a.amount_fen, a.students, a.rule_label from rule_files r join amounts a on a.file_id = r.file_id)`;
  } else {
    amounts = sql`cand as (select r.*, ${s.amounts.perHouseholdFen ?? 0}::bigint as amount_fen, null::int as students, '每户'::text as rule_label from rule_files r)`;
  }

  const cid = s.campaignId;
  const inCampaign = cid ? sql`select file_id from campaign_households where campaign_id = ${cid}` : sql`select null::uuid as file_id where false`;
  // No double funding by default: a second round of the same aid type in a year says excludeFundedInYear: false.
  const funded = (s.rule.excludeFundedInYear ?? true)
    ? sql`select ar.file_id from aid_records ar
          where ar.year = ${s.year} and ar.aid_type = ${s.aidType} and ar.status not in ('cancelled', 'returned') and ar.file_id is not null
          union
          select ch.file_id from campaign_households ch join aid_campaigns ac on ac.id = ch.campaign_id
          where ac.year = ${s.year} and ac.aid_type = ${s.aidType} and ac.state <> 'cancelled' ${cid ? sql`and ac.id <> ${cid}` : sql``}`
    : sql`select null::uuid as file_id where false`;

  // Yearly caps (aid_caps) only cost something when the year has caps for this aid type.
  const capsCtes = s.capsInForce
    ? sql`granted as (
      select ar.file_id,
        coalesce(sum(ar.amount_fen) filter (where ar.aid_type = ${s.aidType}), 0)::bigint as amount_of_type,
        (count(*) filter (where ar.aid_type = ${s.aidType}))::int as items_of_type,
        coalesce(sum(ar.amount_fen), 0)::bigint as amount,
        count(*)::int as items
      from aid_records ar
      where ar.year = ${s.year} and ar.status not in ('cancelled', 'returned') and ar.file_id in (select file_id from cand where status = 'formal')
      group by ar.file_id
    ),
    caps as (select * from aid_caps where year = ${s.year} and (aid_type = ${s.aidType} or aid_type = 'any')),`
    : sql``;
  const overCap = s.capsInForce
    ? sql`          when exists (
            select 1 from caps cp
            where cp.division_code in (c.division_code, left(c.division_code, 4) || '00', left(c.division_code, 2) || '0000')
              and (cp.category = c.category or cp.category = 'any')
              and ((cp.max_amount_fen is not null
                    and (case when cp.aid_type = 'any' then coalesce(g.amount, 0) else coalesce(g.amount_of_type, 0) end) + c.amount_fen > cp.max_amount_fen)
                or (cp.max_items is not null
                    and (case when cp.aid_type = 'any' then coalesce(g.items, 0) else coalesce(g.items_of_type, 0) end) + 1 > cp.max_items))
          ) then 'over_cap'
`
    : sql``;
  const capsJoin = s.capsInForce ? sql`      left join granted g on g.file_id = c.file_id
` : sql``;

  return sql`${ruleFiles},
    ${amounts},
    in_campaign as (${inCampaign}),
    funded as (${funded}),
${capsCtes}
    judged as (
      select c.file_id, c.org_id, c.amount_fen, c.students, c.rule_label,
        case
          when c.status <> 'formal' then 'not_formal'
          when ic.file_id is not null then 'already_in_campaign'
          when fu.file_id is not null then 'funded_this_year'
${overCap}        end as reason
      from cand c
      left join (select distinct file_id from in_campaign) ic on ic.file_id = c.file_id
      left join (select distinct file_id from funded) fu on fu.file_id = c.file_id
${capsJoin}    )`;
}

export interface PreviewRows {
  reasons: { reason: ExclusionReason; n: number }[];
  byOrg: { orgId: string; households: number; totalFen: number; students: number }[];
  byRule: { ruleLabel: string; households: number; totalFen: number }[];
}

/** Counts and totals of what the rule would select, by org and by amount rule, and the exclusions by reason. */
export async function previewRows(exec: Executor, s: Selection): Promise<PreviewRows> {
  const result = (await exec.execute(sql`with ${judgedCte(s)}
    select grouping(j.reason) as g_reason, grouping(j.org_id) as g_org, j.reason, j.org_id, j.rule_label,
      count(*)::int as n,
      (count(*) filter (where j.reason is null))::int as households,
      coalesce(sum(j.amount_fen) filter (where j.reason is null), 0)::text as total_fen,
      coalesce(sum(j.students) filter (where j.reason is null), 0)::int as students
    from judged j
    group by grouping sets ((j.reason), (j.org_id), (j.rule_label))`)) as unknown as {
    rows: { g_reason: number; g_org: number; reason: string | null; org_id: string | null; rule_label: string | null; n: number; households: number; total_fen: string; students: number }[];
  };
  const out: PreviewRows = { reasons: [], byOrg: [], byRule: [] };
  for (const r of result.rows) {
    if (Number(r.g_reason) === 0) {
      if (r.reason) out.reasons.push({ reason: r.reason as ExclusionReason, n: Number(r.n) });
    } else if (Number(r.g_org) === 0) {
      if (Number(r.households) > 0) out.byOrg.push({ orgId: r.org_id!, households: Number(r.households), totalFen: Number(r.total_fen), students: Number(r.students) });
    } else if (Number(r.households) > 0) {
      out.byRule.push({ ruleLabel: r.rule_label!, households: Number(r.households), totalFen: Number(r.total_fen) });
    }
  }
  return out;
}

/** Materialises the selected households into campaign_households (one statement); returns how many were added. */
export async function insertSelected(exec: Executor, s: Selection & { campaignId: string }): Promise<number> {
  const result = (await exec.execute(sql`with ${judgedCte(s)},
    added as (
      insert into campaign_households (campaign_id, file_id, org_id, amount_fen, rule_label)
      select ${s.campaignId}::uuid, j.file_id, j.org_id, j.amount_fen, left(j.rule_label, 60) from judged j where j.reason is null
      on conflict do nothing
      returning 1
    )
    select count(*)::int as n from added`)) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]?.n ?? 0);
}
