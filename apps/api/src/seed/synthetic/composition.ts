import type { PersonInput } from '@bangfu/shared/hardship-files';
import { type County, localBirthplace, migrantHome } from './divisions';
import type { IdRegistry } from './id-numbers';
import { type Gender, makePerson, type Member, RETIREMENT_AGE, schoolLevelForAge } from './members';
import { randomSurname } from './names';
import type { Rng } from './prng';

type Slot = 'head' | 'spouse' | 'child' | 'parent';

/** Household shapes by size (1–5 members) and how common each is among hardship households. */
const SIZES: readonly (readonly [number, number])[] = [[1, 14], [2, 22], [3, 34], [4, 21], [5, 9]];
const SHAPES: Record<number, readonly (readonly [Slot[], number])[]> = {
  1: [[['head'], 1]],
  2: [[['head', 'spouse'], 55], [['head', 'child'], 35], [['head', 'parent'], 10]],
  3: [[['head', 'spouse', 'child'], 72], [['head', 'child', 'child'], 10], [['head', 'spouse', 'parent'], 18]],
  4: [[['head', 'spouse', 'child', 'child'], 60], [['head', 'spouse', 'child', 'parent'], 40]],
  5: [[['head', 'spouse', 'child', 'child', 'parent'], 45], [['head', 'spouse', 'child', 'parent', 'parent'], 35], [['head', 'spouse', 'child', 'child', 'child'], 20]],
};

export interface CompositionInput {
  rng: Rng;
  registry: IdRegistry;
  today: string;
  orgDivision: string;
  migrant: boolean;
  /** A child in school is needed (cause 9, 子女上学). */
  needsStudent: boolean;
  /** The head is near or past retirement (cause 5, 社保待遇不到位). */
  olderHead: boolean;
  /** The head is of working age (causes about work: lay-off, unemployment, schooling …). */
  workingHead: boolean;
}

export interface Composition {
  members: Member[];
  head: Member;
  singleParent: boolean;
}

function chooseShape(rng: Rng, c: CompositionInput): Slot[] {
  for (let i = 0; i < 20; i++) {
    const shape = rng.weighted(SHAPES[rng.weighted(SIZES)]!);
    if (c.needsStudent && !shape.includes('child')) continue;
    if (c.olderHead && shape.filter((s) => s === 'parent').length > 0) continue;
    return shape;
  }
  return ['head', 'spouse', 'child'];
}

