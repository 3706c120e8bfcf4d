import { Type, type Static } from 'typebox';
import { AidType } from './applications';
import { Id, Nullable, Page, PageQuery, Timestamp, StringEnum } from './common';

const DateOnly = Type.String({ format: 'date' });
/** Money is integer fen (分) everywhere. */
export const Fen = Type.Integer({ minimum: 0, maximum: 100_000_000_000 });
export const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

/** 资金来源 (DOMAIN.md §6). */
export const FUND_SOURCES = ['central_fiscal', 'provincial_fiscal', 'local_fiscal', 'union_funds', 'donation', 'interest', 'other'] as const;
export const FundSource = StringEnum([...FUND_SOURCES]);
export type FundSource = Static<typeof FundSource>;

/** 收款类型: appropriations (拨款), donations (捐赠, with an official receipt), interest (利息). */
export const RECEIPT_KINDS = ['appropriation', 'donation', 'interest', 'other'] as const;
export const ReceiptKind = StringEnum([...RECEIPT_KINDS]);
export type ReceiptKind = Static<typeof ReceiptKind>;

/** The ledgers a line posts to: the special account (by source), income (by source), expense (by source and aid type). */
export const LEDGERS = ['bank', 'income', 'expense'] as const;
export const Ledger = StringEnum([...LEDGERS]);
export type Ledger = Static<typeof Ledger>;

export const TXN_KINDS = ['receipt', 'payment', 'batch_payment', 'reversal'] as const;
export const TxnKind = StringEnum([...TXN_KINDS]);
export type TxnKind = Static<typeof TxnKind>;

export const SourceBalance = Type.Object({ source: FundSource, balanceFen: Type.Integer() });
export type SourceBalance = Static<typeof SourceBalance>;

/** 帮扶资金专户 */
export const FundAccount = Type.Object({
  id: Id,
  orgId: Id,
  orgName: Type.String(),
  name: Type.String(),
  bankName: Type.String(),
  accountNo: Type.String(),
  openedOn: DateOnly,
  balanceFen: Type.Integer(),
  sources: Type.Array(SourceBalance),
  closedYears: Type.Array(Type.Integer()),
  createdAt: Timestamp,
});
export type FundAccount = Static<typeof FundAccount>;
export const FundAccountList = Type.Object({ items: Type.Array(FundAccount) });
export type FundAccountList = Static<typeof FundAccountList>;

export const FundAccountCreate = Type.Object(
  {
    orgId: Id,
    name: Type.String({ minLength: 2, maxLength: 100 }),
    bankName: Type.String({ minLength: 2, maxLength: 100 }),
    accountNo: Type.String({ pattern: '^[0-9 -]{6,40}$' }),
    openedOn: DateOnly,
  },
  { additionalProperties: false },
);
export type FundAccountCreate = Static<typeof FundAccountCreate>;

export const LedgerLine = Type.Object({
  ledger: Ledger,
  source: FundSource,
  aidType: Nullable(AidType),
  aidRecordId: Nullable(Id),
  amountFen: Type.Integer({ description: 'Signed: debit positive, credit negative' }),
});
export type LedgerLine = Static<typeof LedgerLine>;

/** 记账凭证: one balanced transaction with its lines. */
export const LedgerTxn = Type.Object({
  id: Id,
  txnNo: Type.String(),
  accountId: Id,
  year: Type.Integer(),
  kind: TxnKind,
  bookedAt: Timestamp,
  memo: Type.String(),
  reversesId: Nullable(Id),
  reversedById: Nullable(Id),
  receiptId: Nullable(Id),
  paymentId: Nullable(Id),
  campaignId: Nullable(Id),
  createdBy: Type.String(),
  /** What the transaction moved in or out of the special account (sum of its bank lines). */
  bankFen: Type.Integer(),
  /** How many lines the transaction has (a campaign's batch payment has one per household and one per source). */
  lineCount: Type.Optional(Type.Integer()),
  /** In ledger lists, a transaction of more than 100 lines shows them summed per ledger, source and aid type (aidRecordId null); GET /ledger-transactions/:id gives every line. */
  linesSummarised: Type.Optional(Type.Boolean()),
  lines: Type.Array(LedgerLine),
});
export type LedgerTxn = Static<typeof LedgerTxn>;

