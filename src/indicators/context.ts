// Where a figure stands: its paragraph, sentence and clause, the paragraph's
// topic so far, and a copy of the text with book titles blanked out (a cue
// inside 《罚款处罚规定》 names a document, not an act). All computed once, in
// linear passes.
import { charSet, firstIn } from './chars.js';
import type { Topic } from './types.js';

/** Stands for a character inside a book title; no cue contains it. */
export const MASK = '□';
const MAX_TITLE = 60;

export interface Context {
  text: string;
  /** `text` with the inside of 《…》 replaced by MASK. */
  masked: string;
  /** Start of the paragraph (line) of each position. */
  paraStart: Int32Array;
  /** Start of the sentence (after 。；！？) of each position. */
  sentStart: Int32Array;
  /** Start of the full sentence (after 。！？, a ； does not end it) of each position. */
  stopStart: Int32Array;
  topicAt(position: number): Topic | null;
}

/** A pipe separates table cells: a cue in one cell names nothing in another. */
const SENTENCE_END = '。；;！!？?\n|';
const STOP_END = '。！!？?\n';

/** Per character code: 1 ends a sentence, 2 ends a full sentence too, 4 ends a paragraph. */
const ENDS = new Uint8Array(0x10000);
for (const c of SENTENCE_END) ENDS[c.charCodeAt(0)] = 1;
for (const c of STOP_END) ENDS[c.charCodeAt(0)] = 3;
ENDS[0x0a] = 7;

/** Marks that end a clause: a cue does not reach over them to a figure after them. */
export const CLAUSE_END = charSet('，,；;。！!？?\n：:（(）)|');

const TOPICS: ReadonlyArray<[RegExp, Topic]> = [
  [/复议/g, 'reconsideration'],
  [/诉讼|应诉/g, 'litigation'],
  [/信访|来信|来访|上访/g, 'petition'],
];

export function buildContext(text: string): Context {
  const n = text.length;
  const paraStart = new Int32Array(n + 1);
  const sentStart = new Int32Array(n + 1);
  const stopStart = new Int32Array(n + 1);
  let para = 0;
  let sent = 0;
  let stop = 0;
  for (let i = 0; i <= n; i++) {
    paraStart[i] = para;
    sentStart[i] = sent;
    stopStart[i] = stop;
    const ends = i < n ? (ENDS[text.charCodeAt(i)] ?? 0) : 0;
    if (ends !== 0) {
      sent = i + 1;
      if (ends & 2) stop = i + 1;
      if (ends & 4) para = i + 1;
    }
  }
  const topics = topicMarks(text);
  return {
    text,
    masked: maskTitles(text),
    paraStart,
    sentStart,
    stopStart,
    topicAt(position) {
      // Last topic mark before `position` within its paragraph.
      let lo = 0;
      let hi = topics.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((topics[mid]?.at ?? 0) < position) lo = mid + 1;
        else hi = mid;
      }
      const mark = topics[lo - 1];
      return mark && mark.at >= (paraStart[position] ?? 0) ? mark.topic : null;
    },
  };
}

function topicMarks(text: string): Array<{ at: number; topic: Topic }> {
  const marks: Array<{ at: number; topic: Topic }> = [];
  for (const [pattern, topic] of TOPICS) {
    for (const m of text.matchAll(pattern)) marks.push({ at: m.index, topic });
  }
  return marks.sort((a, b) => a.at - b.at);
}

function maskTitles(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('《'); open !== -1; open = text.indexOf('《', from)) {
    const close = text.indexOf('》', open + 1);
    const newline = text.indexOf('\n', open + 1);
    if (close === -1 || close - open > MAX_TITLE || (newline !== -1 && newline < close)) {
      out += text.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    out += text.slice(from, open + 1) + MASK.repeat(close - open - 1);
    from = close;
  }
  return out + text.slice(from);
}

/** First clause-ending mark at or after `from` (or `limit`). */
export function clauseEnd(text: string, from: number, limit: number): number {
  return firstIn(text, CLAUSE_END, from, limit);
}
