// A short head run into its paragraph, set off by a wide space (案件查处　全市共立案查处…): the space
// ends the head as a colon would, so that the head is no part of the sentence's first clause.
import { isCjk, isLineEnd } from './fold.js';

const MIN_HEAD = 2;
const MAX_HEAD = 8;
const WIDE_SPACE = 0x3000;
const FULL_COLON = 0xff1a;
/** What shows that a sentence follows the head, not the second half of a heading (坚持依法行政　建设法治政府). */
const CLAUSE_MARKS = new Set([...'，。；,;'].map((ch) => ch.charCodeAt(0)));
const NUMBERED_ITEM = /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+(?:部分|章|节|条))$/;

/**
 * Whether the spaces at [`at`, `after`) of the source, after the folded codes [`from`, `out`) that open a
 * line, end a run-in head: a few Chinese characters, then a wide space or a run of spaces, then a sentence on the same line (`end` is at most the source's end).
 */
export function endsRunInHead(codes: Uint16Array, from: number, out: number, source: string, at: number, after: number, end: number): boolean {
  const length = out - from;
  if (length < MIN_HEAD || length > MAX_HEAD) return false;
  if (source.charCodeAt(at) !== WIDE_SPACE && after - at < 2) return false;
  if (after >= end || !isCjk(source.charCodeAt(after))) return false;
  for (let p = from; p < out; p++) if (!isCjk(codes[p] ?? 0)) return false;
  if (NUMBERED_ITEM.test(String.fromCharCode(...codes.subarray(from, out)))) return false;
  for (let i = after; i < end; i++) {
    const c = source.charCodeAt(i);
    if (isLineEnd(c)) return false;
    if (CLAUSE_MARKS.has(c)) return true;
  }
  return false;
}

/** What the head's space becomes in the text. */
export const HEAD_END = FULL_COLON;
