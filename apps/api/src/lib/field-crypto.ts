import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Application-level encryption of sensitive fields (PIPL art. 51): AES-256-GCM with a key ring.
 * Ciphertext: `v1.<keyId>.<iv>.<tag>.<data>` (base64url). New values use the current key; values
 * under a retired key still decrypt, and `needsRotation` tells a re-encryption job which to rewrite.
 */
export interface FieldCrypto {
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
  needsRotation(cipher: string): boolean;
  /** Binary variant for attachments: keyId (8 ASCII) | iv (12) | tag (16) | data. */
  encryptBytes(plain: Buffer): Buffer;
  decryptBytes(cipher: Buffer): Buffer;
  /** Keyed hash for equality search (duplicate ID detection) without plaintext. */
  hash(value: string): string;
}

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

export function createFieldCrypto(keys: { current: string; retired?: string[]; hashKey: string }): FieldCrypto {
  const current = Buffer.from(keys.current, 'base64');
  const ring = new Map<string, Buffer>();
  for (const k of [keys.current, ...(keys.retired ?? [])]) {
    const buf = Buffer.from(k, 'base64');
    ring.set(keyId(buf), buf);
  }
  const currentId = keyId(current);
  const hashKey = Buffer.from(keys.hashKey, 'base64');

  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', currentId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    decrypt(value) {
      const [version, id, iv, tag, data] = value.split('.');
      const key = id ? ring.get(id) : undefined;
      if (version !== 'v1' || !key || !iv || !tag || data === undefined) throw new Error('undecryptable field: unknown key or format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
    needsRotation: (value) => value.split('.')[1] !== currentId,
    encryptBytes(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const data = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([Buffer.from(currentId, 'ascii'), iv, cipher.getAuthTag(), data]);
    },
    decryptBytes(value) {
      const key = ring.get(value.subarray(0, 8).toString('ascii'));
      if (!key) throw new Error('undecryptable attachment: unknown key');
      const decipher = createDecipheriv('aes-256-gcm', key, value.subarray(8, 20));
      decipher.setAuthTag(value.subarray(20, 36));
      return Buffer.concat([decipher.update(value.subarray(36)), decipher.final()]);
    },
    hash: (value) => createHmac('sha256', hashKey).update(value).digest('hex'),
  };
}
