// Lines read in order and told apart as chrome or report, with the context a
// single line lacks: a label's value on the next line, a table of contents,
// running headers, the head of a page. One pass of its own over the lines: run
// between the grouping steps of each line, the rules ran a sixth slower.
import { CHROME_KINDS, chromeKind, type ChromeKind, COMMENTS_HEADER, LABEL_ONLY, LINK_ITEM, LINKS_HEADER, PIPE_TRAIL } from './chrome.js';
import { FIGURE_FIRST } from './cells.js';
import { Kept } from './kept.js';
import { type FoldedLines, lineText } from './lines.js';
import { matchMarker } from './markers.js';

/** Lines of the head (before any running text) where breadcrumb rows are trusted. */
const HEAD_LINES = 15;
/** A short line met this often in paginated text is a running header or footer. */
const RUNNING_HEADER_TIMES = 3;
/** The date under a signature. */
const SIGNATURE_DATE = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/;

/** Whether line i signs the text: over the date, at its end or before the appendices that follow it. */
function signs(folded: FoldedLines, i: number): boolean {
  return SIGNATURE_DATE.test(nextText(folded, i));
}
const MAX_RUNNING_HEADER = 40;

export interface LineChrome {
  /** Per line: 0 for the report, else 1 + the index of its kind in CHROME_KINDS. */
  kinds: Uint8Array;
  /** By line: the label of the line before, for a line that is the value of a label alone (`发布时间：`). */
  labels: Map<number, string>;
}

export function chromeOf(chrome: LineChrome, i: number): ChromeKind | null {
  const kind = chrome.kinds[i] ?? 0;
  return kind === 0 ? null : (CHROME_KINDS[kind - 1] ?? null);
}

const KINDS = new Kept((length) => new Uint8Array(length));
const FIRST = new Kept((length) => new Int32Array(length));
const TIMES = new Kept((length) => new Int32Array(length));
const REPEATS = new Kept((length) => new Uint8Array(length));
const BUCKET_COUNTS = new Kept((length) => new Int32Array(length));

/** `spam`: whether advertising occurs somewhere in the text. Valid until the next call. */
export function readChrome(folded: FoldedLines, wrapped: boolean, spam: boolean): LineChrome {
  const { lines } = folded;
  const chrome: LineChrome = { kinds: KINDS.take(lines.count), labels: new Map() };
  const reader = new Reader(wrapped ? runningHeaders(folded) : null, wrapped, spam);
  for (let i = 0; i < lines.count; i++) {
    // ● 一般程序案件 / 2,037件: a bulleted caption over its figure is a card of the report, no metadata item.
    const bulleted = folded.bulleted.has(i) && !COUNT_OPENS.test(nextText(folded, i));
    const kind = reader.read(i, lineText(folded, i), bulleted);
    if (kind !== null) chrome.kinds[i] = CHROME_KINDS.indexOf(kind) + 1;
    if (reader.label !== null) chrome.labels.set(i, reader.label);
  }
  headersAtPageBreaks(folded, chrome.kinds);
  if (wrapped) repeatedLines(folded, chrome.kinds);
  return chrome;
}

/** The shortest line whose repeat is taken for the extraction's double: shorter ones may be cells or words alike. */
const MIN_REPEATED = 8;

/**
 * A line of a paginated text that repeats the line of text before it, page furniture between them
 * or none: text drawn twice (a bold heading) or carried over a page break, extracted twice.
 */
function repeatedLines(folded: FoldedLines, kinds: Uint8Array): void {
  let last = '';
  for (let i = 0; i < folded.lines.count; i++) {
    const text = lineText(folded, i).trim();
    if (kinds[i] !== 0 || text === '') continue;
    if (text === last && text.length >= MIN_REPEATED) kinds[i] = FURNITURE;
    else last = text;
  }
}

/** A line that opens with a count (2,037件, 1.2万元, 100%), not a date (2024年). */
const COUNT_OPENS = new RegExp(`^${FIGURE_FIRST}`);

/** The text of the first line after line i that holds any, or ''. */
function nextText(folded: FoldedLines, i: number): string {
  for (let next = i + 1; next < folded.lines.count; next++) {
    const text = lineText(folded, next);
    if (text !== '') return text;
  }
  return '';
}

const FURNITURE = CHROME_KINDS.indexOf('furniture') + 1;
/** A mark that only running text holds, no title, header or link. */
const SENTENCE_MARK = /[，。]/;
const FULL_STOP = '。';
/** The longest title of another page in a list of links. */
const MAX_LINK_TITLE = 40;
/** The first lines of a text, whose words a page's running header repeats (its title, its body's name). */
const PAGE_HEAD_LINES = 3;

