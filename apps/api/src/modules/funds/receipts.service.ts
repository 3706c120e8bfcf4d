import type { FieldError } from '@bangfu/shared/common';
import type { FundSource, Receipt, ReceiptCreate, ReceiptQuery } from '@bangfu/shared/funds';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../access/context';
import type { Database } from '../../db/client';
import { ConflictError, RuleViolationError, ValidationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { localDay } from '../../lib/dates';
import { constraintOf, sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors';
import { audit } from '../audit/audit';
import { isYearClosed } from './fund-accounts.repo';
import { mustFindAccount } from './fund-accounts.service';
import { lockAccount, post } from './ledger';
import * as repo from './receipts.repo';

/** Sources an appropriation (拨款) can come from. */
export const APPROPRIATION_SOURCES: readonly FundSource[] = ['central_fiscal', 'provincial_fiscal', 'local_fiscal', 'union_funds'];

const KIND_LABEL = { appropriation: '拨款', donation: '捐赠', interest: '利息', other: '其他收入' } as const;

/** The rules that tie a receipt's kind to its source and papers (DOMAIN.md §6: donations booked with official receipts). */
export function receiptFieldErrors(body: ReceiptCreate): FieldError[] {
  const errors: FieldError[] = [];
  const need = (field: 'receiptNo' | 'donor' | 'documentNo', message: string) => {
    if (!body[field]?.trim()) errors.push({ field: `/body/${field}`, message });
  };
  switch (body.kind) {
    case 'donation':
      need('receiptNo', 'a donation needs the number of the official donation receipt (捐赠收据号)');
      need('donor', 'a donation needs its donor');
      if (body.source !== 'donation') errors.push({ field: '/body/source', message: 'a donation is booked to the donation source' });
      break;
    case 'appropriation':
      need('documentNo', 'an appropriation needs its document number (拨款文号)');
      if (!APPROPRIATION_SOURCES.includes(body.source)) errors.push({ field: '/body/source', message: `an appropriation comes from one of: ${APPROPRIATION_SOURCES.join(', ')}` });
      break;
    case 'interest':
      if (body.source !== 'interest') errors.push({ field: '/body/source', message: 'account interest is booked to the interest source' });
      break;
    case 'other':
      if (body.source === 'interest') errors.push({ field: '/body/source', message: 'only interest receipts go to the interest source' });
      break;
  }
  return errors;
}

/** 收款: books money into the special account (bank +X / income −X) with its papers. */
export function createReceiptsService({ db, clock }: { db: Database; clock: Clock }) {
  return {
    async list(ctx: RequestContext, accountId: string, query: ReceiptQuery) {
      const account = await mustFindAccount(db, ctx, accountId);
      return repo.listReceipts(db, account.id, query);
    },

    async create(ctx: RequestContext, accountId: string, body: ReceiptCreate): Promise<Receipt> {
      const errors = receiptFieldErrors(body);
      if (errors.length) throw new ValidationError(errors.map((e) => e.message).join('; '), errors);
      const receiptNo = body.receiptNo?.trim() || null;
      const now = clock();
      if (body.receivedOn > localDay(now)) throw new RuleViolationError('A receipt cannot be dated in the future', 'DATE_IN_FUTURE', '/body/receivedOn');
      const year = Number(body.receivedOn.slice(0, 4));
      const id = randomUUID();
      await db
        .transaction(async (tx) => {
          await mustFindAccount(tx, ctx, accountId);
          const account = await lockAccount(tx, accountId);
          if (body.receivedOn < account.openedOn) throw new RuleViolationError(`The account was opened on ${account.openedOn}`, 'BEFORE_ACCOUNT_OPENED', '/body/receivedOn');
          if (await isYearClosed(tx, account.id, year)) throw new ConflictError(`The year ${year} is closed: the receipt cannot be booked into it`, 'YEAR_CLOSED', '/body/receivedOn');
          if (receiptNo && (await repo.receiptNoTaken(tx, account.id, receiptNo))) throw new ConflictError(`Receipt number ${receiptNo} is booked already`, 'DUPLICATE_RECEIPT_NO', '/body/receiptNo');
          const papers = [body.documentNo, receiptNo, body.donor].filter(Boolean).join(' ');
          const txn = await post(tx, {
            accountId: account.id,
            year,
            kind: 'receipt',
            memo: `${KIND_LABEL[body.kind]} ${papers}${body.memo ? ` — ${body.memo}` : ''}`.trim(),
            at: now,
            actor: { id: ctx.principal.id, name: ctx.principal.name },
            receiptId: id,
            lines: [
              { ledger: 'bank', source: body.source, amountFen: body.amountFen },
              { ledger: 'income', source: body.source, amountFen: -body.amountFen },
            ],
          });
          await repo.insertReceipt(tx, {
            id,
            accountId: account.id,
            orgId: account.orgId,
            source: body.source,
            kind: body.kind,
            amountFen: body.amountFen,
            receivedOn: body.receivedOn,
            receiptNo,
            donor: body.donor?.trim() || null,
            documentNo: body.documentNo?.trim() || null,
            memo: body.memo ?? null,
            txnId: txn.id,
            createdByName: ctx.principal.name,
            createdAt: now,
          });
          await audit(tx, ctx, { action: 'fund_receipt.create', recordType: 'fund_receipt', recordId: id, orgId: account.orgId, after: { ...body, txnNo: txn.txnNo } });
        })
        .catch((e: unknown) => {
          if (sqlState(e) === UNIQUE_VIOLATION && constraintOf(e) === 'fund_receipts_receipt_no_uq') throw new ConflictError(`Receipt number ${receiptNo} is booked already`, 'DUPLICATE_RECEIPT_NO', '/body/receiptNo');
          throw e;
        });
      return (await repo.findReceipt(db, id))!;
    },
  };
}
export type ReceiptsService = ReturnType<typeof createReceiptsService>;
