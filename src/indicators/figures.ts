// One pass over the text: every figure candidate (a number with a unit),
// with its value, its unit as written and how exact it is. Whether it is a
// figure of some indicator is decided later, by its context.
import type { Bound } from '../model/schema.js';
import { countKeyedAtOrBefore } from '../model/sorted.js';
import { FIGURE_SOURCE, parseNumber } from '../numbers/index.js';
import { type CharSet, charSet, codeAt, firstIn, inSet, lastIn } from './chars.js';
import { CLOSE_BRACKET, COLONS, OPEN_BRACKET } from './context.js';
import { alternation } from './words.js';

export interface Figure {
  /** First character, qualifier included (将近500宗 starts at 将). */
  start: number;
  /** The number token itself. */
  numStart: number;
  numEnd: number;
  /** After the unit and any trailing qualifier. */
  end: number;
  value: number;
  /** As written: 万元, 人次, %. */
  unit: string;
  /** What indicators accept: 元 for 万元, 人次 for 万人次. */
  baseUnit: string;
  bound: Bound;
  /** `151件中，…`: a total restated to lead into its breakdown, not a figure of its own. */
  leadIn: boolean;
}

/** Words that say a figure is a floor, before it or before the act it counts (不少于6次, 至少开展专项检查2次). */
export const FLOORS = ['不少于', '不低于', '至少'] as const;

// Maps, not objects: a lookup by a word that varies is a keyed read that optimised code does badly on an object.
const QUALIFIERS_BEFORE: ReadonlyMap<string, Bound> = new Map<string, Bound>([
  ['大约', 'about'], ['约', 'about'], ['约为', 'about'], ['约合', 'about'], ['约计', 'about'], ['大约为', 'about'],
  ['将近', 'under'], ['接近', 'under'], ['近', 'under'], ['不到', 'under'], ['不足', 'under'], ['少于', 'under'], ['低于', 'under'],
  ['不超过', 'under'], ['不高于', 'under'], ['不多于', 'under'],
  ['超过', 'over'], ['超过了', 'over'], ['超', 'over'], ['逾', 'over'], ['突破', 'over'], ['突破了', 'over'], ...FLOORS.map((w): [string, Bound] => [w, 'over']),
]);
/** Bounds that each of several things may keep to (均不足, 都超过), and the words for each before them. */
const EACH_BOUNDED: ReadonlySet<string> = new Set(['不足', '不到', '少于', '低于', '超过', '超', '逾', '不超过', '不多于', '不高于']);
const EACH_BEFORE = charSet('均都');
const QUALIFIERS_AFTER: ReadonlyMap<string, Bound> = new Map([
  ['以上', 'over'], ['以下', 'under'], ['以内', 'under'], ['左右', 'about'], ['上下', 'about'],
]);

/** The base unit of money: every amount is held in yuan. */
export const MONEY = '元';

/** Units that no indicator accepts, listed so that 1000项次 is read whole and never as 1000项. */
const OTHER_UNITS = ['项次', '条', '台', '部', '封', '幅', '篇', '宗次', '学时', '课时'];

/** How figures are found: the figure pattern, and the characters a unit can start with (a cheap first test). */
export interface FigureScanner {
  pattern: RegExp;
  /** A round number said by its scale word alone (近百件, 千余人次), with its unit. */
  roundPattern: RegExp;
  unitStart: CharSet;
}

/** Scale words that stand alone for a round number (近百件, 上千人次, 逾千件, 万余元, 近百万元, 逾亿元), longest first. */
const ROUND: ReadonlyMap<string, number> = new Map([['百万', 1e6], ['千万', 1e7], ['百', 100], ['千', 1000], ['万', 10000], ['亿', 1e8]]);
/** 上百, 上千, 上万: more than that many; 上 is no qualifier before any other number (线上120场). */
const ABOVE_ROUND = '上';

/**
 * Units that mean a duration or a change after 个 (3个月, 20个工作日, 5个百分点), batches sampled (抽查60个批次), or the teams
 * a body sent out (组成3个执法检查组, 5个工作组).
 */
const NOT_A_COUNT_AFTER_GE = /^(?:工作日|工作小时|月|小时|百分点|季度|星期|周|多月|年|批次|[\u4e00-\u9fff]{0,4}组(?![织建成]))/;
const MAX_AFTER_GE = 6;
/**
 * Characters that, right before a number, make it part of a date, a code, an
 * ordinal, a share of each (对每一宗败诉案件, 每10万人) or a guess (数十次). A time
 * keeps its ASCII colon (09:17); a full-width colon is a label's (行政处罚案件：120件).
 */
const GLUED_BEFORE = charSet('0123456789.．·-—~～/第每〔﹝[:#№');
/**
 * 行政处罚案件总数——512件, 罚没款————386.52万元: a label set apart from its figure by a run of dashes; the figure is no range's
 * end nor a page's number.
 */
