import { Type, type Static } from 'typebox';
import { Id, Nullable, PageQuery, Timestamp, StringEnum } from './common';

/** Calendar date, YYYY-MM-DD. */
export const DateOnly = Type.String({ format: 'date' });
/** Money in integer fen (分). */
export const Fen = Type.Integer({ minimum: 0, maximum: 100_000_000_000 });

export const CATEGORIES = ['deep', 'relative', 'accident', 'not_eligible'] as const; // 深度困难 相对困难 意外致困 不符合
export const Category = StringEnum([...CATEGORIES]);
export const FILE_STATUSES = ['temporary', 'formal', 'exited', 'cancelled'] as const; // 临时 正式 脱困 注销
export const FileStatus = StringEnum([...FILE_STATUSES]);
export type FileStatus = Static<typeof FileStatus>;
export const HouseholdType = StringEnum(['urban', 'migrant']); // 城镇困难职工 / 困难农民工
export const Origin = StringEnum(['existing', 'new', 'returned']); // 存量 增量 返困
/** National list of causes 1–10 (DOMAIN.md §2). */
export const Cause = Type.Integer({ minimum: 1, maximum: 10 });
export const EXIT_TYPES = ['out_of_hardship', 'relieved', 'death', 'retirement', 'moved', 'failed_verification', 'fraud'] as const;
export const ExitType = StringEnum([...EXIT_TYPES]); // 脱困 解困 死亡 退休 迁出 核查不实 骗取
export const Period = StringEnum(['monthly', 'annual', 'once']);
export const INCOME_TYPES = ['wages', 'business', 'pension', 'unemployment_benefit', 'support', 'compensation', 'interest_rent', 'gifts', 'union_aid', 'other'] as const;
export const IncomeType = StringEnum([...INCOME_TYPES]);
export const EXPENSE_TYPES = ['medical_self_pay', 'education', 'disability_care', 'accident_loss'] as const;
export const ExpenseType = StringEnum([...EXPENSE_TYPES]);
export const Relation = StringEnum(['head', 'spouse', 'child', 'parent', 'sibling', 'grandchild', 'grandparent', 'other']);
export const IdType = StringEnum(['resident', 'hk_macau_permit', 'taiwan_permit', 'foreign_permanent', 'other']);
export const WorkStatus = StringEnum(['employed', 'laid_off', 'unemployed', 'retired', 'sick_leave', 'early_retired', 'migrant_worker', 'none']);
export const Gender = StringEnum(['male', 'female']);

const Text = (max: number) => Type.String({ maxLength: max });
const Name = Type.String({ minLength: 1, maxLength: 50 });

/** Health and disability (sensitive): encrypted at rest, hidden unless revealed. */
export const HealthInput = Type.Object(
  {
    condition: Type.Optional(Text(200)),
    seriousIllness: Type.Optional(Type.Boolean()),
    disabilityType: Type.Optional(StringEnum(['none', 'visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'])),
    disabilityGrade: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
  },
  { additionalProperties: false },
);
export type HealthInput = Static<typeof HealthInput>;

export const PersonInput = Type.Object(
  {
    relation: Relation,
    name: Name,
    gender: Gender,
    ethnicity: Type.Optional(Text(20)),
    idType: Type.Optional(IdType),
    idNumber: Type.String({ minLength: 5, maxLength: 30 }),
    birthDate: Type.Optional(DateOnly),
    phone: Type.Optional(Type.String({ pattern: '^[0-9+\\- ]{5,20}$' })),
    address: Type.Optional(Text(200)),
    hukouType: Type.Optional(StringEnum(['urban', 'rural'])),
    maritalStatus: Type.Optional(StringEnum(['single', 'married', 'divorced', 'widowed'])),
    health: Type.Optional(HealthInput),
    medicalInsurance: Type.Optional(StringEnum(['employee', 'resident', 'none'])),
    modelWorkerLevel: Type.Optional(StringEnum(['none', 'national', 'provincial', 'city'])),
    workStatus: Type.Optional(WorkStatus),
    employer: Type.Optional(Text(100)),
    industry: Type.Optional(Text(50)),
    unionMember: Type.Optional(Type.Boolean()),
    isStudent: Type.Optional(Type.Boolean()),
    school: Type.Optional(Text(100)),
    schoolLevel: Type.Optional(StringEnum(['primary', 'junior', 'senior', 'vocational', 'university'])),
    coResident: Type.Optional(Type.Boolean({ default: true })),
  },
  { additionalProperties: false },
);
export type PersonInput = Static<typeof PersonInput>;
export const PersonPatch = Type.Partial(PersonInput, { additionalProperties: false, minProperties: 1 });
export type PersonPatch = Static<typeof PersonPatch>;

