import { maskName } from '@bangfu/shared/masks';
import type { AidRecord, Payment, PaymentQuery, PaymentQueueItem, PaymentQueueQuery } from '@bangfu/shared/payments';
import { and, asc, desc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { OrgScope } from '../../access/scope';
import type { Executor } from '../../db/client';
import { aidRecords, applications, bankBatches, fundAccounts, hardshipFiles, ledgerTransactions, orgs, paymentVouchers, payments } from '../../db/schema/index';
import { decodeCursor, pageOf } from '../../lib/cursor';
import { escapeLike } from '../orgs/orgs.repo';

/** The org subtree condition for an optional `orgId` filter (the org must be in scope too). */
const underOrg = (pathColumn: typeof orgs.path, orgId: string) => sql`${pathColumn} like (select o.path from orgs o where o.id = ${orgId}) || '%'`;

// ---------------------------------------------------------------------------------------------------------
// Aid records

const recordColumns = {
  record: aidRecords,
  orgPath: orgs.path,
  orgName: orgs.name,
  orgDivisionCode: orgs.divisionCode,
  applicationNo: applications.applicationNo,
  applicationState: applications.state,
  applicantName: applications.applicantName,
  applicantIdHash: applications.applicantIdHash,
  fileNo: hardshipFiles.fileNo,
  fileBankName: hardshipFiles.bankName,
  fileBankCardEnc: hardshipFiles.bankCardEnc,
  fileBankCardMasked: hardshipFiles.bankCardMasked,
};
type RecordJoined = { record: typeof aidRecords.$inferSelect } & Omit<RecordRow, keyof typeof aidRecords.$inferSelect>;
export type RecordRow = typeof aidRecords.$inferSelect & {
  orgPath: string;
  orgName: string;
  orgDivisionCode: string;
  applicationNo: string;
  applicationState: string;
  applicantName: string;
  applicantIdHash: string | null;
  fileNo: string | null;
  fileBankName: string | null;
  fileBankCardEnc: string | null;
  fileBankCardMasked: string | null;
};

function records(exec: Executor) {
  return exec
    .select(recordColumns)
    .from(aidRecords)
    .innerJoin(orgs, eq(orgs.id, aidRecords.orgId))
    .innerJoin(applications, eq(applications.id, aidRecords.applicationId))
    .leftJoin(hardshipFiles, eq(hardshipFiles.id, aidRecords.fileId));
}

/** An aid record in scope; `forUpdate` locks the aid record row alone. */
export async function findAidRecord(exec: Executor, scope: OrgScope, id: string, forUpdate = false): Promise<RecordRow | undefined> {
  const q = records(exec).where(and(eq(aidRecords.id, id), scope.ownsPath(orgs.path))).limit(1);
  const [row] = forUpdate ? await q.for('update', { of: aidRecords }) : await q;
  if (!row) return undefined;
  const { record, ...rest } = row as RecordJoined;
  return { ...record, ...rest };
}

export function toAidRecord(r: RecordRow): AidRecord {
  return {
    id: r.id,
    applicationId: r.applicationId,
    applicationNo: r.applicationNo,
    fileId: r.fileId,
    orgId: r.orgId,
    aidType: r.aidType as AidRecord['aidType'],
    amountFen: r.amountFen,
    year: r.year,
    status: r.status as AidRecord['status'],
    campaignId: r.campaignId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function setAidRecordStatus(exec: Executor, id: string, status: string, now: Date) {
  await exec.update(aidRecords).set({ status, updatedAt: now }).where(eq(aidRecords.id, id));
}

/** 待支付: approved and failed aid records in scope (and under `accountOrgPath`, the paying account's union), oldest first. */
export async function queue(exec: Executor, scope: OrgScope, query: PaymentQueueQuery, accountOrgPath?: string) {
  const limit = query.limit ?? 50;
  const c: (SQL | undefined)[] = [scope.ownsPath(orgs.path), query.status ? eq(aidRecords.status, query.status) : inArray(aidRecords.status, ['approved', 'failed'])];
  if (query.orgId) c.push(underOrg(orgs.path, query.orgId));
  if (accountOrgPath) c.push(like(orgs.path, `${escapeLike(accountOrgPath)}%`));
  if (query.aidType) c.push(eq(aidRecords.aidType, query.aidType));
  if (query.year) c.push(eq(aidRecords.year, query.year));
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) c.push(sql`(${aidRecords.createdAt}, ${aidRecords.id}) > (${String(cursor[0])}::timestamptz, ${String(cursor[1])}::uuid)`);
  const rows = await exec
    .select({
      ...recordColumns,
      at: sql<string>`${aidRecords.createdAt}::text`,
      failureReason: sql<string | null>`(select p.failure_reason from payments p where p.aid_record_id = ${aidRecords.id} and p.status = 'failed' order by p.updated_at desc limit 1)`,
    })
    .from(aidRecords)
    .innerJoin(orgs, eq(orgs.id, aidRecords.orgId))
    .innerJoin(applications, eq(applications.id, aidRecords.applicationId))
    .leftJoin(hardshipFiles, eq(hardshipFiles.id, aidRecords.fileId))
    .where(and(...c))
    .orderBy(asc(aidRecords.createdAt), asc(aidRecords.id))
    .limit(limit + 1);
  return pageOf(
    rows,
    limit,
    (r): PaymentQueueItem => ({
      aidRecordId: r.record.id,
      applicationId: r.record.applicationId,
      applicationNo: r.applicationNo,
      fileId: r.record.fileId,
      fileNo: r.fileNo,
      payeeName: maskName(r.applicantName),
      orgId: r.record.orgId,
      orgName: r.orgName,
      aidType: r.record.aidType as PaymentQueueItem['aidType'],
      amountFen: r.record.amountFen,
      year: r.record.year,
      status: r.record.status as PaymentQueueItem['status'],
      failureReason: r.record.status === 'failed' ? r.failureReason : null,
      hasBankCard: r.fileBankCardEnc !== null,
      bankName: r.fileBankName,
      bankCardMasked: r.fileBankCardMasked,
      campaignId: r.record.campaignId,
      approvedAt: r.record.createdAt.toISOString(),
    }),
    (r) => [r.at, r.record.id],
  );
}

/**
 * What a household (by file) or a file-less applicant (by ID hash) has had booked or paid in a ledger
 * year, other than `exceptAidRecordId`: the live payments whose transaction lies in that year.
 */
export async function paidThisYear(exec: Executor, who: { fileId: string } | { applicantIdHash: string }, year: number, aidType: string, exceptAidRecordId: string) {
  const whose = 'fileId' in who ? eq(aidRecords.fileId, who.fileId) : eq(applications.applicantIdHash, who.applicantIdHash);
  const [row] = await exec
    .select({
      amountOfType: sql<string>`coalesce(sum(${payments.amountFen}) filter (where ${aidRecords.aidType} = ${aidType}), 0)`,
      itemsOfType: sql<number>`count(*) filter (where ${aidRecords.aidType} = ${aidType})::int`,
      items: sql<number>`count(*)::int`,
      amount: sql<string>`coalesce(sum(${payments.amountFen}), 0)`,
    })
    .from(payments)
    .innerJoin(aidRecords, eq(aidRecords.id, payments.aidRecordId))
    .innerJoin(applications, eq(applications.id, aidRecords.applicationId))
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, payments.txnId))
    .where(and(whose, inArray(payments.status, ['booked', 'exported', 'paid']), eq(ledgerTransactions.year, year), sql`${aidRecords.id} <> ${exceptAidRecordId}`));
  return { amountOfType: Number(row?.amountOfType ?? 0), itemsOfType: Number(row?.itemsOfType ?? 0), items: Number(row?.items ?? 0), amount: Number(row?.amount ?? 0) };
}

