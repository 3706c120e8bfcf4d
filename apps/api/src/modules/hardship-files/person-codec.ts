import type { HealthInput, Person, PersonInput } from '@bangfu/shared/hardship-files';
import { checkIdAgainst } from '@bangfu/shared/id-number';
import { maskIdNumber, maskPhone } from '@bangfu/shared/masks';
import { ageOn } from '@bangfu/shared/classification';
import type { persons } from '../../db/schema/index';
import { ValidationError } from '../../errors';
import type { FieldCrypto } from '../../lib/field-crypto';

export type PersonRow = typeof persons.$inferSelect;
type PersonValues = Omit<typeof persons.$inferInsert, 'fileId' | 'position'> &
  Pick<PersonRow, 'relation' | 'name' | 'gender' | 'birthDate' | 'idHash' | 'idLast4' | 'idMasked' | 'ableBodied' | 'coResident' | 'isStudent' | 'workStatus'>;

const ID_RULE_TEXT: Record<string, string> = {
  format: 'format',
  division: 'division code',
  birth_date: 'birth date',
  future_birth_date: 'birth date in the future',
  checksum: 'checksum',
  gender_mismatch: 'gender',
  birth_date_mismatch: 'birth date',
};

/** Normalises an ID number and checks it per GB 11643 (resident IDs only); `field` names the input. */
export function normaliseId(input: Pick<PersonInput, 'idType' | 'idNumber' | 'gender' | 'birthDate'>, field: string, today: string) {
  const idType = input.idType ?? 'resident';
  if (idType !== 'resident') {
    if (!input.birthDate) throw ValidationError.field(field.replace(/idNumber$/, 'birthDate'), 'is required for this ID type');
    const normalized = input.idNumber.trim().toUpperCase();
    if (!/^[A-Z0-9()-]{5,30}$/.test(normalized)) throw ValidationError.field(field, 'may hold only letters, digits, brackets and hyphens');
    return { idType, normalized, birthDate: input.birthDate };
  }
  const result = checkIdAgainst(input.idNumber, { gender: input.gender, ...(input.birthDate ? { birthDate: input.birthDate } : {}) }, today);
  if (!result.ok) {
    throw new ValidationError(`ID number fails the ${ID_RULE_TEXT[result.rule]} check: ${result.message}`, [
      { field, message: `${result.rule}: ${result.message}`, rule: result.rule },
    ]);
  }
  return { idType, normalized: result.normalized, birthDate: result.birthDate };
}

export function idHash(crypto: FieldCrypto, idType: string, normalized: string): string {
  return crypto.hash(`${idType}:${normalized}`);
}

function ableBodied(health: HealthInput | undefined): boolean {
  if (!health) return true;
  if (health.seriousIllness) return false;
  const disabled = health.disabilityType && health.disabilityType !== 'none';
  // Grades 1–2 are severe; 3–4 may still work.
  return !(disabled && (health.disabilityGrade ?? 1) <= 2);
}

/** Input → row values: sensitive fields encrypted, masks and search keys derived. */
export function encodePerson(input: PersonInput, crypto: FieldCrypto, field: string, today: string): PersonValues {
  const id = normaliseId(input, `${field}/idNumber`, today);
  const phone = input.phone?.replace(/[\s-]/g, '');
  return {
    relation: input.relation,
    name: input.name.trim(),
    gender: input.gender,
    ethnicity: input.ethnicity ?? null,
    idType: id.idType,
    idEnc: crypto.encrypt(id.normalized),
    idHash: idHash(crypto, id.idType, id.normalized),
    idLast4: id.normalized.slice(-4),
    idMasked: maskIdNumber(id.normalized),
    birthDate: id.birthDate,
    phoneEnc: phone ? crypto.encrypt(phone) : null,
    phoneMasked: phone ? maskPhone(phone) : null,
    address: input.address ?? null,
    hukouType: input.hukouType ?? null,
    maritalStatus: input.maritalStatus ?? null,
    healthEnc: input.health ? crypto.encrypt(JSON.stringify(input.health)) : null,
    ableBodied: ableBodied(input.health),
    medicalInsurance: input.medicalInsurance ?? null,
    modelWorkerLevel: input.modelWorkerLevel ?? null,
    workStatus: input.workStatus ?? 'none',
    employer: input.employer ?? null,
    industry: input.industry ?? null,
    unionMember: input.unionMember ?? false,
    isStudent: input.isStudent ?? false,
    school: input.school ?? null,
    schoolLevel: input.schoolLevel ?? null,
    coResident: input.coResident ?? true,
  };
}

/** Row → API shape: only masks of sensitive values; nothing is decrypted. */
export function decodePerson(row: PersonRow, today: string): Person {
  return {
    id: row.id,
    relation: row.relation as Person['relation'],
    name: row.name,
    gender: row.gender as Person['gender'],
    ethnicity: row.ethnicity,
    idType: row.idType as Person['idType'],
    idNumberMasked: row.idMasked,
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, today),
    phoneMasked: row.phoneMasked,
    address: row.address,
    hukouType: row.hukouType,
    maritalStatus: row.maritalStatus,
    hasHealthRecord: row.healthEnc !== null,
    ableBodied: row.ableBodied,
    medicalInsurance: row.medicalInsurance,
    modelWorkerLevel: row.modelWorkerLevel,
    workStatus: row.workStatus as Person['workStatus'],
    employer: row.employer,
    industry: row.industry,
    unionMember: row.unionMember,
    isStudent: row.isStudent,
    school: row.school,
    schoolLevel: row.schoolLevel,
    coResident: row.coResident,
  };
}
