import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests against the built system. Paths are anchored here, so this works from the repo root
// (`vitest run --config apps/web/vitest.e2e.config.ts`) and from apps/web alike.
const webDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webDir,
  test: {
    name: 'web-e2e',
    root: webDir,
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: [fileURLToPath(new URL('./e2e/global-setup.ts', import.meta.url))],
    testTimeout: 45_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 3,
  },
});
