import type { FundSource } from '@bangfu/shared/funds';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundAccounts } from '../src/db/schema/index';
import { lockAccount, post, reverse, type PostingLine } from '../src/modules/funds/ledger';
import { useTestApp } from './helpers/app';
import { queryRows } from './helpers/database';

/**
 * Ledger invariants as properties: any sequence of receipts, payments (overdrafts included) and
 * reversals, booked through post/reverse, keeps every balance equal to the sum of its entries and
 * never below zero; a refused operation changes nothing; every transaction sums to zero. A model of
 * the source balances predicts which operations must succeed and which must be refused.
 */
const t = useTestApp();
const actor = { id: null, name: 'property' };
const at = new Date('2026-05-01T00:00:00Z');
const SOURCES = ['central_fiscal', 'union_funds', 'donation'] as const satisfies readonly FundSource[];

type Command =
  | { op: 'receipt'; source: FundSource; fen: number }
  | { op: 'payment'; parts: { source: FundSource; fen: number }[] }
  | { op: 'reverse'; pick: number };

const source = fc.constantFrom(...SOURCES);
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constant('receipt' as const), source, fen: fc.integer({ min: 1, max: 50_000 }) }),
  // one or two sources in one transaction (like a batch payment): either all of it books or none
  fc.record({ op: fc.constant('payment' as const), parts: fc.array(fc.record({ source, fen: fc.integer({ min: 1, max: 60_000 }) }), { minLength: 1, maxLength: 2 }) }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }),
);

interface ModelTxn {
  id: string;
  kind: 'receipt' | 'payment' | 'reversal';
  bank: Map<FundSource, number>;
  lines: number;
  reversed: boolean;
}

const num = (v: unknown) => Number(v ?? 0);

async function dbState(accountId: string) {
  const db = t.database.handle.db;
  const [account] = await queryRows<{ balance_fen: string }>(db, sql`select balance_fen from fund_accounts where id = ${accountId}`);
  const sources = await queryRows<{ source: string; balance_fen: string }>(db, sql`select source, balance_fen from fund_source_balances where account_id = ${accountId}`);
  const bankBySource = await queryRows<{ source: string; fen: string }>(db, sql`select source, sum(amount_fen) as fen from ledger_entries where account_id = ${accountId} and ledger = 'bank' group by source`);
  const unbalanced = await queryRows(db, sql`select txn_id from ledger_entries group by txn_id having sum(amount_fen) <> 0`);
  const [counts] = await queryRows<{ txns: string; lines: string }>(db, sql`select (select count(*) from ledger_transactions) as txns, (select count(*) from ledger_entries) as lines`);
  return {
    balance: num(account!.balance_fen),
    sources: new Map(sources.map((s) => [s.source, num(s.balance_fen)])),
    bank: new Map(bankBySource.map((s) => [s.source, num(s.fen)])),
    unbalanced: unbalanced.length,
    txns: num(counts!.txns),
    lines: num(counts!.lines),
  };
}

/** What the runs exercised, to show the property saw both outcomes of each operation. */
const seen = new Map<string, number>();

