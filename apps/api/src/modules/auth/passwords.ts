import { hash, verify } from '@node-rs/argon2';

/** argon2id password hashing; memory cost comes from configuration. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export function createPasswordHasher(memoryKib: number): PasswordHasher {
  // algorithm 2 = Argon2id
  const options = { algorithm: 2 as const, memoryCost: memoryKib, timeCost: 2, parallelism: 1 };
  return {
    hash: (password) => hash(password, options),
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}
