// Line breaks left inside a sentence are dropped for matching; real ones stay.
import { describe, expect, it } from 'vitest';
import { joinSoftBreaks } from '../../src/indicators/soft-breaks.js';
import type { Normalised } from '../../src/normalise/normalise.js';

function norm(text: string): Normalised {
  return { source: text, text, toSource: new Int32Array(text.length + 1).map((_, i) => i), paragraphs: [], chrome: [], wrapped: true };
}

describe('joinSoftBreaks', () => {
  const cases: Array<[string, string, string]> = [
    ['a figure split from its unit', '听证2\n起，制作文书', '听证2起，制作文书'],
    ['a number split in two', '一般程序案件共办理232\n6件，同比', '一般程序案件共办理2326件，同比'],
    ['a sentence end', '结案32宗。\n二是加强', '结案32宗。\n二是加强'],
    ['a heading after', '工作成效\n（一）依法行政', '工作成效\n（一）依法行政'],
    ['table cells one per line', '2207\n2207\n0', '2207\n2207\n0'],
    ['a table row', '行政强制 | 工伤认定 |\n数量 | 75件 |', '行政强制 | 工伤认定 |\n数量 | 75件 |'],
  ];
  for (const [name, input, output] of cases) {
    it(name, () => expect(joinSoftBreaks(norm(input)).text).toBe(output));
  }

  it('maps every character back to the normalised text', () => {
    const joined = joinSoftBreaks(norm('听证2\n起'));
    expect([...joined.toNorm]).toEqual([0, 1, 2, 4, 5]);
  });
});
