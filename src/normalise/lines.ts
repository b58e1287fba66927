// Source → folded lines. One linear pass: each source line (a web page's run-on
// line is cut before an inline heading) is folded into one buffer of code units
// with, for each unit, its offset in the source. Per-line numbers go to a typed
// table, not to an object per line: a file of many short lines stays small.
import { fromCodes } from './units.js';
import { endsCount, labelledFigureAt } from './cells.js';
import { endsRunInHead, HEAD_END } from './run-in-heads.js';
import { asciiDigit, foldTable, foldUnit, isBullet, isCjk, isDigit, isEmojiLead, isInvisible, isLatin, isLineEnd, isSpace, SPACE, widthOf } from './fold.js';
import { withRoom } from '../model/grow.js';
import { Kept } from './kept.js';
import { INLINE_MARKER } from './markers.js';

export interface FoldedLines {
  /**
   * Folded code units and their source offsets; each line is followed by one free
   * unit (a line break), so the text can be built in place in these buffers.
   */
  codes: Uint16Array;
  map: Int32Array;
  /** Whether `codes` and `map` are working buffers shared from call to call (valid until the next call). */
  shared: boolean;
  /** Whether the source has no lone surrogates (see `fromCodes`). */
  wellFormed: boolean;
  /** All folded content, lines joined by `\n`; a line's text is `all.slice(from, to)`. */
  all: string;
  /** The text of each line, a view of `all` made once (the lines are read more than once). */
  texts: string[];
  /** Lines with content, in order (blank lines are left out). */
  lines: LineTable;
  /** Lines that opened with a bullet (● ■ •), dropped from their text: a bulleted short line may be a page's field. */
  bulleted: ReadonlySet<number>;
}

const FIELDS = 5;
const TABLE = new Kept((length) => new Int32Array(length));

/** Numbers of each line, five to a line in one growable array (kept from call to call, as the buffers). */
export class LineTable {
  count = 0;
  private data: Int32Array;

  constructor(capacity: number) {
    this.data = TABLE.take(Math.max(capacity, 16) * FIELDS);
  }

  push(from: number, to: number, start: number, end: number, width: number): void {
    let at = this.count * FIELDS;
    const data = (this.data = withRoom(this.data, at + FIELDS));
    data[at++] = from;
    data[at++] = to;
    data[at++] = start;
    data[at++] = end;
    data[at] = width;
    this.count++;
  }

  /** Range in the folded buffer. */
  from(i: number): number {
    return this.data[i * FIELDS] ?? 0;
  }

  to(i: number): number {
    return this.data[i * FIELDS + 1] ?? 0;
  }

  /** Range in the source (line end excluded). */
  start(i: number): number {
    return this.data[i * FIELDS + 2] ?? 0;
  }

  end(i: number): number {
    return this.data[i * FIELDS + 3] ?? 0;
  }

  /** Display width of the line as laid out (spaces included). */
  width(i: number): number {
    return this.data[i * FIELDS + 4] ?? 0;
  }
}

/** The folded text of line `i`. */
export function lineText({ texts }: FoldedLines, i: number): string {
  return texts[i] ?? '';
}

const TERMINAL = /[。；！？;!?]/;
const RAW_MARKER = /[ \t\u00a0\u3000]*(?:[（(] ?[一二三四五六七八九十]{1,3} ?[）)]|[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}部分)/y;
/** A run-on line is cut before an inline heading only while the heading before it is short. */
const MAX_INLINE_HEADING = 50;

export function foldLines(source: string): FoldedLines {
  const n = source.length;
  const { codes, map, shared } = scratch(n);
  const cuts = withBlockTagCuts(source, inlineCuts(source));
  const lines = new LineTable((n >> 5) + 16);
  const folder = new Folder(source, codes, map, lines);
  let cut = 0;
  let from = 0;
  for (;;) {
    // Cuts at or before `from` are passed (one at a line's start has nothing to cut).
    while (cut < cuts.length && (cuts[cut] ?? n) <= from) cut++;
    const stop = folder.foldLine(from, cuts[cut] ?? n);
    if (stop >= n) break;
    const c = source.charCodeAt(stop);
    // At a cut the source line goes on; after a line end (CRLF is one) the next one starts.
    from = c === 0x0d && source.charCodeAt(stop + 1) === 0x0a ? stop + 2 : isLineEnd(c) ? stop + 1 : stop;
  }
  const wellFormed = isWellFormed(source);
  const all = fromCodes(codes, 0, folder.out, wellFormed);
  const texts: string[] = [];
  for (let i = 0; i < lines.count; i++) texts.push(all.slice(lines.from(i), lines.to(i)));
  return { codes, map, shared, wellFormed, all, texts, lines, bulleted: folder.bulleted };
}

