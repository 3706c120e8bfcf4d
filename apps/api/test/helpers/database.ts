import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, openPglite, openPostgres } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';

/** Which database the suite runs on: TEST_DB=postgres with TEST_DATABASE_URL, else PGlite. */
export const testDatabaseKind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** The connection URL of a PostgreSQL test database (for tests that start server processes); null on PGlite. */
  url: string | null;
  truncate(): Promise<void>;
  destroy(): Promise<void>;
}

const TABLES = [
  'campaign_pay_progress', 'campaign_households', 'aid_campaigns', 'payments', 'payment_vouchers', 'bank_batches', 'fund_budgets', 'fund_receipts',
  'ledger_entries', 'ledger_transactions', 'fund_years', 'fund_source_balances', 'fund_accounts',
  'objections', 'notice_items', 'notice_batches', 'home_visits', 'application_steps', 'aid_records', 'applications',
  'workflow_configs', 'approval_escalations', 'aid_caps',
  'audit_log', 'refresh_tokens', 'login_throttle', 'service_accounts', 'file_history', 'file_attachments', 'review_campaigns', 'income_items', 'rigid_expenses',
  'persons', 'hardship_files', 'file_number_seq', 'min_living_standards', 'classification_params', 'users', 'orgs',
];

/** One fresh, migrated database per test file: an in-memory PGlite, or a new database on the server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  let handle: DatabaseHandle;
  let drop: () => Promise<void> = async () => {};
  let dbUrl: string | null = null;
  if (testDatabaseKind === 'postgres') {
    const baseUrl = process.env.TEST_DATABASE_URL;
    if (!baseUrl) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
    const name = `bangfu_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    dbUrl = url.toString();
    handle = openPostgres(dbUrl, 5);
    drop = async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    handle = await openPglite(null);
  }
  await migrateDatabase(handle);
  return {
    handle,
    url: dbUrl,
    truncate: async () => {
      await handle.db.execute(sql.raw(`truncate ${TABLES.join(', ')} restart identity cascade`));
    },
    destroy: async () => {
      await handle.close();
      await drop();
    },
  };
}

/** Rows of a raw query, whichever driver ran it. */
export async function queryRows<T = Record<string, unknown>>(db: DatabaseHandle['db'], query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