function afterLabelDashes(text: string, numStart: number): boolean {
  return LABEL_DASHES.test(text.slice(Math.max(0, numStart - MAX_LABEL_DASHES), numStart));
}
const LABEL_DASHES = /[\u4e00-\u9fff”）)]—{2,}$/;
const MAX_LABEL_DASHES = 24;
/** 数十次, 几百件: a guess, before numerals in words only (参训人数120人次 is a count). */
const GUESS_BEFORE = charSet('数几');
/** The characters before 一 in words that end on it (唯一, 统一, 逐一). */
const ENDS_IN_ONE = charSet('唯统逐');
const ONE = '一';
/** The noun of a count before its numerals, no guess (案件总数二千一百三十六起). */
const COUNT_NOUN = /^[总件人次户]数$/;
/** But a lone 十, 百 or 千 after it is still a guess (查处违法案件数十起). */
const GUESS_NUMERAL = /^[十百千万]$/;
const FIRST_INSTANCE = '一审';
const SINGLE_NUMERAL = /^[〇零一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖拾]$/;
/**
 * Where a lone numeral character may stand as a figure: where its clause or line ends, brackets of notes on it open (败诉九件（败诉率8.6%）),
 * the next figure follows (两批二十三人次), or what befell them all (六件均继续有效, 其中一件被确认违法, 两件已办结,
 * 另有八件依法减轻处罚, 三件予以撤销, 其中一件败诉, 现行规范性文件四件逐一评估, 现行有效的三件经评估均继续有效).
 */
const LONE_NUMERAL_END = /^[，,。；;、：:）)（(一二三四五六七八九十两0-9均都被已依予因败逐经\n]?$/;
/** Another period than the report's (2023年, 上年同期, 前年 the year before last), as the words that compare figures name it. */
export const OTHER_PERIOD = '(?:19|20)\\d{2}年度?(?:同期)?|(?:上年|去年|上一年度?|上年度|前年)(?:同期)?|同期';
/** Or after an earlier period's words, the level compared with (较2023年的八件有所减少, 比上年的五件, 上年同期的三件). */
const EARLIER_LEVEL = new RegExp(`(?:(?:较|比|由|从)(?:${OTHER_PERIOD})|(?:上年|去年)同期)的$`);
const MAX_EARLIER_LEVEL = 12;
/** Or before a case unit, the cases named after it (查处两起违法案件, 办理两件行政复议案件). */
const CASE_UNITS = new Set(['件', '起', '宗', '例']);

/** How many of the figures, in the text's order, start before `position`. */
export function figuresStartingBefore(figures: readonly Figure[], position: number): number {
  return countKeyedAtOrBefore(figures, position - 1, figureStart);
}

const figureStart = (figure: Figure) => figure.start;

/** Whether two base units count the same things: equal, or both units of cases (3件 and 23起). */
export function sameUnit(a: string, b: string): boolean {
  return a === b || (CASE_UNITS.has(a) && CASE_UNITS.has(b));
}
/** A count of cases in a number other than a lone 一 (七起, 12件, 二十一宗): told by the one or two characters before its unit. */
const OTHER_COUNT = /(?:[0-9０-９二两三四五六七八九十百千〇零]|[〇零二两三四五六七八九十百千]一)[起件宗]/;

/** Whether the list that the 一 from `start` to `end` stands in, within its clause, counts something in another number. */
function countsOthers(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - MAX_LIST_SPAN);
  const open = lastIn(text, CLAUSE_MARK, start, from);
  const close = firstIn(text, CLAUSE_MARK, end, end + MAX_LIST_SPAN);
  return OTHER_COUNT.test(text.slice(open < 0 ? from : open + 1, start)) || OTHER_COUNT.test(text.slice(end, close));
}
const CLAUSE_MARK = charSet('，,；;。：:');
const MAX_LIST_SPAN = 40;

/** Whether two values are equal, as sums of figures in yuan that may carry decimals are. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= EQUAL_WITHIN * Math.max(Math.abs(a), Math.abs(b));
}
/** How near two values must be to be taken as equal, relative to them. */
const EQUAL_WITHIN = 1e-9;
/** Major decisions named right after a lone numeral counting items (两项重大行政决策事项, 两项事项纳入年度重大行政决策目录, 《…》等二项决策事项). */
const DECISIONS_NAMED_AFTER = /^[^，,。；;、\d]{0,8}?(?:重大行政决策|重大决策|“三重一大”|三重一大|决策事项)/;
/** The major decisions named right before a lone numeral (重大行政决策事项二项). */
const DECISIONS_NAMED_BEFORE = /(?:重大行政决策|重大决策|决策)事项$/;
const MAX_DECISIONS_NAMED = 8;
const ITEM = '项';
/** Papers named right after a lone numeral counting copies (三份行政规范性文件已全部清理, 两份合同). */
const PAPERS_NAMED_AFTER = /^[^，,。；;、\d]{0,8}?(?:规范性文件|合同|协议|决定书)/;
const COPY = '份';
const PIECE = '个';
/**
 * How far after a lone numeral the cases it counts may be named (对四起首次违法且及时整改的轻微违法行为, 对两起首次违法、情节轻微的违法行为,
 * 等八件文件): no other count between.
 */
