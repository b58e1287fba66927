// Scoring rules of spec/gold.md, case by case.
import { describe, expect, it } from 'vitest';
import { fixed, formatScore, summaryLine } from '../../src/eval/format.js';
import { type GoldMention, prf, score } from '../../src/eval/score.js';

function gold(file: string, metrics: GoldMention[], extra: Record<string, unknown> = {}) {
  return { name: file.replace('.txt', '.json'), gold: { file, metrics, ...extra } };
}

function predicted(file: string, metrics: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
  return { source: { path: `some/dir/${file}` }, metrics, ...extra };
}

const G = (indicator: string, value: number, evidence: string, more: Partial<GoldMention> = {}): GoldMention => ({
  indicator,
  value,
  evidence,
  bound: 'exact',
  ...more,
});

describe('score', () => {
  it('matches mentions as a multiset on indicator and value', () => {
    const s = score(
      [gold('a.txt', [G('penalty.cases', 3, '处罚3件'), G('penalty.cases', 3, '查处3起')])],
      [predicted('a.txt', [{ indicator: 'penalty.cases', value: 3, text: '处罚3件' }])],
    );
    expect(s.perIndicator.get('penalty.cases')).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('accepts money within 0.01 and nothing further', () => {
    const s = score(
      [gold('a.txt', [G('penalty.fines_yuan', 45200, '罚款4.52万元'), G('penalty.fines_yuan', 100, '罚款100元')])],
      [predicted('a.txt', [
        { indicator: 'penalty.fines_yuan', value: 45199.99, text: '罚款4.52万元' },
        { indicator: 'penalty.fines_yuan', value: 100.02, text: '罚款100元' },
      ])],
    );
    expect(s.perIndicator.get('penalty.fines_yuan')).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('neither rewards nor punishes optional gold', () => {
    const s = score(
      [gold('a.txt', [G('inspection.count', 95, '对95家企业', { optional: true }), G('inspection.count', 7, '检查7家', { optional: true })])],
      [predicted('a.txt', [{ indicator: 'inspection.count', value: 95, text: '95家' }])],
    );
    expect(s.perIndicator.get('inspection.count')).toBeUndefined();
  });

  it('lets required gold take a prediction before optional gold does', () => {
    const s = score(
      [gold('a.txt', [G('penalty.cases', 3, 'x', { optional: true }), G('penalty.cases', 3, '处罚3件')])],
      [predicted('a.txt', [{ indicator: 'penalty.cases', value: 3, text: '处罚3件' }])],
    );
    expect(s.perIndicator.get('penalty.cases')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('checks bounds and grounding on matched mentions', () => {
    const s = score(
      [gold('a.txt', [
        G('publicity.materials', 2600, '发放宣传资料 2600 余份', { bound: 'over' }),
        G('complaint.cases', 12, '共处理投诉 12 起'),
        G('petition.cases', 500, '共收到信访将近\n\n500宗', { bound: 'under' }),
      ])],
      [predicted('a.txt', [
        { indicator: 'publicity.materials', value: 2600, bound: 'over', text: '宣传资料2600余份' },
        { indicator: 'complaint.cases', value: 12, bound: 'about', text: '别的地方' },
        { indicator: 'petition.cases', value: 500, bound: 'under', text: '将近500宗，所有' },
      ])],
    );
    expect(s.bounds).toEqual({ ok: 2, n: 3 });
    expect(s.grounding).toEqual({ ok: 2, n: 3 });
  });

  it('counts a report without output as missing, its required gold as missed', () => {
    const s = score(
      [gold('a.txt', [G('penalty.cases', 3, '处罚3件'), G('penalty.cases', 4, 'x', { optional: true })])],
      [{ source: { path: 'a.txt' }, error: { code: 'read', message: 'no' } }],
    );
    expect(s.missing).toEqual(['a.txt']);
    expect(s.perIndicator.get('penalty.cases')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('compares document fields (titles without white space) and section kinds in order', () => {
    const s = score(
      [gold('a.txt', [], {
        document: { title: '某局 2024 年报告', agency: null, year: 2024 },
        sections: [{ kind: 'measures' }, { kind: 'plans' }],
      })],
      [predicted('a.txt', [], {
        document: { title: '某局2024年报告', agency: null, year: 2023 },
        sections: [{ kind: 'measures' }, { kind: 'plans' }],
      })],
    );
    expect([...s.documentFields]).toEqual([
      ['title', { ok: 1, n: 1 }],
      ['agency', { ok: 1, n: 1 }],
      ['year', { ok: 0, n: 1 }],
    ]);
    expect(s.sections).toEqual({ ok: 1, n: 1 });
  });

  it('gives precision and recall 1 where nothing was counted', () => {
    const s = score([gold('a.txt', [])], [predicted('a.txt', [])]);
    expect(prf(s, [])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(summaryLine(s)).toBe(
      'F1 1.000 P 1.000 R 1.000 coreF1 1.000 coreP 1.000 coreR 1.000 bounds 0/0 grounding 0/0 docfields 0/0 sections 0/0 missing 0',
    );
  });
});

describe('formatScore', () => {
  it('prints the table the reference scorer prints', () => {
    const s = score(
      [gold('a.txt', [G('penalty.cases', 3, '处罚3件'), G('hearing.cases', 2, '听证2起')])],
      [predicted('a.txt', [{ indicator: 'penalty.cases', value: 3, text: '处罚3件' }, { indicator: 'penalty.cases', value: 9, text: '处罚9件' }])],
    );
    expect(formatScore(s, { examples: true })).toBe(
      [
        'indicator                          tp   fp   fn  P     R',
        'hearing.cases                       0    0    1  1.00  0.00',
        'penalty.cases                       1    1    0  0.50  1.00  core',
        'section kinds exact: 0/0',
        'FN a.txt hearing.cases 2 听证2起',
        'FP a.txt penalty.cases 9 处罚9件',
        'F1 0.500 P 0.500 R 0.500 coreF1 0.667 coreP 0.500 coreR 1.000 bounds 1/1 grounding 1/1 docfields 0/0 sections 0/0 missing 0',
        '',
      ].join('\n'),
    );
  });

  it('rounds a tie half to even, as Python does', () => {
    expect(fixed(0.5625, 3)).toBe('0.562');
    expect(fixed(0.125, 2)).toBe('0.12');
    expect(fixed(2 / 3, 3)).toBe('0.667');
    expect(fixed(1, 2)).toBe('1.00');
  });
});
