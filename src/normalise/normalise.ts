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
// - letters a scan's recognition read for digits next to digits made digits (`6O余场` → `60余场`, `l6件` → `16件`);
// - web-page chrome, spam and page furniture left out (listed in `chrome`).
import { type ChromeKind, SPAM, WATERMARK } from './chrome.js';
import { chromeOf, readChrome } from './chrome-reader.js';
import { fromCodes } from './units.js';
import { type FoldedLines, foldLines, type LineTable, lineText } from './lines.js';
import { Kept } from './kept.js';
import { isSpace, widthOf } from './fold.js';
import { matchMarker } from './markers.js';
import { repairOcrDigits } from './ocr.js';
import { Output } from './output.js';

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

const BLANK_LINE = /\n[ \t\u3000\r]*\n/;

/**
 * Whether the source has a blank line between the two normalised characters around `at`, not
 * one around a page's footer or header (…投诉举报163 / (blank) / 第 2 页 共 5 页 / 件，均按…): a page
 * break cuts a sentence wherever it falls.
 */
export function blankLineAt(norm: Normalised, at: number): boolean {
  const from = norm.toSource[at - 1] ?? 0;
  const to = norm.toSource[at + 1] ?? from;
  if (!BLANK_LINE.test(norm.source.slice(from, to))) return false;
  return !norm.chrome.some((line) => line.kind === 'furniture' && line.start >= from && line.end <= to);
}

/** The first paragraph ending on a line with one of these words is a title, whatever its width. */
const TITLE_END = /(?:报告|总结|情况|公示|统计表|数据表|年报)$/;
const MAX_TITLE = 60;
const REPORT_END = /(?:报告|总结)$/;
const TERMINAL_END = /[。：！？][”’」』]?$/;
/** A wrapped line at least this share of the usual measure was cut by the page, not by the writer. */
const FULL_LINE = 0.75;

/** A paragraph (or a chrome entry) while its lines are being read. */
interface Group {
  /** The chrome entry, when the group is chrome. */
  entry: ChromeLine | null;
  /** Where the paragraph starts in the text. */
  start: number;
  lines: number;
  /** Units of text in its lines. */
  length: number;
  /** Index of its last line. */
  last: number;
}

/**
 * Lines are classified, then read once more, in order: each is grouped into a
 * paragraph (or into chrome) and copied to the text at once. A hard-wrapped line
 * joins the group before it unless it starts chrome of its own, or the group is
 * a title; chrome never swallows a title line; page numbers between the lines of
 * a paragraph do not break it.
 */
export function normalise(source: string): Normalised {
  const folded = foldLines(source);
  const { lines } = folded;
  const wrap = wrapOf(folded);
  const blankParagraphs = wrap !== null && blankLinesSeparate(folded, source);
  const indentParagraphs = wrap !== null && indentsSeparate(folded, source);
  const noise = NOISE.filter((pattern) => occursIn(pattern, folded.all));
  const lineChrome = readChrome(folded, wrap !== null, noise.includes(SPAM));
  const output = new Output(folded);
  const paragraphs: Paragraph[] = [];
  const chrome: ChromeLine[] = [];
  let furniture: Map<string, string> | null = null;
  let current: Group | null = null;
  let opening = true; // the current group is the first paragraph of the text
  let headed = false; // a heading has been seen
  const close = (group: Group | null): void => {
    if (group === null || group.entry !== null || output.length === group.start) return;
    paragraphs.push({ start: group.start, end: output.length });
    output.lineBreak(lines.end(group.last));
  };
  for (let i = 0; i < lines.count; i++) {
    const text = lineText(folded, i);
    const kind = chromeOf(lineChrome, i);
    if (kind === 'furniture') {
      // Running headers repeat page after page: lines of one text share one string.
      furniture ??= new Map();
      let same = furniture.get(text);
      if (same === undefined) furniture.set(text, (same = copyText(folded, i)));
      chrome.push(chromeLine(folded, i, kind, null, same));
      continue;
    }
    if (
      current &&
      wrap &&
      kind === null &&
      !endsTitle(folded, current, opening, headed) &&
      !(current.entry && TITLE_END.test(text)) &&
      continues(source, folded, current, text, wrap) &&
      !(blankParagraphs && headingEnds(folded, source, current, i)) &&
      !(indentParagraphs && indented(folded, source, i))
    ) {
      current.lines++;
      current.length += text.length;
      if (current.entry) {
        current.entry.text += copyText(folded, i);
        current.entry.end = lines.end(i);
      }
    } else {
      close(current);
      if (current?.entry === null) opening = false;
      const entry = kind === null ? null : chromeLine(folded, i, kind, lineChrome.labels.get(i) ?? null);
      if (entry) chrome.push(entry);
      current = { entry, start: output.length, lines: 1, length: text.length, last: i };
    }
    current.last = i;
    if (current.entry === null) output.copyLine(i, noise.length === 0 ? null : inlineNoise(text, lines.from(i), noise));
    if (!headed && kind === null && matchMarker(text) !== null) headed = true;
  }
  close(current);
  const { text, toSource } = output.finish(source.length);
  return { source, text: repairOcrDigits(text), toSource, paragraphs, chrome, wrapped: wrap !== null };
}

