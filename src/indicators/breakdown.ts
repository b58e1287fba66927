// Breakdowns: the total that a 其中, （含 or a way of classing (从案件类型看，) breaks
// down, where its parts start, and where they end.
import { charSet, firstIn, inSet, lastIn } from './chars.js';
import { CLOSE_BRACKET, clauseStart, closesBracket, COLONS, COMMAS, insideBrackets, NEXT_ITEM_MARK, OPEN_BRACKET, REACH_BACK, RESPECTIVELY, SEMICOLONS, STOP_END } from './context.js';
import { type Figure, MONEY, sameUnit } from './figures.js';
import { closesThingsBefore } from './acts.js';
import { CHANGE } from './periods.js';
import { indicatorById } from './catalogue.js';
import { LABEL_OPENS } from '../normalise/normalise.js';
import { isCjk } from '../normalise/fold.js';
import { WHOLE_AREA } from './other-bodies.js';
import { noCount } from './not-counted.js';
import { accepts, CASES, type Found, lexicon, type State } from './finder.js';
import type { Indicator, Topic } from './types.js';

export interface Breakdown {
  /** Where the opener (其中, 含) stands, or -1 when figure k is in no breakdown. */
  since: number;
  /** Where the parts start: after the opener. */
  partsFrom: number;
  /** The full sentence and the paragraph of the figure, as far back as a parent is looked for. */
  stop: number;
  para: number;
}

/** The longest label LABEL_OPENS takes (集中清理：68件), with its colon. */
const MAX_LABEL = 17;
/** An opener that ends its line, maybe with a colon (其中：\n): it opens the lines after it. */
const OPENER_ENDS_LINE = /^[：:]?\n/;
/** The last mark of a line that goes on to the next (；, ，, 、, ：). */
const LINE_GOES_ON = charSet('；;，,、：:');
const FEN = '分'.charCodeAt(0);
const BIE = '别'.charCodeAt(0);
/** After 分别, an act done to a part (保留, 修改, 废止): not 为, 是 or the verbs that pair figures in order. */
const PART_ACT_NEXT = /^(?:保留|修改|修订|废止|宣布|继续|予以|作出|给予)/;
/** How far back from a figure its breakdown's opener and total are looked for: a whole area's parts by field run long. */
const PARTS_REACH = 2 * REACH_BACK;

export function breakdownOf(state: State, k: number): Breakdown {
  return (state.breakdowns[k] ??= readBreakdown(state, k));
}

function readBreakdown(state: State, k: number): Breakdown {
  const { ctx, figures } = state;
  const at = figures[k]?.start ?? 0;
  const stop = Math.max(ctx.stopStart(at), at - PARTS_REACH);
  const para = Math.max(ctx.paraStart(at), at - PARTS_REACH);
  // 行政处罚21件（其中简易程序12件），行政征收8件: a breakdown in brackets ends with them, and the
  // figure after them stands in the breakdown they stand in, if any (按专业分，医疗卫生31件（其中非法行医9件），公共场所卫生27件).
  // 合法性审核：26件，其中…\n集中清理：68件，其中…: a line that opens on a label of its own is in no breakdown opened inside a
  // line before it (but in one that a line before opens for the lines after it: 其中：\n“跨省通办”：386件).
  // Looked for after `stop` only, where it is read: a scan to the line's start would go over a whole long line at each figure.
  const line = lastIn(ctx.masked, LINE_END, at, stop) + 1;
  // Nor where the line before ends on a mark that goes on (…网上办理：28,907件；\n“一件事一次办”：1,264件).
  const inline = (opener: number) => {
    const end = openerEnd(ctx.masked, opener);
    return opener >= 0 && opener < line && !OPENER_ENDS_LINE.test(ctx.masked.slice(end, end + 2));
  };
  let from = stop;
  // 具体为：一是道路运输类案件604起…；二是路政类案件153起: the items of an enumeration that opens right after an opener are its
  // parts, past the semicolons between them.
  if (NEXT_ITEM.test(ctx.masked.slice(stop, stop + MAX_CLAUSE_OPENING))) {
    const sentence = Math.max(ctx.sentStart(at), at - PARTS_REACH);
    const before = lastOpener(ctx.masked, sentence, stop);
    if (before >= 0 && itemised(ctx.masked, before)) from = sentence;
  }
  if (line > stop && !inSet(LINE_GOES_ON, ctx.masked.charCodeAt(line - 2)) && LABEL_OPENS.test(ctx.masked.slice(line, line + MAX_LABEL)) && inline(lastOpener(ctx.masked, stop, at))) from = line;
  let opener = lastOpener(ctx.masked, from, at);
  while (opener >= 0 && closesBracket(ctx.masked, openerEnd(ctx.masked, opener), at)) opener = lastOpener(ctx.masked, from, opener);
  // （二）按领域分。食品安全类案件137件: a way of classing said as a sentence of its own, just before.
  const classingEnd = ctx.masked.charCodeAt(stop - 2);
  if (opener < 0 && stop > para && ctx.masked.charAt(stop - 1) === CLASSING_STOP && CLASSING_END.has(classingEnd) && CLASSED_BY.test(ctx.masked.slice(Math.max(para, stop - 1 - MAX_CLASSING), stop - 1))) {
    opener = stop - 1;
  }
  const partsFrom = openerEnd(ctx.masked, opener);
  const since = opener >= 0 && !endedBySemicolon(state, k, opener) ? opener : -1;
  return { since, partsFrom, stop, para };
}

/**
 * Where the last word that opens a breakdown stands in [from, to), or -1: 其中, 集中在, 含 at the start
 * of brackets (许可1036宗（含新办512宗、延续409宗）) but not 含有, or the comma after a way of
 * classing (从案件类型看，按案件类别分，). One backward scan, no copy.
 */
