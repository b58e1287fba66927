import { describe, expect, it } from 'vitest';
import { PathList } from '../../src/cli/path-list.js';

describe('PathList', () => {
  it.each([
    ['ASCII', ['b/2.txt', 'a/1.txt', 'a/10.txt']],
    ['Chinese', ['报告/2024年.txt', '报告/2023年.txt', 'a.txt']],
    ['beyond the BMP', ['𠀀.txt', '\uffff.txt', 'z.txt']],
    ['an empty path', ['', 'x']],
  ])('gives back %s paths as pushed', (_name, paths) => {
    const list = PathList.of(paths);
    expect([...list]).toEqual(paths);
    expect(list.length).toBe(paths.length);
    expect(paths.map((_, i) => list.at(i))).toEqual(paths);
  });

  it.each([
    ['folders shared by neighbours', ['/a/b/1.txt', '/a/b/2.txt', '/a/c/1.txt', '/a/b/3.txt']],
    ['no folder', ['1.txt', 'a/1.txt', '2.txt']],
    ['Windows separators', ['C:\\报告\\1.txt', 'C:\\报告\\2.txt', 'C:/mixed\\3.txt']],
    ['folders that are prefixes of one another', ['a/b', 'a/bc/d', 'a/b/c', 'a/', 'a//x', '/']],
  ])('keeps paths with %s', (_name, paths) => {
    expect([...PathList.of(paths)]).toEqual(paths);
  });

  it('grows past its first buffers', () => {
    const paths = Array.from({ length: 5000 }, (_, i) => `/报告/${String(i).padStart(6, '0')}/${'长'.repeat(i % 40)}.txt`);
    const list = PathList.of(paths);
    expect(list.at(4999)).toBe(paths[4999]);
    expect([...list]).toEqual(paths);
  });

  it('filters, joins, and refuses an index out of range', () => {
    const list = PathList.of(['a', 'bb', 'ccc']);
    const long = list.filter((p) => p.length > 1);
    expect([...long]).toEqual(['bb', 'ccc']);
    expect([...PathList.join([long, new PathList(), PathList.of(['报告'])])]).toEqual(['bb', 'ccc', '报告']);
    expect([...PathList.join([])]).toEqual([]);
    expect(() => list.at(3)).toThrow(RangeError);
    expect(() => new PathList().at(0)).toThrow(RangeError);
  });
});