function chromeLine(folded: FoldedLines, i: number, kind: ChromeKind, label: string | null, text = copyText(folded, i)): ChromeLine {
  // A scan's fields read as its text does (发布日期：2O25-Ol-23).
  return { kind, text: repairOcrDigits(text), label, start: folded.lines.start(i), end: folded.lines.end(i) };
}

/** Line `i`'s text as a string of its own: a view of `all` would keep all of it alive with the result. */
function copyText({ codes, lines, wellFormed }: FoldedLines, i: number): string {
  return fromCodes(codes, lines.from(i), lines.to(i), wellFormed);
}

/** How hard-wrapped lines are measured, and the measure most of them are cut at. */
interface Wrap {
  measure: (lines: LineTable, i: number) => number;
  usual: number;
}

/**
 * Paginated text is cut at one display width; text re-wrapped by character count
 * (digits and ASCII punctuation are narrower) at one length. Either, or null.
 */
const MEASURES: ReadonlyArray<{ measure: Wrap['measure']; min: number; max: number; below: number; above: number }> = [
  { measure: (lines, i) => lines.width(i), min: 20, max: 160, below: 6, above: 2 },
  { measure: (lines, i) => lines.end(i) - lines.start(i), min: 10, max: 80, below: 3, above: 1 },
];

const COUNTS = new Kept((length) => new Int32Array(length));

/** Text cut by the page mid-sentence: a clause mark in it, and no sentence end at its end. */
const CUT_TEXT = /[，,]/;
/**
 * Of the lines long enough to be measured, at least this share must be at the usual measure: a short
 * report's headings, tables and paragraphs' last lines may be half its lines or more.
 */
const NEAR_SHARE = 0.35;
/** Of the lines at the usual measure, at least this share must be text cut mid-sentence: short documents of short lines are not paginated. */
const CUT_SHARE = 0.3;

function wrapOf(folded: FoldedLines): Wrap | null {
  const { lines } = folded;
  for (const { measure, min, max, below, above } of MEASURES) {
    const counts = COUNTS.take(max + 1);
    let candidates = 0;
    for (let i = 0; i < lines.count; i++) {
      const m = measure(lines, i);
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
    for (let i = 0; i < lines.count; i++) {
      const m = measure(lines, i);
      if (m >= usual - below && m <= usual + above) near++;
    }
    if (near < 4 || near < candidates * NEAR_SHARE) continue;
    let cut = 0;
    for (let i = 0; i < lines.count; i++) {
      const m = measure(lines, i);
      if (m < usual - below || m > usual + above) continue;
      const text = lineText(folded, i);
      // Headings of a clause or two (（一）加强组织领导，压实法治建设责任) are whole lines of their own, no text cut.
      if (CUT_TEXT.test(text) && !TERMINAL_END.test(text) && !matchMarker(text)) cut++;
    }
    if (cut >= 3 && cut >= near * CUT_SHARE) return { measure, usual };
  }
  return null;
}

const NOISE = [SPAM, WATERMARK];

/**
 * Whether a pattern of `NOISE` matches anywhere in the folded text: one search of
 * it all, so that lines are searched only when some line holds a match (these
 * patterns have no anchors or lookarounds, so a line's match is a match in it).
 */
function occursIn(pattern: RegExp, all: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(all);
  pattern.lastIndex = 0;
  return found;
}

/** Folded ranges of the `noise` patterns inside a line of text starting at folded offset `from`. */
function inlineNoise(text: string, from: number, noise: readonly RegExp[]): Array<[number, number]> | null {
  let cuts: Array<[number, number]> | null = null;
  for (const pattern of noise) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) (cuts ??= []).push([from + m.index, from + m.index + m[0].length]);
  }
  return cuts?.sort((a, b) => a[0] - b[0]) ?? null;
}

/**
 * Whether a group of wrapped lines is a title, complete whatever its width: the
 * first paragraph of the text ending in 报告/情况…, or, before the first heading,
 * one line without a comma ending in 报告/总结 (a title after a cover letter).
 */
function endsTitle(folded: FoldedLines, group: Group, opening: boolean, headed: boolean): boolean {
  if (group.entry !== null) return false;
  const last = lineText(folded, group.last);
  if (opening && TITLE_END.test(last) && group.length <= MAX_TITLE) return true;
  return !headed && group.lines === 1 && REPORT_END.test(last) && !last.includes('，');
}

/** Whether a blank line stands in the source between line `i` and the line before it. */
function blankBefore(folded: FoldedLines, source: string, i: number): boolean {
  if (i === 0) return false;
  let breaks = 0;
  for (let at = folded.lines.end(i - 1), end = folded.lines.start(i); at < end; at++) if (source.charCodeAt(at) === 0x0a && ++breaks === 2) return true;
  return false;
}

/** Whether blank lines in a hard-wrapped source stand between paragraphs (some lines), not between all of them. */
function blankLinesSeparate(folded: FoldedLines, source: string): boolean {
  let blanks = 0;
  for (let i = 1; i < folded.lines.count; i++) if (blankBefore(folded, source, i)) blanks++;
  return blanks > 0 && blanks * 2 < folded.lines.count;
}

