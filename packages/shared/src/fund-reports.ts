import { Type, type Static } from 'typebox';
import { AidType } from './applications';
import { Id, Nullable, Timestamp, StringEnum } from './common';
import { FundSource, ReceiptKind, Year } from './funds';

/*
 * 年度结账与审计 (DOMAIN.md §6): closing a year locks its ledger; the annual fund report and the
 * reconciliation statement, as JSON or as XLSX (?format=xlsx). Money is integer fen throughout.
 */

export const FundYearParams = Type.Object({ id: Id, year: Year }, { additionalProperties: false });
export type FundYearParams = Static<typeof FundYearParams>;

/** One year of an account: 'open' takes postings, 'closed' is locked (结账). */
export const FundYear = Type.Object({
  year: Type.Integer(),
  state: StringEnum(['open', 'closed']),
  closedAt: Nullable(Timestamp),
  closedBy: Nullable(Type.String()),
  /** The balance carried in: the sum of the bank lines of every earlier year. */
  openingBalanceFen: Type.Integer(),
  /** Money in: the year's income lines (receipts, net of reversals booked in this year). */
  inFen: Type.Integer(),
  /** Money out: the year's expense lines (payments, net of reversals booked in this year). */
  outFen: Type.Integer(),
  closingBalanceFen: Type.Integer(),
  transactionCount: Type.Integer(),
});
export type FundYear = Static<typeof FundYear>;

export const FundYearList = Type.Object({
  accountId: Id,
  /** The earliest year that is still open and may be closed now (every earlier year closed, and the year over); null when none. */
  closableYear: Nullable(Type.Integer()),
  items: Type.Array(FundYear),
});
export type FundYearList = Static<typeof FundYearList>;

export const ReportFormat = StringEnum(['json', 'xlsx']);
export type ReportFormat = Static<typeof ReportFormat>;

export const AnnualReportQuery = Type.Object(
  {
    year: Year,
    format: Type.Optional(ReportFormat),
  },
  { additionalProperties: false },
);
export type AnnualReportQuery = Static<typeof AnnualReportQuery>;

export const ReconciliationQuery = Type.Object(
  {
    /** Through the end of this year; without it, everything to date. */
    year: Type.Optional(Year),
    format: Type.Optional(ReportFormat),
  },
  { additionalProperties: false },
);
export type ReconciliationQuery = Static<typeof ReconciliationQuery>;

export const ReportAccount = Type.Object({
  id: Id,
  name: Type.String(),
  orgId: Id,
  orgName: Type.String(),
  bankName: Type.String(),
  accountNo: Type.String(),
});
export type ReportAccount = Static<typeof ReportAccount>;

export const SourceFlow = Type.Object({
  source: FundSource,
  openingFen: Type.Integer(),
  inFen: Type.Integer(),
  outFen: Type.Integer(),
  closingFen: Type.Integer(),
});
export type SourceFlow = Static<typeof SourceFlow>;

export const IncomeLine = Type.Object({
  source: FundSource,
  /** The receipt's kind; 'other' for income booked without a receipt. */
  kind: ReceiptKind,
  amountFen: Type.Integer(),
  /** Receipts behind the amount (a reversed receipt still counts here; its reversal nets the amount). */
  receiptCount: Type.Integer(),
});
export type IncomeLine = Static<typeof IncomeLine>;

export const ExpenseLine = Type.Object({
  source: FundSource,
  aidType: AidType,
  amountFen: Type.Integer(),
  /** Aid records paid (net amount above zero). */
  recordCount: Type.Integer(),
});
export type ExpenseLine = Static<typeof ExpenseLine>;

export const ReportBudgetLine = Type.Object({
  source: FundSource,
  /** An aid type, or 'any' for the whole source. */
  aidType: Type.Union([AidType, Type.Literal('any')]),
  budgetFen: Type.Integer(),
  usedFen: Type.Integer(),
  remainingFen: Type.Integer(),
});
export type ReportBudgetLine = Static<typeof ReportBudgetLine>;

