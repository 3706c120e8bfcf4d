import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Repository layout, resolved from this file so the suite runs from any working directory. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const apiServerPath = fileURLToPath(new URL('../../../api/dist/server.js', import.meta.url));
export const webIndexPath = fileURLToPath(new URL('../../dist/index.html', import.meta.url));

/** Debian's chromium; never downloaded. Override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumMissing = !existsSync(chromiumPath);

export function warnChromiumMissing(): void {
  const line = '!'.repeat(100);
  console.warn(
    `\n${line}\n!! Browser tests SKIPPED: no Chromium at ${chromiumPath}.\n` +
      `!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.\n${line}\n`,
  );
}
