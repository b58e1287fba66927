import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldUnit, isSpace } from '../../src/normalise/fold.js';
import { normalise, sourceSpan } from '../../src/normalise/normalise.js';
import { crlf, fullWidthDigits, rewrap } from '../helpers/reshape.js';

// Pieces in the shape of the genre: CJK words, digits of both widths, spaces of
// every width, punctuation of both widths, line breaks, Traditional characters, glosses.
const piece = fc.constantFrom(
  '行政处罚', '案件', '復議', '罚款', '2024', '１２', ' ', '\u3000', '\u00a0', '，', ',', '。', '(', ')', '（三 ）',
  '一、', '1.', '\n', '\n\n', '\r\n', '3.5', '1,234', '鄉(xiāng)', '- 3 -', '发布时间:', '必威体育', '𠀋', '万元',
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

function checkMap(source: string): void {
  const norm = normalise(source);
  expect(norm.toSource.length).toBe(norm.text.length + 1);
  expect(norm.toSource[norm.text.length]).toBe(source.length);
  for (let i = 0; i < norm.text.length; i++) {
    const at = norm.toSource[i] ?? -1;
    if (i > 0) expect(at).toBeGreaterThan(norm.toSource[i - 1] ?? -1);
    if (norm.text[i] === '\n' || norm.text[i] === ' ') continue;
    // A cell's end in a row laid out in spaces, or a run-in head's, stands for the spaces that end it.
    if ((norm.text[i] === '；' || norm.text[i] === '：') && isSpace(source.charCodeAt(at))) continue;
    // Every character of the text is the fold of the source character it maps to, its neighbour before
    // it on its line being the character folded before it where spaces were dropped between them.
    // (Where more than spaces stand between them in the source, spam cut out later, the neighbour was the source's.)
    const before = source.charCodeAt(at - 1);
    const previous = i > 0 ? (norm.toSource[i - 1] ?? -1) : -1;
    const onlySpaces = previous >= 0 && norm.text[i - 1] !== '\n' && /^\s+$/.test(source.slice(previous + 1, at));
    const neighbour = isSpace(before) && onlySpaces ? norm.text.charCodeAt(i - 1) : before;
    expect(foldUnit(source.charCodeAt(at), neighbour, source.charCodeAt(at + 1))).toBe(norm.text.charCodeAt(i));
  }
}

describe('the offset map', () => {
  it('maps every character of the text to the source character it came from', () => {
    fc.assert(fc.property(text, (source) => checkMap(source)), { numRuns: 300 });
  });

  it('holds for re-wrapped, CRLF and full-width text too', () => {
    fc.assert(fc.property(text, (source) => checkMap(crlf(fullWidthDigits(rewrap(source, 7))))), { numRuns: 200 });
  });

  it('gives a source span that starts and ends on the characters of any text span', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, a, b) => {
        const norm = normalise(source);
        if (norm.text.length === 0) return;
        const s = a % norm.text.length;
        const e = s + 1 + (b % (norm.text.length - s));
        const span = sourceSpan(norm, s, e);
        expect(span.start).toBe(norm.toSource[s]);
        expect(span.end).toBe((norm.toSource[e - 1] ?? 0) + 1);
        expect(span.end).toBeLessThanOrEqual(source.length);
        const slice = source.slice(span.start, span.end);
        // Nothing of the text span is lost: its non-space characters appear in the slice, in order.
        let k = 0;
        for (let i = s; i < e; i++) {
          const at = (norm.toSource[i] ?? 0) - span.start;
          if (norm.text[i] === '\n') continue;
          expect(at).toBeGreaterThanOrEqual(k);
          expect(at).toBeLessThan(slice.length);
          k = at;
        }
      }),
      { numRuns: 300 },
    );
  });
});