// ---------------------------------------------------------------------------------------------------------
// Accounts and vouchers

export type AccountInScope = typeof fundAccounts.$inferSelect & { orgPath: string; orgName: string };

export async function findAccount(exec: Executor, scope: OrgScope, by: { id: string } | { orgId: string }): Promise<AccountInScope | undefined> {
  const [row] = await exec
    .select({ account: fundAccounts, orgPath: orgs.path, orgName: orgs.name })
    .from(fundAccounts)
    .innerJoin(orgs, eq(orgs.id, fundAccounts.orgId))
    .where(and('id' in by ? eq(fundAccounts.id, by.id) : eq(fundAccounts.orgId, by.orgId), scope.ownsPath(orgs.path)))
    .limit(1);
  return row ? { ...row.account, orgPath: row.orgPath, orgName: row.orgName } : undefined;
}

export const voucherColumns = {
  id: paymentVouchers.id,
  orgId: paymentVouchers.orgId,
  filename: paymentVouchers.filename,
  mimeType: paymentVouchers.mimeType,
  sizeBytes: paymentVouchers.sizeBytes,
  sha256: paymentVouchers.sha256,
  uploadedByName: paymentVouchers.uploadedByName,
  createdAt: paymentVouchers.createdAt,
};

export async function findVoucher(exec: Executor, scope: OrgScope, id: string, withContent = false) {
  const [row] = await exec
    .select({ ...voucherColumns, orgPath: orgs.path, ...(withContent ? { contentEnc: paymentVouchers.contentEnc } : {}) })
    .from(paymentVouchers)
    .innerJoin(orgs, eq(orgs.id, paymentVouchers.orgId))
    .where(and(eq(paymentVouchers.id, id), scope.ownsPath(orgs.path)))
    .limit(1);
  return row as (typeof row & { contentEnc?: Buffer }) | undefined;
}