export function lastOpener(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x4e2d && text.charCodeAt(i - 1) === 0x5176) return i - 1; // 其中
    // 主要集中在餐饮服务（3125件）、…, 集中于投诉举报处理（21件）: where a total's cases gather names its parts; read from 中 on, as 其中.
    if ((c === 0x5728 || c === 0x4e8e) && text.charCodeAt(i - 1) === 0x4e2d && text.charCodeAt(i - 2) === 0x96c6) return i - 1; // 集中在, 集中于
    // 败诉的5宗，涉及征收补偿3宗、…, 败诉3件，分别涉及区住建局1件、…: what a count's cases concern, said right after it, names its parts.
    // So does what they mainly concern, after any clause (…比2020年有所减少，主要涉及不动产登记（22件）、…).
    if (
      c === JI &&
      text.charCodeAt(i - 1) === SHE &&
      (concernedAfterCount(text, i - 2) || (text.startsWith(RESPECTIVELY, i - 3) && concernedAfterCount(text, i - 4)) || (text.startsWith(MAINLY, i - 3) && MAINLY_AFTER.test(text.slice(Math.max(from, i - 3 - MAX_MAINLY_AFTER), i - 3)))) &&
      LISTED.test(text.slice(i + 1, i + 1 + MAX_LISTED))
    )
      return i - 1;
    // （含 or ，含 (行政诉讼案件29件，含一审20件), not 含有.
    if (c === HAN && (inSet(OPEN_BRACKET, text.charCodeAt(i - 1)) || inSet(COMMAS, text.charCodeAt(i - 1))) && text.charCodeAt(i + 1) !== 0x6709) return i;
    // 共清理142件，经审查，分别保留103件、修改15件、废止20件: what was done to each part, after a total; read from 分别 on, as 其中.
    if (c === BIE && text.charCodeAt(i - 1) === FEN && inSet(COMMAS, text.charCodeAt(i - 2)) && PART_ACT_NEXT.test(text.slice(i + 1, i + 3))) return i - 1;
    // 查处林业行政案件71起，分别为滥伐林木案件23起、…: kinds, each named before its figure, after a total.
    // 。按领域分别为种子类21起、…: or after a way of classing.
    if ((c === WEI || c === SHI) && text.startsWith(RESPECTIVELY, i - 2) && (inSet(COMMAS, text.charCodeAt(i - 3)) || classedThenEach(text, from, i - 2)) && !inSet(DIGITS, text.charCodeAt(i + 1))) return i;
    // 行政应诉案件15件（一审9件、二审6件）: brackets right after a count open its parts.
    // Not brackets after a word that ends like a unit (规范性文件（41件）: the figure of the thing named).
    if (inSet(OPEN_BRACKET, c) && countEndsAt(text, i)) return i;
    // 检查各类单位3,215户次：医疗机构812户次，…: so does a colon, after the count or the brackets that hold it (（共7,149户次）：).
    if (inSet(COLONS, c) && (countEndsAt(text, i) || (inSet(CLOSE_BRACKET, text.charCodeAt(i - 1)) && countEndsAt(text, i - 1)))) return i;
    if (classingEndsAt(text, from, i)) return i;
    // 排名前三的为食品（4526件）、…: the first kinds of a total, ranked, are parts of it; after 其中， (。其中，数量排名前三的是),
    // from 其中 on, which may open a sentence on the total before.
    if ((c === WEI || c === SHI) && inSet(RANKED_BEFORE, text.charCodeAt(i - 1)) && RANKED.test(text.slice(Math.max(from, i - MAX_RANKED), i + 1))) {
      const clause = clauseStart(text, i);
      return clause - 3 >= from && inSet(COMMAS, text.charCodeAt(clause - 1)) && text.startsWith(AMONG_THEM, clause - 3) ? clause - 3 : i - 1;
    }
    // 立案查处14起，…，分别为：非法采砂6起、…: kinds listed after a colon, in order, are parts of a total before.
    // 各区分别办理：历下区3126件、…: so are those each of whom did the act.
    // 事项类别依次为①土地林权（386件）…: so does the first of circled items, as a colon would.
    if ((inSet(COLONS, c) || c === FIRST_ITEM) && EACH_THEN.test(text.slice(Math.max(from, i - MAX_EACH_THEN), i))) return i;
    // …为被申请人的案件24件，具体如下：\n城关街道：7件: the lines after a count and 如下 are its parts; so are those
    // after a sentence that opens to spell them out (…共办理行政处罚案件15693件，占全市的85.2%。具体为：市综合行政执法局11278件).
    // …依法受理三十六件，案由主要集中于：\n（1）不服公安行政处罚，15件；: so do the words that say what kinds they are of.
    if (inSet(COLONS, c) && (FOLLOWS_BELOW.test(text.slice(Math.max(from, i - MAX_FOLLOWS_BELOW), i)) || SPELLED_OUT.test(text.slice(Math.max(0, i - MAX_FOLLOWS_BELOW), i)) || KINDS_BELOW.test(text.slice(Math.max(from, i - MAX_FOLLOWS_BELOW), i)))) return i;
    // 信访件按乡镇分布情况如下：网岭镇：137件；…: so do the words that say they follow, right before the colon, the parts on its line.
    if (inSet(COLONS, c) && text.charAt(i + 1) !== '\n' && PARTS_BELOW.test(text.slice(Math.max(from, i - MAX_PARTS_BELOW), i))) return i;
    // 一般程序案件中，警告案件748宗: a sentence that opens on cases counted before breaks them down.
    // 在上述46件中，反映服务质量问题的21件: so does a count named again as those just spoken of.
    if (inSet(CLASSING_MARKS, c) && text.charCodeAt(i - 1) === ZHONG && (casesNamedBefore(text, from, i) || COUNTED_CASES_NAMED.test(text.slice(Math.max(from, i - MAX_CASES_NAMED), i)))) return i;
    if (c === ZHONG && isCjk(text.charCodeAt(i + 1)) && COUNTED_CASES_NAMED.test(text.slice(Math.max(from, i + 1 - MAX_CASES_NAMED), i + 1))) return i;
  }
  return -1;
}

/**
 * Whether the opener at `since` stands right after the figure: brackets (2件（, 9件（含, 2件（其中), or 其中 after its comma (1.9万件，其中),
 * the figure maybe alone in brackets after its label (适用配套办法案件（26件），其中).
 */
function opensRightAfter(text: string, figure: Figure, since: number): boolean {
  const end = inSet(CLOSE_BRACKET, text.charCodeAt(figure.end)) && inSet(OPEN_BRACKET, text.charCodeAt(figure.start - 1)) ? figure.end + 1 : figure.end;
  if (end === since) return inSet(OPEN_BRACKET, text.charCodeAt(since));
  // 拆除违法建设1426宗、面积约58.3万平方米，其中…: the same things' size between.
  if (since !== end + 1) return text.startsWith(AMONG_THEM, since) && SIZE_BETWEEN.test(text.slice(end, since));
  const mark = text.charCodeAt(end);
  return (inSet(OPEN_BRACKET, mark) && (text.charCodeAt(since) === HAN || text.startsWith(AMONG_THEM, since))) || (inSet(COMMAS, mark) && text.startsWith(AMONG_THEM, since));
}

/**
 * Whether the opener at `since` breaks down figure j, a count naming nothing, right before it in figure k's unit: the
 * parts are of that count, no total before it. 移送县级部门案件2件（非法采砂1件、违法占地1件）, brackets right after it;
 * 另办理各类公共服务事项1.9万余件，其中即办件1.4万件, 其中 after it and its comma. Not after a change (较上年增加449起，其中…):
 * the parts are of the count it changed; nor after an average (受理群众诉求118.6万件，日均3249件，其中…), which counts nothing.
 */
export function breaksDownCountNamingNothing(state: State, j: number, k: number, since: number): boolean {
  const count = state.figures[j];
  const figure = state.figures[k];
  return since >= 0 && count !== undefined && figure !== undefined && !state.decided[j] && opensRightAfter(state.ctx.masked, count, since) && sameUnit(count.baseUnit, figure.baseUnit) && !changed(state, count) && !noCount(state.ctx, count);
}

/** Between a count and the 其中 that breaks it down, the size of the same things (、面积约58.3万平方米，). */
const SIZE_BETWEEN = /^[、，,](?:面积|总面积|占地面积|涉及面积|涉案金额|货值|重量)?(?:约|近|共|达|共计)?[\d.]+(?:万|亿)?(?:平方米|亩|公顷|吨|立方米|公里|元)[，,]$/;

/** Whether a figure is said as a change (同比增加9件, 较上年的2314起增加449起). */
function changed({ ctx }: State, figure: Figure): boolean {
  return CHANGE.test(ctx.masked.slice(clauseStart(ctx.masked, figure.start), figure.start));
}

/** Whether a comma at i follows a count (败诉的5宗，), or a semicolon ends a clause of counts or money (…警告处罚14件；, …罚款5.23万元；). */
function concernedAfterCount(text: string, i: number): boolean {
  const mark = text.charCodeAt(i);
  const unitEnd = text.charCodeAt(i - 1);
  return (inSet(COMMAS, mark) && inSet(COUNT_UNIT_ENDS, unitEnd)) || (inSet(SEMICOLONS, mark) && (inSet(COUNT_UNIT_ENDS, unitEnd) || unitEnd === YUAN));
}

/** Whether the comma or colon at i ends a way of classing (从涉及领域看，) that starts at or after `from`. */
export function classingEndsAt(text: string, from: number, i: number): boolean {
  const mark = text.charCodeAt(i);
  if (!inSet(CLASSING_MARKS, mark)) return false;
  if (CLASSING_END.has(text.charCodeAt(i - 1)) || (mark === FIRST_ITEM && text.charCodeAt(i - 1) === WEI)) return CLASSED_BY.test(text.slice(Math.max(from, i - MAX_CLASSING), i));
  // 按管理领域：公安 402件: before a colon the way of classing may stand alone, opening its line; so before a comma, opening a
  // sentence (。按受理渠道，电话受理27390件, 。按季度，第一季度7615件).
  const opens = clauseStart(text, i);
  return (inSet(COLONS, mark) || (inSet(COMMAS, mark) && (opens === 0 || inSet(STOP_END, text.charCodeAt(opens - 1))))) && CLASSED_BY_LABEL.test(text.slice(Math.max(from, opens), i));
}

/** A way of classing the parts that follow: 从申请人看, 从案件类型看, 案件类型上, 案件类型方面, 被申请人分布：, 按区分布, 按案件类别分, 按领域划分, 从反映问题看, 从地区分布看, 按专业分, 按被申请人分, 分领域看, 按行业领域分, 从专业类别看, 按案件类别统计, 按污染类型分, 从案件数量看, 从违法行为看, 按案件数量排序, 按违法行为所违反的法律分, 从违法行为涉及的法律法规看, 分区看, 各所中, 在各执法部门中 (not 从全市看, the whole area). */
const CLASSED_BY =
  /(?:[从按]|分)[\u4e00-\u9fff]{0,8}?(?:类型|类别|门类|领域|性质|种类|案由|原因|结果|来源|渠道|行业|方式|程序|问题|内容|地区|区域|地域|属地|地市|市州|县区|区县|设区市|乡镇|镇街|街镇|镇|街道|村|社区|县|(?<![全本我该])[区市]|专业|系统|队伍|层级|被申请人|申请人|被告|原告|主体|对象|部门|单位|事项|数量|行为|季度|月份|法律|法规|法律法规|环节|类|结构|构成|身份|要素){1,2}(?:（[^（）\d]{1,6}）)?(?:分布)?(?:来)?(?:看|分|划分|区分|统计|排序|排列|分类统计|分类)$|(?:^|[，,。；;\n])[\u4e00-\u9fff]{0,4}?(?:类型|类别|领域|种类|案由|事由)(?:分布)?(?:上|方面|中)$|(?:^|[，,。；;\n])[\u4e00-\u9fff]{0,4}?(?:类型|类别|领域|案由|事由|被申请人|被告|地区|区域|乡?镇(?:（街道）)?|县区|区县|镇街|街道|[县区市])分布为?$|(?:^|[，,。；;\n])在?各[\u4e00-\u9fff]{0,4}?(?:部门|单位|乡镇|镇街|街镇|街道|县区|区县|县（市、区）|地区|大队|中队|分局|派出所|[所局])中$/;