const MAX_CASES_NAMED = 22;
const CASES_NAMED_AFTER = /^(?:[^，,。；;、\d]|、(?![\d〇一二两三四五六七八九十]))*?(?:案件|纠纷|投诉|举报|信访|复议|诉讼|违法行为|规范性文件|文件|合同|协议)/;
/** How far back the first 一起 of a slogan's pair may stand (发现一起、查处一起). */
const SLOGAN_REACH = 8;
/** The words of a slogan's other half, between 、 and its 一 (、规范一家). */
const SLOGAN_HALF = /^、[\u4e00-\u9fff]{1,4}一/;

/** Whether 一 and its unit, from `start` to `end`, are one half of a pair in quotes (“检查一家、规范一家”), not a list (医院一家、诊所一家). */
function pairedOne(text: string, start: number, end: number, unit: string): boolean {
  const next = SLOGAN_HALF.exec(text.slice(end, end + 7));
  if (next && text.startsWith(unit, end + next[0].length)) return CLOSING_QUOTES.has(text.charAt(end + next[0].length + unit.length));
  const before = text.slice(Math.max(0, start - SLOGAN_REACH), start);
  return CLOSING_QUOTES.has(text.charAt(end)) && before.includes(`一${unit}、`) && SLOGAN_WORDS.test(before.slice(before.lastIndexOf(`一${unit}、`) + unit.length + 2));
}
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '"', '」', '’']);
/** The words of the second half before its 一 (规范): all of them. */
const SLOGAN_WORDS = /^[\u4e00-\u9fff]{1,4}$/;

/** 推行“检查一次、全面体检”模式: a lone 一 inside a slogan's quotes, a few words from either mark, says how, not how many. */
function quotedOne(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - QUOTE_REACH), start);
  const open = before.lastIndexOf('“');
  if (open < 0 || before.includes('”', open)) return false;
  const after = text.slice(end, end + QUOTE_REACH + 1);
  const close = after.indexOf('”');
  return close >= 0 && !SLOGAN_BREAK.test(after.slice(0, close));
}
const QUOTE_REACH = 12;
/** A clause's or sentence's end, which no slogan's half holds. */
const SLOGAN_BREAK = /[，,。；;]/;

/** What a body sets out to do, then acts each on one, up to the next 一 (做到接访一件、化解一; 实现发现一起、查处一; 推动复议纠错一件、规范一类; 做到划转一项、规范一项). */
const SET_OUT = ['做到', '实现', '坚持', '确保', '力争', '达到', '推动'] as const;
const ACTS_ON_ONES = /^(?:[^一、，,。；;\d]{1,4}一[件起家个宗户项]、)*[^一、，,。；;\d]{1,4}$/;
const MAX_SET_OUT = 30;

/** Whether the 一 from `start` to `end` is one of such acts, in a list of them. */
function setOutOne(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - MAX_SET_OUT), start);
  return SET_OUT.some((lead) => {
    const at = before.lastIndexOf(lead);
    const acts = at < 0 ? '' : before.slice(at + lead.length);
    return ACTS_ON_ONES.test(acts) && (acts.includes('、') || text.startsWith('、', end));
  });
}

/** 每一件, 这两起, 上述三件: not a count of its own. */
const NOT_A_COUNT_BEFORE_LONE = charSet('每逐这该此述其');
/** What makes a lone 一 "not a single one" (无一件, 没有一起, 未发生一起), or "none left out" (不漏一村、不落一人). */
const NEGATED_ONE = /(?:无|没有|未有|未发生|没发生|未出现|不漏|不落|不少|不丢)$/;
/** What makes a lone 一 one for each (人手一册, 每户一份): how things were shared, no count. */
const EACH_ONE = /(?:人手|每人|每户|户均|人均)$/;
/** A number without a unit is a figure only as a rate (百分之八十, 80%). */
const RATE = /^百分之|[%％]$/;
const ARABIC_DIGIT = /[0-9０-９]/;
const ASCII_DIGIT_FIRST = /^[0-9]/;
/** The first character of a sum, in either numerals. */
const SUM_FIRST = /^[0-9一二三四五六七八九十两]/;
/** A scale word at the end of the number (3.5万), written into the unit. */
const SCALE_LAST = /[万亿萬億]$/;
/** Floor markers inside the number (二十余万, 500多). */
const FLOOR_IN_NUMBER = /[余多几幾]/;
/** After 中, what makes the figure a total leading into its breakdown (30件中，… / 30件中有…). */
const LEAD_IN_MARK = charSet('，,：:有');

