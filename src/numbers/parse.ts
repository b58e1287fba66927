// One figure as written → its value. Money and scale words are exact decimal
// arithmetic on strings, never float multiplication.
import { canonicalise } from './canonical.js';
import { parseNumeral } from './chinese.js';
import { parseFraction } from './fraction.js';
import { add, type Decimal, decimalOf, isWhole, negate, shift, shiftedNumber, toNumber } from './decimal.js';

export interface ParsedNumber {
  value: number;
  percent: boolean;
}

/** Whole numbers in ASCII digits, most figures of all (120): read as they are. */
const WHOLE = /^\d+$/;
/** Other ASCII figures, by far the most common of the rest (1,234.5  27.1651万  80.43%): no folding needed. */
const PLAIN = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:(万)|(亿))?(%?)$/;

/** 百分之X is X%; 千分之X, 万分之X (and X‰) are read in percent too (千分之五 = 0.5%). */
const SIGN = /^[负-]/;

const PER_PREFIX: Readonly<Record<string, number>> = { 百分之: 0, 千分之: -1, 万分之: -2 };

/** 壹拾壹元壹角捌分, 伍仟元整: an amount in yuan with 角 and 分 digits. */
const YUAN = /^(.+)[元圆](?:([一二三四五六七八九])角)?(?:([零一二三四五六七八九])分)?[整正]?$/;
const MAY_BE_YUAN = /[元圆]/;
const CN_DIGITS = '零一二三四五六七八九';

/** May stand before a floor marker 余/多: 二十余, 五百余万, 392万余, 500多. */
const BEFORE_OVER = /[十百千万亿0-9]/;
/** May stand before 几 in place of the last digit: 二十几万, 一百零几. */
const BEFORE_SOME = /[十百千零]/;
const ONLY_SCALES = /^[万亿]*$/;

/**
 * The number stated before a floor marker, scale words kept: 五百余万 →
 * 五百万, 一百零几万 → 一百万. The body itself when it has no marker; null when
 * the marker is misplaced. Saying that the value is a floor is the caller's business.
 */
function withoutFloorMarker(body: string): string | null {
  const at = Math.max(body.lastIndexOf('余'), body.lastIndexOf('多'), body.lastIndexOf('几'));
  if (at < 0) return body;
  const scales = body.slice(at + 1);
  const before = body.charAt(at - 1);
  if (!ONLY_SCALES.test(scales)) return null;
  if (body.charAt(at) !== '几') return BEFORE_OVER.test(before) ? body.slice(0, at) + scales : null;
  if (!BEFORE_SOME.test(before)) return null;
  return body.slice(0, before === '零' ? at - 1 : at) + scales;
}

function parseBody(body: string): Decimal | null {
  const yuan = MAY_BE_YUAN.test(body) ? YUAN.exec(body) : null;
  if (yuan) {
    const [, amount = '', jiao = '零', fen = '零'] = yuan;
    const whole = parseNumeral(amount);
    if (!whole || !isWhole(whole)) return null;
    return add(whole, decimalOf('', `${CN_DIGITS.indexOf(jiao)}${CN_DIGITS.indexOf(fen)}`));
  }
  const stated = withoutFloorMarker(body);
  return stated === null ? null : parseNumeral(stated);
}

/** Folded, percent, negative, fraction and Chinese figures: everything but PLAIN. */
function parseWritten(text: string): ParsedNumber | null {
  const c = canonicalise(text);
  if (!c) return null;
  let negative = SIGN.test(c);
  let body = negative ? c.slice(1) : c;
  let percentPower: number | null = null;
  const perPower = PER_PREFIX[body.slice(0, 3)];
  if (perPower !== undefined) {
    percentPower = perPower;
    body = body.slice(3);
  } else if (body.endsWith('%')) {
    percentPower = 0;
    body = body.slice(0, -1);
  } else if (body.endsWith('‰')) {
    percentPower = -1;
    body = body.slice(0, -1);
  }
  // 负百分之五 and 百分之负五 are both -5%.
  if (!negative && percentPower !== null && SIGN.test(body)) {
    negative = true;
    body = body.slice(1);
  }
  if (percentPower === null && body.includes('分之')) {
    const fraction = parseFraction(body);
    if (fraction === null) return null;
    const value = typeof fraction === 'number' ? fraction : toNumber(fraction);
    return { value: negative ? -value : value, percent: false };
  }
  const magnitude = body === '' ? null : parseBody(body);
  if (!magnitude || (percentPower !== null && MAY_BE_YUAN.test(body))) return null;
  const scaled = shift(magnitude, percentPower ?? 0);
  return { value: toNumber(negative ? negate(scaled) : scaled), percent: percentPower !== null };
}

/**
 * Results of parseWritten for recent inputs: reports repeat the same few
 * Chinese numerals (一, 两, 十二) and the grammar costs about 0.5 µs a call.
 */
const recent = new Map<string, ParsedNumber | null>();
const RECENT_LIMIT = 4096;

/** Parse a whole string as one number (Arabic, Chinese or mixed); null when it is not one number. */
export function parseNumber(text: string): ParsedNumber | null {
  const t = text.trim();
  if (WHOLE.test(t)) return { value: Number(t), percent: false };
  const plain = PLAIN.exec(t);
  if (plain) {
    const [, sign, int = '', frac = '', wan, yi, percent] = plain;
    const value = shiftedNumber(int.replaceAll(',', ''), frac, wan ? 4 : yi ? 8 : 0);
    return { value: sign && value ? -value : value, percent: percent === '%' };
  }
  let parsed = recent.get(t);
  if (parsed === undefined) {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    parsed = parseWritten(t);
    recent.set(t, parsed);
  }
  return parsed && { ...parsed };
}
