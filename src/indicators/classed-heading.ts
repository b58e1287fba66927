// Parts of a total classed under a heading of their own, far from the total
// (二、分类统计情况 / （一）按执法领域 / 市容环境卫生类案件1,206件，…；城乡规划类案件412件，…；其他类案件178件。):
// the heading says they are classed, their sum says which total they break down.
import { matchMarker } from '../normalise/markers.js';
import { type Figure, sameUnit, sameValue } from './figures.js';
import type { Found, State } from './finder.js';
import { cleanSubject } from './subject.js';

/** A heading that names a way of classing (按执法领域, 按执法主体统计, 从案件类型看). */
const CLASSING_HEADING = /^[按从分][\u4e00-\u9fff]{0,8}?(?:类型|类别|领域|种类|性质|主体|部门|单位|地区|区域|层级|程序|案由|来源|渠道)(?:分类)?(?:统计|划分|分布|分|看)?(?:情况)?$/;
/** The end of the first sentence of the parts. */
const SENTENCE_ENDS = /[。！？\n]/;
/** A part's words, from its item's start to its figure: a kind, no act (市容环境卫生类案件, 禅城分局). */
const PART_WORDS = /^[\u4e00-\u9fff（）()、]{2,20}$/;
/** Where a part's words start: after the mark that ends the item before. */
const ITEM_ENDS = /[，,；;：:。\n]/g;
const RULE = '/classed';

/**
 * Figure k as a part of the total that its heading's classing breaks down: the heading names a way of classing
 * (按执法领域, 按执法主体统计), the figure stands in the first sentence under it, the words of its item name a kind,
 * and the figures of that sentence in its unit add up to a total counted before the heading. Else null.
 */
export function classedUnderHeading(state: State, k: number): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const heading = ctx.headingAt(figure.start);
  const words = heading.slice(matchMarker(heading)?.length ?? 0);
  if (!CLASSING_HEADING.test(words)) return null;
  const headingAt = ctx.masked.lastIndexOf(heading, figure.start);
  const partsFrom = headingAt + heading.length + 1;
  // The first sentence under the heading holds the parts (not what is said of them after: 与上年相比，…增加到305件).
  const sentenceEnd = firstEnd(ctx.masked, partsFrom);
  if (headingAt < 0 || figure.start >= sentenceEnd) return null;
  const itemStart = lastItemEnd(ctx.masked, partsFrom, figure.start);
  const kind = ctx.masked.slice(itemStart, figure.start);
  if (!PART_WORDS.test(kind)) return null;
  let sum = 0;
  for (const other of figures) {
    if (other.start >= partsFrom && other.end <= sentenceEnd && sameUnit(other.baseUnit, figure.baseUnit)) sum += other.value;
  }
  for (let j = k - 1; j >= 0; j--) {
    const total = decided[j];
    if (!total || total.figure.end > headingAt) continue;
    if (sameUnit(total.figure.baseUnit, figure.baseUnit) && sameValue(total.figure.value, sum)) {
      return { indicator: total.indicator, rule: `${total.indicator.id}${RULE}`, figure, spanStart: itemStart, spanEnd: figure.end, subject: cleanSubject(ctx.text.slice(itemStart, figure.start)) };
    }
  }
  return null;
}

function firstEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const end = rest.search(SENTENCE_ENDS);
  return end < 0 ? text.length : from + end;
}

/** Where the item holding `at` starts: after the last mark that ends an item, from `from` on. */
function lastItemEnd(text: string, from: number, at: number): number {
  let start = from;
  ITEM_ENDS.lastIndex = from;
  for (let m = ITEM_ENDS.exec(text); m !== null && m.index < at; m = ITEM_ENDS.exec(text)) start = m.index + 1;
  return start;
}
