import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/cli/show/sentence.js';
import { textTable } from '../../src/cli/show/table.js';
import { terminalView } from '../../src/cli/show/terminal-view.js';
import { INDICATOR_IDS } from '../../src/indicators/catalogue.js';
import { makeReport, section } from '../format/make-report.js';

const SOURCE = [
  '某局2024年法治政府建设情况的报告',
  '一、主要工作',
  '全年办理行政处罚案件37宗，罚款',
  '4.52万元。发放宣传资料2600余份，接待群众咨询约500人次。',
  '二、下一步工作',
  '开展培训不少于6次。',
].join('\n');
const at = (text: string) => Array.from(SOURCE.slice(0, SOURCE.indexOf(text))).length;

const FIGURES = [
  { indicator: 'penalty.cases', label: '行政处罚案件', text: '行政处罚案件37宗', value: 37, unit: '宗', section: '1' },
  { indicator: 'penalty.fines_yuan', label: '罚款金额', text: '罚款\n4.52万元', value: 45200, unit: '万元', section: '1' },
  { indicator: 'publicity.materials', label: '宣传资料', text: '发放宣传资料2600余份', value: 2600, unit: '份', bound: 'over' as const, section: '1' },
  { indicator: 'publicity.consultations', label: '法律咨询', text: '咨询约500人次', value: 500, unit: '人次', bound: 'about' as const, section: '1' },
  { indicator: 'training.sessions', label: '学法、法治培训', text: '培训不少于6次', value: 6, unit: '次', bound: 'over' as const, section: '2' },
];

const report = makeReport(SOURCE, FIGURES, {
  sections: [
    section('1', '一、', '主要工作', 'measures', at('一、'), at('二、')),
    section('2', '二、', '下一步工作', 'plans', at('二、'), Array.from(SOURCE).length),
  ],
  warnings: [{ code: 'no-date', message: '没有找到发布日期' }],
});
const plain = new Chalk({ level: 0 });

/** The cells of a table line (separated by two spaces or more), with their display columns. */
function cells(line: string): Array<{ text: string; start: number; end: number }> {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => {
    const start = stringWidth(line.slice(0, m.index));
    return { text: m[0], start, end: start + stringWidth(m[0]) };
  });
}

