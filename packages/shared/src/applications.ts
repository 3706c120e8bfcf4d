import { Type, type Static } from 'typebox';
import { Id, Nullable, PageQuery, Timestamp, StringEnum } from './common';

const DateOnly = Type.String({ format: 'date' });
const Fen = Type.Integer({ minimum: 0, maximum: 100_000_000_000 });

/** 帮扶类型 (DOMAIN.md §2). */
export const AID_TYPES = ['living', 'medical', 'education', 'training', 'job_referral', 'legal_aid', 'sending_warmth', 'temporary'] as const;
export const AidType = StringEnum([...AID_TYPES]);
export type AidType = Static<typeof AidType>;

/** What is applied for: a new file, a file update, an aid item, or temporary aid (临时救助). */
export const APPLICATION_KINDS = ['new_file', 'file_update', 'aid', 'temporary_aid'] as const;
export const ApplicationKind = StringEnum([...APPLICATION_KINDS]);
export type ApplicationKind = Static<typeof ApplicationKind>;

/** The review steps an organisation's workflow is made of; their order comes from its configuration. */
export const REVIEW_STEPS = ['grassroots_review', 'home_visit', 'economic_check', 'notice', 'recheck', 'upper_review', 'approval'] as const;
export const ReviewStep = StringEnum([...REVIEW_STEPS]);
export type ReviewStep = Static<typeof ReviewStep>;

/**
 * States (DOMAIN.md §4): draft; one of the review steps while it waits there; then approved →
 * disbursing → disbursed → closed; or returned (退回补正), rejected, withdrawn.
 */
export const APPLICATION_STATES = ['draft', ...REVIEW_STEPS, 'approved', 'disbursing', 'disbursed', 'closed', 'returned', 'rejected', 'withdrawn'] as const;
export const ApplicationState = StringEnum([...APPLICATION_STATES]);
export type ApplicationState = Static<typeof ApplicationState>;

export const Decision = StringEnum(['pass', 'return', 'reject']);
export type Decision = Static<typeof Decision>;

/** Where the public notice comes: before upper review, or after approval as a list of recipients. */
export const WorkflowConfig = Type.Object({
  orgId: Id,
  inheritedFrom: Nullable(Id),
  economicCheck: Type.Boolean(),
  noticePlacement: StringEnum(['before_upper_review', 'after_approval']),
  noticeDays: Type.Integer({ minimum: 1, maximum: 60 }),
  steps: Type.Array(ReviewStep),
});
export type WorkflowConfig = Static<typeof WorkflowConfig>;
export const WorkflowConfigInput = Type.Object(
  {
    economicCheck: Type.Boolean(),
    noticePlacement: StringEnum(['before_upper_review', 'after_approval']),
    noticeDays: Type.Integer({ minimum: 1, maximum: 60 }),
  },
  { additionalProperties: false },
);
export type WorkflowConfigInput = Static<typeof WorkflowConfigInput>;

export const TemporaryApplicant = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50 }),
    idNumber: Type.String({ minLength: 5, maxLength: 30 }),
    gender: StringEnum(['male', 'female']),
    phone: Type.Optional(Type.String({ pattern: '^[0-9+\\- ]{5,20}$' })),
    selfCaused: Type.Optional(Type.Boolean({ description: 'Gambling, drugs, fights: excluded from temporary aid' })),
  },
  { additionalProperties: false },
);

export const ApplicationCreate = Type.Object(
  {
    kind: ApplicationKind,
    fileId: Type.Optional(Id),
    orgId: Type.Optional(Id),
    aidType: Type.Optional(AidType),
    amountFen: Type.Optional(Fen),
    reason: Type.String({ minLength: 2, maxLength: 2000 }),
    channel: Type.Optional(StringEnum(['walk_in', 'phone', 'letter', 'online', 'hotline_12351', 'referral'])),
    applicant: Type.Optional(TemporaryApplicant),
  },
  { additionalProperties: false },
);
export type ApplicationCreate = Static<typeof ApplicationCreate>;

