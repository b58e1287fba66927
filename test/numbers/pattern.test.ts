import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { FIGURE, FIGURE_SOURCE } from '../../src/numbers/pattern.js';
import { parseNumber } from '../../src/numbers/parse.js';

function figures(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => m[0]);
}

// [running text, figure tokens found in it]
const cases: [string, string[]][] = [
  ['共计罚款27.1651万元', ['27.1651万']],
  ['办理案件1,234件，同比增长12.5%', ['1,234', '12.5%']],
  ['受理１，２３４件', ['１，２３４']],
  ['分别为1,2,3项', ['1', '2', '3']],
  ['罚款1124500.17元。', ['1124500.17']],
  ['查处三起，立案十二件', ['三', '十二']],
  ['培训二十余场，覆盖两万余人次', ['二十', '两万']],
  ['受众达五百余万人次', ['五百余万']],
  ['罚没收入3万5千元', ['3万5千']],
  ['复议纠错率百分之八十', ['百分之八十']],
  ['同比增长二点五个百分点', ['二点五']],
  ['一百零五人次', ['一百零五']],
  ['2023年。', ['2023']],
  ['重点工作', []],
  ['其余的', []],
  ['关心百姓，千万不要', []],
  ['满意率达百分之百。', ['百分之百']],
  ['千三百人', ['千三百']],
];

describe('FIGURE', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('yields tokens that parseNumber reads', () => {
    const tokens = cases.flatMap(([text]) => figures(text));
    expect(tokens.filter((t) => parseNumber(t) === null)).toEqual([]);
  });

  it('takes a comma before four digits into one token, which parseNumber then refuses', () => {
    expect(figures('共12，3456元')).toEqual(['12，3456']);
    expect(parseNumber('12，3456')).toBeNull();
  });

  it('has no capture groups, so it embeds in larger patterns', () => {
    expect(new RegExp(`${FIGURE_SOURCE}|`).exec('')?.length).toBe(1);
  });

  it('is proved linear-time by an automaton, not only by fuzzing', async () => {
    const result = await check(FIGURE_SOURCE, 'g');
    expect(result.status).toBe('safe');
    expect(result.checker).toBe('automaton');
  }, 60_000);
});
