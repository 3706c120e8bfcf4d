import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  char,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});
import { orgs } from './orgs';
import { users } from './users';

/** 困难职工档案: one per household. Searchable columns of the head are kept on the file. */
export const hardshipFiles = pgTable(
  'hardship_files',
  {
    id: uuid().primaryKey().defaultRandom(),
    fileNo: varchar({ length: 32 }).notNull(),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    status: varchar({ length: 16 }).notNull(),
    category: varchar({ length: 16 }),
    proposedCategory: varchar({ length: 16 }),
    householdType: varchar({ length: 16 }).notNull(),
    origin: varchar({ length: 16 }).notNull(),
    mainCause: smallint().notNull(),
    secondaryCauses: smallint().array().notNull().default(sql`'{}'::smallint[]`),
    housingType: varchar({ length: 20 }),
    housingAreaM2: doublePrecision(),
    singleParent: boolean().notNull().default(false),
    zeroEmployment: boolean().notNull().default(false),
    onDibao: boolean().notNull().default(false),
    dibaoMonthlyFen: bigint({ mode: 'number' }),
    bankName: varchar({ length: 50 }),
    /** Encrypted (AES-256-GCM) bank card number. */
    bankCardEnc: text(),
    bankCardMasked: varchar({ length: 30 }),
    exclusions: jsonb().$type<Record<string, boolean>>().notNull(),
    migrant: jsonb().$type<{ unionMember: boolean; longTermResident: boolean; employmentStart: string | null }>().notNull(),
    notes: text(),
    headName: varchar({ length: 50 }).notNull(),
    headNamePinyin: varchar({ length: 200 }).notNull(),
    headNameInitials: varchar({ length: 50 }).notNull(),
    headIdLast4: char({ length: 4 }).notNull(),
    headIdMasked: varchar({ length: 30 }).notNull(),
    householdSize: smallint().notNull(),
    mpcnFen: bigint({ mode: 'number' }).notNull(),
    classification: jsonb().$type<Record<string, unknown>>(),
    /** The working (figures, standard, parameters) the confirmed category was judged on. */
    categoryBasis: jsonb().$type<Record<string, unknown>>(),
    categoryConfirmedBy: varchar({ length: 100 }),
    categoryConfirmedAt: timestamp({ withTimezone: true }),
    reviewDueOn: date({ mode: 'string' }).notNull(),
    lastReviewedOn: date({ mode: 'string' }),
    exitType: varchar({ length: 24 }),
    exitedOn: date({ mode: 'string' }),
    exitEvidence: text(),
    cancelReason: text(),
    previousFileId: uuid(),
    createdBy: uuid().references(() => users.id),
    createdByName: varchar({ length: 100 }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('hardship_files_file_no_uq').on(t.fileNo),
    // A unit's files, and its review worklist: the migration (0012) adds INCLUDE (updated_at, status, id), so
    // the files due in a subtree are found in the index alone and sorted either way (due date or newest).
    index('hardship_files_org_due_idx').on(t.orgId, t.reviewDueOn),
    // Newest first, covering: the migration (0008) adds INCLUDE (org_id, review_due_on, status, category,
    // main_cause, household_type), which drizzle cannot express, so a filtered newest-first search picks
    // its page's ids by an index-only scan (docs/benchmarks.md).
    index('hardship_files_updated_cover_idx').on(t.updatedAt.desc(), t.id.desc()),
    // Name, pinyin and initials prefixes, covering: the migration (0011) adds INCLUDE (org_id, updated_at)
    // and, where id is not a key, id, so a name search over a city's subtree finds its matches and their
    // sort key in the index alone (an index-only scan) instead of visiting a heap page for each match.
    index('hardship_files_name_cover_idx').on(t.headName.op('text_pattern_ops'), t.id),
    index('hardship_files_pinyin_cover_idx').on(t.headNamePinyin.op('text_pattern_ops')),
    index('hardship_files_initials_cover_idx').on(t.headNameInitials.op('text_pattern_ops')),
    index('hardship_files_id_tail_idx').on(t.headIdLast4),
    index('hardship_files_review_idx').on(t.reviewDueOn, t.id),
    index('hardship_files_mpcn_idx').on(t.mpcnFen, t.id),
  ],
);

/** The head and every family member of a file. */
export const persons = pgTable(
  'persons',
  {
    id: uuid().primaryKey().defaultRandom(),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id, { onDelete: 'cascade' }),
    relation: varchar({ length: 16 }).notNull(),
    name: varchar({ length: 50 }).notNull(),
    gender: varchar({ length: 8 }).notNull(),
    ethnicity: varchar({ length: 20 }),
    idType: varchar({ length: 24 }).notNull(),
    /** Encrypted ID number; `idHash` is a keyed HMAC for equality search; `idLast4` for the tail search. */
    idEnc: text().notNull(),
    idHash: char({ length: 64 }).notNull(),
    idLast4: char({ length: 4 }).notNull(),
    idMasked: varchar({ length: 30 }).notNull(),
    birthDate: date({ mode: 'string' }).notNull(),
    phoneEnc: text(),
    phoneMasked: varchar({ length: 24 }),
    address: varchar({ length: 200 }),
    hukouType: varchar({ length: 10 }),
    maritalStatus: varchar({ length: 10 }),
    /** Encrypted JSON of health and disability details. */
    healthEnc: text(),
    ableBodied: boolean().notNull().default(true),
    medicalInsurance: varchar({ length: 10 }),
    modelWorkerLevel: varchar({ length: 12 }),
    workStatus: varchar({ length: 16 }).notNull(),
    employer: varchar({ length: 100 }),
    industry: varchar({ length: 50 }),
    unionMember: boolean().notNull().default(false),
    isStudent: boolean().notNull().default(false),
    school: varchar({ length: 100 }),
    schoolLevel: varchar({ length: 12 }),
    coResident: boolean().notNull().default(true),
    /** True while the file is temporary or formal: one open file per person. */
    open: boolean().notNull().default(true),
    position: smallint().notNull(),
    ...timestamps,
  },
  (t) => [
    index('persons_file_idx').on(t.fileId, t.position),
    uniqueIndex('persons_open_id_uq').on(t.idHash).where(sql`${t.open}`),
    index('persons_id_hash_idx').on(t.idHash),
    index('persons_name_birth_idx').on(t.name, t.birthDate),
  ],
);

