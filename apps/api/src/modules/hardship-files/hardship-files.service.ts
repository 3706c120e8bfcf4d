import type { HardshipFile, HardshipFileCreate, HardshipFileQuery, HardshipFileUpdate, PersonInput } from '@bangfu/shared/hardship-files';
import { maskBankCard } from '@bangfu/shared/masks';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../access/context';
import type { Database, Executor } from '../../db/client';
import { ConflictError, NotFoundError, RuleViolationError, ValidationError } from '../../errors';
import type { Clock } from '../../lib/clock';
import { addMonths } from '../../lib/dates';
import type { FieldCrypto } from '../../lib/field-crypto';
import { findOrg } from '../orgs/orgs.repo';
import { assertEditable } from './file-lifecycle';
import { toHardshipFile } from './file-mapper';
import { createFileWriter, guardDuplicatePerson, headSearchKeys } from './file-writer';
import * as repo from './hardship-files.repo';
import { judgeFile, reviewMonthsFor } from './judge';
import { encodePerson } from './person-codec';
import { searchFiles } from './file-search.repo';

export interface FilesDeps {
  db: Database;
  clock: Clock;
  crypto: FieldCrypto;
}

const NO_EXCLUSIONS = { multipleHomes: false, ownsBusiness: false, privateSchoolOrAbroad: false, privateCar: false, idleByChoice: false };
const NO_MIGRANT = { unionMember: false, longTermResident: false, employmentStart: null };

/** Refuses a person who already has an open file anywhere, naming only the holding org. */
export async function assertNoOpenFile(exec: Executor, hashes: { hash: string; field: string }[], exceptFileId?: string) {
  const holders = await repo.openFileHolders(exec, hashes.map((h) => h.hash), exceptFileId);
  const first = holders[0];
  if (first) {
    const field = hashes.find((h) => h.hash === first.idHash)?.field;
    throw new ConflictError(`This person already has an open hardship file held by ${first.orgName}`, 'PERSON_HAS_OPEN_FILE', field);
  }
}

export function bankCardValues(crypto: FieldCrypto, card: string | null | undefined) {
  if (card === undefined) return {};
  const digits = card?.replace(/\s+/g, '') ?? null;
  return { bankCardEnc: digits ? crypto.encrypt(digits) : null, bankCardMasked: digits ? maskBankCard(digits) : null };
}

