#!/usr/bin/env node
// lawrep's command line: the bundled CLI (dist/cli-bundle/main.js), compiled with the
// V8 code cache that the build made by running it on sample reports. A cold start then
// reads bytecode instead of parsing and compiling the bundle and every function an
// extraction calls, which was about a quarter of a one-report run. V8 refuses a cache
// made by another Node.js or under other V8 flags, and the bundle is compiled as usual.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'cli-bundle', 'main.js');
const CACHE = `${BUNDLE}.cache`;

/** The CLI's exports (main, runCli), and the compiled script, whose cache the build writes. */
function loadCli() {
  let cachedData;
  try {
    cachedData = readFileSync(CACHE);
  } catch {
    cachedData = undefined;
  }
  // The build wrote the bundle wrapped as Node wraps a CommonJS module. It requires only
  // Node's built-in modules, which this file's require() finds as well as its own would.
  const script = new Script(readFileSync(BUNDLE, 'utf8'), { filename: BUNDLE, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, BUNDLE, dirname(BUNDLE));
  return { cli: bundle.exports, script, cache: CACHE };
}

if (require.main === module) loadCli().cli.main();
else module.exports = { loadCli };