/** A way of classing said as a label before a colon, with no 看 or 分 (按管理领域：, 按被申请人层级：, 按申请人类型：). */
const CLASSED_BY_LABEL = /^(?:[按从]|分)[\u4e00-\u9fff]{0,6}?(?:类型|类别|领域|性质|种类|案由|结果|来源|渠道|行业|方式|程序|地区|区域|层级|被申请人|申请人|被告|原告|主体|季度|月份){1,2}为?$/;

/** 分别 at `at` after a way of classing said as a label (按领域分别为, 从违法类型分别是, 各专业完成情况分别为). */
function classedThenEach(text: string, from: number, at: number): boolean {
  return classedByLabel(text.slice(Math.max(from, clauseStart(text, at)), at));
}
/** Whether words are a way of classing said as a label (按管理领域) or each kind of the parts (各专业完成情况). */
function classedByLabel(words: string): boolean {
  return CLASSED_BY_LABEL.test(words) || EACH_KIND.test(words);
}
/** Each kind or place of a total's parts, opening the words before 分别 (各专业完成情况, 各县区办案数, 各领域). */
const EACH_KIND = /^各(?:专业|领域|类别|类型|行业|地区|区域|县区|区县|县（市、区）|县（市）区|乡镇|镇街|街镇|镇（街道）|乡（镇）|镇|街道|部门|单位|大队|中队)[\u4e00-\u9fff]{0,8}$/;
/** The 分别 and its 为 or 是 that may end the words before parts, after a way of classing (按领域分别为：). */
const EACH_ENDS = /分别[为是]?$/;

/** The first or the last kinds of a total, ranked (排名前三的为, 前五位依次是, 排名后三位的是, 办件前五的部门分别是, 居前五位的部门依次为), or where most gather (反映问题较集中的是). Read from the character before 为 on, as 其中. */
const RANKED = /[前后][一二三四五六七八九十\d]{1,2}(?:位|名)?的?(?:[\u4e00-\u9fff]{0,4}?(?:分别|依次))?[为是]$|集中的[为是]$/;
const MAX_RANKED = 12;
export const AMONG_THEM = '其中';
/** What may stand just before the 为 or 是 of a ranking: asked first, as 为 and 是 are common. */
const RANKED_BEFORE = charSet('的位名次别0123456789一二三四五六七八九十');
const WEI = '为'.charCodeAt(0);
const SHI = '是'.charCodeAt(0);

const DIGITS = charSet('0123456789');

/** Cases counted before, named again to open a sentence on their parts (一般程序案件中, （3）以上案件中, 在投诉中, 查处的7起案件中); a count's thousands are masked as _ (1,105件行政许可中). */
const CASES_NOUN = '(?:案件|行政许可|许可事项|审批事项|投诉|举报|投诉举报|信访件|信访事项|诉求|工单)';
const CASES_NAMED = new RegExp(`^(?:[（(]\\d{1,2}[）)]|\\d{1,2}[.、）]|[\\u2460-\\u2473])?[^，,；;。！？\\d]{0,16}(?:\\d[\\d,._]{0,12}[件宗起][^，,；;。！？\\d]{0,8})?${CASES_NOUN}中$`);
/** Cases counted, named again with their count, their parts right after 中 (31件案件中非法采砂案件12件、…, 这403起中涉黄涉赌案件96起). */
const COUNTED_CASES_NAMED = new RegExp(`\\d[\\d,._]{0,12}[件宗起][^，,；;。！？\\d]{0,8}${CASES_NOUN}中$|(?:这|该|上述|前述)\\d[\\d,._]{0,12}[件宗起]中$`);
const MAX_CASES_NAMED = 20;
/** Where an item of a list ends, its lines ending in semicolons: the next opens a sentence of its own. */
const ITEM_ENDS = charSet('；;\n');

/** Whether the words before i, from `from` or the item that opens after it (…；\n（3）以上案件中), name cases counted before. */
function casesNamedBefore(text: string, from: number, i: number): boolean {
  const start = Math.max(from, lastIn(text, ITEM_ENDS, i, from) + 1);
  return i - start <= MAX_CASES_NAMED && CASES_NAMED.test(text.slice(start, i));
}
const ZHONG = '中'.charCodeAt(0);

const CLASSING_END = new Set(['看'.charCodeAt(0), '分'.charCodeAt(0), '上'.charCodeAt(0), '布'.charCodeAt(0), '面'.charCodeAt(0), '计'.charCodeAt(0), '序'.charCodeAt(0), '列'.charCodeAt(0), ZHONG]);

/** The first of circled items (①), which may open parts as a colon does (案由分布为①土地征收（十一件）…). */
const FIRST_ITEM = '①'.charCodeAt(0);
/** What ends a way of classing: a comma or a colon (按违法类型分：), or the first circled item. */
const CLASSING_MARK_CHARS = '，,：:①';
const CLASSING_MARKS = charSet(CLASSING_MARK_CHARS);

const MAX_CLASSING = 14;
/** A way of classing may end its own sentence (（二）按领域分。). */
const CLASSING_STOP = '。';

/** The last characters of the units of counts, before brackets that open parts (件（, 人次（); not money. */
const COUNT_UNIT_END_CHARS = '件宗起次人项家个份场期批户所';
const COUNT_UNIT_ENDS = charSet(COUNT_UNIT_END_CHARS);
/** What stands before a count's unit: a digit, a numeral, a qualifier (15件, 十五件, 300余件). */
const COUNT_BEFORE_UNIT_CHARS = '0123456789〇零一二三四五六七八九十百千万余多';
const COUNT_BEFORE_UNIT = charSet(COUNT_BEFORE_UNIT_CHARS);
/** What a unit of two characters opens with, before its last (户次, 家次, 人次, 批次, 场次, 件次). */
const TWO_CHARACTER_UNIT_STARTS = charSet('户家人批场件');
const YUAN = '元'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);

/** Whether a count ends right before i: a number and its unit, of one character or two (15件, 4,215户次). */
function countEndsAt(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) === YUAN) return inSet(COUNT_BEFORE_UNIT, text.charCodeAt(i - 2)) || text.charCodeAt(i - 2) === YI;
  if (!inSet(COUNT_UNIT_ENDS, text.charCodeAt(i - 1))) return false;
  return inSet(COUNT_BEFORE_UNIT, text.charCodeAt(i - 2)) || (inSet(TWO_CHARACTER_UNIT_STARTS, text.charCodeAt(i - 2)) && inSet(COUNT_BEFORE_UNIT, text.charCodeAt(i - 3)));
}

/**
 * Acts that open a statement of their own: a clause after a semicolon (；办理法律援助案件562件) is no part of a
 * breakdown before it, nor a list's item (、参与处理重大信访及涉法事务12次) a thing of the act before; 提供虚假材料
 * is an offence, not an act of the body's; …化解医疗纠纷41起，防止“民转刑”案件5起: what was prevented is no part either;
 * nor goods seized (…案件8件，收缴野生动物制品17件), nor buildings pulled down (；依法拆除违法建设138宗), nor fees levied (，另依法征收…非税收入1.36亿元), nor a head's own acts in a list of them (、主持重大执法决定集体讨论19次, 、带队督查执法工作3次).
 */
export const OPENS_WITH_ACT = /^(?:全年|共|累计|另|参与|参加|协助|配合|依法|实地){0,2}(?:处理|调查|核实|邀请|办理|受理|开展|组织|举办|发放|接待|提供(?!虚假|不真实|伪造)|出具|制作|移送|作出|防止|避免|收缴|缴获|查获|拆除|征收(?!补偿|拆迁|征用|决定|类)|主持|带队|列席|阅批)/;