export const ApplicationUpdate = Type.Object(
  {
    amountFen: Type.Optional(Fen),
    reason: Type.Optional(Type.String({ minLength: 2, maxLength: 2000 })),
    channel: Type.Optional(StringEnum(['walk_in', 'phone', 'letter', 'online', 'hotline_12351', 'referral'])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ApplicationUpdate = Static<typeof ApplicationUpdate>;

export const StepEntry = Type.Object({
  id: Type.String(),
  at: Timestamp,
  actorName: Type.String(),
  actorRole: Nullable(Type.String()),
  actorOrg: Nullable(Type.String()),
  step: Nullable(Type.String()),
  action: Type.String({ description: 'create, submit, pass, return, reject, withdraw, resubmit, visit, notice_added, notice_cleared, objection_sustained, …' }),
  fromState: Nullable(Type.String()),
  toState: Type.String(),
  opinion: Nullable(Type.String()),
});
export type StepEntry = Static<typeof StepEntry>;

export const HomeVisit = Type.Object({
  id: Id,
  visitedOn: DateOnly,
  visitors: Type.Array(Type.String()),
  findings: Type.String(),
  consentSigned: Type.Boolean(),
  attachmentIds: Type.Array(Id),
  recordedBy: Type.String(),
  createdAt: Timestamp,
});
export type HomeVisit = Static<typeof HomeVisit>;
export const HomeVisitInput = Type.Object(
  {
    visitedOn: DateOnly,
    visitors: Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { minItems: 1, maxItems: 10 }),
    findings: Type.String({ minLength: 2, maxLength: 4000 }),
    consentSigned: Type.Boolean({ description: '家庭经济状况核对授权委托书 signed; required before the notice' }),
    attachmentIds: Type.Optional(Type.Array(Id, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type HomeVisitInput = Static<typeof HomeVisitInput>;

export const ApplicationSummary = Type.Object({
  id: Id,
  applicationNo: Type.String(),
  kind: ApplicationKind,
  aidType: Nullable(AidType),
  amountFen: Nullable(Type.Integer()),
  state: ApplicationState,
  orgId: Id,
  orgName: Type.String(),
  fileId: Nullable(Id),
  fileNo: Nullable(Type.String()),
  applicantName: Type.String(),
  category: Nullable(Type.String()),
  noticeBatchId: Nullable(Id),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ApplicationSummary = Static<typeof ApplicationSummary>;

export const Application = Type.Object({
  ...ApplicationSummary.properties,
  reason: Type.String(),
  channel: Nullable(Type.String()),
  plan: Type.Array(ReviewStep),
  createdBy: Type.String(),
  aidRecordId: Nullable(Id),
  homeVisits: Type.Array(HomeVisit),
  timeline: Type.Array(StepEntry),
  /** What the caller may do now, for the buttons. */
  allowedActions: Type.Array(Type.String()),
});
export type Application = Static<typeof Application>;

export const DecisionBody = Type.Object(
  {
    decision: Decision,
    step: Type.Optional(StringEnum(['grassroots_review', 'home_visit', 'economic_check', 'recheck', 'upper_review', 'approval'], { description: 'The step the caller means to decide; refused if it is not the current one' })),
    opinion: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;
export const OpinionBody = Type.Object({ opinion: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false });

export const ApplicationQuery = Type.Object(
  {
    state: Type.Optional(ApplicationState),
    kind: Type.Optional(ApplicationKind),
    aidType: Type.Optional(AidType),
    fileId: Type.Optional(Id),
    orgId: Type.Optional(Type.String({ format: 'uuid', description: 'Only applications of this organisation and its subtree (inside my own)' })),
    notInBatch: Type.Optional(Type.Boolean({ description: 'true: only those waiting at the notice step and not yet in a notice batch (the candidates for a new batch)' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ApplicationQuery = Static<typeof ApplicationQuery>;
export const ApplicationPage = Type.Object({ items: Type.Array(ApplicationSummary), nextCursor: Nullable(Type.String()) });

/** 待办: what waits for the caller now; the items newest activity first, a page at a time. */
export const InboxQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export type InboxQuery = Static<typeof InboxQuery>;
export const Inbox = Type.Object({
  counts: Type.Record(Type.String(), Type.Integer()),
  total: Type.Integer(),
  items: Type.Array(Type.Object({ ...ApplicationSummary.properties, waitingFor: Type.String() })),
  nextCursor: Nullable(Type.String({ description: 'Pass back as cursor for the next page; null on the last' })),
});
export type Inbox = Static<typeof Inbox>;

/** Caps (DOMAIN.md §6): per region, year, category and aid type. */
export const AidCapInput = Type.Object(
  {
    divisionCode: Type.String({ pattern: '^[1-9][0-9]{5}$' }),
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    category: StringEnum(['deep', 'relative', 'accident', 'any']),
    aidType: Type.Union([AidType, Type.Literal('any')]),
    maxAmountFen: Type.Union([Fen, Type.Null()]),
    maxItems: Type.Union([Type.Integer({ minimum: 0, maximum: 1000 }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type AidCapInput = Static<typeof AidCapInput>;
export const AidCap = Type.Object({ id: Id, ...AidCapInput.properties });
export type AidCap = Static<typeof AidCap>;
export const AidCapList = Type.Object({ items: Type.Array(AidCap) });

/** Amounts above a threshold need an approver at a higher level (e.g. medical aid over 20,000 yuan: province). */
export const EscalationInput = Type.Object(
  {
    aidType: Type.Union([AidType, Type.Literal('any')]),
    overAmountFen: Fen,
    requiredLevel: StringEnum(['national', 'province', 'city', 'county']),
  },
  { additionalProperties: false },
);
export type EscalationInput = Static<typeof EscalationInput>;
export const Escalation = Type.Object({ id: Id, orgId: Id, ...EscalationInput.properties });
export const EscalationList = Type.Object({ items: Type.Array(Escalation) });