/** Characters a number can start with, and characters it can go on with. */
const NUMBER_START = charSet('0123456789０１２３４５６７８９零〇一二两兩三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億廿卅');
const NUMBER_BODY = charSet('0123456789０１２３４５６７８９零〇一二两兩三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億廿卅.．,，点點余多几幾');
const PERCENT = charSet('%％');
/** The marks a run of numeral characters takes in between digits (1,234, 3.5) that may end it instead. */
const RUN_MARKS = charSet('.．,，');
const BEFORE_WORDS = [...QUALIFIERS_BEFORE.keys()].sort((a, b) => b.length - a.length);
/** Last characters of the qualifiers before a figure: most figures have none of them before, and need no further look. */
const BEFORE_WORD_ENDS = charSet(BEFORE_WORDS.map((w) => w.charAt(w.length - 1)).join(''));

export function figureScanner(accepted: Iterable<string>): FigureScanner {
  const units = [...accepted, ...OTHER_UNITS];
  const tail = `([余多])?(${alternation(units)})?(${alternation(QUALIFIERS_AFTER.keys())})?`;
  return {
    // Groups, in order: the number, a floor marker (余, 多), the unit, a qualifier after (以上).
    pattern: new RegExp(`(${FIGURE_SOURCE})${tail}`, 'y'),
    roundPattern: new RegExp(`(${[...ROUND.keys()].join('|')})${tail}`, 'y'),
    unitStart: charSet(units.map((u) => u.charAt(0)).join('')),
  };
}

/** Every figure candidate of `text`, in order. */
export function scanFigures(text: string, { pattern, roundPattern, unitStart }: FigureScanner): Figure[] {
  const figures: Figure[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!inSet(NUMBER_START, text.charCodeAt(at))) continue;
    // Most numeral characters stand in words (统一, 一是): no unit or percent sign after the run, no figure.
    let end = at + 1;
    while (end < text.length && inSet(NUMBER_BODY, text.charCodeAt(end))) end++;
    const next = codeAt(text, end);
    const written = text.startsWith('百分之', at); // 百分之八十 is a rate
    if (!written && !inSet(unitStart, next) && !inSet(PERCENT, next) && !inSet(PERCENT, text.charCodeAt(end - 1))) {
      // 行政复议（件）：9，其中被纠错（件）：1: a comma or point the run took in after the number ends it.
      let numberEnd = end;
      while (numberEnd > at + 1 && inSet(RUN_MARKS, text.charCodeAt(numberEnd - 1))) numberEnd--;
      const labelled = next === PIPE && codeAt(text, at - 1) === PIPE ? cellFigure(text, at, numberEnd) : labelledFigure(text, at, numberEnd);
      if (labelled) figures.push(labelled);
      at = end - 1;
      continue;
    }
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) {
      const round = readRound(text, at, roundPattern);
      if (round) {
        figures.push(round);
        at = round.end - 1;
      }
      continue;
    }
    // Normalised text keeps 1,234 ASCII: a full-width comma between numbers ends a clause (共120次，100%完成).
    const clause = m[0].indexOf('，');
    if (clause !== -1) {
      at += clause;
      continue;
    }
    const start = at;
    at += m[0].length - 1;
    // Numbered groups: a regex with named ones builds an object per match.
    const parts: Parts = { num: m[1] ?? '', more: m[2] ?? '', unit: m[3], after: m[4] ?? '' };
    if (parts.unit === undefined && !RATE.test(parts.num)) continue;
    const { word: before, gap } = qualifierOf(text, start);
    const figure = readFigure(text, start - gap - before.length, before, parts, gap);
    if (figure) figures.push(text.startsWith(TIMES_GLOSS, figure.end) ? timesGlossed(text, figure) : figure);
  }
  return figures;
}

/** 71人（次）, 40人（次）左右: a unit glossed as counted by the time, one unit with it (人次), its bound after the gloss. */
const TIMES_GLOSS = '（次）';
/** What a unit of places or people adds to count each time they were met (家次, 户次, 人次). */
export const TIMES = '次';

function timesGlossed(text: string, figure: Figure): Figure {
  const end = figure.end + TIMES_GLOSS.length;
  const after = [...QUALIFIERS_AFTER.keys()].find((w) => text.startsWith(w, end)) ?? '';
  const bound = after === '' ? figure.bound : figure.bound === 'exact' ? (QUALIFIERS_AFTER.get(after) ?? 'about') : 'about';
  return { ...figure, end: end + after.length, unit: figure.unit + TIMES, baseUnit: figure.baseUnit + TIMES, bound };
}

