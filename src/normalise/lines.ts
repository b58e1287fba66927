// Source → folded lines. One linear pass: each source line (a web page's run-on
// line is cut before an inline heading) is folded into one shared buffer of
// code units with, for each unit, its offset in the source.
import { asciiDigit, foldUnit, isCjk, isDigit, isInvisible, isLatin, isSpace, SPACE, widthOf } from './fold.js';
import type { ChromeKind } from './chrome.js';
import { INLINE_MARKER } from './markers.js';

export interface FoldedLine {
  /** Range in the folded buffer. */
  from: number;
  to: number;
  /** Range in the source (line end excluded). */
  start: number;
  end: number;
  /** Display width of the line as laid out (spaces included). */
  width: number;
  /** The folded content. */
  text: string;
  /** Filled in by chrome detection: what kind of chrome the line is, if any. */
  chrome: ChromeKind | null;
  /** Label of the line before when that line was a label alone. */
  label: string | null;
  /** Folded-buffer ranges to leave out (spam and watermarks inside the line). */
  cutOut: Array<[number, number]> | null;
}

export interface FoldedLines {
  /** Folded code units and their source offsets: working buffers, valid until the next call. */
  codes: Uint16Array;
  map: Int32Array;
  /** All folded content as one string; a line's text is `all.slice(from, to)`. */
  all: string;
  /** Lines with content, in order (blank lines are left out). */
  lines: FoldedLine[];
}

const TERMINAL = /[。；！？;!?]/;
const RAW_MARKER = /[ \t\u00a0\u3000]*(?:[（(] ?[一二三四五六七八九十]{1,3} ?[）)]|[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}部分)/y;
/** A run-on line is cut before an inline heading only while the heading before it is short. */
const MAX_INLINE_HEADING = 50;

export function foldLines(source: string): FoldedLines {
  const n = source.length;
  const { codes, map } = scratch(n);
  const cuts = inlineCuts(source);
  const lines: FoldedLine[] = [];
  let out = 0;
  let cut = 0;
  let start = 0;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = source.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    let next = end;
    if (next < n) next += source.charCodeAt(next) === 0x0d && source.charCodeAt(next + 1) === 0x0a ? 2 : 1;
    let from = start;
    while (cut < cuts.length && (cuts[cut] ?? n) < end) {
      const at = cuts[cut++] ?? end;
      if (at <= from) continue;
      out = foldRange(source, from, at, codes, map, out, lines);
      from = at;
    }
    out = foldRange(source, from, end, codes, map, out, lines);
    if (end >= n) break;
    start = next;
  }
  map[out] = n;
  const all = fromCodes(codes, out);
  for (const line of lines) line.text = all.slice(line.from, line.to);
  return { codes, map, all, lines };
}

let shared = { codes: new Uint16Array(0), map: new Int32Array(0) };

/** Working buffers reused from call to call (folding is synchronous), grown on demand. */
function scratch(n: number): { codes: Uint16Array; map: Int32Array } {
  if (shared.codes.length < n) shared = { codes: new Uint16Array(n * 2), map: new Int32Array(n * 2 + 1) };
  return shared;
}

function foldRange(
  source: string,
  start: number,
  end: number,
  codes: Uint16Array,
  map: Int32Array,
  out: number,
  lines: FoldedLine[],
): number {
  const from = out;
  let width = 0;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c >= 0x3400 && c < 0xfe00) {
      // Fast path: CJK needs no context and is two wide.
      codes[out] = foldUnit(c, 0, 0);
      map[out++] = i;
      width += 2;
      continue;
    }
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      let j = i;
      let tab = false;
      while (j < end && isSpace(source.charCodeAt(j))) {
        if (source.charCodeAt(j) === 0x09) tab = true;
        j++;
      }
      const before = out > from ? (codes[out - 1] ?? 0) : 0;
      const after = j < end ? asciiDigit(foldUnit(source.charCodeAt(j), 0, 0)) : 0;
      // Spaces only separate Latin words, or numbers set apart on purpose (a run, a tab);
      // a single space inside a number (`1 5起`) is extraction noise.
      const keep = (isLatin(before) && isLatin(after)) || (isDigit(before) && isDigit(after) && (j - i > 1 || tab));
      if (keep) {
        codes[out] = SPACE;
        map[out++] = i;
      }
      width += j - i; // spaces take room on the page even when dropped
      i = j - 1;
      continue;
    }
    if ((c === 0x28 || c === 0xff08) && out > from && isCjk(codes[out - 1] ?? 0)) {
      const close = glossEnd(source, i + 1, end);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    const f = foldUnit(c, source.charCodeAt(i - 1), source.charCodeAt(i + 1));
    codes[out] = f;
    map[out++] = i;
    width += widthOf(f);
  }
  if (out > from) lines.push({ from, to: out, start, end, width, text: '', chrome: null, label: null, cutOut: null });
  return out;
}

const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const GLOSS_LETTER = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;

/** Offset of the `)` closing a pinyin gloss like `(xiāng)` that starts at `from`, else -1. */
function glossEnd(source: string, from: number, end: number): number {
  let tone = false;
  for (let j = from; j < end && j < from + 8; j++) {
    const ch = source[j] ?? '';
    if (ch === ')' || ch === '）') return tone && j > from ? j : -1;
    if (!GLOSS_LETTER.test(ch)) return -1;
    if (TONE.test(ch)) tone = true;
  }
  return -1;
}

/** Source offsets where a run-on line is cut before an inline heading. */
function inlineCuts(source: string): number[] {
  const cuts: number[] = [];
  let lineStart = 0;
  let scanned = 0;
  let lastCut = -1;
  INLINE_MARKER.lastIndex = 0;
  for (let m = INLINE_MARKER.exec(source); m; m = INLINE_MARKER.exec(source)) {
    const at = m.index;
    for (; scanned < at; scanned++) {
      const c = source.charCodeAt(scanned);
      if (c === 0x0a || c === 0x0d) lineStart = scanned + 1;
    }
    const segment = Math.max(lineStart, lastCut);
    const prev = source[at - 1] ?? '';
    RAW_MARKER.lastIndex = segment;
    const afterHeading = RAW_MARKER.test(source) && at - segment <= MAX_INLINE_HEADING;
    if (at > lineStart && (TERMINAL.test(prev) || afterHeading)) {
      cuts.push(at);
      lastCut = at;
    }
  }
  return cuts;
}

const utf16 = new TextDecoder('utf-16le');
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The first `length` code units as a string. */
export function fromCodes(codes: Uint16Array, length: number): string {
  if (littleEndian) return utf16.decode(codes.subarray(0, length));
  const parts: string[] = [];
  // Chunked: one call with a huge argument list overflows the stack.
  for (let i = 0; i < length; i += 4096) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 4096)) as unknown as number[]));
  }
  return parts.join('');
}
