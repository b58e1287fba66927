// The sentence around a mention, for showing a figure where it came from.
// Reports extracted from PDF break lines (and leave blank lines) inside
// sentences, so a sentence ends at its punctuation, not at a line end; only a
// heading, which has no punctuation of its own, is a fence it never crosses.

export interface InSentence {
  before: string;
  text: string;
  after: string;
}

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);
/** Code points kept on each side at most, so that a run-on paragraph does not fill the screen. */
const REACH = 60;

/**
 * `codePoints` is the source as an array of code points; start/end are code-point
 * offsets; `fences` are offsets the sentence does not reach across (heading bounds).
 */
export function sentenceAround(codePoints: readonly string[], start: number, end: number, fences: readonly number[] = []): InSentence {
  const floor = Math.max(0, ...fences.filter((f) => f <= start));
  const ceiling = Math.min(codePoints.length, ...fences.filter((f) => f >= end));
  const ends = (at: number) => SENTENCE_END.has(codePoints[at - 1] ?? '');
  let from = start;
  while (from > floor && start - from < REACH && !ends(from)) from--;
  let to = end;
  while (to < ceiling && to - end < REACH && !ends(to)) to++;
  const cutBefore = start - from >= REACH && !ends(from);
  const cutAfter = to - end >= REACH && !ends(to);
  return {
    before: (cutBefore ? '…' : '') + oneLine(codePoints.slice(from, start).join('')).trimStart(),
    text: oneLine(codePoints.slice(start, end).join('')),
    after: oneLine(codePoints.slice(end, to).join('')).trimEnd() + (cutAfter ? '…' : ''),
  };
}

/** Line breaks inside a sentence are layout, not words: drop them, and keep other spacing as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, (space) => (space.includes('\n') ? '' : ' '));
}