/** What one household (or one applicant without a file, for temporary aid) received in the year. */
export const HouseholdLine = Type.Object({
  fileId: Nullable(Id),
  fileNo: Nullable(Type.String()),
  /** 张*明 (DOMAIN.md §5). */
  maskedName: Type.String(),
  orgId: Id,
  orgName: Type.String(),
  aidTypes: Type.Array(AidType),
  amountFen: Type.Integer(),
  recordCount: Type.Integer(),
});
export type HouseholdLine = Static<typeof HouseholdLine>;

/** 帮扶资金年度报表 */
export const AnnualFundReport = Type.Object({
  account: ReportAccount,
  year: Type.Integer(),
  state: StringEnum(['open', 'closed']),
  closedAt: Nullable(Timestamp),
  closedBy: Nullable(Type.String()),
  generatedAt: Timestamp,
  openingBalanceFen: Type.Integer(),
  inFen: Type.Integer(),
  outFen: Type.Integer(),
  closingBalanceFen: Type.Integer(),
  /** The bank effect of reversals booked in this year that correct transactions of earlier (closed) years. */
  priorYearCorrectionsFen: Type.Integer(),
  sources: Type.Array(SourceFlow),
  income: Type.Array(IncomeLine),
  expense: Type.Array(ExpenseLine),
  budgets: Type.Array(ReportBudgetLine),
  households: Type.Array(HouseholdLine),
});
export type AnnualFundReport = Static<typeof AnnualFundReport>;

/** One row of the three-way comparison: account balance vs ledger vs documents. */
export const ReconciliationLine = Type.Object({
  /** A fund source, or 'total'. */
  source: Type.Union([FundSource, Type.Literal('total')]),
  /** The account's recorded balance; null when none applies to the period (an open past year). */
  accountFen: Nullable(Type.Integer()),
  /** The sum of the 'bank' lines of the ledger. */
  ledgerFen: Type.Integer(),
  /** From the documents: receipts − reversed receipts − live payments (booked, exported or paid). */
  documentsFen: Type.Integer(),
  receiptsFen: Type.Integer(),
  reversedReceiptsFen: Type.Integer(),
  paymentsFen: Type.Integer(),
  /** ledger − account (null without an account figure). */
  accountDifferenceFen: Nullable(Type.Integer()),
  /** documents − ledger. */
  documentsDifferenceFen: Type.Integer(),
  balanced: Type.Boolean(),
});
export type ReconciliationLine = Static<typeof ReconciliationLine>;

export const OpenPayment = Type.Object({
  id: Id,
  paymentNo: Type.String(),
  method: Type.String(),
  status: Type.String(),
  amountFen: Type.Integer(),
  source: FundSource,
  maskedPayee: Type.String(),
  bankBatchNo: Nullable(Type.String()),
  bookedAt: Timestamp,
});
export type OpenPayment = Static<typeof OpenPayment>;

/** 对账单 */
export const ReconciliationStatement = Type.Object({
  account: ReportAccount,
  year: Nullable(Type.Integer()),
  /** The last day the statement covers (the year's 31 December, or today). */
  asOf: Type.String({ format: 'date' }),
  /** Where the account figure comes from: the live balance, the closed year's recorded closing balance, or none. */
  accountBasis: StringEnum(['current', 'closing', 'none']),
  generatedAt: Timestamp,
  balanced: Type.Boolean(),
  total: ReconciliationLine,
  sources: Type.Array(ReconciliationLine),
  counts: Type.Object({ receipts: Type.Integer(), reversedReceipts: Type.Integer(), payments: Type.Integer() }),
  /** Bank payments (and other booked payments) still waiting for their result. */
  openPayments: Type.Object({ count: Type.Integer(), totalFen: Type.Integer(), items: Type.Array(OpenPayment) }),
});
export type ReconciliationStatement = Static<typeof ReconciliationStatement>;
