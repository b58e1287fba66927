// Character sets: membership at the edges of the bitmap's words, past the end of a text, and the searches built on them.
import { describe, expect, it } from 'vitest';
import { charSet, codeAt, firstIn, inSet, lastIn } from '../../src/indicators/chars.js';

describe('charSet / inSet', () => {
  const set = charSet('\u001f !?。％\uffff');
  const cases: Array<[string, number, boolean]> = [
    ['last code of the first word', 0x1f, true],
    ['first code of the second word', 0x20, true],
    ['a neighbour of a member', 0x21, true],
    ['a code in no set', 0x22, false],
    ['a CJK mark', '。'.charCodeAt(0), true],
    ['a full-width sign', '％'.charCodeAt(0), true],
    ['the half-width sign it is not', '%'.charCodeAt(0), false],
    ['the last code', 0xffff, true],
    ['code 0, not a member', 0, false],
    ['past the end of a text (NaN)', ''.charCodeAt(0), false],
    ['before the start of a text (NaN)', 'a'.charCodeAt(-1), false],
  ];
  for (const [name, code, member] of cases) it(name, () => expect(inSet(set, code)).toBe(member));

  it('an empty set holds nothing', () => {
    const empty = charSet('');
    expect([0, 0x20, 0x4e00, 0xffff].some((c) => inSet(empty, c))).toBe(false);
  });
});

describe('firstIn / lastIn', () => {
  const marks = charSet('，。');
  const text = '共120件，其中维持3件。';
  it('first mark from a position', () => expect(firstIn(text, marks, 0, text.length)).toBe(5));
  it('first mark after one', () => expect(firstIn(text, marks, 6, text.length)).toBe(12));
  it('the limit when none is within it', () => expect(firstIn(text, marks, 6, 10)).toBe(10));
  it('last mark before a position', () => expect(lastIn(text, marks, text.length)).toBe(12));
  it('last mark before an earlier one', () => expect(lastIn(text, marks, 12)).toBe(5));
  it('-1 when none is at or after the limit', () => expect(lastIn(text, marks, 12, 6)).toBe(-1));
  it('the limit when it lies past the end of the text', () => expect(firstIn('共120件', marks, 0, 9)).toBe(9));
});

describe('codeAt', () => {
  const cases: [string, number, number][] = [
    ['a code inside the text', 1, 0x31],
    ['the first code', 0, 0x5171],
    ['-1 before the text', -1, -1],
    ['-1 at the end of the text', 5, -1],
    ['-1 past the end of the text', 9, -1],
  ];
  for (const [name, at, code] of cases) it(name, () => expect(codeAt('共120件', at)).toBe(code));
});