/** What a cell of a row laid out in spaces ends with. */
const CELL_END = '；'.charCodeAt(0);

const CODES = new Kept((length) => new Uint16Array(length));
const MAP = new Kept((length) => new Int32Array(length));

/**
 * Buffers for a source of `n` units. Folding never writes more than n + 1 units:
 * a line's content is no longer than its source, and the unit after it is paid
 * for by the line break, or, for a piece cut out of a run-on line, by the space
 * before the inline heading (always dropped); only the last line may lack both.
 */
function scratch(n: number): { codes: Uint16Array; map: Int32Array; shared: boolean } {
  return { codes: CODES.take(n + 1), map: MAP.take(n + 2), shared: Kept.keeps(n + 2) };
}

/** Folds source lines into the buffers, in order. */
class Folder {
  /** Units written so far. */
  out = 0;
  /** Lines that opened with a bullet. */
  readonly bulleted = new Set<number>();

  constructor(
    private readonly source: string,
    private readonly codes: Uint16Array,
    private readonly map: Int32Array,
    private readonly lines: LineTable,
  ) {}

  /**
   * Folds the source from `start` to the end of its line, or to `limit` if that
   * comes first, as one line; returns where it stopped. Line ends are met in
   * this loop, not searched for apart: one native search per line cost more.
   */
  foldLine(start: number, limit: number): number {
    const { source, codes, map } = this;
    const table = foldTable();
    const from = this.out;
    let out = from;
    let width = 0;
    let end = limit;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c > 0x3000 && c < 0xd800) {
        // Fast path: CJK and its punctuation (、。《》) need no context and are two wide.
        codes[out] = table[c] || c;
        map[out++] = i;
        width += 2;
        continue;
      }
      if ((c >= 0x30 && c <= 0x39) || isLatin(c)) {
        // Fast path: ASCII digits stay as they are and are one wide, but a 0 typed for 〇; letters too, but an O typed
        // for 〇 and a scanner's O, o, l or I for a digit (1O86件, l5件), as foldUnit folds them.
        codes[out] = c >= 0x31 && c <= 0x39 ? c : foldUnit(c, unitBefore(source, i), unitAfter(source, i));
        map[out++] = i;
        width++;
        continue;
      }
      if (isLineEnd(c)) {
        end = i;
        break;
      }
      if (isInvisible(c)) continue;
      // Emoji (📌 🔹), as pasted from a social-media post: no words; the pair of units goes together.
      if (isEmojiLead(c) && i + 1 < end) {
        i++;
        continue;
      }
      if (out === from && isBullet(c)) {
        this.bulleted.add(this.lines.count);
        continue;
      }
      if (c === 0x3c || c === 0x26 || c === 0x2a || c === 0x5f || c === 0x23) {
        const close = markupEnd(source, i, end, out === from);
        if (close > 0) {
          i = close;
          continue;
        }
        // &ldquo;法律七进&rdquo;: a character named by HTML stands for itself, at the name's start.
        const named = c === 0x26 ? charEntity(source, i) : null;
        if (named !== null) {
          const f = foldUnit(named.code, 0, 0);
          codes[out] = f;
          map[out++] = i;
          width += widthOf(f);
          i = named.end;
          continue;
        }
      }
      if (isSpace(c)) {
        // A run of spaces stops at the line end, which is no space.
        let j = i;
        let tab = false;
        while (j < end && isSpace(source.charCodeAt(j))) {
          if (source.charCodeAt(j) === 0x09) tab = true;
          j++;
        }
        const before = out > from ? (codes[out - 1] ?? 0) : 0;
        const next = j < end ? source.charCodeAt(j) : 0;
        const after = j < end && !isLineEnd(next) ? asciiDigit(foldUnit(next, 0, 0)) : 0;
        // Spaces only separate Latin words, or numbers set apart on purpose (a run, a tab);
        // a single space inside a number (`1 5起`) is extraction noise.
        // 1. 2024年工作计划, 03 2024年工作计划: the space after a heading's number keeps it from the year after it.
        const keep =
          (isLatin(before) && isLatin(after)) ||
          (isDigit(before) && isDigit(after) && (j - i > 1 || tab || (out - from === 2 && codes[from] === 0x30))) ||
          (before === 0x2e && isDigit(after) && out - from <= 3 && isDigit(codes[from] ?? 0));
        if (keep) {
          codes[out] = SPACE;
          map[out++] = i;
        } else if (endsCount(codes, from, out) && labelledFigureAt(source, j, end)) {
          // 行政复议 4件  维持 3件: a row of a table laid out in spaces; its cells end like clauses.
          codes[out] = CELL_END;
          map[out++] = i;
        } else if (endsRunInHead(codes, from, out, source, i, j, end)) {
          codes[out] = HEAD_END;
          map[out++] = i;
        }
        // Spaces take room on the page even when dropped; not one between two letters of a line spaced out to the measure.
        if (!(j - i === 1 && widthOf(before) === 2 && widthOf(next) === 2)) width += j - i;
        i = j - 1;
        continue;
      }
      if ((c === 0x28 || c === 0xff08) && out > from && isCjk(codes[out - 1] ?? 0)) {
        // A gloss never runs over the line end (no letter of it).
        const close = glossEnd(source, i + 1, end);
        if (close > 0) {
          i = close;
          continue;
        }
      }
      // Neighbours outside the source read as 0, no digit (reading past its ends would deoptimise this loop).
      // After spaces that were dropped, the unit before them is the neighbour (4 ,516: a thousands comma).
      const before = unitBefore(source, i);
      // 工单9, / 862件 and 许可11 / ,203件: a number's comma at a line's end or start, where a page cut the number.
      const f = c === COMMA && groupCutAt(source, i) ? c : foldUnit(c, isSpace(before) && out > from ? (codes[out - 1] ?? 0) : before, unitAfter(source, i));
      codes[out] = f;
      map[out++] = i;
      width += widthOf(f);
    }
    if (out > from) {
      this.lines.push(from, out, start, end, width);
      codes[out] = 0x0a;
      map[out++] = end;
    }
    this.out = out;
    return end;
  }
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

