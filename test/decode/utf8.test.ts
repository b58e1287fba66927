import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/decode/utf8.js';

describe('decodeUtf8', () => {
  it.each([
    ['empty', ''],
    ['ASCII', 'Article 3: 2024'],
    ['two-byte characters', 'ā é ü ×'],
    ['three-byte characters', '行政处罚案件３７宗，罚款１２万元。'],
    ['four-byte characters (surrogate pairs)', '𠀋𪚥 and 😀'],
    ['all widths side by side', 'a\u00e9\u4e2d\ud840\udc0bz'],
    ['the highest code points of each width', '\u007f\u07ff\uffff\u{10ffff}'],
    ['a BOM character left in the text', '\ufeffx'],
  ])('decodes %s as Buffer does', (_name, text) => {
    expect(decodeUtf8(Buffer.from(text, 'utf8'))).toBe(text);
  });

  it('decodes a view into a larger buffer', () => {
    const bytes = Buffer.from('xx中文yy', 'utf8');
    expect(decodeUtf8(bytes.subarray(2, 8))).toBe('中文');
  });

  it('decodes inputs larger than its kept buffer', () => {
    const text = '法治政府建设𠀋'.repeat(60_000);
    expect(decodeUtf8(Buffer.from(text, 'utf8'))).toBe(text);
  });

  it('gives back any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(decodeUtf8(Buffer.from(text, 'utf8'))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('is not changed by an earlier, longer input', () => {
    decodeUtf8(Buffer.from('长长长长长长长长', 'utf8'));
    expect(decodeUtf8(Buffer.from('短', 'utf8'))).toBe('短');
  });
});
