// Source text → text for matching, with a map back to source offsets.
//
// Forms in `text` (indicator rules are written against these):
// - one paragraph per line (`\n`); hard-wrapped lines of a paragraph are joined
//   with nothing in between; blank lines, leading spaces and page numbers are gone;
// - no spaces, except one between two Latin letters, or between two numbers
//   that the source set apart with a tab or several spaces (a single space inside
//   a number, `1 5起`, is dropped);
// - digits and Latin letters ASCII (`０１Ａ` → `01A`); `.` `%` `-` `/` ASCII
//   (`．` → `.`), so `3.5` and `80.43%` read as written;
// - Chinese punctuation full-width: `，` `：` `；` `（` `）` `！` `？` (half-width
//   `,` `:` `;` `(` `)` `!` `?` are widened), except `,` and `:` between two digits,
//   which stay ASCII (`1,234`, `09:17`); `。` `、` `〔〕` as in Chinese (`｡` `﹝﹞` fold);
// - Simplified characters (Traditional folded one character to one character);
// - pinyin glosses after a character (`鄉(xiāng)`) removed;
// - web-page chrome, spam and page furniture left out (listed in `chrome`).
import { chromeKind, type ChromeKind, LABEL_ONLY, PIPE_TRAIL, SPAM, WATERMARK } from './chrome.js';
import { type FoldedLine, type FoldedLines, foldLines, fromCodes } from './lines.js';
import { matchMarker } from './markers.js';

export interface Normalised {
  /** The decoded source, unchanged. */
  source: string;
  /** Text for matching: one paragraph per line, widths folded, noise spaces removed. */
  text: string;
  /** toSource[i] is the UTF-16 offset in `source` of text[i]; toSource[text.length] is source.length. */
  toSource: Int32Array;
  /** Paragraphs of `text`, in order: [start, end) offsets in `text`, line break excluded. */
  paragraphs: Paragraph[];
  /** Source lines left out of `text` as not being the report, in order. */
  chrome: ChromeLine[];
  /** Whether the source is hard-wrapped (text extracted from a paginated document). */
  wrapped: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface ChromeLine {
  kind: ChromeKind;
  /** The line in normalised form. */
  text: string;
  /** Label of the line before when that line was a label alone (`发布时间：`), else null. */
  label: string | null;
  /** UTF-16 source range. */
  start: number;
  end: number;
}

/** The source span (UTF-16, end exclusive) of the normalised span [start, end). */
export function sourceSpan(norm: Normalised, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.toSource[start] ?? norm.source.length;
    return { start: at, end: at };
  }
  return { start: norm.toSource[start] ?? 0, end: (norm.toSource[end - 1] ?? 0) + 1 };
}

/** The first paragraph ending on a line with one of these words is a title, whatever its width. */
const TITLE_END = /(?:报告|总结|情况|公示|统计表|数据表)$/;
const MAX_TITLE = 60;
const REPORT_END = /(?:报告|总结)$/;
const TERMINAL_END = /[。；：！？][”’」』]?$/;
/** A wrapped line at least this share of the usual measure was cut by the page, not by the writer. */
const FULL_LINE = 0.75;
/** Lines of the head (before any running text) where breadcrumb rows are trusted. */
const HEAD_LINES = 15;

export function normalise(source: string): Normalised {
  const folded = foldLines(source);
  const lines = folded.lines;
  const wrap = wrapOf(lines);
  classifyChrome(lines, wrap !== null);
  const groups = group(lines, wrap);

  const size = folded.all.length + groups.length + 1;
  const codes = outputBuffer(size);
  const map = new Int32Array(size + 1);
  const paragraphs: Paragraph[] = [];
  const chrome: ChromeLine[] = [];
  let out = 0;
  for (const { lines: members, chrome: kind } of groups) {
    const first = members[0];
    const last = members[members.length - 1];
    if (!first || !last) continue;
    if (kind !== null) {
      chrome.push({ kind, text: members.map((l) => l.text).join(''), label: first.label, start: first.start, end: last.end });
      continue;
    }
    const start = out;
    for (const line of members) {
      let from = line.from;
      for (const [a, b] of line.cutOut ?? []) {
        out = copy(folded, from, a, codes, map, out);
        from = Math.max(from, b);
      }
      out = copy(folded, from, line.to, codes, map, out);
    }
    if (out === start) continue;
    paragraphs.push({ start, end: out });
    codes[out] = 0x0a;
    map[out++] = last.end;
  }
  if (out > 0) out--; // no line break after the last paragraph
  map[out] = source.length;
  return {
    source,
    text: fromCodes(codes, out),
    toSource: map.subarray(0, out + 1),
    paragraphs,
    chrome,
    wrapped: wrap !== null,
  };
}

