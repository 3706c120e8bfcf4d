import type { HardshipFile } from '@bangfu/shared/hardship-files';
import type { Static } from 'typebox';
import type { CancelBody, ConfirmCategory, ExitBody, RevealBody } from '@bangfu/shared/hardship-files';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { NotFoundError, RuleViolationError, ValidationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { addMonths } from '../../lib/dates';
import type { FieldCrypto } from '../../lib/field-crypto';
import { audit } from '../audit/audit';
import { assertEditable, assertRefilable, nextStatus } from './file-lifecycle';
import { createFileWriter, guardDuplicatePerson } from './file-writer';
import * as repo from './hardship-files.repo';
import { assertNoOpenFile } from './hardship-files.service';
import { reviewMonthsFor } from './judge';

/** Confirming the category, the file's status changes, yearly review, and reading a protected value. */
export function createFileLifecycleService({ db, clock, crypto }: { db: Database; clock: Clock; crypto: FieldCrypto }) {
  const w = createFileWriter(clock);

  async function transition(ctx: RequestContext, id: string, action: string, fn: (file: repo.FileRow, tx: Executor) => Promise<void>) {
    return db.transaction(async (tx): Promise<HardshipFile> => {
      const file = await w.lockFile(tx, ctx, id);
      const before = await w.snapshot(tx, ctx, id);
      await fn(file, tx);
      const after = await w.snapshot(tx, ctx, id);
      await w.record(tx, ctx, id, file.orgId, action, before, after);
      return after;
    });
  }

  return {
    /** A person confirms (or overrides, with a note) the proposed category; the file keeps the working it was judged on. */
    confirm: (ctx: RequestContext, id: string, body: Static<typeof ConfirmCategory>) =>
      transition(ctx, id, 'file.confirm', async (file, tx) => {
        assertEditable(file.status);
        if (!file.classification) throw new RuleViolationError('The file has no proposal to confirm', 'NO_PROPOSAL');
        if (body.category !== file.proposedCategory && !body.note) {
          throw ValidationError.field('/body/note', `explain why the category differs from the proposed ${file.proposedCategory}`);
        }
        await repo.updateFile(tx, id, { category: body.category, categoryBasis: file.classification, categoryConfirmedBy: ctx.principal.name, categoryConfirmedAt: clock(), updatedAt: clock() });
      }),

    formalize: (ctx: RequestContext, id: string) =>
      transition(ctx, id, 'file.formalize', async (file, tx) => {
        const status = nextStatus(file.status, 'formalize');
        if (!file.category || file.category === 'not_eligible') {
          throw new RuleViolationError('Confirm an eligible category before the file becomes formal', 'CATEGORY_UNCONFIRMED');
        }
        await repo.updateFile(tx, id, { status, updatedAt: clock() });
      }),

    exit: (ctx: RequestContext, id: string, body: Static<typeof ExitBody>) =>
      transition(ctx, id, 'file.exit', async (file, tx) => {
        const status = nextStatus(file.status, 'exit');
        if (body.exitedOn > w.today()) throw ValidationError.field('/body/exitedOn', 'cannot be in the future');
        await repo.updateFile(tx, id, { status, exitType: body.exitType, exitedOn: body.exitedOn, exitEvidence: body.evidence, updatedAt: clock() });
        await repo.setPersonsOpen(tx, id, false);
      }),

    cancel: (ctx: RequestContext, id: string, body: Static<typeof CancelBody>) =>
      transition(ctx, id, 'file.cancel', async (file, tx) => {
        const status = nextStatus(file.status, 'cancel');
        await repo.updateFile(tx, id, { status, cancelReason: body.reason, updatedAt: clock() });
        await repo.setPersonsOpen(tx, id, false);
      }),

    /** 返困: a new temporary file for an exited household, linked to the earlier episode. */
    refile: (ctx: RequestContext, id: string) =>
      guardDuplicatePerson(() =>
        db.transaction(async (tx): Promise<HardshipFile> => {
          const old = await w.lockFile(tx, ctx, id);
          assertRefilable(old.status);
          const parts = await repo.loadParts(tx, id);
          await assertNoOpenFile(tx, parts.members.map((m) => ({ hash: m.idHash, field: '/params/id' })));
          const today = w.today();
          const fileNo = await repo.nextFileNo(tx, old.orgDivisionCode, today);
          const newId = randomUUID();
          const now = clock();
          const { id: _id, orgName: _n, orgDivisionCode: _d, ...copy } = old;
          await repo.insertFile(tx, {
            ...copy,
            id: newId,
            fileNo,
            status: 'temporary',
            origin: 'returned',
            category: null,
            categoryBasis: null,
            categoryConfirmedBy: null,
            categoryConfirmedAt: null,
            exitType: null,
            exitedOn: null,
            exitEvidence: null,
            cancelReason: null,
            previousFileId: old.id,
            lastReviewedOn: null,
            reviewDueOn: addMonths(today, await reviewMonthsFor(tx, old.orgDivisionCode, today)),
            createdBy: ctx.principal.kind === 'user' ? ctx.principal.id : null,
            createdByName: ctx.principal.name,
            createdAt: now,
            updatedAt: now,
          });
          const personIds = new Map<string, string>();
          await repo.insertPersons(
            tx,
            parts.members.map(({ id: pid, fileId: _f, createdAt: _c, updatedAt: _u, ...m }) => {
              const nid = randomUUID();
              personIds.set(pid, nid);
              return { ...m, id: nid, fileId: newId, open: true };
            }),
          );
          await repo.insertIncomes(tx, parts.incomes.map(({ id: _i, createdAt: _c, ...i }) => ({ ...i, fileId: newId, personId: i.personId ? (personIds.get(i.personId) ?? null) : null })));
          await repo.insertExpenses(tx, parts.expenses.map(({ id: _i, createdAt: _c, ...e }) => ({ ...e, fileId: newId })));
          const created = await repo.findFile(tx, ctx.scope, newId);
          await w.rejudge(tx, created!);
          const after = await w.snapshot(tx, ctx, newId);
          await w.record(tx, ctx, newId, old.orgId, 'file.refile', null, { ...after, previousFileId: old.id });
          return after;
        }),
      ),

    /** Marks a file reviewed today (集中复核) and sets the next review date. */
    review: (ctx: RequestContext, id: string) =>
      transition(ctx, id, 'file.review', async (file, tx) => {
        assertEditable(file.status);
        const today = w.today();
        await repo.updateFile(tx, id, { lastReviewedOn: today, reviewDueOn: addMonths(today, await reviewMonthsFor(tx, file.orgDivisionCode, today)), updatedAt: clock() });
      }),

    /** One full sensitive value for a role allowed to see it; every reveal is audited. */
    async reveal(ctx: RequestContext, id: string, body: Static<typeof RevealBody>) {
      return db.transaction(async (tx) => {
        const file = await repo.findFile(tx, ctx.scope, id);
        if (!file) throw new NotFoundError('Hardship file');
        let value: unknown = null;
        if (body.field === 'bankCard') {
          value = file.bankCardEnc ? crypto.decrypt(file.bankCardEnc) : null;
        } else {
          if (!body.personId) throw ValidationError.field('/body/personId', `is required to reveal ${body.field}`);
          const member = (await repo.loadParts(tx, id)).members.find((m) => m.id === body.personId);
          if (!member) throw new NotFoundError('Family member', '/body/personId');
          const cipher = body.field === 'idNumber' ? member.idEnc : body.field === 'phone' ? member.phoneEnc : member.healthEnc;
          value = cipher ? crypto.decrypt(cipher) : null;
          if (body.field === 'health' && typeof value === 'string') value = JSON.parse(value);
        }
        await audit(tx, ctx, { action: 'file.reveal', recordType: 'hardship_file', recordId: id, orgId: file.orgId, after: { field: body.field, personId: body.personId ?? null } });
        return { field: body.field, value };
      });
    },

    async history(ctx: RequestContext, id: string) {
      const file = await repo.findFile(db, ctx.scope, id);
      if (!file) throw new NotFoundError('Hardship file');
      const rows = await repo.listHistory(db, id);
      return {
        items: rows.map((r) => ({ id: String(r.id), at: r.at.toISOString(), actorName: r.actorName, action: r.action, before: r.before, after: r.after })),
      };
    },
  };
}

export type FileLifecycleService = ReturnType<typeof createFileLifecycleService>;