/** A clause that opens with a department at work (；县人社局办结劳动保障监察案件43件): a statement of its own. */
const DEPARTMENT_ACTS = /^(?:省|市|县|区|州|旗)[\u4e00-\u9fff]{1,12}?(?:局|委员会|委|办公室|大队|支队|中心)(?:全年)?(?:共|累计)?(?:查处|查办|办理|办结|受理|立案|实施|开展|作出)/;
/** A clause that opens with the body's heads at work (；局负责人出庭应诉4件): a statement of their own. */
const HEADS_ACT = /^[\u4e00-\u9fff]{0,4}?(?:负责人|领导|局长|主任|书记|厅长|县长|区长|市长)/;

/** Whether the words between two figures open a clause with an act of its own (，作出行政处罚决定). */
function actOfItsOwn(between: string): boolean {
  const clause = CLAUSE_OPENING.exec(between);
  return clause !== null && OPENS_WITH_ACT.test(between.slice(clause[0].length));
}
const CLAUSE_OPENING = /^[^，,；;]*[，,；;]/;

/** What opens a clause that adds another thing to those before (另没收…). */
const ANOTHER = '另';

/**
 * Whether a clause after a semicolon opens a statement of its own: an act (；办理法律援助案件562件), another thing
 * (；另没收…), the next item of an enumeration (；三是…), the body's heads at work (；局负责人出庭应诉4件), a whole area.
 */
function statementOfItsOwn(clause: string): boolean {
  // ；全市住建系统共作出行政处罚1,108件: a whole area's, after the parts of the body's own figure.
  return OPENS_WITH_ACT.test(clause) || PUNISHES.test(clause) || clause.startsWith(ANOTHER) || NEXT_ITEM.test(clause) || HEADS_ACT.test(clause) || DEPARTMENT_ACTS.test(clause) || ON_THINGS.test(clause) || WHOLE_AREA.test(clause);
}
/** A clause on things it names first, then acts on (；对情节轻微并及时改正的依法不予行政处罚案件2件). */
const ON_THINGS = /^(?:对|针对)/;
/** A clause that opens on cases dealt with anew (；查处非法行医案件8起, ；当年新立案23起), after parts of the cases before. */
const PUNISHES = /^(?:(?:当年|全年|本年度?)?新?立案|查处|查办)/;
/**
 * A clause after a comma that opens with another body at work (，乡村两级调委会化解矛盾纠纷97件), with work the body took
 * on from another channel (，承办12345热线工单1.1万余件, ，依托12345平台办理诉求件317件), or with a figure besides them (，另有4起…移送公安机关): the
 * breakdown before it has ended.
 */
const OWN_STATEMENT = /^(?:[\u4e00-\u9fff]{1,10}?(?:调委会|调解委员会|法庭|法院|派出所|司法所)|承办|(?:依托|通过)12345|另有$)/;

/**
 * Whether a clause after a comma between the opener and `to` is a statement of its own, or the next item of an
 * enumeration run on in one sentence (其中一般程序案件287件、…，三是落实包容审慎监管): unless the parts are items
 * themselves (其中：一是…，二是…).
 */
function endedByComma(text: string, since: number, to: number): boolean {
  const items = itemised(text, since);
  for (let comma = firstIn(text, COMMAS, since, to); comma < to; comma = firstIn(text, COMMAS, comma + 1, to)) {
    const clause = text.slice(comma + 1, Math.min(to, comma + 1 + MAX_CLAUSE_OPENING));
    if (OWN_STATEMENT.test(clause) || (!items && NEXT_ITEM.test(clause))) return true;
  }
  return false;
}

/** Whether the parts after the opener at `since` are items of an enumeration (其中：一是…, 具体为：一是…). */
function itemised(text: string, since: number): boolean {
  return NEXT_ITEM.test(text.slice(openerEnd(text, since), since + MAX_CLAUSE_OPENING).replace(LEADING_MARKS, ''));
}
/** Marks between an opener and its first part (其中，, 其中：). */
const LEADING_MARKS = /^[，,：:]/;

/** How much of a clause's start is read for what opens it. */
const MAX_CLAUSE_OPENING = 16;

/** An enumeration's item after a semicolon: 二是, 三要, 其三. */
const NEXT_ITEM = new RegExp(`^${NEXT_ITEM_MARK}`);

/** What 分别 may pair parts by (分别为, 分别办理). */
const EACH_ACTS = '为|是|办理|受理|办结|作出';
/** 分别 and what it pairs the parts by, before a colon (分别为, 分别是, 分别办理), or the words of a ranking (部门依次为：). */
const EACH_THEN = new RegExp(`分别(?:${EACH_ACTS}|查处|立案)$|依次[为是]$`);
const MAX_EACH_THEN = 4;
/** A count, then words that say its parts follow (，具体如下, ，分布如下, ，具体为). */
const FOLLOWS_BELOW = /[件宗起次人项家个份场期批户所元][，,](?:(?:具体|分布|详细|明细)?(?:情况)?如下|具体(?:情况)?[为是])$/;
const MAX_FOLLOWS_BELOW = 10;
/** After a comma, the kinds of cases that follow (，案由主要集中于, ，案件类型主要为). */
const KINDS_BELOW = /[，,）)](?:案由|案件类型|案件类别)(?:主要)?(?:集中于|集中在|为|是|有|分布为?)$/;
/** Before a colon, words that open the parts below (分布情况如下, 分列如下, 分列, 分布为, 居前的乡镇为; not 原因主要为). */
const PARTS_BELOW = /(?:如下|分列|(?:情况|乡镇|镇街|街道|部门|单位|地区|区域|分布|领域|类别)为)$/;
const MAX_PARTS_BELOW = 4;
/** A sentence that opens to spell out the parts of a total before it (。具体为：, 。具体情况如下：). */
const SPELLED_OUT = /(?:^|[。；;\n])具体(?:情况)?(?:为|是|如下)$/;

/** A heading on a line of its own (二、案件特点分析, （二）案件审理结果): no figure stands under it before its text. */
export const HEADING_LINE = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[^，,。；;：:\d]{1,20}$/;

/** A paragraph's heading said as a sentence of its own before its text (（三）案件类型分布。). */
export const HEADING_SENTENCE = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[^，,。；;\d]{1,20}。$/;

/** A short line of a label and its figure (2.罚款金额：312.5万元；). */
const LABELLED_LINE = /^[^。，,：:]{1,20}[：:][^。：:]{1,40}[。；;]?$/;
const MAX_LABELLED_LINES = 12;

/**
 * A list of kinds with their figures (征收补偿3宗、政府信息公开2宗), as what follows 涉及 must be to open parts; its items
 * may stand in clauses of their own (涉及公共场所卫生领域53件，医疗卫生领域49件), or after circled numbers (：①征地拆迁（214件）②…).
 */
const LISTED = /^[：:]?[①-⑳]?[^，,。；;：:\d①-⑳]{1,16}\d[\d.]*[^，,。；;\d①-⑳]{0,6}(?:[、和及①-⑳]|[，,][^，,。；;：:\d]{1,16}\d)/;
const MAX_LISTED = 30;
/** 涉及, that after a count opens its parts (，涉及征收补偿3宗). */
const SHE = '涉'.charCodeAt(0);
const JI = '及'.charCodeAt(0);

/** 主要, said of what a total's cases concern (主要涉及), after a comma and maybe their noun (，事项主要涉及). */
const MAINLY = '主要';
const MAINLY_AFTER = /[，,][\u4e00-\u9fff]{0,4}$/;
const MAX_MAINLY_AFTER = 5;
/**
 * The words before an opener that name only the things counted before, mainly (案件主要集中在, 申请人主要) or each
 * (各大队办案数分别为：), maybe by the kinds they concern (案件涉及领域分别为：), or nothing: the breakdown opens its sentence,
 * of a total before it. (集 is 集中在's, read from 中 on.) So does a ranking of them (。案件数量居前五位的部门依次为…), read up to the
 * character before its 为 (依 of 依次为, 分 of 分别为).
 */
const THINGS_OPENING = new RegExp(String.raw`^(?:[\u4e00-\u9fff]{0,6}?(?:案件|申请|申请人|被申请人|纠纷|信访件?|投诉|诉求|事项|问题|办案|案件数|办案数|案件量|办案量)(?:涉及|所属)?(?:领域|类型|类别|行业|种类)?)?(?:(?:主要|大多|多数)?集?|分别[为是]|具体(?:情况)?(?:[为是]|如下))$|^各[\u4e00-\u9fff]{1,6}?分别(?:${EACH_ACTS})$|^[\u4e00-\u9fff]{0,12}?(?:部门|单位|乡镇|街道|镇街|县区|区县|领域|行业)依次[为是]$|^[\u4e00-\u9fff]{0,8}?[前后][一二三四五六七八九十\d]{1,2}(?:位|名)?的?(?:[\u4e00-\u9fff]{0,4}?[分依])?$`);

