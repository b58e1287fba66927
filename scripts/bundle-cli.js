// Bundles the compiled CLI (dist/cli) into dist/cli-bundle: two CommonJS scripts, the
// command line (main.js) and the batch worker (worker.js), instead of some 170 ES modules
// (most of them zod's) that Node's module loader would walk at every start. Modules that
// the CLI imports on use (commands, formats, the batch machinery) stay unevaluated until
// then. Then it runs the CLI on the sample reports and saves V8's code cache of it, which
// bin/lawrep.cjs compiles the bundle with. The library (dist/index.js) stays as tsc wrote
// it. Run after tsc, by `npm run build`.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { Writable } from 'node:stream';
import { build } from 'esbuild';

const DIST = resolve(import.meta.dirname, '../dist');
const OUT = join(DIST, 'cli-bundle');
const SAMPLES = resolve(import.meta.dirname, '../fixtures/seeds');

/**
 * zod's entry points re-export its JSON Schema generator: left alone, the generator (some
 * 30 KB) would be evaluated with zod by every extraction and every worker. So those
 * re-exports are dropped here, and the schema command, the generator's only user, gets the
 * generator's own file for its `zod/mini` import.
 */
const jsonSchemaApart = {
  name: 'zod-json-schema-apart',
  setup(b) {
    b.onResolve({ filter: /^zod\/mini$/ }, async ({ importer, resolveDir, kind }) => {
      if (!importer.endsWith(join('cli', 'schema-command.js'))) return undefined;
      const core = await b.resolve('zod/v4/core', { importer, resolveDir, kind });
      return { path: join(dirname(core.path), 'json-schema-processors.js') };
    });
    b.onLoad({ filter: /zod[\\/]v4[\\/](mini[\\/]external|core[\\/]index)\.js$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8'))
        .split('\n')
        .filter((line) => !(line.startsWith('export ') && line.includes('json-schema')))
        .join('\n'),
      resolveDir: dirname(path),
    }));
  },
};

/**
 * commander takes node:child_process at load, for subcommands that are programs of their
 * own; lawrep has none, and loading it (with dgram and the socket machinery) costs
 * milliseconds at every start. commander gets the one function it uses, looked up on use.
 */
const childProcessOnUse = {
  name: 'child-process-on-use',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, ({ importer, path }) =>
      importer.includes(`${sep}commander${sep}`) ? { path, namespace: 'child-process-on-use' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'child-process-on-use' }, () => ({
      contents: "module.exports = { get spawn() { return require('node:child_process').spawn; } };",
      loader: 'js',
    }));
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  // The worker is an entry of its own, beside main.js: run.js finds it as ./worker.js.
  entryPoints: [join(DIST, 'cli/main.js'), join(DIST, 'cli/batch/worker.js')],
  outdir: OUT,
  entryNames: '[name]',
  bundle: true,
  // CommonJS, because Node 20 can compile a script with a code cache but not an ES module.
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // run.js finds the worker beside itself; the URL is made on use, not at every start.
  define: { 'import.meta.url': 'lawrepBundle.url' },
  banner: { js: "const lawrepBundle = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
  // Less to parse at start-up; names are kept, so stack traces still say where.
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'utf8',
  plugins: [jsonSchemaApart, childProcessOnUse],
  logLevel: 'warning',
});
// The package is ES modules; these two are CommonJS.
writeFileSync(join(OUT, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
wrapMain();
await writeCodeCache();

/**
 * main.js is written already wrapped as Node wraps a CommonJS module, for bin/lawrep.cjs
 * to compile as it is: wrapping it there, at every start, copied the whole bundle into a
 * new string, which cost a garbage collection.
 */
function wrapMain() {
  const main = join(OUT, 'main.js');
  writeFileSync(main, `(function (exports, require, module, __filename, __dirname) { ${readFileSync(main, 'utf8')}\n})`);
}

/**
 * Runs the CLI, as bin/lawrep.cjs loads it, on each sample report (output discarded)
 * and saves the code cache of the bundle: the bytecode of every function that ran,
 * which a cold start would otherwise compile.
 */
async function writeCodeCache() {
  const { loadCli } = createRequire(import.meta.url)('../bin/lawrep.cjs');
  const { cli, script, cache } = loadCli();
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const io = { stdin: process.stdin, stdout: discard, stderr: discard, env: {}, stdoutIsTTY: false, stderrIsTTY: false, cwd: process.cwd() };
  for (const name of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) {
    const exit = await cli.runCli(['extract', join(SAMPLES, name)], io);
    if (exit !== 0) throw new Error(`lawrep extract ${name} exited with ${exit}`);
  }
  writeFileSync(cache, script.createCachedData());
}
