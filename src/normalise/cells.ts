// Rows of a table laid out in spaces (行政复议 4件  维持 3件  纠正 1件): where a gap
// after a count ends a cell, so that no cue reads across it.
import { asciiDigit, isCjk, isDigit, isSpace } from './fold.js';

/** A figure as a card or a table's row gives it: a qualifier, a number, a scale word and its unit or %, not a date (2023年). */
export const FIGURE_FIRST = '(?:约|近|超过|逾|达|共)?\\d[\\d.,]*(?:余|多)?[万亿]?(?:[%％]|(?![年月日号时])[\\u4e00-\\u9fff]{1,2})(?:以上|左右)?';

/** Units a count ends with, and the scale and unit words before them (人次, 万元). */
const COUNT_UNITS = new Set([...'件宗起次人项家个份场期批户所元万亿'].map((ch) => ch.charCodeAt(0)));
const MAX_UNIT = 3;
/** A cell's label: a few Chinese characters, then maybe a colon and spaces, then its figure. */
const MAX_LABEL = 10;
const COLONS = new Set([0x3a, 0xff1a]);

/** Whether the folded codes before `out` (the line starting at `from`) end with a count in digits (4件, 1.2万元). */
export function endsCount(codes: Uint16Array, from: number, out: number): boolean {
  let p = out - 1;
  while (p >= from && out - p <= MAX_UNIT && COUNT_UNITS.has(codes[p] ?? 0)) p--;
  return p < out - 1 && p >= from && isDigit(codes[p] ?? 0);
}

/** Whether the source at `at` holds a label and its figure (维持 3件, 纠正：1件) before `end`. */
export function labelledFigureAt(source: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && i - at < MAX_LABEL && isCjk(source.charCodeAt(i))) i++;
  if (i === at) return false;
  while (i < end && (isSpace(source.charCodeAt(i)) || COLONS.has(source.charCodeAt(i)))) i++;
  return i < end && isDigit(asciiDigit(source.charCodeAt(i)));
}
