import { Type, type Static } from 'typebox';
import { AidType } from './applications';
import { Id, Nullable, PageQuery, Timestamp, StringEnum } from './common';

const PositiveFen = Type.Integer({ minimum: 1, maximum: 100_000_000_000 });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

/** 送温暖 (New Year / Spring Festival visits), 金秋助学 (autumn student aid), or a custom campaign. */
export const CAMPAIGN_KINDS = ['sending_warmth', 'golden_autumn', 'custom'] as const;
export const CampaignKind = StringEnum([...CAMPAIGN_KINDS]);
export type CampaignKind = Static<typeof CampaignKind>;

/** The aid type each kind books under when none is given. */
export const DEFAULT_CAMPAIGN_AID_TYPE = { sending_warmth: 'sending_warmth', golden_autumn: 'education' } as const;

/**
 * draft → selected (households materialised) → in_notice (one notice batch, published) → noticed (the
 * batch closed) → paying → paid; cancelled from any state before paying.
 */
export const CAMPAIGN_STATES = ['draft', 'selected', 'in_notice', 'noticed', 'paying', 'paid', 'cancelled'] as const;
export const CampaignState = StringEnum([...CAMPAIGN_STATES]);
export type CampaignState = Static<typeof CampaignState>;

/** persons.school_level (the hardship-file member's school level). */
export const SCHOOL_LEVELS = ['primary', 'junior', 'senior', 'vocational', 'university'] as const;
export const SchoolLevel = StringEnum([...SCHOOL_LEVELS]);
export type SchoolLevel = Static<typeof SchoolLevel>;

/** Hardship categories a campaign may pick (not_eligible files are never picked). */
export const CampaignCategory = StringEnum(['deep', 'relative', 'accident']);

/** Which households a campaign picks. Every filter is optional; absent means "any". */
export const CampaignRule = Type.Object(
  {
    categories: Type.Optional(Type.Array(CampaignCategory, { minItems: 1, uniqueItems: true, description: 'Hardship categories; default: all eligible ones' })),
    householdTypes: Type.Optional(Type.Array(StringEnum(['urban', 'migrant']), { minItems: 1, uniqueItems: true })),
    studentLevels: Type.Optional(
      Type.Array(SchoolLevel, { minItems: 1, uniqueItems: true, description: 'Only households with a student at one of these levels (per-student amounts default to the levels they price)' }),
    ),
    subOrgId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'A subtree inside the campaign org; default the whole campaign org' })),
    excludeFundedInYear: Type.Optional(
      Type.Boolean({ description: 'Leave out households with an aid record of this aid type in the campaign year, or in another live campaign of that year and aid type (default true: no double funding; false for a second round)' }),
    ),
  },
  { additionalProperties: false },
);
export type CampaignRule = Static<typeof CampaignRule>;

/** Amounts per household (送温暖) or per student by school level (金秋助学). Parameters, never constants. */
export const CampaignAmounts = Type.Object(
  {
    perHouseholdFen: Type.Optional(PositiveFen),
    perStudentFen: Type.Optional(
      Type.Object(
        {
          primary: Type.Optional(PositiveFen),
          junior: Type.Optional(PositiveFen),
          senior: Type.Optional(PositiveFen),
          vocational: Type.Optional(PositiveFen),
          university: Type.Optional(PositiveFen),
        },
        { additionalProperties: false, minProperties: 1 },
      ),
    ),
    perStudent: Type.Optional(Type.Boolean({ description: 'true: every student counts; false (default): one amount per household, its highest level' })),
  },
  { additionalProperties: false },
);
export type CampaignAmounts = Static<typeof CampaignAmounts>;

/** What a preview needs: the rule, the amounts and where and when. */
export const CampaignDraft = Type.Object(
  {
    orgId: Id,
    kind: CampaignKind,
    year: Year,
    aidType: Type.Optional(AidType),
    rule: CampaignRule,
    amounts: CampaignAmounts,
  },
  { additionalProperties: false },
);
export type CampaignDraft = Static<typeof CampaignDraft>;

export const CampaignCreate = Type.Object(
  {
    ...CampaignDraft.properties,
    name: Type.String({ minLength: 2, maxLength: 100 }),
    accountId: Type.Optional(Type.Union([Id, Type.Null()], { description: "The special account paying; default the campaign org's own" })),
  },
  { additionalProperties: false },
);
export type CampaignCreate = Static<typeof CampaignCreate>;

const Tally = { households: Type.Integer(), totalFen: Type.Integer() };
export const CampaignPreview = Type.Object({
  orgId: Id,
  scopeOrgId: Id,
  year: Type.Integer(),
  aidType: AidType,
  households: Type.Integer(),
  students: Nullable(Type.Integer({ description: 'Students counted (per-student campaigns)' })),
  totalFen: Type.Integer(),
  /** By the households' own org. */
  byOrg: Type.Array(Type.Object({ orgId: Id, orgName: Type.String(), ...Tally })),
  /** Rolled up to the campaign org's direct children (the campaign org itself for households filed there). */
  byChild: Type.Array(Type.Object({ orgId: Id, orgName: Type.String(), ...Tally })),
  /** By the amount rule each household fell under (e.g. university, 每户). */
  byRule: Type.Array(Type.Object({ ruleLabel: Type.String(), ...Tally })),
  excluded: Type.Object({
    notFormal: Type.Integer({ description: 'Matched the rule but the file is not formal (temporary, exited, cancelled)' }),
    alreadyInCampaign: Type.Integer(),
    fundedThisYear: Type.Integer(),
    overCap: Type.Integer({ description: 'The amount would exceed a yearly cap (aid_caps)' }),
  }),
  account: Nullable(Type.Object({ id: Id, balanceFen: Type.Integer(), sufficient: Type.Boolean(), shortfallFen: Type.Integer() })),
});
export type CampaignPreview = Static<typeof CampaignPreview>;

