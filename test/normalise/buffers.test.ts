import { describe, expect, it } from 'vitest';
import { type Normalised, normalise } from '../../src/normalise/normalise.js';

const BODY = '全年办理行政复议案件十二件，纠正违法或不当行政行为三件。';

/** A source line of `BODY` cut into lines `width` long. */
function wrapped(text: string, width: number): string {
  return Array.from({ length: Math.ceil(text.length / width) }, (_, i) => text.slice(i * width, (i + 1) * width)).join('\n');
}

describe('text built in place', () => {
  // Shapes where the text is as long as the folded lines allow: every line its own
  // paragraph, no line break at the end, pieces of a run-on line cut before headings.
  const cases: Array<[string, string, string]> = [
    ['one character', 'a', 'a'],
    ['one character a line, no break at the end', 'a\nb\nc', 'a\nb\nc'],
    ['CR line ends', 'a\rb\r\rc\r', 'a\nb\nc'],
    ['CRLF and blank lines', '\r\n\r\na\r\n\r\n\r\nb', 'a\nb'],
    ['run-on line cut before headings', `一、总体情况。 二、主要做法。 三、下一步`, '一、总体情况。\n二、主要做法。\n三、下一步'],
    ['spam cut out of a sentence', `${BODY}必威体育${BODY}`, `${BODY}${BODY}`],
    // Line ends met while folding: spaces, glosses and cuts stop at them.
    ['spaces between numbers before a line end', '12  \n34', '12\n34'],
    ['a tab and a space before a line end', '1 \t\n2', '1\n2'],
    ['a space between words before CRLF', 'Law \r\nRule', 'Law\nRule'],
    ['a run-on line with CRLF', '一、总体情况。 二、主要做法。\r\n三、下一步', '一、总体情况。\n二、主要做法。\n三、下一步'],
  ];
  it.each(cases)('%s', (_, source, text) => {
    const norm = normalise(source);
    expect(norm.text).toBe(text);
    expect(norm.toSource.length).toBe(text.length + 1);
    expect(norm.toSource[text.length]).toBe(source.length);
    for (let i = 0; i < text.length; i++) if (text[i] !== '\n') expect(source[norm.toSource[i] ?? -1]).toBe(text[i]);
  });
});

describe('line ends met while folding', () => {
  it.each([
    ['a gloss broken by a line end stays', '鄉(xi\nāng)', '乡（xi\nāng）'],
    ['a gloss before CRLF goes', '鄉(xiāng)\r\n下', '乡\n下'],
  ])('%s', (_, source, text) => {
    expect(normalise(source).text).toBe(text);
  });
});

/** Equality of two results, quicker than a deep comparison on big ones. */
function same(a: Normalised, b: Normalised): boolean {
  const bytes = (map: Int32Array) => Buffer.from(map.buffer, map.byteOffset, map.byteLength);
  return a.text === b.text && bytes(a.toSource).equals(bytes(b.toSource)) && JSON.stringify([a.paragraphs, a.chrome]) === JSON.stringify([b.paragraphs, b.chrome]);
}

describe('big inputs', () => {
  const blank = '\n'.repeat(3 << 20);
  const sentences = Array.from({ length: 40_000 }, (_, i) => `全年办理行政复议案件${i}件，纠正违法或不当行政行为三件。`);
  const report = sentences.join('\n');

  it('keep no offset map longer than the text', () => {
    for (const source of [blank, ` ${blank}a`, '\u3000\n'.repeat(2 << 20)]) {
      const norm = normalise(source);
      expect(norm.toSource.buffer.byteLength).toBe(4 * (norm.text.length + 1));
    }
  });

  it('give the same result before and after other inputs, big or small', () => {
    const small = wrapped(`一、总体情况\n${BODY.repeat(6)}`, 28);
    const alone = normalise(small);
    const bigFirst = normalise(report);
    expect(normalise(small)).toEqual(alone);
    expect(same(normalise(report), bigFirst)).toBe(true);
    expect(bigFirst.text).toBe(report);
  });
});