describe('terminalView', () => {
  const view = terminalView(report, SOURCE, plain);
  const lines = view.split('\n');
  const header = lines.findIndex((l) => l.startsWith('  indicator '));
  const table = lines.slice(header, lines.indexOf('', header));

  it('opens with the title and the document facts', () => {
    expect(lines.slice(0, 6)).toEqual([
      '某某局2024年法治政府建设情况的报告',
      '  agency     某某局',
      '  year       2024',
      '  published  2025-01-20',
      '  genre      fazhi-annual-report',
      `  source     reports/test.txt · utf-8 · ${Buffer.byteLength(SOURCE)} bytes`,
    ]);
  });

  it('shows the outline with the kind of each section', () => {
    const start = lines.indexOf('Outline');
    expect(lines.slice(start, start + 3)).toEqual(['Outline', '  measures  一、主要工作', '  plans     二、下一步工作']);
  });

  it('lists the headline figures in catalogue order: bound sign, amount in the unit written, line, section, count', () => {
    const expected = [
      ['行政处罚案件', '37 宗', '3', '1', '1'],
      ['罚款金额', '4.52 万元', '3', '1', '1'],
      ['学法、法治培训', '≥6 次', '6', '2', '1'],
      ['宣传资料', '≥2600 份', '4', '1', '1'],
      ['法律咨询', '≈500 人次', '4', '1', '1'],
    ];
    const order = (label: string | undefined) => INDICATOR_IDS.indexOf(FIGURES.find((f) => f.label === label)?.indicator ?? '');
    expected.sort((a, b) => order(a[0]) - order(b[0]));
    expect(table.map((line) => cells(line).map((c) => c.text))).toEqual([['indicator', 'figure', 'line', 'section', 'mentions'], ...expected]);
  });

  it('aligns the columns by display width, a Chinese character being two columns wide', () => {
    const rows = table.slice(1).map(cells);
    const same = (values: Array<number | undefined>) => expect(new Set(values).size).toBe(1);
    same(rows.map((r) => r[0]?.start)); // labels start together
    // Amounts end together, so units start together: 37 宗 / ≥2600 份.
    same(rows.map((r) => (r[1]?.end ?? 0) - stringWidth(r[1]?.text.split(' ')[1] ?? '')));
    same(rows.map((r) => r[2]?.end)); // line numbers right-aligned
    same(rows.map((r) => r[3]?.start)); // sections left-aligned
    same(rows.map((r) => r[4]?.end));
    const head = cells(table[0] ?? '');
    expect(head[0]?.start).toBe(rows[0]?.[0]?.start);
    expect(head[3]?.start).toBe(rows[0]?.[3]?.start);
  });

  it('shows the sentence each figure came from, the figure in brackets, line breaks of the source removed', () => {
    expect(view).toContain('    全年办理[行政处罚案件37宗]，罚款4.52万元。');
    expect(view).toContain('    全年办理行政处罚案件37宗，[罚款4.52万元]。');
    expect(view).toContain('    发放宣传资料2600余份，接待群众[咨询约500人次]。');
    // A sentence never runs back into the heading before it.
    expect(view).toContain('    开展[培训不少于6次]。');
  });

  it('lists the warnings and uses no colour codes at level 0', () => {
    expect(lines.slice(-3)).toEqual(['Warnings', '  no-date  没有找到发布日期', '']);
    expect(view).not.toMatch(/\u001b\[/);
  });

  it('says when there is nothing to show', () => {
    const empty = terminalView(makeReport('没有数字。', [], { document: { title: null, agency: null, year: null, publishedAt: null, genre: 'unknown' } }), '没有数字。', plain);
    expect(empty).toContain('(no title found)');
    expect(empty).toContain('  agency     —');
    expect(empty).toContain('  no sections found');
    expect(empty).toContain('  no figures found');
    expect(empty).not.toContain('Where the figures come from');
  });

  it('emphasises the figure with colour instead of brackets on a terminal', () => {
    const coloured = terminalView(report, SOURCE, new Chalk({ level: 1 }));
    expect(coloured).toMatch(/\u001b\[/);
    expect(coloured).not.toContain('[行政处罚案件37宗]');
  });
});

describe('textTable', () => {
  it('pads by display width, right-aligns where asked and leaves no trailing spaces', () => {
    expect(textTable([['行政处罚', '7', 'x'], ['ab', '1234', 'yz']], ['left', 'right', 'left'], '')).toEqual(['行政处罚     7  x', 'ab        1234  yz']);
  });
});

describe('sentenceAround', () => {
  const cps = Array.from('前一句。本句有\n\n数字𠀋12件，还有后文；下一句。');
  const start = cps.indexOf('1');
  it.each<[string, number[], string]>([
    ['stops at sentence punctuation on both sides', [], '本句有数字𠀋|12件|，还有后文；'],
    ['does not cross a fence', [cps.indexOf('数')], '数字𠀋|12件|，还有后文；'],
  ])('%s', (_, fences, expected) => {
    const { before, text, after } = sentenceAround(cps, start, start + 3, fences);
    expect([before, text, after].join('|')).toBe(expected);
  });

  it('cuts a run-on sentence with an ellipsis', () => {
    const long = Array.from(`${'长'.repeat(100)}5件${'长'.repeat(100)}`);
    const { before, after } = sentenceAround(long, 100, 102);
    expect(before).toBe(`…${'长'.repeat(60)}`);
    expect(after).toBe(`${'长'.repeat(60)}…`);
  });
});

describe('terminalView and control characters', () => {
  it('drops escape sequences carried by the report text, so that they cannot drive the terminal', () => {
    const source = '某局\u001b[2J报告\n全年\u001b]0;x\u0007处罚5件。';
    const view = terminalView(
      makeReport(source, [{ indicator: 'penalty.cases', label: '行政处罚案件', text: '处罚5件', value: 5, unit: '件' }], {
        document: { title: '某局\u001b[2J报告', agency: null, year: null, publishedAt: null, genre: 'unknown' },
        warnings: [{ code: 'odd', message: 'a\u001b[31mb' }],
      }),
      source,
      plain,
    );
    expect(view).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(view).toContain('某局[2J报告');
    expect(view).toContain('[处罚5件]');
  });
});
