import { loadConfig } from '../config';
import { loadFieldCrypto } from '../lib/secrets-file';
import { reencryptAll } from '../modules/hardship-files/reencrypt';
import { openDatabase } from './open';

// Key rotation, step 2 of docs/security.md: DATA_KEY is the new key, DATA_KEYS_RETIRED the old one(s).
const config = loadConfig();
const handle = await openDatabase(config);
try {
  const report = await reencryptAll(handle.db, loadFieldCrypto(config));
  console.log(`re-encrypted: ${report.persons} persons, ${report.files} bank cards, ${report.attachments} attachments`);
} finally {
  await handle.close();
}