export const Person = Type.Object({
  id: Id,
  relation: Relation,
  name: Type.String(),
  gender: Gender,
  ethnicity: Nullable(Type.String()),
  idType: IdType,
  idNumberMasked: Type.String(),
  birthDate: DateOnly,
  age: Type.Integer(),
  phoneMasked: Nullable(Type.String()),
  address: Nullable(Type.String()),
  hukouType: Nullable(Type.String()),
  maritalStatus: Nullable(Type.String()),
  hasHealthRecord: Type.Boolean({ description: 'Health details exist; read them with the reveal call' }),
  ableBodied: Type.Boolean(),
  medicalInsurance: Nullable(Type.String()),
  modelWorkerLevel: Nullable(Type.String()),
  workStatus: WorkStatus,
  employer: Nullable(Type.String()),
  industry: Nullable(Type.String()),
  unionMember: Type.Boolean(),
  isStudent: Type.Boolean(),
  school: Nullable(Type.String()),
  schoolLevel: Nullable(Type.String()),
  coResident: Type.Boolean(),
});
export type Person = Static<typeof Person>;

export const IncomeInput = Type.Object(
  {
    personId: Type.Optional(Nullable(Id)),
    type: IncomeType,
    amountFen: Fen,
    period: Period,
    excluded: Type.Optional(Type.Boolean({ description: 'Left out of the income (e.g. small holiday gifts)' })),
    evidence: Type.Optional(Text(200)),
  },
  { additionalProperties: false },
);
export type IncomeInput = Static<typeof IncomeInput>;
export const Income = Type.Object({
  id: Id,
  personId: Nullable(Id),
  type: IncomeType,
  amountFen: Type.Integer(),
  period: Period,
  excluded: Type.Boolean(),
  evidence: Nullable(Type.String()),
});
export type Income = Static<typeof Income>;

export const ExpenseInput = Type.Object(
  { type: ExpenseType, amountFen: Fen, period: Period, evidence: Type.Optional(Text(200)) },
  { additionalProperties: false },
);
export type ExpenseInput = Static<typeof ExpenseInput>;
export const Expense = Type.Object({
  id: Id,
  type: ExpenseType,
  amountFen: Type.Integer(),
  period: Period,
  evidence: Nullable(Type.String()),
});
export type Expense = Static<typeof Expense>;

