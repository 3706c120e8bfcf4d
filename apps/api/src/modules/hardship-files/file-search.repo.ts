import type { HardshipFileQuery } from '@bangfu/shared/hardship-files';
import { and, eq, inArray, like, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { hardshipFiles, orgs } from '../../db/schema/index';
import { decodeCursor, pageOf } from '../../lib/cursor';
import { escapeLike } from '../orgs/orgs.repo';
import { toSummary } from './file-mapper';

const TOTAL_CAP = 10_000;

type Sort = NonNullable<HardshipFileQuery['sort']>;
/**
 * Sort keys, each ordered the way an index on it is built so the search reads the index in order
 * and stops after a page instead of sorting the whole subtree:
 * - `pattern`: text compared byte by byte (the ~<~ operators of text_pattern_ops), so the name index
 *   built for prefix search (head_name text_pattern_ops, id) serves the order too; for Chinese names
 *   that is code-point order, as the C and C.UTF-8 collations sort them anyway.
 * - `descNullsLast`: the index is (col DESC NULLS LAST, id DESC NULLS LAST), so the query must say so
 *   (plain DESC means NULLS FIRST, which that index cannot give); the columns are NOT NULL, so the
 *   order of rows is the same.
 */
const SORTS: Record<Sort, { column: AnyPgColumn; cast: string; order: 'asc' | 'desc'; key: (r: Row) => string | number; pattern?: true; descNullsLast?: true }> = {
  updatedAt: { column: hardshipFiles.updatedAt, cast: 'timestamptz', order: 'desc', key: (r) => r.updatedAt.toISOString(), descNullsLast: true },
  name: { column: hardshipFiles.headName, cast: 'text', order: 'asc', key: (r) => r.headName, pattern: true },
  fileNo: { column: hardshipFiles.fileNo, cast: 'text', order: 'asc', key: (r) => r.fileNo },
  reviewDue: { column: hardshipFiles.reviewDueOn, cast: 'date', order: 'asc', key: (r) => r.reviewDueOn },
  mpcn: { column: hardshipFiles.mpcnFen, cast: 'bigint', order: 'asc', key: (r) => r.mpcnFen },
};

const columns = {
  id: hardshipFiles.id,
  fileNo: hardshipFiles.fileNo,
  orgId: hardshipFiles.orgId,
  orgName: orgs.name,
  status: hardshipFiles.status,
  category: hardshipFiles.category,
  proposedCategory: hardshipFiles.proposedCategory,
  householdType: hardshipFiles.householdType,
  origin: hardshipFiles.origin,
  mainCause: hardshipFiles.mainCause,
  headName: hardshipFiles.headName,
  headIdMasked: hardshipFiles.headIdMasked,
  householdSize: hardshipFiles.householdSize,
  mpcnFen: hardshipFiles.mpcnFen,
  reviewDueOn: hardshipFiles.reviewDueOn,
  lastReviewedOn: hardshipFiles.lastReviewedOn,
  updatedAt: hardshipFiles.updatedAt,
};
type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] } & { lastReviewedOn: string | null; category: string | null; proposedCategory: string | null };

/**
 * The smallest string above every string that starts with `prefix` (digits and capitals): the last
 * character that is not a 9 or Z, plus one, with what follows it dropped. Null when there is none.
 */
function prefixCeiling(prefix: string): string | null {
  for (let i = prefix.length - 1; i >= 0; i--) {
    const c = prefix[i]!;
    if (c !== '9' && c !== 'Z') return prefix.slice(0, i) + String.fromCharCode(c.charCodeAt(0) + 1);
  }
  return null;
}

/**
 * File numbers (KN + digits; the KN may be left out) by prefix. Besides the LIKE, a range on the
 * number lets the unique index on file_no find them under any collation (LIKE alone can use a
 * plain index only under the C collation).
 */
function fileNoCondition(text: string): SQL | undefined {
  const upper = text.toUpperCase();
  const prefix = upper.startsWith('KN') ? upper : `KN${upper}`;
  const ceiling = prefixCeiling(prefix);
  return and(
    like(hardshipFiles.fileNo, `${escapeLike(prefix)}%`),
    sql`${hardshipFiles.fileNo} >= ${prefix}`,
    ceiling ? sql`${hardshipFiles.fileNo} < ${ceiling}` : undefined,
  );
}

/** Text search: file number, pinyin initials or full pinyin (zs, zhangsan), or the start of a name. */
function textCondition(q: string): SQL | undefined {
  const text = q.trim();
  if (/^(KN)?\d{4,}$/i.test(text)) return fileNoCondition(text);
  if (/^[a-z]+$/i.test(text)) {
    const lower = escapeLike(text.toLowerCase());
    return or(like(hardshipFiles.headNameInitials, `${lower}%`), like(hardshipFiles.headNamePinyin, `${lower}%`));
  }
  return like(hardshipFiles.headName, `${escapeLike(text)}%`);
}

/**
 * The orgs whose files a search may return: the caller's subtree, narrowed to `orgPath`'s subtree.
 * Read first and passed as one array, so the planner knows how large a share of the files they hold:
 * a city's tenth of a million files is best read in sort order, a grassroots union's by its org index.
 */