/**
 * A line beside a page number that repeats one of the first lines of the text, or a part of
 * one (the body's name out of the title), is that page's header (办理行政处罚案件21 / - 2 - /
 * <title> / 6件), though it occurs too seldom to count as running: the text goes on over it.
 * So is the first of a running header's lines, which the repeats leave as text.
 */
function headersAtPageBreaks(folded: FoldedLines, kinds: Uint8Array): void {
  const head: string[] = [];
  for (let i = 0; i < Math.min(PAGE_HEAD_LINES, folded.lines.count); i++) {
    const text = lineText(folded, i);
    if (!SENTENCE_MARK.test(text)) head.push(text);
  }
  // A title over two lines (某局 / 2021年度…报告) runs as one header line.
  head.push(...head.slice(1).map((line, k) => head[k] + line));
  let running: Set<string> | null = null;
  const isRunning = (text: string): boolean => {
    running ??= runningTexts(folded, kinds);
    return running.has(text);
  };
  for (let i = 0; i < folded.lines.count; i++) {
    // A page number, not a header found by repeating.
    if (kinds[i] !== FURNITURE || !isPageNumber(lineText(folded, i))) continue;
    footnotesBefore(folded, i, kinds);
    for (const j of [besideBlank(folded, i, -1), besideBlank(folded, i, 1)]) {
      if (j < PAGE_HEAD_LINES || j >= folded.lines.count || kinds[j] !== 0) continue;
      const text = lineText(folded, j);
      if (text.length < MIN_HEADER || SENTENCE_MARK.test(text)) continue;
      if (head.some((line) => line.includes(text)) || isRunning(text)) kinds[j] = FURNITURE;
    }
  }
}

/** A rule that opens a page's footnotes (——————————). */
const FOOTNOTE_RULE = /^[—_\-－─]{4,}$/;
/** How many lines of footnotes a page's foot may hold between its rule and its number. */
const MAX_FOOTNOTES = 4;

/** The footnotes over the page number at line `page`: a rule, then the notes, all furniture. */
function footnotesBefore(folded: FoldedLines, page: number, kinds: Uint8Array): void {
  for (let j = page - 1; j >= Math.max(0, page - 1 - MAX_FOOTNOTES); j--) {
    if (kinds[j] !== 0 || !FOOTNOTE_RULE.test(lineText(folded, j).trim())) continue;
    for (let k = j; k < page; k++) if (kinds[k] === 0) kinds[k] = FURNITURE;
    return;
  }
}

/** The line next to line i in direction `step`, past one blank line (- 2 - / (blank) / <title>). */
function besideBlank(folded: FoldedLines, i: number, step: 1 | -1): number {
  const j = i + step;
  return j >= 0 && j < folded.lines.count && lineText(folded, j).trim() === '' ? j + step : j;
}

/** A page header is no shorter: 2 characters beside a page number may be a cut word of the text. */
const MIN_HEADER = 4;

/** The texts of the lines already found to be furniture that are no page numbers: running headers. */
function runningTexts(folded: FoldedLines, kinds: Uint8Array): Set<string> {
  const texts = new Set<string>();
  for (let i = 0; i < folded.lines.count; i++) {
    if (kinds[i] !== FURNITURE) continue;
    const text = lineText(folded, i);
    if (!isPageNumber(text)) texts.add(text);
  }
  return texts;
}

/** A page number (- 2 -, 第2页共5页, 3/7), whatever the lines around it. */
function isPageNumber(text: string): boolean {
  return chromeKind(text, true, false) === 'furniture';
}

/** A cheap first test for a line that may end in a date. */
function endsInDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39;
}

/** What a post's closing byline holds, bulleted: a date, or the name of the body or the outlet that posted it. */
const POST_END_ITEM = /\d{4}[-/.年]\d{1,2}|(?:中心|局|委员会|委|办公室|办|政府|街道|台|报|报社|网|发布)$/;

/** Reads lines in order, keeping what a line tells of the next. */
class Reader {
  /** Label of the line before when the line just read is the value of a label alone, else null. */
  label: string | null = null;
  private started = false; // a line of running text has been seen
  private pendingLabel: string | null = null;
  private contents: string | null | undefined; // undefined: not in a table of contents
  private inLinks = false; // after a header of links to other pages, up to the first sentence
  private inComments = false; // after the header of readers' comments, to the page's end

  constructor(
    private readonly repeats: Uint8Array | null,
    private readonly wrapped: boolean,
    private readonly spam: boolean,
  ) {}