/** Units a table or a row's label writes apart from its numbers, longest first where one starts another, maybe in 万 or 亿. */
const UNITS_APART = '((?:万|亿)?(?:元|件次|件|户次|台次|次|人次)|项|起|宗|人|份|场次|场|家次|家|户|个|处|期|批次|批|%)';
/** A row's label that gives the unit of its figure, before a colon (行政检查（次）：, 罚款金额（万元）：, 行政许可/件：). */
const LABEL_UNIT = new RegExp(`(?:[（(]${UNITS_APART}[）)]|[/／]${UNITS_APART})[：:]$`);
const MAX_LABEL_UNIT = 7;
/** A line that gives the unit of the labelled lines under it, maybe after their heading (（一）执法办案（单位：件）). */
const BLOCK_UNIT = new RegExp(`[（(]单位[：:]${UNITS_APART}[）)]\\s*$`);
/** A labelled line with its number alone (行政处罚：3968), as such a block's lines are. */
const BARE_LINE = /^[^：:\n\d]{1,20}[：:]\s*\d[\d,.]*\s*$/;
const MAX_BLOCK_LINES = 12;
/** A number written in Arabic digits alone (63,200, 12.5), as a table's cell is. */
const BARE_NUMBER = /^\d+(?:,\d{3})*(?:\.\d+)?$/;
/** What may follow a table's cell on its line: its end, or a gloss in brackets (2043（较上年增长8.2%）). */
const CELL_END = /^(?:$|[\n；;。，,\s（(])/;

/**
 * 行政检查（次）：264: a bare number after a label that names its unit is a figure in that unit; so is one after a label
 * whose unit follows it in brackets (行政处罚案件数：1126（件）). A qualifier may stand between the colon and the number
 * (信访件（件）：约200).
 */
function labelledFigure(text: string, at: number, end: number): Figure | null {
  const before = qualifierBefore(text, at);
  const label = at - before.length;
  if (!inSet(COLONS, codeAt(text, label - 1))) return null;
  const bound = boundOf(before, '', '', '');
  const labelled = LABEL_UNIT.exec(text.slice(Math.max(0, label - MAX_LABEL_UNIT), label));
  const unit = labelled?.[1] ?? labelled?.[2];
  if (unit !== undefined) return CELL_END.test(text.slice(end, end + 1)) ? bareFigure(text, label, at, end, unit, end, bound) : null;
  const after = UNIT_AFTER.exec(text.slice(end, end + MAX_UNIT_AFTER));
  const unitAfter = after?.[1];
  if (after === null || unitAfter === undefined || !CELL_END.test(text.slice(end + after[0].length, end + after[0].length + 1))) {
    const total = unitOfTotalAbove(text, label) ?? unitOfBlockAbove(text, label);
    return total !== undefined && CELL_END.test(text.slice(end, end + 1)) ? bareFigure(text, label, at, end, total, end, bound) : null;
  }
  return bareFigure(text, label, at, end, unitAfter, end + after[0].length, bound);
}
/** A line that opens on 其中 (其中合同协议：). */
const PART_LINE = /^\s*其中/;
/** A line of a labelled total whose unit its label names (合法性审查（件）：137). */
const TOTAL_LINE = new RegExp(`[（(]${UNITS_APART}[）)][：:]\\s*\\d[\\d,.]*\\s*$`);

/** A line of a part whose number stands alone (其中县政府规范性文件：9). */
const BARE_PART_LINE = /^\s*其中[^：:\n]{1,20}[：:]\s*\d[\d,.]*\s*$/;
const MAX_PART_LINES = 8;

/**
 * 合法性审查（件）：137 / 其中县政府规范性文件：9 / 其中合同协议：58: a line of a part, under a labelled total and maybe
 * other such parts, counts in the total's unit.
 */
function unitOfTotalAbove(text: string, label: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', label - 1) + 1;
  if (lineStart === 0 || !PART_LINE.test(text.slice(lineStart, label))) return undefined;
  return unitOfLineAbove(text, lineStart, MAX_PART_LINES, TOTAL_LINE, BARE_PART_LINE);
}
/** 执法办案（单位：件） / 行政许可：26318 / 行政处罚：3968: a bare labelled line under a line that gives the block's unit counts in it. */
function unitOfBlockAbove(text: string, label: number): string | undefined {
  return unitOfLineAbove(text, text.lastIndexOf('\n', label - 1) + 1, MAX_BLOCK_LINES, BLOCK_UNIT, BARE_LINE);
}

/**
 * The unit (the first group of `unitLine`) of the nearest line above the one starting at `lineStart` that gives it, up to
 * `maxLines` up, over lines that `passLine` lets through; undefined where another line stands between.
 */
function unitOfLineAbove(text: string, lineStart: number, maxLines: number, unitLine: RegExp, passLine: RegExp): string | undefined {
  for (let up = 0, start = lineStart; up < maxLines && start > 0; up++) {
    const line = text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1);
    const unit = unitLine.exec(line)?.[1];
    if (unit !== undefined || !passLine.test(line)) return unit;
    start -= line.length + 1;
  }
  return undefined;
}
/** A row's unit in brackets right after its number (1126（件）, 468.9（万元）). */
const UNIT_AFTER = new RegExp(`^[（(]${UNITS_APART}[）)]`);
const MAX_UNIT_AFTER = 5;

/** A bare number from `at` to `end` in a unit written apart from it, the figure starting at `start` (its qualifier) and ending at `figureEnd`. */
function bareFigure(text: string, start: number, at: number, end: number, unit: string, figureEnd: number, bound: Bound = 'exact'): Figure | null {
  const token = text.slice(at, end);
  if (!BARE_NUMBER.test(token)) return null;
  const scale = unit.length > 1 && (unit.startsWith('万') || unit.startsWith('亿')) ? unit.charAt(0) : '';
  const parsed = parseNumber(token + scale);
  if (!parsed) return null;
  return { start, numStart: at, numEnd: end, end: figureEnd, value: parsed.value, unit, baseUnit: scale ? unit.slice(scale.length) : unit, bound, leadIn: false };
}

