// Figures of another period than the report's, and changes between periods: last year's level
// said after this year's (（2023年为4.2万元）, ，上年同期为812人次), paired with the figure it is the
// level then of.
import { inSet, lastIn } from './chars.js';
import { CLOSE_BRACKET, clauseStart, OPEN_BRACKET, SEMICOLONS } from './context.js';
import { type Figure, MONEY, OTHER_PERIOD, sameValue } from './figures.js';
import { accepts, type Found, GLUED, lexicon, MAX_GAP, type State } from './finder.js';
import { passedOver } from './not-counted.js';
import { pick } from './pick.js';

/** The rule of a level of another period, as its mention names it (penalty.cases/period). */
const PERIOD_RULE = '/period';

/** Words between cue and figure that make the figure a change, not a level (同比增长12%). */
export const CHANGE = /同比|增长|下降|上升|增加|减少|提高|提升|降低|多出|增多|较上年|较去年|比上年|比去年|比上一年/;

/** The same kind of things, named again after another period (上年同类, 上年同类案件, 上年同类活动, 上年同类纠纷调处数). */
export const SAME_KIND = '同类[\\u4e00-\\u9fff]{0,6}?';

/** A holiday of that period (较2024年春节的243件, 较去年国庆节假期的71件). */
const HOLIDAY = '[\\u4e00-\\u9fff]{1,3}(?:节|节假期|节期间|黄金周)';

/** The bodies since merged, whose figures then were added up (较2017年原国税、地税合计的245.16万元, 较2018年原三局合计的612件). */
const MERGED_BODIES = '原[\\u4e00-\\u9fff、]{1,8}?合[计計]';

/** A remark in a clause of its own, before another period's figure (，创历史新高，上年为1141件, ，连续三年下降，比2019年的4,120件). */
const REMARK = '[，,][^，,；;。\\d（()）]{1,8}';

/**
 * After a figure, the same figure of another period that it is compared with or changed from (，较2021年的503件, ，由2021年的2.8万件,
 * ，较上年度（2021年）的912件),
 * maybe its measure named again first (，案件数较2024年的351件), or a multiple of it (，是上年2.85万件的1.6倍), maybe in brackets
 * (（较上年的4871件有所增加）), maybe after a remark.
 */
export const COMPARED_PERIOD = new RegExp(`^(?:${REMARK})?[，,；;（(]?(?:案件数)?(?:较|比|与|同比|由|从|是)((?:19|20)\\d{2}年度?|上年度?|去年|上一年度?)(?:[（(](?:19|20)\\d{2}年度?[）)])?(?:同期|${HOLIDAY})?(?:${SAME_KIND})?(?:${MERGED_BODIES})?(?:的|[（(]为?)?$`);
/**
 * Between a figure and the same figure of another period, in brackets after it or in a clause of its own (（2023年为, （上年同期,
 * ，上年同期为, ，上年同样为, ；上年同类案件为, ；上年：), maybe after a remark; group 2, 均 or 都 when it is the level then of
 * every figure before it (，上年均为).
 */
const PERIOD_IN_BRACKETS = new RegExp(`^(?:${REMARK})?[（(，,；;](${OTHER_PERIOD})(?:${SAME_KIND})?(?:同样|也|亦|(均|都))?(?:[（(]?为|是|[：:])?$`);
/** The remark before the mark that opens the period (not the period before its year in brackets: ，较上年度（2021年）的). */
const REMARK_FIRST = new RegExp(`^${REMARK}(?=[（(，,](?!(?:19|20)\\d{2}年度?[）)]))`);

/**
 * After last year's figure, this year's in a clause of its own (上年度办理876件，本年度为1014件), after a half year's, the whole
 * year's (上半年办理行政处罚案件1.08万件，全年2.31万件), or the whole year's expected (1—11月共办理行政许可3865件，…，预计全年超过4200件),
 * or after the plan's, what was done (原计划开展法治培训十四期，实际完成十二期): no subject.
 */
