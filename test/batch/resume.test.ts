import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_PROCESS_BELOW } from '../../src/cli/batch/run.js';
import { runBin } from '../helpers/cli.js';
import { jsonLines, makeCorpus, pathsOf } from './corpus.js';

describe('--resume', { timeout: 120_000 }, () => {
  it.each([
    ['in the main thread', 40],
    ['on worker threads', IN_PROCESS_BELOW + 40],
  ])('completes a cut-short output %s: every input once, in order, kept records left as they were', (_, count) => {
    const { dir, paths } = makeCorpus(count);
    const out = join(dir, 'out.jsonl');
    expect(runBin(['extract', dir, '-o', out]).status).toBe(0);
    const full = readFileSync(out, 'utf8');
    const lines = full.split('\n');
    // A run killed after 25 records, in the middle of writing the 26th.
    // One record marked (to see that it is kept as it was), one made by other rules (to be redone).
    const kept = lines.slice(0, 25).map((line, i) =>
      i === 3 ? line.replace('"schemaVersion":"1"', '"schemaVersion":"1","marker":true') : i === 9 ? line.replace(/"rules":"[0-9a-f]+"/, '"rules":"0000"') : line,
    );
    writeFileSync(out, `${kept.join('\n')}\n${(lines[25] as string).slice(0, 100)}`);

    const { status, stderr } = runBin(['extract', dir, '-o', out, '--resume', '--verbose']);
    expect(status).toBe(0);
    expect(stderr).toMatch(new RegExp(`${count - 24} extracted, 24 kept from the previous output, 0 failed`));
    const records = jsonLines(readFileSync(out, 'utf8'));
    expect(pathsOf(records)).toEqual(paths);
    // The marked record was kept, not extracted again; the other one was redone: but for the marker, the output is a fresh run's.
    expect(records.filter((r) => r.marker)).toHaveLength(1);
    expect(readFileSync(out, 'utf8').replace(',"marker":true', '')).toBe(full);
  });

  it('extracts again an input whose bytes changed, and one that failed before', () => {
    const { dir, paths } = makeCorpus(4);
    const out = join(dir, 'out.jsonl');
    writeFileSync(paths[2] as string, Buffer.from([0, 1, 2, 3]));
    expect(runBin(['extract', dir, '-o', out]).status).toBe(1);
    writeFileSync(paths[2] as string, 'repaired');
    writeFileSync(paths[1] as string, `${readFileSync(paths[1] as string, 'utf8')}\n改动`);
    const { status, stderr } = runBin(['extract', dir, '-o', out, '--resume', '--verbose']);
    expect(status).toBe(0);
    expect(stderr).toMatch(/2 extracted, 2 kept/);
    const records = jsonLines(readFileSync(out, 'utf8'));
    expect(pathsOf(records)).toEqual(paths);
    expect(records.every((r) => !r.error)).toBe(true);
  });

  it('starts afresh when there is no previous output', () => {
    const { dir, paths } = makeCorpus(3);
    const out = join(dir, 'new.jsonl');
    expect(runBin(['extract', dir, '-o', out, '--resume']).status).toBe(0);
    expect(pathsOf(jsonLines(readFileSync(out, 'utf8')))).toEqual(paths);
  });
});
