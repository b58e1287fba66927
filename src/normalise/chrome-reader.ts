// Lines read in order and told apart as chrome or report, with the context a
// single line lacks: a label's value on the next line, a table of contents,
// running headers, the head of a page.
import { chromeKind, type ChromeKind, LABEL_ONLY, PIPE_TRAIL } from './chrome.js';
import { type FoldedLines, lineText } from './lines.js';
import { matchMarker } from './markers.js';

/** Lines of the head (before any running text) where breadcrumb rows are trusted. */
const HEAD_LINES = 15;
/** A short line met this often in paginated text is a running header or footer. */
const RUNNING_HEADER_TIMES = 3;
const MAX_RUNNING_HEADER = 40;

export class ChromeReader {
  /** Label of the line before when the line just read is the value of a label alone (`发布时间：`), else null. */
  label: string | null = null;
  private readonly repeats: Uint8Array | null;
  private seen = 0;
  private started = false; // a line of running text has been seen
  private pendingLabel: string | null = null;
  private contents: string | null | undefined; // undefined: not in a table of contents

  constructor(
    folded: FoldedLines,
    private readonly wrapped: boolean,
  ) {
    this.repeats = wrapped ? runningHeaders(folded) : null;
  }

  /** The kind of chrome line `i` (whose text is `text`) is, or null; lines must be read in order. */
  read(i: number, text: string): ChromeKind | null {
    this.label = null;
    this.seen++;
    if (this.repeats?.[i]) return 'furniture';
    if (this.pendingLabel !== null) {
      const label = this.pendingLabel;
      this.pendingLabel = null;
      if (text.length <= 30 && !text.includes('。') && chromeKind(text, this.wrapped) === null) {
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
    const kind = chromeKind(text, this.wrapped) ?? (!this.started && this.seen <= HEAD_LINES && PIPE_TRAIL.test(text) ? 'navigation' : null);
    if (kind === null && (text.length > 30 || text.includes('。'))) this.started = true;
    if (kind === 'contents') this.contents = null;
    if (kind !== null && LABEL_ONLY.test(text)) this.pendingLabel = text.slice(0, -1);
    return kind;
  }
}

/** Lines that repeat page after page, flagged by index; the first of each stays (it may be the title). */
function runningHeaders(folded: FoldedLines): Uint8Array {
  const { lines } = folded;
  const firstIndex = new Map<string, number>();
  const first = new Int32Array(lines.count).fill(-1); // per line: the first line with its text
  const times = new Int32Array(lines.count); // per first line: how often its text is met
  for (let i = 0; i < lines.count; i++) {
    if (lines.to(i) - lines.from(i) > MAX_RUNNING_HEADER) continue;
    const text = lineText(folded, i);
    if (matchMarker(text) !== null) continue;
    const at = firstIndex.get(text) ?? i;
    if (at === i) firstIndex.set(text, i);
    first[i] = at;
    times[at] = (times[at] ?? 0) + 1;
  }
  const repeats = new Uint8Array(lines.count);
  for (let i = 0; i < lines.count; i++) {
    const at = first[i] ?? -1;
    if (at >= 0 && at !== i && (times[at] ?? 0) >= RUNNING_HEADER_TIMES) repeats[i] = 1;
  }
  return repeats;
}

/** A contents entry without its dot leader and page number: `一、总体情况……3` → `一、总体情况`. */
function entry(text: string): string {
  let end = text.length;
  while (end > 0 && /\d/.test(text[end - 1] ?? '')) end--;
  while (end > 0 && LEADER.includes(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

const LEADER = '.…·';
