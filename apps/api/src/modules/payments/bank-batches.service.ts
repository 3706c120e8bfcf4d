import type { BankBatch, BankBatchCreate, BankBatchDetail, BankBatchResults } from '@bangfu/shared/payments';
import { and, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { payments } from '../../db/schema/index';
import { ConflictError, NotFoundError, RuleViolationError, ValidationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import type { FieldCrypto } from '../../lib/field-crypto';
import { audit } from '../audit/audit';
import { lockAccount, nextNumber } from '../funds/ledger';
import { bankFileCsv } from './bank-file';
import * as batches from './bank-batches.repo';
import * as repo from './payments.repo';
import { AID_TYPE_LABELS } from '../../lib/labels-zh';
import { createSettlement } from './settlement';

function toBatch(b: batches.BatchRow): BankBatch {
  return {
    id: b.id,
    batchNo: b.batchNo,
    accountId: b.accountId,
    accountName: b.accountName,
    accountNo: b.accountNo,
    orgId: b.orgId,
    orgName: b.orgName,
    paymentCount: b.paymentCount,
    totalFen: b.totalFen,
    pendingCount: b.pendingCount,
    paidCount: b.paidCount,
    failedCount: b.failedCount,
    createdBy: b.createdByName,
    createdAt: b.createdAt.toISOString(),
  };
}

/**
 * 银行代发: booked bank transfers of an account go out together in one file with a batch number;
 * the bank's return file says which failed, and every other one of the batch is paid.
 */
export function createBankBatchesService({ db, clock, crypto }: { db: Database; clock: Clock; crypto: FieldCrypto }) {
  const settlement = createSettlement(clock);

  async function mustFind(exec: Executor, ctx: RequestContext, id: string) {
    const b = await batches.findBatch(exec, ctx.scope, id);
    if (!b) throw new NotFoundError('Bank batch');
    return b;
  }

  async function detail(exec: Executor, ctx: RequestContext, id: string): Promise<BankBatchDetail> {
    const b = await mustFind(exec, ctx, id);
    const rows = await repo.paymentsOfBatch(exec, id);
    return { ...toBatch(b), payments: rows.map(repo.toPayment) };
  }

  return {
    list: async (ctx: RequestContext, accountId?: string) => ({ items: (await batches.listBatches(db, ctx.scope, accountId)).map(toBatch) }),
    get: (ctx: RequestContext, id: string) => detail(db, ctx, id),

    async create(ctx: RequestContext, body: BankBatchCreate): Promise<BankBatchDetail> {
      const id = await db.transaction(async (tx) => {
        const account = await repo.findAccount(tx, ctx.scope, { id: body.accountId });
        if (!account) throw new NotFoundError('Fund account', '/body/accountId');
        await lockAccount(tx, account.id);
        const booked = await repo.bookedTransfers(tx, account.id, body.paymentIds);
        if (body.paymentIds) {
          const found = new Set(booked.map((p) => p.id));
          const missing = body.paymentIds.findIndex((pid) => !found.has(pid));
          if (missing >= 0) {
            throw new ConflictError('Not a booked bank transfer of this account (paid, failed, exported already, cash, or another account’s)', 'NOT_EXPORTABLE', `/body/paymentIds/${missing}`);
          }
        }
        if (booked.length === 0) throw new RuleViolationError('The account has no booked bank transfers to export', 'NOTHING_TO_EXPORT', '/body/accountId');
        const now = clock();
        const batchNo = await nextNumber(tx, 'bank_batch_no_seq', 'YH', Number(localDay(now).slice(0, 4)));
        const totalFen = booked.reduce((s, p) => s + p.amountFen, 0);
        const batchId = await batches.insertBatch(tx, { batchNo, accountId: account.id, orgId: account.orgId, paymentCount: booked.length, totalFen, createdByName: ctx.principal.name, createdAt: now });
        await tx
          .update(payments)
          .set({ status: 'exported', bankBatchId: batchId, updatedAt: now })
          .where(and(inArray(payments.id, booked.map((p) => p.id)), eq(payments.status, 'booked')));
        await audit(tx, ctx, { action: 'bank_batch.create', recordType: 'bank_batch', recordId: batchId, orgId: account.orgId, after: { batchNo, paymentCount: booked.length, totalFen } });
        return batchId;
      });
      return detail(db, ctx, id);
    },

    /** The CSV for the bank, with full card numbers: every download is audited. */
    async file(ctx: RequestContext, id: string) {
      const b = await mustFind(db, ctx, id);
      const rows = await repo.paymentsOfBatch(db, id);
      const content = bankFileCsv(
        { batchNo: b.batchNo, accountNo: b.accountNo, count: b.paymentCount, totalFen: b.totalFen },
        rows.map((p) => ({
          payeeName: p.payeeName,
          cardNo: p.bankCardEnc ? crypto.decrypt(p.bankCardEnc) : '',
          bankName: p.bankName ?? '',
          amountFen: p.amountFen,
          paymentNo: p.paymentNo,
          memo: `帮扶资金 ${AID_TYPE_LABELS[p.aidType] ?? p.aidType} ${p.applicationNo}`,
        })),
      );
      await audit(db, ctx, { action: 'bank_batch.export_file', recordType: 'bank_batch', recordId: id, orgId: b.orgId, after: { batchNo: b.batchNo, paymentCount: rows.length, fullCardNumbers: true } });
      return { filename: `${b.batchNo}.csv`, content };
    },

    /** The bank's return file: the listed transfers failed (each reversed), the rest were paid. */
    async results(ctx: RequestContext, id: string, body: BankBatchResults): Promise<BankBatchDetail> {
      const seen = new Set<string>();
      body.failed.forEach((f, i) => {
        if (seen.has(f.paymentId)) throw ValidationError.field(`/body/failed/${i}/paymentId`, 'is listed twice');
        seen.add(f.paymentId);
        if (!f.reason.trim()) throw ValidationError.field(`/body/failed/${i}/reason`, 'must not be blank');
      });
      await db.transaction(async (tx) => {
        const b = await mustFind(tx, ctx, id);
        await lockAccount(tx, b.accountId);
        const rows = await repo.paymentsOfBatch(tx, id, true);
        const byId = new Map(rows.map((p) => [p.id, p]));
        body.failed.forEach((f, i) => {
          const p = byId.get(f.paymentId);
          if (!p) throw new RuleViolationError('Not a payment of this batch', 'NOT_IN_BATCH', `/body/failed/${i}/paymentId`);
          if (p.status !== 'exported') throw new ConflictError(`Payment ${p.paymentNo} is ${p.status} already`, 'NOT_PENDING', `/body/failed/${i}/paymentId`);
        });
        const pending = rows.filter((p) => p.status === 'exported');
        if (pending.length === 0) throw new ConflictError(`Every payment of batch ${b.batchNo} has its result already`, 'BATCH_SETTLED');
        const reasons = new Map(body.failed.map((f) => [f.paymentId, f.reason.trim()]));
        for (const p of pending) {
          const reason = reasons.get(p.id);
          await settlement.settle(tx, ctx, p, reason ? 'failed' : 'paid', reason ?? null);
        }
        await audit(tx, ctx, { action: 'bank_batch.results', recordType: 'bank_batch', recordId: id, orgId: b.orgId, after: { paid: pending.length - reasons.size, failed: reasons.size } });
      });
      return detail(db, ctx, id);
    },
  };
}

export type BankBatchesService = ReturnType<typeof createBankBatchesService>;