const CURRENT_PERIOD = /^[，,](?:(?:本年度?|今年|当年)(?:为|是|达到?|共)|全年(?:为|是|达到?|共|累计)?|实际(?:完成|开展|举办|组织|达到?|为)?|预计全年(?:将|可)?(?:超过|突破|达到?|为)?)$/;

/** Brackets right after a figure that gloss it, no number in them (（含一审、二审）). */
const GLOSS = /^[（(][^（()）\d]*[）)]/;

/** Brackets that open with another period and are still open at a figure in them (（2021年为41起、). */
const BRACKET_PERIOD = new RegExp(`^[（(](${OTHER_PERIOD})(?:为|是)?[^（()）]*$`);

/**
 * Another period compared with, right before brackets that give its levels (，较上年（2,301件、1,528.9万元）分别增长…, 是2023年（2.85万件）的1.6倍),
 * maybe told by what came after it (是新法施行前2023年（128件）的1.46倍).
 */
const PERIOD_BEFORE_BRACKETS = new RegExp(`(?:较|比|与|同比|是)(?:[\\u4e00-\\u9fff]{1,6}?前)?(${OTHER_PERIOD})的?$`);
/** Brackets still open at a figure in them. */
const STILL_OPEN = /^[（(][^（()）]*$/;
/** How far before brackets the period compared with is read. */
const MAX_PERIOD_BEFORE = 18;

/**
 * 全年罚款5.6万元（2023年为4.2万元）, 办理许可5632件，上年同期4980件, 接待856人次，同比上升5.4%，上年同期为812人次:
 * another period's level, in brackets or a clause right after a figure, is the level then of the sentence's last
 * figure, in its unit, though a change that is no figure stands between.
 */
export function periodAfter(state: State, k: number, between: string): Found | null {
  // 行政诉讼案件19件（含一审、二审），上年为23件: a gloss on the figure before stands between. 信访事项47件（其中…21件），
  // 较上年的62件: so do brackets of its parts, closed right after the last of them, whose figures are passed over.
  const partsClosed = inSet(CLOSE_BRACKET, between.charCodeAt(0));
  const words = (partsClosed ? between.slice(1) : between).replace(GLOSS, '');
  const period = PERIOD_IN_BRACKETS.exec(words) ?? COMPARED_PERIOD.exec(words) ?? CURRENT_PERIOD.exec(words);
  if (!period) return null;
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const partsFrom = partsClosed ? lastIn(ctx.masked, OPEN_BRACKET, figure.start - between.length, ctx.sentStart(figure.start)) : -1;
  // 本年5627件；上年5108件 (a row's cells, 行政处罚决定　本年5627件　上年5108件): the level of the figure before the semicolon.
  const stop = inSet(SEMICOLONS, period[0].charCodeAt(0)) ? ctx.stopStart(figure.start) : ctx.sentStart(figure.start);
  // The level's words start after the mark before the period, past any remark.
  const from = figure.start - period[0].length + 1 + (REMARK_FIRST.exec(period[0])?.[0].length ?? 0);
  // 受理投诉举报512件，结案509件，结案率99.4%，较2024年的587件下降12.8%: the change said after the level tells which
  // figure it is the level then of; without one, the last that fits.
  const change = CHANGE_AFTER_LEVEL.exec(ctx.masked.slice(figure.end, figure.end + MAX_CHANGE_AFTER));
  let nearest: Found | null = null;
  for (let j = k - 1; j >= 0; j--) {
    const before = figures[j];
    if (!before || before.start < stop) break;
    if (before.start > partsFrom && partsFrom >= 0) continue;
    const found = decided[j];
    if (!found && CHANGE.test(ctx.masked.slice(clauseStart(ctx.masked, before.start), before.start))) {
      const changed = changedBy(state, j, figure, stop);
      if (changed) return levelThen(changed, figure, from, period[1]);
      continue;
    }
    // 集体访43批856人次，较上年的61批: the same count in a second unit stands between.
    const first = figures[j - 1];
    if (found && first && before.baseUnit !== figure.baseUnit && decided[j - 1] && GLUED.test(ctx.masked.slice(first.end, before.start))) continue;
    // 抽查1872户次，跨部门联合抽查占比达到42.5%，较2023年的1506户次: a share between is passed over.
    if (!found && passedOver(ctx, before)) continue;
    // 办理行政处罚案件31宗，罚款6.45万元，较2023年的22宗: a sum of money between, the count's own, is passed over;
    // so is a rate (成功调处1651起，调处成功率98.1%，与2018年的1412起相比).
    if (found && (before.baseUnit === MONEY || before.baseUnit === '%') && figure.baseUnit !== before.baseUnit) continue;
    // A figure no cue named (结案509件, 结案率99.4%) is passed over where a change tells which figure the level is of.
    if (change && !found) continue;
    if (!found || before.baseUnit !== figure.baseUnit || !accepts(found.indicator, figure)) break;
    if (period[2] !== undefined) return levelsThenOfAll(state, j, figure, stop, from, period[1]);
    if (!change || changedTo(figure.value, before.value, change)) return levelThen(found, figure, from, period[1]);
    nearest ??= found;
  }
  return nearest && levelThen(nearest, figure, from, period[1]);
}

/** A change right after a level of another period, in per cent (较2024年的587件下降12.8%) or by a count (较上年的3716件减少304件). */
const CHANGE_AFTER_LEVEL = /^(?<way>下降|减少|降低|增长|增加|上升|提高)(?<by>\d[\d,]*(?:\.\d+)?)(?:(?<percent>%)|(?![\d.,万亿]))/;
const MAX_CHANGE_AFTER = 12;
const FALLS = /下降|减少|降低/;
/** How far off a change said to one decimal may be, in per cent. */
const CHANGE_ROUNDING = 0.1;

/** Whether the change said takes the level `then` to the level `now`. */
function changedTo(then: number, now: number, change: RegExpExecArray): boolean {
  const by = Number(change.groups?.by?.replaceAll(',', '')) * (FALLS.test(change.groups?.way ?? '') ? -1 : 1);
  if (change.groups?.percent === undefined) return sameValue(now - then, by);
  return then > 0 && Math.abs(((now - then) / then) * 100 - by) <= CHANGE_ROUNDING;
}

/**
 * 查处186起，同比上升12.7%（2017年为165起）; 63起，罚款398.2万元，同比分别增长53.7%和76.2%（2021年为41起、
 * 226万元）, 2,614件，1,743.6万元，较上年（2,301件、1,528.9万元）: in brackets that open with another period,
 * or that follow one compared with, a figure is the level then of the sentence's last figure before the
 * brackets in its unit, though a change stands between.
 */
export function periodInBrackets(state: State, k: number): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const stop = ctx.sentStart(figure.start);
  const open = lastIn(ctx.masked, OPEN_BRACKET, figure.start, Math.max(stop, figure.start - MAX_GAP));
  if (open < 0) return null;
  const inside = ctx.masked.slice(open, figure.start);
  const opening = BRACKET_PERIOD.exec(inside);
  const compared = opening || !STILL_OPEN.test(inside) ? null : PERIOD_BEFORE_BRACKETS.exec(ctx.masked.slice(Math.max(stop, open - MAX_PERIOD_BEFORE), open));
  const period = opening ?? compared;
  if (!period) return null;
  for (let j = k - 1; j >= 0; j--) {
    const before = figures[j];
    if (!before || before.start < stop) break;
    if (before.end > open || before.baseUnit !== figure.baseUnit) continue;
    // 复议案件减少2件（2024年为6件）: the level of another period after a change, named by the cue the change had.
    const leading = decided[j] ? undefined : state.leading.get(before.start);
    // 罚没款…，案件数同比增加187件（上年为2,129件）: a change that no cue names is of the figure it changed.
    const found = decided[j] ?? (leading ? pick(state, lexicon.before, leading, figure, '', 'before') : changedBy(state, j, figure, stop));
    // 受理依申请公开23件（上年为15件）: the level then of a figure that counts nothing here, no figure either.
    if (!found && !passedOver(ctx, before)) return null;
    if (!found) continue;
    return levelThen(found, figure, compared ? figure.start : open + 1, period[1]);
  }
  return null;
}

