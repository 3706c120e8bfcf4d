import type { Executor } from '../src/db/client';
import { orgs, users } from '../src/db/schema/index';
import { eq } from 'drizzle-orm';
import { createPasswordHasher } from '../src/modules/auth/passwords';
import { GUANGDONG_CITIES } from '../src/seed/synthetic/divisions';
import { createRng } from '../src/seed/synthetic/prng';
import { seedStandards } from '../src/seed/standards';
import { addOrg, addUser, type OrgSpec, type SeedOrg } from '../src/seed/tree';

export interface BenchOrg extends SeedOrg {
  name: string;
  divisionCode: string;
  type: string;
}

export interface Grassroots {
  org: BenchOrg;
  weight: number;
  operator: { id: string; name: string };
  approverName: string;
}

export interface BenchTree {
  cityOrg: BenchOrg;
  /** The user the benchmark searches as: centre approver of one city (its subtree). */
  cityUserId: string;
  grassroots: Grassroots[];
}

/** The cities of the benchmark tree; 深圳 is the one the searches run in. */
const CITY_CODES = ['440100', '440200', '440300', '440500', '440600', '440700', '440800', '441200', '441300', '441400'];
export const BENCH_CITY = '440300';
const INDUSTRY = ['教育工会', '建设工会', '交通运输工会', '卫生健康工会', '机关工会'];
const STREETS = ['东门', '南湖', '西乡', '新安', '城南', '城北', '河西', '白石', '新桥', '沙河', '龙田', '石岩'];
const FIRMS = ['鑫达电子', '华通物流', '宏远建筑', '美佳清洁', '恒昌五金', '永兴服装', '利源食品', '盛世物业', '金龙纺织', '佳和餐饮', '德胜机械', '联发塑胶', '新科光电', '通达汽运'];

/**
 * 1 province, 10 cities, 10 county-level unions each (real counties, filled up with the city's
 * industry unions), 6–14 grassroots unions under each; an operator per grassroots union, an approver
 * per county, and the benchmark's city user. Grassroots unions get a size weight for how many files they hold.
 */
export async function createBenchTree(exec: Executor, seed: string): Promise<BenchTree> {
  const rng = createRng(`${seed}/tree`);
  await seedStandards(exec);
  const passwordHash = await createPasswordHasher(1024).hash('Bench-only-2026');
  const org = async (parent: BenchOrg | null, spec: OrgSpec): Promise<BenchOrg> => ({ ...(await addOrg(exec, parent, spec)), name: spec.name, divisionCode: spec.divisionCode, type: spec.type ?? 'local' });
  const province = await org(null, { name: '广东省总工会', level: 'province', divisionCode: '440000', hasAssistanceCentre: true });
  const grassroots: Grassroots[] = [];
  let cityOrg: BenchOrg | null = null;
  let cityUserId = '';
  let n = 0;
  for (const code of CITY_CODES) {
    const city = GUANGDONG_CITIES.find((c) => c.code === code)!;
    const cityUnion = await org(province, { name: `${city.name}总工会`, level: 'city', divisionCode: city.code, hasAssistanceCentre: true });
    const counties: { name: string; code: string; type: 'local' | 'industry' }[] = city.counties.slice(0, 10).map((c) => ({ name: `${c.name}总工会`, code: c.code, type: 'local' }));
    for (const industry of INDUSTRY) if (counties.length < 10) counties.push({ name: `${city.name}${industry}`, code: city.code, type: 'industry' });
    for (const county of counties) {
      const countyUnion = await org(cityUnion, { name: county.name, level: 'county', type: county.type, divisionCode: county.code, hasAssistanceCentre: county.type === 'local' });
      const approverName = `帮扶中心 ${county.name.slice(0, 3)}`;
      await addUser(exec, countyUnion, { username: `bench_approver_${++n}`, displayName: approverName, roles: ['centre_approver'], passwordHash });
      const count = rng.int(6, 14);
      const names = new Set<string>();
      for (let i = 0; i < count; i++) {
        const street = rng.chance(0.3);
        const draw = () => (street ? `${rng.pick(STREETS)}街道总工会` : `${city.name}${rng.pick(FIRMS)}有限公司工会`);
        let name = draw();
        for (let attempt = 0; names.has(name) && attempt < 10; attempt++) name = draw();
        if (names.has(name)) name = name.replace(/工会$/, `第${i + 1}分会`);
        names.add(name);
        const g = await org(countyUnion, { name, level: 'grassroots', type: street ? 'street' : 'enterprise', divisionCode: county.code });
        const operatorName = `经办人 ${n}-${i + 1}`;
        const operatorId = await addUser(exec, g, { username: `bench_operator_${n}_${i + 1}`, displayName: operatorName, roles: ['grassroots_operator'], passwordHash });
        // Street unions and big enterprises file more households.
        grassroots.push({ org: g, weight: street ? rng.int(6, 12) : rng.int(1, 10), operator: { id: operatorId, name: operatorName }, approverName });
      }
    }
    if (code === BENCH_CITY) {
      cityOrg = cityUnion;
      cityUserId = await addUser(exec, cityUnion, { username: 'bench_city', displayName: '帮扶中心 市级', roles: ['centre_approver'], passwordHash, passwordChangedAt: new Date(0) });
    }
  }
  return { cityOrg: cityOrg!, cityUserId, grassroots };
}

/** The tree of an already loaded benchmark database. */
export async function readBenchTree(exec: Executor): Promise<Pick<BenchTree, 'cityOrg' | 'cityUserId'>> {
  const [user] = await exec.select({ id: users.id, orgId: users.orgId }).from(users).where(eq(users.username, 'bench_city'));
  if (!user) throw new Error('this database has no benchmark tree (user bench_city); run with --fresh');
  const [o] = await exec.select().from(orgs).where(eq(orgs.id, user.orgId));
  return { cityOrg: { id: o!.id, path: o!.path, depth: o!.depth, name: o!.name, divisionCode: o!.divisionCode, type: o!.type }, cityUserId: user.id };
}
