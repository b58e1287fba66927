// Bundles the compiled CLI (dist/cli) into dist/cli-bundle: a handful of files
// instead of some 170 modules (most of them zod's), which the ES module loader
// would otherwise walk at every start. The library (dist/index.js) stays as tsc
// wrote it. Run after tsc, by `npm run build`.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const DIST = resolve(import.meta.dirname, '../dist');
const OUT = join(DIST, 'cli-bundle');

rmSync(OUT, { recursive: true, force: true });
await build({
  // The worker is an entry of its own, beside main.js: run.js finds it as ./worker.js.
  entryPoints: [join(DIST, 'cli/main.js'), join(DIST, 'cli/batch/worker.js')],
  outdir: OUT,
  entryNames: '[name]',
  bundle: true,
  // Commands and formats stay in chunks of their own, loaded only when used.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // commander is CommonJS and calls require() for Node's modules, which ES modules lack.
  banner: { js: "import { createRequire as lawrepCreateRequire } from 'node:module'; const require = lawrepCreateRequire(import.meta.url);" },
  // Less to parse at start-up; names are kept, so stack traces still say where.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
