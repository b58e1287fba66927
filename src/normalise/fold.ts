// One code unit → its matching form (see the list of forms in normalise.ts).
// Every fold is one code unit to one code unit, so offsets never move.
import { FROM, TO } from './t2s-table.js';

export const SPACE = 0x20;

/** Bullets that open a list item (• ■ ▲ ◆ ● ★ ✔ ❖ ➢), as ranges of code points. */
const BULLETS: ReadonlyArray<readonly [number, number]> = [[0x2022, 0x2022], [0x25a0, 0x25ff], [0x2605, 0x2606], [0x2713, 0x2714], [0x2756, 0x2756], [0x27a2, 0x27a4]];
/** The middle dot opens an item too, but inside a line it joins words (a name's parts). */
const MIDDLE_DOT = 0x00b7;
const VARIATION_SELECTOR = 0xfe0f;
/** The high surrogates that open the emoji of social-media posts (📌 🔹 ✅ are U+1F300–1FAFF). */
const EMOJI_LEADS: readonly [number, number] = [0xd83c, 0xd83e];

/** A bullet that opens a line: no words of it, whose heading marker or title follows. */
export function isBullet(c: number): boolean {
  return c === MIDDLE_DOT || BULLETS.some(([first, last]) => c >= first && c <= last);
}

/** The first unit of an emoji's surrogate pair. */
export function isEmojiLead(c: number): boolean {
  return c >= EMOJI_LEADS[0] && c <= EMOJI_LEADS[1];
}

/** Code units removed outright: zero-width spaces and joiners, the word joiner, the BOM, and the variation selector after an emoji. */
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [[0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff], [VARIATION_SELECTOR, VARIATION_SELECTOR]];

const FIRST_INVISIBLE = Math.min(...INVISIBLE.map(([first]) => first));

const escaped = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
const range = ([first, last]: readonly [number, number]): string => (first === last ? escaped(first) : `${escaped(first)}-${escaped(last)}`);

/** Bullets and the invisible characters, as regex source, for text read outside folding (titles, names): none are words. */
export const SYMBOL_CHARS = [...BULLETS, ...INVISIBLE].map(range).join('');
export const EMOJI_PAIR = `[${range(EMOJI_LEADS)}][\\udc00-\\udfff]`;
export const EMOJI_LEAD_CHARS = range(EMOJI_LEADS);

/** Code units removed outright (INVISIBLE); most code units are below all of them. */
export function isInvisible(c: number): boolean {
  return c >= FIRST_INVISIBLE && INVISIBLE.some(([first, last]) => c >= first && c <= last);
}

/** Spaces of every width, tabs, form feeds (page breaks) and the rarer line separators. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x85 || c === 0xa0 || c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
  );
}

/** LF and CR; and the Unicode line and paragraph separators that some editors save. */
export function isLineEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

/** Display width: CJK and full-width forms count two, the rest one. */
export function widthOf(c: number): number {
  return c >= 0x2e80 ? 2 : 1;
}

// Full-width punctuation that stays full-width: ！（），：；？
const KEEP_WIDE = new Set([0xff01, 0xff08, 0xff09, 0xff0c, 0xff1a, 0xff1b, 0xff1f]);
// Half-width punctuation widened to its Chinese form.
const WIDEN: ReadonlyMap<number, number> = new Map([
  [0x21, 0xff01], // ! → ！
  [0x28, 0xff08], // ( → （
  [0x29, 0xff09], // ) → ）
  [0x2c, 0xff0c], // , → ，
  [0x3a, 0xff1a], // : → ：
  [0x3b, 0xff1b], // ; → ；
  [0x3f, 0xff1f], // ? → ？
]);
const OTHER: ReadonlyMap<number, number> = new Map([
  [0xff61, 0x3002], // ｡ → 。
  [0xff64, 0x3001], // ､ → 、
  [0xfe5d, 0x3014], // ﹝ → 〔
  [0xfe5e, 0x3015], // ﹞ → 〕
  [0xfe50, 0xff0c], // ﹐ → ，
  [0xfe51, 0x3001], // ﹑ → 、
  [0xfe52, 0x2e], // ﹒ → .
  [0xfe54, 0xff1b], // ﹔ → ；
  [0xfe55, 0xff1a], // ﹕ → ：
  [0x2236, 0xff1a], // ∶ → ：
  [0x9980, 0x4f59], // 馀 → 余: the old form some still type (二十馀场次), which the table keeps as Simplified
]);

let table: Uint16Array | null = null;

/** Context-free folds of BMP code units, built on first use; 0 means unchanged. */
export function foldTable(): Uint16Array {
  if (table !== null) return table;
  const t = new Uint16Array(0x10000);
  for (const [from, to] of WIDEN) t[from] = to;
  for (let c = 0xff01; c <= 0xff5e; c++) if (!KEEP_WIDE.has(c)) t[c] = c - 0xfee0;
  for (const [from, to] of OTHER) t[from] = to;
  for (let i = 0; i < FROM.length; i++) t[FROM.charCodeAt(i)] = TO.charCodeAt(i);
  table = t;
  return t;
}