/** Who lives in the household: names, ID numbers, ages, relations and where each was registered. */
export function composeHousehold(c: CompositionInput): Composition {
  const { rng, registry, today } = c;
  const shape = chooseShape(rng, c);
  const hasSpouse = shape.includes('spouse');
  const children = shape.filter((s) => s === 'child').length;
  const parents = shape.filter((s) => s === 'parent').length;
  const singleParent = !hasSpouse && children > 0;
  const hukouType = c.migrant ? 'rural' : 'urban';

  // Where the head's family is registered: a migrant's home county; for urban workers mostly local,
  // sometimes another province (moved for work long ago and settled).
  const homeOfHead: County = c.migrant ? migrantHome(rng) : rng.chance(0.2) ? migrantHome(rng) : localBirthplace(rng, c.orgDivision);
  const childPlace = (): County => (c.migrant ? homeOfHead : localBirthplace(rng, c.orgDivision));

  const headGender: Gender = singleParent ? (rng.chance(0.65) ? 'female' : 'male') : rng.chance(0.62) ? 'male' : 'female';
  let [minAge, maxAge] = parents ? [26, 52] : children ? [28 + (c.needsStudent ? 4 : 0), 56] : hasSpouse ? [30, 64] : [25, 64];
  if (c.olderHead) [minAge, maxAge] = [50, 66];
  else if (c.workingHead) maxAge = Math.min(maxAge, RETIREMENT_AGE[headGender] - 1);
  const headSurname = randomSurname(rng);
  const head = makePerson(rng, registry, today, { relation: 'head', gender: headGender, minAge, maxAge, surname: headSurname, birthplace: homeOfHead, hukouType: c.migrant ? 'rural' : rng.chance(0.9) ? 'urban' : 'rural' });
  const members: Member[] = [head];

  let spouseSurname: string | null = null;
  if (hasSpouse) {
    const gender: Gender = headGender === 'male' ? 'female' : 'male';
    const offset = headGender === 'male' ? -rng.int(0, 5) : rng.int(0, 5);
    const age = Math.max(20, head.age + offset);
    spouseSurname = randomSurname(rng);
    const place = c.migrant ? (rng.chance(0.8) ? homeOfHead : migrantHome(rng)) : rng.chance(0.5) ? homeOfHead : localBirthplace(rng, c.orgDivision);
    members.push(makePerson(rng, registry, today, { relation: 'spouse', gender, minAge: age, maxAge: age, surname: spouseSurname, birthplace: place, hukouType: c.migrant ? 'rural' : head.input.hukouType! }));
  }

  const childSurname = headGender === 'male' ? headSurname : spouseSurname && rng.chance(0.9) ? spouseSurname : rng.chance(0.5) ? headSurname : randomSurname(rng);
  const oldestChild = Math.min(head.age - 20, 24);
  for (let i = 0; i < children; i++) {
    const gender: Gender = rng.chance(0.52) ? 'male' : 'female';
    // The first child of a cause-9 household is of school age (7–22).
    const [lo, hi] = i === 0 && c.needsStudent ? [7, Math.max(7, Math.min(oldestChild, 22))] : [0, Math.max(0, oldestChild)];
    members.push(makePerson(rng, registry, today, { relation: 'child', gender, minAge: lo, maxAge: hi, surname: childSurname, birthplace: childPlace(), hukouType }));
  }

  for (let i = 0; i < parents; i++) {
    const gender: Gender = i === 0 ? 'male' : 'female';
    const age = Math.min(92, head.age + rng.int(22, 34));
    members.push(makePerson(rng, registry, today, { relation: 'parent', gender, minAge: age, maxAge: age, surname: gender === 'male' ? headSurname : undefined, birthplace: homeOfHead, hukouType: c.migrant ? 'rural' : head.input.hukouType! }));
  }
  return { members, head, singleParent };
}

/** Schooling and work of everyone but the head (whose situation the main cause decides). */
export function settleOthers(rng: Rng, members: Member[], c: { migrant: boolean; needsStudent: boolean }): void {
  let first = true;
  for (const m of members) {
    const p = m.input;
    if (p.relation === 'head') continue;
    if (p.relation === 'child') {
      const level = schoolLevelForAge(rng, m.age);
      const inSchool = level !== null && (m.age <= 17 ? rng.chance(0.97) : rng.chance(0.45)) || (first && c.needsStudent && level !== null);
      first = false;
      if (inSchool && level) {
        Object.assign(p, { isStudent: true, schoolLevel: level, workStatus: 'none' } satisfies Partial<PersonInput>);
      } else if (m.age >= 16) {
        p.workStatus = rng.chance(0.55) ? (c.migrant ? 'migrant_worker' : 'employed') : 'unemployed';
      } else {
        p.workStatus = 'none';
      }
      p.maritalStatus = 'single';
    } else if (p.relation === 'spouse') {
      p.maritalStatus = 'married';
      if (m.age >= RETIREMENT_AGE[p.gender]) p.workStatus = c.migrant ? 'none' : 'retired';
      else p.workStatus = rng.weighted<NonNullable<PersonInput['workStatus']>>([[c.migrant ? 'migrant_worker' : 'employed', 55], ['unemployed', 15], ['none', 15], ['laid_off', 5], ['sick_leave', 5]]);
    } else if (p.relation === 'parent') {
      p.workStatus = c.migrant || p.hukouType === 'rural' ? 'none' : 'retired';
      p.coResident = rng.chance(0.85);
    }
  }
  const parents = members.filter((m) => m.input.relation === 'parent');
  for (const m of parents) m.input.maritalStatus = parents.length === 2 ? 'married' : 'widowed';
}
