// Bundles the API for production: our own code and the shared contract go in, npm packages stay external.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@bangfu/'));

await build({
  entryPoints: { server: 'src/server.ts', migrate: 'src/db/migrate-cli.ts', reencrypt: 'src/db/reencrypt-cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: external.flatMap((name) => [name, `${name}/*`]),
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
console.log('api built: dist/server.js, dist/migrate.js, dist/reencrypt.js');
