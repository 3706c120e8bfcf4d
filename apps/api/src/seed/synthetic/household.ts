import type { HardshipFileCreate, PersonInput } from '@bangfu/shared/hardship-files';
import { composeHousehold, settleOthers } from './composition';
import { bankCard, employer, mobilePhone, streetAddress, villageAddress } from './contacts';
import { addDays, dayBetween } from './days';
import { cityOf } from './divisions';
import { expensesOf, incomesOf } from './finances';
import { IdRegistry } from './id-numbers';
import { health, type Member, RETIREMENT_AGE } from './members';
import { createRng, type Rng } from './prng';
import { dibaoStandardFen, minimumWageFen } from './regional';

/** The org a household is filed with: its division decides where most members were born. */
export interface SyntheticOrg {
  id: string;
  divisionCode: string;
  name?: string;
  type?: string;
}

/**
 * Main causes (national list 1–10) weighted as hardship files are in practice: major illness
 * most of all, then schooling, lay-offs and inability to work.
 */
const MAIN_CAUSES: readonly (readonly [number, number])[] = [[6, 30], [9, 14], [3, 12], [1, 10], [2, 8], [8, 7], [5, 6], [10, 6], [4, 4], [7, 3]];

type WorkStatus = NonNullable<PersonInput['workStatus']>;

const NOTES = ['家访核实情况属实', '已纳入春节送温暖慰问名单', '子女就读大学，拟申请金秋助学', '本人患病长期治疗，需持续关注', '已推荐参加职业技能培训', '社区出具家庭情况证明', '待补充收入证明材料'];

/** Settles the head’s work, health and insurance to fit the main cause (and who is ill, for cause 6). */
function settleHead(rng: Rng, head: Member, members: Member[], cause: number, migrant: boolean): void {
  const p = head.input;
  const working: WorkStatus = migrant ? 'migrant_worker' : 'employed';
  let status: WorkStatus = working;
  switch (cause) {
    case 1:
      p.health = health.severeDisability(rng);
      status = rng.chance(0.6) ? 'none' : 'sick_leave';
      break;
    case 2:
      status = 'unemployed';
      break;
    case 3:
      status = rng.chance(0.6) ? 'laid_off' : 'unemployed';
      break;
    case 5:
      status = head.age >= RETIREMENT_AGE[p.gender] ? 'retired' : 'early_retired';
      break;
    case 6: {
      // Who is seriously ill: the head half the time, else a spouse, child or parent.
      const others = members.filter((m) => m !== head);
      const ill = others.length && rng.chance(0.5) ? rng.pick(others) : head;
      ill.input.health = health.serious(rng);
      ill.input.coResident = true;
      if (ill === head) status = rng.chance(0.6) ? 'sick_leave' : 'none';
      else if (ill.input.workStatus === 'employed' || ill.input.workStatus === 'migrant_worker') ill.input.workStatus = 'sick_leave';
      break;
    }
    case 8:
      if (rng.chance(0.6)) {
        p.health = health.injury(rng);
        status = rng.chance(0.5) ? 'sick_leave' : 'none';
      }
      break;
    case 9:
      status = rng.weighted<WorkStatus>([[working, 70], ['unemployed', 10], ['laid_off', 10], ['sick_leave', 10]]);
      break;
  }
  if (status === working && head.age >= RETIREMENT_AGE[p.gender]) status = migrant ? 'none' : 'retired';
  p.workStatus = status;
  p.medicalInsurance = cause === 4 ? 'none' : (status === 'employed' || status === 'retired' || status === 'early_retired' || (migrant && rng.chance(0.6))) ? 'employee' : 'resident';
}

function chronicAndContacts(rng: Rng, members: Member[], org: SyntheticOrg, migrant: boolean): void {
  const cityName = cityOf(org.divisionCode)?.name ?? '';
  const own = org.type === 'enterprise' && org.name ? org.name.replace(/(委员会)?工会(委员会)?$/, '') : undefined;
  for (const m of members) {
    const p = m.input;
    if (!p.health && (m.age >= 60 ? rng.chance(0.4) : m.age >= 30 && rng.chance(0.04))) p.health = health.chronic(rng);
    if (!p.medicalInsurance) p.medicalInsurance = p.workStatus === 'employed' || p.workStatus === 'retired' ? 'employee' : 'resident';
    if (p.workStatus === 'employed' || p.workStatus === 'migrant_worker' || p.workStatus === 'sick_leave') Object.assign(p, employer(rng, cityName, own));
    const phoneChance = p.relation === 'head' ? 0.85 : p.relation === 'spouse' ? 0.45 : m.age >= 16 ? 0.2 : 0;
    if (rng.chance(phoneChance)) p.phone = mobilePhone(rng);
  }
}

