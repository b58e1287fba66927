import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, SEEDS, tempDir } from '../helpers/cli.js';

const SEED = join(SEEDS, '000_75cbe675a13a2971.txt');

// `extract FILE` alone is run without commander; with any option it goes through
// commander. Both must come to the same thing.
describe('lawrep extract FILE without commander', () => {
  const dir = tempDir();
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xd8]));

  it.each([
    ['a report', SEED],
    ['a file that cannot be decoded', binary],
    ['a missing file', join(dir, 'missing.txt')],
    ['a folder', dir],
    ['an empty name', ''],
  ])('does as commander would for %s', (_, file) => {
    const alone = runBin(['extract', file]);
    for (const parsed of [runBin(['extract', file, '--glob', '*.txt']), runBin(['extract', '--', file])]) {
      expect(alone).toEqual(parsed);
    }
  });

  it('leaves options, a second input and standard input to commander', () => {
    expect(runBin(['extract', SEED, '--max-bytes', '0']).stderr).toMatch(/argument '0' is invalid/);
    expect(runBin(['extract', '--pretty', SEED]).stdout).toMatch(/^\{\n {2}"schemaVersion"/);
    expect(runBin(['extract', SEED, SEED]).stdout.trim().split('\n')).toHaveLength(2);
    expect(JSON.parse(runBin(['extract', '-'], { input: readFileSync(SEED) }).stdout).source.path).toBeNull();
  });
});

// The build saves V8's code cache of the bundled CLI; bin/lawrep.cjs compiles with it.
describe('the code cache of the command line', () => {
  const require = createRequire(import.meta.url);
  const { loadCli } = require(join(ROOT, 'bin/lawrep.cjs')) as { loadCli(): { script: Script; cache: string } };

  it('is accepted by this Node.js', () => {
    expect(loadCli().script.cachedDataRejected).toBe(false);
  });

  it('is only an aid: a copy of the build with a corrupt cache extracts the same', () => {
    const copy = tempDir();
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist/cli-bundle'), join(copy, 'dist/cli-bundle'), { recursive: true });
    writeFileSync(join(copy, 'dist/cli-bundle/main.js.cache'), 'not a code cache');
    const run = (root: string) => spawnSync(process.execPath, [join(root, 'bin/lawrep.cjs'), 'extract', SEED], { encoding: 'utf8' });
    const corrupt = run(copy);
    expect(corrupt.status).toBe(0);
    expect(corrupt.stdout).toBe(run(ROOT).stdout);
  });
});
