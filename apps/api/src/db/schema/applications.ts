import { sql } from 'drizzle-orm';
import { bigint, boolean, char, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { hardshipFiles } from './hardship-files';
import { orgs } from './orgs';

/** An organisation's workflow settings; orgs without a row inherit their nearest ancestor's. */
export const workflowConfigs = pgTable('workflow_configs', {
  orgId: uuid()
    .primaryKey()
    .references(() => orgs.id),
  economicCheck: boolean().notNull(),
  noticePlacement: varchar({ length: 24 }).notNull(),
  noticeDays: smallint().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Amounts above a threshold need an approver at a given level; rules of every ancestor apply. */
export const approvalEscalations = pgTable('approval_escalations', {
  id: uuid().primaryKey().defaultRandom(),
  orgId: uuid()
    .notNull()
    .references(() => orgs.id),
  aidType: varchar({ length: 20 }).notNull(),
  overAmountFen: bigint({ mode: 'number' }).notNull(),
  requiredLevel: varchar({ length: 12 }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Caps per region, year, category and aid type ('any' matches all). */
export const aidCaps = pgTable(
  'aid_caps',
  {
    id: uuid().primaryKey().defaultRandom(),
    divisionCode: char({ length: 6 }).notNull(),
    year: smallint().notNull(),
    category: varchar({ length: 16 }).notNull(),
    aidType: varchar({ length: 20 }).notNull(),
    maxAmountFen: bigint({ mode: 'number' }),
    maxItems: integer(),
  },
  (t) => [uniqueIndex('aid_caps_uq').on(t.divisionCode, t.year, t.category, t.aidType)],
);

/** 申请: to file, to update a file, for an aid item, or for temporary aid. */
export const applications = pgTable(
  'applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationNo: varchar({ length: 32 }).notNull(),
    kind: varchar({ length: 16 }).notNull(),
    aidType: varchar({ length: 20 }),
    amountFen: bigint({ mode: 'number' }),
    reason: text().notNull(),
    channel: varchar({ length: 20 }),
    state: varchar({ length: 20 }).notNull(),
    /** The review steps in order, fixed when the application is submitted. */
    plan: jsonb().$type<string[]>().notNull(),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    fileId: uuid().references(() => hardshipFiles.id),
    /** Temporary aid without a file: the applicant, with the ID encrypted. */
    applicantName: varchar({ length: 50 }).notNull(),
    applicantIdEnc: text(),
    applicantIdHash: char({ length: 64 }),
    applicantPhoneEnc: text(),
    noticeBatchId: uuid(),
    aidRecordId: uuid(),
    /** Set when an aid campaign (送温暖, 金秋助学) created the application. */
    campaignId: uuid(),
    createdByName: varchar({ length: 100 }).notNull(),
    createdBy: uuid(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('applications_no_uq').on(t.applicationNo),
    index('applications_org_state_idx').on(t.orgId, t.state),
    index('applications_state_idx').on(t.state, t.updatedAt),
    index('applications_file_idx').on(t.fileId),
    index('applications_campaign_idx').on(t.campaignId),
  ],
);

/** The timeline: every step of every application (who, role, decision, opinion, when). */
export const applicationSteps = pgTable(
  'application_steps',
  {
    id: bigint({ mode: 'bigint' }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    actorName: varchar({ length: 100 }).notNull(),
    actorRole: varchar({ length: 30 }),
    actorOrg: varchar({ length: 100 }),
    step: varchar({ length: 20 }),
    action: varchar({ length: 30 }).notNull(),
    fromState: varchar({ length: 20 }),
    toState: varchar({ length: 20 }).notNull(),
    opinion: text(),
  },
  (t) => [index('application_steps_app_idx').on(t.applicationId, t.id)],
);

/** 入户核实 */
export const homeVisits = pgTable('home_visits', {
  id: uuid().primaryKey().defaultRandom(),
  applicationId: uuid()
    .notNull()
    .references(() => applications.id, { onDelete: 'cascade' }),
  visitedOn: date({ mode: 'string' }).notNull(),
  visitors: jsonb().$type<string[]>().notNull(),
  findings: text().notNull(),
  consentSigned: boolean().notNull(),
  attachmentIds: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  recordedByName: varchar({ length: 100 }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** 帮扶记录: created when an aid application is approved; the funds module pays it. */
export const aidRecords = pgTable(
  'aid_records',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id),
    fileId: uuid().references(() => hardshipFiles.id),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    aidType: varchar({ length: 20 }).notNull(),
    category: varchar({ length: 16 }),
    amountFen: bigint({ mode: 'number' }).notNull(),
    year: smallint().notNull(),
    /** approved (waiting to be paid) → booked → paid; failed (waits again); returned to the approver; cancelled. */
    status: varchar({ length: 16 }).notNull(),
    campaignId: uuid(),
    ...timestamps,
  },
  (t) => [
    index('aid_records_file_year_idx').on(t.fileId, t.year, t.aidType),
    uniqueIndex('aid_records_application_uq').on(t.applicationId),
    index('aid_records_status_org_idx').on(t.status, t.orgId),
    index('aid_records_campaign_idx').on(t.campaignId),
  ],
);

/** 公示批次 */
export const noticeBatches = pgTable(
  'notice_batches',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    title: varchar({ length: 100 }).notNull(),
    state: varchar({ length: 12 }).notNull(),
    windowDays: smallint().notNull(),
    objectionContact: varchar({ length: 300 }).notNull(),
    publicToken: varchar({ length: 64 }),
    publishedAt: timestamp({ withTimezone: true }),
    closesAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdByName: varchar({ length: 100 }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('notice_batches_token_uq').on(t.publicToken), index('notice_batches_org_idx').on(t.orgId, t.createdAt)],
);

/** One line of a notice: the masked, minimal facts, frozen when added. */
export const noticeItems = pgTable(
  'notice_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    batchId: uuid()
      .notNull()
      .references(() => noticeBatches.id, { onDelete: 'cascade' }),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id),
    /**
     * The application's union (applications.org_id), kept on the line so a batch of 100,000 pages by unit
     * and by the caller's subtree without a join per line. No foreign key: the application holds one, and a
     * campaign inserts its lines in one statement where a key check per line would lock the org rows.
     */
    orgId: uuid().notNull(),
    maskedName: varchar({ length: 50 }).notNull(),
    unit: varchar({ length: 100 }).notNull(),
    category: varchar({ length: 16 }),
    aidType: varchar({ length: 20 }),
    amountFen: bigint({ mode: 'number' }),
    state: varchar({ length: 12 }).notNull(),
    position: integer().notNull(),
  },
  (t) => [
    index('notice_items_batch_idx').on(t.batchId, t.position),
    index('notice_items_batch_org_idx').on(t.batchId, t.orgId, t.position),
    index('notice_items_app_idx').on(t.applicationId),
  ],
);

/** 异议: anyone may object during the window; each gets a written ruling. */
export const objections = pgTable(
  'objections',
  {
    id: uuid().primaryKey().defaultRandom(),
    batchId: uuid()
      .notNull()
      .references(() => noticeBatches.id, { onDelete: 'cascade' }),
    itemId: uuid().references(() => noticeItems.id),
    content: text().notNull(),
    contact: varchar({ length: 100 }),
    ipHash: char({ length: 64 }),
    outcome: varchar({ length: 12 }),
    ruling: text(),
    ruledByName: varchar({ length: 100 }),
    ruledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('objections_batch_idx').on(t.batchId, t.createdAt)],
);
