import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the process reads from its environment, parsed once at boot. Nothing else reads process.env. */
export interface Config {
  host: string;
  port: number;
  /** Real PostgreSQL when set; otherwise the embedded PGlite in `pgliteDataDir`. */
  databaseUrl: string | null;
  pgliteDataDir: string;
  databasePoolSize: number;
  /** JWT signing secret; when unset one is generated once and kept in the database. */
  jwtSecret: string | null;
  /** Key for application-level encryption of sensitive fields (base64, 32 bytes). */
  dataKey: string | null;
  /** Earlier data keys, still able to decrypt until re-encryption finishes (key rotation). */
  retiredDataKeys: string[];
  /** Key of the keyed hash used to find equal ID numbers without plaintext (base64, 32 bytes). */
  hashKey: string | null;
  /** Where generated keys are kept when DATA_KEY / HASH_KEY are not set (never in the database). */
  secretsFile: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  loginMaxFailures: number;
  loginIpMaxFailures: number;
  loginLockSeconds: number;
  argon2MemoryKib: number;
  seedDemo: boolean;
  /** How many synthetic hardship files the demo seed files (through the real service) on first start. */
  seedDemoFiles: number;
  webDistDir: string;
  logLevel: string;
  trustProxy: boolean;
  bodyLimitBytes: number;
  /** Largest attachment (scan, proof) accepted, in bytes. */
  attachmentMaxBytes: number;
  /** Objections one address may send to public notices in a day. */
  objectionMaxPerDay: number;
  /** How often (seconds) each process closes notice batches whose window ended cleanly; 0 turns it off. */
  noticeSweepSeconds: number;
  /**
   * Tests and demos only: when set, the server's clock is real time plus the offset (ms) written in this
   * file, re-read when the file changes (lib/clock.ts fileOffsetClock). Null (the default): real time.
   */
  clockOffsetFile: string | null;
  /** How long (seconds) a token's user, roles and org may be reused without a lookup; 0 turns it off. */
  principalCacheSeconds: number;
}

export class ConfigError extends Error {}

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(apiRoot, '..', '..');
export const migrationsDir = path.join(apiRoot, 'drizzle');

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function str(env: Env, name: string): string | null {
  const raw = env[name];
  return raw === undefined || raw === '' ? null : raw;
}

export function loadConfig(env: Env = process.env): Config {
  const databaseUrl = str(env, 'DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const jwtSecret = str(env, 'JWT_SECRET');
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  const key32 = (name: string, value: string | null) => {
    if (value && Buffer.from(value, 'base64').length !== 32) throw new ConfigError(`${name} must be 32 bytes, base64-encoded`);
    return value;
  };
  const dataKey = key32('DATA_KEY', str(env, 'DATA_KEY'));
  const hashKey = key32('HASH_KEY', str(env, 'HASH_KEY'));
  const retiredDataKeys = (str(env, 'DATA_KEYS_RETIRED') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => key32('DATA_KEYS_RETIRED', k) as string);
  return {
    host: str(env, 'HOST') ?? '127.0.0.1',
    port: int(env, 'PORT', 3000, 0, 65535),
    databaseUrl,
    pgliteDataDir: path.resolve(repoRoot, str(env, 'PGLITE_DATA_DIR') ?? 'data/pglite'),
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    jwtSecret,
    dataKey,
    retiredDataKeys,
    hashKey,
    secretsFile: path.resolve(repoRoot, str(env, 'SECRETS_FILE') ?? 'data/secrets.json'),
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL', 900, 30, 86_400),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL', 30 * 86_400, 300, 365 * 86_400),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginIpMaxFailures: int(env, 'LOGIN_IP_MAX_FAILURES', 50, 1, 100_000),
    loginLockSeconds: int(env, 'LOGIN_LOCK_SECONDS', 900, 1, 86_400),
    argon2MemoryKib: int(env, 'ARGON2_MEMORY_KIB', 19_456, 1024, 1_048_576),
    seedDemo: bool(env, 'SEED_DEMO', true),
    seedDemoFiles: int(env, 'SEED_DEMO_FILES', 1000, 0, 100_000),
    webDistDir: path.resolve(repoRoot, str(env, 'WEB_DIST_DIR') ?? 'apps/web/dist'),
    logLevel: str(env, 'LOG_LEVEL') ?? 'info',
    trustProxy: bool(env, 'TRUST_PROXY', false),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 100 * 1_048_576),
    attachmentMaxBytes: int(env, 'ATTACHMENT_MAX_BYTES', 10 * 1_048_576, 1024, 100 * 1_048_576),
    objectionMaxPerDay: int(env, 'OBJECTION_MAX_PER_DAY', 10, 1, 10_000),
    noticeSweepSeconds: int(env, 'NOTICE_SWEEP_SECONDS', 60, 0, 86_400),
    principalCacheSeconds: int(env, 'PRINCIPAL_CACHE_SECONDS', 5, 0, 60),
    clockOffsetFile: str(env, 'CLOCK_OFFSET_FILE') === null ? null : path.resolve(repoRoot, str(env, 'CLOCK_OFFSET_FILE')!),
  };
}