/** A table's cell of a unit alone, after the cell of its number (|128|件|, |47.35|万元|). */
const UNIT_CELL = new RegExp(`^\\|${UNITS_APART}(?=\\||$|\\n)`);
const PIPE = '|'.charCodeAt(0);

/** |行政处罚案件|128|件|: a bare number in a table's cell, its unit in the next cell, is a figure in that unit. */
function cellFigure(text: string, at: number, end: number): Figure | null {
  const unit = UNIT_CELL.exec(text.slice(end, end + MAX_UNIT_CELL))?.[1];
  return unit === undefined ? null : bareFigure(text, at, at, end, unit, end + 1 + unit.length);
}
const MAX_UNIT_CELL = 4;

/** What the figure pattern matched: the number, a floor marker, the unit (if any) and a qualifier after. */
interface Parts {
  num: string;
  more: string;
  unit: string | undefined;
  after: string;
}

/** The qualifier ending at `at`, or ending at a colon right before it (不少于：20场, as 受众：逾150万人次 would); gap: the colon's length. */
function qualifierOf(text: string, at: number): { word: string; gap: number } {
  const word = qualifierBefore(text, at);
  if (word !== '' || !inSet(COLONS, codeAt(text, at - 1))) return { word, gap: 0 };
  const beforeColon = qualifierBefore(text, at - 1);
  return beforeColon === '' ? { word: '', gap: 0 } : { word: beforeColon, gap: 1 };
}
/** The qualifier (约, 超过…) ending at `at`, longest first; '' when none. */
function qualifierBefore(text: string, at: number): string {
  if (!inSet(BEFORE_WORD_ENDS, codeAt(text, at - 1))) return '';
  for (const w of BEFORE_WORDS) {
    if (!text.startsWith(w, at - w.length) || (w === ABOUT && endsWordInAbout(text, at - 1))) continue;
    // 主要证据不足1件: a fault found in cases, no bound of the count.
    if (w === SHORT_OF && FAULT_BEFORE_SHORT.test(text.slice(Math.max(0, at - w.length - 2), at - w.length))) return '';
    return w;
  }
  return '';
}
const SHORT_OF = '不足';
/** What a court may find wanting in a decision (证据不足, 依据不足, 理由不足). */
const FAULT_BEFORE_SHORT = /(?:证据|依据|理由)$/;

/** What a threshold with 以上 names right after it (50万元以上大要案37件, 10万元以上等重大执法决定, 处以2万元以上罚款、对单位…). */
const THRESHOLD_OF = /^(?:大要案|大案|案件|等|重大|较大|罚款|、对)/;

/** A decision proposed, before thresholds (对拟作出罚款12万元以上、没收违法所得价值12万元以上…等重大执法决定): which decisions, no figure. */
const PROPOSED = /拟[^，,；;。]{0,24}$/;
const MAX_PROPOSED = 26;

/** 约 that ends a word (村规民约16件, 居民公约, 合约) is no qualifier; after 居民 it is (覆盖居民约1.2万人次). */
const ABOUT = '约';
const ENDS_IN_ABOUT = charSet('公民条合契预节制签履规');

/** Whether the 约 at `at` ends a word: 公约, 合约, 村规民约, not the 约 after 居民. */
function endsWordInAbout(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  return inSet(ENDS_IN_ABOUT, before.charCodeAt(0)) && (before !== '民' || text.charAt(at - 2) === '规');
}

/**
 * 近百件, 上千人次, 千余份: a scale word alone is a round number where a qualifier or a
 * floor marker says it is one; alone it stays a word (百姓, 千家万户, 万人空巷).
 */
function readRound(text: string, at: number, roundPattern: RegExp): Figure | null {
  roundPattern.lastIndex = at;
  const m = roundPattern.exec(text);
  if (!m || m[3] === undefined) return null;
  const above = text.charAt(at - 1) === ABOVE_ROUND;
  const before = above ? '' : qualifierBefore(text, at);
  const more = m[2] ?? '';
  if (!above && before === '' && more === '') return null;
  const figure = readFigure(text, at - before.length, before, { num: m[1] ?? '', more, unit: m[3], after: m[4] ?? '' });
  if (figure === null || !above) return figure;
  // 上 says what a floor marker says: more than that many.
  return { ...figure, start: at - 1, bound: boundOf('', '', ABOVE_ROUND, m[4] ?? '') };
}