/** Whether line `i` opens with an indent (spaces, tabs, full-width spaces). */
function indented(folded: FoldedLines, source: string, i: number): boolean {
  const c = source.charCodeAt(folded.lines.start(i));
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/**
 * Whether indents in a hard-wrapped source open paragraphs: some lines are indented, most are
 * not (the lines that carry a paragraph on start at the margin).
 */
function indentsSeparate(folded: FoldedLines, source: string): boolean {
  let indents = 0;
  for (let i = 0; i < folded.lines.count; i++) if (indented(folded, source, i)) indents++;
  return indents > 0 && indents * 2 < folded.lines.count;
}

/**
 * Whether a heading ends before line `i`: a group that opens with a marker, and a blank line
 * after it where blank lines separate paragraphs (a heading as wide as the page takes no text in).
 */
function headingEnds(folded: FoldedLines, source: string, group: Group, i: number): boolean {
  return group.lines === 1 && matchMarker(lineText(folded, group.last)) !== null && blankBefore(folded, source, i);
}

/** Whether the line `next` carries on the paragraph of hard-wrapped lines `group`. */
function continues(source: string, folded: FoldedLines, group: Group, next: string, wrap: Wrap): boolean {
  if (wrap.measure(folded.lines, group.last) < wrap.usual * FULL_LINE) return false;
  if (laidOutInSpaces(source, folded, group.last)) return false;
  if (TERMINAL_END.test(lineText(folded, group.last))) return false;
  if (matchMarker(next) !== null) return false;
  // 三、党政主要负责人履行推进法治建设第一责任人职责情况 / 局主要负责人…: a top heading as wide as the page that ends on the
  // words a part's heading ends on is whole, unless the next line joins on to it (及2023年工作安排).
  if (group.lines === 1 && HEADING_DONE.test(lineText(folded, group.last)) && !JOINS_ON.test(next)) return false;
  // 规范性文件制定：5件 / 合法性审查：204件: a line of a label and its figure alone, and a label after it, are items of a list,
  // however short the lines that make a text of them look wrapped.
  if (labelledItems(lineText(folded, group.last), next)) return false;
  return true;
}

/** A top heading that ends on the words a part's heading ends on (二、存在的主要问题, 三、…第一责任人职责情况). */
const HEADING_DONE = /^[一二三四五六七八九十]{1,2}、[^，,。；;：:]{4,40}(?:情况|成效|问题|不足|原因|计划|打算|安排|思路|举措)$/;
/** Words that join a line on to the one before (及2023年工作安排, 和下一步打算). */
const JOINS_ON = /^(?:及|和|与|以及|暨|并)/;
/** A line of a label, its colon and its figure alone (规范性文件制定：5件, 12345热线工单：31,402件, 培训人次：约2,600人次, “双随机”抽查：2,318户次). */
const LABEL_FIGURE_LINE = /^[“\u4e00-\u9fff\d][\u4e00-\u9fff\d、（）()“”]{1,15}[：:](?:约|近|超|逾|共)?[\d,.]+(?:余|多)?[\u4e00-\u9fff%％]{1,3}$/;
/** A line that opens with a label and its colon: an item of its own (…，无败诉 / 负责人出庭应诉率：100%; 行政诉讼：被诉2件，无败诉 / 另，…; 行政复议、行政诉讼：无). */
export const LABEL_OPENS = /^[\u4e00-\u9fff][\u4e00-\u9fff、]{1,15}[：:]/;

/**
 * Whether `line`, a label and its figure alone, and `next`, a label of its own, are items of one list of labelled lines; or
 * `line` opens with a label and `next` is a label and its figure alone (罚没金额合计：3,128.65万元（上年为2,865.41万元） /
 * 法制审核数量：1,832件).
 */
export function labelledItems(line: string, next: string): boolean {
  return LABEL_FIGURE_LINE.test(line) ? LABEL_OPENS.test(next) || LABEL_FIGURE_LINE.test(next) : LABEL_OPENS.test(line) && LABEL_FIGURE_LINE.test(next);
}

/** A run of spaces at least this wide sets a line's parts apart; letter spacing is one space a character. */
const LAID_OUT_RUN = 8;

/**
 * Whether line `i` is laid out in spaces, not cut by the page: spaces take more than a third of it, and
 * some stand in a wide run (a signature date set to the right, a document number and its signer set
 * apart), not one between each character (a justified line spaced out letter by letter).
 */
function laidOutInSpaces(source: string, { codes, lines }: FoldedLines, i: number): boolean {
  let text = 0;
  for (let at = lines.from(i); at < lines.to(i); at++) text += widthOf(codes[at] ?? 0);
  if ((lines.width(i) - text) * 3 <= lines.width(i)) return false;
  let run = 0;
  for (let at = lines.start(i); at < lines.end(i); at++) {
    const c = source.charCodeAt(at);
    run = isSpace(c) ? run + widthOf(c) : 0;
    if (run >= LAID_OUT_RUN) return true;
  }
  return false;
}
