// In a hard-wrapped source, a line break that normalise could not tell from a
// paragraph end may still split a sentence, or even a figure (听证 2 / 起).
// Here such breaks are dropped before figures are looked for: a break stays
// only after a sentence end or the title, before or after a heading, at a blank line of a
// source that is not hard-wrapped or after a line of it that ends in a figure, between
// two numbers (a flattened table's cells), or after a row of a flattened table.
import { matchMarker } from '../normalise/markers.js';
import type { Normalised } from '../normalise/normalise.js';
import { countAtOrBefore } from '../model/sorted.js';

export interface Joined {
  text: string;
  /** Index in the normalised text of a character of `text` (of its end, for `text.length`). */
  toNorm(index: number): number;
}

const ENDS_SENTENCE = /[。！？!?；;：:|]["”’」』]?$/;
const DIGIT = /[0-9]/;
/** A line that is one number: a table cell, not a wrapped sentence. */
const CELL = /^[0-9.,%]+$/;
/** A heading alone on its line: a marker, short, no clause inside (三、2024年工作计划). */
const MAX_HEADING = 40;
const CLAUSE_MARK = /[，,。；;]/;
const SENTENCE_MARK = /[。；;！？!?]/;
const BLANK_LINE = /\n[ \t\u3000\r]*\n/;
/** A line that ends in a figure and its unit, and a next one that opens with words: data lines (查封扣押　5件 / 申请法院强制执行　2件). */
const ENDS_IN_FIGURE = /\d(?:(?![万亿余多千百十])[\u4e00-\u9fff]){1,2}$/;
const OPENS_WITH_WORDS = /^[\u4e00-\u9fff]/;
/** A row of a table flattened to text, two cells or more, as normalised (罚款金额2,314.56万元；查封扣押43件). */
const DATA_ROW = /^[\u4e00-\u9fff（）]{2,12}[\d,.]+[\u4e00-\u9fff%]{1,2}(?:；[\u4e00-\u9fff（）]{2,12}[\d,.]+[\u4e00-\u9fff%]{1,2})+$/;
/** A line that opens with a label and its colon: an item of its own (…，无败诉 / 负责人出庭应诉率：100%). */
const LABEL_OPENS = /^[\u4e00-\u9fff]{2,12}[：:]/;
/** A row of a label, its unit in brackets, and its number (行政检查（次）：264): the line is whole. */
const LABELLED_CELL = /^[^，,。；;]{1,20}[（(][\u4e00-\u9fff]{1,2}[）)][：:]\d[\d,.]*$/;
/** A line opening with a number's thousands, its comma read as a clause's where the line began (1,206批3 / ,658人次). */
const OPENS_WITH_THOUSANDS = /^，\d{3}(?!\d)/;
/** A line ending in a number's comma, read as a clause's, and the next opening with the thousands it cuts (3, / 087.6万元). */
const ENDS_WITH_GROUP_COMMA = /\d，$/;
const OPENS_WITH_GROUP = /^\d{3}(?!\d)/;

/** `marks`: what a heading may not hold; in a text not hard-wrapped, a heading may be of two clauses ((二)严格规范执法，依法查处各类违法行为). */
function isHeading(line: string, marks = CLAUSE_MARK): boolean {
  return line.length <= MAX_HEADING && matchMarker(line) !== null && !marks.test(line);
}

/**
 * Whether the source has a blank line between the two normalised characters around `at`, not
 * one around a page's footer or header (…投诉举报163 / (blank) / 第 2 页 共 5 页 / 件，均按…): a page
 * break cuts a sentence wherever it falls.
 */
function blankLineAt(norm: Normalised, at: number): boolean {
  const from = norm.toSource[at - 1] ?? 0;
  const to = norm.toSource[at + 1] ?? from;
  if (!BLANK_LINE.test(norm.source.slice(from, to))) return false;
  return !norm.chrome.some((line) => line.kind === 'furniture' && line.start >= from && line.end <= to);
}

/** `paragraphEnds`: offsets where a break stays whatever the line before it looks like (a title's end). */
export function joinSoftBreaks(norm: Normalised, paragraphEnds: readonly number[] = []): Joined {
  const { text } = norm;
  // Where each dropped break would have stood in the joined text: the characters
  // from there on stand one further along in the normalised text per break.
  const dropped: number[] = [];
  // Pieces joined once at the end: one flat string, which the character-by-character
  // scans after this read faster than a chain of concatenations.
  const pieces: string[] = [];
  let from = 0;
  // Each break `at`, between the line that starts at `lineStart` and the one that ends at `nextBreak`.
  for (let at = text.indexOf('\n'), lineStart = 0; at !== -1; ) {
    const nextBreak = text.indexOf('\n', at + 1);
    const before = text.slice(Math.max(0, at - 2), at);
    const next = text.slice(at + 1, nextBreak === -1 ? text.length : nextBreak);
    const hard =
      at === 0 ||
      paragraphEnds.includes(at) ||
      ENDS_SENTENCE.test(before) ||
      matchMarker(next) !== null ||
      isHeading(text.slice(lineStart, at)) ||
      (!norm.wrapped && isHeading(text.slice(lineStart, at), SENTENCE_MARK)) ||
      (!norm.wrapped && (blankLineAt(norm, at) || LABEL_OPENS.test(next) || (ENDS_IN_FIGURE.test(text.slice(Math.max(0, at - 3), at)) && OPENS_WITH_WORDS.test(next)))) ||
      (DIGIT.test(text.charAt(at - 1)) && DIGIT.test(text.charAt(at + 1)) && (CELL.test(next) || CELL.test(text.slice(lineStart, at)))) ||
      (DIGIT.test(text.charAt(at - 1)) && LABELLED_CELL.test(text.slice(lineStart, at))) ||
      DATA_ROW.test(text.slice(lineStart, at));
    if (!hard) {
      // The comma goes back to the number it cuts, as on one line (3,087.6).
      const groupCut = ENDS_WITH_GROUP_COMMA.test(before) && OPENS_WITH_GROUP.test(next);
      pieces.push(groupCut ? `${text.slice(from, at - 1)},` : text.slice(from, at));
      dropped.push(at - dropped.length);
      from = at + 1;
      // So does one that opens the next line (3 / ,658).
      if (DIGIT.test(text.charAt(at - 1)) && OPENS_WITH_THOUSANDS.test(next)) {
        pieces.push(',');
        from = at + 2;
      }
    }
    lineStart = at + 1;
    at = nextBreak;
  }
  if (pieces.length === 0) return { text, toNorm: (index) => index };
  pieces.push(text.slice(from));
  return { text: pieces.join(''), toNorm: (index) => index + countAtOrBefore(dropped, index) };
}