/**
 * Offset of the last character of markup that starts at `from`, else -1: HTML left in a
 * web page's text (<p>, </span>, &nbsp;), or the Markdown of a converted Word file
 * (**一、主要工作**, and at a line's start ## 二、存在问题).
 */
function markupEnd(source: string, from: number, end: number, lineStart: boolean): number {
  const c = source.charCodeAt(from);
  if (c === 0x3c) return tagEnd(source, from, end);
  if (c === 0x26) return spaceEntityEnd(source, from);
  if (c === 0x23) return lineStart ? headingMarkEnd(source, from) : -1;
  // ** or __ around emphasis.
  return source.charCodeAt(from + 1) === c ? from + 1 : -1;
}

/** Longest HTML tag skipped: a longer run between < and > is text. */
const MAX_TAG = 200;

/** Offset of the `>` closing an HTML tag that starts at `from` (`<p>`, `</span>`, `<br/>`), else -1. */
function tagEnd(source: string, from: number, end: number): number {
  let j = from + 1;
  if (source.charCodeAt(j) === 0x2f) j++;
  if (!isLatin(source.charCodeAt(j))) return -1;
  for (const limit = Math.min(end, from + MAX_TAG); j < limit; j++) {
    const c = source.charCodeAt(j);
    if (c === 0x3e) return j;
    // `end` may still be the limit, not the line's end: a tag never runs over a line end.
    if (c === 0x3c || isLineEnd(c)) return -1;
  }
  return -1;
}

/** Offset of the space after a Markdown heading's run of up to six `#`, else -1. */
function headingMarkEnd(source: string, from: number): number {
  let j = from;
  while (source.charCodeAt(j) === 0x23 && j - from < 6) j++;
  const after = source.charCodeAt(j);
  return after === 0x20 || after === 0x09 ? j : -1;
}

