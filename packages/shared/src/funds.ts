import { Type, type Static } from 'typebox';
import { AidType } from './applications';
import { Id, Nullable, Timestamp } from './common';

const DateOnly = Type.String({ format: 'date' });
/** Money is integer fen (分) everywhere. */
export const Fen = Type.Integer({ minimum: 0, maximum: 100_000_000_000 });
export const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

/** 资金来源 (DOMAIN.md §6). */
export const FUND_SOURCES = ['central_fiscal', 'provincial_fiscal', 'local_fiscal', 'union_funds', 'donation', 'interest', 'other'] as const;
export const FundSource = Type.Enum([...FUND_SOURCES]);
export type FundSource = Static<typeof FundSource>;

/** 收款类型: appropriations (拨款), donations (捐赠, with an official receipt), interest (利息). */
export const RECEIPT_KINDS = ['appropriation', 'donation', 'interest', 'other'] as const;
export const ReceiptKind = Type.Enum([...RECEIPT_KINDS]);
export type ReceiptKind = Static<typeof ReceiptKind>;

/** The ledgers a line posts to: the special account (by source), income (by source), expense (by source and aid type). */
export const LEDGERS = ['bank', 'income', 'expense'] as const;
export const Ledger = Type.Enum([...LEDGERS]);
export type Ledger = Static<typeof Ledger>;

export const TXN_KINDS = ['receipt', 'payment', 'batch_payment', 'reversal'] as const;
export const TxnKind = Type.Enum([...TXN_KINDS]);
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
  lines: Type.Array(LedgerLine),
});
export type LedgerTxn = Static<typeof LedgerTxn>;
