import { maskBankCard } from '@bangfu/shared/masks';
import type { AidHistory, AidRecordReturn, Payment, PaymentCreate, PaymentQuery, PaymentQueueQuery, PaymentResult } from '@bangfu/shared/payments';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../access/context';
import { SYSTEM_SCOPE } from '../../access/scope';
import type { Database, Executor } from '../../db/client';
import { hardshipFiles } from '../../db/schema/index';
import { ConflictError, NotFoundError, RuleViolationError, ValidationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import type { FieldCrypto } from '../../lib/field-crypto';
import { constraintOf, sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors';
import * as appRepo from '../applications/applications.repo';
import { assertCapsAllow } from '../applications/approval';
import { audit } from '../audit/audit';
import { lockAccount, nextNumber, post } from '../funds/ledger';
import { chooseSource } from '../funds/sources';
import { findFile } from '../hardship-files/hardship-files.repo';
import * as repo from './payments.repo';
import { AID_TYPE_LABELS } from '../../lib/labels-zh';
import { createSettlement } from './settlement';

/**
 * 支付: paying approved aid records from a special account. Each payment is one database
 * transaction: lock the account, lock the aid record, check, pick the source, post the ledger
 * transaction, record the payment and move the application. The database has the last word on
 * money (balances never below zero) and on doubles (one live payment per aid record).
 */
export function createPaymentsService({ db, clock, crypto }: { db: Database; clock: Clock; crypto: FieldCrypto }) {
  const settlement = createSettlement(clock);

  async function mustFindPayment(exec: Executor, ctx: RequestContext, id: string, forUpdate = false) {
    const p = await repo.findPayment(exec, ctx.scope, id, forUpdate);
    if (!p) throw new NotFoundError('Payment');
    return p;
  }

  async function one(exec: Executor, ctx: RequestContext, id: string): Promise<Payment> {
    return repo.toPayment(await mustFindPayment(exec, ctx, id));
  }

  /** The account to pay from: the one named (in scope), else the caller's own org's special account. */
  async function accountFor(tx: Executor, ctx: RequestContext, accountId: string | undefined) {
    const account = accountId ? await repo.findAccount(tx, ctx.scope, { id: accountId }) : await repo.findAccount(tx, ctx.scope, { orgId: ctx.principal.org.id });
    if (!account) {
      if (accountId) throw new NotFoundError('Fund account', '/body/accountId');
      throw new RuleViolationError(`${ctx.principal.org.name} has no special account: name one in accountId`, 'NO_ACCOUNT', '/body/accountId');
    }
    return account;
  }

  /** Yearly caps, against what the household already has booked or paid in this ledger year. */
  async function assertCapsAtPayment(tx: Executor, record: repo.RecordRow, year: number) {
    if (record.fileId) await tx.select({ id: hardshipFiles.id }).from(hardshipFiles).where(eq(hardshipFiles.id, record.fileId)).for('update');
    const who = record.fileId ? { fileId: record.fileId } : record.applicantIdHash ? { applicantIdHash: record.applicantIdHash } : null;
    const paid = who ? await repo.paidThisYear(tx, who, year, record.aidType, record.id) : { amountOfType: 0, itemsOfType: 0, items: 0, amount: 0 };
    const caps = await appRepo.capsFor(tx, record.orgDivisionCode, year, record.category ?? 'any', record.aidType);
    assertCapsAllow(caps, paid, record.amountFen, { field: '/body/aidRecordId', verb: 'booked or paid' });
  }

  /** The payee's card: the one given with the payment, else the one on the household's file. */
  function cardFor(record: repo.RecordRow, body: PaymentCreate) {
    if (body.bankCard) {
      const digits = body.bankCard.replace(/\s+/g, '');
      if (!/^\d{12,19}$/.test(digits)) throw ValidationError.field('/body/bankCard', 'must be 12 to 19 digits');
      const bankName = body.bankName ?? record.fileBankName;
      if (!bankName) throw ValidationError.field('/body/bankName', 'is required with a bank card');
      return { bankName, bankCardEnc: crypto.encrypt(digits), bankCardMasked: maskBankCard(digits) };
    }
    if (!record.fileBankCardEnc) {
      throw new RuleViolationError('The household has no bank card on file: give bankName and bankCard, or pay in cash with a signed voucher', 'BANK_CARD_MISSING', '/body/bankCard');
    }
    return { bankName: body.bankName ?? record.fileBankName ?? '', bankCardEnc: record.fileBankCardEnc, bankCardMasked: record.fileBankCardMasked };
  }

  function assertMethodFields(body: PaymentCreate) {
    if (body.method === 'bank_transfer') {
      if (body.voucherId) throw ValidationError.field('/body/voucherId', 'is for cash and in-kind payments only');
    } else {
      if (!body.voucherId) throw ValidationError.field('/body/voucherId', 'a signed voucher is required for cash and in-kind payments');
      if (body.bankCard) throw ValidationError.field('/body/bankCard', 'is for bank transfers only');
      if (body.bankName) throw ValidationError.field('/body/bankName', 'is for bank transfers only');
    }
  }

  return {
    async queue(ctx: RequestContext, query: PaymentQueueQuery) {
      if (!query.accountId) return repo.queue(db, ctx.scope, query);
      const account = await repo.findAccount(db, ctx.scope, { id: query.accountId });
      if (!account) throw new NotFoundError('Fund account', '/querystring/accountId');
      return repo.queue(db, ctx.scope, query, account.orgPath);
    },
    list: (ctx: RequestContext, query: PaymentQuery) => repo.listPayments(db, ctx.scope, query),
    get: (ctx: RequestContext, id: string) => one(db, ctx, id),

    async create(ctx: RequestContext, body: PaymentCreate): Promise<Payment> {
      assertMethodFields(body);
      const id = randomUUID();
      try {
        await db.transaction(async (tx) => {
          const now = clock();
          const year = Number(localDay(now).slice(0, 4));
          const account = await accountFor(tx, ctx, body.accountId);
          await lockAccount(tx, account.id);
          const record = await repo.findAidRecord(tx, ctx.scope, body.aidRecordId, true);
          if (!record) throw new NotFoundError('Aid record', '/body/aidRecordId');
          if (!record.orgPath.startsWith(account.orgPath)) {
            throw new RuleViolationError(`The aid record belongs to ${record.orgName}, outside ${account.orgName}: pay it from an account of its own union or above`, 'OUTSIDE_ACCOUNT', '/body/accountId');
          }
          if (record.status === 'booked' || record.status === 'paid') throw new ConflictError(`Aid record of ${record.applicationNo} is ${record.status} already`, 'ALREADY_PAID', '/body/aidRecordId');
          if (record.status !== 'approved' && record.status !== 'failed') throw new ConflictError(`Aid record of ${record.applicationNo} is ${record.status}, not waiting for payment`, 'NOT_PAYABLE', '/body/aidRecordId');
          if (record.applicationState !== 'approved') throw new ConflictError(`Application ${record.applicationNo} is ${record.applicationState}, not approved`, 'NOT_PAYABLE', '/body/aidRecordId');

          let voucherId: string | null = null;
          let card: { bankName: string | null; bankCardEnc: string | null; bankCardMasked: string | null } = { bankName: null, bankCardEnc: null, bankCardMasked: null };
          if (body.method === 'bank_transfer') card = cardFor(record, body);
          else {
            const voucher = await repo.findVoucher(tx, ctx.scope, body.voucherId!);
            if (!voucher) throw new NotFoundError('Payment voucher', '/body/voucherId');
            const used = await repo.paymentOfVoucher(tx, voucher.id);
            if (used) throw new ConflictError(`The voucher backs payment ${used.paymentNo} already: upload this payee's own signed voucher`, 'VOUCHER_USED', '/body/voucherId');
            voucherId = voucher.id;
          }

          await assertCapsAtPayment(tx, record, year);
          const source = await chooseSource(tx, { accountId: account.id, year, aidType: record.aidType, amountFen: record.amountFen, source: body.source ?? null });
          const paymentNo = await nextNumber(tx, 'payment_no_seq', 'ZF', year);
          const label = AID_TYPE_LABELS[record.aidType] ?? record.aidType;
          const txn = await post(tx, {
            accountId: account.id,
            year,
            kind: 'payment',
            memo: `${label} ${record.applicationNo} ${paymentNo}${body.memo ? ` ${body.memo}` : ''}`,
            at: now,
            actor: { id: ctx.principal.id, name: ctx.principal.name },
            paymentId: id,
            campaignId: record.campaignId,
            lines: [
              { ledger: 'expense', source, aidType: record.aidType, aidRecordId: record.id, amountFen: record.amountFen },
              { ledger: 'bank', source, amountFen: -record.amountFen },
            ],
          });
          const paidAtOnce = body.method !== 'bank_transfer';
          await repo.insertPayment(tx, {
            id,
            paymentNo,
            aidRecordId: record.id,
            accountId: account.id,
            orgId: account.orgId,
            method: body.method,
            status: paidAtOnce ? 'paid' : 'booked',
            amountFen: record.amountFen,
            source,
            payeeName: record.applicantName,
            ...card,
            voucherId,
            campaignId: record.campaignId,
            txnId: txn.id,
            paidAt: paidAtOnce ? now : null,
            createdByName: ctx.principal.name,
            createdAt: now,
            updatedAt: now,
          });
          if (paidAtOnce) await settlement.markPaid(tx, ctx, record.applicationId, record.id, paymentNo);
          else await settlement.markBooked(tx, ctx, record.applicationId, record.id, paymentNo);
          await audit(tx, ctx, {
            action: 'payment.create',
            recordType: 'payment',
            recordId: id,
            orgId: account.orgId,
            after: { paymentNo, aidRecordId: record.id, method: body.method, amountFen: record.amountFen, source, status: paidAtOnce ? 'paid' : 'booked', txnNo: txn.txnNo },
          });
        });
      } catch (e) {
        if (sqlState(e) === UNIQUE_VIOLATION && constraintOf(e) === 'payments_live_uq') {
          throw new ConflictError('The aid record has a live payment already', 'ALREADY_PAID', '/body/aidRecordId');
        }
        throw e;
      }
      return one(db, ctx, id);
    },

    /** The bank's answer for one transfer. */
    async result(ctx: RequestContext, id: string, body: PaymentResult): Promise<Payment> {
      if (body.outcome === 'failed' && !body.reason?.trim()) throw ValidationError.field('/body/reason', 'the bank’s reason is required for a failed transfer');
      await db.transaction(async (tx) => {
        const peek = await mustFindPayment(tx, ctx, id);
        await lockAccount(tx, peek.accountId);
        const payment = await mustFindPayment(tx, ctx, id, true);
        if (payment.method !== 'bank_transfer') throw new ConflictError(`A ${payment.method} payment is paid when it is booked; it has no bank result`, 'NOT_PENDING');
        if (payment.status !== 'booked' && payment.status !== 'exported') throw new ConflictError(`Payment ${payment.paymentNo} is ${payment.status} already`, 'NOT_PENDING');
        await settlement.settle(tx, ctx, payment, body.outcome, body.outcome === 'failed' ? body.reason!.trim() : null);
      });
      return one(db, ctx, id);
    },

    /** 退回审批: an approved or failed aid record goes back to the approver with finance's opinion. */
    async returnToApprover(ctx: RequestContext, aidRecordId: string, body: AidRecordReturn) {
      await db.transaction(async (tx) => {
        const record = await repo.findAidRecord(tx, ctx.scope, aidRecordId, true);
        if (!record) throw new NotFoundError('Aid record');
        if (record.status !== 'approved' && record.status !== 'failed') {
          throw new ConflictError(`Aid record of ${record.applicationNo} is ${record.status}: only approved or failed records go back to the approver`, 'NOT_RETURNABLE');
        }
        const app = await appRepo.findApplication(tx, SYSTEM_SCOPE, record.applicationId, true);
        if (!app || app.state !== 'approved') throw new ConflictError(`Application ${record.applicationNo} is ${app?.state ?? 'gone'}, not approved`, 'NOT_RETURNABLE');
        const now = clock();
        await repo.setAidRecordStatus(tx, record.id, 'returned', now);
        // Where the recipients' notice follows approval, approving again means a new notice.
        const plan = app.plan as string[];
        const noticeAfter = plan.indexOf('notice') > plan.indexOf('approval');
        await settlement.writer.move(tx, { ctx, name: ctx.principal.name, role: 'finance' }, app, 'approval', 'returned_by_finance', {
          step: 'approval',
          opinion: body.opinion.trim(),
          values: noticeAfter ? { noticeBatchId: null } : {},
        });
        await audit(tx, ctx, { action: 'aid_record.return', recordType: 'aid_record', recordId: record.id, orgId: record.orgId, before: { status: record.status }, after: { status: 'returned', opinion: body.opinion.trim() } });
      });
      const record = await repo.findAidRecord(db, ctx.scope, aidRecordId);
      return repo.toAidRecord(record!);
    },

    /** 帮扶记录: every aid record of a household's file, with its payments. */
    async aidHistory(ctx: RequestContext, fileId: string): Promise<AidHistory> {
      const file = await findFile(db, ctx.scope, fileId);
      if (!file) throw new NotFoundError('Hardship file');
      const records = await repo.aidRecordsOfFile(db, fileId);
      const pays = await repo.paymentsOfRecords(db, records.map((r) => r.record.id));
      let paidFen = 0;
      const items = records.map(({ record, applicationNo }) => {
        const mine = pays.filter((p) => p.aidRecordId === record.id);
        for (const p of mine) if (p.status === 'paid') paidFen += p.amountFen;
        return {
          id: record.id,
          applicationId: record.applicationId,
          applicationNo,
          fileId: record.fileId,
          orgId: record.orgId,
          aidType: record.aidType as AidHistory['items'][number]['aidType'],
          amountFen: record.amountFen,
          year: record.year,
          status: record.status as AidHistory['items'][number]['status'],
          campaignId: record.campaignId,
          createdAt: record.createdAt.toISOString(),
          updatedAt: record.updatedAt.toISOString(),
          payments: mine.map((p) => ({
            id: p.id,
            paymentNo: p.paymentNo,
            method: p.method as 'bank_transfer' | 'cash' | 'in_kind',
            status: p.status as 'booked' | 'exported' | 'paid' | 'failed',
            amountFen: p.amountFen,
            paidAt: p.paidAt?.toISOString() ?? null,
            failureReason: p.failureReason,
            createdAt: p.createdAt.toISOString(),
          })),
        };
      });
      return { items, paidFen };
    },
  };
}

export type PaymentsService = ReturnType<typeof createPaymentsService>;
