#!/usr/bin/env node
// Bundles the server's TypeScript into one ES module, dist/server/tandem.mjs, for production: the
// server then starts without compiling its sources in memory (decision 0043). Packages stay in
// node_modules; only Tandem's own code is bundled. `bin/tandem.mjs` keeps running the sources.
//
//   node scripts/build-server.mjs [--outdir DIR]   (DIR must be inside Tandem's folder)
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const asked = process.argv.indexOf('--outdir');
const outdir = asked === -1 ? join(root, 'dist', 'server') : resolve(process.argv[asked + 1]);

const started = Date.now();
await build({
  entryPoints: { tandem: join(root, 'src', 'main.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`Built the server into ${outdir} in ${Date.now() - started} ms.`);
