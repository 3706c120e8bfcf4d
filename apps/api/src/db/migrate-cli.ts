import { loadConfig } from '../config';
import { migrateDatabase } from './migrate';
import { openDatabase } from './open';

const config = loadConfig();
const handle = await openDatabase(config);
try {
  await migrateDatabase(handle);
  console.log(`migrations applied (${handle.driver})`);
} finally {
  await handle.close();
}
