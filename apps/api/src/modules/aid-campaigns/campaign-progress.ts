import type { CampaignProgress } from '@bangfu/shared/aid-campaigns';
import { sql } from 'drizzle-orm';
import { hostname } from 'node:os';
import type { Database, Executor } from '../../db/client';

/** At most this many progress writes a second per run. */
const WRITES_PER_SECOND = 4;
/** A running payment reports at least this often, even when nothing moved (a long statement). */
export const HEARTBEAT_MS = 5_000;
/** Progress older than this is shown as stale: the process running it has probably died. */
export const STALE_AFTER_SECONDS = 30;

/** This process, as the progress table names it. */
const PROCESS = `${hostname()}#${process.pid}`.slice(0, 200);

/** What a run reports: kept in its process's memory, and on PostgreSQL in campaign_pay_progress. */
export interface RunProgress {
  step: string;
  done: number;
  total: number;
  updatedAt: Date;
}

/** A run's progress as the API answers it (from this process's memory: live by definition). */
export const liveProgress = (p: RunProgress): CampaignProgress => ({ step: p.step, done: p.done, total: p.total, updatedAt: p.updatedAt.toISOString(), stale: false });

export interface ProgressReporter {
  /** The run reached `step` with `done` of `total`: in memory now, in the table within a fraction of a second. */
  set(step: string, done: number, total: number): void;
  /** The run ended (either way): no more writes, and its row is deleted. Never throws. */
  stop(): Promise<void>;
}

/**
 * Where a campaign's batch payment reports its progress so that every API process can show it.
 *
 * On PostgreSQL (`shared`): a row per running campaign in campaign_pay_progress, written through the
 * pool — each write one autocommit statement on a connection of its own, never inside the paying
 * transaction, and touching no row that transaction locks (the table has no foreign key for that
 * reason). Writes are throttled to a few a second, one at a time, with a heartbeat every few seconds
 * so a reader can tell a live run from one whose process died (`stale`). On PGlite there is one
 * connection, held by the paying transaction, and one process: progress stays in memory only.
 */
export function createProgressBoard({ db, shared }: { db: Database; shared: boolean }) {
  /** An upsert: if another run's row is there (a dead run this one took over), this run's replaces it. */
  async function write(exec: Executor, campaignId: string, runId: string, p: Pick<RunProgress, 'step' | 'done' | 'total'>) {
    await exec.execute(sql`
      insert into campaign_pay_progress (campaign_id, run_id, process, step, done, total, updated_at)
      values (${campaignId}, ${runId}, ${PROCESS}, ${p.step}, ${p.done}, ${p.total}, now())
      on conflict (campaign_id) do update set run_id = excluded.run_id, process = excluded.process, step = excluded.step,
        done = excluded.done, total = excluded.total, updated_at = excluded.updated_at`);
  }

  return {
    shared,

    /**
     * A new run of `campaignId` starts (or takes over a dead one): its row, written in the transaction
     * that commits state 'paying', so no process sees 'paying' with an older run's progress.
     */
    async claim(tx: Executor, campaignId: string, runId: string) {
      if (shared) await write(tx, campaignId, runId, { step: 'starting', done: 0, total: 0 });
    },

    /** Reports on a run: `progress` is the run's in-memory copy, updated in place. */
    reporter(campaignId: string, runId: string, progress: RunProgress): ProgressReporter {
      let dirty = false;
      let stopped = false;
      let lastWrite = -Infinity;
      let writing: Promise<void> | null = null;
      let timer: NodeJS.Timeout | undefined;

      // Progress is advisory: a failed write is not the payment's failure; the next change or heartbeat writes again.
      const flush = () => {
        if (!shared || stopped || writing || timer || !dirty) return;
        const wait = lastWrite + 1000 / WRITES_PER_SECOND - Date.now();
        if (wait > 0) {
          timer = setTimeout(() => {
            timer = undefined;
            flush();
          }, wait);
          return;
        }
        dirty = false;
        lastWrite = Date.now();
        writing = write(db, campaignId, runId, { ...progress })
          .catch(() => undefined)
          .finally(() => {
            writing = null;
            flush();
          });
      };
      // The heartbeat: 'last reported' moves while the run lives, even through a long statement.
      const heartbeat = setInterval(() => {
        progress.updatedAt = new Date();
        dirty = true;
        flush();
      }, HEARTBEAT_MS);
      heartbeat.unref();

      return {
        set(step, done, total) {
          Object.assign(progress, { step, done, total, updatedAt: new Date() });
          dirty = true;
          flush();
        },
        async stop() {
          stopped = true;
          clearInterval(heartbeat);
          clearTimeout(timer);
          await writing;
          if (!shared) return;
          // Only this run's row: a run that took this one over keeps its own.
          await db.execute(sql`delete from campaign_pay_progress where campaign_id = ${campaignId} and run_id = ${runId}`).catch(() => undefined);
        },
      };
    },

    /** The stored progress of campaigns (those that are 'paying' and run in no process here); empty on PGlite. */
    async read(exec: Executor, campaignIds: string[]): Promise<Map<string, CampaignProgress>> {
      if (!shared || !campaignIds.length) return new Map();
      const result = (await exec.execute(sql`
        select campaign_id, step, done, total, updated_at, updated_at < now() - ${sql.raw(`interval '${STALE_AFTER_SECONDS} seconds'`)} as stale
        from campaign_pay_progress where campaign_id = any(${sql.param(campaignIds)}::uuid[])`)) as unknown as {
        rows: { campaign_id: string; step: string; done: number; total: number; updated_at: Date | string; stale: boolean }[];
      };
      return new Map(
        result.rows.map((r) => [r.campaign_id, { step: r.step, done: Number(r.done), total: Number(r.total), updatedAt: new Date(r.updated_at).toISOString(), stale: r.stale === true }]),
      );
    },
  };
}

export type ProgressBoard = ReturnType<typeof createProgressBoard>;
