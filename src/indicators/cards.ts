// Key figures laid out as cards, as a post's 数说 block has them: a figure alone on its line with
// its caption on the line below or above (1268件 / 作出行政处罚决定), or after a dash on its own
// line (312宗——作出行政处罚决定). The finder reads each card as one sentence, caption first.
import { FIGURE_FIRST } from '../normalise/cells.js';
import { matchMarker } from '../normalise/markers.js';
import { blankLineAt, type Normalised } from '../normalise/normalise.js';

/** A figure and its caption, as offsets in the normalised text. */
export interface Card {
  figureStart: number;
  figureEnd: number;
  captionStart: number;
  captionEnd: number;
}

/** A figure alone on its line. */
const FIGURE_LINE = new RegExp(`^${FIGURE_FIRST}$`);
/** A figure, a dash, and its caption on one line (3860户次——全年开展各类卫生监督检查, 1.26万件——12345热线转办工单, 4527家——“双随机”抽查对象). */
const DASHED_LINE = new RegExp(`^(${FIGURE_FIRST})(?:——|—|－－?|--?)(?=[\\u4e00-\\u9fff“"\\d])`);
/** Some line opens with a figure that may stand alone or before a dash: the cheap test that most texts fail. */
const ANY_CARD = new RegExp(`^${FIGURE_FIRST}(?:$|——|—|－|-)`, 'm');
/** A caption: words, no sentence (no full stop, no figure counted in it), not a heading (【矛盾化解】). */
const MAX_CAPTION = 30;
const CJK = /[\u4e00-\u9fff]/;
const SENTENCE_MARK = /[。！？!?；;]/;
const COUNT = /(?<![\d.,])\d[\d.,]*(?:余|多)?[万亿]?(?:[%％件宗起次人项家个份场期批户元])/;
const BRACKETED = /^【.*】$/;
/** A gloss in brackets, such as a change (（同比下降4.2%）): no count of the caption's. */
const GLOSS = /（[^（）]{0,20}）/g;
/** Lines from a header to the last caption of a run of at least two cards. */
const MIN_HEADED_RUN = 4;
/** A caption that ends in a colon labels the line after it (行政处罚案件： / 236起). */
const LABEL_END = /[：:]$/;

type Kind = 'figure' | 'caption' | 'other';

function kindOf(line: string): Kind {
  if (FIGURE_LINE.test(line)) return 'figure';
  const caption =
    line.length >= 2 &&
    line.length <= MAX_CAPTION &&
    CJK.test(line) &&
    !SENTENCE_MARK.test(line) &&
    !COUNT.test(line.replace(GLOSS, '')) &&
    !BRACKETED.test(line) &&
    matchMarker(line) === null;
  return caption ? 'caption' : 'other';
}

/**
 * The cards of a text. A figure's caption is the line above when that line ends in a colon;
 * else the run of lines that alternate between figures and captions (no blank line, heading
 * or sentence between) tells: a run that opens with a figure has each caption below its figure,
 * one that opens with a caption and ends with a figure each above, and one that opens and ends
 * with captions is read as the text's other runs are, or else below where a header opens it.
 */
export function readCards(norm: Normalised): Card[] {
  const { text } = norm;
  if (!ANY_CARD.test(text)) return [];
  const starts: number[] = [];
  const kinds: Kind[] = [];
  // Whether a blank line of the source stands before the line: it ends a run.
  const apart: boolean[] = [];
  const cards: Card[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const dashed = DASHED_LINE.exec(line);
    if (dashed && kindOf(line.slice(dashed[0].length)) === 'caption') {
      const figureEnd = start + (dashed[1]?.length ?? 0);
      cards.push({ figureStart: start, figureEnd, captionStart: start + dashed[0].length, captionEnd: end });
    }
    starts.push(start);
    kinds.push(dashed ? 'other' : kindOf(line));
    apart.push(start > 0 && blankLineAt(norm, start - 1));
    start = end + 1;
  }
  const lineEnd = (i: number) => (starts[i + 1] ?? text.length + 1) - 1;
  const joined = (i: number) => i > 0 && i < kinds.length && !apart[i];
  // 数说2023 / 1268件 / 作出行政处罚决定 / 32.5万元 / 罚款: a run of cards that opens and ends with words opens with its
  // header; not one card and a remark (行政诉讼 / 3件 / 一审均胜诉), nor where the words before the run are a caption's
  // too (行政许可 / 处理决定 / 48652件 / 行政处罚 / …), or those after it (… / 3场 / 执法监督 / 开展执法案卷评查 / …).
  const headed = (first: number, last: number) =>
    last - first >= MIN_HEADED_RUN && !(joined(first) && kinds[first - 1] === 'caption') && !(joined(last + 1) && kinds[last + 1] === 'caption');
  // Each figure line's run: the lines that alternate between figures and captions around it.
  const runs = new Map<number, { first: number; last: number }>();
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'figure') continue;
    let first = i;
    while (joined(first) && kinds[first - 1] !== 'other' && kinds[first - 1] !== kinds[first]) first--;
    let last = i;
    while (joined(last + 1) && kinds[last + 1] !== 'other' && kinds[last + 1] !== kinds[last]) last++;
    runs.set(i, { first, last });
  }
  // A run that opens with a figure has its captions below; one that opens with a caption and ends with a figure, above.
  // One that opens and ends with captions may be either: the text's other runs tell, where they agree.
  const below = new Set<number>();
  const above = new Set<number>();
  for (const { first, last } of runs.values()) (kinds[first] === 'figure' ? below : kinds[last] === 'figure' ? above : null)?.add(first);
  for (const [i, { first, last }] of runs) {
    const captionAbove = joined(i) && kinds[i - 1] === 'caption' ? i - 1 : -1;
    const captionBelow = joined(i + 1) && kinds[i + 1] === 'caption' ? i + 1 : -1;
    const labelled = captionAbove >= 0 && LABEL_END.test(text.slice(starts[captionAbove] ?? 0, lineEnd(captionAbove)));
    const firstAbove = kinds[first] === 'caption' && (kinds[last] === 'figure' || (above.size === below.size ? !headed(first, last) : above.size > below.size));
    const caption = labelled || firstAbove ? captionAbove : captionBelow;
    if (caption < 0 || (caption === captionBelow && LABEL_END.test(text.slice(starts[captionBelow] ?? 0, lineEnd(captionBelow))))) continue;
    cards.push({ figureStart: starts[i] ?? 0, figureEnd: lineEnd(i), captionStart: starts[caption] ?? 0, captionEnd: lineEnd(caption) });
  }
  return cards.sort((a, b) => a.figureStart - b.figureStart);
}

/** What reading cards rests on, for the rule set's description. */
export const CARD_RULES = { figureLine: FIGURE_LINE.source, dashedLine: DASHED_LINE.source, count: COUNT.source, maxCaption: MAX_CAPTION, labelEnd: LABEL_END.source, minHeadedRun: MIN_HEADED_RUN };
