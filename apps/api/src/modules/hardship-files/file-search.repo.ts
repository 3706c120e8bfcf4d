import type { HardshipFileQuery, HardshipFileSummary } from '@bangfu/shared/hardship-files';
import { type SQL, sql } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { decodeCursor, pageOf } from '../../lib/cursor';
import { isoFromPgTimestamp } from '../../lib/pg-timestamp';
import { escapeLike } from '../orgs/orgs.repo';
import { type SummaryRow, toSummary } from './file-mapper';

/*
 * The file search, the one query every user runs all day. It is written as SQL text with parameters
 * (drizzle's `sql` template) rather than through the query builder: building the page query with the
 * builder took about half a millisecond a request, as long as PostgreSQL takes to answer the common
 * searches at a million files (docs/benchmarks.md). Column names here are the table's own.
 */

const TOTAL_CAP = 10_000;

type Sort = NonNullable<HardshipFileQuery['sort']>;
/** A page row as the drivers return it through drizzle's session: bigint and timestamptz as text. */
export type SearchRow = Omit<SummaryRow, 'mpcnFen' | 'updatedAt'> & {
  /** bigint: text from node-postgres, a number or bigint from PGlite */
  mpcnFen: string | number | bigint;
  /**
   * timestamptz as PostgreSQL prints it (both drivers, through drizzle's session); the cursor carries this
   * text, so it keeps every microsecond and the next page starts exactly after the last row.
   */
  updatedAt: string;
};

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
const SORTS: Record<Sort, { column: string; cast: string; order: 'asc' | 'desc'; key: (r: SearchRow) => string | number; pattern?: true; descNullsLast?: true }> = {
  updatedAt: { column: 'updated_at', cast: 'timestamptz', order: 'desc', key: (r) => r.updatedAt, descNullsLast: true },
  name: { column: 'head_name', cast: 'text', order: 'asc', key: (r) => r.headName, pattern: true },
  fileNo: { column: 'file_no', cast: 'text', order: 'asc', key: (r) => r.fileNo },
  reviewDue: { column: 'review_due_on', cast: 'date', order: 'asc', key: (r) => r.reviewDueOn },
  mpcn: { column: 'mpcn_fen', cast: 'bigint', order: 'asc', key: (r) => Number(r.mpcnFen) },
};

const f = (column: string) => sql.raw(`hardship_files.${column}`);

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
function fileNoCondition(text: string): SQL {
  const upper = text.toUpperCase();
  const prefix = upper.startsWith('KN') ? upper : `KN${upper}`;
  const ceiling = prefixCeiling(prefix);
  const range = sql`hardship_files.file_no like ${`${escapeLike(prefix)}%`} and hardship_files.file_no >= ${prefix}`;
  return ceiling ? sql`${range} and hardship_files.file_no < ${ceiling}` : range;
}

/** Whether `q` is typed as letters: pinyin initials (zs) or the start of a full pinyin (zhangsan). */
const isLetters = (q: string) => /^[a-z]+$/i.test(q);
const letterPattern = (letters: string) => `${escapeLike(letters.toLowerCase())}%`;

/** Text search: file number, pinyin initials or full pinyin (zs, zhangsan), or the start of a name. */
function textCondition(q: string): SQL {
  const text = q.trim();
  if (/^(KN)?\d{4,}$/i.test(text)) return fileNoCondition(text);
  if (isLetters(text)) {
    const pattern = letterPattern(text);
    return sql`(hardship_files.head_name_initials like ${pattern} or hardship_files.head_name_pinyin like ${pattern})`;
  }
  return sql`hardship_files.head_name like ${`${escapeLike(text)}%`}`;
}

/**
 * A newest-first search by two letters or more, as two branches, initials and pinyin, whose union is
 * sorted: each branch is an index-only scan of its covering index (0011), and a city's few thousand
 * matches sort in a few ms. The OR of both in one scan can only use the indexes as bitmaps, which visit a
 * heap page per match (≈50 ms for a common prefix at a million files, docs/benchmarks.md). One letter
 * matches a twentieth of all files: walking the newest-first index finds a page sooner, so it keeps the OR.
 */