/** The live payment a voucher already backs, if any (one signed voucher, one payment). */
export async function paymentOfVoucher(exec: Executor, voucherId: string) {
  const [row] = await exec
    .select({ id: payments.id, paymentNo: payments.paymentNo })
    .from(payments)
    .where(and(eq(payments.voucherId, voucherId), inArray(payments.status, ['booked', 'exported', 'paid'])))
    .limit(1);
  return row;
}

// ---------------------------------------------------------------------------------------------------------
// Payments

const paymentColumns = {
  payment: payments,
  orgName: orgs.name,
  orgPath: orgs.path,
  applicationId: aidRecords.applicationId,
  applicationNo: applications.applicationNo,
  fileId: aidRecords.fileId,
  aidType: aidRecords.aidType,
  batchNo: bankBatches.batchNo,
  txnNo: ledgerTransactions.txnNo,
};
export type PaymentRow = typeof payments.$inferSelect & {
  orgName: string;
  orgPath: string;
  applicationId: string;
  applicationNo: string;
  fileId: string | null;
  aidType: string;
  batchNo: string | null;
  txnNo: string;
};
type PaymentJoined = { payment: typeof payments.$inferSelect } & Omit<PaymentRow, keyof typeof payments.$inferSelect>;
const flattenPayment = ({ payment, ...rest }: PaymentJoined): PaymentRow => ({ ...payment, ...rest });

function paymentBase(exec: Executor) {
  return exec
    .select(paymentColumns)
    .from(payments)
    .innerJoin(orgs, eq(orgs.id, payments.orgId))
    .innerJoin(aidRecords, eq(aidRecords.id, payments.aidRecordId))
    .innerJoin(applications, eq(applications.id, aidRecords.applicationId))
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, payments.txnId))
    .leftJoin(bankBatches, eq(bankBatches.id, payments.bankBatchId));
}

