// What the steps of the finder share: the lexicon, how far a cue reaches, the
// figures of a text and the decisions on them so far.
import type { Breakdown } from './breakdown.js';
import type { Context } from './context.js';
import type { Figure } from './figures.js';
import { buildLexicon } from './lexicon.js';
import type { ReportingBody } from './other-bodies.js';
import type { Indicator } from './types.js';

/** The catalogue's cue tables, built once. */
export const lexicon = buildLexicon();

/** The end of the id of an indicator's cases (reconsideration.cases), beside those closed or lost. */
export const CASES_ID = '.cases';

/** The family of an indicator: the first word of its id (reconsideration of reconsideration.closed). */
export function family(indicator: Indicator): string {
  return indicator.id.slice(0, indicator.id.indexOf('.'));
}

/** Totals whose parts name what the act was done to: reviews, appeals, suits. */
export const PARTS_NAME_THINGS: ReadonlySet<string> = new Set(['review.cases', 'reconsideration.cases', 'reconsideration.closed', 'litigation.cases', 'petition.cases', 'complaint.cases', 'hotline.tickets', 'litigation.lost', 'reconsideration.overturned']);

/** The last cue word before a figure found between `from` and `to` (in a list's item, a label, a clause), or null. */
export function lastCueIn(text: string, from: number, to: number): Cue | null {
  let last: Cue | null = null;
  for (let cue = lexicon.before.words.find(text, from, to); cue !== null; cue = lexicon.before.words.find(text, cue.end, to)) last = cue;
  return last;
}

/** Whether `word` is a cue word before a figure that may name indicator `id`. */
export function cueOf(word: string, id: string): boolean {
  return (lexicon.before.candidates.get(word) ?? []).some((c) => c.indicator.id === id);
}

/** Longest stretch between a cue and its figure (book titles count as one character). */
export const MAX_GAP = 24;

/** How far after a figure a cue word may stand in its clause. */
export const AFTER_REACH = 80;

export interface Found {
  indicator: Indicator;
  rule: string;
  figure: Figure;
  spanStart: number;
  spanEnd: number;
  subject: string | null;
  /** The cue word before the figure that named it, if one did. */
  cueBefore?: Cue;
  /** Named by a cue that counts only after another figure (办结139件 after the cases): no total a later breakdown breaks down. */
  derived?: boolean;
  /** The part that opened a breakdown with an act on a kind, for the parts read by it. */
  actPart?: Found;
  /** The total that this part, named by a level or unit of the body or a kind of its things, is a part of (，市本级1200件, ，即办件1.5万件). */
  levelTotal?: Found;
  /** Mentions of the same figure for the other cue words that 各 gives it to (行政复议、行政诉讼案件各2件). */
  each?: Found[];
  /** Cue words that 分别 pairs with figures in order, and this figure's place among them. */
  respectively?: { chain: Cue[]; index: number };
}

export interface Cue {
  word: string;
  start: number;
  end: number;
}

export interface State {
  ctx: Context;
  figures: Figure[];
  /** Decision for each figure so far (lead-ins included), null when it is no mention. */
  decided: Array<Found | null>;
  /**
   * Figures (by start) that were no level of their own but lead to one, with the cue that
   * named them: an earlier period's level (由上年的98件) or a change (同比增长15%).
   */
  leading: Map<number, Cue>;
  /** Each figure's breakdown, once read: several steps ask for it, and it depends only on the decisions before it. */
  breakdowns: Array<Breakdown | undefined>;
  /** The total a run of parts adds up to, once summed (summed-parts.ts): every part of the run asks for the same sum. */
  sums: Map<string, Found | null>;
  /** Each figure's run of items named by periods, once found (summed-parts.ts): [first, last] figure of the run. */
  periodRuns: Array<readonly [number, number] | undefined>;
  /** The kind of body that made the report, which tells whose figures are its own. */
  body: ReportingBody;
}

export function accepts(indicator: Indicator, figure: Figure): boolean {
  return indicator.units.includes(figure.baseUnit);
}

/**
 * A kind of case named as a class (重大事故隐患类案件), by the powers it falls under (赋权事项案件), or by the things
 * the offence used (违规使用禁用渔具案件), with the ways it used them (使用禁用渔具渔法案件): the words in it name the
 * kind, and block nothing.
 */
