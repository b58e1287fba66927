import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/format/html/escape.js';
import { markedText } from '../../src/format/html/marked-text.js';
import { htmlPage } from '../../src/format/html/page.js';
import { makeReport } from './make-report.js';

const style = { className: () => 'g', title: (_: unknown, i: number) => `t${i}` };
const open = (i: number, first = true) => `<mark${first ? ` id="m-${i}"` : ''} data-mention="${i}" class="g" title="t${i}">`;

describe('markedText', () => {
  const [template] = makeReport('共5件', [{ indicator: 'penalty.cases', label: '行政处罚案件', text: '5件', value: 5, unit: '件' }]).metrics;
  if (template === undefined) throw new Error('no mention');
  it.each<[string, string, Array<[number, number]>, Array<[number, string]>, string]>([
    ['one mark', 'ab12件c', [[2, 5]], [], `ab${open(0)}12件</mark>c`],
    ['code points, not UTF-16 units', '𠀋𠀋5件', [[2, 4]], [], `𠀋𠀋${open(0)}5件</mark>`],
    ['nested', 'abcdef', [[0, 6], [2, 4]], [], `${open(0)}ab${open(1)}cd</mark>ef</mark>`],
    ['same span twice', 'abc', [[0, 3], [0, 3]], [], `${open(0)}${open(1)}abc</mark></mark>`],
    ['crossing: the inner one reopens', 'abcdef', [[0, 4], [2, 6]], [], `${open(0)}ab${open(1)}cd</mark></mark>${open(1, false)}ef</mark>`],
    ['anchors where sections start', '一、甲\n二、乙', [], [[0, 's-1'], [4, 's-2']], '<a class="anchor" id="s-1"></a>一、甲\n<a class="anchor" id="s-2"></a>二、乙'],
    ['text is escaped', '<b>&"\'</b>', [[1, 2]], [], `&lt;${open(0)}b</mark>&gt;&amp;&quot;&#39;&lt;/b&gt;`],
  ])('%s', (_, source, spans, anchors, expected) => {
    const mentions = spans.map(([start, end]) => ({ ...template, start, end }));
    expect(markedText(source, mentions, anchors.map(([at, id]) => ({ at, id })), style)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it('escapes what could open markup or close an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'q'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
  });
});

describe('htmlPage', () => {
  const source = '某局关于<script>alert(1)</script>的报告\n处罚5件。';
  const report = makeReport(source, [{ indicator: 'penalty.cases', label: '行政处罚案件', text: '处罚5件', value: 5, unit: '件' }], {
    document: { title: '某局<img src=x onerror=alert(1)>报告', agency: null, year: null, publishedAt: null, genre: 'unknown' },
    warnings: [{ code: 'odd', message: '<b>bold</b>' }],
  });
  const page = htmlPage(report, source);

  it('never lets report text become markup', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>bold');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('loads nothing from outside', () => {
    expect(page).not.toMatch(/\b(?:src|href)=["'](?!#)/);
    expect(page).not.toMatch(/@import|url\(/);
    expect(page).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });

  it('links the headline row to its mark', () => {
    expect(page).toContain('<tr data-target="m-0">');
    expect(page).toContain('<mark id="m-0"');
  });
});