/** Where the cases of a total counted before gather, said with no figure before 其中 (案件类型主要集中在市容、燃气等领域，其中…). */
const GATHERED_OPENING = /^(?:案件|办案)[\u4e00-\u9fff]{0,6}?(?:主要|大多|多)?集中(?:在|于)[^。；;\d]{1,40}?(?:领域|方面|行业|类型|类别|问题)[，,]$/;

/** An enumeration's mark (①, 1., （1）), and one alone. */
const ITEM_MARK = '(?:[\u2460-\u2473]|\\d{1,2}[.、．]|（\\d{1,2}）)';
const ITEM_MARK_ONLY = new RegExp(`^${ITEM_MARK}$`);

/** 含, that opens brackets of parts (（含新办512宗）). */
const HAN = '含'.charCodeAt(0);

/** What reading a breakdown rests on, for the rule set's description. */
export const BREAKDOWN_RULES = {
  classedBy: CLASSED_BY.source, classedByLabel: CLASSED_BY_LABEL.source, headingLine: HEADING_LINE.source, followsBelow: FOLLOWS_BELOW.source, casesNamed: CASES_NAMED.source, ranked: RANKED.source, listed: LISTED.source, opensWithAct: OPENS_WITH_ACT.source, clauseOpening: CLAUSE_OPENING.source, ownStatement: OWN_STATEMENT.source, headsAct: HEADS_ACT.source, nextItem: NEXT_ITEM.source, labelledLine: LABELLED_LINE.source, classingMarks: CLASSING_MARK_CHARS, classingStop: CLASSING_STOP, maxClassing: MAX_CLASSING, countUnitEnds: COUNT_UNIT_END_CHARS, countBeforeUnit: COUNT_BEFORE_UNIT_CHARS, mainly: MAINLY, thingsOpening: THINGS_OPENING.source,
};

/** Where the parts after an opener start: after 其中, after the 含 of （含 or a bracket, after the 为 of 分别为, or after the comma or colon of a way of classing. */
export function openerEnd(text: string, opener: number): number {
  const c = text.charCodeAt(opener);
  // The 中 of cases counted again (31件案件中非法采砂…) opens alone; that of 集中在, with its 在 (集中于, its 于).
  const alone = c === ZHONG && !gatheredAt(text, opener);
  return opener + (c === HAN || c === WEI || c === SHI || alone || inSet(CLASSING_MARKS, c) || inSet(OPEN_BRACKET, c) || c === CLASSING_STOP.charCodeAt(0) ? 1 : 2);
}

/** Whether a cue at `start` names a part by its noun alone: it opens the parts, or an item of their list after a 、. */
export function namedAsPart(masked: string, start: number, partsFrom: number): boolean {
  return start === partsFrom || masked.charAt(start - 1) === LIST_COMMA_CHAR;
}
const LIST_COMMA_CHAR = '、';

