import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';

/**
 * For a transaction that writes rows by the hundred thousand (campaigns, large notice batches): no JIT
 * compilation (its start-up costs seconds and buys nothing for these plans) and room to sort in memory.
 */
export async function bulkSettings(tx: Executor) {
  await tx.execute(sql`set local jit = off`);
  await tx.execute(sql`set local work_mem = '64MB'`);
}

/** Fresh statistics for tables a bulk step just filled, so the next statements plan on real sizes. */
export async function analyze(tx: Executor, tables: readonly string[]) {
  await tx.execute(sql.raw(`analyze ${tables.map((t) => `"${t}"`).join(', ')}`));
}
