import { checkCharacter } from '@bangfu/shared/id-number';

/** A checksum-valid resident ID in `division` (pick one no demo household or other test uses). */
export function testIdNumber(division: string, birth: string, sequence: string): string {
  const first17 = `${division}${birth}${sequence}`;
  return first17 + checkCharacter(first17);
}

/** Head and spouse of a test household, and the card aid is paid to. */
export interface TestCouple {
  head: string;
  headId: string;
  spouse: string;
  spouseId: string;
  card: string;
}

/**
 * The body of POST /api/v1/hardship-files for a worker couple with a serious illness (尿毒症) and its
 * medical costs: the rules propose deep hardship (深度困难).
 */
export const illHousehold = (orgId: string, h: TestCouple) => ({
  orgId,
  householdType: 'urban',
  mainCause: 6,
  members: [
    { relation: 'head', name: h.head, gender: 'male', idNumber: h.headId, workStatus: 'employed', phone: '13800138000', health: { seriousIllness: true, condition: '尿毒症' } },
    { relation: 'spouse', name: h.spouse, gender: 'female', idNumber: h.spouseId, workStatus: 'employed' },
  ],
  incomes: [{ type: 'wages', amountFen: 150_000, period: 'monthly' }],
  expenses: [{ type: 'medical_self_pay', amountFen: 1_200_000, period: 'annual' }],
  bankName: '中国工商银行',
  bankCard: h.card,
});