/**
 * A running batch payment, as its process last reported it (read from any API process): the step
 * (`starting`, `preparing`, `ledger`, `payments`, `records`) and what is done of how much.
 */
export const CampaignProgress = Type.Object({
  step: Type.String(),
  done: Type.Integer(),
  total: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time', description: 'When the process running the payment last reported; while it lives it reports every few seconds, even when nothing moved' }),
  stale: Type.Boolean({ description: 'No report for 30 seconds: the process running the payment has probably died; paying again takes the run over' }),
});
export type CampaignProgress = Static<typeof CampaignProgress>;
export const CampaignError = Type.Object({ code: Type.String(), detail: Type.String(), at: Timestamp });

/** Where the campaign's households stand (from their applications, aid records and payments). */
export const CampaignCounts = Type.Object({
  selected: Type.Integer(),
  inNotice: Type.Integer(),
  recheck: Type.Integer({ description: 'Sent to recheck by a sustained objection: dropped from the batch payment' }),
  approved: Type.Integer({ description: 'Approved, waiting to be paid' }),
  paid: Type.Integer({ description: 'Booked in the batch payment (or later)' }),
  paidFen: Type.Integer(),
  withdrawn: Type.Integer(),
});

export const CampaignPayResult = Type.Object({
  bankBatchId: Id,
  batchNo: Type.String(),
  source: Type.String(),
  payments: Type.Integer(),
  totalFen: Type.Integer(),
  /** Approved households without a bank card: left out of the bank batch, they stay in the payment queue for cash or in kind. */
  withoutBankCard: Type.Integer(),
  /** Approved households one more payment would take over a yearly cap (counted over what is booked or paid): left in the queue too. */
  overCap: Type.Integer(),
  seconds: Type.Number({ description: 'How long the booking took' }),
});

export const AidCampaign = Type.Object({
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  accountId: Nullable(Id),
  name: Type.String(),
  kind: CampaignKind,
  year: Type.Integer(),
  aidType: AidType,
  rule: CampaignRule,
  amounts: CampaignAmounts,
  state: CampaignState,
  noticeBatchId: Nullable(Id),
  selectedCount: Type.Integer(),
  totalFen: Type.Integer(),
  counts: Nullable(CampaignCounts),
  /** While `paying`: the batch payment's progress, whichever process runs it; null otherwise (or when no process reports on the run). */
  progress: Nullable(CampaignProgress),
  lastError: Nullable(CampaignError),
  payResult: Nullable(CampaignPayResult),
  createdBy: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AidCampaign = Static<typeof AidCampaign>;

export const AidCampaignQuery = Type.Object(
  { year: Type.Optional(Year), state: Type.Optional(CampaignState), kind: Type.Optional(CampaignKind), ...PageQuery },
  { additionalProperties: false },
);
export type AidCampaignQuery = Static<typeof AidCampaignQuery>;
export const AidCampaignPage = Type.Object({ items: Type.Array(Type.Omit(AidCampaign, ['counts'])), nextCursor: Nullable(Type.String()) });

export const CampaignNoticeInput = Type.Object(
  {
    title: Type.String({ minLength: 2, maxLength: 100 }),
    objectionContact: Type.String({ minLength: 2, maxLength: 300, description: 'How to object: phone, address, mailbox' }),
    windowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, description: "Default: the campaign org's workflow notice days" })),
  },
  { additionalProperties: false },
);
export type CampaignNoticeInput = Static<typeof CampaignNoticeInput>;

export const CampaignCancelInput = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 500 }) }, { additionalProperties: false });
export type CampaignCancelInput = Static<typeof CampaignCancelInput>;

export const CAMPAIGN_HOUSEHOLD_STATUSES = ['selected', 'in_notice', 'recheck', 'approved', 'paid', 'withdrawn', 'other'] as const;
export const CampaignHouseholdStatus = StringEnum([...CAMPAIGN_HOUSEHOLD_STATUSES]);

export const CampaignHousehold = Type.Object({
  fileId: Id,
  fileNo: Type.String(),
  maskedName: Type.String(),
  orgId: Id,
  orgName: Type.String(),
  category: Nullable(Type.String()),
  amountFen: Type.Integer(),
  ruleLabel: Type.String(),
  applicationId: Nullable(Id),
  applicationState: Nullable(Type.String()),
  aidRecordStatus: Nullable(Type.String()),
  status: CampaignHouseholdStatus,
});
export type CampaignHousehold = Static<typeof CampaignHousehold>;

export const CampaignHouseholdQuery = Type.Object(
  {
    orgId: Type.Optional(Type.String({ format: 'uuid', description: "Only households in this org's subtree" })),
    status: Type.Optional(CampaignHouseholdStatus),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type CampaignHouseholdQuery = Static<typeof CampaignHouseholdQuery>;
export const CampaignHouseholdPage = Type.Object({ items: Type.Array(CampaignHousehold), nextCursor: Nullable(Type.String()) });
