import type { HealthInput, PersonInput, PersonPatch } from '@bangfu/shared/hardship-files';
import type { Person } from './file-labels';

/** What the member fields hold (a form row of the create form, or the member dialog). */
export interface MemberValues {
  relation?: PersonInput['relation'];
  name?: string;
  gender?: PersonInput['gender'];
  ethnicity?: string;
  idType?: NonNullable<PersonInput['idType']>;
  idNumber?: string;
  birthDate?: string;
  phone?: string;
  address?: string;
  hukouType?: PersonInput['hukouType'];
  maritalStatus?: PersonInput['maritalStatus'];
  workStatus?: PersonInput['workStatus'];
  employer?: string;
  unionMember?: boolean;
  isStudent?: boolean;
  school?: string;
  schoolLevel?: PersonInput['schoolLevel'];
  coResident?: boolean;
  medicalInsurance?: PersonInput['medicalInsurance'];
  health?: HealthInput;
}

export const newMember = (relation: PersonInput['relation']): MemberValues => ({ relation, idType: 'resident', coResident: true });

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

function health(values: HealthInput | undefined): HealthInput | undefined {
  if (!values) return undefined;
  const out: HealthInput = {};
  if (values.seriousIllness) out.seriousIllness = true;
  if (text(values.condition)) out.condition = text(values.condition);
  if (values.disabilityType && values.disabilityType !== 'none') {
    out.disabilityType = values.disabilityType;
    if (values.disabilityGrade) out.disabilityGrade = values.disabilityGrade;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Drops the keys whose value is undefined, so the body carries only what was filled in. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Form values → the contract's PersonInput (empty texts left out, student school only for students). */
export function toPersonInput(values: MemberValues): PersonInput {
  const isStudent = values.isStudent ?? false;
  return compact({
    relation: values.relation ?? 'other',
    name: (values.name ?? '').trim(),
    gender: values.gender ?? 'male',
    ethnicity: text(values.ethnicity),
    idType: values.idType ?? 'resident',
    idNumber: (values.idNumber ?? '').trim().toUpperCase(),
    birthDate: values.birthDate || undefined,
    phone: text(values.phone),
    address: text(values.address),
    hukouType: values.hukouType,
    maritalStatus: values.maritalStatus,
    workStatus: values.workStatus,
    employer: text(values.employer),
    unionMember: values.unionMember ?? false,
    isStudent,
    school: isStudent ? text(values.school) : undefined,
    schoolLevel: isStudent ? values.schoolLevel : undefined,
    coResident: values.coResident ?? true,
    medicalInsurance: values.medicalInsurance,
    health: health(values.health),
  });
}

/**
 * The dialog's values → a PersonPatch. The file only shows masks of the ID number, phone and health, so an
 * empty ID or phone means "keep", and health goes along only when one of its fields was touched.
 */
export function toPersonPatch(values: MemberValues, healthTouched: boolean): PersonPatch {
  const { idNumber, phone, health: healthValue, ...rest } = toPersonInput(values);
  const patch: PersonPatch = { ...rest };
  if (idNumber) patch.idNumber = idNumber;
  if (phone) patch.phone = phone;
  if (healthTouched) patch.health = healthValue ?? {};
  // The server checks the birth date against the stored ID number; only send it with a new number or another ID type.
  if (!idNumber && (values.idType ?? 'resident') === 'resident') delete patch.birthDate;
  return patch;
}

/** A stored member as dialog values (masked fields left empty). */
export function memberToValues(person: Person): MemberValues {
  return compact({
    relation: person.relation,
    name: person.name,
    gender: person.gender,
    ethnicity: person.ethnicity ?? undefined,
    idType: person.idType,
    birthDate: person.birthDate,
    address: person.address ?? undefined,
    hukouType: (person.hukouType ?? undefined) as MemberValues['hukouType'],
    maritalStatus: (person.maritalStatus ?? undefined) as MemberValues['maritalStatus'],
    workStatus: person.workStatus,
    employer: person.employer ?? undefined,
    unionMember: person.unionMember,
    isStudent: person.isStudent,
    school: person.school ?? undefined,
    schoolLevel: (person.schoolLevel ?? undefined) as MemberValues['schoolLevel'],
    coResident: person.coResident,
    medicalInsurance: (person.medicalInsurance ?? undefined) as MemberValues['medicalInsurance'],
  });
}
