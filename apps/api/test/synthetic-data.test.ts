import { eq, sql } from 'drizzle-orm';
import { hardshipFiles } from '../src/db/schema/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { createFieldCrypto } from '../src/lib/field-crypto';
import { localDay } from '../src/lib/dates';
import { createFileLifecycleService } from '../src/modules/hardship-files/file-lifecycle.service';
import { createHardshipFilesService } from '../src/modules/hardship-files/hardship-files.service';
import { seedDemoIfEmpty } from '../src/seed/demo';
import { type DemoActor, seedContext } from '../src/seed/demo-files';
import { applyLifecycle, buildFileRows } from '../src/seed/synthetic/bulk-rows';
import { createHouseholdGenerator } from '../src/seed/synthetic/household';
import { StandardsBook } from '../src/seed/synthetic/standards-book';
import { checkIdAgainst } from '@bangfu/shared/id-number';
import { createTestDatabase, queryRows, type TestDatabase } from './helpers/database';
import { seedTree, type Tree } from './helpers/fixtures';

const crypto = createFieldCrypto({ current: Buffer.alloc(32, 3).toString('base64'), hashKey: Buffer.alloc(32, 4).toString('base64') });

describe('bulk rows', () => {
  let database: TestDatabase;
  let tree: Tree;
  beforeAll(async () => {
    database = await createTestDatabase();
    tree = await seedTree(database.handle.db);
  });
  afterAll(async () => database?.destroy());

  it('are what the services store for the same household and steps', async () => {
    const { db } = database.handle;
    const org = { ...tree.orgs.A1, name: '甲一公司工会', level: 'grassroots' as const, type: 'enterprise', divisionCode: '440305' };
    const actor = (id: string, name: string, roles: DemoActor['roles']): DemoActor => ({ id, name, username: name, roles, org });
    const operator = actor(tree.users.operator, 'a1_operator', ['grassroots_operator']);
    const approver = actor(tree.users.chair, 'a1_chair', ['grassroots_chair']);
    let instant = new Date('2025-03-10T02:00:00Z');
    const deps = { db, clock: () => instant, crypto };
    const files = createHardshipFilesService(deps);
    const lifecycle = createFileLifecycleService(deps);
    const generator = createHouseholdGenerator({ seed: 'same-rows' });
    const book = await StandardsBook.load(db);

    for (let i = 0; i < 12; i++) {
      const filedAt = new Date(Date.UTC(2025, 2 + i, 10, 2));
      instant = filedAt;
      const body = generator.next(org, localDay(filedAt));
      const created = await files.create(seedContext(operator), body);
      const confirmAt = new Date(filedAt.getTime() + 3 * 86_400_000);
      const formalAt = new Date(filedAt.getTime() + 9 * 86_400_000);
      const eligible = created.proposedCategory !== 'not_eligible';
      instant = confirmAt;
      await lifecycle.confirm(seedContext(approver), created.id, { category: created.proposedCategory! });
      if (eligible) {
        instant = formalAt;
        await lifecycle.formalize(seedContext(approver), created.id);
      }

      const bulk = buildFileRows(body, { crypto, book, org, seq: Number(created.fileNo.slice(-6)), createdAt: filedAt, createdBy: { id: operator.id, name: operator.name } });
      applyLifecycle(bulk, { confirm: { at: confirmAt, category: created.proposedCategory! }, ...(eligible ? { formalize: { at: formalAt } } : {}) }, approver.name, book, org.divisionCode);

      const [stored] = await db.select().from(hardshipFiles).where(eq(hardshipFiles.id, created.id));
      const file = stored as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(bulk.file)) {
        if (key === 'id' || key === 'bankCardEnc') continue;
        expect(file[key], key).toEqual(value);
      }
      expect(file.bankCardEnc === null).toBe(bulk.file.bankCardEnc === null);
      if (bulk.file.bankCardEnc) expect(crypto.decrypt(file.bankCardEnc as string)).toBe(crypto.decrypt(bulk.file.bankCardEnc));

      const people = await queryRows<Record<string, unknown>>(db, sql`select * from persons where file_id = ${created.id} order by position`);
      expect(people).toHaveLength(bulk.persons.length);
      people.forEach((p, n) => {
        const b = bulk.persons[n]!;
        expect(p).toMatchObject({ name: b.name, id_hash: b.idHash, id_last4: b.idLast4, id_masked: b.idMasked, able_bodied: b.ableBodied, work_status: b.workStatus, open: b.open, position: b.position });
        expect(crypto.decrypt(p.id_enc as string)).toBe(crypto.decrypt(b.idEnc));
        expect(p.phone_enc ? crypto.decrypt(p.phone_enc as string) : null).toBe(b.phoneEnc ? crypto.decrypt(b.phoneEnc) : null);
        expect(p.health_enc ? crypto.decrypt(p.health_enc as string) : null).toBe(b.healthEnc ? crypto.decrypt(b.healthEnc) : null);
      });
      const money = async (table: 'income_items' | 'rigid_expenses') =>
        (await queryRows<{ type: string; amount_fen: string | number; period: string }>(db, sql`select type, amount_fen, period from ${sql.identifier(table)} where file_id = ${created.id}`))
          .map((r) => `${r.type}:${Number(r.amount_fen)}:${r.period}`)
          .sort();
      expect(await money('income_items')).toEqual(bulk.incomes.map((r) => `${r.type}:${r.amountFen}:${r.period}`).sort());
      expect(await money('rigid_expenses')).toEqual(bulk.expenses.map((r) => `${r.type}:${r.amountFen}:${r.period}`).sort());
    }
  });
});

