import { sql } from 'drizzle-orm';
import { bigint, check, char, customType, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { aidRecords, noticeBatches } from './applications';
import { timestamps } from './columns';
import { hardshipFiles } from './hardship-files';
import { orgs } from './orgs';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * 帮扶资金专户: an organisation's special account. `balanceFen` is kept by a trigger on
 * ledger_entries (the sum of its 'bank' lines) and can never go below zero.
 */
export const fundAccounts = pgTable(
  'fund_accounts',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    name: varchar({ length: 100 }).notNull(),
    bankName: varchar({ length: 100 }).notNull(),
    accountNo: varchar({ length: 40 }).notNull(),
    openedOn: date({ mode: 'string' }).notNull(),
    balanceFen: bigint({ mode: 'number' }).notNull().default(0),
    createdByName: varchar({ length: 100 }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('fund_accounts_org_uq').on(t.orgId), check('fund_accounts_balance_ck', sql`${t.balanceFen} >= 0`)],
);

/** The account's balance per fund source, kept by the same trigger; never below zero. */
export const fundSourceBalances = pgTable(
  'fund_source_balances',
  {
    accountId: uuid()
      .notNull()
      .references(() => fundAccounts.id),
    source: varchar({ length: 24 }).notNull(),
    balanceFen: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.source] }), check('fund_source_balances_ck', sql`${t.balanceFen} >= 0`)],
);

/** Years closed for the auditors: no transaction may be booked into a closed year. */
export const fundYears = pgTable(
  'fund_years',
  {
    accountId: uuid()
      .notNull()
      .references(() => fundAccounts.id),
    year: smallint().notNull(),
    closedAt: timestamp({ withTimezone: true }).notNull(),
    closedByName: varchar({ length: 100 }).notNull(),
    closingBalanceFen: bigint({ mode: 'number' }).notNull(),
    summary: jsonb().$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.year] })],
);

/**
 * 记账凭证: one balanced posting. Append-only (a trigger refuses UPDATE and DELETE); a correction is a
 * new 'reversal' transaction whose `reversesId` points at what it corrects.
 */
export const ledgerTransactions = pgTable(
  'ledger_transactions',
  {
    id: uuid().primaryKey().defaultRandom(),
    txnNo: varchar({ length: 32 }).notNull(),
    accountId: uuid()
      .notNull()
      .references(() => fundAccounts.id),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    year: smallint().notNull(),
    kind: varchar({ length: 16 }).notNull(),
    bookedAt: timestamp({ withTimezone: true }).notNull(),
    memo: text().notNull(),
    reversesId: uuid(),
    receiptId: uuid(),
    paymentId: uuid(),
    campaignId: uuid(),
    createdBy: uuid(),
    createdByName: varchar({ length: 100 }).notNull(),
  },
  (t) => [
    uniqueIndex('ledger_transactions_no_uq').on(t.txnNo),
    index('ledger_transactions_account_idx').on(t.accountId, t.bookedAt),
    uniqueIndex('ledger_transactions_reverses_uq').on(t.reversesId),
    check('ledger_transactions_kind_ck', sql`${t.kind} in ('receipt','payment','batch_payment','reversal')`),
  ],
);

/**
 * 分录: signed amounts in fen (debit positive, credit negative); the lines of one transaction sum to
 * zero. Ledgers: 'bank' (the special account, by source), 'income' (by source), 'expense' (by
 * source and aid type, each line linked to its aid record).
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigint({ mode: 'bigint' }).primaryKey().generatedAlwaysAsIdentity(),
    txnId: uuid()
      .notNull()
      .references(() => ledgerTransactions.id),
    accountId: uuid()
      .notNull()
      .references(() => fundAccounts.id),
    year: smallint().notNull(),
    ledger: varchar({ length: 8 }).notNull(),
    source: varchar({ length: 24 }).notNull(),
    aidType: varchar({ length: 20 }),
    aidRecordId: uuid(),
    amountFen: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [
    index('ledger_entries_txn_idx').on(t.txnId),
    index('ledger_entries_account_year_idx').on(t.accountId, t.year, t.ledger),
    index('ledger_entries_aid_record_idx').on(t.aidRecordId),
    check('ledger_entries_ledger_ck', sql`${t.ledger} in ('bank','income','expense')`),
    check('ledger_entries_amount_ck', sql`${t.amountFen} <> 0`),
  ],
);

/** 收款: appropriations, donations (with the official receipt number and donor), interest. */
export const fundReceipts = pgTable(
  'fund_receipts',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => fundAccounts.id),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    source: varchar({ length: 24 }).notNull(),
    kind: varchar({ length: 16 }).notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
    receivedOn: date({ mode: 'string' }).notNull(),
    receiptNo: varchar({ length: 40 }),
    donor: varchar({ length: 100 }),
    documentNo: varchar({ length: 60 }),
    memo: text(),
    txnId: uuid().notNull(),
    createdByName: varchar({ length: 100 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fund_receipts_receipt_no_uq').on(t.accountId, t.receiptNo),
    index('fund_receipts_account_idx').on(t.accountId, t.receivedOn),
    check('fund_receipts_amount_ck', sql`${t.amountFen} > 0`),
  ],
);

/** 年度预算: per account, year, source and aid type ('any' for the whole source). */
export const fundBudgets = pgTable(
  'fund_budgets',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => fundAccounts.id),
    year: smallint().notNull(),
    source: varchar({ length: 24 }).notNull(),
    aidType: varchar({ length: 20 }).notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
    updatedByName: varchar({ length: 100 }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('fund_budgets_uq').on(t.accountId, t.year, t.source, t.aidType), check('fund_budgets_amount_ck', sql`${t.amountFen} >= 0`)],
);

