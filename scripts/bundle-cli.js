// Bundles the compiled CLI (dist/cli) into dist/cli-bundle: a handful of files
// instead of some 170 modules (most of them zod's), which the ES module loader
// would otherwise walk at every start. The library (dist/index.js) stays as tsc
// wrote it. Run after tsc, by `npm run build`.
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { build } from 'esbuild';

const DIST = resolve(import.meta.dirname, '../dist');
const OUT = join(DIST, 'cli-bundle');

/**
 * zod's entry points re-export its JSON Schema generator, and esbuild puts whole files in
 * chunks: left alone, the generator (some 30 KB) would sit in the chunk that every extraction
 * and every worker parses. So those re-exports are dropped here, and the schema command, the
 * generator's only user, gets the generator's own file for its `zod/mini` import.
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
 * Node's built-in modules taken with require() instead of import: an ES import of a
 * built-in reads every one of its exports, which runs the getters Node keeps for costly
 * parts (node:process opens standard input, node:fs loads fs/promises, node:crypto the
 * Web Crypto API) at every start. The import statements (one a line, as tsc and the
 * packages write them) are rewritten in place, not routed through stub modules, which
 * esbuild would put in chunks of their own.
 */
function requireBuiltin(line, path) {
  const from = line.lastIndexOf(' from ');
  const specifier = line.slice(from + ' from '.length).replace(/;$/, '');
  const quote = specifier.charAt(0);
  const name = specifier.slice(1, -1);
  const isBuiltinImport = line.startsWith('import ') && from > 0 && `'"`.includes(quote) && specifier.endsWith(quote) && name.startsWith('node:');
  if (!isBuiltinImport) return line;
  const clause = line.slice('import '.length, from).trim();
  const call = `require(${JSON.stringify(name)})`;
  const named = (list) => list.replaceAll(' as ', ': ');
  let m;
  if ((m = /^(?:\* as )?([\w$]+)$/.exec(clause))) return `const ${m[1]} = ${call};`;
  if ((m = /^(\{[^}]*\})$/.exec(clause))) return `const ${named(m[1])} = ${call};`;
  if ((m = /^([\w$]+), (\{[^}]*\})$/.exec(clause))) return `const ${m[1]} = ${call}, ${named(m[2])} = ${m[1]};`;
  throw new Error(`${path}: cannot rewrite the import of ${name} (${clause})`);
}

const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onLoad({ filter: /\.m?js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes("'node:") && !source.includes('"node:')) return undefined;
      return {
        contents: source
          .split('\n')
          .map((line) => requireBuiltin(line, path))
          .join('\n'),
        loader: 'js',
        resolveDir: dirname(path),
      };
    });
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
  // Commands and formats stay in chunks of their own, loaded only when used.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // require() for Node's modules, which ES modules lack: commander (CommonJS) calls it, and so do the built-in imports builtinsByRequire rewrites.
  banner: { js: "import { createRequire as lawrepCreateRequire } from 'node:module'; const require = lawrepCreateRequire(import.meta.url);" },
  // Less to parse at start-up; names are kept, so stack traces still say where.
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'utf8',
  plugins: [jsonSchemaApart, builtinsByRequire, childProcessOnUse],
  logLevel: 'warning',
});