describe('demo seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.destroy());

  it('files households through the services and in bulk, with numbers, history and lifecycle', async () => {
    const { db } = database.handle;
    const config = { argon2MemoryKib: 1024, seedDemoFiles: 40 };
    const now = new Date();
    const result = await seedDemoIfEmpty(database.handle, config, crypto, { now, serviceFiles: 15 });
    expect(result).toMatchObject({ seeded: true, files: 40 });
    // 帮扶资金专户 for the orgs with an assistance centre: receipts from several sources, this year's budgets
    const funds = await queryRows<{ org: string; sources: string; budgets: string; papers: string }>(
      db,
      sql`select o.name as org,
                 (select count(*) from fund_source_balances b where b.account_id = a.id and b.balance_fen > 0) as sources,
                 (select count(*) from fund_budgets g where g.account_id = a.id) as budgets,
                 (select count(*) from fund_receipts r where r.account_id = a.id and (r.document_no is not null or (r.receipt_no is not null and r.donor is not null))) as papers
            from fund_accounts a join orgs o on o.id = a.org_id order by o.path`,
    );
    expect(funds.map((f) => [f.org, Number(f.sources), Number(f.budgets), Number(f.papers)]).sort()).toEqual([
      ['南山区总工会', 5, 7, 6],
      ['深圳市总工会', 5, 7, 6],
      ['福田区总工会', 5, 7, 6],
    ].sort());
    expect((await seedDemoIfEmpty(database.handle, config, crypto)).seeded).toBe(false);

    const files = await queryRows<{ id: string; file_no: string; status: string; category: string | null; created_by: string; history: string[] }>(
      db,
      sql`select f.id, f.file_no, f.status, f.category, f.created_by,
                 (select array_agg(h.action order by h.id) from file_history h where h.file_id = f.id) as history
            from hardship_files f order by f.created_at`,
    );
    expect(files).toHaveLength(40);
    expect(new Set(files.map((f) => f.file_no)).size).toBe(40);
    for (const f of files) {
      expect(f.history[0]).toBe('file.create');
      expect(f.created_by).toBeTruthy();
      if (f.status === 'formal') expect(f.history).toContain('file.formalize');
      if (f.status === 'formal') expect(f.category).not.toBe('not_eligible');
    }
    // Numbers run in filing order within each division and year, through the bulk and the service part.
    const byKey = new Map<string, number[]>();
    for (const f of files) {
      const key = f.file_no.slice(0, 12);
      byKey.set(key, [...(byKey.get(key) ?? []), Number(f.file_no.slice(12))]);
    }
    for (const seqs of byKey.values()) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(new Set(files.map((f) => f.status)).size).toBeGreaterThanOrEqual(2);

    const people = await queryRows<{ id_enc: string; gender: 'male' | 'female'; birth_date: string; open: boolean; status: string }>(
      db,
      sql`select p.id_enc, p.gender, p.birth_date::text as birth_date, p.open, f.status from persons p join hardship_files f on f.id = p.file_id`,
    );
    for (const p of people) {
      expect(checkIdAgainst(crypto.decrypt(p.id_enc), { gender: p.gender, birthDate: p.birth_date }, localDay(now))).toMatchObject({ ok: true });
      expect(p.open).toBe(p.status === 'temporary' || p.status === 'formal');
    }
    const audits = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log where action = 'file.create' and request_id = 'seed'`);
    expect(audits[0]!.n).toBe(40);
  });

  it('reads how many files to seed from SEED_DEMO_FILES', () => {
    expect(loadConfig({}).seedDemoFiles).toBe(1000);
    expect(loadConfig({ SEED_DEMO_FILES: '0' }).seedDemoFiles).toBe(0);
    expect(() => loadConfig({ SEED_DEMO_FILES: 'many' })).toThrow(/SEED_DEMO_FILES/);
  });
});
