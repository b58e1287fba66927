// The CLI on a folder of generated and mutated files: exactly one record per file,
// in path order, each valid and the same as the library gives for those bytes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { Output } from '../../src/model/schema.js';
import { anyText, mutatedSeedBytes } from '../helpers/arbitraries.js';
import { ROOT, runBin, tempDir } from '../helpers/cli.js';

// The library of the same build as the CLI that runs (dist/), whatever src/ holds meanwhile.
const { extract } = (await import(pathToFileURL(join(ROOT, 'dist/extract.js')).href)) as typeof import('../../src/extract.js');

const FILES = 48; // enough for the batch to go to worker threads

it(`gives one valid record per file for ${FILES} generated files, as the library does`, () => {
  const inputs = fc.sample(fc.oneof(anyText.map((t) => Buffer.from(t)), mutatedSeedBytes), { numRuns: FILES, seed: 20241231 });
  const dir = tempDir();
  const paths = inputs.map((bytes, i) => {
    const path = join(dir, `${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, bytes);
    return path;
  });
  const { status, stdout } = runBin(['extract', dir, '--jobs', '2']);
  expect([0, 1]).toContain(status);
  const lines = stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(FILES);
  lines.forEach((line, i) => {
    const record: unknown = JSON.parse(line);
    expect(Output.safeParse(record).success).toBe(true);
    expect(record).toEqual(JSON.parse(JSON.stringify(extract(inputs[i] ?? new Uint8Array(), { path: paths[i] ?? null }))));
  });
}, 60_000);