/** Right before a level, the period it is of, compared with (较2022年的, 比上年同期的). */
const COMPARED_LEVEL = new RegExp(`(?:较|比|与|同比)(?:${OTHER_PERIOD})(?:同期)?的$`);
const MAX_COMPARED_LEVEL = 12;
/** The next period's level in a list of them (，较2019年的583件、2020年的496件): its period, after the list's mark. */
const NEXT_PERIOD = new RegExp(`^[、，,](${OTHER_PERIOD})的?$`);

/**
 * 较2019年的五百八十三件、2020年的四百九十六件连续下降: a level of another period, listed right after the
 * level of a period before, is of the same indicator, of its own period.
 */
export function nextPeriodLevel(state: State, k: number, between: string): Found | null {
  const prior = state.decided[k - 1];
  const period = NEXT_PERIOD.exec(between);
  if (!prior || !period || !accepts(prior.indicator, state.figures[k] as Figure)) return null;
  // 罚款金额较2022年的1,712.6万元、2023年的1,795.4万元: the level before read by its cue, of a period compared with, as well.
  const compared = COMPARED_LEVEL.test(state.ctx.masked.slice(Math.max(0, prior.figure.start - MAX_COMPARED_LEVEL), prior.figure.start));
  if (!prior.rule.endsWith(PERIOD_RULE) && !compared) return null;
  return levelThen(prior, state.figures[k] as Figure, (state.figures[k] as Figure).start - between.length + 1, period[1]);
}

