import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_PROCESS_BELOW } from '../../src/cli/batch/run.js';
import { runBin } from '../helpers/cli.js';
import { jsonLines, makeCorpus, pathsOf } from './corpus.js';

describe('batch order', { timeout: 120_000 }, () => {
  it('writes the same bytes, in sorted path order, with 1 and 2 workers, failures included', () => {
    const { dir, paths } = makeCorpus(IN_PROCESS_BELOW + 20); // enough for worker threads
    writeFileSync(join(dir, 'g3', 'r00007-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const one = runBin(['extract', dir, '--jobs', '1']);
    const two = runBin(['extract', dir, '--jobs', '2']);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const records = jsonLines(two.stdout);
    expect(pathsOf(records)).toEqual([...paths, join(dir, 'g3', 'r00007-binary.txt')].sort());
    expect(records.filter((r) => r.error).map((r) => r.error.code)).toEqual(['binary']);
    expect(two.stderr).toContain('r00007-binary.txt');
  });

  it('expands a quoted glob itself', () => {
    const { dir, paths } = makeCorpus(20);
    const { status, stdout } = runBin(['extract', `${dir}/g[12]/*.txt`, '-j', '2']);
    expect(status).toBe(0);
    expect(pathsOf(jsonLines(stdout))).toEqual(paths.filter((p) => /\/g[12]\//.test(p)));
    const none = runBin(['extract', `${dir}/**/*.pdf`]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no file matches');
  });

  it('reads paths from --files-from -, in the order listed, beside other inputs', () => {
    const { paths } = makeCorpus(8);
    const listed = [paths[5], paths[1], '', paths[3]].join('\n');
    const { status, stdout } = runBin(['extract', paths[0] as string, '--files-from', '-'], { input: `${listed}\r\n` });
    expect(status).toBe(0);
    expect(pathsOf(jsonLines(stdout))).toEqual([paths[0], paths[5], paths[1], paths[3]]);
  });

  it('gives a missing listed file an error record instead of stopping', () => {
    const { dir, paths } = makeCorpus(2);
    const list = join(dir, 'list.txt');
    writeFileSync(list, `${paths[0]}\n${join(dir, 'gone.txt')}\n${paths[1]}\n`);
    const { status, stdout } = runBin(['extract', '--files-from', list]);
    expect(status).toBe(1);
    expect(jsonLines(stdout).map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'read', 'ok']);
  });

  it('prints a summary with --verbose, and nothing but warnings without it when stderr is not a terminal', () => {
    const { dir } = makeCorpus(3);
    expect(runBin(['extract', dir]).stderr).toBe('');
    expect(runBin(['extract', dir, '--verbose']).stderr).toMatch(/^lawrep: 3 extracted, 0 failed in [\d.]+ s \(\d+ reports\/s, peak RSS \d+ MB\)\n$/);
  });
});
