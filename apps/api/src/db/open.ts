import { mkdirSync } from 'node:fs';
import type { Config } from '../config';
import { type DatabaseHandle, openPglite, openPostgres } from './client';

/** Opens the database the configuration names: PostgreSQL with DATABASE_URL, else PGlite on disk. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.databasePoolSize);
  mkdirSync(config.pgliteDataDir, { recursive: true });
  return openPglite(config.pgliteDataDir);
}
