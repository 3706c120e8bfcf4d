import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { migrateDatabase } from './db/migrate';
import { openDatabase } from './db/open';
import { fileOffsetClock, systemClock } from './lib/clock';
import { loadFieldCrypto } from './lib/secrets-file';
import { seedDemoIfEmpty } from './seed/demo';

/** Process entry: config → database → migrate → seed → app → listen; graceful shutdown. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const database = await openDatabase(config);
  await migrateDatabase(database);
  const crypto = loadFieldCrypto(config);
  // Tests and demos only: a clock that a file can move forward (CLOCK_OFFSET_FILE).
  let warnClock = (message: string) => console.warn(message);
  const clock = config.clockOffsetFile ? fileOffsetClock(config.clockOffsetFile, (m) => warnClock(m)) : systemClock;
  const seed = config.seedDemo ? await seedDemoIfEmpty(database, config, crypto, { now: clock() }) : null;
  const app = await buildApp({ config, database, crypto, clock });
  if (config.clockOffsetFile) {
    warnClock = (m) => app.log.warn(m);
    app.log.warn({ file: config.clockOffsetFile }, 'CLOCK_OFFSET_FILE is set: the clock is real time plus the offset in that file (tests and demos only)');
  }
  if (seed?.seeded) app.log.info({ files: seed.files, ms: seed.millis }, 'demo data seeded');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  app.log.info(`Bangfu is up on http://${config.host}:${config.port} (database: ${database.driver})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
