// The sentence around a mention, for showing a figure where it came from.
// Reports extracted from PDF break lines (and leave blank lines) inside
// sentences, so a sentence ends at its punctuation, not at a line end.

export interface InSentence {
  before: string;
  text: string;
  after: string;
}

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);
/** Code points kept on each side at most, so that a run-on paragraph does not fill the screen. */
const REACH = 60;

/** `codePoints` is the source as an array of code points; start/end are code-point offsets. */
export function sentenceAround(codePoints: readonly string[], start: number, end: number): InSentence {
  let from = start;
  while (from > 0 && start - from < REACH && !SENTENCE_END.has(codePoints[from - 1] ?? '')) from--;
  let to = end;
  while (to < codePoints.length && to - end < REACH && !SENTENCE_END.has(codePoints[to - 1] ?? '')) to++;
  const cutBefore = from > 0 && !SENTENCE_END.has(codePoints[from - 1] ?? '');
  const cutAfter = to < codePoints.length && !SENTENCE_END.has(codePoints[to - 1] ?? '');
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
