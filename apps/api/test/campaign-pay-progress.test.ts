import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app';
import { type Database, openPostgres } from '../src/db/client';
import { createProgressBoard, HEARTBEAT_MS } from '../src/modules/aid-campaigns/campaign-progress';
import { testClock, testConfig, useTestApp } from './helpers/app';
import { queryRows, testDatabaseKind } from './helpers/database';
import { fundedAccount, receive } from './helpers/payments';
import { formalFile } from './helpers/workflow';

/**
 * A campaign's batch payment reports its progress where every API process can read it (PostgreSQL:
 * campaign_pay_progress, written beside the paying transaction), and leaves nothing behind when it
 * ends; on PGlite it stays in the one process's memory.
 */
const clock = testClock(new Date('2026-01-10T02:00:00Z'));
const t = useTestApp({ clock: clock.clock });
const DAY = 86_400_000;
const AMOUNT = 300_000;

const rows = <T = Record<string, unknown>>(q: ReturnType<typeof sql>) => queryRows<T>(t.database.handle.db, q);
const progressRows = () => rows(sql`select campaign_id, run_id, process, step, done, total from campaign_pay_progress`);

/** A noticed 送温暖 campaign of union A over `n` formal households of A1 (bank cards on file), and an account holding `fen`. */
async function noticedCampaign(n: number, fen: number) {
  for (let i = 0; i < n; i++) await formalFile(t);
  await fundedAccount(t, t.tree.orgs.A.id, fen, 'union_funds', clock.clock());
  const finance = t.tree.users.finance;
  const created = await t.as(finance, { method: 'POST', url: '/api/v1/aid-campaigns', payload: { orgId: t.tree.orgs.A.id, name: '2026年春节送温暖', kind: 'sending_warmth', year: 2026, rule: {}, amounts: { perHouseholdFen: AMOUNT } } });
  expect(created.statusCode, created.body).toBe(201);
  const id: string = created.json().id;
  expect((await t.as(finance, { method: 'POST', url: `/api/v1/aid-campaigns/${id}/select` })).statusCode).toBe(200);
  const noticed = await t.as(finance, { method: 'POST', url: `/api/v1/aid-campaigns/${id}/notice`, payload: { title: '送温暖公示', objectionContact: '电话 0755-12345678', windowDays: 5 } });
  expect(noticed.statusCode, noticed.body).toBe(200);
  clock.advance(6 * DAY);
  const closed = await t.as(t.tree.users.approver, { method: 'POST', url: `/api/v1/notice-batches/${noticed.json().noticeBatchId}/close` });
  expect(closed.statusCode, closed.body).toBe(200);
  return id;
}

const payRequest = (id: string): InjectOptions => ({ method: 'POST', url: `/api/v1/aid-campaigns/${id}/pay` });
const getRequest = (id: string): InjectOptions => ({ method: 'GET', url: `/api/v1/aid-campaigns/${id}` });

