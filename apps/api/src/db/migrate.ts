import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrationsDir } from '../config';
import type { DatabaseHandle } from './client';

export const MIGRATION_LOCK = 0x6261_6e67; // "bang"

/** Applies the committed drizzle-kit migrations; safe to call from several processes at once. */
export async function migrateDatabase(handle: DatabaseHandle, folder = migrationsDir): Promise<void> {
  await handle.withLock(MIGRATION_LOCK, async () => {
    if (handle.driver === 'pglite') {
      await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    } else {
      await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder: folder });
    }
  });
}
