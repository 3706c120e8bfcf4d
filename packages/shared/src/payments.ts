import { Type, type Static } from 'typebox';
import { AidType } from './applications';
import { Id, Nullable, PageQuery, Timestamp, StringEnum } from './common';
import { FundSource } from './funds';

/** 支付方式: real-name bank transfer (银行代发), cash or in kind against a signed voucher. */
export const PAYMENT_METHODS = ['bank_transfer', 'cash', 'in_kind'] as const;
export const PaymentMethod = StringEnum([...PAYMENT_METHODS]);
export type PaymentMethod = Static<typeof PaymentMethod>;

/**
 * booked (the account is debited; a bank transfer waits for its file) → exported (in a bank file) →
 * paid | failed (the debit is reversed). Cash and in-kind payments are paid at once.
 */
export const PAYMENT_STATUSES = ['booked', 'exported', 'paid', 'failed'] as const;
export const PaymentStatus = StringEnum([...PAYMENT_STATUSES]);
export type PaymentStatus = Static<typeof PaymentStatus>;

/** An aid record: approved (waits to be paid) → booked → paid; failed (waits again); returned to the approver; cancelled. */
export const AID_RECORD_STATUSES = ['approved', 'booked', 'paid', 'failed', 'returned', 'cancelled'] as const;
export const AidRecordStatus = StringEnum([...AID_RECORD_STATUSES]);
export type AidRecordStatus = Static<typeof AidRecordStatus>;

/** 待支付: one aid record waiting in the payment queue. */
export const PaymentQueueItem = Type.Object({
  aidRecordId: Id,
  applicationId: Id,
  applicationNo: Type.String(),
  fileId: Nullable(Id),
  fileNo: Nullable(Type.String()),
  /** 张*明 (DOMAIN.md §5 mask). */
  payeeName: Type.String(),
  orgId: Id,
  orgName: Type.String(),
  aidType: AidType,
  amountFen: Type.Integer(),
  year: Type.Integer(),
  status: StringEnum(['approved', 'failed']),
  /** Why the last bank transfer failed (failed records only). */
  failureReason: Nullable(Type.String()),
  /** A bank card is on the household's file (bank transfers need one, or one given with the payment). */
  hasBankCard: Type.Boolean(),
  bankName: Nullable(Type.String()),
  bankCardMasked: Nullable(Type.String()),
  campaignId: Nullable(Id),
  approvedAt: Timestamp,
});
export type PaymentQueueItem = Static<typeof PaymentQueueItem>;