describe('campaign payment progress', () => {
  it('a payment that fails and one that succeeds leave no progress behind (either driver)', async () => {
    const id = await noticedCampaign(2, AMOUNT); // money for one of the two
    const short = await t.as(t.tree.users.finance, payRequest(id));
    expect(short.statusCode, short.body).toBe(409);
    expect((await t.as(t.tree.users.finance, getRequest(id))).json()).toMatchObject({ state: 'noticed', progress: null, lastError: { code: 'INSUFFICIENT_FUNDS' } });
    expect(await progressRows()).toEqual([]);

    const [acct] = await rows<{ id: string }>(sql`select id from fund_accounts`);
    await receive(t, acct!.id, AMOUNT, 'union_funds', clock.clock());
    const paid = await t.as(t.tree.users.finance, payRequest(id));
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ state: 'paid', progress: null, payResult: { payments: 2 } });
    expect(await progressRows()).toEqual([]);
  });

  it('reports are throttled to a few a second, carry a heartbeat, and end with the row deleted', async () => {
    vi.useFakeTimers();
    try {
      const dialect = new PgDialect();
      const writes: unknown[][] = [];
      const db = {
        execute: async (q: ReturnType<typeof sql>) => {
          writes.push(dialect.sqlToQuery(q).params);
          return { rows: [] };
        },
      } as unknown as Database;
      const campaignId = '00000000-0000-4000-8000-000000000001';
      const runId = '00000000-0000-4000-8000-000000000002';
      const progress = { step: 'starting', done: 0, total: 0, updatedAt: new Date() };
      const reporter = createProgressBoard({ db, shared: true }).reporter(campaignId, runId, progress);

      reporter.set('ledger', 0, 100); // written at once
      for (let i = 1; i <= 50; i++) reporter.set('ledger', i, 100); // the same instant: only the latest, later
      await vi.advanceTimersByTimeAsync(0);
      expect(progress).toMatchObject({ step: 'ledger', done: 50, total: 100 }); // the process's own copy is current
      expect(writes).toHaveLength(1);
      expect(writes[0]).toEqual(expect.arrayContaining([campaignId, runId, 'ledger', 0, 100]));
      await vi.advanceTimersByTimeAsync(250);
      expect(writes).toHaveLength(2);
      expect(writes[1]).toEqual(expect.arrayContaining(['ledger', 50, 100]));

      // Nothing moves (a long statement): the heartbeat still reports, so readers can tell the run lives.
      await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
      expect(writes).toHaveLength(3);
      expect(writes[2]).toEqual(expect.arrayContaining(['ledger', 50, 100]));

      await reporter.stop();
      expect(writes).toHaveLength(4);
      expect(writes[3]).toEqual([campaignId, runId]); // delete … where campaign_id and run_id: this run's row only
      reporter.set('records', 100, 100);
      await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_MS);
      expect(writes).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('on PGlite (one connection, one process) nothing is written beside the running transaction', async () => {
    vi.useFakeTimers();
    try {
      const db = { execute: vi.fn(async () => ({ rows: [] })) } as unknown as Database;
      const board = createProgressBoard({ db, shared: false });
      const progress = { step: 'starting', done: 0, total: 0, updatedAt: new Date() };
      const reporter = board.reporter('c', 'r', progress);
      reporter.set('ledger', 5, 10);
      await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_MS);
      await reporter.stop();
      expect(progress).toMatchObject({ step: 'ledger', done: 5, total: 10 });
      expect(await board.read(db, ['c'])).toEqual(new Map());
      expect(db.execute).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

/** Polls `probe` until it returns a value; fails at once if the payment ended first (a guard, not a timing). */
async function until<T>(what: string, probe: () => Promise<T | undefined>, ended: () => boolean): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (ended()) throw new Error(`the payment ended before ${what}`);
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(testDatabaseKind !== 'postgres')('campaign payment progress across API processes (PostgreSQL)', () => {
  /** A second API instance on the same database: its own pool, its own memory, as another process behind the load balancer. */
  async function secondInstance() {
    const handle = openPostgres(t.database.url!, 3);
    const app: FastifyInstance = await buildApp({ config: testConfig(), database: handle, logger: false, clock: clock.clock });
    await app.ready();
    return {
      as: (who: string, options: InjectOptions) => app.inject({ ...options, headers: { authorization: `Bearer ${t.token(who)}` } }),
      close: async () => {
        await app.close();
        await handle.close();
      },
    };
  }

  it('a second instance shows the progress of a payment running in the first, refuses to pay it twice, and sees it end', async () => {
    const finance = t.tree.users.finance;
    const id = await noticedCampaign(3, 3 * AMOUNT);
    const other = await secondInstance();
    // Holding this lock stops the run where it inserts its payments (after booking the ledger): it is
    // provably in progress, at a known step, until the lock is let go.
    const blocker = new pg.Client({ connectionString: t.database.url! });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table payments in exclusive mode');
      let ended = false;
      const paying = t.as(finance, payRequest(id)).finally(() => (ended = true));

      await until('the run waits for the lock', async () => {
        const waiting = await blocker.query(`select 1 from pg_locks where not granted and relation = 'payments'::regclass`);
        return waiting.rowCount ? true : undefined;
      }, () => ended);
      const seen = await until('the second instance shows the payments step', async () => {
        const res = await other.as(finance, getRequest(id));
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        return body.progress?.step === 'payments' ? body : undefined;
      }, () => ended);
      expect(seen).toMatchObject({ state: 'paying', progress: { step: 'payments', done: 0, total: 3, stale: false } });
      expect(Number.isNaN(Date.parse(seen.progress.updatedAt))).toBe(false);
      const listed = (await other.as(finance, { method: 'GET', url: '/api/v1/aid-campaigns' })).json();
      expect(listed.items.find((c: { id: string }) => c.id === id)).toMatchObject({ state: 'paying', progress: { step: 'payments', done: 0, total: 3, stale: false } });
      // The first instance answers from its own memory, the same run.
      expect((await t.as(finance, getRequest(id))).json()).toMatchObject({ state: 'paying', progress: { step: 'payments', total: 3, stale: false } });
      // The stored row names the run and this process.
      const stored = await progressRows();
      expect(stored).toEqual([{ campaign_id: id, run_id: expect.any(String), process: expect.stringContaining(`#${process.pid}`), step: 'payments', done: 0, total: 3 }]);
      // Paying it again at the second instance is refused at once, not queued behind the run.
      const twice = await other.as(finance, payRequest(id));
      expect(twice.statusCode, twice.body).toBe(409);
      expect(twice.json().code).toBe('PAY_RUNNING');
      // So is cancelling it (before: it waited for the run's transaction, then said INVALID_STATE).
      const cancel = await other.as(finance, { method: 'POST', url: `/api/v1/aid-campaigns/${id}/cancel`, payload: { reason: '测试终止' } });
      expect(cancel.statusCode, cancel.body).toBe(409);
      expect(cancel.json().code).toBe('INVALID_STATE');

      await blocker.query('commit');
      const paid = await paying;
      expect(paid.statusCode, paid.body).toBe(200);
      expect(paid.json()).toMatchObject({ state: 'paid', progress: null, payResult: { payments: 3, totalFen: 3 * AMOUNT } });
      expect((await other.as(finance, getRequest(id))).json()).toMatchObject({ state: 'paid', progress: null });
      expect(await progressRows()).toEqual([]);
    } finally {
      await blocker.query('rollback').catch(() => undefined);
      await blocker.end();
      await other.close();
    }
  }, 120_000);

  it('a run that died shows as stale; paying again takes it over, and its row goes', async () => {
    const finance = t.tree.users.finance;
    const id = await noticedCampaign(2, 2 * AMOUNT);
    const db = t.database.handle.db;
    // What a process that died mid-payment leaves: the campaign 'paying' (its transaction rolled back)
    // and its last report, which no heartbeat moves any more.
    await db.execute(sql`update aid_campaigns set state = 'paying' where id = ${id}`);
    await db.execute(sql`insert into campaign_pay_progress (campaign_id, run_id, process, step, done, total, updated_at)
      values (${id}, gen_random_uuid(), 'gone-host#4242', 'ledger', 1, 2, now() - interval '2 minutes')`);
    const other = await secondInstance();
    try {
      const dead = (await other.as(finance, getRequest(id))).json();
      expect(dead).toMatchObject({ state: 'paying', progress: { step: 'ledger', done: 1, total: 2, stale: true } });
      // Taken over from the other instance: the stale report does not block it.
      const paid = await other.as(finance, payRequest(id));
      expect(paid.statusCode, paid.body).toBe(200);
      expect(paid.json()).toMatchObject({ state: 'paid', progress: null, payResult: { payments: 2 } });
      expect(await progressRows()).toEqual([]);
      expect((await t.as(finance, getRequest(id))).json()).toMatchObject({ state: 'paid', progress: null });
    } finally {
      await other.close();
    }
  }, 120_000);
});
