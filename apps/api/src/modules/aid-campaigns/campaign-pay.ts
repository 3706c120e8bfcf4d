import type { AidCampaign } from '@bangfu/shared/aid-campaigns';
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../access/context';
import type { Database } from '../../db/client';
import { bankBatches } from '../../db/schema/index';
import { AppError, ConflictError, NotFoundError, RuleViolationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { analyze, bulkSettings } from '../../lib/bulk-sql';
import { localDay } from '../../lib/dates';
import { sqlState } from '../../lib/pg-errors';
import { audit } from '../audit/audit';
import { lockAccount, nextNumber, postMany } from '../funds/ledger';
import { chooseSource } from '../funds/sources';
import { AID_TYPE_LABELS } from '../../lib/labels-zh';
import * as repo from './aid-campaigns.repo';
import type { ProgressBoard, RunProgress } from './campaign-progress';
import { capsInForce } from './campaign-selection';

/** A batch payment running in this process. */
export interface CampaignRun {
  orgPath: string;
  /** The campaign as it was when the run started (state 'paying'), answered while the run holds the database. */
  snapshot: AidCampaign;
  /** Updated in place as the run goes (and, on PostgreSQL, copied to campaign_pay_progress for the other processes). */
  progress: RunProgress;
}

const PAYMENT_CHUNK = 20_000;
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * 批量支付: the approved households of a noticed campaign paid as ONE database transaction that books
 * everything or nothing — the account locked, one source chosen for the whole total (409
 * INSUFFICIENT_FUNDS / 422 BUDGET_EXCEEDED write nothing), one ledger transaction per payment
 * (postMany), the payments (real-name bank transfers to the card on each file), one bank batch, the aid
 * records booked and the applications disbursing.
 *
 * State 'paying' is committed first, in its own transaction, so others see the run. Progress is kept in
 * this process's memory and, on PostgreSQL, reported to campaign_pay_progress beside the running
 * transaction (campaign-progress.ts), so every process can show it; on PGlite (one connection, one
 * process) a write outside the running transaction would wait for it, so it stays in memory. If the run
 * fails, the campaign goes back to 'noticed' with `lastError`; a run that died with its process leaves
 * 'paying' (and a progress row that stops moving: stale), and paying again takes it over (the campaign
 * row's lock, taken NOWAIT, tells a live run from a dead one). The progress row goes when the run ends.
 *
 * Households without a bank card on file, and those one more payment would take over a yearly cap,
 * are left out of the batch: their aid records stay approved in the payment queue (cash or in kind
 * with a signed voucher, or back to the approver), and the result counts them.
 */
export function createCampaignPayer({ db, clock, running, board }: { db: Database; clock: Clock; running: Map<string, CampaignRun>; board: ProgressBoard }) {
  async function restore(id: string, error: unknown) {
    const known = error instanceof AppError;
    const lastError = {
      code: known ? error.code : 'INTERNAL',
      detail: known ? error.message : 'The batch payment failed; nothing was booked',
      at: clock().toISOString(),
    };
    await db.execute(sql`update aid_campaigns set state = 'noticed', progress = ${JSON.stringify({ lastError })}::jsonb, updated_at = ${clock()} where id = ${id} and state = 'paying'`);
  }

  async function pay(ctx: RequestContext, id: string, snapshotOf: (row: repo.CampaignRow) => AidCampaign) {
    if (running.has(id)) throw new ConflictError('The batch payment of this campaign is running', 'PAY_RUNNING');
    if (board.shared) {
      // A live run in another process holds the campaign row for its whole transaction: refuse now rather than wait it out.
      const seen = await repo.findCampaign(db, ctx.scope, id);
      if (!seen) throw new NotFoundError('Aid campaign');
      if (seen.state === 'paying' && (await board.read(db, [id])).get(id)?.stale === false) {
        throw new ConflictError('The batch payment of this campaign is running in another process', 'PAY_RUNNING');
      }
    }
    const runId = randomUUID();
    const row = await db.transaction(async (tx) => {
      const row = await repo.findCampaign(tx, ctx.scope, id, 'wait');
      if (!row) throw new NotFoundError('Aid campaign');
      if (row.state === 'noticed') {
        await repo.updateCampaign(tx, id, { state: 'paying', progress: null, updatedAt: clock() });
      } else if (row.state !== 'paying') {
        const why = row.state === 'in_notice' ? ': its notice window has not closed' : row.state === 'paid' ? ': it is paid already' : '';
        throw new ConflictError(`A ${row.state} campaign cannot be paid${why}`, row.state === 'paid' ? 'ALREADY_PAID' : 'INVALID_STATE');
      }
      // This run's progress row (replacing a dead run's), committed with 'paying'.
      await board.claim(tx, id, runId);
      return { ...row, state: 'paying', progress: null };
    });
    const run: CampaignRun = { orgPath: row.orgPath, snapshot: snapshotOf(row), progress: { step: 'starting', done: 0, total: 0, updatedAt: new Date() } };
    const report = board.reporter(id, runId, run.progress);
    running.set(id, run);
    const started = performance.now();
    try {
      await db.transaction(async (tx) => {
        let locked: repo.CampaignRow | undefined;
        try {
          locked = await repo.findCampaign(tx, ctx.scope, id, 'nowait');
        } catch (e) {
          if (sqlState(e) === LOCK_NOT_AVAILABLE) throw new ConflictError('The batch payment of this campaign is running in another process', 'PAY_RUNNING');
          throw e;
        }
        await bulkSettings(tx);
        if (!locked || locked.state !== 'paying') throw new ConflictError(`The campaign is ${locked?.state ?? 'gone'}, not paying`, 'INVALID_STATE');
        if (!locked.accountId) throw new RuleViolationError('The campaign has no special account to pay from', 'NO_ACCOUNT');
        const account = await repo.findAccount(tx, ctx.scope, { id: locked.accountId });
        if (!account) throw new NotFoundError('Fund account');
        await lockAccount(tx, account.id);
        const now = clock();
        const year = Number(localDay(now).slice(0, 4));
        report.set('preparing', 0, 0);

        const due = await repo.payable(tx, id, locked.aidType, year, await capsInForce(tx, year, locked.aidType));
        const withoutBankCard = due.filter((d) => !d.has_card).length;
        const overCap = due.filter((d) => d.has_card && d.over_cap).length;
        const paying = due.filter((d) => d.has_card && !d.over_cap);
        if (!paying.length) {
          throw new RuleViolationError(
            `No household of this campaign can be paid in a bank batch: ${due.length} approved, ${withoutBankCard} without a bank card, ${overCap} over a yearly cap`,
            'NOTHING_TO_PAY',
          );
        }
        const amounts = paying.map((d) => Number(d.amount_fen));
        const totalFen = amounts.reduce((s, a) => s + a, 0);
        const source = await chooseSource(tx, { accountId: account.id, year, aidType: locked.aidType, amountFen: totalFen });

        const batchNo = await nextNumber(tx, 'bank_batch_no_seq', 'YH', year);
        const [batch] = await tx
          .insert(bankBatches)
          .values({ batchNo, accountId: account.id, orgId: account.orgId, paymentCount: paying.length, totalFen, createdByName: ctx.principal.name, createdAt: now })
          .returning({ id: bankBatches.id });
        const bankBatchId = batch!.id;
        const numbers = (await repo.drawNumbers(tx, 'payment_no_seq', paying.length)).map((n) => `ZF${year}-${String(n).padStart(7, '0')}`);
        const paymentIds = paying.map(() => randomUUID());
        const txnIds = paying.map(() => randomUUID());
        const label = AID_TYPE_LABELS[locked.aidType] ?? locked.aidType;
        const actor = { id: ctx.principal.id, name: ctx.principal.name };

        report.set('ledger', 0, paying.length);
        await postMany(
          tx,
          paying.map((d, i) => ({
            id: txnIds[i]!,
            accountId: account.id,
            year,
            kind: 'payment' as const,
            memo: `${label} ${d.application_no} ${numbers[i]} ${locked.name} ${batchNo}`,
            at: now,
            actor,
            paymentId: paymentIds[i]!,
            campaignId: id,
            lines: [
              { ledger: 'expense' as const, source, aidType: locked.aidType, aidRecordId: d.aid_record_id, amountFen: amounts[i]! },
              { ledger: 'bank' as const, source, amountFen: -amounts[i]! },
            ],
          })),
          { onChunk: (done, total) => report.set('ledger', done, total) },
        );

        report.set('payments', 0, paying.length);
        for (let i = 0; i < paying.length; i += PAYMENT_CHUNK) {
          const end = Math.min(paying.length, i + PAYMENT_CHUNK);
          await repo.insertPayments(tx, {
            ids: paymentIds.slice(i, end),
            numbers: numbers.slice(i, end),
            aidRecordIds: paying.slice(i, end).map((d) => d.aid_record_id),
            txnIds: txnIds.slice(i, end),
            accountId: account.id,
            orgId: account.orgId,
            source,
            bankBatchId,
            campaignId: id,
            actorName: ctx.principal.name,
            now,
          });
          report.set('payments', end, paying.length);
        }

        await analyze(tx, ['payments']);
        report.set('records', 0, paying.length);
        await repo.markBatchBooked(tx, { bankBatchId, campaignId: id, actor: { ...actor, org: ctx.principal.org.name }, now });
        report.set('records', paying.length, paying.length);

        const payResult = { bankBatchId, batchNo, source, payments: paying.length, totalFen, withoutBankCard, overCap, seconds: Math.round(performance.now() - started) / 1000 };
        await repo.updateCampaign(tx, id, { state: 'paid', progress: { payResult }, updatedAt: now });
        await audit(tx, ctx, { action: 'aid_campaign.pay', recordType: 'aid_campaign', recordId: id, orgId: locked.orgId, before: { state: 'paying' }, after: { state: 'paid', ...payResult } });
      });
    } catch (e) {
      running.delete(id);
      if (!(e instanceof ConflictError && e.code === 'PAY_RUNNING')) await restore(id, e);
      throw e;
    } finally {
      // After the outcome is committed ('paid', or 'noticed' again): no process shows the progress any more.
      running.delete(id);
      await report.stop();
    }
  }

  return { pay };
}