function copy(folded: FoldedLines, from: number, to: number, codes: Uint16Array, map: Int32Array, out: number): number {
  if (to <= from) return out;
  codes.set(folded.codes.subarray(from, to), out);
  map.set(folded.map.subarray(from, to), out);
  return out + (to - from);
}

let output = new Uint16Array(0);

/** The output code units, in a buffer reused from call to call. */
function outputBuffer(size: number): Uint16Array {
  if (output.length < size) output = new Uint16Array(size * 2);
  return output;
}

/** How hard-wrapped lines are measured, and the measure most of them are cut at. */
interface Wrap {
  measure: (line: FoldedLine) => number;
  usual: number;
}

/**
 * Paginated text is cut at one display width; text re-wrapped by character count
 * (digits and ASCII punctuation are narrower) at one length. Either, or null.
 */
const MEASURES: ReadonlyArray<{ measure: (line: FoldedLine) => number; min: number; max: number; below: number; above: number }> = [
  { measure: (l) => l.width, min: 20, max: 160, below: 6, above: 2 },
  { measure: (l) => l.end - l.start, min: 10, max: 80, below: 3, above: 1 },
];

function wrapOf(lines: FoldedLine[]): Wrap | null {
  for (const { measure, min, max, below, above } of MEASURES) {
    const counts = new Int32Array(max + 1);
    let candidates = 0;
    for (const l of lines) {
      const m = measure(l);
      if (m < min / 2) continue;
      candidates++;
      if (m >= min && m <= max) counts[m] = (counts[m] ?? 0) + 1;
    }
    let usual = 0;
    let best = 0;
    for (let m = min; m <= max; m++) {
      const c = counts[m] ?? 0;
      if (c >= best && c > 0) [usual, best] = [m, c];
    }
    if (usual === 0) continue;
    let near = 0;
    for (const l of lines) {
      const m = measure(l);
      if (m >= usual - below && m <= usual + above) near++;
    }
    if (near >= 4 && near >= candidates * 0.5) return { measure, usual };
  }
  return null;
}

/** A short line met this often in paginated text is a running header or footer. */
const RUNNING_HEADER_TIMES = 3;
const MAX_RUNNING_HEADER = 40;

/** Lines that repeat page after page; the first of each stays (it may be the title). */
function runningHeaders(lines: FoldedLine[]): Set<FoldedLine> {
  const counts = new Map<string, FoldedLine[]>();
  for (const line of lines) {
    if (line.text.length > MAX_RUNNING_HEADER || matchMarker(line.text) !== null) continue;
    const same = counts.get(line.text);
    if (same) same.push(line);
    else counts.set(line.text, [line]);
  }
  const repeats = new Set<FoldedLine>();
  for (const same of counts.values()) if (same.length >= RUNNING_HEADER_TIMES) for (const line of same.slice(1)) repeats.add(line);
  return repeats;
}