/** HTML's names for spaces (&nbsp; &#12288;), read as spaces are between Chinese characters: as nothing. */
const SPACE_ENTITY = /&(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x[aA]0|#x3000);/y;

/** Offset of the `;` ending a space entity that starts at `from`, else -1. */
function spaceEntityEnd(source: string, from: number): number {
  SPACE_ENTITY.lastIndex = from;
  return SPACE_ENTITY.test(source) ? SPACE_ENTITY.lastIndex - 1 : -1;
}

/** HTML's names for characters that scraped pages leave in their text (&ldquo; &#8220; &amp;). */
const CHAR_ENTITY = /&(?:([a-z]{2,6})|#(\d{2,6})|#[xX]([0-9a-fA-F]{2,5}));/y;
const NAMED_CHARS: Readonly<Record<string, number>> = {
  ldquo: 0x201c, rdquo: 0x201d, lsquo: 0x2018, rsquo: 0x2019, quot: 0x22, amp: 0x26, lt: 0x3c, gt: 0x3e,
  mdash: 0x2014, ndash: 0x2013, hellip: 0x2026, middot: 0xb7, times: 0xd7, deg: 0xb0, yen: 0xa5,
};

/** The character an HTML character reference at `from` names, and the offset of its `;`; null for none. */
function charEntity(source: string, from: number): { code: number; end: number } | null {
  CHAR_ENTITY.lastIndex = from;
  const m = CHAR_ENTITY.exec(source);
  if (m === null) return null;
  const code = m[1] !== undefined ? NAMED_CHARS[m[1]] : Number.parseInt(m[2] ?? m[3] ?? '', m[2] !== undefined ? 10 : 16);
  // A code point outside the BMP, or a control, is left as written.
  if (code === undefined || code < 0x20 || code > 0xffff || (code >= 0xd800 && code < 0xe000)) return null;
  return { code, end: CHAR_ENTITY.lastIndex - 1 };
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

/** HTML that ends a block: a page saved with its markup on one line has its paragraphs there. */
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|tr|table|ul|ol|section|article)\s*>|<br\s*\/?>/gi;

/** The cuts, with one after each tag that ends a block inside a line, in order. */
function withBlockTagCuts(source: string, cuts: number[]): number[] {
  if (!source.includes('</') && !/<br/i.test(source)) return cuts;
  const blocks: number[] = [];
  BLOCK_END.lastIndex = 0;
  for (let m = BLOCK_END.exec(source); m; m = BLOCK_END.exec(source)) {
    const at = m.index + m[0].length;
    if (at < source.length && !isLineEnd(source.charCodeAt(at))) blocks.push(at);
  }
  return blocks.length === 0 ? cuts : [...cuts, ...blocks].sort((a, b) => a - b);
}

// String.prototype.isWellFormed is in Node 20, not yet in the ES2022 typings.
const isWellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();

const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Whether the ASCII comma at `i` of `source` stands at a line's end after a digit, with three digits
 * and no fourth opening the next line (9, / 862件), or at a line's start before three such digits,
 * after a line ending in a digit (11 / ,203件): the thousands comma of a number the line break cut.
 */
export function groupCutAt(source: string, i: number): boolean {
  let after = i + 1;
  if (source.charCodeAt(after) === CR) after++;
  if (source.charCodeAt(after) === LF) after++;
  let before = i - 1;
  if (after === i + 1) {
    // No break after the comma: one before it, read backwards (LF, then the CR of a CRLF).
    if (source.charCodeAt(before) === LF) before--;
    if (source.charCodeAt(before) === CR) before--;
    if (before === i - 1) return false;
  }
  return isDigit(source.charCodeAt(before)) && isDigit(source.charCodeAt(after)) && isDigit(source.charCodeAt(after + 1)) && isDigit(source.charCodeAt(after + 2)) && !isDigit(source.charCodeAt(after + 3));
}

/** The code units around position i of the source, 0 beyond its ends. */
function unitBefore(source: string, i: number): number {
  return i > 0 ? source.charCodeAt(i - 1) : 0;
}
function unitAfter(source: string, i: number): number {
  return i + 1 < source.length ? source.charCodeAt(i + 1) : 0;
}
