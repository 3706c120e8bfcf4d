import type { RequestContext } from '../../access/context';
import { SYSTEM_SCOPE } from '../../access/scope';
import type { Executor } from '../../db/client';
import { ConflictError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import { createApplicationWriter } from '../applications/application-writer';
import * as appRepo from '../applications/applications.repo';
import { audit } from '../audit/audit';
import { reverse } from '../funds/ledger';
import * as repo from './payments.repo';

/**
 * What happens after money leaves (or comes back): the payment, its aid record and the application
 * move together, each application step on its timeline. The caller holds the account's row lock.
 */
export function createSettlement(clock: Clock) {
  const w = createApplicationWriter(clock);
  const actor = (ctx: RequestContext) => ({ ctx, name: ctx.principal.name, role: 'finance' });

  async function lockApplication(tx: Executor, applicationId: string) {
    const app = await appRepo.findApplication(tx, SYSTEM_SCOPE, applicationId, true);
    if (!app) throw new ConflictError('The application of this aid record is gone', 'NOT_PAYABLE');
    return app;
  }

  /** Paid: disbursed (已发放), then closed (办结). Moves from approved through disbursing when needed. */
  async function markPaid(tx: Executor, ctx: RequestContext, applicationId: string, aidRecordId: string, paymentNo: string) {
    let app = await lockApplication(tx, applicationId);
    await repo.setAidRecordStatus(tx, aidRecordId, 'paid', clock());
    if (app.state === 'approved') {
      await w.move(tx, actor(ctx), app, 'disbursing', 'payment_booked', { opinion: paymentNo });
      app = { ...app, state: 'disbursing' };
    }
    if (app.state === 'disbursing') {
      await w.move(tx, actor(ctx), app, 'disbursed', 'payment_paid', { opinion: paymentNo });
      app = { ...app, state: 'disbursed' };
    }
    if (app.state === 'disbursed') await w.move(tx, actor(ctx), app, 'closed', 'close', { opinion: '办结' });
  }

  /** Booked, waiting for the bank: the application is being disbursed. */
  async function markBooked(tx: Executor, ctx: RequestContext, applicationId: string, aidRecordId: string, paymentNo: string) {
    const app = await lockApplication(tx, applicationId);
    await repo.setAidRecordStatus(tx, aidRecordId, 'booked', clock());
    if (app.state === 'approved') await w.move(tx, actor(ctx), app, 'disbursing', 'payment_booked', { opinion: paymentNo });
  }

  /** The bank's answer for one transfer (booked or exported): paid, or failed with the money booked back. */
  async function settle(tx: Executor, ctx: RequestContext, payment: repo.PaymentRow, outcome: 'paid' | 'failed', reason: string | null) {
    const now = clock();
    if (outcome === 'paid') {
      await repo.updatePayment(tx, payment.id, { status: 'paid', paidAt: now, updatedAt: now });
      await markPaid(tx, ctx, payment.applicationId, payment.aidRecordId, payment.paymentNo);
    } else {
      // 退汇: a reversing transaction in the open year puts the money back on the account and source.
      const reversal = await reverse(tx, payment.txnId, {
        year: Number(localDay(now).slice(0, 4)),
        memo: `退汇 ${payment.paymentNo}: ${reason ?? ''}`.trim(),
        at: now,
        actor: { id: ctx.principal.id, name: ctx.principal.name },
      });
      await repo.updatePayment(tx, payment.id, { status: 'failed', failureReason: reason, reversalTxnId: reversal.id, updatedAt: now });
      await repo.setAidRecordStatus(tx, payment.aidRecordId, 'failed', now);
      const app = await lockApplication(tx, payment.applicationId);
      if (app.state === 'disbursing') await w.move(tx, actor(ctx), app, 'approved', 'payment_failed', { opinion: `${payment.paymentNo}: ${reason ?? ''}` });
    }
    await audit(tx, ctx, {
      action: `payment.${outcome}`,
      recordType: 'payment',
      recordId: payment.id,
      orgId: payment.orgId,
      before: { status: payment.status },
      after: { status: outcome, ...(reason ? { reason } : {}) },
    });
  }

  return { markPaid, markBooked, settle, writer: w };
}

export type Settlement = ReturnType<typeof createSettlement>;