/**
 * 被申请行政复议2件，被提起行政诉讼1件，上年均为0件: `level` as the level then of each figure read in the clauses before it, from
 * figure j back, in its unit: one mention each, the first for the earliest.
 */
function levelsThenOfAll(state: State, j: number, level: Figure, stop: number, spanStart: number, period: string | undefined): Found {
  const { figures, decided } = state;
  const levels: Found[] = [];
  for (let i = j; i >= 0; i--) {
    const before = figures[i];
    const found = decided[i];
    if (!before || before.start < stop || !found || before.baseUnit !== level.baseUnit || !accepts(found.indicator, level)) break;
    levels.unshift(levelThen(found, level, spanStart, period));
  }
  const [first, ...each] = levels as [Found, ...Found[]];
  return each.length > 0 ? { ...first, each } : first;
}

/** The figure as the level of another period (`period`, its subject) of what `of` counts, its words from `spanStart`. */
export function levelThen(of: Found, figure: Figure, spanStart: number, period: string | null | undefined): Found {
  return { indicator: of.indicator, rule: `${of.indicator.id}${PERIOD_RULE}`, figure, spanStart, spanEnd: figure.end, subject: period ?? null };
}

/**
 * 共立案查处违法案件2,316件，办结2,208件，…，案件数同比增加187件（上年为2,129件）: the figure of the sentence
 * before the change at figure j that the change took the earlier level to (2,129 + 187 = 2,316), if one is.
 */
function changedBy(state: State, j: number, level: Figure, stop: number): Found | null {
  const { ctx, figures, decided } = state;
  const change = figures[j] as Figure;
  if (change.baseUnit !== level.baseUnit || !CHANGE.test(ctx.masked.slice(clauseStart(ctx.masked, change.start), change.start))) return null;
  for (let i = j - 1; i >= 0 && (figures[i] as Figure).start >= stop; i--) {
    const found = decided[i];
    const now = figures[i] as Figure;
    if (found && now.baseUnit === level.baseUnit && sameValue(Math.abs(now.value - level.value), change.value) && accepts(found.indicator, level)) return found;
  }
  return null;
}

/** What reading other periods rests on, for the rule set's description. */
export const PERIOD_RULES = {
  change: CHANGE.source,
  periodInBrackets: PERIOD_IN_BRACKETS.source,
  remarkFirst: REMARK_FIRST.source,
  currentPeriod: CURRENT_PERIOD.source,
  bracketPeriod: BRACKET_PERIOD.source,
  periodBeforeBrackets: PERIOD_BEFORE_BRACKETS.source,
  stillOpen: STILL_OPEN.source,
  comparedPeriod: COMPARED_PERIOD.source,
  gloss: GLOSS.source,
};