function letterBranches(query: HardshipFileQuery, sort: Sort): SQL[] | null {
  const text = query.q?.trim() ?? '';
  if (sort !== 'updatedAt' || text.length < 2 || !isLetters(text)) return null;
  const pattern = letterPattern(text);
  return [sql`hardship_files.head_name_initials like ${pattern}`, sql`hardship_files.head_name_pinyin like ${pattern}`];
}

/**
 * The orgs whose files a search may return: the caller's subtree, narrowed to `orgPath`'s subtree.
 * Read first and passed as one array, so the planner knows how large a share of the files they hold:
 * a city's tenth of a million files is best read in sort order, a grassroots union's by its org index.
 */
export async function searchOrgIds(exec: Executor, scope: OrgScope, orgPath: string | null): Promise<string[]> {
  const narrow = orgPath ? sql` and orgs.path like ${`${escapeLike(orgPath)}%`}` : sql``;
  const result = (await exec.execute(sql`select orgs.id from orgs where ${scope.ownsPath(sql.raw('orgs.path'))}${narrow}`)) as unknown as { rows: { id: string }[] };
  return result.rows.map((r) => r.id);
}

/** The search's conditions on hardship_files, joined by AND; `text` stands in for q's own (one branch of a letters search). */
export function searchFilter(orgIds: string[], query: HardshipFileQuery, text: SQL | null = query.q ? textCondition(query.q) : null): SQL {
  const c: SQL[] = [sql`hardship_files.org_id = any(${sql.param(orgIds)}::uuid[])`];
  if (text) c.push(text);
  if (query.idTail) c.push(sql`hardship_files.head_id_last4 = ${query.idTail.toUpperCase()}`);
  if (query.category) c.push(sql`hardship_files.category = ${query.category}`);
  if (query.status) c.push(sql`hardship_files.status = ${query.status}`);
  if (query.mainCause) c.push(sql`hardship_files.main_cause = ${query.mainCause}`);
  if (query.householdType) c.push(sql`hardship_files.household_type = ${query.householdType}`);
  if (query.reviewDueBefore) {
    c.push(sql`hardship_files.review_due_on <= ${query.reviewDueBefore}`);
    // closed files have nothing left to review
    if (!query.status) c.push(sql`hardship_files.status in ('temporary', 'formal')`);
  }
  if (query.neverHelped) {
    // 从未帮扶: open files with no aid record at all
    c.push(sql`hardship_files.status in ('temporary', 'formal') and not exists (select 1 from aid_records a where a.file_id = hardship_files.id)`);
  }
  return sql.join(c, sql` and `);
}

/**
 * A review worklist (reviewDueBefore) is ordered by due date unless another order is asked for: the files
 * due are the oldest, so newest first would walk past every recently changed file before filling a page
 * (≈50 ms at a million files, docs/benchmarks.md), while the due-date index serves it in a few ms.
 */
export const defaultSort = (query: Pick<HardshipFileQuery, 'sort' | 'reviewDueBefore'>): Sort => query.sort ?? (query.reviewDueBefore ? 'reviewDue' : 'updatedAt');

/** A page row as the file list shows it: the mapper's summary, from the driver's text values. */
const summaryOf = (r: SearchRow): HardshipFileSummary => toSummary({ ...r, mpcnFen: Number(r.mpcnFen), updatedAt: isoFromPgTimestamp(r.updatedAt) });

/**
 * The statements of one search over the given orgs: the page (limit + 1 rows, so the caller knows whether
 * more follow) and, when asked, the capped total. Pure: tests read the SQL it writes.
 */
