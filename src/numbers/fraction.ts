// Fractions written in words: 三分之一, 一百分之二, 负一又二分之一 (mixed
// number), 五十万分之二十五. 百分之X at the very start is a percentage and
// never reaches here (see parse.ts).
import { parseNumeral } from './chinese.js';
import { add, type Decimal, decimalOf, divide, isWhole, multiply, negate } from './decimal.js';

/** Value of `[whole又]denominator分之[负]numerator`, or null when it is not one. */
export function parseFraction(body: string): Decimal | number | null {
  const over = body.indexOf('分之');
  if (over < 0 || body.indexOf('分之', over + 2) >= 0) return null;
  const and = body.indexOf('又');
  const whole = and < 0 ? decimalOf('0') : parseNumeral(body.slice(0, and));
  const denominator = parseNumeral(body.slice(and + 1, over));
  let numeratorText = body.slice(over + 2);
  const negative = numeratorText.startsWith('负');
  if (negative) numeratorText = numeratorText.slice(1);
  const numerator = parseNumeral(numeratorText);
  if (!whole || !isWhole(whole) || !denominator || denominator.units === 0n || !numerator) return null;
  if (and >= 0 && negative) return null;
  // One division of (whole·d + n) by d, so a mixed number is rounded once.
  const signed = negative ? negate(numerator) : numerator;
  return divide(add(multiply(whole, denominator), signed), denominator);
}
