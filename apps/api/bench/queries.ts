import type pg from 'pg';
import { namePinyin } from '../src/lib/pinyin';
import { addDays } from '../src/seed/synthetic/days';

/** A search as a user types it: a name and the query strings to send, varied over a pool of values. */
export interface BenchQuery {
  name: string;
  describe: string;
  params: string[];
}

interface Sample {
  head_name: string;
  head_name_pinyin: string;
  head_name_initials: string;
  head_id_last4: string;
  file_no: string;
}

const qs = (o: Record<string, string>) => new URLSearchParams(o).toString();

/**
 * Representative searches of a city-level user, with parameters drawn from real rows of that city
 * (so every search finds something): pinyin initials, a full-pinyin prefix, a Chinese name prefix,
 * an ID tail, a file-number prefix, and the list views.
 */
export async function benchQueries(client: pg.Client, cityPath: string, today: string, poolSize = 50): Promise<BenchQuery[]> {
  const { rows } = await client.query<Sample>(
    `select f.head_name, f.head_name_pinyin, f.head_name_initials, f.head_id_last4, f.file_no
       from hardship_files f join orgs o on o.id = f.org_id
      where o.path like $1
      order by md5(f.id::text) limit $2`,
    [`${cityPath}%`, poolSize],
  );
  const surnameLength = (name: string) => (/^(欧阳|司徒|司马|上官|诸葛|皇甫|东方|慕容)/.test(name) ? 2 : 1);
  return [
    { name: 'list', describe: 'default list, newest first', params: [''] },
    { name: 'q=initials', describe: 'q = 2 pinyin initials (zw)', params: rows.map((r) => qs({ q: r.head_name_initials.slice(0, 2) })) },
    {
      name: 'q=pinyin',
      describe: 'q = full-pinyin prefix (wangji)',
      params: rows.map((r) => {
        const surname = namePinyin(r.head_name.slice(0, surnameLength(r.head_name))).full;
        return qs({ q: r.head_name_pinyin.slice(0, surname.length + 2) });
      }),
    },
    { name: 'q=汉字', describe: 'q = surname + first given character (王建)', params: rows.map((r) => qs({ q: r.head_name.slice(0, surnameLength(r.head_name) + 1) })) },
    { name: 'idTail', describe: 'idTail = last 4 of the head’s ID', params: rows.map((r) => qs({ idTail: r.head_id_last4 })) },
    { name: 'q=fileNo', describe: 'q = file-number prefix (16 chars)', params: rows.map((r) => qs({ q: r.file_no.slice(0, 16) })) },
    { name: 'deep by name', describe: 'category=deep&sort=name', params: [qs({ category: 'deep', sort: 'name' })] },
    { name: 'review due', describe: 'reviewDueBefore = today + 30 days (default order: due date)', params: [qs({ reviewDueBefore: addDays(today, 30) })] },
    { name: 'review due↓new', describe: 'the same, sort=updatedAt (newest first)', params: [qs({ reviewDueBefore: addDays(today, 30), sort: 'updatedAt' })] },
    { name: 'filters', describe: 'status=formal&householdType=migrant&mainCause=6', params: [qs({ status: 'formal', householdType: 'migrant', mainCause: '6' })] },
    { name: 'withTotal', describe: 'default list with withTotal=true', params: [qs({ withTotal: 'true' })] },
  ];
}