async function run(commands: Command[]) {
  const db = t.database.handle.db;
  await db.execute(sql`truncate fund_receipts, ledger_entries, ledger_transactions, fund_years, fund_source_balances, fund_budgets, fund_accounts cascade`);
  const [acc] = await db.insert(fundAccounts).values({ orgId: t.tree.orgs.A.id, name: '专户', bankName: '工商银行', accountNo: '622200001111', openedOn: '2026-01-01', createdByName: 'property' }).returning();
  const accountId = acc!.id;
  const model = new Map<FundSource, number>();
  const txns: ModelTxn[] = [];
  let lineCount = 0;

  const book = async (lines: PostingLine[], kind: 'receipt' | 'payment') =>
    db.transaction(async (tx) => {
      await lockAccount(tx, accountId);
      return post(tx, { accountId, year: 2026, kind, memo: kind, at, actor, lines });
    });

  for (const c of commands) {
    let expectOk: boolean;
    let expectCode: string | undefined;
    let bank = new Map<FundSource, number>();
    let lines = 0;
    let attempt: () => Promise<{ id: string }>;
    let target: ModelTxn | undefined;

    if (c.op === 'receipt') {
      bank.set(c.source, c.fen);
      lines = 2;
      expectOk = true;
      attempt = () => book([{ ledger: 'bank', source: c.source, amountFen: c.fen }, { ledger: 'income', source: c.source, amountFen: -c.fen }], 'receipt');
    } else if (c.op === 'payment') {
      for (const p of c.parts) bank.set(p.source, (bank.get(p.source) ?? 0) - p.fen);
      lines = c.parts.length * 2;
      expectOk = [...bank].every(([s, d]) => (model.get(s) ?? 0) + d >= 0);
      expectCode = 'INSUFFICIENT_FUNDS';
      attempt = () => book(c.parts.flatMap((p) => [{ ledger: 'expense' as const, source: p.source, aidType: 'living', amountFen: p.fen }, { ledger: 'bank' as const, source: p.source, amountFen: -p.fen }]), 'payment');
    } else {
      if (txns.length === 0) continue;
      target = txns[c.pick % txns.length]!;
      bank = new Map([...target.bank].map(([s, d]) => [s, -d]));
      lines = target.lines;
      if (target.kind === 'reversal') [expectOk, expectCode] = [false, 'REVERSAL_OF_REVERSAL'];
      else if (target.reversed) [expectOk, expectCode] = [false, 'ALREADY_REVERSED'];
      else [expectOk, expectCode] = [[...bank].every(([s, d]) => (model.get(s) ?? 0) + d >= 0), 'INSUFFICIENT_FUNDS'];
      const id = target.id;
      attempt = () =>
        db.transaction(async (tx) => {
          await lockAccount(tx, accountId);
          return reverse(tx, id, { year: 2026, memo: 'reverse', at, actor });
        });
    }

    const before = await dbState(accountId);
    const outcome = await attempt().then(
      (r) => ({ ok: true as const, id: r.id }),
      (e: { code?: string }) => ({ ok: false as const, code: e.code }),
    );
    expect(outcome.ok, `${JSON.stringify(c)} with ${JSON.stringify([...model])}`).toBe(expectOk);
    const label = `${c.op}:${outcome.ok ? 'ok' : outcome.code}`;
    seen.set(label, (seen.get(label) ?? 0) + 1);
    if (outcome.ok) {
      for (const [s, d] of bank) model.set(s, (model.get(s) ?? 0) + d);
      txns.push({ id: outcome.id, kind: c.op === 'reverse' ? 'reversal' : c.op, bank, lines, reversed: false });
      if (target) target.reversed = true;
      lineCount += lines;
    } else {
      expect(outcome.code).toBe(expectCode);
      // a refused operation changes nothing
      expect(await dbState(accountId)).toEqual(before);
    }

    const s = await dbState(accountId);
    const sourceSum = [...s.sources.values()].reduce((a, b) => a + b, 0);
    const bankSum = [...s.bank.values()].reduce((a, b) => a + b, 0);
    expect(s.balance).toBe(bankSum);
    expect(s.balance).toBe(sourceSum);
    for (const src of SOURCES) {
      expect(s.sources.get(src) ?? 0).toBe(s.bank.get(src) ?? 0);
      expect(s.sources.get(src) ?? 0).toBeGreaterThanOrEqual(0);
      expect(s.sources.get(src) ?? 0).toBe(model.get(src) ?? 0);
    }
    expect(s.unbalanced).toBe(0);
    expect(s.txns).toBe(txns.length);
    expect(s.lines).toBe(lineCount);
  }
}

describe('ledger invariants (property)', () => {
  it('hold for any sequence of receipts, payments and reversals', { timeout: 180_000 }, async () => {
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 15 }), run), { numRuns: 30 });
    for (const label of ['receipt:ok', 'payment:ok', 'payment:INSUFFICIENT_FUNDS', 'reverse:ok', 'reverse:ALREADY_REVERSED']) {
      expect(seen.get(label) ?? 0, `${label} in ${JSON.stringify([...seen])}`).toBeGreaterThan(0);
    }
  });
});
