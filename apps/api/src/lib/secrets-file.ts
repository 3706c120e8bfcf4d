import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { createFieldCrypto, type FieldCrypto } from './field-crypto';

/**
 * The data and hash keys: from configuration, else generated once into a file beside the data
 * (mode 0600) — never into the database, so a dump holds ciphertext without its key.
 */
export function loadFieldCrypto(config: Pick<Config, 'dataKey' | 'hashKey' | 'retiredDataKeys' | 'secretsFile'>): FieldCrypto {
  let dataKey = config.dataKey;
  let hashKey = config.hashKey;
  if (!dataKey || !hashKey) {
    const file = config.secretsFile;
    let stored: { dataKey?: string; hashKey?: string } = {};
    if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as typeof stored;
    const generated = {
      dataKey: stored.dataKey ?? randomKey(),
      hashKey: stored.hashKey ?? randomKey(),
    };
    if (!stored.dataKey || !stored.hashKey) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
      chmodSync(file, 0o600);
    }
    dataKey ??= generated.dataKey;
    hashKey ??= generated.hashKey;
  }
  return createFieldCrypto({ current: dataKey, retired: config.retiredDataKeys, hashKey });
}

function randomKey(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64');
}