/** The total that figure k is a part of, and where the part's own words start. */
export function breakdownParent(state: State, k: number, breakdown = breakdownOf(state, k)): { found: Found; subjectStart: number } | null {
  const { figures, decided } = state;
  const figure = figures[k];
  const previous = figures[k - 1];
  if (!figure) return null;
  const { since, partsFrom, stop, para } = breakdown;
  // A 其中 inside a sentence breaks down a total of that sentence (在编人员142名，其中执法人员58名
  // is no part of the training count before); one that opens its sentence, the sentence before.
  // So does a way of classing that opens its sentence (…42宗。按违法类型分：…).
  // The way of classing may be the sentence just before the parts' own (（二）按领域分。食品安全类案件137件).
  const classedBefore = since >= 0 && since === stop - 1;
  const opening = since > stop ? state.ctx.masked.slice(stop, since) : '';
  // 从区域分布看，办案数量排名前三的是…: a ranking after a way of classing in its sentence is classed by it.
  const classedFirst = () => {
    const comma = firstIn(state.ctx.masked, COMMAS, stop, since);
    return comma < since && classingEndsAt(state.ctx.masked, stop, comma);
  };
  const namedBefore = since > stop && casesNamedBefore(state.ctx.masked, stop, since);
  const classing = classedBefore || (since > stop && (CLASSED_BY.test(opening) || classedByLabel(opening.replace(EACH_ENDS, '')) || namedBefore || classedFirst()));
  // 行政处罚案件中，涉及生态环境类案件107件、…: the cases named before 中 are the total, of the indicator they name.
  // 复议纠错案件主要集中在行政处罚（3件）、…: so are those named before where they gather, counted before or not.
  const gathered = gatheredAt(state.ctx.masked, since);
  const gatheredTotal = gathered && !namedBefore ? namedBy(state.ctx.masked.slice(clauseStart(state.ctx.masked, since), since - 1), figure) : undefined;
  // 从信访内容看，…的信访件213宗: and the things a way of classing names are those it classes, in its own clause (not 立案29起 in
  // 全年共立案29起，作出行政处罚决定27件；按领域分，…).
  const classedTotal = classing && !namedBefore && !gatheredTotal ? namedBy(state.ctx.masked.slice(Math.max(stop, clauseStart(state.ctx.masked, since)), since), figure) : undefined;
  // 按月份看，1月份全市实施行政处罚1387件；2月份…仅为596件: a part its own cue named names the things of the parts after it.
  const partNamed = classing && !gatheredTotal && !classedTotal ? firstPartNamed(state, k, since) : undefined;
  const namedTotal = namedBefore ? namedBy(state.ctx.masked.slice(Math.max(stop, lastIn(state.ctx.masked, ITEM_ENDS, since, stop) + 1), since), figure) : (gatheredTotal ?? classedTotal ?? partNamed);
  // A way of classing that opens its paragraph (…186件。\n从地区分布看，柯城区38件…) classes the paragraph before.
  // …, or follows only the paragraph's heading (（三）案件类型分布。按行政管理领域划分，…).
  const sentence = classedBefore ? state.ctx.stopStart(since) : stop;
  const paraOpens = state.ctx.paraStart(since);
  const opensParagraph = classing && (sentence === paraOpens || HEADING_SENTENCE.test(state.ctx.masked.slice(paraOpens, sentence))) && para > 0;
  // ①其中违法建设类112件: an enumeration's mark before 其中 leaves it opening its sentence.
  const opensSentence = since > stop && (THINGS_OPENING.test(opening) || ITEM_MARK_ONLY.test(opening) || GATHERED_OPENING.test(opening));
  // 立案：306件 / 结案：298件 / ①其中违法建设类112件: parts that open their paragraph break down the lines of labels and
  // figures right before it.
  const afterLabels = since >= 0 && stop === paraOpens && (since === stop || opensSentence) && para > 0;
  // A paragraph that classes a total again reaches as far before the first of the classing paragraphs as one alone would.
  const classingFrom = opensParagraph ? classingParagraphsBefore(state, para) : para;
  const reach = since > stop && !classing && !opensSentence ? stop : opensParagraph ? Math.max(labelledLinesBefore(state, classingFrom), classingFrom - REACH_BACK) : afterLabels ? Math.max(labelledLinesBefore(state, para), para - REACH_BACK) : para;
  // …检查营运车辆18600台次；二是…其中非法营运312起…，暂扣车辆286台次: an enumeration's item holds its own breakdowns.
  const from = since >= 0 ? itemStart(state.ctx.masked, reach, since) : reach;
  let nearest: Found | null = null;
  let parts = -1;
  let closing: Found | null = null;
  const partOf = (found: Found) => ({ found, subjectStart: subjectStartOf(previous, since, partsFrom) });
  // 受理案件主要集中在公安治安管理（142件）、…: where the cases gather classes them by kind.
  const byOutcome = () => BY_OUTCOME.test(state.ctx.masked.slice(Math.max(para, since - MAX_CLASSING), since));
  // 行政复议6件，其中…；行政诉讼3件，其中未经复议直接起诉2件，结果维持2件: parts that overrun the total their 其中
  // follows, after a semicolon, break it down all the same (two ways at once); no total before the semicolon takes them.
  const semicolon = since >= 0 ? lastIn(state.ctx.masked, SEMICOLONS, since, from) : -1;
  // Read once for the loop: whether figure k stands past a semicolon after the opener, in another unit than the part before it.
  const otherUnitPastSemicolon = since >= 0 && !sameUnit(previous?.baseUnit ?? '', figure.baseUnit) && lastIn(state.ctx.masked, SEMICOLONS, figure.start, since) > since;
  let overrun = false;
  // 1.行政复议。从管理领域看，涉及公安交警的86件…: a heading sentence of a topic opening the paragraph names the cases its parts
  // class, whatever total the paragraph before ended on.
  const headed = classing && sentence > paraOpens && HEADING_SENTENCE.test(state.ctx.masked.slice(paraOpens, sentence)) ? casesOf(state.ctx.topicAt(since)) : undefined;
  for (let j = k - 1; j >= 0; j--) {
    const parent = decided[j];
    const parentFigure = figures[j];
    if (!parentFigure || parentFigure.start < from || (overrun && parentFigure.end <= semicolon)) break;
    if (breaksDownCountNamingNothing(state, j, k, since)) return null;
    if (!parent) continue;
    // 较上年（2023年立案23件、罚款197.4万元）有所增长。按违法类型分：…: a level in brackets closed before the opener, named in
    // them by words of its own, is a gloss on the total before it and holds no parts after (but 合法性审查（216件），其中… does, and
    // 合法性审核（共计67件），其中…).
    if (since >= 0 && parentFigure.start > from && insideBrackets(state.ctx.masked, from, parentFigure.start) && !TOTAL_IN_BRACKETS.test(state.ctx.masked.slice(Math.max(0, parentFigure.start - MAX_TOTAL_IN_BRACKETS), parentFigure.start)) && !insideBrackets(state.ctx.masked, from, since)) continue;
    // 信访件按乡镇分布情况如下：网岭镇：137件；皇图岭镇：96件: the first part, read by the cue that opens the parts, names the
    // things of them all.
    if (since >= 0 && parentFigure.start > since && parent.cueBefore !== undefined && parent.cueBefore.end <= since && inSet(COLONS, state.ctx.masked.charCodeAt(since)) && PARTS_BELOW.test(state.ctx.masked.slice(Math.max(stop, since - MAX_PARTS_BELOW), since))) return partOf(parent);
    // 按被申请人划分：…各街道29件。\n从申请人看，…: a paragraph that classes a total again classes no part of the paragraph before.
    if (opensParagraph && parentFigure.start < para && isPartRule(parent)) continue;
    // …其中涉企检查1.52万次，同比下降44.3%；行政征收6.1万件: past a semicolon after the opener, a figure in another unit than the
    // total's and the part's before it counts other things (not 其中：\n警告：21,500人次；\n罚款：96,300人次 of 12.6万件).
    if (otherUnitPastSemicolon && !sameUnit(parentFigure.baseUnit, figure.baseUnit)) continue;
    const opens = since >= 0 ? parentFigure.end <= since : parent.figure.leadIn && parentFigure.start >= stop;
    if (!opens || !accepts(parent.indicator, figure) || (namedTotal !== undefined && parent.indicator !== namedTotal)) continue;
    // 听证审理4次…。从案件类型看，征收补偿类27件、…: kinds of cases class a total of cases, not a count of times; and
    // the cases taken in, not those closed (审结71件), unless they are classed by how they ended (按审理结果分：维持53件).
    // A count of cases closed is taken only where no count of cases taken in holds them (审结150件，从涉及领域看，…).
    if ((classing || gathered) && sameUnit(figure.baseUnit, CASE_UNIT)) {
      if (!sameUnit(parentFigure.baseUnit, figure.baseUnit)) continue;
      if (CLOSING_CASES.has(parent.indicator.id) && !byOutcome()) {
        closing ??= parent;
        continue;
      }
    }
    // 检查1200家次，其中…，排查隐患3400处，责令整改3386处，剩余14处: a figure in another unit than the total, after
    // figures in its own unit that are no parts of it, goes with them.
    if (since >= 0 && figure.baseUnit !== parentFigure.baseUnit && someSince(state, k, since, (j) => figures[j]?.baseUnit === figure.baseUnit && !state.decided[j])) continue;
    // 实地检查42家；立案查处…，其中…9起，作出行政处罚决定14件，…撤销登记3家: a count of another indicator, in another unit,
    // named by a cue of its own since the opener, has ended the parts of this one.
    // Not a part named by its noun alone, right after the opener or a 、 (其中规范性文件6件、重大行政决策7项、行政协议30件).
    const otherCount = (j: number) => {
      const other = decided[j];
      const unit = figures[j]?.baseUnit ?? MONEY;
      const cue = other?.cueBefore;
      return cue !== undefined && other?.indicator !== parent.indicator && unit !== MONEY && !sameUnit(unit, parentFigure.baseUnit) && !namedAsPart(state.ctx.masked, cue.start, partsFrom);
    };
    if (since >= 0 && someSince(state, k, since, otherCount)) continue;
    nearest ??= parent;
    // 立案查处147件，办结139件…。从执法领域看，…52件: the parts are of the cases, not of those closed.
    // Brackets right after a figure break that figure down, whatever it counts (审结35件（含上年结转1件）).
    const bracketsAfter = since >= 0 && since - parentFigure.end <= 1 && inSet(OPEN_BRACKET, state.ctx.masked.charCodeAt(parentFigure.end));
    if (parent.derived && !bracketsAfter) continue;
    // A total holds its parts: 从诉求内容看，…96件 after 受理268件，化解积案11件 breaks down the 268;
    // 按案件类型分，食品类68件、…其他101件 after 立案查处186件，结案171件 the 186.
    if (since >= 0 && sameUnit(parent.figure.baseUnit, figure.baseUnit)) {
      if (parts < 0) parts = partsTotal(state, k, partsFrom);
      if (parts > parent.figure.value) {
        // 立案527件，结案503件。其中一般程序案件312件、简易程序案件215件；…大要案41件: the parts before a semicolon that add up to a
        // total say which one the part after it is of.
        const ownSemicolon = lastIn(state.ctx.masked, SEMICOLONS, figure.start, since);
        if (ownSemicolon > since && CASES_NAMED_PART.test(state.ctx.masked.slice(ownSemicolon, figure.start)) && partsUpTo(state, k, partsFrom, ownSemicolon) === parent.figure.value) return partOf(parent);
        // 其中，道路运输类1,562起（含…），水路运输及港口类38起；适用一般程序案件212起: the parts up to the semicolon add up to the
        // total; what follows it classes the total another way.
        const nextSemicolon = firstIn(state.ctx.masked, SEMICOLONS, figure.end, stop + MAX_PARTS_SPAN);
        if (nextSemicolon < stop + MAX_PARTS_SPAN && CLASS_NAMED.test(state.ctx.masked.slice(clauseStart(state.ctx.masked, figure.start), figure.start)) && partsUpTo(state, k, partsFrom, nextSemicolon) === parent.figure.value) return partOf(parent);
        overrun ||= nearest === parent && parentFigure.start > semicolon && opensRightAfter(state.ctx.masked, parentFigure, since);
        continue;
      }
    }
    if (headed && parentFigure.start < paraOpens && parent.indicator !== headed && accepts(headed, figure)) return partOf({ ...parent, indicator: headed });
    return partOf(parent);
  }
  // The nearest total, or the figure itself where there is none, read as the indicator the parts are of.
  const totalOf = (indicator: Indicator): Found => ({ ...(nearest ?? { rule: '', figure, spanStart: figure.start, spanEnd: figure.end, subject: null }), indicator });
  if (!nearest && gatheredTotal) return partOf(totalOf(gatheredTotal));
  if (closing) {
    if (parts < 0) parts = partsTotal(state, k, partsFrom);
    if (parts <= closing.figure.value) return partOf(closing);
  }
  // 三、案件分布 / 按管理领域：公安402件…: parts that a way of classing opens, more than any total in reach, in a
  // text on one kind of dispute, are the cases of that kind.
  // （二）行政处罚。按领域分：市容环境卫生类538件…: or the cases its paragraph's heading names.
  if (classing && (!nearest || sameUnit(nearest.figure.baseUnit, figure.baseUnit))) {
    if (parts < 0) parts = partsTotal(state, k, partsFrom);
    const heading = !nearest || parts > nearest.figure.value ? headingWords(state, paraOpens, sentence) : null;
    const cases = heading === null ? undefined : (casesOf(state.ctx.topicAt(since)) ?? namedBy(heading, figure));
    if (cases && accepts(cases, figure)) return partOf(totalOf(cases));
    // 二、案件分析 / （四）从处罚种类看，罚款案件36281宗，…: under a heading of cases alone, the report's total of cases that
    // holds them, or, with no total in reach, its penalty cases.
    const ofCases = heading?.includes(CASES) ?? false;
    const reported = ofCases ? casesReported(state, k, parts) : null;
    if (reported) return partOf(reported);
    const penalties = ofCases && !nearest ? casesAlone(figure) : undefined;
    if (penalties) return partOf(totalOf(penalties));
  }
  // No earlier total holds them: the nearest is taken all the same (the text may be wrong), unless the figure alone
  // outgrows it (…其中乡村建设规划许可证1,213件，…；…受理不动产登记申请6.18万件 after 1,846件).
  return nearest && !(sameUnit(nearest.figure.baseUnit, figure.baseUnit) && figure.value > nearest.figure.value) ? partOf(nearest) : null;
}

