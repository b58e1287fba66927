// In a hard-wrapped source, a line break that normalise could not tell from a
// paragraph end may still split a sentence, or even a figure (听证 2 / 起).
// Here such breaks are dropped before figures are looked for: a break stays
// only after a sentence end or the title, before or after a heading, at a blank line of a
// source that is not hard-wrapped or after a line of it that ends in a figure, between
// two numbers (a flattened table's cells), or after a row of a flattened table.
// Key figures laid out as cards are read caption first, and the rows of a table laid out
// in spaces, like cards one after another, end as at a semicolon: the items of one list.
import { matchMarker } from '../normalise/markers.js';
import { blankLineAt, LABEL_OPENS, labelledItems, type Normalised } from '../normalise/normalise.js';
import { countAtOrBefore } from '../model/sorted.js';
import { type Card, readCards } from './cards.js';
import { BREAKDOWN } from './context.js';
import { FIGURE_FIRST } from '../normalise/cells.js';

export interface Joined {
  text: string;
  /** The normalised span of a span of `text`: from its first character to its last, wherever the two stand. */
  normSpan(start: number, end: number): { start: number; end: number };
}

/** 586件[注], 1,234件*, 56.7万元¹: a note's mark glued to a figure's unit. */
const NOTE_MARK = /(?<=\d[\u4e00-\u9fff]{0,2}[件起宗次元人份项户家场期%％])(?:\[(?:注|\d{1,2})\]|［(?:注|\d{1,2})］|[*＊※]|[¹²³⁴⁵⁶⁷⁸⁹])/;
const ENDS_SENTENCE = /[。！？!?；;：:|]["”’」』]?$/;
const DIGIT = /[0-9]/;
/** A line that is one number: a table cell, not a wrapped sentence. */
const CELL = /^[0-9.,%]+$/;
/** A heading alone on its line: a marker, short, no clause inside (三、2024年工作计划). */
const MAX_HEADING = 40;
const CLAUSE_MARK = /[，,。；;]/;
const SENTENCE_MARK = /[。；;！？!?]/;
/** A line that ends in a figure and its unit, maybe its parts' bracket, and a next one that opens with words: data lines (查封扣押　5件 / 申请法院强制执行　2件; 纠错案件　40件（撤销28件） / 直接纠错率; 负责人出庭应诉率100% / 人民调解…). */
const ENDS_IN_FIGURE = /\d(?:[万亿]元|(?:(?![万亿余多千百十])[\u4e00-\u9fff]){1,2}|[%％])[）)]?$/;
const OPENS_WITH_WORDS = /^[“\u4e00-\u9fff]/;
/** A row of a table flattened to text, two cells or more, as normalised (罚款金额2,314.56万元；查封扣押43件). */
const DATA_ROW = /^[\u4e00-\u9fff（）]{2,12}[\d,.]+[\u4e00-\u9fff%]{1,2}(?:；[\u4e00-\u9fff（）]{2,12}[\d,.]+[\u4e00-\u9fff%]{1,2})+$/;
/** A box's title alone on its line (【数说2023】): what follows is the box, not the title's words. */
const BOX_TITLE = /^【[^】\n]{1,20}】$/;
/** A table's caption by its number (表2　2022年受理行政复议案件行为类别情况（单位：件）): it stands alone. */
export const NUMBERED_CAPTION = /^附?表\d{1,2}[^，,。；;]{2,40}?(?:情况|统计|数据|一览|明细|汇总|分类|分布)表?(?:[（(]单位[：:][^（）()]{1,6}[）)])?$/;
/**
 * A line that opens the rows under it: a table's numbered caption, words that end in 如下： or 以下：, or a labelled total alone
 * (全年立案查处各类违法案件：963宗), its parts the rows.
 */
