import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import type { Clock } from '../../src/lib/clock';
import { createTestDatabase, type TestDatabase } from './database';
import { seedTree, type Tree } from './fixtures';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ DATA_KEY: Buffer.alloc(32, 7).toString('base64'), HASH_KEY: Buffer.alloc(32, 9).toString('base64') }),
    argon2MemoryKib: 1024,
    seedDemo: false,
    webDistDir: '/nonexistent',
    logLevel: 'silent',
    noticeSweepSeconds: 0,
    ...overrides,
  };
}

/** A settable clock for tests that move time. */
export function testClock(start = new Date()) {
  let now = start.getTime();
  const clock: Clock = () => new Date(now);
  return { clock, advance: (ms: number) => (now += ms), set: (d: Date) => (now = d.getTime()) };
}

export interface TestContext {
  app: FastifyInstance;
  database: TestDatabase;
  tree: Tree;
  /** An access token for a user id. */
  token(userId: string): string;
  /** app.inject with a bearer token for a user id (or a raw credential). */
  as(who: string | { credential: string }, options: InjectOptions): Promise<LightMyRequestResponse>;
}

/**
 * Registers the hooks of one test file: one database for the file, a fresh app and tree per test.
 * Tests read from the returned object inside their bodies.
 */
export function useTestApp(options: { config?: Partial<Config>; clock?: Clock } = {}): TestContext {
  const ctx = {} as TestContext;
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    ctx.database = database;
  });
  afterAll(async () => {
    await ctx.app?.close();
    await database?.destroy();
  });
  beforeEach(async () => {
    await ctx.app?.close();
    await database.truncate();
    ctx.app = await buildApp({
      config: testConfig(options.config),
      database: database.handle,
      logger: false,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    await ctx.app.ready();
    ctx.tree = await seedTree(database.handle.db);
  });
  const now = options.clock ?? (() => new Date());
  ctx.token = (userId) => ctx.app.jwt.sign({ sub: userId, typ: 'access', iat: Math.floor(now().getTime() / 1000) }, { expiresIn: 600 });
  ctx.as = (who, inject) => {
    const credential = typeof who === 'string' ? ctx.token(who) : who.credential;
    return ctx.app.inject({ ...inject, headers: { ...inject.headers, authorization: `Bearer ${credential}` } });
  };
  return ctx;
}