/** The words of a heading sentence that opens the paragraph (（二）行政处罚。), or else of the heading line it stands under (二、行政处罚案件分析). */
function headingWords({ ctx }: State, para: number, sentence: number): string {
  if (sentence > para && HEADING_SENTENCE.test(ctx.masked.slice(para, sentence))) return ctx.masked.slice(para, sentence);
  // A heading of a few words names what its statistics count; one of two phrases (（二）坚持公正办案，监督纠错) is a motto.
  // The paragraph may open with a marker of its own (（一）从案件类别看，…): the heading above it, then.
  return [ctx.headingAt(para), ctx.headingAt(para - 1)].find((heading) => HEADING_LINE.test(heading)) ?? '';
}

/**
 * The indicator a cue in a heading's words names (`whole`: the words being that cue alone), of figure's unit; undefined for
 * none. Not a cue that names it only on conditions (申请 in 收到和处理政府信息公开申请情况 is an appeal's only in a paragraph on
 * reconsideration).
 */
export function namedBy(words: string, figure: Figure, whole = false): Indicator | undefined {
  const cue = lexicon.before.words.find(words, 0, words.length);
  if (whole && (cue?.start !== 0 || cue.end !== words.length)) return undefined;
  return cue ? lexicon.before.candidates.get(cue.word)?.find((c) => !c.rule.act && !c.rule.actAfter && !c.rule.follows && !c.rule.topic && accepts(c.indicator, figure))?.indicator : undefined;
}

/** Cases alone, with no total of the report's to hold them, are an enforcement report's penalty cases. */
function casesAlone(figure: Figure): Indicator | undefined {
  const cases = indicatorById(CASES_ALONE);
  return cases && accepts(cases, figure) ? cases : undefined;
}

/** The last total of cases in the report before figure k, of its own cue and no part, that holds the parts. */
function casesReported({ decided, figures }: State, k: number, parts: number): Found | null {
  const figure = figures[k] as Figure;
  for (let j = k - 1; j >= 0; j--) {
    const found = decided[j];
    if (found?.cueBefore && found.subject === null && !isPartRule(found) && CASE_TOTALS.has(found.indicator.id) && sameUnit(found.figure.baseUnit, figure.baseUnit) && found.figure.value >= parts) return found;
  }
  return null;
}

/** The indicator of the first figure after a way of classing at `since`, before figure k, that a cue of its own named as it could figure k. */
function firstPartNamed(state: State, k: number, since: number): Indicator | undefined {
  const figure = state.figures[k] as Figure;
  let first: Indicator | undefined;
  for (let j = k - 1; j >= 0 && (state.figures[j]?.start ?? 0) > since; j--) {
    const found = state.decided[j];
    if (found?.cueBefore !== undefined && !isPartRule(found) && accepts(found.indicator, figure)) first = found.indicator;
  }
  return first;
}

/**
 * Counts of cases closed, which kinds of cases do not class (but ways of ending them do: 按审理结果分); nor do they class
 * the cases of one kind counted beside the total (查办各类案件2.16万宗，…作出罚款决定的案件1.37万宗。分领域看：…).
 */
const CLOSING_CASES: ReadonlySet<string> = new Set(['penalty.closed', 'reconsideration.closed', 'petition.resolved', 'penalty.fine_cases', 'penalty.major_cases', 'penalty.lenient_cases']);
const BY_OUTCOME = /结果|结案|审结|办结|决定/;
/** Where a total's cases gather (集中在, 集中于), which classes them by kind. */
export const GATHERED_IN = /集中[在于]/;

/** Whether the opener at `since` is the 中 of 集中在 or 集中于. */
export function gatheredAt(text: string, since: number): boolean {
  return since > 0 && GATHERED_IN.test(text.slice(since - 1, since + 2));
}
const CASE_UNIT = '件';

/** The cases of a kind of dispute: what its parts class where no total holds them. */
function casesOf(topic: Topic | null): Indicator | undefined {
  return topic === null ? undefined : indicatorById(CASES_OF_TOPIC[topic]);
}
const CASES_OF_TOPIC: Readonly<Record<Topic, string>> = { reconsideration: 'reconsideration.cases', litigation: 'litigation.cases', petition: 'petition.cases' };
const CASES_ALONE = 'penalty.cases';
/** The totals a report's cases alone may mean. */
const CASE_TOTALS: ReadonlySet<string> = new Set([CASES_ALONE, ...Object.values(CASES_OF_TOPIC)]);

/** Whether one of the figures between a breakdown's opener at `since` and figure k, by its index, passes the test. */
export function someSince({ figures }: State, k: number, since: number, test: (j: number) => boolean): boolean {
  for (let j = k - 1; j >= 0 && (figures[j]?.start ?? -1) > since; j--) if (test(j)) return true;
  return false;
}

/** Where the first of the paragraphs right before `para` that open with a way of classing starts (按被申请人划分：…), or `para`. */
function classingParagraphsBefore({ ctx }: State, para: number): number {
  let at = para;
  for (let n = 0; n < MAX_CLASSING_PARAGRAPHS && at > 0; n++) {
    const before = ctx.paraStart(at - 1);
    // 一、案件基本情况 / …受理一百二十六件。/ 二、案件特点分析 / 从申请事项看，…: a heading between stands over nothing.
    if (HEADING_LINE.test(ctx.masked.slice(before, at - 1))) {
      at = before;
      continue;
    }
    const mark = firstIn(ctx.masked, CLASSING_MARKS, before, Math.min(at, before + MAX_CLASSING + 1));
    if (mark < 0 || !classingEndsAt(ctx.masked, before, mark)) break;
    at = before;
  }
  return at;
}
const MAX_CLASSING_PARAGRAPHS = 3;

/** Where the last item of an enumeration (；二是) that starts in [from, to) starts, or `from`. */
function itemStart(text: string, from: number, to: number): number {
  let start = from;
  for (const m of text.slice(from, to).matchAll(ITEM_OPENS)) start = from + m.index;
  return start;
}
const ITEM_OPENS = new RegExp(`[。；;]${NEXT_ITEM_MARK}`, 'g');

/** Whether a figure was read as a part of a breakdown or a list, by the rule that named it. */
export function isPartRule(found: Found): boolean {
  return found.rule.endsWith('/breakdown') || found.rule.endsWith('/list');
}

/**
 * Where the paragraph before `para` starts, or, when that paragraph and those before it are labelled
 * lines of figures (1.行政处罚案件：45件；2.罚款金额：312.5万元；…), where the first of up to twelve of them
 * starts; the first may follow the words that lead into them on its paragraph (情况如下：\n新收案件：186件).
 */
function labelledLinesBefore({ ctx }: State, para: number): number {
  let from = ctx.paraStart(para - 1);
  if (!LABELLED_LINE.test(ctx.masked.slice(from, para - 1))) return from;
  for (let lines = 1; lines < MAX_LABELLED_LINES && from > 0; lines++) {
    const before = ctx.paraStart(from - 1);
    const paragraph = ctx.masked.slice(before, from - 1);
    if (!LABELLED_LINE.test(paragraph.slice(paragraph.lastIndexOf('\n') + 1))) break;
    from = before;
  }
  return from;
}

function subjectStartOf(previous: Figure | undefined, since: number, partsFrom: number): number {
  return Math.max(previous ? previous.end : 0, since >= 0 ? partsFrom : 0);
}

/** A part named as a kind of cases, no act in its words (；货值金额5万元以上的大要案41件). */
const CASES_NAMED_PART = /^[；;][^，,。：:]*?(?:案件|大要案|要案)$/;
/** A part named by its class (道路运输类), not by an act of its own (适用一般程序立案). */
const CLASS_NAMED = /类$/;
/** How far after the opener a semicolon that ends the parts may stand. */
const MAX_PARTS_SPAN = 200;

