import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/cli/batch/shard.js';
import { runBin } from '../helpers/cli.js';
import { jsonLines, makeCorpus, pathsOf } from './corpus.js';

describe('--shard K/N', { timeout: 120_000 }, () => {
  it('splits the inputs into N parts that add up to the whole without overlap', () => {
    const { dir, paths } = makeCorpus(45);
    const parts = [1, 2, 3].map((k) => {
      const { status, stdout } = runBin(['extract', dir, '--shard', `${k}/3`, '-j', '2']);
      expect(status).toBe(0);
      return pathsOf(jsonLines(stdout));
    });
    for (const part of parts) {
      expect(part.length).toBeGreaterThan(0);
      expect(part).toEqual([...part].sort()); // each part keeps the input order
    }
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(paths);
  });

  it('chooses by path alone: the same path is in the same shard on every run', () => {
    const paths = Array.from({ length: 1000 }, (_, i) => `reports/${i}.txt`);
    const shard = parseShard('2/5');
    const first = paths.filter((p) => inShard(p, shard));
    expect(paths.filter((p) => inShard(p, shard))).toEqual(first);
    // Roughly a fifth each: the hash spreads similar paths.
    expect(first.length).toBeGreaterThan(150);
    expect(first.length).toBeLessThan(250);
  });

  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['3/3', { index: 3, count: 3 }],
    ['12/100', { index: 12, count: 100 }],
  ])('parses %s', (spec, shard) => {
    expect(parseShard(spec)).toEqual(shard);
  });

  it.each(['0/3', '4/3', '1/0', '-1/3', '1/3x', ' 1/3', '1 /3', '', '1.5/3', 'a/b'])('refuses %j', (spec) => {
    expect(() => parseShard(spec)).toThrow(/--shard/);
  });
});
