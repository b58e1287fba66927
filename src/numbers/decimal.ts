// Exact decimal arithmetic for figures: a value is an integer count of
// 10^-scale units, so 4.52 × 10^4 is 45200 exactly, never 45199.99999999999.
export interface Decimal {
  readonly units: bigint;
  /** Number of digits after the decimal point. */
  readonly scale: number;
}

const TEN = 10n;
const POWERS_OF_TEN: bigint[] = [1n];

/** 10^k as a bigint, from a table filled on first use. */
function pow10(k: number): bigint {
  for (let i = POWERS_OF_TEN.length; i <= k; i++) POWERS_OF_TEN.push((POWERS_OF_TEN[i - 1] ?? 1n) * TEN);
  return POWERS_OF_TEN[k] ?? 1n;
}

/** Digits before and after the point (ASCII 0-9 only, already validated). */
export function decimalOf(intDigits: string, fracDigits = ''): Decimal {
  return { units: BigInt((intDigits || '0') + fracDigits), scale: fracDigits.length };
}

export function fromInt(n: number): Decimal {
  return { units: BigInt(n), scale: 0 };
}

/** Multiplies by 10^power (power may be negative); exact. */
export function shift(d: Decimal, power: number): Decimal {
  if (power <= d.scale) return { units: d.units, scale: d.scale - power };
  return { units: d.units * pow10(power - d.scale), scale: 0 };
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x + y, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isWhole(d: Decimal): boolean {
  return d.scale === 0 || d.units % pow10(d.scale) === 0n;
}

export function negate(d: Decimal): Decimal {
  return { units: -d.units, scale: d.scale };
}

/** The nearest double, read once from the exact decimal string. */
export function toNumber(d: Decimal): number {
  if (d.units === 0n) return 0;
  if (d.scale === 0) return Number(d.units);
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const cut = digits.length - d.scale;
  return Number(`${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`);
}

/** `int.frac × 10^power` (power ≥ 0) as the nearest double, by moving the point in the text. */
export function shiftedNumber(int: string, frac: string, power: number): number {
  if (power === 0) return Number(frac ? `${int}.${frac}` : int);
  const moved = frac.padEnd(power, '0');
  const whole = int + moved.slice(0, power);
  const rest = moved.slice(power);
  return Number(rest ? `${whole}.${rest}` : whole);
}

/** n ÷ d, exact when the quotient has a finite decimal expansion, else the nearest double. */
export function divide(n: Decimal, d: Decimal): Decimal | number {
  // n/d = (n.units · 10^d.scale) / (d.units · 10^n.scale)
  const numerator = n.units * pow10(d.scale);
  const denominator = d.units * pow10(n.scale);
  for (let digits = 0; digits <= MAX_EXACT_DIGITS; digits++) {
    const scaled = numerator * pow10(digits);
    if (scaled % denominator === 0n) return { units: scaled / denominator, scale: digits };
  }
  return Number(numerator) / Number(denominator);
}

/** A terminating quotient n/d has at most max(powers of 2 and 5 in d) digits. */
const MAX_EXACT_DIGITS = 40;
