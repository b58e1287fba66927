import { describe, expect, it } from 'vitest';
import { joinResults, resultBytes, taskResult } from '../../src/cli/batch/task.js';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('task results as bytes', () => {
  it.each([
    ['ASCII', ['{"a":1}\n', '{"b":2}\n']],
    ['Chinese, three bytes a character', ['{"t":"行政处罚"}\n', '{"t":"复议"}\n']],
    ['beyond the BMP, four bytes a character', ['{"t":"𠀀𠀁"}\n']],
    ['an empty output among others', ['x\n', '', 'y\n']],
  ])('keeps each output of %s whole and in order', (_name, outputs) => {
    const result = taskResult(outputs, []);
    expect(text(result.bytes)).toBe(outputs.join(''));
    expect(result.sizes).toEqual(outputs.map((o) => Buffer.byteLength(o)));
  });

  it('gives each result a buffer of its own, untouched by the next task', () => {
    const first = taskResult(['第一\n'], []);
    taskResult(['第二个结果\n'], []);
    expect(text(first.bytes)).toBe('第一\n');
    expect(first.bytes.byteOffset).toBe(0);
  });

  it('writes a task larger than the kept room', () => {
    const big = '报'.repeat(3 << 20);
    expect(taskResult([big], []).sizes).toEqual([Buffer.byteLength(big)]);
  });

  it('puts kept records back in their places', () => {
    const result = taskResult(['a\n', null, 'c\n', null], ['failed: c']);
    const kept = (i: number) => Buffer.from(`kept ${i}\n`);
    expect(text(resultBytes(result, kept))).toBe('a\nkept 1\nc\nkept 3\n');
    expect(result.failures).toEqual(['failed: c']);
  });

  it('joins the results of a task cut into parts', () => {
    const joined = joinResults([taskResult(['一\n'], []), taskResult([null], []), taskResult(['三\n'], ['three'])]);
    expect(text(joined.bytes)).toBe('一\n三\n');
    expect(joined.sizes).toEqual([4, null, 4]);
    expect(joined.failures).toEqual(['three']);
  });
});
