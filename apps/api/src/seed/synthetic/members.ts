import type { HealthInput, PersonInput } from '@bangfu/shared/hardship-files';
import { addDays, birthDateForAge } from './days';
import type { County } from './divisions';
import { ethnicityFor } from './divisions';
import { makeIdNumber, type IdRegistry } from './id-numbers';
import { fullName, randomSurname } from './names';
import type { Rng } from './prng';

export type Gender = 'male' | 'female';
export type SchoolLevel = NonNullable<PersonInput['schoolLevel']>;

/** A generated person: the API input plus what the generator still needs to know about them. */
export interface Member {
  input: PersonInput;
  age: number;
  birthplace: County;
}

export interface PersonSpec {
  relation: PersonInput['relation'];
  gender: Gender;
  minAge: number;
  maxAge: number;
  surname?: string;
  birthplace: County;
  hukouType: 'urban' | 'rural';
}

export const RETIREMENT_AGE: Record<Gender, number> = { male: 60, female: 55 };

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** A person with a name, a checksum-valid ID number that agrees with the birth date and gender, and an ethnicity. */
export function makePerson(rng: Rng, registry: IdRegistry, today: string, spec: PersonSpec): Member {
  // Nobody in a file is born after it is filed; keep babies at least a week old.
  const birthDate = birthDateForAge(rng, today, spec.minAge, spec.maxAge);
  const safeBirth = birthDate > addDays(today, -7) ? addDays(today, -7) : birthDate;
  const surname = spec.surname ?? randomSurname(rng);
  const name = fullName(rng, surname, spec.gender, Number(safeBirth.slice(0, 4)));
  const idNumber = makeIdNumber(rng, registry, spec.birthplace.code, safeBirth, spec.gender);
  return {
    input: {
      relation: spec.relation,
      name,
      gender: spec.gender,
      ethnicity: ethnicityFor(rng, spec.birthplace.code),
      idType: 'resident',
      idNumber,
      birthDate: safeBirth,
      hukouType: spec.hukouType,
    },
    age: ageOn(safeBirth, today),
    birthplace: spec.birthplace,
  };
}

/** The school level of a student of this age (none below six). */
export function schoolLevelForAge(rng: Rng, age: number): SchoolLevel | null {
  if (age < 6) return null;
  if (age <= 11) return 'primary';
  if (age <= 14) return 'junior';
  if (age <= 17) return rng.chance(0.7) ? 'senior' : 'vocational';
  if (age <= 22) return 'university';
  return null;
}

const SERIOUS_ILLNESSES = ['尿毒症', '恶性肿瘤', '白血病', '脑卒中后遗症', '肝硬化', '系统性红斑狼疮', '重症肌无力', '再生障碍性贫血', '冠心病支架术后', '乳腺癌术后化疗', '肺癌', '帕金森病'];
const CHRONIC = ['高血压', '糖尿病', '慢性阻塞性肺病', '类风湿关节炎', '慢性胃炎', '腰椎间盘突出'];
const SEVERE_DISABILITY: readonly NonNullable<HealthInput['disabilityType']>[] = ['physical', 'physical', 'visual', 'intellectual', 'mental', 'multiple', 'hearing'];

export const health = {
  serious: (rng: Rng): HealthInput => ({ condition: rng.pick(SERIOUS_ILLNESSES), seriousIllness: true }),
  chronic: (rng: Rng): HealthInput => ({ condition: rng.pick(CHRONIC), seriousIllness: false }),
  /** Grades 1–2: cannot work. */
  severeDisability: (rng: Rng): HealthInput => ({ disabilityType: rng.pick(SEVERE_DISABILITY), disabilityGrade: rng.int(1, 2) }),
  injury: (rng: Rng): HealthInput => ({ condition: rng.pick(['工伤致残', '交通事故致残', '高处坠落伤']), disabilityType: 'physical', disabilityGrade: rng.int(2, 4) }),
};

export function isRetired(m: Member): boolean {
  return m.age >= RETIREMENT_AGE[m.input.gender];
}
