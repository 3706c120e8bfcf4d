import type { HardshipFile, HardshipFileCreate, HardshipFileUpdate } from '@bangfu/shared/hardship-files';
import { newMember, toPersonInput, type MemberValues } from './member-values';
import { toExpenseInput, toIncomeInput, type ExpenseValues, type IncomeValues } from './part-values';

type Exclusions = HardshipFile['exclusions'];

/** What the create and edit forms hold. Money in fen (MoneyInput), dates as YYYY-MM-DD. */
export interface FileFormValues {
  orgId?: string;
  householdType?: HardshipFileCreate['householdType'];
  origin?: NonNullable<HardshipFileCreate['origin']>;
  mainCause?: number;
  secondaryCauses?: number[];
  housingType?: HardshipFileCreate['housingType'];
  housingAreaM2?: number | null;
  singleParent?: boolean;
  zeroEmployment?: boolean;
  onDibao?: boolean;
  dibaoMonthlyFen?: number | null;
  bankName?: string;
  bankCard?: string;
  exclusions?: Partial<Exclusions>;
  migrant?: { unionMember?: boolean; longTermResident?: boolean; employmentStart?: string };
  notes?: string;
  members?: MemberValues[];
  incomes?: IncomeValues[];
  expenses?: ExpenseValues[];
}

const NO_EXCLUSIONS: Exclusions = { multipleHomes: false, ownsBusiness: false, privateSchoolOrAbroad: false, privateCar: false, idleByChoice: false };

export const emptyFileForm = (orgId: string | undefined): FileFormValues => ({
  orgId,
  householdType: 'urban',
  origin: 'new',
  secondaryCauses: [],
  exclusions: NO_EXCLUSIONS,
  migrant: { unionMember: false, longTermResident: false },
  members: [newMember('head')],
  incomes: [],
  expenses: [],
});

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The household facts both forms send. */
function householdBody(values: FileFormValues) {
  const migrant = values.householdType === 'migrant';
  return {
    householdType: values.householdType ?? 'urban',
    origin: values.origin,
    mainCause: values.mainCause ?? 10,
    secondaryCauses: (values.secondaryCauses ?? []).filter((cause) => cause !== values.mainCause),
    housingType: values.housingType,
    housingAreaM2: values.housingAreaM2 ?? undefined,
    singleParent: values.singleParent ?? false,
    zeroEmployment: values.zeroEmployment ?? false,
    onDibao: values.onDibao ?? false,
    dibaoMonthlyFen: values.onDibao ? (values.dibaoMonthlyFen ?? null) : null,
    bankName: text(values.bankName) ?? null,
    exclusions: { ...NO_EXCLUSIONS, ...values.exclusions },
    ...(migrant
      ? {
          migrant: {
            unionMember: values.migrant?.unionMember ?? false,
            longTermResident: values.migrant?.longTermResident ?? false,
            employmentStart: values.migrant?.employmentStart || null,
          },
        }
      : {}),
    notes: text(values.notes),
  };
}

const dropUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export function toCreateBody(values: FileFormValues): HardshipFileCreate {
  return dropUndefined({
    orgId: values.orgId ?? '',
    ...householdBody(values),
    bankCard: text(values.bankCard) ?? null,
    members: (values.members ?? []).map(toPersonInput),
    incomes: (values.incomes ?? []).map((income) => toIncomeInput(income, false)),
    expenses: (values.expenses ?? []).map(toExpenseInput),
  });
}

/** The edit form's PATCH: the household facts; the bank card only when a new number was typed. */
export function toUpdateBody(values: FileFormValues): HardshipFileUpdate {
  const card = text(values.bankCard);
  return dropUndefined({ ...householdBody(values), ...(card ? { bankCard: card } : {}) });
}

export function fileToFormValues(file: HardshipFile): FileFormValues {
  return {
    orgId: file.orgId,
    householdType: file.householdType,
    origin: file.origin,
    mainCause: file.mainCause,
    secondaryCauses: file.secondaryCauses,
    housingType: (file.housingType ?? undefined) as FileFormValues['housingType'],
    housingAreaM2: file.housingAreaM2,
    singleParent: file.singleParent,
    zeroEmployment: file.zeroEmployment,
    onDibao: file.onDibao,
    dibaoMonthlyFen: file.dibaoMonthlyFen,
    bankName: file.bankName ?? undefined,
    exclusions: file.exclusions,
    migrant: { ...file.migrant, employmentStart: file.migrant.employmentStart ?? undefined },
    notes: file.notes ?? undefined,
  };
}