const LOOKS_LIKE_ZERO = new Set([...'OoＯｏ0０'].map((ch) => ch.charCodeAt(0)));
const CN_NUMERALS = new Set([...'〇零一二三四五六七八九'].map((ch) => ch.charCodeAt(0)));
const LING = '〇'.charCodeAt(0);

/** 二O二二年, 二0二二年: a letter O or a digit 0 typed for 〇 between Chinese numerals. */
function typedZero(c: number, prev: number, next: number): boolean {
  return LOOKS_LIKE_ZERO.has(c) && CN_NUMERALS.has(prev) && CN_NUMERALS.has(next);
}

const LOOKS_LIKE_ONE = new Set([...'lIｌＩ'].map((ch) => ch.charCodeAt(0)));
const LETTER_ZERO = new Set([...'OoＯｏ'].map((ch) => ch.charCodeAt(0)));
/** What a count's unit opens with (件, 次, 起…): a letter alone before it, after Chinese words, was scanned for a digit (撤销l件, 败诉O件). */
const UNIT_OPENINGS = new Set([...'件次起宗人元万亿户家项份场期批个名'].map((ch) => ch.charCodeAt(0)));

/**
 * A scanner's letter for a digit, no other letter beside it: l or I for 1 beside a digit (l5件, 8l.5%); O or o for 0
 * after a digit before a digit or a unit (1O86件, 6O件), or after a separator before a digit (2025-O1-22); either
 * alone between Chinese words and a unit (撤销l件, 败诉O件). Not O2O, whose O opens the run.
 */
function scannedDigit(c: number, prev: number, next: number): number {
  const zero = LETTER_ZERO.has(c);
  if (!zero && !LOOKS_LIKE_ONE.has(c)) return 0;
  if (isLatin(asciiLetter(prev)) || isLatin(asciiLetter(next))) return 0;
  const digitBefore = isDigit(asciiDigit(prev));
  const digitAfter = isDigit(asciiDigit(next));
  const alone = isCjk(prev) && UNIT_OPENINGS.has(next);
  if (!zero) return digitBefore || digitAfter || alone ? ONE : 0;
  return (digitBefore && (digitAfter || UNIT_OPENINGS.has(next))) || (digitAfter && SEPARATORS.has(prev)) || alone ? ZERO : 0;
}
const SEPARATORS = new Set([...'-.,:，：'].map((ch) => ch.charCodeAt(0)));
const ZERO = 0x30;
const ONE = 0x31;

/** A full-width letter as its ASCII code, anything else unchanged. */
function asciiLetter(c: number): number {
  return (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ? c - 0xfee0 : c;
}

/** A short string folded as the text is, for names read from the source (a traditional 環境保護局 as 环境保护局). */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i), s.charCodeAt(i - 1), s.charCodeAt(i + 1)));
  return out;
}

/**
 * Fold one code unit. `prev` and `next` are its neighbours in the source: a
 * comma or colon between two digits is a separator (`1,234`, `09:17`) and stays ASCII.
 */
export function foldUnit(c: number, prev: number, next: number): number {
  if (c > 0x3000 && c < 0xfe00) return (table ?? foldTable())[c] || c;
  if (typedZero(c, prev, next)) return LING;
  const digit = scannedDigit(c, prev, next);
  if (digit !== 0) return digit;
  // 处罚案件14件. 其中…: an ASCII full stop after Chinese words ends a sentence; not a file's (统计表.docx), nor dot leaders (主要工作……3).
  if (c === 0x2e && endsChineseWords(prev) && !isDigit(asciiDigit(next)) && !isLatin(next) && next !== 0x2e) return FULL_STOP;
  if ((c === 0x2c || c === 0x3a || c === 0xff0c || c === 0xff1a) && isDigit(asciiDigit(prev)) && isDigit(asciiDigit(next))) {
    return c < 0x80 ? c : c - 0xfee0;
  }
  // 2'315家次, 1’108人次: an apostrophe between digits groups thousands.
  if ((c === APOSTROPHE || c === RIGHT_QUOTE) && isDigit(asciiDigit(prev)) && isDigit(asciiDigit(next))) return COMMA;
  return (table ?? foldTable())[c] || c;
}

const FULL_STOP = 0x3002;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const COMMA = 0x2c;
/** Characters that may end a sentence of Chinese words: not a numeral, whose dot numbers a heading (一.总则). */
const NUMERAL_OR_SCALE = new Set([...'〇零一二三四五六七八九十百千万亿'].map((ch) => ch.charCodeAt(0)));
const CLOSING_MARKS = new Set([...')）”’》」』'].map((ch) => ch.charCodeAt(0)));

/** Whether `c` ends Chinese words, so that an ASCII full stop after it ends a sentence (处罚案件14件. 其中…). */
function endsChineseWords(c: number): boolean {
  return (isCjk(c) && !NUMERAL_OR_SCALE.has(c)) || CLOSING_MARKS.has(c);
}

/** A digit in either width as its ASCII code, anything else unchanged. */
export function asciiDigit(c: number): number {
  return c >= 0xff10 && c <= 0xff19 ? c - 0xfee0 : c;
}