export function createHardshipFilesService({ db, clock, crypto }: FilesDeps) {
  const w = createFileWriter(clock);

  function encodeMembers(members: PersonInput[], today: string) {
    const heads = members.filter((m) => m.relation === 'head').length;
    if (heads !== 1) throw ValidationError.field('/body/members', `a household has exactly one head (户主); found ${heads}`);
    const encoded = members.map((m, i) => ({ ...encodePerson(m, crypto, `/body/members/${i}`, today), id: randomUUID(), position: i }));
    const seen = new Map<string, number>();
    encoded.forEach((e, i) => {
      if (seen.has(e.idHash)) throw ValidationError.field(`/body/members/${i}/idNumber`, `the same ID number as member ${seen.get(e.idHash)}`);
      seen.set(e.idHash, i);
    });
    return encoded;
  }

  return {
    async create(ctx: RequestContext, body: HardshipFileCreate): Promise<HardshipFile> {
      const today = w.today();
      const members = encodeMembers(body.members, today);
      const head = members.find((m) => m.relation === 'head')!;
      if (body.incomes?.some((i) => i.personId)) throw ValidationError.field('/body/incomes', 'link incomes to members after the file exists');
      const incomes = (body.incomes ?? []).map((i) => ({ type: i.type, amountFen: i.amountFen, period: i.period, excluded: i.excluded ?? false, evidence: i.evidence ?? null }));
      const expenses = (body.expenses ?? []).map((e) => ({ type: e.type, amountFen: e.amountFen, period: e.period, evidence: e.evidence ?? null }));
      const household = {
        householdType: body.householdType,
        mainCause: body.mainCause,
        secondaryCauses: (body.secondaryCauses ?? []).filter((c) => c !== body.mainCause),
        exclusions: { ...NO_EXCLUSIONS, ...body.exclusions },
        migrant: { ...NO_MIGRANT, ...body.migrant },
      };
      return guardDuplicatePerson(() =>
        db.transaction(async (tx) => {
          const org = await findOrg(tx, ctx.scope, body.orgId);
          if (!org) throw new NotFoundError('Organisation', '/body/orgId');
          if (!org.active) throw new RuleViolationError('The organisation is deactivated', 'ORG_INACTIVE', '/body/orgId');
          await assertNoOpenFile(tx, members.map((m) => ({ hash: m.idHash, field: `/body/members/${m.position}/idNumber` })));
          const working = await judgeFile(tx, org.divisionCode, household, { members, incomes, expenses }, today);
          const fileNo = await repo.nextFileNo(tx, org.divisionCode, today);
          const id = randomUUID();
          const now = clock();
          await repo.insertFile(tx, {
            id,
            fileNo,
            orgId: org.id,
            status: 'temporary',
            category: null,
            proposedCategory: working.proposed,
            origin: body.origin ?? 'new',
            ...household,
            housingType: body.housingType ?? null,
            housingAreaM2: body.housingAreaM2 ?? null,
            singleParent: body.singleParent ?? false,
            zeroEmployment: body.zeroEmployment ?? false,
            onDibao: body.onDibao ?? false,
            dibaoMonthlyFen: body.dibaoMonthlyFen ?? null,
            bankName: body.bankName ?? null,
            ...bankCardValues(crypto, body.bankCard ?? null),
            notes: body.notes ?? null,
            ...headSearchKeys(head),
            householdSize: working.householdSize,
            mpcnFen: working.mpcnFen,
            classification: working,
            reviewDueOn: addMonths(today, await reviewMonthsFor(tx, org.divisionCode, today)),
            createdBy: ctx.principal.kind === 'user' ? ctx.principal.id : null,
            createdByName: ctx.principal.name,
            createdAt: now,
            updatedAt: now,
          });
          await repo.insertPersons(tx, members.map((m) => ({ ...m, fileId: id })));
          await repo.insertIncomes(tx, incomes.map((i) => ({ ...i, fileId: id })));
          await repo.insertExpenses(tx, expenses.map((e) => ({ ...e, fileId: id })));
          const created = await w.snapshot(tx, ctx, id);
          await w.record(tx, ctx, id, org.id, 'file.create', null, created);
          return created;
        }),
      );
    },

    async search(ctx: RequestContext, query: HardshipFileQuery) {
      let orgPath: string | null = null;
      if (query.orgId) {
        const org = await findOrg(db, ctx.scope, query.orgId);
        if (!org) throw new NotFoundError('Organisation', '/querystring/orgId');
        orgPath = org.path;
      }
      return searchFiles(db, ctx.scope, query, orgPath);
    },

    async suspectedDuplicates(ctx: RequestContext) {
      return { items: await repo.suspectedDuplicates(db, ctx.scope) };
    },

    async get(ctx: RequestContext, id: string): Promise<HardshipFile> {
      const file = await repo.findFile(db, ctx.scope, id);
      if (!file) throw new NotFoundError('Hardship file');
      return toHardshipFile(file, await repo.loadParts(db, id), w.today());
    },

    async update(ctx: RequestContext, id: string, body: HardshipFileUpdate): Promise<HardshipFile> {
      return db.transaction(async (tx) => {
        const file = await w.lockFile(tx, ctx, id);
        assertEditable(file.status);
        const before = await w.snapshot(tx, ctx, id);
        const { bankCard, secondaryCauses, exclusions, migrant, ...plain } = body;
        const mainCause = body.mainCause ?? file.mainCause;
        await repo.updateFile(tx, id, {
          ...plain,
          ...bankCardValues(crypto, bankCard),
          ...(secondaryCauses ? { secondaryCauses: secondaryCauses.filter((c) => c !== mainCause) } : {}),
          ...(exclusions ? { exclusions } : {}),
          ...(migrant ? { migrant } : {}),
          updatedAt: clock(),
        });
        await w.rejudge(tx, (await w.lockFile(tx, ctx, id)));
        const after = await w.snapshot(tx, ctx, id);
        await w.record(tx, ctx, id, file.orgId, 'file.update', before, after);
        return after;
      });
    },
  };
}

export type HardshipFilesService = ReturnType<typeof createHardshipFilesService>;