/** A figure in brackets after the opener is a gloss's (（含上年结转2件）), unless the brackets hold it as its label's (噪声扰民（21.7万件）). */
function glossed(text: string, partsFrom: number, figure: Figure): boolean {
  return insideBrackets(text, partsFrom, figure.start) && !inSet(OPEN_BRACKET, text.charCodeAt(figure.start - 1));
}

/** The sum of the parts in figure k's unit from `partsFrom` to `end`, leaving out glosses (（含非法营运384起…）). */
function partsUpTo({ ctx, figures }: State, k: number, partsFrom: number, end: number): number {
  const unit = figures[k]?.baseUnit ?? '';
  let total = 0;
  for (const other of figures) if (other.start >= partsFrom && other.end <= end && sameUnit(other.baseUnit, unit) && !glossed(ctx.masked, partsFrom, other)) total += other.value;
  return total;
}

/**
 * The sum of the figures in figure k's unit among the parts of its breakdown: from its opener to the
 * end of its sentence, but for parts of a part, in brackets (医疗卫生类37件（其中非法行医12件）), and the
 * total said again after them (…吊销许可证3件，合计316件).
 */
export function partsTotal(state: State, k: number, partsFrom: number): number {
  const { ctx, figures } = state;
  const figure = figures[k];
  if (!figure) return 0;
  const full = ctx.masked.indexOf('。', figure.end);
  const stop = full < 0 ? ctx.masked.length : full;
  // Parts in brackets end with them (行政诉讼9件（含上年结转2件），审结7件: the 7 is no part).
  // Parts in a list end at its semicolon (…145件；移送涉嫌犯罪案件14件: the 14 is no part).
  // Parts a way of classing opens run to the end of the sentence or the line (从…看，公安类最多，共28件；其次为自然资源类16件…).
  const opener = ctx.masked.charCodeAt(partsFrom - 1);
  const end = opener === HAN || inSet(OPEN_BRACKET, opener) ? firstIn(ctx.masked, CLOSE_BRACKET, figure.end, stop) : inSet(CLASSING_MARKS, opener) ? firstIn(ctx.masked, LINE_END, figure.end, stop) : listEnd(ctx.masked, figure.end, stop);
  const counted = (other: Figure | undefined) => (other && sameUnit(other.baseUnit, figure.baseUnit) && !glossed(ctx.masked, partsFrom, other) && !summed(ctx.masked, other.start) ? other.value : 0);
  let total = 0;
  for (let j = k; j >= 0 && (figures[j]?.start ?? -1) >= partsFrom; j--) total += counted(figures[j]);
  // A figure in another unit ends the run of parts after figure k (…18件，罚款合计43.6万元，…不予处罚决定4件);
  // so does another opener (…其中非法行医21件、…55件，按程序分，简易程序47件: the same total broken down again).
  // So does a clause of an act that closes the things before (…其他4件，结案43件), of an act of its own
  // (…“隐形变异”培训19宗，作出行政处罚决定9件), or a statement of its own (…破坏草原案件8起，另有4起…移送).
  // A share between the parts does not end them (公安类最多，共28件，占受理总数的34.1%；其次为…16件), nor does money
  // that closes a part's clause (知识产权案件112件，罚款283.5万元；广告案件76件).
  for (let j = k + 1; j < figures.length && (figures[j]?.start ?? end) < end; j++) {
    const next = figures[j] as Figure;
    if (next.baseUnit === SHARE || (next.baseUnit === MONEY && figure.baseUnit !== MONEY && inSet(SEMICOLONS, ctx.masked.charCodeAt(next.end)))) continue;
    const previousEnd = figures[j - 1]?.end ?? end;
    const between = ctx.masked.slice(previousEnd, next.start);
    // …129件（含非法行医22件），公共场所卫生领域158件: brackets that break one part down hold no part; the parts go on after them.
    if (insideBrackets(ctx.masked, partsFrom, next.start)) continue;
    if (!sameUnit(next.baseUnit, figure.baseUnit) || lastOpener(ctx.masked, previousEnd, next.start) >= 0 || closesThingsBefore(between) || actOfItsOwn(between) || endedByComma(ctx.masked, previousEnd, next.start)) break;
    total += counted(next);
  }
  return total;
}

/**
 * Where a list of parts after 其中 ends: at a semicolon whose clause opens a statement of its own (…145件；移送涉嫌犯罪案件14件),
 * not one that names the next kind (知识产权案件112件，罚款283.5万元；广告案件76件).
 */
function listEnd(text: string, from: number, stop: number): number {
  let semicolon = firstIn(text, SEMICOLONS, from, stop);
  while (semicolon < stop) {
    const clause = text.slice(semicolon + 1, Math.min(stop, semicolon + 1 + MAX_KIND));
    if (statementOfItsOwn(clause) || !KIND_THEN_COUNT.test(clause) || ITEM_MARK_OPENS.test(clause)) return semicolon;
    semicolon = firstIn(text, SEMICOLONS, semicolon + 1, stop);
  }
  return stop;
}
/** The next item of an enumeration marked by a number, after a semicolon (；②对24件…): the list of parts has ended (；二是… is NEXT_ITEM's). */
const ITEM_MARK_OPENS = new RegExp(`^${ITEM_MARK}`);
/** A clause that names a kind, then its count (广告案件76件, 网络交易违法案件5_020件). */
const KIND_THEN_COUNT = /^[^，,；;。\d]{1,24}?\d/;
const MAX_KIND = 26;

const LINE_END = charSet('\n');
const SHARE = '%';

/** Brackets that hold only the total of what their words name (（216件）, （共计67件）). */
const TOTAL_IN_BRACKETS = /[（(](?:共计?|合计|总计|计)?$/;
const MAX_TOTAL_IN_BRACKETS = 3;

/** The words of a total said after its parts (合计316件). */
const SUMMED = /(?:合计|共计|总计|共)$/;
/** But not the first of a ranking's parts (公安类案件最多，共28件). */
const TOP_THEN_SUM = /(?:最多|最高|居首)[，,](?:共计|共)$/;

/** Whether the figure at `start` is a total said after its parts. */
function summed(text: string, start: number): boolean {
  return SUMMED.test(text.slice(Math.max(0, start - 2), start)) && !TOP_THEN_SUM.test(text.slice(Math.max(0, start - MAX_TOP_THEN_SUM), start));
}
const MAX_TOP_THEN_SUM = 5;

/** Whether figure k stands in a breakdown of a total of its own indicator (全年共检查1635家次，其中…联合检查14次). */
export function isPart(state: State, k: number, found: Found): boolean {
  const breakdown = breakdownOf(state, k);
  return breakdown.since >= 0 && breakdownParent(state, k, breakdown)?.found.indicator.id === found.indicator.id;
}

/**
 * Whether a breakdown opened at `since` ended at a semicolon before figure k: after the last
 * one, a figure named by a cue of its own (其中撤销4件；办理行政诉讼案件58件，…，较2024年的71件).
 */
function endedBySemicolon(state: State, k: number, since: number): boolean {
  const { ctx, figures, decided } = state;
  const figure = figures[k];
  if (!figure) return false;
  if (endedByComma(ctx.masked, since, figure.start)) return true;
  if (lastIn(ctx.masked, SEMICOLONS, figure.start, since) < 0) return false;
  // …其中邻里纠纷900余件；办理法律援助案件562件: a clause after a semicolon that is a statement of its own ends it, and
  // so are the clauses after it (…；办理户籍业务320件；数字城管平台受理案件1200件).
  const items = itemised(ctx.masked, since);
  for (let semicolon = firstIn(ctx.masked, SEMICOLONS, since, figure.start); semicolon < figure.start; semicolon = firstIn(ctx.masked, SEMICOLONS, semicolon + 1, figure.start)) {
    const clause = ctx.masked.slice(semicolon + 1, Math.min(figure.start, semicolon + 1 + MAX_CLAUSE_OPENING));
    if (statementOfItsOwn(items ? clause.replace(NEXT_ITEM, '') : clause)) return true;
  }
  // …；实施行政强制措施62件；移送…19件: so is every clause after the first semicolon since a figure named by a cue of
  // its own; but a sum of money beside each part (公共场所类52件，罚款9.48万元；…25件) ends no breakdown of counts, nor does
  // a part named by the cue before the opener (信访件按乡镇分布情况如下：网岭镇：137件；皇图岭镇：96件).
  const first = firstIn(ctx.masked, SEMICOLONS, since, figure.start);
  for (let j = k - 1; j >= 0; j--) {
    const before = figures[j];
    if (!before || before.start < first) break;
    const cue = decided[j]?.cueBefore;
    if (cue && cue.start > since && (before.baseUnit !== MONEY || figure.baseUnit === MONEY)) return true;
  }
  return false;
}