export const PaymentQueueQuery = Type.Object(
  {
    orgId: Type.Optional(Id),
    /** Only what this special account may pay: records of its union and the unions below it. */
    accountId: Type.Optional(Id),
    aidType: Type.Optional(AidType),
    status: Type.Optional(StringEnum(['approved', 'failed'])),
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type PaymentQueueQuery = Static<typeof PaymentQueueQuery>;
export const PaymentQueuePage = Type.Object({ items: Type.Array(PaymentQueueItem), nextCursor: Nullable(Type.String()) });
export type PaymentQueuePage = Static<typeof PaymentQueuePage>;

/** A signed voucher (签收凭证) of a cash or in-kind payment: its scan is stored encrypted. */
export const PaymentVoucher = Type.Object({
  id: Id,
  orgId: Id,
  filename: Type.String(),
  mimeType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedBy: Type.String(),
  createdAt: Timestamp,
});
export type PaymentVoucher = Static<typeof PaymentVoucher>;

export const BankCardInput = Type.String({ pattern: '^[0-9 ]{12,30}$', description: 'Bank card number, 12–19 digits (spaces are ignored)' });

export const PaymentCreate = Type.Object(
  {
    aidRecordId: Id,
    method: PaymentMethod,
    /** Default: the special account of the caller's own organisation. */
    accountId: Type.Optional(Id),
    /** Pay from this fund source only; default: the first source with the money and budget room. */
    source: Type.Optional(FundSource),
    /** Required for cash and in-kind payments: the uploaded signed voucher. */
    voucherId: Type.Optional(Id),
    /** Bank transfers: the payee's card when the file has none (e.g. temporary aid) or it changed. */
    bankName: Type.Optional(Type.String({ minLength: 2, maxLength: 50 })),
    bankCard: Type.Optional(BankCardInput),
    memo: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type PaymentCreate = Static<typeof PaymentCreate>;

/** 支付单 */
export const Payment = Type.Object({
  id: Id,
  paymentNo: Type.String(),
  aidRecordId: Id,
  applicationId: Id,
  applicationNo: Type.String(),
  fileId: Nullable(Id),
  accountId: Id,
  orgId: Id,
  orgName: Type.String(),
  method: PaymentMethod,
  status: PaymentStatus,
  amountFen: Type.Integer(),
  source: FundSource,
  aidType: AidType,
  /** Masked (张*明); the full name goes only into the bank file. */
  payeeName: Type.String(),
  bankName: Nullable(Type.String()),
  bankCardMasked: Nullable(Type.String()),
  bankBatchId: Nullable(Id),
  batchNo: Nullable(Type.String()),
  voucherId: Nullable(Id),
  campaignId: Nullable(Id),
  txnId: Id,
  txnNo: Type.String(),
  reversalTxnId: Nullable(Id),
  failureReason: Nullable(Type.String()),
  paidAt: Nullable(Timestamp),
  createdBy: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Payment = Static<typeof Payment>;

export const PaymentQuery = Type.Object(
  {
    accountId: Type.Optional(Id),
    status: Type.Optional(PaymentStatus),
    method: Type.Optional(PaymentMethod),
    aidRecordId: Type.Optional(Id),
    bankBatchId: Type.Optional(Id),
    /** Also count and sum every payment the filters match (not only this page), as `totals`. */
    withTotals: Type.Optional(Type.Boolean()),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type PaymentQuery = Static<typeof PaymentQuery>;
export const PaymentTotals = Type.Object({ count: Type.Integer(), amountFen: Type.Integer() });
export type PaymentTotals = Static<typeof PaymentTotals>;
export const PaymentPage = Type.Object({ items: Type.Array(Payment), nextCursor: Nullable(Type.String()), totals: Type.Optional(PaymentTotals) });
export type PaymentPage = Static<typeof PaymentPage>;

const Reason = Type.String({ minLength: 2, maxLength: 500 });

/** The bank's answer for one transfer. */
export const PaymentResult = Type.Object(
  {
    outcome: StringEnum(['paid', 'failed']),
    /** Required when failed: the bank's reason (退汇原因), e.g. 账户已销户. */
    reason: Type.Optional(Reason),
  },
  { additionalProperties: false },
);
export type PaymentResult = Static<typeof PaymentResult>;

/** 银行代发批次 */
export const BankBatch = Type.Object({
  id: Id,
  batchNo: Type.String(),
  accountId: Id,
  accountName: Type.String(),
  accountNo: Type.String(),
  orgId: Id,
  orgName: Type.String(),
  paymentCount: Type.Integer(),
  totalFen: Type.Integer(),
  /** How many of its payments wait for the bank's result, were paid, failed. */
  pendingCount: Type.Integer(),
  paidCount: Type.Integer(),
  failedCount: Type.Integer(),
  createdBy: Type.String(),
  createdAt: Timestamp,
});
export type BankBatch = Static<typeof BankBatch>;
export const BankBatchDetail = Type.Object({ ...BankBatch.properties, payments: Type.Array(Payment) });
export type BankBatchDetail = Static<typeof BankBatchDetail>;
export const BankBatchList = Type.Object({ items: Type.Array(BankBatch) });
export type BankBatchList = Static<typeof BankBatchList>;

export const BankBatchCreate = Type.Object(
  {
    accountId: Id,
    /** Only these booked bank transfers; default: every booked bank transfer of the account. */
    paymentIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 5000, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type BankBatchCreate = Static<typeof BankBatchCreate>;

/** The bank's return file: the listed transfers failed, every other one of the batch was paid. */
export const BankBatchResults = Type.Object(
  {
    failed: Type.Array(Type.Object({ paymentId: Id, reason: Reason }, { additionalProperties: false }), { maxItems: 5000 }),
  },
  { additionalProperties: false },
);
export type BankBatchResults = Static<typeof BankBatchResults>;

/** 退回审批: finance sends an approved (or failed) aid record back to the approver. */
export const AidRecordReturn = Type.Object({ opinion: Type.String({ minLength: 2, maxLength: 2000 }) }, { additionalProperties: false });
export type AidRecordReturn = Static<typeof AidRecordReturn>;

export const AidRecord = Type.Object({
  id: Id,
  applicationId: Id,
  applicationNo: Type.String(),
  fileId: Nullable(Id),
  orgId: Id,
  aidType: AidType,
  amountFen: Type.Integer(),
  year: Type.Integer(),
  status: AidRecordStatus,
  campaignId: Nullable(Id),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AidRecord = Static<typeof AidRecord>;

/** 帮扶记录 of a household, with every payment made for each. */
export const AidHistoryPayment = Type.Object({
  id: Id,
  paymentNo: Type.String(),
  method: PaymentMethod,
  status: PaymentStatus,
  amountFen: Type.Integer(),
  paidAt: Nullable(Timestamp),
  failureReason: Nullable(Type.String()),
  createdAt: Timestamp,
});
export const AidHistoryItem = Type.Object({
  ...AidRecord.properties,
  payments: Type.Array(AidHistoryPayment),
});
export type AidHistoryItem = Static<typeof AidHistoryItem>;
export const AidHistory = Type.Object({
  items: Type.Array(AidHistoryItem),
  /** What the household was paid, in total and per year. */
  paidFen: Type.Integer(),
});
export type AidHistory = Static<typeof AidHistory>;
