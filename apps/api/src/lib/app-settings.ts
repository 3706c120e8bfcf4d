import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { appSettings } from '../db/schema/index';
import { randomToken } from './secrets';

/** A value generated once and kept in the database, so every API process on it agrees. */
export async function settingOrCreate(db: Database, key: string, make: () => string = () => randomToken(48)): Promise<string> {
  await db.insert(appSettings).values({ key, value: make() }).onConflictDoNothing();
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key));
  if (!row) throw new Error(`setting ${key} could not be read back`);
  return row.value;
}
