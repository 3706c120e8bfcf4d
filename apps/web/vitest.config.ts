import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the web app's plain modules (api client, tree nesting, error mapping). Browser tests: vitest.e2e.config.ts.
const webDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webDir,
  test: {
    name: 'web',
    root: webDir,
    include: ['src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/browser-globals.ts'],
  },
});
