// Properties: numbers written out by an independent writer read back exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/numbers/parse.js';

const DIGITS = '零一二三四五六七八九';
const FINANCIAL: Record<string, string> = {
  一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖',
  十: '拾', 百: '佰', 千: '仟', 万: '萬', 亿: '億',
};

/** 0 < n < 10^4, formal reading (一千零五, 三百二十). */
function section(n: number): string {
  let out = '';
  let gap = false;
  for (const [place, unit] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      gap ||= out !== '';
      continue;
    }
    if (gap) out += '零';
    gap = false;
    out += DIGITS.charAt(d) + unit;
  }
  return out;
}

/** 0 ≤ n < 10^12 in Chinese numerals, the way cn2an's an2cn writes them. */
function writeChinese(n: number): string {
  if (n === 0) return '零';
  const groups = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  const scales = ['亿', '万', ''];
  let out = '';
  let gap = false;
  groups.forEach((g, i) => {
    if (g === 0) {
      gap ||= out !== '';
      return;
    }
    if (gap || (out !== '' && g < 1000)) out += '零';
    gap = false;
    out += section(g) + scales[i];
  });
  return out;
}

const integer = fc.integer({ min: 0, max: 1e12 - 1 });

describe('parseNumber round trips', () => {
  it('reads Chinese numerals written by an independent writer', () => {
    fc.assert(fc.property(integer, (n) => {
      expect(parseNumber(writeChinese(n))?.value).toBe(n);
    }), { numRuns: 5000 });
  });

  it('reads the 十 forms without a leading 一 (十五, 十万)', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 19 }), fc.integer({ min: 0, max: 2 }), (n, scale) => {
      const written = writeChinese(n).replace(/^一十/, '十') + ['', '万', '亿'][scale];
      expect(parseNumber(written)?.value).toBe(n * 10 ** (4 * scale));
    }));
  });

  it('reads financial and Traditional numerals', () => {
    fc.assert(fc.property(integer, (n) => {
      const written = [...writeChinese(n)].map((c) => FINANCIAL[c] ?? c).join('');
      expect(parseNumber(written)?.value).toBe(n);
    }), { numRuns: 2000 });
  });

  it('reads Arabic decimals with 万/亿 exactly, as the nearest double of the true value', () => {
    const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${max}}$`));
    fc.assert(fc.property(digits(6), fc.option(digits(6), { nil: '' }), fc.constantFrom(['', 0], ['万', 4], ['亿', 8]), (int, frac, [scale, power]) => {
      const text = frac ? `${int}.${frac}${scale}` : `${int}${scale}`;
      const units = BigInt(int + frac) * 10n ** BigInt(power);
      const one = 10n ** BigInt(frac.length);
      const want = Number(`${units / one}.${(units % one).toString().padStart(frac.length, '0')}`);
      expect(parseNumber(text)?.value).toBe(want);
    }), { numRuns: 5000 });
  });

  it('reads Arabic integers with thousands separators', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(parseNumber(n.toLocaleString('en-US'))?.value).toBe(n);
    }));
  });

  it('never throws and returns finite values on any numeral soup', () => {
    const soup = fc.string({ unit: fc.constantFrom(...'零一二两三五九十百千万亿点负余多几分之又元角整%.,-0159 壹萬'), maxLength: 12 });
    fc.assert(fc.property(soup, (text) => {
      const parsed = parseNumber(text);
      expect(parsed === null || Number.isFinite(parsed.value)).toBe(true);
    }), { numRuns: 5000 });
  });
});