export function searchStatements(orgIds: string[], query: HardshipFileQuery): { page: SQL; total: SQL | null; keyOf: (r: SearchRow) => (string | number)[]; limit: number } {
  const limit = query.limit ?? 50;
  const sortKey = defaultSort(query);
  const sort = SORTS[sortKey];
  const order = query.order ?? sort.order;
  const filter = searchFilter(orgIds, query);
  const cursor = decodeCursor(query.cursor, 2);
  const column = f(sort.column);
  let keyset = sql``;
  if (cursor) {
    const value = sql`${cursor[0]}::${sql.raw(sort.cast)}`;
    const id = sql`${cursor[1]}::uuid`;
    if (sort.pattern) {
      // Byte order: start the index range at the cursor, then step past its ties.
      const [gte, gt, idCmp] = order === 'asc' ? ['~>=~', '~>~', '>'] : ['~<=~', '~<~', '<'];
      keyset = sql` and ${column} ${sql.raw(gte)} ${value} and (${column} ${sql.raw(gt)} ${value} or hardship_files.id ${sql.raw(idCmp)} ${id})`;
    } else {
      keyset = sql` and (${column}, hardship_files.id) ${sql.raw(order === 'asc' ? '>' : '<')} (${value}, ${id})`;
    }
  }
  const orderOf = (table: string) => {
    const key = sort.pattern
      ? `${table}.${sort.column} ${order === 'asc' ? 'using ~<~' : 'using ~>~'}`
      : sort.descNullsLast
        ? `${table}.${sort.column} ${order === 'asc' ? 'asc nulls first' : 'desc nulls last'}`
        : `${table}.${sort.column} ${order}`;
    const tie = sort.descNullsLast ? `${table}.id ${order === 'asc' ? 'asc nulls first' : 'desc nulls last'}` : `${table}.id ${order}`;
    return sql.raw(`${key}, ${tie}`);
  };
  const orderBy = orderOf('hardship_files');
  const branches = letterBranches(query, sortKey);
  // The page's ids first, then its rows: with the covering indexes (hardship_files_updated_cover_idx
  // and the name ones) a filtered search picks its ids by index-only scans instead of visiting the heap
  // for every skipped file; the outer query reads only the page's rows.
  const ids = branches
    ? sql`select matched.id from (${sql.join(
        branches.map((text) => sql`select hardship_files.id, hardship_files.${sql.raw(sort.column)} from hardship_files where ${searchFilter(orgIds, query, text)}${keyset}`),
        sql` union `,
      )}) as matched order by ${orderOf('matched')} limit ${limit + 1}`
    : sql`select hardship_files.id from hardship_files where ${filter}${keyset} order by ${orderBy} limit ${limit + 1}`;
  const page = sql`
    select hardship_files.id, hardship_files.file_no as "fileNo", hardship_files.org_id as "orgId", orgs.name as "orgName",
           hardship_files.status, hardship_files.category, hardship_files.proposed_category as "proposedCategory",
           hardship_files.household_type as "householdType", hardship_files.origin, hardship_files.main_cause as "mainCause",
           hardship_files.head_name as "headName", hardship_files.head_id_masked as "headIdMasked",
           hardship_files.household_size as "householdSize", hardship_files.mpcn_fen as "mpcnFen",
           hardship_files.review_due_on as "reviewDueOn", hardship_files.last_reviewed_on as "lastReviewedOn",
           hardship_files.updated_at as "updatedAt"
      from hardship_files join orgs on orgs.id = hardship_files.org_id
     where hardship_files.id in (${ids})
     order by ${orderBy}`;
  // Counting stops at a cap, so a total over a million files stays cheap: "10000+".
  const total = query.withTotal ? sql`select count(*)::int as n from (select 1 from hardship_files where ${filter} limit ${TOTAL_CAP + 1}) as capped` : null;
  return { page, total, keyOf: (r) => [sort.key(r), r.id], limit };
}

export async function searchFiles(exec: Executor, scope: OrgScope, query: HardshipFileQuery, orgPath: string | null) {
  const orgIds = await searchOrgIds(exec, scope, orgPath);
  const statements = searchStatements(orgIds, query);
  const result = (await exec.execute(statements.page)) as unknown as { rows: SearchRow[] };
  const page = pageOf(result.rows, statements.limit, summaryOf, statements.keyOf);
  if (!statements.total) return page;
  const counted = (await exec.execute(statements.total)) as unknown as { rows: { n: number | string }[] };
  const n = Number(counted.rows[0]?.n ?? 0);
  return { ...page, total: { count: Math.min(n, TOTAL_CAP), exact: n <= TOTAL_CAP } };
}