/** One household as an operator would file it: HardshipFileCreate for `org`, dated `today`. */
export function generateHousehold(rng: Rng, registry: IdRegistry, org: SyntheticOrg, today: string): HardshipFileCreate {
  const migrant = rng.chance(0.2);
  const mainCause = rng.weighted(MAIN_CAUSES);
  const { members, head, singleParent } = composeHousehold({ rng, registry, today, orgDivision: org.divisionCode, migrant, needsStudent: mainCause === 9, olderHead: mainCause === 5, workingHead: ![1, 5, 6].includes(mainCause) });
  settleOthers(rng, members, { migrant, needsStudent: mainCause === 9 });
  settleHead(rng, head, members, mainCause, migrant);
  chronicAndContacts(rng, members, org, migrant);

  const hp = head.input;
  hp.maritalStatus = members.some((m) => m.input.relation === 'spouse') ? 'married' : singleParent ? rng.pick(['divorced', 'divorced', 'widowed'] as const) : head.age < 40 ? rng.pick(['single', 'single', 'divorced'] as const) : rng.pick(['single', 'divorced', 'widowed'] as const);
  hp.unionMember = migrant ? rng.chance(0.96) : rng.chance(0.9);
  hp.address = migrant && rng.chance(0.3) ? villageAddress(rng, head.birthplace.province, head.birthplace.name) : streetAddress(rng, org.divisionCode);
  const model = rng.next();
  if (model < 0.004) hp.modelWorkerLevel = 'city';
  else if (model < 0.005) hp.modelWorkerLevel = 'provincial';
  for (const m of members) {
    if (m.input.relation === 'spouse' && (m.input.workStatus === 'employed' || m.input.workStatus === 'migrant_worker')) m.input.unionMember = rng.chance(0.4);
  }

  const wageFen = minimumWageFen(org.divisionCode);
  const incomes = incomesOf(rng, members, wageFen, { singleParent, accident: mainCause === 8 });
  const expenses = expensesOf(rng, members, { disaster: mainCause === 7, accident: mainCause === 8 });

  const secondary = new Set<number>();
  const candidates: number[] = [];
  if (members.some((m) => m.input.health?.seriousIllness)) candidates.push(6);
  if (members.some((m) => m.input.isStudent && (m.input.schoolLevel === 'senior' || m.input.schoolLevel === 'university' || m.input.schoolLevel === 'vocational'))) candidates.push(9);
  if (hp.workStatus === 'laid_off') candidates.push(3);
  if (hp.workStatus === 'unemployed') candidates.push(2);
  if (members.some((m) => (m.input.health?.disabilityGrade ?? 4) <= 2)) candidates.push(1);
  if (hp.medicalInsurance === 'none') candidates.push(4);
  for (const c of candidates) if (c !== mainCause && secondary.size < 2 && rng.chance(0.7)) secondary.add(c);

  const able = members.filter((m) => m.input.coResident !== false && !m.input.isStudent && m.age >= 16 && m.age < RETIREMENT_AGE[m.input.gender] && !(m.input.health?.seriousIllness || (m.input.health?.disabilityGrade ?? 4) <= 2));
  const zeroEmployment = able.length > 0 && able.every((m) => m.input.workStatus === 'unemployed' || m.input.workStatus === 'laid_off' || m.input.workStatus === 'none');
  const onDibao = rng.chance(zeroEmployment || mainCause === 1 ? 0.25 : 0.04);

  const body: HardshipFileCreate = {
    orgId: org.id,
    householdType: migrant ? 'migrant' : 'urban',
    origin: rng.weighted([['existing', 55], ['new', 42], ['returned', 3]] as const),
    mainCause,
    members: members.map((m) => m.input),
    incomes,
    expenses,
  };
  if (secondary.size) body.secondaryCauses = [...secondary];
  const housing = migrant
    ? rng.weighted([[['private_rental', 10, 40], 65], [['lodging', 8, 20], 25], [['other', 10, 30], 10]] as const)
    : rng.weighted([[['owned', 35, 85], 35], [['public_rental', 30, 60], 25], [['private_rental', 15, 50], 30], [['other', 20, 60], 10]] as const);
  body.housingType = housing[0];
  body.housingAreaM2 = Math.round((housing[1] + rng.next() * (housing[2] - housing[1])) * 10) / 10;
  if (singleParent) body.singleParent = true;
  if (zeroEmployment) body.zeroEmployment = true;
  if (onDibao) {
    body.onDibao = true;
    body.dibaoMonthlyFen = Math.round((dibaoStandardFen(org.divisionCode) * members.length * (0.2 + rng.next() * 0.3)) / 1000) * 1000;
  }
  if (rng.chance(0.65)) Object.assign(body, bankCard(rng));
  if (rng.chance(0.025)) {
    const which = rng.pick(['privateCar', 'multipleHomes', 'ownsBusiness', 'idleByChoice'] as const);
    body.exclusions = { multipleHomes: false, ownsBusiness: false, privateSchoolOrAbroad: false, privateCar: false, idleByChoice: false, [which]: true };
  }
  if (migrant) {
    // Mostly more than a year with the employer; a few too recent to qualify yet.
    const employmentStart = rng.chance(0.92) ? dayBetween(rng, addDays(today, -3650), addDays(today, -400)) : dayBetween(rng, addDays(today, -330), addDays(today, -60));
    body.migrant = { unionMember: hp.unionMember ?? true, longTermResident: rng.chance(0.95), employmentStart };
  }
  if (rng.chance(0.3)) body.notes = rng.pick(NOTES);
  return body;
}

/**
 * A reproducible stream of households: the same seed and the same calls give the same households.
 * ID numbers never repeat within one generator (or across generators sharing a registry).
 */
export function createHouseholdGenerator(options: { seed: string | number; registry?: IdRegistry }) {
  const root = createRng(options.seed);
  const registry = options.registry ?? new IdRegistry();
  let count = 0;
  return {
    registry,
    /** A random source for choices around the households (dates, lifecycle), from the same seed. */
    rng: root.fork('around'),
    next(org: SyntheticOrg, today: string): HardshipFileCreate {
      return generateHousehold(root.fork(count++), registry, org, today);
    },
  };
}
export type HouseholdGenerator = ReturnType<typeof createHouseholdGenerator>;
