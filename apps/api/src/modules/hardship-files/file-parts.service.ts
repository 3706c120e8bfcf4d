import type { ExpenseInput, HardshipFile, IncomeInput, PersonInput, PersonPatch } from '@bangfu/shared/hardship-files';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { ConflictError, NotFoundError } from '../../errors';
import type { Clock } from '../../lib/clock';
import type { FieldCrypto } from '../../lib/field-crypto';
import { assertEditable } from './file-lifecycle';
import { createFileWriter, guardDuplicatePerson } from './file-writer';
import * as repo from './hardship-files.repo';
import { assertNoOpenFile } from './hardship-files.service';
import { encodePerson } from './person-codec';

/** Members, incomes and expenses of a file: every change re-runs the category proposal. */
export function createFilePartsService({ db, clock, crypto }: { db: Database; clock: Clock; crypto: FieldCrypto }) {
  const w = createFileWriter(clock);

  /** Runs one change on an open file, then re-judges and records the history. */
  function change(ctx: RequestContext, fileId: string, action: string, fn: (tx: Executor, file: repo.FileRow, parts: repo.FileParts) => Promise<void>) {
    return guardDuplicatePerson(() =>
      db.transaction(async (tx): Promise<HardshipFile> => {
        const file = await w.lockFile(tx, ctx, fileId);
        assertEditable(file.status);
        const before = await w.snapshot(tx, ctx, fileId);
        await fn(tx, file, await repo.loadParts(tx, fileId));
        await w.rejudge(tx, file);
        const after = await w.snapshot(tx, ctx, fileId);
        await w.record(tx, ctx, fileId, file.orgId, action, before, after);
        return after;
      }),
    );
  }

  const mustHaveMember = (parts: repo.FileParts, personId: string) => {
    const member = parts.members.find((m) => m.id === personId);
    if (!member) throw new NotFoundError('Family member');
    return member;
  };

  return {
    addMember: (ctx: RequestContext, fileId: string, input: PersonInput) =>
      change(ctx, fileId, 'file.member_add', async (tx, _file, parts) => {
        if (input.relation === 'head') throw new ConflictError('The household has a head already', 'HEAD_EXISTS', '/body/relation');
        const values = encodePerson(input, crypto, '/body', w.today());
        await assertNoOpenFile(tx, [{ hash: values.idHash, field: '/body/idNumber' }]);
        const position = Math.max(-1, ...parts.members.map((m) => m.position)) + 1;
        await repo.insertPersons(tx, [{ ...values, id: randomUUID(), fileId, position }]);
      }),

    updateMember: (ctx: RequestContext, fileId: string, personId: string, patch: PersonPatch) =>
      change(ctx, fileId, 'file.member_update', async (tx, _file, parts) => {
        const member = mustHaveMember(parts, personId);
        if (patch.relation && (patch.relation === 'head') !== (member.relation === 'head')) {
          throw new ConflictError('The head’s relation cannot change; file a new household instead', 'HEAD_FIXED', '/body/relation');
        }
        // Re-encode from the stored values plus the patch, so the ID, gender and birth date stay consistent.
        const current: PersonInput = {
          relation: member.relation as PersonInput['relation'],
          name: member.name,
          gender: member.gender as PersonInput['gender'],
          idType: member.idType as PersonInput['idType'],
          idNumber: crypto.decrypt(member.idEnc),
          birthDate: member.birthDate,
          workStatus: member.workStatus as PersonInput['workStatus'],
          isStudent: member.isStudent,
          coResident: member.coResident,
          unionMember: member.unionMember,
        };
        const merged = { ...current, ...patch } as PersonInput;
        if (patch.idNumber && !patch.birthDate && merged.idType === 'resident') delete merged.birthDate;
        const values = encodePerson(merged, crypto, '/body', w.today());
        const keep = (key: keyof PersonInput) => !(key in patch);
        if (values.idHash !== member.idHash) {
          await assertNoOpenFile(tx, [{ hash: values.idHash, field: '/body/idNumber' }]);
        }
        await repo.updatePerson(tx, fileId, personId, {
          relation: values.relation,
          name: values.name,
          gender: values.gender,
          birthDate: values.birthDate,
          workStatus: values.workStatus,
          isStudent: values.isStudent,
          coResident: values.coResident,
          unionMember: values.unionMember,
          ...(values.idHash !== member.idHash ? { idType: values.idType, idEnc: values.idEnc, idHash: values.idHash, idLast4: values.idLast4, idMasked: values.idMasked } : {}),
          ...(keep('phone') ? {} : { phoneEnc: values.phoneEnc, phoneMasked: values.phoneMasked }),
          ...(keep('health') ? {} : { healthEnc: values.healthEnc, ableBodied: values.ableBodied }),
          ...pick(values, patch, ['ethnicity', 'address', 'hukouType', 'maritalStatus', 'medicalInsurance', 'modelWorkerLevel', 'employer', 'industry', 'school', 'schoolLevel']),
          updatedAt: clock(),
        });
      }),

    removeMember: (ctx: RequestContext, fileId: string, personId: string) =>
      change(ctx, fileId, 'file.member_remove', async (tx, _file, parts) => {
        const member = mustHaveMember(parts, personId);
        if (member.relation === 'head') throw new ConflictError('The head cannot be removed from the household', 'HEAD_FIXED');
        await repo.deletePerson(tx, fileId, personId);
      }),

    addIncome: (ctx: RequestContext, fileId: string, input: IncomeInput) =>
      change(ctx, fileId, 'file.income_add', async (tx, _file, parts) => {
        if (input.personId) mustHaveMemberField(parts, input.personId);
        await repo.insertIncomes(tx, [{ fileId, personId: input.personId ?? null, type: input.type, amountFen: input.amountFen, period: input.period, excluded: input.excluded ?? false, evidence: input.evidence ?? null }]);
      }),

    updateIncome: (ctx: RequestContext, fileId: string, itemId: string, input: IncomeInput) =>
      change(ctx, fileId, 'file.income_update', async (tx, _file, parts) => {
        if (input.personId) mustHaveMemberField(parts, input.personId);
        const ok = await repo.updateIncome(tx, fileId, itemId, { personId: input.personId ?? null, type: input.type, amountFen: input.amountFen, period: input.period, excluded: input.excluded ?? false, evidence: input.evidence ?? null });
        if (!ok) throw new NotFoundError('Income item');
      }),

    removeIncome: (ctx: RequestContext, fileId: string, itemId: string) =>
      change(ctx, fileId, 'file.income_remove', async (tx) => {
        if (!(await repo.deleteIncome(tx, fileId, itemId))) throw new NotFoundError('Income item');
      }),

    addExpense: (ctx: RequestContext, fileId: string, input: ExpenseInput) =>
      change(ctx, fileId, 'file.expense_add', async (tx) => {
        await repo.insertExpenses(tx, [{ fileId, type: input.type, amountFen: input.amountFen, period: input.period, evidence: input.evidence ?? null }]);
      }),

    updateExpense: (ctx: RequestContext, fileId: string, itemId: string, input: ExpenseInput) =>
      change(ctx, fileId, 'file.expense_update', async (tx) => {
        const ok = await repo.updateExpense(tx, fileId, itemId, { type: input.type, amountFen: input.amountFen, period: input.period, evidence: input.evidence ?? null });
        if (!ok) throw new NotFoundError('Expense item');
      }),

    removeExpense: (ctx: RequestContext, fileId: string, itemId: string) =>
      change(ctx, fileId, 'file.expense_remove', async (tx) => {
        if (!(await repo.deleteExpense(tx, fileId, itemId))) throw new NotFoundError('Expense item');
      }),
  };
}

function mustHaveMemberField(parts: repo.FileParts, personId: string) {
  if (!parts.members.some((m) => m.id === personId)) throw new NotFoundError('Family member', '/body/personId');
}

function pick<T extends object>(values: T, patch: object, keys: (keyof T & string)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (k in patch) out[k] = values[k];
  return out;
}

export type FilePartsService = ReturnType<typeof createFilePartsService>;
