// Parts known by their sum: lines or items that add up to a total counted before them, far from it or
// under a heading of their own (二、分类统计情况 / （一）按执法领域 / 市容环境卫生类案件1,206件，…；其他类案件178件。),
// break that total down, whatever words stand between.
import { matchMarker } from '../normalise/markers.js';
import { firstIn, inSet } from './chars.js';
import { COLONS, SEMICOLONS, STOP_END } from './context.js';
import { type Figure, sameUnit, sameValue } from './figures.js';
import { CASES, type Found, type State } from './finder.js';
import { cleanSubject } from './subject.js';

/** A heading that names a way of classing, maybe after the things classed (按执法领域, 按执法主体统计, 从案件类型看, 行政处罚案件分领域统计). */
const CLASSING_HEADING = /^(?:[\u4e00-\u9fff]{2,10}?(?=分))?[按从分][\u4e00-\u9fff]{0,8}?(?:类型|类别|领域|种类|性质|主体|部门|单位|地区|区域|层级|程序|案由|来源|渠道)(?:分类)?(?:统计|划分|分布|分|看)?(?:情况)?[。：:]?$/;
/** A part's words, from its item's start to its figure: a kind, no act (市容环境卫生类案件, 禅城分局). */
const PART_WORDS = /^[\u4e00-\u9fff（）()、]{2,20}$/;
/** Where a part's words start: after the mark that ends the item before. */
const ITEM_ENDS = /[，,；;：:。\n]/g;
const RULE = '/classed';
const MIN_PARTS = 2;
/** The label of a table's total row. */
const TOTAL_ROW = /^(?:合计|总计|共计|小计)/;

/**
 * Figure k as a part of the total that its heading's classing breaks down: the heading names a way of classing
 * (按执法领域, 按执法主体统计), the figure stands in the first sentence under it, the words of its item name a kind,
 * and the figures of that sentence in its unit add up to a total counted before the heading. Else null.
 */
export function classedUnderHeading(state: State, k: number): Found | null {
  const { ctx, figures } = state;
  const figure = figures[k] as Figure;
  const heading = ctx.headingAt(figure.start);
  const words = heading.slice(matchMarker(heading)?.length ?? 0);
  if (!CLASSING_HEADING.test(words)) return null;
  const headingAt = ctx.masked.lastIndexOf(heading, figure.start);
  // The parts start after the heading's stop: on its line (（二）分领域情况。食品安全领域…) or the next.
  const stopped = headingAt + heading.length + 1;
  const partsFrom = ctx.masked.charAt(stopped) === '\n' ? stopped + 1 : stopped;
  // The first sentence under the heading holds the parts (not what is said of them after: 与上年相比，…增加到305件).
  const sentenceEnd = firstSentenceEnd(ctx.masked, partsFrom);
  if (headingAt < 0 || figure.start >= sentenceEnd) return null;
  let itemStart = lastItemEnd(ctx.masked, partsFrom, figure.start);
  let kind = ctx.masked.slice(itemStart, figure.start);
  // 大气类：案件356件: the label before the colon names the kind, not the cases' own noun after it.
  if (kind === CASES && inSet(COLONS, ctx.masked.charCodeAt(itemStart - 1))) {
    const labelEnd = itemStart - 1;
    itemStart = lastItemEnd(ctx.masked, partsFrom, labelEnd);
    kind = ctx.masked.slice(itemStart, labelEnd);
  }
  if (!PART_WORDS.test(kind)) return null;
  const total = summedTotal(state, k, partsFrom, sentenceEnd, headingAt);
  return total && { indicator: total.indicator, rule: `${total.indicator.id}${RULE}`, figure, spanStart: itemStart, spanEnd: figure.end, subject: cleanSubject(ctx.text.slice(itemStart, itemStart + kind.length)) };
}

/** Where the sentence from `from` ends: rows that end in a semicolon (大气类：案件356件，…；) go on to the next line. */
function firstSentenceEnd(text: string, from: number): number {
  let end = firstIn(text, STOP_END, from, text.length);
  while (text.charAt(end) === '\n' && inSet(SEMICOLONS, text.charCodeAt(end - 1))) end = firstIn(text, STOP_END, end + 1, text.length);
  return end;
}

/**
 * The total counted before `before` that the figures in [from, to), in figure k's unit, two at least, add up to: the
 * total they are the parts of. Null where none is (one figure alone equal to another is no sum). Every part of a run asks
 * for the same sum; it is walked once.
 */
export function summedTotal(state: State, k: number, from: number, to: number, before: number): Found | null {
  const unit = (state.figures[k] as Figure).baseUnit;
  const key = `${from} ${to} ${before} ${unit}`;
  const known = state.sums.get(key);
  if (known !== undefined) return known;
  const total = sumOf(state, k, from, to, before);
  state.sums.set(key, total);
  return total;
}

