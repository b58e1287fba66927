// Paragraphs a page says twice word for word: a copy pasted again, or a block its template printed twice.
// A reader counts their figures once, where they are first said.
import { DIGIT } from './pick.js';

/** Shorter lines may well be said twice (无, 同上, a table's row of labels): only a paragraph this long is a copy. */
const MIN_REPEATED = 40;

/** The lines of `text` that repeat an earlier line of figures, as [start, end) offsets, ascending. */
export function repeatedLines(text: string): Array<[number, number]> {
  const seen = new Set<string>();
  const repeated: Array<[number, number]> = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).trim();
    if (line.length >= MIN_REPEATED && DIGIT.test(line)) {
      if (seen.has(line)) repeated.push([start, end]);
      else seen.add(line);
    }
    start = end + 1;
  }
  return repeated;
}

/** Whether `at` stands in one of the spans. */
export function inSpans(spans: Array<[number, number]>, at: number): boolean {
  return spans.some(([start, end]) => at >= start && at < end);
}
