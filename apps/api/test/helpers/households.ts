import { checkCharacter } from '@bangfu/shared/id-number';

/** A checksum-valid resident ID number: division, birth date YYYYMMDD, 3-digit sequence (odd = male). */
export function makeId(division: string, birth: string, seq: number): string {
  const first17 = `${division}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

let counter = 100;
/** A fresh sequence number, odd for men and even for women, so IDs never collide between tests. */
export function nextSeq(gender: 'male' | 'female'): number {
  counter += 1;
  if ((counter % 2 === 1) !== (gender === 'male')) counter += 1;
  return counter % 1000;
}

export function person(name: string, gender: 'male' | 'female', birth: string, extra: Record<string, unknown> = {}) {
  return {
    relation: 'head',
    name,
    gender,
    idNumber: makeId('440305', birth.replace(/-/g, ''), nextSeq(gender)),
    workStatus: 'employed',
    ...extra,
  };
}

/** A household of a head and a spouse in an urban worker family, with an income and an expense. */
export function householdBody(orgId: string, overrides: Record<string, unknown> = {}) {
  return {
    orgId,
    householdType: 'urban',
    mainCause: 6,
    members: [
      person('张三', 'male', '1978-05-12', { phone: '13800138000', health: { seriousIllness: true, condition: '尿毒症' } }),
      person('李梅', 'female', '1980-03-02', { relation: 'spouse', workStatus: 'employed' }),
    ],
    incomes: [{ type: 'wages', amountFen: 150_000, period: 'monthly' }],
    expenses: [{ type: 'medical_self_pay', amountFen: 1_200_000, period: 'annual' }],
    bankName: '中国工商银行',
    bankCard: '6222021234567890123',
    ...overrides,
  };
}
