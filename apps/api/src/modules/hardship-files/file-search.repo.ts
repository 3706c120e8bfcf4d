import type { HardshipFileQuery } from '@bangfu/shared/hardship-files';
import { and, eq, like, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { hardshipFiles, orgs } from '../../db/schema/index';
import { decodeCursor, pageOf } from '../../lib/cursor';
import { escapeLike } from '../orgs/orgs.repo';
import { toSummary } from './file-mapper';

const TOTAL_CAP = 10_000;

type Sort = NonNullable<HardshipFileQuery['sort']>;
const SORTS: Record<Sort, { column: AnyPgColumn; cast: string; order: 'asc' | 'desc'; key: (r: Row) => string | number }> = {
  updatedAt: { column: hardshipFiles.updatedAt, cast: 'timestamptz', order: 'desc', key: (r) => r.updatedAt.toISOString() },
  name: { column: hardshipFiles.headName, cast: 'text', order: 'asc', key: (r) => r.headName },
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

/** Text search: file number, pinyin initials or full pinyin (zs, zhangsan), or the start of a name. */
function textCondition(q: string): SQL | undefined {
  const text = q.trim();
  if (/^(KN)?\d{4,}$/i.test(text)) return like(hardshipFiles.fileNo, `${escapeLike(text.toUpperCase())}%`);
  if (/^[a-z]+$/i.test(text)) {
    const lower = escapeLike(text.toLowerCase());
    return or(like(hardshipFiles.headNameInitials, `${lower}%`), like(hardshipFiles.headNamePinyin, `${lower}%`));
  }
  return like(hardshipFiles.headName, `${escapeLike(text)}%`);
}

export function searchConditions(scope: OrgScope, query: HardshipFileQuery, orgPath: string | null): (SQL | undefined)[] {
  const c: (SQL | undefined)[] = [scope.ownsOrg(hardshipFiles.orgId)];
  if (orgPath) c.push(sql`${hardshipFiles.orgId} in (select o.id from orgs o where o.path like ${`${orgPath}%`})`);
  if (query.q) c.push(textCondition(query.q));
  if (query.idTail) c.push(eq(hardshipFiles.headIdLast4, query.idTail.toUpperCase()));
  if (query.category) c.push(eq(hardshipFiles.category, query.category));
  if (query.status) c.push(eq(hardshipFiles.status, query.status));
  if (query.mainCause) c.push(eq(hardshipFiles.mainCause, query.mainCause));
  if (query.householdType) c.push(eq(hardshipFiles.householdType, query.householdType));
  if (query.reviewDueBefore) c.push(lte(hardshipFiles.reviewDueOn, query.reviewDueBefore));
  return c;
}

export async function searchFiles(exec: Executor, scope: OrgScope, query: HardshipFileQuery, orgPath: string | null) {
  const limit = query.limit ?? 50;
  const sort = SORTS[query.sort ?? 'updatedAt'];
  const order = query.order ?? sort.order;
  const conditions = searchConditions(scope, query, orgPath);
  const filter = and(...conditions);
  const cursor = decodeCursor(query.cursor, 2);
  const keyset = cursor
    ? order === 'asc'
      ? sql`(${sort.column}, ${hardshipFiles.id}) > (${cursor[0]}::${sql.raw(sort.cast)}, ${cursor[1]}::uuid)`
      : sql`(${sort.column}, ${hardshipFiles.id}) < (${cursor[0]}::${sql.raw(sort.cast)}, ${cursor[1]}::uuid)`
    : undefined;
  const dir = (col: AnyPgColumn) => (order === 'asc' ? sql`${col} asc` : sql`${col} desc`);
  const rows = (await exec
    .select(columns)
    .from(hardshipFiles)
    .innerJoin(orgs, eq(orgs.id, hardshipFiles.orgId))
    .where(and(filter, keyset))
    .orderBy(dir(sort.column), dir(hardshipFiles.id))
    .limit(limit + 1)) as Row[];
  const page = pageOf(rows, limit, toSummary, (r) => [sort.key(r), r.id]);
  if (!query.withTotal) return page;
  // Counting stops at a cap, so a total over a million files stays cheap: "10000+".
  const [count] = (await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`(select 1 from ${hardshipFiles} where ${filter} limit ${TOTAL_CAP + 1}) as capped`)) as { n: number }[];
  const n = Number(count?.n ?? 0);
  return { ...page, total: { count: Math.min(n, TOTAL_CAP), exact: n <= TOTAL_CAP } };
}

