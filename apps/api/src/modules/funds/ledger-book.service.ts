import type { FundSource, LedgerQuery, LedgerTxn } from '@bangfu/shared/funds';
import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { ledgerEntries, ledgerTransactions, payments } from '../../db/schema/index';
import { ConflictError, NotFoundError, RuleViolationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import { audit } from '../audit/audit';
import { isYearClosed } from './fund-accounts.repo';
import { mustFindAccount } from './fund-accounts.service';
import { lockAccount, reverse, sourceBalances } from './ledger';
import * as repo from './ledger-book.repo';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** 账簿: the special account's ledger, read with filters, and 红字冲销 of a receipt or a stray transaction. */
export function createLedgerBookService({ db, clock }: { db: Database; clock: Clock }) {
  async function mustFindTxn(exec: Executor, ctx: RequestContext, id: string) {
    const txn = await repo.findTxn(exec, ctx.scope, id);
    if (!txn) throw new NotFoundError('Ledger transaction');
    return txn;
  }

  async function get(ctx: RequestContext, id: string): Promise<LedgerTxn> {
    const [txn] = await repo.toLedgerTxns(db, [await mustFindTxn(db, ctx, id)], true);
    return txn!;
  }

  return {
    async list(ctx: RequestContext, accountId: string, query: LedgerQuery) {
      const account = await mustFindAccount(db, ctx, accountId);
      return repo.listTxns(db, account.id, query);
    },

    get,

    /**
     * Books the reversal into the current (local) year, which must be open. Payments are reversed through
     * the payment flow, which also settles the payment row; a receipt can be reversed only while its
     * source still holds the money.
     */
    async reverse(ctx: RequestContext, id: string, reason: string): Promise<LedgerTxn> {
      const reversalId = await db.transaction(async (tx) => {
        const orig = await mustFindTxn(tx, ctx, id);
        const account = await lockAccount(tx, orig.accountId);
        if (orig.kind === 'reversal') throw new RuleViolationError('A reversal is not reversed; book a new transaction instead', 'REVERSAL_OF_REVERSAL');
        const [done] = await tx.select({ txnNo: ledgerTransactions.txnNo }).from(ledgerTransactions).where(eq(ledgerTransactions.reversesId, orig.id));
        if (done) throw new ConflictError(`Transaction ${orig.txnNo} is reversed already (by ${done.txnNo})`, 'ALREADY_REVERSED');
        const [payment] = await tx.select({ paymentNo: payments.paymentNo }).from(payments).where(eq(payments.txnId, orig.id)).limit(1);
        if (payment) throw new ConflictError(`Transaction ${orig.txnNo} books payment ${payment.paymentNo}: reverse it through the payment (mark it failed or returned)`, 'USE_PAYMENT_FLOW');
        const year = Number(localDay(clock()).slice(0, 4));
        if (await isYearClosed(tx, account.id, year)) throw new ConflictError(`The current year ${year} is closed for this account`, 'YEAR_CLOSED');
        // What the reversal takes out of each source must still be there.
        const bank = await tx.select().from(ledgerEntries).where(and(eq(ledgerEntries.txnId, orig.id), eq(ledgerEntries.ledger, 'bank')));
        const out = new Map<FundSource, number>();
        for (const l of bank) out.set(l.source as FundSource, (out.get(l.source as FundSource) ?? 0) + l.amountFen);
        const balances = await sourceBalances(tx, account.id);
        for (const [source, fen] of out) {
          const held = balances.get(source) ?? 0;
          if (fen > held) throw new ConflictError(`Reversing ${orig.txnNo} takes ${yuan(fen)} yuan out of ${source}, which holds ${yuan(held)} yuan now`, 'INSUFFICIENT_FUNDS');
        }
        const reversal = await reverse(tx, orig.id, { year, memo: `冲销 ${orig.txnNo}: ${reason}`, at: clock(), actor: { id: ctx.principal.id, name: ctx.principal.name } });
        await audit(tx, ctx, { action: 'ledger.reverse', recordType: 'ledger_transaction', recordId: orig.id, orgId: account.orgId, after: { reversalId: reversal.id, reversalNo: reversal.txnNo, year, reason } });
        return reversal.id;
      });
      return get(ctx, reversalId);
    },
  };
}
export type LedgerBookService = ReturnType<typeof createLedgerBookService>;