function readFigure(text: string, index: number, before: string, g: Parts, gap = 0): Figure | null {
  let token = g.num;
  let numStart = index + before.length + gap;
  // 统一3件: a numeral character glued to the front of an Arabic number belongs to the word before it.
  const firstDigit = token.search(ARABIC_DIGIT);
  if (firstDigit > 0) {
    numStart += firstDigit;
    token = token.slice(firstDigit);
  }
  // 唯一一项, 逐一一件: the first 一 ends the word before it (唯一, 逐一), the numeral after it is the count (not 全系统一万余人).
  if (token.length === 2 && token.startsWith(ONE) && SINGLE_NUMERAL.test(token.slice(1)) && inSet(ENDS_IN_ONE, codeAt(text, numStart - 1))) {
    numStart += 1;
    token = token.slice(1);
  }
  const numEnd = index + before.length + gap + g.num.length;
  const more = g.more;
  const unitWritten = g.unit ?? '';
  const after = g.after;
  const round = ROUND.get(token);
  const parsed = round === undefined ? parseNumber(writtenNumber(token, unitWritten)) : { value: round, percent: false };
  if (!parsed) return null;
  let baseUnit: string;
  if (parsed.percent) {
    if (unitWritten !== '') return null;
    baseUnit = '%';
  } else {
    if (unitWritten === '') return null;
    baseUnit = unitWritten;
  }
  const unitEnd = numEnd + more.length + unitWritten.length;
  const end = unitEnd + after.length;
  const charBefore = codeAt(text, numStart - 1);
  if ((inSet(GLUED_BEFORE, charBefore) && !afterLabelDashes(text, numStart)) || (inSet(GUESS_BEFORE, charBefore) && !ASCII_DIGIT_FIRST.test(token) && (GUESS_NUMERAL.test(token) || !COUNT_NOUN.test(text.slice(numStart - 2, numStart))))) return null;
  if (baseUnit === '个' && NOT_A_COUNT_AFTER_GE.test(text.slice(unitEnd, unitEnd + MAX_AFTER_GE))) return null;
  // 罚款5万元以上的案件, 100人以上的培训, 超过10万元的案件, （罚款20万元以上）: a threshold that describes something, not a figure.
  if ((after !== '' || THRESHOLD_BEFORE.has(before)) && text.startsWith('的', end)) return null;
  // 罚没金额超百万元案件9宗: a sum a case's money lies above, glued to the cases it marks out.
  if (THRESHOLD_BEFORE.has(before) && baseUnit === MONEY && text.startsWith(CASES_NOUN, end)) return null;
  // 罚款金额在5万元以上、没收违法所得在10万元以上的案件: an amount a case's sum lies above is a condition.
  if (
    (after === '以上' || after === '以下') &&
    // （20场次以上）: a count alone in brackets, its bound after it, is a figure all the same.
    ((inSet(CLOSE_BRACKET, codeAt(text, end)) && (baseUnit === MONEY || !inSet(OPEN_BRACKET, codeAt(text, numStart - 1)))) ||
      THRESHOLD_OF.test(text.slice(end, end + 3)) ||
      // 处1万元以上10万元以下罚款, 处五千元以上五万元以下罚款: a sum with 以上 right before another opens a range the law sets.
      (after === '以上' && baseUnit === MONEY && SUM_FIRST.test(text.slice(end, end + 1))) ||
      PROPOSED.test(text.slice(Math.max(0, numStart - MAX_PROPOSED), numStart)) ||
      (baseUnit === MONEY && text.charAt(numStart - 1) === '在'))
  ) {
    return null;
  }
  // 其余乡镇均不足10件: a bound that each of things unnamed keeps to, no count of them.
  if (EACH_BOUNDED.has(before) && inSet(EACH_BEFORE, codeAt(text, index - 1)) && baseUnit !== '%') return null;
  if (baseUnit === '处' && text.startsWith('罚', unitEnd)) return null;
  if (baseUnit === '单' && text.startsWith('位', unitEnd)) return null;
  if (baseUnit === '期' && text.startsWith('间', unitEnd)) return null;
  // 二次供水, 八项规定, 三张清单, “综合查一次”: a lone numeral character is a figure only where a clause ends.
  if (SINGLE_NUMERAL.test(token) && !LONE_NUMERAL_END.test(text.slice(end, end + 1)) && !namesCases(text, numStart, token, baseUnit, end) && !runsOn(text, end, baseUnit) && !EARLIER_LEVEL.test(text.slice(Math.max(0, numStart - MAX_EARLIER_LEVEL), numStart))) return null;
  // 发现一起、查处一起: a slogan's 一起, one of a pair, is no count.
  // Not a count listed before others (按日连续处罚一起、查封扣押七起).
  // But in a list that counts other things in other numbers (其中撤销登记七起、责令撤换负责人一起、警告一起), one is one case.
  if (token === '一' && baseUnit === '起' && (SLOGAN_HALF.test(text.slice(end, end + SLOGAN_REACH)) || text.slice(Math.max(0, numStart - SLOGAN_REACH), numStart).includes('一起、')) && !countsOthers(text, numStart, end)) return null;
  // “检查一家、规范一家”: so is one of any unit, paired with another 一 of it; and, unquoted, acts each on one that a body
  // sets out to do (做到接访一件、化解一件、巩固一件).
  if (token === '一' && (pairedOne(text, numStart, end, unitWritten) || setOutOne(text, numStart, end) || quotedOne(text, numStart, end))) return null;
  // “一件一评估”, 一案一档: a slogan pairing each thing with what is done to it; not a case at first instance (其中一件一审败诉).
  if (token === '一' && text.startsWith('一', end) && !text.startsWith(FIRST_INSTANCE, end)) return null;
  // 无一件被纠错, 没有一起败诉: "not a single one", a zero; 学法不落一人: none left out, no count.
  if (token === '一' && NEGATED_ONE.test(text.slice(Math.max(0, numStart - 3), numStart))) return null;
  // 做到村民家中人手一册: one for each.
  if (token === '一' && EACH_ONE.test(text.slice(Math.max(0, numStart - 2), numStart))) return null;
  const scale = SCALE_LAST.test(token) && baseUnit !== '%' ? token.charAt(token.length - 1) : '';
  return {
    start: before === '' ? numStart : index,
    numStart,
    numEnd,
    end,
    value: parsed.value,
    unit: baseUnit === '%' ? '%' : scale + unitWritten,
    baseUnit,
    bound: boundOf(before, token, more, after),
    // 30件中，… / 30件中有…: 中 closes the clause; 110所中小学校 is a kind of school.
    leadIn: text.startsWith('中', end) && inSet(LEAD_IN_MARK, codeAt(text, end + 1)),
  };
}