export const Exclusions = Type.Object(
  {
    multipleHomes: Type.Boolean(),
    ownsBusiness: Type.Boolean(),
    privateSchoolOrAbroad: Type.Boolean(),
    privateCar: Type.Boolean(),
    idleByChoice: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const MigrantInfo = Type.Object(
  {
    unionMember: Type.Boolean(),
    longTermResident: Type.Boolean(),
    employmentStart: Nullable(DateOnly),
  },
  { additionalProperties: false },
);

const householdFields = {
  householdType: HouseholdType,
  origin: Type.Optional(Origin),
  mainCause: Cause,
  secondaryCauses: Type.Optional(Type.Array(Cause, { maxItems: 3, uniqueItems: true })),
  housingType: Type.Optional(StringEnum(['owned', 'public_rental', 'private_rental', 'lodging', 'other'])),
  housingAreaM2: Type.Optional(Type.Number({ minimum: 0, maximum: 10_000 })),
  singleParent: Type.Optional(Type.Boolean()),
  zeroEmployment: Type.Optional(Type.Boolean()),
  onDibao: Type.Optional(Type.Boolean()),
  dibaoMonthlyFen: Type.Optional(Nullable(Fen)),
  bankName: Type.Optional(Nullable(Text(50))),
  bankCard: Type.Optional(Nullable(Type.String({ pattern: '^[0-9 ]{12,23}$' }))),
  exclusions: Type.Optional(Exclusions),
  migrant: Type.Optional(MigrantInfo),
  notes: Type.Optional(Text(1000)),
};

export const HardshipFileCreate = Type.Object(
  {
    orgId: Id,
    ...householdFields,
    members: Type.Array(PersonInput, { minItems: 1, maxItems: 20 }),
    incomes: Type.Optional(Type.Array(IncomeInput, { maxItems: 100 })),
    expenses: Type.Optional(Type.Array(ExpenseInput, { maxItems: 100 })),
  },
  { additionalProperties: false },
);
export type HardshipFileCreate = Static<typeof HardshipFileCreate>;

export const HardshipFileUpdate = Type.Object(
  {
    householdType: Type.Optional(HouseholdType),
    origin: householdFields.origin,
    mainCause: Type.Optional(Cause),
    secondaryCauses: householdFields.secondaryCauses,
    housingType: householdFields.housingType,
    housingAreaM2: householdFields.housingAreaM2,
    singleParent: householdFields.singleParent,
    zeroEmployment: householdFields.zeroEmployment,
    onDibao: householdFields.onDibao,
    dibaoMonthlyFen: householdFields.dibaoMonthlyFen,
    bankName: householdFields.bankName,
    bankCard: householdFields.bankCard,
    exclusions: householdFields.exclusions,
    migrant: householdFields.migrant,
    notes: householdFields.notes,
  },
  { additionalProperties: false, minProperties: 1 },
);
export type HardshipFileUpdate = Static<typeof HardshipFileUpdate>;

export const ClassificationWorking = Type.Object({
  proposed: Category,
  reasons: Type.Array(Type.String()),
  judgedOn: DateOnly,
  annualIncomeFen: Type.Integer(),
  imputedIncomeFen: Type.Integer(),
  imputedMembers: Type.Array(Type.String()),
  annualExpenseFen: Type.Integer(),
  householdSize: Type.Integer(),
  mpcnFen: Type.Integer(),
  standardMonthlyFen: Type.Integer(),
  relativeCeilingFen: Type.Integer(),
  accidentCostFen: Type.Integer(),
  accidentThresholdFen: Type.Integer(),
  suddenEvent: Type.Boolean(),
  standard: Type.Object({ id: Id, divisionCode: Type.String(), effectiveFrom: DateOnly, monthlyFen: Type.Integer() }),
  params: Type.Object({
    id: Id,
    divisionCode: Type.String(),
    year: Type.Integer(),
    relativeMultipleBp: Type.Integer(),
    accidentRatioBp: Type.Integer(),
    minimumWageMonthlyFen: Type.Integer(),
  }),
});
export type ClassificationWorking = Static<typeof ClassificationWorking>;

export const HardshipFileSummary = Type.Object({
  id: Id,
  fileNo: Type.String(),
  orgId: Id,
  orgName: Type.String(),
  status: FileStatus,
  category: Nullable(Category),
  proposedCategory: Nullable(Category),
  householdType: HouseholdType,
  origin: Origin,
  mainCause: Type.Integer(),
  headName: Type.String(),
  headIdMasked: Type.String(),
  householdSize: Type.Integer(),
  mpcnFen: Nullable(Type.Integer()),
  reviewDueOn: Nullable(DateOnly),
  lastReviewedOn: Nullable(DateOnly),
  updatedAt: Timestamp,
});
export type HardshipFileSummary = Static<typeof HardshipFileSummary>;

export const HardshipFile = Type.Object({
  ...HardshipFileSummary.properties,
  secondaryCauses: Type.Array(Type.Integer()),
  housingType: Nullable(Type.String()),
  housingAreaM2: Nullable(Type.Number()),
  singleParent: Type.Boolean(),
  zeroEmployment: Type.Boolean(),
  onDibao: Type.Boolean(),
  dibaoMonthlyFen: Nullable(Type.Integer()),
  bankName: Nullable(Type.String()),
  bankCardMasked: Nullable(Type.String()),
  exclusions: Exclusions,
  migrant: MigrantInfo,
  notes: Nullable(Type.String()),
  members: Type.Array(Person),
  incomes: Type.Array(Income),
  expenses: Type.Array(Expense),
  classification: Nullable(ClassificationWorking),
  categoryBasis: Nullable(ClassificationWorking),
  categoryConfirmedBy: Nullable(Type.String()),
  categoryConfirmedAt: Nullable(Timestamp),
  exitType: Nullable(ExitType),
  exitedOn: Nullable(DateOnly),
  exitEvidence: Nullable(Type.String()),
  previousFileId: Nullable(Id),
  createdAt: Timestamp,
  createdBy: Nullable(Type.String()),
});
export type HardshipFile = Static<typeof HardshipFile>;

export const FILE_SORTS = ['name', 'fileNo', 'updatedAt', 'reviewDue', 'mpcn'] as const;
export const HardshipFileQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'Name, pinyin, pinyin initials (zs → 张三) or file number' })),
    idTail: Type.Optional(Type.String({ pattern: '^[0-9Xx]{4}$', description: 'Last four characters of the head’s ID number' })),
    category: Type.Optional(Category),
    status: Type.Optional(FileStatus),
    mainCause: Type.Optional(Cause),
    householdType: Type.Optional(HouseholdType),
    orgId: Type.Optional(Id),
    reviewDueBefore: Type.Optional(DateOnly),
    neverHelped: Type.Optional(Type.Boolean({ description: 'Open files that never received aid (从未帮扶)' })),
    sort: Type.Optional(StringEnum([...FILE_SORTS], { description: 'Default: reviewDue (most overdue first) when reviewDueBefore is given — the order of a review worklist, and the one an index serves at a million files —, otherwise updatedAt (newest first)' })),
    order: Type.Optional(StringEnum(['asc', 'desc'])),
    withTotal: Type.Optional(Type.Boolean({ default: false })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type HardshipFileQuery = Static<typeof HardshipFileQuery>;
export const HardshipFilePage = Type.Object({
  items: Type.Array(HardshipFileSummary),
  nextCursor: Nullable(Type.String()),
  total: Type.Optional(Type.Object({ count: Type.Integer(), exact: Type.Boolean() })),
});

export const ConfirmCategory = Type.Object(
  { category: Category, note: Type.Optional(Text(500)) },
  { additionalProperties: false },
);
export const ExitBody = Type.Object(
  { exitType: ExitType, exitedOn: DateOnly, evidence: Type.String({ minLength: 2, maxLength: 1000 }) },
  { additionalProperties: false },
);
export const CancelBody = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 500 }) }, { additionalProperties: false });
export const RevealBody = Type.Object(
  { field: StringEnum(['idNumber', 'phone', 'bankCard', 'health']), personId: Type.Optional(Id) },
  { additionalProperties: false },
);
export const Revealed = Type.Object({ field: Type.String(), value: Type.Unknown() });

export const FileHistoryEntry = Type.Object({
  id: Type.String(),
  at: Timestamp,
  actorName: Type.String(),
  action: Type.String(),
  before: Nullable(Type.Record(Type.String(), Type.Unknown())),
  after: Nullable(Type.Record(Type.String(), Type.Unknown())),
});
export const FileHistory = Type.Object({ items: Type.Array(FileHistoryEntry) });

export const FilePartParams = Type.Object({ id: Id, partId: Id }, { additionalProperties: false });
export const SuspectedDuplicates = Type.Object({
  items: Type.Array(
    Type.Object({
      name: Type.String(),
      birthDate: DateOnly,
      files: Type.Array(Type.Object({ id: Id, fileNo: Type.String(), orgName: Type.String(), status: FileStatus })),
    }),
  ),
});
export type SuspectedDuplicates = Static<typeof SuspectedDuplicates>;
