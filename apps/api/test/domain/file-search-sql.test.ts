import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/lib/cursor';
import { searchStatements } from '../../src/modules/hardship-files/file-search.repo';

// The search's SQL as PostgreSQL receives it. Which index a search can read in order depends on these
// words (the name index is text_pattern_ops: only `using ~<~` reads it in order under any collation),
// and no result on a small test database shows the difference, so the text itself is checked here.
const asSent = (s: { text: string; values: unknown[] }) => ({ sql: s.text, params: s.values });
const render = (query: Parameters<typeof searchStatements>[1]) => {
  const s = searchStatements('{00000000-0000-4000-8000-000000000001}', query);
  return { page: asSent(s.page), total: s.total ? asSent(s.total) : null };
};
const orderClauses = (text: string) => [...text.matchAll(/order by ([^)]+?)(?: limit|\)|$)/g)].map((m) => m[1]!.trim());

describe('file search statements', () => {
  it('orders the name sort in byte order, both in the id subquery and in the page', () => {
    const { page } = render({ sort: 'name' });
    expect(orderClauses(page.sql)).toEqual(['hardship_files.head_name using ~<~, hardship_files.id asc', 'hardship_files.head_name using ~<~, hardship_files.id asc']);
    expect(orderClauses(render({ sort: 'name', order: 'desc' }).page.sql)[0]).toBe('hardship_files.head_name using ~>~, hardship_files.id desc');
  });

  it('continues a name page from its cursor with the byte-order operators', () => {
    const { page } = render({ sort: 'name', cursor: encodeCursor(['王建国', '00000000-0000-4000-8000-0000000000ff']) });
    expect(page.sql).toContain('hardship_files.head_name ~>=~ $2::text and (hardship_files.head_name ~>~ $3::text or hardship_files.id > $4::uuid)');
    expect(page.params.slice(1, 4)).toEqual(['王建国', '王建国', '00000000-0000-4000-8000-0000000000ff']);
    const desc = render({ sort: 'name', order: 'desc', cursor: encodeCursor(['王', '00000000-0000-4000-8000-0000000000ff']) });
    expect(desc.page.sql).toContain('hardship_files.head_name ~<=~ $2::text and (hardship_files.head_name ~<~ $3::text or hardship_files.id < $4::uuid)');
  });

  it('lists newest first as the covering index is built (desc nulls last) and pages by row comparison', () => {
    const { page } = render({ cursor: encodeCursor(['2026-11-28T08:00:00.000Z', '00000000-0000-4000-8000-0000000000ff']) });
    expect(orderClauses(page.sql)[0]).toBe('hardship_files.updated_at desc nulls last, hardship_files.id desc nulls last');
    expect(page.sql).toContain('(hardship_files.updated_at, hardship_files.id) < ($2::timestamptz, $3::uuid)');
  });

  it('orders a review worklist by due date unless asked otherwise', () => {
    expect(orderClauses(render({ reviewDueBefore: '2026-12-31' }).page.sql)[0]).toBe('hardship_files.review_due_on asc, hardship_files.id asc');
    expect(orderClauses(render({ reviewDueBefore: '2026-12-31', sort: 'updatedAt' }).page.sql)).toContain('hardship_files.updated_at desc nulls last, hardship_files.id desc nulls last');
  });

  it('sorts the files due newest first apart from the newest-first index, which would walk past every file reviewed lately', () => {
    const cursor = encodeCursor(['2026-11-28 08:00:00.123456+00', '00000000-0000-4000-8000-0000000000ff']);
    const { page } = render({ reviewDueBefore: '2026-12-31', sort: 'updatedAt', cursor });
    const due = /in \(select due\.id from \((select .*) offset 0\) as due order by (.*?) limit \$(\d+)\)/s.exec(page.sql);
    expect(due).not.toBeNull();
    expect(due![1]).toBe(
      "select hardship_files.id, hardship_files.updated_at from hardship_files where hardship_files.org_id = any($1::uuid[]) and hardship_files.review_due_on <= $2 and hardship_files.status in ('temporary', 'formal') and (hardship_files.updated_at, hardship_files.id) < ($3::timestamptz, $4::uuid)",
    );
    expect(due![2]).toBe('due.updated_at desc nulls last, due.id desc nulls last');
    expect(page.params).toEqual(['{00000000-0000-4000-8000-000000000001}', '2026-12-31', '2026-11-28 08:00:00.123456+00', '00000000-0000-4000-8000-0000000000ff', 51]);
    // any other order, or no due date, reads its index in order
    expect(render({ reviewDueBefore: '2026-12-31', sort: 'name' }).page.sql).not.toContain('offset 0');
    expect(render({ sort: 'updatedAt' }).page.sql).not.toContain('offset 0');
  });

  it('passes every value as a parameter, LIKE patterns escaped', () => {
    const { page } = render({ q: "王_%'", idTail: '123x', category: 'deep', mainCause: 6, householdType: 'migrant', status: 'formal', limit: 20 });
    expect(page.sql).not.toMatch(/王|123X|deep|migrant|formal'/);
    expect(page.params).toEqual(['{00000000-0000-4000-8000-000000000001}', "王\\_\\%'%", '123X', 'deep', 'formal', 6, 'migrant', 21]);
  });

  it('reads pinyin initials and full pinyin, and file numbers by prefix and range', () => {
    // one letter, or another order than newest first: one scan with both
    expect(render({ q: 'Z' }).page.sql).toContain('(hardship_files.head_name_initials like $2 or hardship_files.head_name_pinyin like $3)');
    expect(render({ q: 'ZS', sort: 'name' }).page.sql).toContain('(hardship_files.head_name_initials like $2 or hardship_files.head_name_pinyin like $3)');
    expect(render({ q: 'ZS', sort: 'name' }).page.params.slice(1, 3)).toEqual(['zs%', 'zs%']);
    const fileNo = render({ q: '20260019' }).page;
    expect(fileNo.sql).toContain('hardship_files.file_no like $2 and hardship_files.file_no >= $3 and hardship_files.file_no < $4');
    expect(fileNo.params.slice(1, 4)).toEqual(['KN20260019%', 'KN20260019', 'KN2026002']);
  });

  it('searches two letters or more newest first as a union of an initials and a pinyin branch, each filtered and paged', () => {
    const cursor = encodeCursor(['2026-11-28 08:00:00.123456+00', '00000000-0000-4000-8000-0000000000ff']);
    const { page } = render({ q: 'ZS', category: 'deep', cursor });
    const branches = /in \(select matched\.id from \((.*)\) as matched order by (.*?) limit \$\d+\)/s.exec(page.sql);
    expect(branches).not.toBeNull();
    const [initials, pinyin] = branches![1]!.split(' union ');
    expect(initials).toMatch(/^select hardship_files\.id, hardship_files\.updated_at from hardship_files where hardship_files\.org_id = any\(\$\d+::uuid\[\]\) and hardship_files\.head_name_initials like \$\d+ and hardship_files\.category = \$\d+ and \(hardship_files\.updated_at, hardship_files\.id\) < \(\$\d+::timestamptz, \$\d+::uuid\)$/);
    expect(pinyin).toBe(initials!.replace('head_name_initials', 'head_name_pinyin').replace(/\$(\d+)/g, (_, n) => `$${Number(n) + 5}`));
    expect(branches![2]).toBe('matched.updated_at desc nulls last, matched.id desc nulls last');
    const branch = ['{00000000-0000-4000-8000-000000000001}', 'zs%', 'deep', '2026-11-28 08:00:00.123456+00', '00000000-0000-4000-8000-0000000000ff'];
    expect(page.params).toEqual([...branch, ...branch, 51]);
  });

  it('counts only when asked, up to the cap', () => {
    expect(render({}).total).toBeNull();
    const total = render({ withTotal: true }).total!;
    expect(total.sql).toMatch(/^select count\(\*\)::int as n from \(select 1 from hardship_files where .* limit \$2\) as capped$/);
    expect(total.params.at(-1)).toBe(10_001);
  });
});