function sumOf({ ctx, figures, decided }: State, k: number, from: number, to: number, before: number): Found | null {
  const figure = figures[k] as Figure;
  let sum = 0;
  let parts = 0;
  // The figures are in the text's order, and figure k stands among the parts: walk from it, not over all.
  let j = k;
  while (j > 0 && (figures[j - 1] as Figure).start >= from) j--;
  // Where the line of the figure being read starts, carried from one figure to the next, not looked for back over the text each time.
  let lineStart = figures[j] ? ctx.masked.lastIndexOf('\n', (figures[j] as Figure).start - 1) + 1 : 0;
  let readTo = lineStart;
  for (let other = figures[j]; other !== undefined && other.end <= to; other = figures[++j]) {
    const lastBreak = ctx.masked.slice(readTo, other.start).lastIndexOf('\n');
    if (lastBreak >= 0) lineStart = readTo + lastBreak + 1;
    readTo = other.start;
    // A table's total row (合计　286件) adds up the parts, no part itself.
    if (sameUnit(other.baseUnit, figure.baseUnit) && !TOTAL_ROW.test(ctx.masked.slice(lineStart, other.start))) [sum, parts] = [sum + other.value, parts + 1];
  }
  if (parts < MIN_PARTS) return null;
  for (let j = k - 1; j >= 0; j--) {
    const total = decided[j];
    if (total && total.figure.end <= before && sameUnit(total.figure.baseUnit, figure.baseUnit) && sameValue(total.figure.value, sum)) return total;
  }
  return null;
}

/** Where the item holding `at` starts: after the last mark that ends an item, from `from` on. */
function lastItemEnd(text: string, from: number, at: number): number {
  let start = from;
  ITEM_ENDS.lastIndex = from;
  for (let m = ITEM_ENDS.exec(text); m !== null && m.index < at; m = ITEM_ENDS.exec(text)) start = m.index + 1;
  return start;
}

/** A period alone before a figure, as the label of its item (1月, 二季度, 上半年, （1）第一季度：), maybe right after an opener its line break joined (…如下1月). */
const PERIOD_LABEL = /(?:^|[，,；;、：:\n）)]|如下)((?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|[一二三四1-4]季度|第[一二三四1-4]季度|上半年|下半年)[：:]?$/;
const MAX_PERIOD_LABEL = 6;
/** The marks that end a full sentence: a run of periods' items ends there. */
const PERIODS_END = /[。！？]/;

/**
 * 1月 28件；2月 19件；…12月 35件, 上半年1,012宗，下半年1,052宗: items named by a period alone, the year's parts, break down
 * the total counted before them that they add up to; the period is the part's subject.
 */
export function periodPart(state: State, k: number): Found | null {
  const { ctx, figures } = state;
  const figure = figures[k] as Figure;
  const label = PERIOD_LABEL.exec(ctx.masked.slice(Math.max(0, figure.start - MAX_PERIOD_LABEL), figure.start));
  if (!label) return null;
  const [first, last] = state.periodRuns[k] ?? periodRun(state, k);
  const from = (figures[first] as Figure).start - MAX_PERIOD_LABEL;
  const total = summedTotal(state, k, from, (figures[last] as Figure).end, from);
  const period = label[1] ?? '';
  return total && { indicator: total.indicator, rule: `${total.indicator.id}${PERIOD_RULE}`, figure, spanStart: figure.start - period.length - (inSet(COLONS, label[0].charCodeAt(label[0].length - 1)) ? 1 : 0), spanEnd: figure.end, subject: period };
}
const PERIOD_RULE = '/period-part';

/** The run of items named by periods around figure k, back and forth within its full sentence; found once for all its figures. */
function periodRun({ ctx, figures, periodRuns }: State, k: number): readonly [number, number] {
  const figure = figures[k] as Figure;
  const labelled = (j: number) => {
    const other = figures[j];
    return other !== undefined && sameUnit(other.baseUnit, figure.baseUnit) && PERIOD_LABEL.test(ctx.masked.slice(Math.max(0, other.start - MAX_PERIOD_LABEL), other.start));
  };
  let first = k;
  while (first > 0 && labelled(first - 1) && !PERIODS_END.test(ctx.masked.slice((figures[first - 1] as Figure).end, (figures[first] as Figure).start))) first--;
  let last = k;
  while (labelled(last + 1) && !PERIODS_END.test(ctx.masked.slice((figures[last] as Figure).end, (figures[last + 1] as Figure).start))) last++;
  const run = [first, last] as const;
  for (let j = first; j <= last; j++) periodRuns[j] = run;
  return run;
}
