import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type Line, splitLines } from '../../src/cli/batch/lines.js';

async function split(chunks: Array<string | Buffer>): Promise<Line[]> {
  const lines: Line[] = [];
  for await (const line of splitLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))))) lines.push(line);
  return lines;
}

describe('splitLines', () => {
  it.each([
    ['nothing', [], []],
    ['one ended line', ['a\n'], [['a', 0, 2, true]]],
    ['a last line without \\n', ['a\nbc'], [['a', 0, 2, true], ['bc', 2, 2, false]]],
    ['CRLF: the \\r is not text but counts as bytes', ['a\r\nb\r\n'], [['a', 0, 3, true], ['b', 3, 3, true]]],
    ['empty lines', ['\n\n'], [['', 0, 1, true], ['', 1, 1, true]]],
    ['a line across chunks', ['ab', 'cd', 'e\nf'], [['abcde', 0, 6, true], ['f', 6, 1, false]]],
    ['a \\n at a chunk start', ['ab', '\ncd\n'], [['ab', 0, 3, true], ['cd', 3, 3, true]]],
    ['a lone \\r is kept inside a line', ['a\rb\n'], [['a\rb', 0, 4, true]]],
  ] as const)('%s', async (_name, chunks, expected) => {
    const lines = await split([...chunks]);
    expect(lines.map((l) => [l.text, l.start, l.length, l.complete])).toEqual(expected);
  });

  it('counts bytes, not characters, and joins a character split between chunks', async () => {
    const bytes = Buffer.from('甲乙\n丙\n');
    const lines = await split([bytes.subarray(0, 4), bytes.subarray(4)]);
    expect(lines.map((l) => [l.text, l.start, l.length])).toEqual([
      ['甲乙', 0, 7],
      ['丙', 7, 4],
    ]);
  });
});