function classifyChrome(lines: FoldedLine[], wrapped: boolean): void {
  const repeats = wrapped ? runningHeaders(lines) : new Set<FoldedLine>();
  let seen = 0;
  let started = false; // a line of running text has been seen
  let pendingLabel: string | null = null;
  let contents: string | null | undefined; // undefined: not in a table of contents
  for (const line of lines) {
    seen++;
    if (repeats.has(line)) {
      line.chrome = 'furniture';
      continue;
    }
    if (pendingLabel !== null) {
      const label = pendingLabel;
      pendingLabel = null;
      if (line.text.length <= 30 && !line.text.includes('。') && chromeKind(line.text, wrapped) === null) {
        line.chrome = 'field';
        line.label = label;
        continue;
      }
    }
    if (contents !== undefined) {
      // Entries of a table of contents, up to the first heading that repeats one.
      const heading = matchMarker(line.text) !== null && !line.text.includes('。');
      if (heading && entry(line.text) !== contents) {
        contents ??= entry(line.text);
        line.chrome = 'contents';
        continue;
      }
      contents = undefined;
    }
    const kind = chromeKind(line.text, wrapped) ?? (!started && seen <= HEAD_LINES && PIPE_TRAIL.test(line.text) ? 'navigation' : null);
    if (kind === null && (line.text.length > 30 || line.text.includes('。'))) started = true;
    line.chrome = kind;
    if (kind === 'contents') contents = null;
    if (kind !== null && LABEL_ONLY.test(line.text)) pendingLabel = line.text.slice(0, -1);
    if (kind === null) line.cutOut = inlineNoise(line.text, line.from);
  }
}

/** A contents entry without its dot leader and page number: `一、总体情况……3` → `一、总体情况`. */
function entry(text: string): string {
  let end = text.length;
  while (end > 0 && /\d/.test(text[end - 1] ?? '')) end--;
  while (end > 0 && LEADER.includes(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

const LEADER = '.…·';

function inlineNoise(text: string, from: number): Array<[number, number]> | null {
  let cuts: Array<[number, number]> | null = null;
  for (const pattern of [SPAM, WATERMARK]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) (cuts ??= []).push([from + m.index, from + m.index + m[0].length]);
  }
  return cuts?.sort((a, b) => a[0] - b[0]) ?? null;
}

interface Group {
  lines: FoldedLine[];
  chrome: ChromeKind | null;
}

/**
 * Lines grouped into paragraphs (or into chrome). A hard-wrapped line joins the
 * group before it unless it starts chrome of its own, or the group is a title;
 * chrome never swallows a title line; page numbers between the lines of a
 * paragraph do not break it.
 */
function group(lines: FoldedLine[], wrap: Wrap | null): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let opening = true; // the current group is the first paragraph of the text
  let headed = false; // a heading has been seen
  for (const line of lines) {
    if (line.chrome === 'furniture') {
      groups.push({ lines: [line], chrome: line.chrome });
      continue;
    }
    const last = current?.lines[current.lines.length - 1];
    if (current && last && wrap && line.chrome === null && !endsTitle(current, opening, headed) && !(current.chrome && TITLE_END.test(line.text)) && continues(last, line, wrap)) {
      current.lines.push(line);
    } else {
      if (current?.chrome === null) opening = false;
      current = { lines: [line], chrome: line.chrome };
      groups.push(current);
    }
    if (!headed && line.chrome === null && matchMarker(line.text) !== null) headed = true;
  }
  return groups;
}

/**
 * Whether a group of wrapped lines is a title, complete whatever its width: the
 * first paragraph of the text ending in 报告/情况…, or, before the first heading,
 * one line without a comma ending in 报告/总结 (a title after a cover letter).
 */
function endsTitle(group: Group, opening: boolean, headed: boolean): boolean {
  const last = group.lines[group.lines.length - 1];
  if (group.chrome !== null || !last) return false;
  if (opening && TITLE_END.test(last.text) && group.lines.reduce((n, l) => n + l.text.length, 0) <= MAX_TITLE) return true;
  return !headed && group.lines.length === 1 && REPORT_END.test(last.text) && !last.text.includes('，');
}

/** Whether `next` carries on the paragraph whose last hard-wrapped line is `last`. */
function continues(last: FoldedLine, next: FoldedLine, wrap: Wrap): boolean {
  if (wrap.measure(last) < wrap.usual * FULL_LINE) return false;
  if (TERMINAL_END.test(last.text)) return false;
  if (matchMarker(next.text) !== null) return false;
  return true;
}
