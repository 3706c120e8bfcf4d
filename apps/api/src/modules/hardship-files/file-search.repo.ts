import type { HardshipFileQuery } from '@bangfu/shared/hardship-files';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { Params, queryRows, type Statement } from '../../db/statement';
import { decodeCursor, pageOf } from '../../lib/cursor';
import { escapeLike } from '../orgs/orgs.repo';
import { type SummaryRow, toSummary } from './file-mapper';

/*
 * The file search, the one query every user runs all day. It is written as SQL text with numbered
 * parameters and sent to the driver directly (db/statement.ts), not through drizzle: building the page
 * with the query builder took about half a millisecond a request, and drizzle's `sql` fragments and
 * session another 0.15 ms, while PostgreSQL answers the common searches at a million files in 2–4 ms
 * (docs/benchmarks.md). Column names here are the table's own; every value is a parameter.
 */

const TOTAL_CAP = 10_000;

type Sort = NonNullable<HardshipFileQuery['sort']>;
/** A page row as the drivers return it through queryRows (db/statement.ts): bigint and timestamptz as text. */
export type SearchRow = SummaryRow & {
  /**
   * timestamptz as PostgreSQL prints it (both drivers, through queryRows); the cursor carries this
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

const f = (column: string) => `hardship_files.${column}`;

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

/** A condition on hardship_files, written once its values have placeholders. */
type Condition = (p: Params) => string;

/**
 * File numbers (KN + digits; the KN may be left out) by prefix. Besides the LIKE, a range on the
 * number lets the unique index on file_no find them under any collation (LIKE alone can use a
 * plain index only under the C collation).
 */
function fileNoCondition(text: string): Condition {
  const upper = text.toUpperCase();
  const prefix = upper.startsWith('KN') ? upper : `KN${upper}`;
  const ceiling = prefixCeiling(prefix);
  return (p) => {
    const range = `hardship_files.file_no like ${p.add(`${escapeLike(prefix)}%`)} and hardship_files.file_no >= ${p.add(prefix)}`;
    return ceiling ? `${range} and hardship_files.file_no < ${p.add(ceiling)}` : range;
  };
}

/** Whether `q` is typed as letters: pinyin initials (zs) or the start of a full pinyin (zhangsan). */
const isLetters = (q: string) => /^[a-z]+$/i.test(q);
const letterPattern = (letters: string) => `${escapeLike(letters.toLowerCase())}%`;

/** Text search: file number, pinyin initials or full pinyin (zs, zhangsan), or the start of a name. */
function textCondition(q: string): Condition {
  const text = q.trim();
  if (/^(KN)?\d{4,}$/i.test(text)) return fileNoCondition(text);
  if (isLetters(text)) {
    const pattern = letterPattern(text);
    return (p) => `(hardship_files.head_name_initials like ${p.add(pattern)} or hardship_files.head_name_pinyin like ${p.add(pattern)})`;
  }
  return (p) => `hardship_files.head_name like ${p.add(`${escapeLike(text)}%`)}`;
}

/**
 * A newest-first search by two letters or more, as two branches, initials and pinyin, whose union is
 * sorted: each branch is an index-only scan of its covering index (0011), and a city's few thousand
 * matches sort in a few ms. The OR of both in one scan can only use the indexes as bitmaps, which visit a
 * heap page per match (≈50 ms for a common prefix at a million files, docs/benchmarks.md). One letter
 * matches a twentieth of all files: walking the newest-first index finds a page sooner, so it keeps the OR.
 */
function letterBranches(query: HardshipFileQuery, sort: Sort): Condition[] | null {
  const text = query.q?.trim() ?? '';
  if (sort !== 'updatedAt' || text.length < 2 || !isLetters(text)) return null;
  const pattern = letterPattern(text);
  return [(p) => `hardship_files.head_name_initials like ${p.add(pattern)}`, (p) => `hardship_files.head_name_pinyin like ${p.add(pattern)}`];
}

/** Org ids as PostgreSQL's text of a uuid[]: "{…,…}". */
export type OrgIdArray = string;

/**
 * The orgs whose files a search may return: the caller's subtree, narrowed to `orgPath`'s subtree.
 * Read first and passed as one array, so the planner knows how large a share of the files they hold:
 * a city's tenth of a million files is best read in sort order, a grassroots union's by its org index.
 * The array stays text on its way through: a city's thousand ids as rows, then as a JS array the driver
 * writes out again, were a quarter of what a search allocated (bench:alloc).
 */
export async function searchOrgIds(exec: Executor, scope: OrgScope, orgPath: string | null): Promise<OrgIdArray> {
  const p = new Params();
  const narrow = orgPath ? ` and orgs.path like ${p.add(`${escapeLike(orgPath)}%`)}` : '';
  const text = `select coalesce(array_agg(orgs.id), '{}')::text as ids from orgs where ${scope.ownsPathText('orgs.path', p)}${narrow}`;
  const [row] = await queryRows<{ ids: string }>(exec, { text, values: p.values });
  return row?.ids ?? '{}';
}

/** The search's conditions on hardship_files, joined by AND; `text` stands in for q's own (one branch of a letters search). */
export function searchFilter(p: Params, orgIds: OrgIdArray, query: HardshipFileQuery, text: Condition | null = query.q ? textCondition(query.q) : null): string {
  const c: string[] = [`hardship_files.org_id = any(${p.add(orgIds)}::uuid[])`];
  if (text) c.push(text(p));
  if (query.idTail) c.push(`hardship_files.head_id_last4 = ${p.add(query.idTail.toUpperCase())}`);
  if (query.category) c.push(`hardship_files.category = ${p.add(query.category)}`);
  if (query.status) c.push(`hardship_files.status = ${p.add(query.status)}`);
  if (query.mainCause) c.push(`hardship_files.main_cause = ${p.add(query.mainCause)}`);
  if (query.householdType) c.push(`hardship_files.household_type = ${p.add(query.householdType)}`);
  if (query.reviewDueBefore) {
    c.push(`hardship_files.review_due_on <= ${p.add(query.reviewDueBefore)}`);
    // closed files have nothing left to review
    if (!query.status) c.push(`hardship_files.status in ('temporary', 'formal')`);
  }
  if (query.neverHelped) {
    // 从未帮扶: open files with no aid record at all
    c.push(`hardship_files.status in ('temporary', 'formal') and not exists (select 1 from aid_records a where a.file_id = hardship_files.id)`);
  }
  return c.join(' and ');
}

/**
 * A review worklist (reviewDueBefore) is ordered by due date unless another order is asked for: the files
 * due are the oldest, so newest first would walk past every recently changed file before filling a page
 * (≈50 ms at a million files, docs/benchmarks.md), while the due-date index serves it in a few ms.
 */
export const defaultSort = (query: Pick<HardshipFileQuery, 'sort' | 'reviewDueBefore'>): Sort => query.sort ?? (query.reviewDueBefore ? 'reviewDue' : 'updatedAt');

const PAGE_COLUMNS = `hardship_files.id, hardship_files.file_no as "fileNo", hardship_files.org_id as "orgId", orgs.name as "orgName",
           hardship_files.status, hardship_files.category, hardship_files.proposed_category as "proposedCategory",
           hardship_files.household_type as "householdType", hardship_files.origin, hardship_files.main_cause as "mainCause",
           hardship_files.head_name as "headName", hardship_files.head_id_masked as "headIdMasked",
           hardship_files.household_size as "householdSize", hardship_files.mpcn_fen as "mpcnFen",
           hardship_files.review_due_on as "reviewDueOn", hardship_files.last_reviewed_on as "lastReviewedOn",
           hardship_files.updated_at as "updatedAt"`;

/**
 * The statements of one search over the given orgs: the page (limit + 1 rows, so the caller knows whether
 * more follow) and, when asked, the capped total. Pure: tests read the SQL it writes.
 */
export function searchStatements(orgIds: OrgIdArray, query: HardshipFileQuery): { page: Statement; total: Statement | null; keyOf: (r: SearchRow) => (string | number)[]; limit: number } {
  const limit = query.limit ?? 50;
  const sortKey = defaultSort(query);
  const sort = SORTS[sortKey];
  const order = query.order ?? sort.order;
  const cursor = decodeCursor(query.cursor, 2);
  const column = f(sort.column);
  const keyset = (p: Params) => {
    if (!cursor) return '';
    const value = () => `${p.add(cursor[0])}::${sort.cast}`;
    if (sort.pattern) {
      // Byte order: start the index range at the cursor, then step past its ties.
      const [gte, gt, idCmp] = order === 'asc' ? ['~>=~', '~>~', '>'] : ['~<=~', '~<~', '<'];
      const from = `${column} ${gte} ${value()}`;
      const past = `${column} ${gt} ${value()}`;
      return ` and ${from} and (${past} or hardship_files.id ${idCmp} ${p.add(cursor[1])}::uuid)`;
    }
    const after = `(${column}, hardship_files.id) ${order === 'asc' ? '>' : '<'} (${value()}, `;
    return ` and ${after}${p.add(cursor[1])}::uuid)`;
  };
  const orderOf = (table: string) => {
    const key = sort.pattern
      ? `${table}.${sort.column} ${order === 'asc' ? 'using ~<~' : 'using ~>~'}`
      : sort.descNullsLast
        ? `${table}.${sort.column} ${order === 'asc' ? 'asc nulls first' : 'desc nulls last'}`
        : `${table}.${sort.column} ${order}`;
    const tie = sort.descNullsLast ? `${table}.id ${order === 'asc' ? 'asc nulls first' : 'desc nulls last'}` : `${table}.id ${order}`;
    return `${key}, ${tie}`;
  };
  const orderBy = orderOf('hardship_files');
  const branches = letterBranches(query, sortKey);
  // The page's ids first, then its rows: with the covering indexes (hardship_files_updated_cover_idx
  // and the name ones) a filtered search picks its ids by index-only scans instead of visiting the heap
  // for every skipped file; the outer query reads only the page's rows.
  const p = new Params();
  let ids: string;
  if (branches) {
    ids = `select matched.id from (${branches
      .map((text) => `select hardship_files.id, hardship_files.${sort.column} from hardship_files where ${searchFilter(p, orgIds, query, text)}${keyset(p)}`)
      .join(' union ')}) as matched order by ${orderOf('matched')} limit ${p.add(limit + 1)}`;
  } else if (query.reviewDueBefore && sortKey === 'updatedAt') {
    // The files due for review are the ones changed longest ago (a review changes the file and moves its date
    // on), so the newest of them lie behind every file changed lately: walking the newest-first index to them
    // took ≈50 ms at a million files. The planner cannot know that, so the due files are read apart
    // (OFFSET 0 keeps the subquery whole; the index (org_id, review_due_on) INCLUDE (updated_at, status, id)
    // serves it) and sorted: a city's forty thousand in ≈25 ms (docs/benchmarks.md).
    ids = `select due.id from (select hardship_files.id, hardship_files.updated_at from hardship_files where ${searchFilter(p, orgIds, query)}${keyset(p)} offset 0) as due order by ${orderOf('due')} limit ${p.add(limit + 1)}`;
  } else {
    ids = `select hardship_files.id from hardship_files where ${searchFilter(p, orgIds, query)}${keyset(p)} order by ${orderBy} limit ${p.add(limit + 1)}`;
  }
  const page = {
    text: `
    select ${PAGE_COLUMNS}
      from hardship_files join orgs on orgs.id = hardship_files.org_id
     where hardship_files.id in (${ids})
     order by ${orderBy}`,
    values: p.values,
  };
  let total: Statement | null = null;
  if (query.withTotal) {
    // Counting stops at a cap, so a total over a million files stays cheap: "10000+".
    const t = new Params();
    const text = `select count(*)::int as n from (select 1 from hardship_files where ${searchFilter(t, orgIds, query)} limit ${t.add(TOTAL_CAP + 1)}) as capped`;
    total = { text, values: t.values };
  }
  return { page, total, keyOf: (r) => [sort.key(r), r.id], limit };
}

export async function searchFiles(exec: Executor, scope: OrgScope, query: HardshipFileQuery, orgPath: string | null) {
  const orgIds = await searchOrgIds(exec, scope, orgPath);
  const statements = searchStatements(orgIds, query);
  const rows = await queryRows<SearchRow>(exec, statements.page);
  const page = pageOf(rows, statements.limit, toSummary, statements.keyOf);
  if (!statements.total) return page;
  const [counted] = await queryRows<{ n: number | string }>(exec, statements.total);
  const n = Number(counted?.n ?? 0);
  return { ...page, total: { count: Math.min(n, TOTAL_CAP), exact: n <= TOTAL_CAP } };
}