const OPENS_ROWS = new RegExp(String.raw`${NUMBERED_CAPTION.source}|[如以]下[：:]$|(?:^|[\n。；;])[\u4e00-\u9fff（）()、]{2,20}[：:][\d,.]+[\u4e00-\u9fff]{1,2}$`);
/** The header of a table's columns, as a line (项目　数量　单位): it stands alone, and so does the caption above it. */
export const TABLE_HEADER = /^(?:项目|类别|类型|名称|事项|指标|内容|数量|单位|计量单位|件数|数值)+$/;
/** A row of a table flattened with pipes (露天焚烧|2|5000): it ends with its line, whatever follows. */
const PIPED_ROW = /\|/;
/** 其中：道路运输　846件 opens the parts of the row above, which may run on to the lines after it. */
const PARTS_LABEL = /^其中[：:]/;
/** Whether a line opens with a label of its own (行政诉讼：被诉2件，无败诉): it ends with the line. */
function labelLine(line: string): boolean {
  return LABEL_OPENS.test(line) && !PARTS_LABEL.test(line);
}
/**
 * A row of a label, its unit in brackets or after a slash, and its number (行政检查（次）：264, 信访件（件）：约200, 出庭应诉率（%）：100, 行政许可/件：15326), or of a label, its number and
 * then its unit in brackets (行政处罚案件数：1126（件）), maybe with a part after it (行政复议（件）：9，其中被纠错（件）：1): the line is whole.
 */
const LABELLED_CELL_ITEM = String.raw`[^，,。；;]{1,20}(?:(?:[（(](?:[\u4e00-\u9fff]{1,3}|%)[）)]|[/／](?:[\u4e00-\u9fff]{1,3}|%))[：:][\u4e00-\u9fff]{0,2}\d[\d,.]*|[：:][\u4e00-\u9fff]{0,2}\d[\d,.]*[（(][\u4e00-\u9fff]{1,2}[）)])`;
const LABELLED_CELL = new RegExp(`^${LABELLED_CELL_ITEM}(?:[，,]${LABELLED_CELL_ITEM})*$`);
/**
 * A row of a table laid out in spaces, its label, a wide gap, its figure, maybe its share in brackets (审结　　　248件, 行政复议　　三十二件,
 * 区公安分局　　96件（占51.6%）): the line is whole.
 */
const ALIGNED_ROW = /[\u4e00-\u9fff）)：:](?:[ \t\u3000]{3,}|\u3000[ \u3000]| \u3000)[\d０-９〇零一二两三四五六七八九十百千][\d０-９,.，．〇零一二两三四五六七八九十百千万]*[\u4e00-\u9fff%％]{0,3}(?:[（(][^（）()\n]{1,12}[）)])?\s*$/;
/** A line that ends in a figure in numerals and its unit (一千零九十三件). */
const ENDS_IN_NUMERALS = /[〇零一二两三四五六七八九十百千](?:余|多)?(?:(?![万亿余多千百十])[\u4e00-\u9fff]){1,2}$/;
/**
 * A figure alone on its line after a sentence cut short (…等行政许可 / 2156件 / 其中…): a post sets the figure apart to
 * stress it, and the sentence runs on through it. A line that short before it is a card's caption (cards.ts).
 */
const LONE_FIGURE = new RegExp(`^${FIGURE_FIRST}$`);
const ENDS_IN_WORD = /[\u4e00-\u9fff]$/;
const MIN_CUT_SENTENCE = 31;
/** A line opening with a number's thousands, its comma read as a clause's where the line began (1,206批3 / ,658人次). */
const OPENS_WITH_THOUSANDS = /^，\d{3}(?!\d)/;
/** A line ending in a number's comma, read as a clause's, and the next opening with the thousands it cuts (3, / 087.6万元). */
const ENDS_WITH_GROUP_COMMA = /\d，$/;
const OPENS_WITH_GROUP = /^\d{3}(?!\d)/;

/** `marks`: what a heading may not hold; in a text not hard-wrapped, a heading may be of two clauses ((二)严格规范执法，依法查处各类违法行为). */
function isHeading(line: string, marks = CLAUSE_MARK): boolean {
  return line.length <= MAX_HEADING && matchMarker(line) !== null && !marks.test(line);
}

