// The numeral grammar, over canonical characters (see canonical.ts): Chinese
// numerals, Arabic digits, and the two mixed (3万5千, 1万600, 10.1万, 二点五).
// Values are exact decimals; scale words shift the decimal point.
import { add, compare, decimalOf, type Decimal, fromInt, isWhole, shift } from './decimal.js';

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/** Power of ten of each unit inside a four-digit section. */
const UNIT: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };
/** Power of ten of each scale word; 兆 is left out on purpose (10^6 or 10^12). */
const SCALE: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;
const ARABIC_AT = /\d+(?:,\d{3})*(?:\.\d+)?/y;

/** Arabic number text (thousands commas allowed) → exact decimal. */
function arabicDecimal(text: string): Decimal {
  const [int = '', frac = ''] = text.replaceAll(',', '').split('.');
  return decimalOf(int, frac);
}

type SectionToken =
  | { kind: 'digit'; value: number }
  | { kind: 'arabic'; text: string }
  | { kind: 'unit'; power: number };

function sectionTokens(s: string): SectionToken[] | null {
  const tokens: SectionToken[] = [];
  for (let i = 0; i < s.length; ) {
    const ch = s.charAt(i);
    const digit = DIGIT[ch];
    const power = UNIT[ch];
    if (digit !== undefined) tokens.push({ kind: 'digit', value: digit });
    else if (power !== undefined) tokens.push({ kind: 'unit', power });
    else {
      ARABIC_AT.lastIndex = i;
      const m = ARABIC_AT.exec(s);
      if (!m) return null;
      tokens.push({ kind: 'arabic', text: m[0] });
      i += m[0].length;
      continue;
    }
    i++;
  }
  return tokens;
}

/**
 * A section below 万: 三千零五, 一百二 (elided 二十), 1千零20, 四千230, or a
 * digit-by-digit reading (一七二零) when `digitRun` allows it.
 */
function parseSection(s: string, digitRun: boolean): Decimal | null {
  if (ARABIC.test(s)) return arabicDecimal(s);
  const tokens = sectionTokens(s);
  if (!tokens || tokens.length === 0) return null;
  if (!tokens.some((t) => t.kind === 'unit')) {
    const [only] = tokens;
    if (tokens.length === 1 && only?.kind === 'digit') return fromInt(only.value);
    if (!digitRun || s.includes('两') || tokens.some((t) => t.kind !== 'digit')) return null;
    return decimalOf(tokens.map((t) => (t.kind === 'digit' ? t.value : '')).join(''));
  }
  let total = 0;
  let lastPower = Infinity;
  let pending: SectionToken | null = null;
  let afterZero = false;
  for (const t of tokens) {
    if (t.kind === 'unit') {
      if (t.power >= lastPower) return null;
      let coefficient = 1;
      if (pending?.kind === 'digit') coefficient = pending.value;
      else if (pending?.kind === 'arabic') {
        if (!/^[1-9]$/.test(pending.text)) return null;
        coefficient = Number(pending.text);
      }
      total += coefficient * 10 ** t.power;
      lastPower = t.power;
      pending = null;
      afterZero = false;
    } else if (pending) return null;
    else if (t.kind === 'digit' && t.value === 0) afterZero = true;
    else pending = t;
  }
  if (!pending) return afterZero ? null : fromInt(total);
  // 两 counts things (两千, 两万) but is not a last digit: 十两, 一百两 are weights.
  if (s.endsWith('两')) return null;
  if (pending.kind === 'digit') {
    // 一百二 is 120: a last digit right after 百/千 fills the next place down.
    const elided = !afterZero && lastPower > 1;
    return fromInt(total + pending.value * (elided ? 10 ** (lastPower - 1) : 1));
  }
  if (!/^\d+$/.test(pending.text)) return null;
  // After 零 the digits sit below the next place (1千零20); without it they
  // fill every place below the unit (1百01, 四千230).
  const fits = afterZero
    ? pending.text.length < lastPower
    : pending.text.length === lastPower;
  return fits ? fromInt(total + Number(pending.text)) : null;
}

function scaleAt(s: string, i: number): number | undefined {
  return SCALE[s.charAt(i)];
}

/** An integer or Arabic decimal with scale words: 四亿五千万零六, 4.78万亿, 10万万. */
function parseScaled(s: string, digitRun: boolean): Decimal | null {
  let at = s.indexOf('亿');
  if (at < 0) at = s.indexOf('万');
  if (at < 0) return parseSection(s, digitRun);
  const firstPower = scaleAt(s, at) ?? 0;
  let power = firstPower;
  let end = at + 1;
  // Stacked scales multiply (四万万, 10万万); a smaller one starts the remainder.
  for (let p = scaleAt(s, end); p !== undefined && p >= firstPower; p = scaleAt(s, end)) {
    power += p;
    end++;
  }
  const head = parseScaled(s.slice(0, at), false);
  if (!head || head.units === 0n) return null;
  const value = shift(head, power);
  let rest = s.slice(end);
  if (rest === '') return value;
  if (!isWhole(head)) return null;
  const afterZero = rest.startsWith('零');
  if (afterZero) rest = rest.slice(1);
  const elided = rest === '两' ? undefined : DIGIT[rest];
  if (!afterZero && rest.length === 1) {
    // 三万五 is 35000; a lone Arabic digit (1万6) is too ambiguous to read.
    return elided ? add(value, shift(fromInt(elided), power - 1)) : null;
  }
  const tail = parseScaled(rest, false);
  if (!tail || !isWhole(tail) || compare(tail, shift(fromInt(1), power)) >= 0) return null;
  return add(value, tail);
}

const POINT_TAIL = /^([零一二三四五六七八九0-9]+)([万亿]*)$/;

/** Two neighbouring digits alone are a range, "three or four", not 34. */
function isRange(s: string): boolean {
  const first = DIGIT[s.charAt(0)];
  const second = DIGIT[s.charAt(1)];
  return s.length === 2 && first !== undefined && first > 0 && second === first + 1;
}

/** A whole numeral without sign or percent sign, or null. */
export function parseNumeral(s: string): Decimal | null {
  const point = s.indexOf('点');
  if (point < 0) return isRange(s) ? null : parseScaled(s, true);
  const m = POINT_TAIL.exec(s.slice(point + 1));
  const intPart = s.slice(0, point);
  if (!m || intPart === '') return null;
  const [, fracText = '', scales = ''] = m;
  const frac = [...fracText].map((c) => DIGIT[c] ?? c).join('');
  // 三点五万: the point belongs to the number before the scale word.
  if (scales !== '' && /[万亿]/.test(intPart)) return null;
  const int = parseScaled(intPart, true);
  if (!int || !isWhole(int)) return null;
  let power = 0;
  for (const c of scales) power += SCALE[c] ?? 0;
  return shift(add(int, decimalOf('', frac)), power);
}
