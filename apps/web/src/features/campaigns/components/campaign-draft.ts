import type { AidType } from '@bangfu/shared/applications';
import { DEFAULT_CAMPAIGN_AID_TYPE, SCHOOL_LEVELS, type AidCampaign, type CampaignAmounts, type CampaignCreate, type CampaignKind, type CampaignProgress, type CampaignState, type SchoolLevel } from '@bangfu/shared/aid-campaigns';

export type Category = 'deep' | 'relative' | 'accident';

/** What the rule form holds: money in fen (MoneyInput), levels and categories as lists. */
export interface RuleValues {
  kind: CampaignKind;
  name: string;
  year: number;
  orgId: string;
  aidType?: AidType;
  categories?: Category[];
  householdTypes?: ('urban' | 'migrant')[];
  studentLevels?: SchoolLevel[];
  subOrgId?: string | null;
  excludeFundedInYear: boolean;
  perHouseholdFen?: number | null;
  perStudentFen?: Partial<Record<SchoolLevel, number | null>>;
  perStudent?: boolean;
  accountId?: string | null;
}

/** Local examples of DOMAIN.md §6, only to prefill the form (every amount is a parameter the user sets). */
export const SUGGESTED_AMOUNTS = {
  sendingWarmthFen: 300_000,
  perStudentFen: { university: 500_000, senior: 300_000, vocational: 300_000 } as Partial<Record<SchoolLevel, number>>,
};

/** Whether a kind prices per student (金秋助学) or per household (送温暖, custom). */
export const pricesStudents = (kind: CampaignKind | undefined, levels: readonly SchoolLevel[] | undefined): boolean =>
  kind === 'golden_autumn' || (kind === 'custom' && (levels?.length ?? 0) > 0);

/** The form's starting values for a kind. */
export function initialRule(kind: CampaignKind, year: number, orgId: string, name: string): RuleValues {
  return {
    kind,
    name,
    year,
    orgId,
    excludeFundedInYear: true,
    categories: undefined,
    householdTypes: undefined,
    studentLevels: kind === 'golden_autumn' ? ['senior', 'vocational', 'university'] : undefined,
    perHouseholdFen: kind === 'golden_autumn' ? undefined : SUGGESTED_AMOUNTS.sendingWarmthFen,
    perStudentFen: kind === 'golden_autumn' ? { ...SUGGESTED_AMOUNTS.perStudentFen } : undefined,
    perStudent: false,
  };
}

const nonEmpty = <T>(list: readonly T[] | undefined): T[] | undefined => (list && list.length > 0 ? [...list] : undefined);

/** The amounts the API takes: per household, or per student by level (only the levels priced above zero). */
export function amountsOf(values: RuleValues): CampaignAmounts {
  if (!pricesStudents(values.kind, values.studentLevels)) return { perHouseholdFen: values.perHouseholdFen ?? undefined };
  const perStudentFen: Partial<Record<SchoolLevel, number>> = {};
  for (const level of SCHOOL_LEVELS) {
    const fen = values.perStudentFen?.[level];
    if (typeof fen === 'number' && Number.isFinite(fen) && fen > 0 && (!values.studentLevels?.length || values.studentLevels.includes(level))) perStudentFen[level] = fen;
  }
  return { perStudentFen, perStudent: values.perStudent ?? false };
}

/** Form values → the body of POST /aid-campaigns (and, without name and account, of /preview). */
export function toCampaignCreate(values: RuleValues): CampaignCreate {
  return {
    orgId: values.orgId,
    kind: values.kind,
    year: values.year,
    name: values.name.trim(),
    ...(values.aidType ? { aidType: values.aidType } : {}),
    ...(values.accountId ? { accountId: values.accountId } : {}),
    rule: {
      ...(nonEmpty(values.categories) ? { categories: nonEmpty(values.categories) } : {}),
      ...(nonEmpty(values.householdTypes) ? { householdTypes: nonEmpty(values.householdTypes) } : {}),
      ...(nonEmpty(values.studentLevels) ? { studentLevels: nonEmpty(values.studentLevels) } : {}),
      ...(values.subOrgId ? { subOrgId: values.subOrgId } : {}),
      excludeFundedInYear: values.excludeFundedInYear,
    },
    amounts: amountsOf(values),
  };
}

/** The aid type the campaign books under when the form leaves it empty. */
export function aidTypeOf(kind: CampaignKind, chosen?: AidType): AidType | undefined {
  if (chosen) return chosen;
  return kind === 'custom' ? undefined : DEFAULT_CAMPAIGN_AID_TYPE[kind];
}

/** The wizard's step (0 rule, 1 list, 2 notice, 3 payment, 4 done) a campaign in this state stands at. */
export function stepOf(state: CampaignState): number {
  switch (state) {
    case 'draft':
      return 1;
    case 'selected':
      return 2;
    case 'in_notice':
      return 2;
    case 'noticed':
    case 'paying':
      return 3;
    case 'paid':
      return 4;
    case 'cancelled':
      return 0;
  }
}

/** A running payment's progress in percent (0 until the total is known). */
export function progressPercent(progress: Pick<CampaignProgress, 'step' | 'done' | 'total'> | null): number {
  if (!progress || progress.total <= 0) return 0;
  return Math.min(100, Math.floor((progress.done / progress.total) * 100));
}

/** The default notice title: "2026年春节送温暖帮扶对象公示". */
export const defaultNoticeTitle = (campaign: Pick<AidCampaign, 'name'>) => `${campaign.name}帮扶对象公示`;