/** `paragraphEnds`: offsets where a break stays whatever the line before it looks like (a title's end, a heading's). */
export function joinSoftBreaks(norm: Normalised, paragraphEnds: readonly number[] = []): Joined {
  const { text } = norm;
  // A text of headings alone has as many ends as lines.
  const ends = new Set(paragraphEnds);
  const cards = readCards(norm);
  // A card's caption above its figure joins it, and the card ends there; a figure with its
  // caption below stands apart, and the break between them goes when the caption is put first.
  const joins = new Set<number>();
  const stays = new Set<number>();
  // Where cards start and end: a run of them is one list, each card an item ending as at a semicolon.
  const cardStarts = new Set<number>();
  const cardEnds = new Set<number>();
  for (const card of cards) {
    if (card.captionStart < card.figureStart) joins.add(card.captionEnd);
    else stays.add(card.figureStart - 1).add(card.captionEnd);
    stays.add(card.figureEnd);
    cardStarts.add(Math.min(card.figureStart, card.captionStart));
    cardEnds.add(Math.max(card.figureEnd, card.captionEnd));
  }
  const out = new Pieces(text, cards);
  let from = 0;
  // Whether the line before the break read is a row laid out in spaces: asked once a line, as the line after one break and the line before the next.
  let row = alignedRow(norm, 0, Math.max(0, text.indexOf('\n')));
  // Whether the rows read stand under a line that opens them (表3-2　…按被申请人分类, …分布如下：): each is a line of its own, read by its label.
  let opened = false;
  // Each break `at`, between the line that starts at `lineStart` and the one that ends at `nextBreak`.
  for (let at = text.indexOf('\n'), lineStart = 0; at !== -1; ) {
    const nextBreak = text.indexOf('\n', at + 1);
    const before = text.slice(Math.max(0, at - 2), at);
    const next = text.slice(at + 1, nextBreak === -1 ? text.length : nextBreak);
    // 行政复议收案数　　286件 / 其中：受理　　261件 / 审结　　248件: rows of a table laid out in spaces are the
    // items of one list, each ending at its figure, as if a semicolon ended it; so are cards one after another.
    const nextRow = alignedRow(norm, at + 1, nextBreak === -1 ? text.length : nextBreak);
    const lineBefore = text.slice(lineStart, at);
    // Not rows that break down the one above (其中：以区政府为被告　　12件): a breakdown reads them as one list.
    opened = nextRow && (opened || OPENS_ROWS.test(lineBefore)) && !next.startsWith(BREAKDOWN);
    if ((row && nextRow && !opened) || (cardEnds.has(at) && cardStarts.has(at + 1))) {
      out.add(from, at);
      out.add(at, at + 1, ROW_END);
      from = at + 1;
      lineStart = at + 1;
      at = nextBreak;
      row = nextRow;
      continue;
    }
    const stressed = LONE_FIGURE.test(next) && lineBefore.length >= MIN_CUT_SENTENCE && ENDS_IN_WORD.test(lineBefore) && !isHeading(lineBefore);
    const hard =
      at === 0 ||
      ends.has(at) ||
      (!joins.has(at) &&
        !stressed &&
        (stays.has(at) ||
          ENDS_SENTENCE.test(before) ||
          matchMarker(next) !== null ||
          isHeading(text.slice(lineStart, at)) ||
          (!norm.wrapped && isHeading(text.slice(lineStart, at), SENTENCE_MARK)) ||
          (!norm.wrapped && (blankLineAt(norm, at) || LABEL_OPENS.test(next) || labelLine(text.slice(lineStart, at)) || BOX_TITLE.test(lineBefore) || (ENDS_IN_FIGURE.test(text.slice(Math.max(0, at - 3), at)) && OPENS_WITH_WORDS.test(next)))) ||
          (DIGIT.test(text.charAt(at - 1)) && DIGIT.test(text.charAt(at + 1)) && (CELL.test(next) || CELL.test(text.slice(lineStart, at)))) ||
          (DIGIT.test(text.charAt(at - 1)) && LABELLED_CELL.test(text.slice(lineStart, at))) ||
          // 规范性文件制定：5件 / 合法性审查：204件: a line of a label and its figure alone ends where it does, in a text that
          // such short lines made look wrapped too.
          labelledItems(lineBefore, next) ||
          row ||
          TABLE_HEADER.test(lineBefore) ||
          NUMBERED_CAPTION.test(lineBefore) ||
          NUMBERED_CAPTION.test(next) ||
          TABLE_HEADER.test(next) ||
          DATA_ROW.test(text.slice(lineStart, at)) ||
          PIPED_ROW.test(text.slice(lineStart, at)) ||
          (!norm.wrapped && spacedCells(norm, lineStart, at))));
    if (!hard) {
      // The comma goes back to the number it cuts, as on one line (3,087.6).
      const groupCut = ENDS_WITH_GROUP_COMMA.test(before) && OPENS_WITH_GROUP.test(next);
      out.add(from, groupCut ? at - 1 : at);
      if (groupCut) out.add(at - 1, at, ',');
      from = at + 1;
      // So does one that opens the next line (3 / ,658).
      if (DIGIT.test(text.charAt(at - 1)) && OPENS_WITH_THOUSANDS.test(next)) {
        out.add(at + 1, at + 2, ',');
        from = at + 2;
      }
    }
    lineStart = at + 1;
    at = nextBreak;
    row = nextRow;
  }
  out.add(from, text.length);
  return out.joined();
}