export const incomeItems = pgTable(
  'income_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id, { onDelete: 'cascade' }),
    personId: uuid().references(() => persons.id, { onDelete: 'set null' }),
    type: varchar({ length: 24 }).notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
    period: varchar({ length: 8 }).notNull(),
    excluded: boolean().notNull().default(false),
    evidence: varchar({ length: 200 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('income_items_file_idx').on(t.fileId)],
);

export const rigidExpenses = pgTable(
  'rigid_expenses',
  {
    id: uuid().primaryKey().defaultRandom(),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id, { onDelete: 'cascade' }),
    type: varchar({ length: 24 }).notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
    period: varchar({ length: 8 }).notNull(),
    evidence: varchar({ length: 200 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rigid_expenses_file_idx').on(t.fileId)],
);

/** Every change to a file, with masked before/after. */
export const fileHistory = pgTable(
  'file_history',
  {
    id: bigint({ mode: 'bigint' }).primaryKey().generatedAlwaysAsIdentity(),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id, { onDelete: 'cascade' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    actorName: varchar({ length: 100 }).notNull(),
    action: varchar({ length: 40 }).notNull(),
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index('file_history_file_idx').on(t.fileId, t.id)],
);

/** 低保标准: the urban monthly minimum-living standard per division, versioned by date. */
export const minLivingStandards = pgTable(
  'min_living_standards',
  {
    id: uuid().primaryKey().defaultRandom(),
    divisionCode: char({ length: 6 }).notNull(),
    effectiveFrom: date({ mode: 'string' }).notNull(),
    monthlyFen: integer().notNull(),
    note: varchar({ length: 200 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('min_living_standards_uq').on(t.divisionCode, t.effectiveFrom)],
);

/** Classification parameters per division and year. */
export const classificationParams = pgTable(
  'classification_params',
  {
    id: uuid().primaryKey().defaultRandom(),
    divisionCode: char({ length: 6 }).notNull(),
    year: smallint().notNull(),
    relativeMultipleBp: integer().notNull(),
    accidentRatioBp: integer().notNull(),
    minimumWageMonthlyFen: integer().notNull(),
    workingAgeMin: smallint().notNull(),
    retirementAgeMale: smallint().notNull(),
    retirementAgeFemale: smallint().notNull(),
    migrantMinEmploymentMonths: smallint().notNull(),
    reviewMonths: smallint().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('classification_params_uq').on(t.divisionCode, t.year)],
);

/** Per-org yearly sequence for file numbers. */
export const fileNumberSeq = pgTable('file_number_seq', {
  key: varchar({ length: 20 }).primaryKey(),
  last: integer().notNull(),
});

/** Scans and proofs of a file, encrypted (AES-256-GCM) in the database, type- and size-limited. */
export const fileAttachments = pgTable(
  'file_attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id, { onDelete: 'cascade' }),
    kind: varchar({ length: 24 }).notNull(),
    filename: varchar({ length: 200 }).notNull(),
    mimeType: varchar({ length: 50 }).notNull(),
    sizeBytes: integer().notNull(),
    sha256: char({ length: 64 }).notNull(),
    contentEnc: bytea().notNull(),
    uploadedByName: varchar({ length: 100 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('file_attachments_file_idx').on(t.fileId, t.createdAt)],
);

/** 集中复核: a yearly review campaign over an org's subtree; progress counts files reviewed since it opened. */
export const reviewCampaigns = pgTable(
  'review_campaigns',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    year: smallint().notNull(),
    name: varchar({ length: 100 }).notNull(),
    openedOn: date({ mode: 'string' }).notNull(),
    closedOn: date({ mode: 'string' }),
    openedByName: varchar({ length: 100 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('review_campaigns_org_year_uq').on(t.orgId, t.year)],
);