export async function searchOrgIds(exec: Executor, scope: OrgScope, orgPath: string | null): Promise<string[]> {
  const rows = await exec
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(scope.ownsPath(orgs.path), orgPath ? like(orgs.path, `${escapeLike(orgPath)}%`) : undefined));
  return rows.map((r) => r.id);
}

export function searchConditions(orgIds: string[], query: HardshipFileQuery): (SQL | undefined)[] {
  const c: (SQL | undefined)[] = [sql`${hardshipFiles.orgId} = any(${sql.param(orgIds)}::uuid[])`];
  if (query.q) c.push(textCondition(query.q));
  if (query.idTail) c.push(eq(hardshipFiles.headIdLast4, query.idTail.toUpperCase()));
  if (query.category) c.push(eq(hardshipFiles.category, query.category));
  if (query.status) c.push(eq(hardshipFiles.status, query.status));
  if (query.mainCause) c.push(eq(hardshipFiles.mainCause, query.mainCause));
  if (query.householdType) c.push(eq(hardshipFiles.householdType, query.householdType));
  if (query.reviewDueBefore) {
    c.push(lte(hardshipFiles.reviewDueOn, query.reviewDueBefore));
    // closed files have nothing left to review
    if (!query.status) c.push(sql`${hardshipFiles.status} in ('temporary', 'formal')`);
  }
  if (query.neverHelped) {
    // 从未帮扶: open files with no aid record at all
    c.push(sql`${hardshipFiles.status} in ('temporary', 'formal') and not exists (select 1 from aid_records a where a.file_id = ${hardshipFiles.id})`);
  }
  return c;
}

/**
 * A review worklist (reviewDueBefore) is ordered by due date unless another order is asked for: the files
 * due are the oldest, so newest first would walk past every recently changed file before filling a page
 * (≈50 ms at a million files, docs/benchmarks.md), while the due-date index serves it in a few ms.
 */
export const defaultSort = (query: Pick<HardshipFileQuery, 'sort' | 'reviewDueBefore'>): Sort => query.sort ?? (query.reviewDueBefore ? 'reviewDue' : 'updatedAt');

export async function searchFiles(exec: Executor, scope: OrgScope, query: HardshipFileQuery, orgPath: string | null) {
  const limit = query.limit ?? 50;
  const sort = SORTS[defaultSort(query)];
  const order = query.order ?? sort.order;
  const orgIds = await searchOrgIds(exec, scope, orgPath);
  const filter = and(...searchConditions(orgIds, query));
  const cursor = decodeCursor(query.cursor, 2);
  const after = cursor ? ([sql`${cursor[0]}::${sql.raw(sort.cast)}`, sql`${cursor[1]}::uuid`] as const) : null;
  let keyset: SQL | undefined;
  if (after && sort.pattern) {
    // Byte order: start the index range at the cursor, then step past its ties.
    const [gte, gt, idCmp] = order === 'asc' ? ['~>=~', '~>~', '>'] : ['~<=~', '~<~', '<'];
    keyset = sql`${sort.column} ${sql.raw(gte)} ${after[0]} and (${sort.column} ${sql.raw(gt)} ${after[0]} or ${hardshipFiles.id} ${sql.raw(idCmp)} ${after[1]})`;
  } else if (after) {
    keyset = order === 'asc' ? sql`(${sort.column}, ${hardshipFiles.id}) > (${after[0]}, ${after[1]})` : sql`(${sort.column}, ${hardshipFiles.id}) < (${after[0]}, ${after[1]})`;
  }
  const dir = (col: AnyPgColumn) => {
    if (col === sort.column && sort.pattern) return order === 'asc' ? sql`${col} using ~<~` : sql`${col} using ~>~`;
    if (sort.descNullsLast) return order === 'asc' ? sql`${col} asc nulls first` : sql`${col} desc nulls last`;
    return order === 'asc' ? sql`${col} asc` : sql`${col} desc`;
  };
  // The page's ids first, then its rows: with the covering newest-first index
  // (hardship_files_updated_cover_idx) a filtered default search picks its ids by an index-only scan
  // instead of visiting the heap for every skipped file; the outer query reads only the page's rows.
  const pageIds = exec
    .select({ id: hardshipFiles.id })
    .from(hardshipFiles)
    .where(and(filter, keyset))
    .orderBy(dir(sort.column), dir(hardshipFiles.id))
    .limit(limit + 1);
  const rows = (await exec
    .select(columns)
    .from(hardshipFiles)
    .innerJoin(orgs, eq(orgs.id, hardshipFiles.orgId))
    .where(inArray(hardshipFiles.id, pageIds))
    .orderBy(dir(sort.column), dir(hardshipFiles.id))) as Row[];
  const page = pageOf(rows, limit, toSummary, (r) => [sort.key(r), r.id]);
  if (!query.withTotal) return page;
  // Counting stops at a cap, so a total over a million files stays cheap: "10000+".
  const [count] = (await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`(select 1 from ${hardshipFiles} where ${filter} limit ${TOTAL_CAP + 1}) as capped`)) as { n: number }[];
  const n = Number(count?.n ?? 0);
  return { ...page, total: { count: Math.min(n, TOTAL_CAP), exact: n <= TOTAL_CAP } };
}