/** Whether the normalised line [start, end) is a row of a table laid out in spaces: a label, a wide gap in the source, a figure. */
function alignedRow(norm: Normalised, start: number, end: number): boolean {
  const last = norm.text.slice(Math.max(start, end - 4), end);
  return (ENDS_IN_FIGURE.test(last) || ENDS_IN_NUMERALS.test(last)) && ALIGNED_ROW.test(norm.source.slice(norm.toSource[start] ?? 0, norm.toSource[end] ?? 0));
}
const ROW_END = '；';

/**
 * A row of a table laid out in spaces whose last cell is words (工程质量安全　　15件　　罚款37.90万元　　同比持平): a label,
 * a wide gap, a figure and its unit, then cells set apart by gaps. It ends with its line.
 */
const SPACED_CELLS = /^[\s\u3000]*[\u4e00-\u9fff（）()、]{2,20}(?:[ \t\u3000]{3,}|\u3000{2})[\d,.]+[\u4e00-\u9fff%％]{1,3}(?:(?:[ \t\u3000]{3,}|\u3000{2})[^\s\u3000]+(?: {1,2}[^\s\u3000]+)?){1,4}\s*$/;
function spacedCells(norm: Normalised, start: number, end: number): boolean {
  return SPACED_CELLS.test(norm.source.slice(norm.toSource[start] ?? 0, norm.toSource[end] ?? 0));
}

/**
 * The joined text as pieces of the normalised text in the order read, each maybe written
 * otherwise in as many characters (a comma put back): a card's caption below its figure is
 * read before it, the words between them (a break, a dash) left out.
 */
class Pieces {
  private readonly strings: string[] = [];
  /** Where each piece starts, in the joined and in the normalised text. */
  private readonly starts: number[] = [];
  private readonly normStarts: number[] = [];
  private length = 0;
  private inOrder = true;
  private card = 0;

  constructor(
    private readonly text: string,
    private readonly cards: readonly Card[],
  ) {}

  add(from: number, to: number, written?: string): void {
    for (let card = this.cards[this.card]; card && card.figureStart < to; card = this.cards[++this.card]) {
      if (card.captionStart < card.figureStart || card.figureStart < from) continue;
      this.piece(from, card.figureStart);
      this.piece(card.captionStart, card.captionEnd);
      this.piece(card.figureStart, card.figureEnd);
      this.inOrder = false;
      from = card.captionEnd;
    }
    this.piece(from, to, written);
  }

  private piece(from: number, to: number, written?: string): void {
    if (to <= from) return;
    // 586件[注]，较2024年的631件: a note's mark glued to a figure is left out, as no word of the sentence.
    if (written === undefined) {
      const words = this.text.slice(from, to);
      const mark = NOTE_MARK.exec(words);
      if (mark !== null) {
        this.piece(from, from + mark.index);
        this.piece(from + mark.index + mark[0].length, to);
        return;
      }
    }
    this.strings.push(written ?? this.text.slice(from, to));
    this.starts.push(this.length);
    this.normStarts.push(from);
    this.length += to - from;
  }

  joined(): Joined {
    const { starts, normStarts, inOrder } = this;
    const text = this.strings.join('');
    if (starts.length <= 1) return { text, normSpan: (start, end) => ({ start, end: Math.max(start, end) }) };
    // The normalised offset of a joined character (of the end, for text.length).
    const at = (i: number) => {
      const p = Math.max(0, countAtOrBefore(starts, i) - 1);
      return (normStarts[p] ?? 0) + i - (starts[p] ?? 0);
    };
    return {
      text,
      normSpan(start, end) {
        if (end <= start) return { start: at(start), end: at(start) };
        if (inOrder) return { start: at(start), end: at(end - 1) + 1 };
        // Pieces out of order: from the first to the last of their characters.
        let first = Number.MAX_SAFE_INTEGER;
        let last = 0;
        for (let p = Math.max(0, countAtOrBefore(starts, start) - 1); p < starts.length && (starts[p] ?? 0) < end; p++) {
          const pieceStart = starts[p] ?? 0;
          const pieceEnd = starts[p + 1] ?? text.length;
          const norm = (normStarts[p] ?? 0) - pieceStart;
          first = Math.min(first, norm + Math.max(start, pieceStart));
          last = Math.max(last, norm + Math.min(end, pieceEnd));
        }
        return { start: first, end: last };
      },
    };
  }
}