  read(i: number, text: string, bulleted: boolean): ChromeKind | null {
    this.label = null;
    if (this.repeats?.[i]) return 'furniture';
    // Readers' comments and the replies to them, under the report: no words of the body's report.
    if (this.inComments || (this.started && COMMENTS_HEADER.test(text))) {
      this.inComments = true;
      return 'comments';
    }
    if (this.pendingLabel !== null) {
      const label = this.pendingLabel;
      this.pendingLabel = null;
      // A value is a date, a name, a count: a line with a clause in it is the text starting.
      if (text.length <= 30 && !text.includes('。') && !text.includes('，') && chromeKind(text, this.wrapped, this.spam, bulleted) === null) {
        this.label = label;
        return 'field';
      }
    }
    if (this.contents !== undefined) {
      // Entries of a table of contents, up to the first heading that repeats one.
      const heading = matchMarker(text) !== null && !text.includes('。');
      if (heading && entry(text) !== this.contents) {
        this.contents ??= entry(text);
        return 'contents';
      }
      this.contents = undefined;
    }
    // Links after their header: titles of other pages, short and no sentence among them (我县查处一起非法行医案件，罚款5万元 is a title).
    if (this.inLinks && !text.includes(FULL_STOP) && text.length <= MAX_LINK_TITLE) return 'navigation';
    this.inLinks = LINKS_HEADER.test(text);
    // A short bulleted line is a page's metadata item before the report starts; after, only a date or a body's name is (●南湖区融媒体中心
    // / ●2025-01-30 under a post), and other words head a part of the post (● 依法科学决策).
    const kind =
      (this.started && endsInDigit(text) && LINK_ITEM.test(text) ? 'navigation' : null) ??
      chromeKind(text, this.wrapped, this.spam, bulleted && (!this.started || POST_END_ITEM.test(text))) ??
      (!this.started && i < HEAD_LINES && PIPE_TRAIL.test(text) ? 'navigation' : null);
    if (kind === null && (text.length > 30 || text.includes('。'))) this.started = true;
    if (kind === 'contents') this.contents = null;
    if (kind !== null && LABEL_ONLY.test(text)) this.pendingLabel = text.endsWith('：') ? text.slice(0, -1) : text;
    return kind;
  }
}

/** Lines that repeat page after page, flagged by index; the first of each stays (it may be the title). */
function runningHeaders(folded: FoldedLines): Uint8Array {
  const { lines } = folded;
  const firstIndex = new Map<string, number>();
  const first = FIRST.take(lines.count, -1); // per line: the first line with its text
  const times = TIMES.take(lines.count); // per first line: how often its text is met
  const buckets = signatureCounts(folded);
  for (let i = 0; i < lines.count; i++) {
    if (lines.to(i) - lines.from(i) > MAX_RUNNING_HEADER) continue;
    if ((buckets[signature(folded, i)] ?? 0) < RUNNING_HEADER_TIMES) continue;
    const text = lineText(folded, i);
    const at = firstIndex.get(text) ?? i;
    if (at === i) firstIndex.set(text, i);
    first[i] = at;
    // The body's name signing the text, over its date at its end, is no page's header (letterhead, title, signature: three times, no header).
    if (!signs(folded, i)) times[at] = (times[at] ?? 0) + 1;
  }
  // A heading is never a running header. Asked only of texts met often enough:
  // whether a line is a heading depends on its text alone.
  const heading = new Map<number, boolean>();
  const isHeading = (at: number): boolean => {
    let known = heading.get(at);
    if (known === undefined) heading.set(at, (known = matchMarker(lineText(folded, at)) !== null));
    return known;
  };
  const repeats = REPEATS.take(lines.count);
  for (let i = 0; i < lines.count; i++) {
    const at = first[i] ?? -1;
    if (at >= 0 && at !== i && (times[at] ?? 0) >= RUNNING_HEADER_TIMES && !isHeading(at)) repeats[i] = 1;
  }
  return repeats;
}

/**
 * A cheap signature of a short line's text, from its length and three of its
 * units, counted by bucket: a text met three times fills its bucket three
 * times, so a line of a thinner bucket is no running header and its text is
 * never looked up (most lines, in a text wrapped short).
 */
const BUCKETS = 4096;

function signature({ codes, lines }: FoldedLines, i: number): number {
  const from = lines.from(i);
  const to = lines.to(i);
  return ((to - from) * 31 + (codes[from] ?? 0) * 7 + (codes[(from + to) >> 1] ?? 0) * 3 + (codes[to - 1] ?? 0)) & (BUCKETS - 1);
}

function signatureCounts(folded: FoldedLines): Int32Array {
  const { lines } = folded;
  const counts = BUCKET_COUNTS.take(BUCKETS);
  for (let i = 0; i < lines.count; i++) {
    if (lines.to(i) - lines.from(i) > MAX_RUNNING_HEADER) continue;
    const bucket = signature(folded, i);
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  return counts;
}

/** A contents entry without its dot leader and page number: `一、总体情况……3` → `一、总体情况`. */
function entry(text: string): string {
  let end = text.length;
  while (end > 0 && /\d/.test(text[end - 1] ?? '')) end--;
  while (end > 0 && LEADER.includes(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

const LEADER = '.…·';
