import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/indicators/find.js';
import { repeatedLines } from '../../src/indicators/repeats.js';
import { normalise } from '../../src/normalise/normalise.js';

const PARAGRAPH = '全年开展生态环境执法检查1820家次，查处环境违法案件97件，罚款412.7万元，其中按日连续处罚案件1件。';

function values(text: string): string[] {
  return findMentions(normalise(text), []).map((m) => `${m.indicator}=${m.value}`);
}

describe('paragraphs said twice', () => {
  it.each<[string, string, Array<[number, number]>]>([
    ['a long paragraph of figures said again', `${PARAGRAPH}\n${PARAGRAPH}`, [[PARAGRAPH.length + 1, 2 * PARAGRAPH.length + 1]]],
    ['said again after other lines, copied from further up', `${PARAGRAPH}\n二、存在问题\n${PARAGRAPH}`, [[PARAGRAPH.length + 8, 2 * PARAGRAPH.length + 8]]],
    ['short lines said twice (无, a label) are no copy', '无\n无\n行政复议：0件\n行政复议：0件', []],
    ['a long line with no figure is no copy of figures', `${'坚持依法行政，'.repeat(8)}\n${'坚持依法行政，'.repeat(8)}`, []],
    ['two paragraphs alike but for a figure are both said', `${PARAGRAPH}\n${PARAGRAPH.replace('97件', '98件')}`, []],
  ])('%s', (_name, text, spans) => expect(repeatedLines(text)).toEqual(spans));

  it('gives the figures of a paragraph said twice once, where first said', () => {
    expect(values(`${PARAGRAPH}\n${PARAGRAPH}`)).toEqual(values(PARAGRAPH));
    expect(values(PARAGRAPH)).toContain('penalty.cases=97');
  });
});
