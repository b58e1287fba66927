// Bad usage: a short error on standard error naming the problem (commander adds
// one line pointing at --help), nothing on standard output, exit 2, and no
// output file written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, SEEDS, tempDir } from '../helpers/cli.js';

const SEED = join(SEEDS, '000_75cbe675a13a2971.txt');

describe('bad usage', () => {
  it.each<[string, string[], RegExp]>([
    ['an unknown option', ['extract', '--frobnicate', SEED], /unknown option '--frobnicate'/],
    ['an unknown command', ['frobnicate', SEED], /unknown command 'frobnicate'/],
    ['--jobs 0', ['extract', '--jobs', '0', SEED], /--jobs/],
    ['--jobs that is not a number', ['extract', '--jobs', 'many', SEED], /--jobs/],
    ['--shard 3/2', ['extract', '--shard', '3/2', SEED], /--shard/],
    ['--shard 0/2', ['extract', '--shard', '0/2', SEED], /--shard/],
    ['--shard without a slash', ['extract', '--shard', '3', SEED], /--shard/],
    ['--max-bytes 0', ['extract', '--max-bytes', '0', SEED], /--max-bytes/],
    ['--max-bytes -5', ['extract', '--max-bytes', '-5', SEED], /--max-bytes/],
    ['an unknown --encoding', ['extract', '--encoding', 'latin1', SEED], /--encoding/],
    ['a missing input path', ['extract', '/no/such/report.txt'], /no such file or folder: \/no\/such\/report\.txt/],
    ['a path through a file', ['extract', `${SEED}/report.txt`], /no such file or folder/],
    ['no input', ['extract'], /missing required argument|no input/],
    ['--bom with JSON', ['extract', '--bom', SEED], /--bom is for --format csv/],
  ])('%s: error on stderr, exit 2', (_name, args, message) => {
    const { status, stdout, stderr } = runBin(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toMatch(message);
    expect(lines, stderr).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses -o naming one of the inputs, and leaves that input untouched', () => {
    const dir = tempDir();
    const input = join(dir, 'report.txt');
    writeFileSync(input, readFileSync(SEED));
    for (const target of [input, join(dir, '.', 'report.txt')]) {
      const { status, stdout, stderr } = runBin(['extract', dir, '-o', target]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/is one of the inputs/);
      expect(readFileSync(input)).toEqual(readFileSync(SEED));
    }
  });

  it('writes no output file on bad usage', () => {
    const dir = tempDir();
    const out = join(dir, 'out.jsonl');
    expect(runBin(['extract', '/no/such/report.txt', '-o', out]).status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