/* ---- accounts, receipts, budgets, ledger (funds API) ---- */

const FundSourceFilter = Type.Optional(FundSource);

/** 收款: money booked into the special account from one source. */
export const ReceiptCreate = Type.Object(
  {
    source: FundSource,
    kind: ReceiptKind,
    amountFen: Type.Integer({ minimum: 1, maximum: 100_000_000_000 }),
    receivedOn: DateOnly,
    /** The official receipt number (捐赠收据号); required for donations, unique per account. */
    receiptNo: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    /** Required for donations. */
    donor: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    /** 拨款文号: required for appropriations. */
    documentNo: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    memo: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type ReceiptCreate = Static<typeof ReceiptCreate>;

export const Receipt = Type.Object({
  id: Id,
  accountId: Id,
  source: FundSource,
  kind: ReceiptKind,
  amountFen: Type.Integer(),
  receivedOn: DateOnly,
  receiptNo: Nullable(Type.String()),
  donor: Nullable(Type.String()),
  documentNo: Nullable(Type.String()),
  memo: Nullable(Type.String()),
  txnId: Id,
  txnNo: Type.String(),
  /** The reversal that took this receipt back out, if any. */
  reversedById: Nullable(Id),
  createdBy: Type.String(),
  createdAt: Timestamp,
});
export type Receipt = Static<typeof Receipt>;

export const ReceiptQuery = Type.Object(
  { year: Type.Optional(Year), source: FundSourceFilter, kind: Type.Optional(ReceiptKind), ...PageQuery },
  { additionalProperties: false },
);
export type ReceiptQuery = Static<typeof ReceiptQuery>;
export const ReceiptPage = Page(Receipt);

/** 年度预算 of one source for one aid type, or for the whole source ('any'). */
export const BudgetAidType = Type.Union([AidType, Type.Literal('any')]);
export type BudgetAidType = Static<typeof BudgetAidType>;
export const BudgetPut = Type.Object({ year: Year, source: FundSource, aidType: BudgetAidType, amountFen: Fen }, { additionalProperties: false });
export type BudgetPut = Static<typeof BudgetPut>;
export const BudgetParams = Type.Object({ id: Id, budgetId: Id }, { additionalProperties: false });
export const BudgetQuery = Type.Object({ year: Type.Optional(Year) }, { additionalProperties: false });

const BudgetUse = {
  budgetFen: Type.Integer(),
  /** Net expense booked this year (payments less their reversals). */
  usedFen: Type.Integer(),
  /** budget − used; negative when over budget. */
  remainingFen: Type.Integer(),
  /** used ÷ budget in percent, one decimal; null when the budget is 0. */
  percentage: Nullable(Type.Number()),
};
export const BudgetLine = Type.Object({ id: Id, year: Type.Integer(), source: FundSource, aidType: BudgetAidType, ...BudgetUse, updatedBy: Type.String(), updatedAt: Timestamp });
export type BudgetLine = Static<typeof BudgetLine>;
export const BudgetReport = Type.Object({
  accountId: Id,
  year: Type.Integer(),
  /** Budgets bind payments only when the year has at least one budget line. */
  inForce: Type.Boolean(),
  lines: Type.Array(BudgetLine),
  /** Per source: the 'any' line when there is one, else the sum of its aid-type lines; used over every aid type. */
  totals: Type.Array(Type.Object({ source: FundSource, ...BudgetUse })),
});
export type BudgetReport = Static<typeof BudgetReport>;

export const LedgerQuery = Type.Object(
  {
    year: Type.Optional(Year),
    kind: Type.Optional(TxnKind),
    source: FundSourceFilter,
    aidType: Type.Optional(AidType),
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    /** Part of the memo or the transaction number. */
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type LedgerQuery = Static<typeof LedgerQuery>;
export const LedgerPage = Page(LedgerTxn);

export const ReverseBody = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 500 }) }, { additionalProperties: false });
export type ReverseBody = Static<typeof ReverseBody>;
