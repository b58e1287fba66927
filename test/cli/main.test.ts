import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, SEEDS, tempDir } from '../helpers/cli.js';

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