/** A dot before three digits and nothing more (1.024起): thousands, in a count no fraction can have. */
const THOUSANDS_DOT = /^\d{1,3}\.\d{3}$/;

/** The number as a reader takes it, where its writer grouped thousands with a dot in a count (1.024起, not 1.024万元). */
function writtenNumber(token: string, unit: string): string {
  return unit !== '' && !unit.endsWith(MONEY) && THOUSANDS_DOT.test(token) ? token.replace('.', '') : token;
}

const CASES_NOUN = '案件';
/** Qualifiers before a figure that make it a threshold where 的 follows (超过10万元的案件). */
const THRESHOLD_BEFORE: ReadonlySet<string> = new Set(['超过', '超过了', '超', '逾', '不少于', '不低于', '至少', '不超过', '不高于', '不多于', '不足', '不到', '少于', '低于']);

/** What may follow cases counted where a stop was left out (查处案件九起结案9起, 受理五件其中…). */
const RUN_ON = /^(?:结案|办结|审结|其中)/;

/**
 * What may follow any count run on into a total of what it counted, or the people who came (培训班三期共四十八人次, 培训一场参训60人),
 * or what befell them all (重大行政决策事项五项全部经过合法性审查).
 */
const RUN_ON_TOTAL = /^(?:共计|共|合计|累计|参训|参加|参与|观看|覆盖|全部)/;

/** Whether things counted by a lone numeral run on into the next clause, its stop left out. */
function runsOn(text: string, end: number, unit: string): boolean {
  const next = text.slice(end, end + 2);
  return (CASE_UNITS.has(unit) && RUN_ON.test(next)) || RUN_ON_TOTAL.test(next);
}

/**
 * A lone numeral that counts the cases named after it, or the major decisions (两项重大行政决策事项); 一起 is also
 * "together", 一件事 a thing to do.
 */
function namesCases(text: string, numStart: number, token: string, unit: string, end: number): boolean {
  if (inSet(NOT_A_COUNT_BEFORE_LONE, codeAt(text, numStart - 1))) return false;
  const after = text.slice(end, end + MAX_CASES_NAMED);
  // 重大行政决策事项二项履行了…程序: or named right before it.
  if (unit === ITEM) return DECISIONS_NAMED_AFTER.test(after) || DECISIONS_NAMED_BEFORE.test(text.slice(Math.max(0, numStart - MAX_DECISIONS_NAMED), numStart));
  if (unit === COPY) return PAPERS_NAMED_AFTER.test(after);
  // 对…的三个案件依法不予行政处罚: cases counted by 个, named right after it.
  if (unit === PIECE) return text.startsWith(CASES_NOUN, end);
  // 对一起首次轻微违法行为不予处罚: after 对, 一起 is one case, not "together".
  const together = token === ONE && unit === '起' && text.charAt(numStart - 1) !== '对';
  return CASE_UNITS.has(unit) && !together && !text.startsWith('事', end) && CASES_NAMED_AFTER.test(after);
}

/** One qualifier gives its bound, and so do qualifiers that agree (300余件以上); others stacked (约5万余人次) say only `about`. */
function boundOf(before: string, token: string, more: string, after: string): Bound {
  const found: Bound[] = [];
  if (before) found.push(QUALIFIERS_BEFORE.get(before) ?? 'about');
  if (more || FLOOR_IN_NUMBER.test(token)) found.push('over');
  if (after) found.push(QUALIFIERS_AFTER.get(after) ?? 'about');
  if (found.length === 0) return 'exact';
  const [first = 'exact'] = found;
  return found.every((bound) => bound === first) ? first : 'about';
}