export function toPayment(r: PaymentRow): Payment {
  return {
    id: r.id,
    paymentNo: r.paymentNo,
    aidRecordId: r.aidRecordId,
    applicationId: r.applicationId,
    applicationNo: r.applicationNo,
    fileId: r.fileId,
    accountId: r.accountId,
    orgId: r.orgId,
    orgName: r.orgName,
    method: r.method as Payment['method'],
    status: r.status as Payment['status'],
    amountFen: r.amountFen,
    source: r.source as Payment['source'],
    aidType: r.aidType as Payment['aidType'],
    payeeName: maskName(r.payeeName),
    bankName: r.bankName,
    bankCardMasked: r.bankCardMasked,
    bankBatchId: r.bankBatchId,
    batchNo: r.batchNo,
    voucherId: r.voucherId,
    campaignId: r.campaignId,
    txnId: r.txnId,
    txnNo: r.txnNo,
    reversalTxnId: r.reversalTxnId,
    failureReason: r.failureReason,
    paidAt: r.paidAt?.toISOString() ?? null,
    createdBy: r.createdByName,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** A payment in scope (the paying account's org); `forUpdate` locks the payment row alone. */
export async function findPayment(exec: Executor, scope: OrgScope, id: string, forUpdate = false): Promise<PaymentRow | undefined> {
  const q = paymentBase(exec).where(and(eq(payments.id, id), scope.ownsPath(orgs.path))).limit(1);
  const [row] = forUpdate ? await q.for('update', { of: payments }) : await q;
  return row ? flattenPayment(row as PaymentJoined) : undefined;
}

/** How many payments match, and their sum, whatever the page. */
async function paymentTotals(exec: Executor, conditions: (SQL | undefined)[]) {
  const [row] = await exec
    .select({ count: sql<number>`count(*)::int`, amountFen: sql<string>`coalesce(sum(${payments.amountFen}), 0)::text` })
    .from(payments)
    .innerJoin(orgs, eq(orgs.id, payments.orgId))
    .where(and(...conditions));
  return { count: Number(row?.count ?? 0), amountFen: Number(row?.amountFen ?? 0) };
}

/** Payments in scope, newest first. */
export async function listPayments(exec: Executor, scope: OrgScope, query: PaymentQuery) {
  const limit = query.limit ?? 50;
  const c: (SQL | undefined)[] = [scope.ownsPath(orgs.path)];
  if (query.accountId) c.push(eq(payments.accountId, query.accountId));
  if (query.status) c.push(eq(payments.status, query.status));
  if (query.method) c.push(eq(payments.method, query.method));
  if (query.aidRecordId) c.push(eq(payments.aidRecordId, query.aidRecordId));
  if (query.bankBatchId) c.push(eq(payments.bankBatchId, query.bankBatchId));
  const totals = query.withTotals ? await paymentTotals(exec, c) : undefined;
  const cursor = decodeCursor(query.cursor, 2);
  if (cursor) c.push(sql`(${payments.createdAt}, ${payments.id}) < (${String(cursor[0])}::timestamptz, ${String(cursor[1])}::uuid)`);
  const rows = await exec
    .select({ ...paymentColumns, at: sql<string>`${payments.createdAt}::text` })
    .from(payments)
    .innerJoin(orgs, eq(orgs.id, payments.orgId))
    .innerJoin(aidRecords, eq(aidRecords.id, payments.aidRecordId))
    .innerJoin(applications, eq(applications.id, aidRecords.applicationId))
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, payments.txnId))
    .leftJoin(bankBatches, eq(bankBatches.id, payments.bankBatchId))
    .where(and(...c))
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(limit + 1);
  const page = pageOf(
    rows,
    limit,
    ({ at: _at, ...r }) => toPayment(flattenPayment(r as PaymentJoined)),
    (r) => [r.at, r.payment.id],
  );
  return totals ? { ...page, totals } : page;
}

export async function paymentsOfBatch(exec: Executor, batchId: string, forUpdate = false) {
  const q = paymentBase(exec).where(eq(payments.bankBatchId, batchId)).orderBy(asc(payments.paymentNo));
  const rows = forUpdate ? await q.for('update', { of: payments }) : await q;
  return rows.map((r) => flattenPayment(r as PaymentJoined));
}

/** Booked bank transfers of an account, locked, oldest first (optionally only `ids`). */
export async function bookedTransfers(exec: Executor, accountId: string, ids?: string[]) {
  const rows = await paymentBase(exec)
    .where(and(eq(payments.accountId, accountId), eq(payments.method, 'bank_transfer'), eq(payments.status, 'booked'), ids ? inArray(payments.id, ids) : undefined))
    .orderBy(asc(payments.paymentNo))
    .for('update', { of: payments });
  return rows.map((r) => flattenPayment(r as PaymentJoined));
}

export async function insertPayment(exec: Executor, values: typeof payments.$inferInsert) {
  await exec.insert(payments).values(values);
}

export async function updatePayment(exec: Executor, id: string, values: Partial<typeof payments.$inferInsert>) {
  await exec.update(payments).set(values).where(eq(payments.id, id));
}

// ---------------------------------------------------------------------------------------------------------
// Household aid history

export async function aidRecordsOfFile(exec: Executor, fileId: string) {
  return exec
    .select({ record: aidRecords, applicationNo: applications.applicationNo })
    .from(aidRecords)
    .innerJoin(applications, eq(applications.id, aidRecords.applicationId))
    .where(eq(aidRecords.fileId, fileId))
    .orderBy(desc(aidRecords.year), desc(aidRecords.createdAt));
}

export async function paymentsOfRecords(exec: Executor, aidRecordIds: string[]) {
  if (aidRecordIds.length === 0) return [];
  return exec.select().from(payments).where(inArray(payments.aidRecordId, aidRecordIds)).orderBy(asc(payments.createdAt), asc(payments.paymentNo));
}