const CASE_CLASS = /[\u4e00-\u9fff]{1,8}(?:类|事项|具(?:[\u4e00-\u9fff]法)?|物品)(?:违法)?案件/g;

export const CASES = '案件';

/** The name or quality of goods declared (伪报货物品名, 瞒报货物品质): it holds 物品 and names no things taken. */
const GOODS_NAMED = /货物品(?=[名质种])/g;

/**
 * An offence named by the things it used or left (违规占道堆放物品, 非法使用禁用渔具, 使用未经检定计量器具违法行为, 违反危险物品管理规定), or by the bounds of a
 * licence it went beyond (超越许可事项从事经营): a kind of case, no things taken nor matters handled; or
 * named as a problem (查处违规销售超标准墓穴等问题12起): a kind of case, no problem found; not the things that have such problems
 * (排查出…擅自改变规划用途等问题项目73个: projects found).
 */
const OFFENCE_WITH_THINGS = /(?:违规|违法|非法|擅自|私自|违反)[\u4e00-\u9fff]{1,8}?(?:物品|工具|器具|网具|渔具|等问题$)|(?:使用|销售|生产|经营)[\u4e00-\u9fff]{1,10}?(?:物品|工具|器具|网具|渔具)(?=(?:违法|违规)行为)|(?:超越|超出)[\u4e00-\u9fff]{0,4}?事项/g;
const OFFENDING = /违规|违法|非法|擅自|私自|违反|超越|超出/;
/** A place named by what is done there (处理场所, 经营场所), or a trade named by what it treats (污水处理, 危废处置): things checked, no act. */
const PLACE_OF_USE = /[\u4e00-\u9fff]{2}场所|(?:污水|废水|垃圾|危废|固废|医废|废物)(?:处理|处置)/g;
const PLACE = /场所|处理|处置/;
/** A body named for its oversight (市场监督管理局, 质量技术监督局): a body, no act of oversight. */
const OVERSEEING_BODY = /监督管理(?:局|总局|分局|所|部门|委员会)|技术监督局/g;
const OVERSEEING = '监督';

/** Whether words between a cue and a figure hold one of the indicator's blockers, outside a class of case, an offence's name, a place's or a body's. */
export function blocked(indicator: Indicator, words: string): boolean {
  const blockers = indicator.blockers;
  if (!blockers?.some((w) => words.includes(w))) return false;
  const classless = (words.includes(CASES) ? words.replace(CASE_CLASS, '') : words).replace(GOODS_NAMED, '货');
  const named = OFFENDING.test(classless) ? classless.replace(OFFENCE_WITH_THINGS, '') : classless;
  const placed = PLACE.test(named) ? named.replace(PLACE_OF_USE, '') : named;
  const plain = placed.includes(OVERSEEING) ? placed.replace(OVERSEEING_BODY, '') : placed;
  return blockers.some((w) => plain.includes(w));
}

/** Whether words hold a title that ends in a blocker (发放《告知书》1,860份, 《责令改正通知书》): things of that kind, however masked. */
export function titledAsBlocked(indicator: Indicator, words: string): boolean {
  return words.includes(TITLE_CLOSE) && (indicator.blockers?.some((w) => words.includes(w + TITLE_CLOSE)) ?? false);
}
export const TITLE_OPEN = '《';
export const TITLE_CLOSE = '》';

/** Between two figures of one count in two units (236批856人次, 128批次、346人次, 1287件（批）、2354人次, 培训2期（120人次）, 轮训2期共480人, 培训3期、共156人次, 培训3期，共320人次, 培训5批次、计42人次). */
export const GLUED = /^(?:[（(][\u4e00-\u9fff]{1,2}[）)])?(?:、|[、，,]?(?:共计?|计))?$/;

/** What joins two acts named together in a clause (废止、宣布失效617件, 宣布失效或废止736件). */
export const ACTS_JOINED = /[、和或]/;

/** Whether each act of a clause (废止、修改; 制定出台, 宣布失效废止: acts run together) is one of the indicator's part acts, or several of them run together. */
export function actsOn(indicator: Indicator, act: string): boolean {
  const partActs = indicator.partActs;
  if (partActs === undefined) return false;
  const runTogether = (word: string): boolean => word === '' || partActs.some((one) => word.startsWith(one) && runTogether(word.slice(one.length)));
  return act.split(ACTS_JOINED).every((word) => word !== '' && runTogether(word));
}