/** 银行代发批次: one exported bank payment file. */
export const bankBatches = pgTable(
  'bank_batches',
  {
    id: uuid().primaryKey().defaultRandom(),
    batchNo: varchar({ length: 32 }).notNull(),
    accountId: uuid()
      .notNull()
      .references(() => fundAccounts.id),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    paymentCount: integer().notNull(),
    totalFen: bigint({ mode: 'number' }).notNull(),
    createdByName: varchar({ length: 100 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('bank_batches_no_uq').on(t.batchNo)],
);

/** A signed voucher (cash or in kind), encrypted at rest like file attachments. */
export const paymentVouchers = pgTable('payment_vouchers', {
  id: uuid().primaryKey().defaultRandom(),
  orgId: uuid()
    .notNull()
    .references(() => orgs.id),
  filename: varchar({ length: 200 }).notNull(),
  mimeType: varchar({ length: 50 }).notNull(),
  sizeBytes: integer().notNull(),
  sha256: char({ length: 64 }).notNull(),
  contentEnc: bytea().notNull(),
  uploadedByName: varchar({ length: 100 }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * 支付: paying one aid record. Booking debits the account at once; a bank transfer then waits for the
 * bank's result (paid or failed; failed books a reversal). At most one live payment per aid record.
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    paymentNo: varchar({ length: 32 }).notNull(),
    aidRecordId: uuid()
      .notNull()
      .references(() => aidRecords.id),
    accountId: uuid()
      .notNull()
      .references(() => fundAccounts.id),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    method: varchar({ length: 16 }).notNull(),
    status: varchar({ length: 12 }).notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
    source: varchar({ length: 24 }).notNull(),
    payeeName: varchar({ length: 50 }).notNull(),
    bankName: varchar({ length: 50 }),
    bankCardEnc: text(),
    bankCardMasked: varchar({ length: 30 }),
    bankBatchId: uuid().references(() => bankBatches.id),
    voucherId: uuid().references(() => paymentVouchers.id),
    campaignId: uuid(),
    txnId: uuid().notNull(),
    reversalTxnId: uuid(),
    failureReason: text(),
    paidAt: timestamp({ withTimezone: true }),
    createdByName: varchar({ length: 100 }).notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('payments_no_uq').on(t.paymentNo),
    uniqueIndex('payments_live_uq')
      .on(t.aidRecordId)
      .where(sql`status in ('booked','exported','paid')`),
    index('payments_account_status_idx').on(t.accountId, t.status),
    index('payments_batch_idx').on(t.bankBatchId),
    check('payments_method_ck', sql`${t.method} in ('bank_transfer','cash','in_kind')`),
    check('payments_status_ck', sql`${t.status} in ('booked','exported','paid','failed')`),
  ],
);

/** 送温暖, 金秋助学 or a custom campaign: a rule picks households, a notice, one payment batch. */
export const aidCampaigns = pgTable(
  'aid_campaigns',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    accountId: uuid().references(() => fundAccounts.id),
    name: varchar({ length: 100 }).notNull(),
    kind: varchar({ length: 20 }).notNull(),
    year: smallint().notNull(),
    aidType: varchar({ length: 20 }).notNull(),
    rule: jsonb().$type<Record<string, unknown>>().notNull(),
    amounts: jsonb().$type<Record<string, unknown>>().notNull(),
    state: varchar({ length: 16 }).notNull(),
    noticeBatchId: uuid().references(() => noticeBatches.id),
    selectedCount: integer().notNull().default(0),
    totalFen: bigint({ mode: 'number' }).notNull().default(0),
    /** The outcome of the last batch payment: { lastError } or { payResult } (a running payment's progress is in campaign_pay_progress). */
    progress: jsonb().$type<Record<string, unknown>>(),
    createdByName: varchar({ length: 100 }).notNull(),
    ...timestamps,
  },
  (t) => [index('aid_campaigns_org_idx').on(t.orgId, t.year)],
);

/**
 * The households a campaign selected, with the amount its rule gave each. A household's application is
 * found by campaign and file (applications.campaign_id, file_id), not stored here.
 */
export const campaignHouseholds = pgTable(
  'campaign_households',
  {
    campaignId: uuid()
      .notNull()
      .references(() => aidCampaigns.id, { onDelete: 'cascade' }),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id),
    orgId: uuid()
      .notNull()
      .references(() => orgs.id),
    amountFen: bigint({ mode: 'number' }).notNull(),
    ruleLabel: varchar({ length: 60 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.fileId] })],
);

/**
 * The progress of a campaign's batch payment while it runs (PostgreSQL only; on PGlite it stays in the
 * one process's memory), so that every API process can show it. Written on its own pooled connection
 * (autocommit) beside the paying transaction, a few times a second at most plus a heartbeat, and
 * deleted when the run ends; a row whose `updated_at` stops moving belongs to a run that died.
 * Deliberately no foreign key to aid_campaigns: its check would lock the campaign row (FOR KEY SHARE),
 * which the paying transaction holds FOR UPDATE, and so wait for the very run it reports on.
 */
export const campaignPayProgress = pgTable('campaign_pay_progress', {
  campaignId: uuid().primaryKey(),
  /** The run (one call of pay) and the process running it (host#pid). */
  runId: uuid().notNull(),
  process: varchar({ length: 200 }).notNull(),
  step: varchar({ length: 20 }).notNull(),
  done: integer().notNull(),
  total: integer().notNull(),
  /** The database's clock (now()), so processes on different machines agree on the age. */
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
