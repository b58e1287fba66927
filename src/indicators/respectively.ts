// Figures paired with cue words in order: 分别 after linked cues or listed items
// (行政复议、行政诉讼案件分别为5件和3件; 受理信访件、办结信访件分别为58件、56件),
// and 各 that gives one figure to each (行政复议、行政诉讼案件各2件).
import { breakdownOf, breakdownParent, GATHERED_IN } from './breakdown.js';
import { type CharSet, charSet, countOf, firstIn, inSet } from './chars.js';
import { clauseEnd, clauseStart, COMMA_ONLY, CONCERNING, type Context, RESPECTIVELY } from './context.js';
import { type Figure, sameUnit, sameValue } from './figures.js';
import { accepts, actsOn, blocked, CASES_ID, type Cue, cueOf, family, type Found, lastCueIn, lexicon, PARTS_NAME_THINGS, type State } from './finder.js';
import { levelThen, SAME_KIND } from './periods.js';
import { countsOtherwise, DIGIT, ITEM_ACT, LIST_JOIN_MARKS, LIST_JOIN_SPLIT, LIST_JOINS, MEDIATED_CLOSING, namesOutcome, pick, RULING_IN } from './pick.js';
import { cleanSubject } from './subject.js';
import type { Indicator } from './types.js';

/** An act alone, as listed before one cue with 分别 (受理、办结信访事项), maybe after who did it and 分别 (全市行政复议机关分别受理). */
const LISTED_ACTS = '(?:受理|办结|审结|立案|结案|制定|出台|印发|修订|修改|废止|清理|审核|审查|备案|新收|收到|接待|化解|处置|查处|办理|作出)';
const LISTED_ACT = new RegExp(`^(?:[^、，,；;。\\d]{0,16}?(?:分别|共计?|累计|全年|依法))?(?:全年|共|依法|分别)?${LISTED_ACTS}$`);
/** One of those acts, right before a cue: what acts listed before it must end on. */
const ACT_RIGHT_BEFORE = new RegExp(`${LISTED_ACTS}$`);
const ACT_LENGTH = 2;

/** Joins two cue words that name one figure together (诉讼、复议案件410宗 is neither). */
const LINKERS = '、和及与或';

/** A linker and a hotline's number, maybe its owner's name, before the next cue (及12360海关热线工单). */
const LINKED_BY_NUMBER = new RegExp(`^[${LIST_JOIN_MARKS}]\\d{4,5}[\\u4e00-\\u9fff]{0,4}$`);

/** A linker and an act of the next item, before 分别 (和发放宣传资料). */
const LINKED_BY_ACT = new RegExp(`^[${LIST_JOIN_MARKS}][\\u4e00-\\u9fff]{1,2}$`);

/** A linker and the act that brings the next case on, said again (被申请行政复议和被提起行政诉讼的案件): the same figure's. */
const LINKED_BY_BRINGING = new RegExp(`^[${LINKERS}]被?(?:提起|申请|起诉)$`);

/** A linker and the body's part in the next case, said again (行政复议案件和作为被告的行政诉讼案件共4件): the same figure's. */
const LINKED_BY_ROLE = new RegExp(`^[${LINKERS}]作?为被(?:告|申请人)的$`);
/** The body's part in a case, a cue of its own right before the case's (为被告的行政诉讼案件). */
const ROLE_CUE = /^为被(?:告|申请人)的$/;

const MAX_ITEM_ACT = 5;
/** How far apart linked cue words may stand: a linker, a hotline's number and its owner's name. */
const MAX_LINK = 10;

/** Just before the figure after linked cue words, gives the figure to each of them (各2件, 均为2件). */
export const EACH = /(?:各|均为|都是)$/;

/** The case noun a list of kinds ends with (无证行医案件). */
const CASE_NOUN_END = /(?:违法)?案件$/;

/** What joins two figures that 分别 gives in order (5件和3件): what joins the items of a list. */
export const NEXT_IN_ORDER = new RegExp(`^[${LIST_JOIN_MARKS}]$`);

/** The kinds listed between a cue and 各 (非法行医、无证行医案件各), two at least, else null. */
export function kindsEach(ctx: Context, figure: Figure, gap: string): string[] | null {
  return kindsIn(ctx.text.slice(figure.start - gap.length, figure.start).replace(EACH, ''));
}

/**
 * Things listed before 各, right before the figure or opening its clause before its act (撤销、确认违法各4件,
 * 其中白沙乡、梅岭乡各156起, 花果山所、南城所各查处案件46起, 作出责令停产停业整顿、暂扣许可证处罚决定各2件, “4·22”地球日、
 * “6·25”土地日普法宣传活动各1场): the names, two at least; not kinds listed with 等, nor 各 of all kinds (各类, 各级), nor
 * items with figures of their own before the rest (那大镇人民政府11件、白马井镇人民政府8件、其余各镇合计19件).
 */
const LISTED_EACH = /(?:^|[，,；;：:])(?:其中)?(?<list>(?!其中)(?![^，,；;。、各]*\d[件起宗次家户])[^，,；;。、各]{1,16}(?:、(?![^，,；;。、各]*\d[件起宗次家户])[^，,；;。、各]{1,16})+)(?<!等)各(?![类种级项地界族个]|方面|部门|单位)(?:为|有)?[^，,；;。\d]{0,10}$/;

/** A figure found for the first of things listed before 各, given to each of them (撤销、确认违法各4件 → 4 and 4), unless it already is. */
export function eachListed(state: State, k: number, found: Found | null): Found | null {
  if (!found || found.each || found.respectively) return found;
  const { ctx } = state;
  const figure = found.figure;
  const clause = ctx.masked.slice(clauseStart(ctx.masked, figure.start), figure.start);
  const listed = clause.includes('各') ? LISTED_EACH.exec(clause)?.groups : undefined;
  // 各0.61万件、1.05万件、0.7万件: 各 before several figures pairs them in order, as 分别 does.
  if (!listed || figuresInOrder(state, k) > 1) return found;
  const kinds = (listed.list ?? '').split('、').map((kind) => cleanSubject(kind.replace(CASE_NOUN_END, '')));
  // 受理、办结信访件各56件: acts listed are each their own indicator's, not kinds of one.
  // 会前学法、局党组理论学习中心组专题学法各6次: an item that names the indicator by a cue of its own is blocked by none of its words.
  const items = (listed.list ?? '').split('、');
  const unnamed = items.filter((item) => !namesIndicator(item, found.indicator.id));
  if (kinds.some((kind) => kind === null || LISTED_ACT.test(kind)) || blocked(found.indicator, unnamed.join('、'))) return found;
  // 开展立法协商、听证各1次: an item that is the cue alone, beside others that name no such thing, is a thing of its own, not a
  // kind of theirs (but “4·22”地球日、“6·25”土地日普法宣传活动各1场: the cue ends the last item, the things all have).
  if (unnamed.length > 0 && items.some((item) => cueAlone(item, found.indicator.id))) return found;
  const [first, ...rest] = kinds as string[];
  return { ...found, subject: first ?? null, each: rest.map((kind) => ({ ...found, subject: kind })) };
}

/** Whether an item is one cue word of the indicator and nothing else. */
function cueAlone(item: string, id: string): boolean {
  const cue = lexicon.before.words.find(item, 0, item.length);
  return cue !== null && cue.start === 0 && cue.end === item.length && cueOf(cue.word, id);
}

/** Whether words hold a cue word that may name the indicator. */
function namesIndicator(words: string, id: string): boolean {
  for (let cue = lexicon.before.words.find(words, 0, words.length); cue !== null; cue = lexicon.before.words.find(words, cue.end, words.length)) {
    if (cueOf(cue.word, id)) return true;
  }
  return false;
}

/** The kinds listed in `words` (非法行医、无证行医案件), two at least, else null. */
function kindsIn(words: string): string[] | null {
  const kinds = words.split(LIST_JOIN_SPLIT).map((kind) => cleanSubject(kind.replace(CASE_NOUN_END, '')));
  return kinds.length > 1 && kinds.every((kind) => kind !== null) ? (kinds as string[]) : null;
}

/** Two cue words joined by a linker (行政复议、行政诉讼); `withAct`: or by a linker and an act of the second (和发放宣传资料). */
export function linked(ctx: Context, first: Cue, second: Cue, withAct = false): boolean {
  if (first.end === second.start - 1 && LINKERS.includes(ctx.masked.charAt(first.end))) return true;
  if (second.start - first.end > MAX_LINK) return false;
  const between = ctx.masked.slice(first.end, second.start);
  return LINKED_BY_NUMBER.test(between) || LINKED_BY_BRINGING.test(between) || LINKED_BY_ROLE.test(between) || (withAct && LINKED_BY_ACT.test(between));
}

/** The cue before cues[c] that may be linked to it: the one before the body's part in the case, if that stands right before it. */
export function cueBefore(cues: readonly Cue[], c: number): Cue | undefined {
  const before = cues[c - 1];
  return before && ROLE_CUE.test(before.word) && before.end === cues[c]?.start ? (cues[c - 2] ?? before) : before;
}

/** The cue words joined by linkers that end with cues[last], in order. */
export function linkedChain(ctx: Context, cues: Cue[], last: number, withAct = false): Cue[] {
  const chain: Cue[] = [];
  for (let c = last; c >= 0; c--) {
    const cue = cues[c];
    if (!cue) break;
    chain.unshift(cue);
    const before = cueBefore(cues, c);
    if (!before || !linked(ctx, before, cue, withAct)) break;
    if (before !== cues[c - 1]) c--;
  }
  return chain;
}

/** 行政复议、行政诉讼案件各2件: the figure is each cue's, one mention per cue. */
export function each(state: State, chain: Cue[], figure: Figure): Found | null {
  const found = chain.flatMap((cue) => pick(state, lexicon.before, cue, figure, '', 'before') ?? []);
  const [first, ...rest] = found;
  if (!first || found.length !== chain.length) return null;
  const start = first.spanStart;
  return { ...first, each: rest.map((f) => ({ ...f, spanStart: start })) };
}

/** 行政复议、行政诉讼案件分别为5件和3件: the index-th figure after 分别 is the index-th cue's. */
export function respectively(state: State, chain: Cue[], index: number, figure: Figure): Found | null {
  // One cue alone names every figure in turn (its kinds are listed before it).
  const cue = chain.length === 1 ? chain[0] : chain[index];
  if (!cue) return null;
  // 受理、办结信访事项分别为156件、150件: acts listed before one cue, each figure done by its own.
  const acts = chain.length === 1 ? actsListed(state.ctx, cue) : null;
  const found = pick(state, lexicon.before, cue, figure, '', 'before', acts?.[index]);
  if (!found) return null;
  // Only the first figure's words read as its own (行政复议、行政诉讼案件分别为5件); later ones are the figure alone.
  const spanStart = index === 0 ? (chain[0]?.start ?? figure.start) : figure.start;
  // 分别受理、审结行政复议案件76件、70件: each figure is its act's, named by it, no kind of the cue's things.
  if (chain.length > 1 || (acts && !state.ctx.masked.slice(cue.end, figure.start).includes(RESPECTIVELY))) {
    return { ...found, spanStart, subject: null, respectively: { chain, index } };
  }
  // One cue: where its 分别 stands, read once for the kinds or years it pairs with the figures.
  const at = state.ctx.masked.indexOf(RESPECTIVELY, cue.end);
  const listed = listedWith(state.ctx, cue, at);
  // 查封扣押、移送行政拘留案件分别为58件、21件: a kind listed with the one cue whose words bar its indicator is none of it
  // (but words before the cue with no list, 市场监管部门抽查户数分别为, name who acted).
  if (listed.length > 1 && blocked(found.indicator, listed[index] ?? '')) return null;
  // 组织听证、集体讨论分别为5起、29次: a cue that ends an item of the list, not its last, names that item's figure alone; an act
  // before the things listed (检查道路运输企业及客货运车辆分别为…) names each.
  const item = inSet(LIST_JOINS, state.ctx.masked.charCodeAt(cue.end));
  if (item) {
    const own = listWords(state.ctx.masked.slice(clauseStart(state.ctx.masked, cue.start), cue.start)).split(LIST_JOIN_SPLIT).length - 1;
    if (own < listed.length - 1 && own !== index) return null;
  }
  // Parts of one cue are kinds of it, never its total: their subject names the kinds listed, or the year; an item's own figure has none.
  // 2023年、2024年…行政复议案件分别为7宗、4宗，行政诉讼案件分别为2宗、3宗: years opening the sentence pair with a later clause's figures too,
  // where no kinds are listed.
  const years = yearsPaired(state.ctx, cue, at) ?? (listed.length > 1 ? null : yearsOpening(state.ctx, state.ctx.sentStart(cue.start), cue.start));
  const subject = years?.[index] ?? (item ? null : kindsListed(state.ctx, cue, at));
  return { ...found, spanStart, subject, respectively: { chain, index } };
}

/** The kinds listed in the cue's clause up to 分别 at `at`, the cue's among them (查封扣押 / 移送行政拘留案件). */
function listedWith(ctx: Context, cue: Cue, at: number): string[] {
  return at < 0 ? [] : listWords(ctx.masked.slice(clauseStart(ctx.masked, cue.start), at)).split(LIST_JOIN_SPLIT);
}

/** The words of a list that opens a clause, without those before it that name who acted and how. */
function listWords(clause: string): string {
  return clause.replace(ACTORS_ON, '').replace(ACTORS_THEN_ACT, '');
}

/** The bodies that act, before 对 and the things they act on (区住建局、区卫健局等部门对建筑工地、医疗机构开展…分别为): none of the list. */
const ACTORS_ON = /^[^，,；;。\d]{0,30}?(?:部门|局|委|办|中心|队|所|站|政府)对/;
/** Those who acted and the act, before the things listed (组织班子成员和机关干部开展集体学法、旁听庭审分别为): none of the list. */
const ACTORS_THEN_ACT = /^[^，,；;。、\d]{0,30}(?:开展|举办|组织|进行)(?=[^，,；;。\d]*、)/;

/** Two years or more, listed (2021年、2022年度). */
const YEARS = String.raw`(?:(?:19|20)\d{2}年度?、){1,9}(?:19|20)\d{2}年度?`;
/** Years before 分别 that it pairs with the figures in order: a range (2020年至2022年) or a list (2021年、2022年). */
const YEAR_RANGE = /((?:19|20)\d{2})年?(?:至|到|—|－|-|~|～)((?:19|20)\d{2})年度?分别$/;
const YEAR_LIST = new RegExp(`(${YEARS})分别$`);
const MAX_YEARS = 10;
/** 分别 and no act of its own (分别为, 分别是, 分别): a level given, as of years listed before it. */
const LEVEL_THEN = /^分别(?:为|是|受理|办理|查处|作出|审结|办结)?[：:]?$/;
/** An act after 分别, which a cue may read. */
const LEVEL_ACT = /受理|办理|查处|作出|审结|办结/;
/** Years from one to another (2021年至2023年). */
const YEAR_SPAN = String.raw`(?:19|20)\d{2}年?(?:至|到|—|－|-|~|～)(?:19|20)\d{2}年度?`;
/**
 * Years listed right after a bracket or a clause mark, or a span of them, up to 分别, maybe with what they count between
 * (（2022年、2023年分别为, 2022年、2021年办理量分别为, 2021年至2023年分别受理), maybe as the parts of a total (，其中2020年、2021年分别为).
 */
const YEARS_LISTED = new RegExp(`(?:^|[（(，,；;。])(?:其中)?(${YEARS}|${YEAR_SPAN})(?:[\\u4e00-\\u9fff]{0,6}?)$`);
/** Years listed opening a clause (2021年、2022年分别开展…). */
export const YEARS_OPEN = new RegExp(`^(${YEARS})`);

/** The years that 分别 at `at`, after the cue, gives the figures, in order (2020年, 2021年, 2022年), or null. */
function yearsPaired(ctx: Context, cue: Cue, at: number): string[] | null {
  // 2023年、2024年以我局为被申请人的行政复议案件分别为7宗、4宗, 2021年、2022年分别开展…: years listed opening the clause, before the cue.
  const opening = yearsOpening(ctx, clauseStart(ctx.masked, cue.start), cue.start);
  if (opening) return opening;
  if (at < 0 || at - cue.end > MAX_YEARS * 6) return null;
  const words = ctx.masked.slice(cue.end, at + RESPECTIVELY.length);
  const range = YEAR_RANGE.exec(words);
  if (range) {
    const years = yearsFrom(Number(range[1]), Number(range[2]));
    return years.length > 0 ? years : null;
  }
  const list = YEAR_LIST.exec(words);
  return list ? yearsOf(list[1] ?? '') : null;
}

/** The years listed opening the words from `from` to `to` (2021年、2022年分别…), or null. */
function yearsOpening(ctx: Context, from: number, to: number): string[] | null {
  const opening = YEARS_OPEN.exec(ctx.masked.slice(from, to));
  return opening ? yearsOf(opening[1] ?? '') : null;
}

/** The years of a list of them (2021年、2022年度 → 2021年, 2022年). */
function yearsOf(list: string): string[] {
  return list.split('、').map((year) => year.replace('度', ''));
}

/** 分别 and an act before the first of linked cue words (全年分别办理行政复议、行政诉讼案件12件、8件). */
const RESPECTIVELY_BEFORE = new RegExp(`${RESPECTIVELY}(?:[\\u4e00-\\u9fff]{1,${MAX_ITEM_ACT}})?$`);

/** Whether 分别 stands before the first of the linked cues `chain`, in its clause, an act at most between. */
export function respectivelyBefore(ctx: Context, chain: Cue[]): boolean {
  const first = chain[0];
  return first !== undefined && RESPECTIVELY_BEFORE.test(ctx.masked.slice(clauseStart(ctx.masked, first.start), first.start));
}

/** How far before the first figure 分别 and its verb may stand (分别共计：). */
const MAX_THEN = 6;
/** 分别 and its verb, just before the first of the figures it pairs in order (分别为, 分别达到). */
const RESPECTIVELY_THEN = /分别(?:为|是|有|达到?|计|共计|办理|查处|受理|收到|作出|审结|办结)?[：:]?$|依次(?:为|是)[：:]?$/;
/** 依次, that pairs the items listed in the clause before with the figures after it in order (…六个领域排列，依次为). */
const IN_ORDER = '依次';

/** A place among the first few of a ranking (前三, 前五位). */
const RANK_PLACE = String.raw`前[二三四五六七八九十\d]{1,2}(?:位|名)?`;
/** The end of a clause that ranks the items before it (居前三位，, 位列前三，). */
const RANKED_ITEMS = new RegExp(`(?:居|位居|位列|排名|列)${RANK_PLACE}[，,]$`);

/** What opens a list of the things an act names after them (对…的审查). */
const OBJECTS_OF = '对';
const OF = '的';
/** The act done to things listed after 对, before its cue (开展合法性审查). */
const ACT_DONE_ON = /(?:开展|进行)$/;

/** Words before a list's first item that are none of it (全年, 其中, 2023年, 涉及). */
const ITEMS_LEAD = /^(?:(?:19|20)\d{2}年度?|其中|全年|本年度|共|累计|合计|依法|涉及)+/;

/** How many figures before another period's levels may be looked through for those they pair with. */
const MAX_PAIRED_BACK = 12;

/** A clause that gives another period's figures in order (，去年同期分别为, ，2022年分别为; ，上年为5期、980人次 when they are a list). */
const PERIOD_RESPECTIVELY = new RegExp(`^((?:上年|去年|上一年度?)同期|上年度?|去年|上一年度?|(?:19|20)\\d{2}年度?(?:同期)?)(?:${SAME_KIND})?(?:分别为|分别是|依次为|分别|(为))$`);

/** A clause that opens on another period's levels to compare with (，与上年的44件、301.5万元相比, ，较去年的1432件、196.5万元均有所增长, ，分别较上年的8102件、10.47亿元下降). */
const PERIOD_COMPARED = /^(?:分别|均)?(?:与|同|和|较|比)((?:上年|去年|上一年度?)同期|上年度?|去年|上一年度?|(?:19|20)\d{2}年度?(?:同期)?)的?$/;
const COMPARED_END = '相比';

/**
 * 办理行政处罚案件1532件，罚没款864.27万元，去年同期分别为1389件、712.5万元: after the figures of a
 * sentence, a clause that gives another period's in order pairs them one to one with the figures
 * before it, each of that figure's indicator and of the period named. null: figure k is not so paired.
 */
export function byPeriodInOrder(state: State, k: number): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const clause = clauseStart(ctx.masked, figure.start);
  let first = k;
  while (first > 0 && (figures[first - 1]?.start ?? -1) >= clause) first--;
  const lead = ctx.masked.slice(clause, figures[first]?.start ?? clause);
  const compared = PERIOD_COMPARED.exec(lead);
  const period = compared ?? PERIOD_RESPECTIVELY.exec(lead);
  if (period === null) return null;
  let count = first;
  // 与上年的44件、301.5万元相比分别下降13.6%、14.8%: the levels compared with end where the comparison does.
  const clauseStop = clauseEnd(ctx.masked, clause, ctx.masked.length);
  const comparedEnd = compared ? ctx.masked.indexOf(COMPARED_END, clause) : -1;
  const end = comparedEnd >= 0 && comparedEnd < clauseStop ? comparedEnd : clauseStop;
  // 较上年的143件增加33件: the levels are a list; a figure after other words (a change) is none of them.
  const listGoesOn = (j: number) => j === first || NEXT_IN_ORDER.test(ctx.masked.slice((figures[j - 1] as Figure).end, (figures[j] as Figure).start));
  while (count < figures.length && (figures[count]?.start ?? end) < end && listGoesOn(count)) count++;
  if (k >= count) return null;
  // One level compared with is read by the cue before it, not paired (败诉3件，…，较2024年的71件: 71 suits); so is one that
  // 为 gives (上年为19件).
  if ((compared || period[2] !== undefined) && count - first < 2) return null;
  const stop = ctx.stopStart(clause);
  const named: Found[] = [];
  for (let j = first - 1; j >= 0 && (figures[j]?.start ?? -1) >= stop && named.length < MAX_PAIRED_BACK; j--) {
    const found = decided[j];
    if (found) named.unshift(found);
  }
  // 罚没款3217.45万元，其中罚款…、没收…；上年分别为2,516件、2894.6万元: the levels pair with the last run of
  // figures before them whose indicators take their units in order, not with the parts said last.
  const levels = figures.slice(first, count);
  let pair: Found | undefined;
  for (let end = named.length; end >= levels.length && pair === undefined; end--) {
    const run = named.slice(end - levels.length, end);
    if (run.every((found, i) => accepts(found.indicator, levels[i] as Figure))) pair = run[k - first];
  }
  if (pair === undefined) return null;
  // The first figure compared with is read with the words that open its clause (较上年的31件).
  const spanStart = compared && k === first ? clause : figure.start;
  return levelThen(pair, figure, spanStart, period[1]);
}

/**
 * 市场监管、生态环境、交通运输三个领域的处罚案件分别为9.6万件、1.1万件和12.4万件; 县食药监局、县环保局分别查处案件45件、32件:
 * figures of one indicator that 分别 gives in order to the names listed before their cue each take their name
 * as their subject, when there are as many names as figures. Read once all figures are decided.
 */
export function subjectsInOrder(state: State): void {
  const { ctx, figures, decided } = state;
  for (let k = 0; k < figures.length; k++) {
    const found = decided[k];
    const cue = found?.cueBefore;
    if (!found || !cue) continue;
    // The figures that follow in order, each of the same indicator: two at least.
    let end = k + 1;
    while (end < figures.length && decided[end]?.indicator === found.indicator && inOrder(state, end)) end++;
    if (end - k < 2) continue;
    // 分别 between the clause's start and the first figure, looked for there alone.
    const clause = clauseStart(ctx.masked, cue.start);
    const at = ctx.masked.slice(clause, (figures[k] as Figure).start).indexOf(RESPECTIVELY);
    if (at < 0) continue;
    const respectively = clause + at;
    // The names before the cue (县食药监局、县环保局分别查处), else the kinds between it and 分别 (查处食品、药品违法案件分别为), as 各 reads them.
    const before = ctx.text.slice(clause, Math.min(cue.start, respectively)).replace(NAMES_END, '');
    const names = before.split(LIST_JOIN_SPLIT).map((name) => cleanSubject(name) ?? '');
    const kinds = respectively > cue.end ? kindsIn(ctx.text.slice(cue.end, respectively)) : null;
    const given = names.length === end - k && names.every((name) => NAME.test(name)) ? names : kinds?.length === end - k ? kinds : null;
    if (given) for (let j = k; j < end; j++) decided[j] = { ...(decided[j] as Found), subject: given[j - k] ?? null };
    k = end - 1;
  }
}

/** Whether figure j follows figure j - 1 as 分别 gives figures in order (23件、18件). */
function inOrder({ ctx, figures }: State, j: number): boolean {
  return NEXT_IN_ORDER.test(ctx.masked.slice(figures[j - 1]?.end ?? 0, figures[j]?.start ?? 0));
}

/** How many figures, from figure k on, follow one another as 分别 gives them (23件、18件和13件). */
export function figuresInOrder(state: State, k: number): number {
  let last = k;
  while (last + 1 < state.figures.length && inOrder(state, last + 1)) last++;
  return last - k + 1;
}

/** What may close the names listed before 分别 or the cue: their count and kind (三个领域, 三部门), 的. */
const NAMES_END = /(?:(?<!第)[一二三四五六七八九十两\d]{1,2}(?:个|家|类)?[\u4e00-\u9fff]{0,3})?的?$/;
/** One name of such a list. */
const NAME = /^[\u4e00-\u9fff]{2,12}$/;

/** What pairing figures with cues rests on, for the rule set's description. */
export const RESPECTIVELY_RULES = {
  listedEach: LISTED_EACH.source,
  namesEnd: NAMES_END.source,
  name: NAME.source,
  maxPairedBack: MAX_PAIRED_BACK,
  listedAct: LISTED_ACT.source,
  rankedItems: RANKED_ITEMS.source,
  linkers: LINKERS,
  respectively: RESPECTIVELY,
  linkedByAct: LINKED_BY_ACT.source,
  linkedByNumber: LINKED_BY_NUMBER.source,
  maxLink: MAX_LINK,
  maxItemAct: MAX_ITEM_ACT,
  each: EACH.source,
  caseNounEnd: CASE_NOUN_END.source,
  nextInOrder: NEXT_IN_ORDER.source,
  respectivelyThen: RESPECTIVELY_THEN.source,
  respectivelyBefore: RESPECTIVELY_BEFORE.source,
  yearRange: YEAR_RANGE.source,
  yearList: YEAR_LIST.source,
  levelThen: LEVEL_THEN.source,
  yearsListed: YEARS_LISTED.source,
  maxThen: MAX_THEN,
  itemsLead: ITEMS_LEAD.source,
  periodRespectively: PERIOD_RESPECTIVELY.source,
  periodCompared: PERIOD_COMPARED.source,
  comparedEnd: COMPARED_END,
  objectsOf: OBJECTS_OF,
};

/** One item of a list before 分别, and the last cue word in it. */
interface ListedItem {
  start: number;
  end: number;
  cue: Cue | null;
}

/**
 * 受理信访件、办结信访件分别为58件、56件; 梳理行政许可事项和办理许可件分别为186项、5200件: items listed
 * before 分别, each with a cue of its own, pair one to one with the figures after it; a figure is its
 * item's, or nothing where the item's cue does not fit it. In a breakdown, an item with no cue that
 * fits is a kind of the total (其中警告、罚款分别为18宗、26宗). A 分别 that opens its clause pairs the
 * items of the 分别 before it (分别同比增长12%、8%，分别达到420件、96万元). undefined: figure k is not
 * paired so, or an item has no cue of its own (受理、办结信访事项: the acts of one cue).
 */
export function byListedItems(state: State, k: number): Found | null | undefined {
  const { ctx, figures } = state;
  // Most figures stand neither right after 分别 nor after a mark that joins them to one that does.
  const start = figures[k]?.start ?? 0;
  const lead = ctx.masked.slice(Math.max(0, start - MAX_THEN), start);
  if (!inSet(LIST_JOINS, ctx.masked.charCodeAt(start - 1)) && !lead.includes(RESPECTIVELY) && !lead.includes(IN_ORDER)) return undefined;
  let first = k;
  while (first > 0 && inOrder(state, first)) first--;
  const last = k + figuresInOrder(state, k) - 1;
  const opening = figures[first] as Figure;
  const then = RESPECTIVELY_THEN.exec(ctx.masked.slice(Math.max(0, opening.start - MAX_THEN), opening.start));
  if (!then) return undefined;
  const years = LEVEL_THEN.test(then[0]) ? yearsListed(ctx, opening.start - then[0].length) : null;
  // Years with words of their own before 分别, a span of them, or an act after 分别 (2020年、2021年分别查处75起、88起) leave the
  // figures to other readings where they name no level.
  const level = years && years.list.length === last - first + 1 ? levelInYear(state, k, years.start, years.list[k - first] ?? null) : null;
  if (years && (level || (years.bare && !LEVEL_ACT.test(then[0])))) return level;
  const listed = itemsBefore(ctx, opening.start - then[0].length, last - first + 1);
  if (listed.length === 0) return kindsOfTotal(state, k, first, last, opening.start - then[0].length) ?? undefined;
  if (listed.length !== last - first + 1) return undefined;
  // 雷电防护装置设计审核、竣工验收行政许可申请分别为: an item whose cue cannot name its figure (审核 after 设计
  // is no review) is a kind, named by no cue of its own; so is every item of what cases concern (其中涉及行政处罚、
  // 行政强制和信息公开等类别的案件分别为97件、38件和45件).
  const concerning = ctx.masked.startsWith(CONCERNING, (listed[0]?.start ?? 0) - CONCERNING.length);
  const byCue = listed.map((it, i) => (it.cue && !concerning ? readItem(state, listed, i, figures[first + i] as Figure, null) : null));
  const items = listed.map((it, i) => (it.cue && byCue[i] === null ? { ...it, cue: null } : it));
  // 对…规范性文件逐件审查，决定继续有效、修改、废止分别为86件、7件、12件: acts that are each a part act of things the
  // sentence named count those things, whatever act reaches over them.
  // 办理燃气经营许可事项24件，新核发、延续、变更、注销分别为…: so do they where an act's own cue names the same things.
  const actedOn = items.some((it) => it.cue === null) ? thingsActedOn(state, items, figures[k] as Figure) : null;
  const acted = actedOn && items.every((it, i) => it.cue === null || byCue[i]?.indicator === actedOn.indicator) ? actedOn.indicator : null;
  if (acted && actedOn) {
    const item = items[k - first] as ListedItem;
    const figure = figures[k] as Figure;
    const subjectStart = k === first ? actedOn.firstAct : item.start;
    return { indicator: acted, rule: `${acted.id}/list`, figure, spanStart: k === first ? item.start : figure.start, spanEnd: figure.end, subject: cleanSubject(ctx.text.slice(subjectStart, item.end)) };
  }
  // A list of acts alone (受理、办结) is one cue's, read by it.
  if (items.some((it) => LISTED_ACT.test(ctx.masked.slice(it.start, it.end)))) return undefined;
  // 行政征收、行政给付、行政裁决、行政确认分别为9.4万件…: kinds of acts none counts, each its own figure, are no parts of a total.
  if (items.every((it) => it.cue === null && UNCOUNTED_CASEWORK.test(ctx.masked.slice(it.start, it.end)))) return null;
  const breakdown = breakdownOf(state, k);
  const parent =
    (breakdown.since >= 0 && breakdown.since < (items[0]?.start ?? 0) ? breakdownParent(state, k, breakdown) : null) ??
    (items.every((it) => it.cue === null) ? (totalBefore(state, items, first, last) ?? totalInSentence(state, first, last, concerning)) : null);
  // 主要集中在工伤认定、政府信息公开、行政处罚三类，分别为34件、27件、18件: classes of a total, counted, are its parts,
  // whatever cue a class's name holds.
  // 主要集中在征地拆迁、社会保障和市场监管领域，分别为…: so are the fields the cases gathered in.
  const lastItem = ctx.masked.slice(items.at(-1)?.start ?? 0, opening.start - then[0].length);
  const gathered = FIELDS_END.test(lastItem) && GATHERED_IN.test(ctx.masked.slice(ctx.sentStart(items[0]?.start ?? 0), items[0]?.start ?? 0));
  if (parent && (CLASSES_COUNTED.test(lastItem) || gathered)) {
    const found = readItem(state, items.map((it) => ({ ...it, cue: null })), k - first, figures[k] as Figure, parent.found);
    return found && k === first ? { ...found, spanStart: (items[0] as ListedItem).start } : found;
  }
  // 负责人出庭应诉率稳步提升，清江浦区、淮安区…分别为86.5%、92.3%…: places listed after the clause that names their rate, no
  // figure of its own, each have that rate.
  const rateNamed = !parent && (figures[k] as Figure).baseUnit === PERCENT && items.every((it) => it.cue === null) ? rateOfClauseBefore(state, items[0] as ListedItem, figures[k] as Figure) : null;
  if (rateNamed) {
    const item = items[k - first] as ListedItem;
    return { ...rateNamed, spanStart: k === first ? rateNamed.spanStart : (figures[k] as Figure).start, subject: cleanSubject(ctx.text.slice(item.start, item.end)) };
  }
  // 作出维持、驳回、确认违法、撤销决定分别为188件、97件、21件、29件: ways cases ended that no indicator counts pair with
  // their figures all the same, which count nothing; the others are their own cues'.
  // So do kinds of casework none counts (行政复议、行政诉讼、行政赔偿案件分别为4件、2件、0件).
  const uncounted = (it: ListedItem) => it.cue === null && (RULING_IN.test(ctx.masked.slice(it.start, it.end)) || UNCOUNTED_CASEWORK.test(ctx.masked.slice(it.start, it.end)));
  if (!parent && items.some(uncounted) && items.every((it, i) => uncounted(it) || byCue[i] !== null)) {
    const own = byCue[k - first] ?? null;
    const item = items[k - first] as ListedItem;
    return own && { ...own, subject: own.subject ?? cleanSubject(ctx.text.slice(item.start, item.end)), spanStart: own.figure.start };
  }
  // Kinds listed before one cue (查处食品、药品案件分别为, 审核市、县规范性文件分别为) are that cue's, read by it;
  // in a breakdown too, where the last item's cue counts the figure (其中市场监管、交通运输部门罚没款分别为).
  if (!parent && items.some((it, i) => it.cue === null || (i > 0 && kindBefore(ctx, it) && ownWords(ctx, items[i - 1] as ListedItem)))) return undefined;
  const lastCue = items.at(-1)?.cue;
  // 对规范性文件、重大行政决策、行政合同的合法性审查数量分别为: things an act is done to, listed after 对, are the act's.
  const head = items[0];
  // So are they where the act follows them (对行政处罚决定、合同协议开展合法性审查分别为).
  const actOnThem = (cue: Cue) => ctx.masked.charAt(cue.start - 1) === OF || ACT_DONE_ON.test(ctx.masked.slice(Math.max(0, cue.start - 2), cue.start));
  if (lastCue && head && ctx.masked.slice(head.start, head.cue?.start ?? head.end).includes(OBJECTS_OF) && actOnThem(lastCue)) return undefined;
  // But in a breakdown of the total that cue counts, the kinds are its parts (调解纠纷6214件，其中医疗、物业纠纷分别为…).
  const ofParent = parent !== null && byCue.at(-1)?.indicator === parent.found.indicator;
  // Not where the items before it are ways cases ended (其中维持、驳回、纠错分别为121件、34件、17件): each is read on its own.
  if (lastCue && !ofParent && !countsOtherwise(lastCue, figures[k] as Figure) && items.slice(0, -1).every((it) => it.cue === null && !uncounted(it))) return undefined;
  // An item its own cue names was read above; the others, as kinds of the parent. In the parts of a review, an appeal or a
  // ticket count the items name what the act was done to, whatever cue of another family their words hold, unless they hold an act of their own
  // (合法性审查81件，其中规范性文件、行政合同、其他涉法事务分别为…; 热线工单…其中城市管理、物业纠纷、噪声扰民类分别为…).
  const thingsOf = parent !== null && PARTS_NAME_THINGS.has(parent.found.indicator.id) ? parent.found.indicator : null;
  const ownReading = (i: number) => {
    const reading = byCue[i] ?? null;
    const item = items[i] as ListedItem;
    return thingsOf === null || (reading !== null && family(reading.indicator) === family(thingsOf)) || ITEM_ACT.test(ctx.masked.slice(item.start, item.end)) ? reading : null;
  };
  const kinds = thingsOf === null ? items : items.map((it) => ({ ...it, cue: null }));
  const readings = items.map((_, i) => ownReading(i) ?? readItem(state, kinds, i, figures[first + i] as Figure, parent?.found ?? null));
  const found = readings[k - first] ?? null;
  if (found === null) return null;
  // Items read as parts of one indicator are told apart by their words (收到复议申请和受理复议案件分别为30件、28件).
  const parts = readings.filter((r) => r?.indicator === found.indicator).length;
  const item = items[k - first] as ListedItem;
  const subject = found.subject ?? (parts > 1 ? cleanSubject(ctx.text.slice(item.start, item.end)) : null);
  return { ...found, subject, spanStart: k === first ? Math.min(found.spanStart, item.start) : found.figure.start };
}

/**
 * Casework that no indicator counts, named as an item of a list (行政赔偿案件), kinds of acts none counts (行政许可、…、行政征收、行政收费…分别为),
 * filings, no licences (…施工许可和竣工验收备案分别办理), and sums none counts (货值金额、罚款、没收违法所得分别为).
 */
const UNCOUNTED_CASEWORK = /行政赔偿|国家赔偿|行政补偿|行政裁决|行政征收|行政征用|行政收费|行政确认|行政给付|行政奖励|备案$|货值|案值|涉案金额/;

const FIELDS_END = /(?:领域|方面|行业|类)[，,]?$/;
/** The word that ends the last of the fields listed (…和市场监管领域). */
const FIELDS_WORD = /(?:领域|方面|行业)$/;

/** A count of the classes just listed (三类, 4种类型, 六个领域排列): they are classes of something counted, not acts. */
const CLASSES_COUNTED = /[一二三四五六七八九十两\d]{1,2}(?:类|种|个?(?:领域|行业|部门))(?:类型|案件|事项|排列|排序|划分|分)?[，,]?$/;

/** The indicator of the nearest cue before the list in its full sentence whose part acts are every item's, or null. */
function thingsActedOn({ ctx }: State, items: ListedItem[], figure: Figure): { indicator: Indicator; firstAct: number } | null {
  const first = items[0];
  if (!first) return null;
  const from = ctx.stopStart(first.start);
  // 办理零售许可证新办、延续、变更分别为…: the things may be named inside the first item, before its act.
  let actStart = first.start;
  let found: Indicator | null = null;
  const cues: Cue[] = [];
  for (let cue = lexicon.before.words.find(ctx.masked, from, first.end); cue !== null; cue = lexicon.before.words.find(ctx.masked, cue.end, first.end)) {
    cues.push(cue);
    if (cue.end > first.start && cue.end < first.end) actStart = cue.end;
  }
  const acts = items.map((it, i) => ctx.masked.slice(i === 0 ? actStart : it.start, it.end).replace(DECIDED, '').replace(ACTS_NOUN, ''));
  for (const cue of cues) {
    if (cue.end > actStart) break;
    const of = lexicon.before.candidates.get(cue.word)?.find((c) => accepts(c.indicator, figure) && acts.every((act) => actsOn(c.indicator, act)));
    if (of) found = of.indicator;
  }
  return found && { indicator: found, firstAct: actStart };
}
/** What a list of acts may open with (决定继续有效、修改、废止, 依法予以废止). */
const DECIDED = /^(?:决定|依法|予以|拟)+/;
/** What a list of acts may close with, naming the acts as such (新办、延续、变更业务). */
const ACTS_NOUN = /(?:业务|手续)$/;

/** The years listed that open the clause or brackets ending at `at`, and where the list starts, or null. */
function yearsListed(ctx: Context, at: number): { list: string[]; start: number; bare: boolean } | null {
  const from = Math.max(0, at - MAX_YEARS * 7);
  const match = YEARS_LISTED.exec(ctx.masked.slice(from, at));
  const years = match?.[1];
  if (!match || years === undefined) return null;
  const span = YEAR_RANGE_OF.exec(years);
  const list = span ? yearsFrom(Number(span[1]), Number(span[2])) : yearsOf(years);
  // The words between the years and 分别 name no things a cue counts (办理量, not 行政复议案件): those the cue reads.
  const words = match[0].slice(match[0].indexOf(years) + years.length);
  if (list.length === 0 || lexicon.before.words.find(words, 0, words.length) !== null) return null;
  return { list, start: from + match.index + match[0].indexOf(years), bare: span === null && words === '' };
}
const YEAR_RANGE_OF = /^((?:19|20)\d{2})年?(?:至|到|—|－|-|~|～)((?:19|20)\d{2})/;

/** The years from one to another, each named (2021年, 2022年, 2023年); none where they run backwards or too long. */
function yearsFrom(from: number, to: number): string[] {
  return to <= from || to - from >= MAX_YEARS ? [] : Array.from({ length: to - from + 1 }, (_, i) => `${from + i}年`);
}

/**
 * 全年查处违法案件436宗（2022年、2023年分别为703宗、551宗）: after years listed and 分别, each figure is the level in its
 * year of the sentence's last figure before the list in its unit; `bare`: the years stand right before 分别.
 */
function levelInYear(state: State, k: number, listStart: number, year: string | null): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const stop = ctx.sentStart(listStart);
  for (let j = k - 1; j >= 0 && (figures[j] as Figure).start >= stop; j--) {
    const found = decided[j];
    if ((figures[j] as Figure).end > listStart || !found || !sameUnit(found.figure.baseUnit, figure.baseUnit)) continue;
    return accepts(found.indicator, figure) ? levelThen(found, figure, figure.start, year) : null;
  }
  return null;
}

/**
 * 农药经营许可、兽药经营许可、种子生产经营许可等行政许可事项共计80件，分别为46件、23件、11件: figures after
 * 分别 that opens the clause after a total pair with the kinds listed before 等 in the total's clause, parts of it;
 * or, where that clause lists none, with those listed before 等 earlier in the sentence, if the figures add up to
 * the total (畅通12345热线、局长信箱、投诉举报平台等渠道，全年通过上述渠道受理投诉举报共计183件，分别为124件、37件和22件).
 */
function kindsOfTotal(state: State, k: number, first: number, last: number, at: number): Found | null {
  const { ctx, figures, decided } = state;
  const total = decided[first - 1];
  const figure = figures[k] as Figure;
  if (!total || clauseStart(ctx.masked, at) !== at || !COMMA_ONLY.test(ctx.masked.slice(total.figure.end, at)) || !accepts(total.indicator, figure)) return null;
  const clause = clauseStart(ctx.masked, total.figure.start);
  const own = kindsBeforeEtc(ctx.masked.slice(clause, total.figure.start));
  let sum = 0;
  for (let j = first; j <= last; j++) sum += figures[j]?.value ?? 0;
  const count = last - first + 1;
  const whole = own.length === 0 && count > 1 && sameValue(sum, total.figure.value);
  if ((own.length !== count && !whole) || sum > total.figure.value) return null;
  const earlier = whole ? kindsBeforeEtc(ctx.masked.slice(ctx.sentStart(clause), clause)) : own;
  const subject = earlier.length === count ? cleanSubject((earlier[k - first] ?? '').replace(ITEMS_LEAD, '').replace(LEADING_ACT, '')) : RESPECTIVELY;
  return { indicator: total.indicator, rule: `${total.indicator.id}/breakdown`, figure, spanStart: figure.start, spanEnd: figure.end, subject };
}

/** 等, that ends a list of kinds before the noun they are kinds of. */
const ETC = '等';

/** The kinds listed before the last 等 in `words`, from the start of its clause (网络、电话、来信等渠道 → 网络, 电话, 来信); none without 等. */
function kindsBeforeEtc(words: string): string[] {
  const etc = words.lastIndexOf(ETC);
  return etc < 0 ? [] : words.slice(clauseStart(words, etc), etc).split(LIST_JOIN_SPLIT);
}
/** An act that opens the list, no kind's word (办理 of 办理农药经营许可). */
const LEADING_ACT = /^(?:办理|受理|审批|核发|作出|查处|开展|组织|完成|畅通|通过)/;

/**
 * 全市共办理行政处罚案件14236件。市场监管、交通运输、生态环境领域分别办理4210件、3057件、862件: kinds listed
 * with no cue, opening the sentence after a total's, are parts of that total where they add up to no more.
 */
function totalBefore(state: State, items: ListedItem[], first: number, last: number): { found: Found } | null {
  const { ctx, figures, decided } = state;
  const opens = items[0]?.start ?? 0;
  const sentence = ctx.sentStart(opens);
  if (opens - sentence > MAX_LEAD_WORDS || ctx.masked.charAt(sentence - 1) !== '。') return null;
  const figure = figures[first] as Figure;
  let sum = 0;
  for (let j = first; j <= last; j++) sum += figures[j]?.value ?? 0;
  // The whole of the sentence before, named without a subject; its parts (其中市本级3118件) are passed over, unless the
  // figures add up to one (其中市本级办理案件96件…。医疗机构、公共场所…领域分别为38件、29件、9件、4件、16件).
  const from = ctx.stopStart(sentence - 1);
  for (let j = first - 1; j >= 0 && (figures[j]?.start ?? -1) >= from; j--) {
    const total = decided[j];
    if (!total || total.derived || !accepts(total.indicator, figure)) continue;
    if (total.subject !== null && sameValue(total.figure.value, sum)) return { found: total };
    if (total.subject === null) return sum <= total.figure.value ? { found: total } : null;
  }
  return null;
}

/**
 * …以区政府各部门为被申请人的案件230件，…，区城管执法局、区公安分局、区人社局居前三位，分别为71件、58件、32件:
 * kinds listed with no cue, in the sentence of a total they add up to no more than, are its parts.
 */
function totalInSentence(state: State, first: number, last: number, casesFirst = false): { found: Found } | null {
  const { ctx, figures, decided } = state;
  const figure = figures[first] as Figure;
  let sum = 0;
  for (let j = first; j <= last; j++) sum += figures[j]?.value ?? 0;
  const from = ctx.stopStart(figure.start);
  // 受理、审结分别为169件、152件；涉及行政处罚…的案件分别为58件、21件: what cases concern is said of the cases received, not of those closed.
  let nearest: Found | null = null;
  for (let j = first - 1; j >= 0 && (figures[j]?.start ?? -1) >= from; j--) {
    const total = decided[j];
    if (!total || total.derived || !sameUnit(total.figure.baseUnit, figure.baseUnit) || !accepts(total.indicator, figure) || sum > total.figure.value) continue;
    if (!casesFirst || total.indicator.id.endsWith(CASES_ID)) return { found: total };
    nearest ??= total;
  }
  return nearest && { found: nearest };
}

/** The reading of a percentage by the last cue of the clause right before the list's, where that clause holds no figure. */
function rateOfClauseBefore(state: State, head: ListedItem, figure: Figure): Found | null {
  const { ctx } = state;
  const clause = clauseStart(ctx.masked, head.start);
  const from = clauseStart(ctx.masked, clause - 1);
  if (clause <= ctx.sentStart(head.start) || DIGIT.test(ctx.masked.slice(from, clause))) return null;
  const cue = lastCueIn(ctx.masked, from, clause);
  return cue && pick(state, lexicon.before, cue, figure, '', 'before');
}
const PERCENT = '%';

/** Words that may open the sentence before its list (全年, 其中, 2023年). */
const MAX_LEAD_WORDS = 6;

/** Whether an item's cue has words before it that are no act (县 of 、县规范性文件). */
function kindBefore(ctx: Context, item: ListedItem): boolean {
  const words = item.cue ? ctx.masked.slice(item.start, item.cue.start) : '';
  return words !== '' && !ITEM_ACT.test(words);
}

/** Whether an item has words after its cue (市 of 审核市). */
function ownWords(ctx: Context, item: ListedItem): boolean {
  return item.cue !== null && item.cue.end < item.end;
}

/**
 * The i-th item's reading of its figure: by its own cue, with its own act or, where its cue opens
 * it, the act that opens the list (审核规范性文件、重大决策: both reviewed), its subject the words
 * after the cue; else, in a breakdown, a kind of the total; else null.
 */
function readItem(state: State, items: ListedItem[], i: number, figure: Figure, total: Found | null): Found | null {
  const { ctx } = state;
  const item = items[i] as ListedItem;
  const cue = item.cue;
  if (cue) {
    const after = ctx.masked.slice(cue.end, item.end);
    const barred = lexicon.before.candidates.get(cue.word)?.some((c) => blocked(c.indicator, after));
    // 审查区政府规范性文件、部门规范性文件分别为: an item that names the first one's things again is done the first one's act.
    const again = i > 0 && items[0]?.cue?.word === cue.word;
    const words = ctx.masked.slice(cue.start > item.start && !again ? item.start : (items[0]?.start ?? item.start), item.end);
    const found = barred ? null : pick(state, lexicon.before, cue, figure, '', 'before', words);
    if (found) return { ...found, subject: cleanSubject(ctx.text.slice(cue.end, item.end)) ?? found.subject };
  }
  const kind = total && cleanSubject(ctx.text.slice(item.start, item.end));
  // 维持、驳回、撤销的案件分别为34件、7件、6件: how cases ended is no kind of them; nor, where the list's words say cases were closed
  // by mediation (以调解、和解方式结案的分别为64件、23件), is any item.
  if (!total || !kind || !accepts(total.indicator, figure) || namesOutcome(kind, total.indicator)) return null;
  if (MEDIATED_CLOSING.test(ctx.masked.slice(items[0]?.start ?? item.start, items.at(-1)?.end ?? item.end))) return null;
  return { indicator: total.indicator, rule: `${total.indicator.id}/breakdown`, figure, spanStart: figure.start, spanEnd: figure.end, subject: kind };
}

/**
 * The items of the list that ends at `at` (where 分别 stands), or of the 分别 before it in the sentence when none does.
 * Where the list has more items than the `figures` it pairs with, but as many between its 、 alone, a 和 joins two
 * words of one item (客运（含出租汽车）、机动车维修和驾驶员培训违法案件分别为1903件和594件).
 */
function itemsBefore(ctx: Context, at: number, figures: number): ListedItem[] {
  let from = clauseStart(ctx.masked, at);
  if (from === at) {
    // 区城管执法局、区公安分局、区人社局居前三位，分别为71件、58件、32件: the ranked items of the clause before.
    const ranked = at > 0 ? RANKED_ITEMS.exec(ctx.masked.slice(clauseStart(ctx.masked, at - 1), at)) : null;
    const earlier = ctx.masked.lastIndexOf(RESPECTIVELY, at - 1);
    if (ranked) at -= ranked[0].length;
    else if (earlier < ctx.sentStart(at)) return rankedBefore(ctx, at, figures);
    else at = earlier;
    from = clauseStart(ctx.masked, at);
  }
  from += ITEMS_LEAD.exec(ctx.masked.slice(from, at))?.[0].length ?? 0;
  const items = itemsBetween(ctx, from, at, LIST_JOINS);
  if (items.length <= figures) return items.length > 1 ? items : [];
  const commaItems = itemsBetween(ctx, from, at, ITEM_COMMA);
  // Not where the words before the 和 name a thing of their own (行政复议和行政诉讼案件: two things, one figure).
  const oneThing = (item: ListedItem) => itemsBetween(ctx, item.start, item.end, LIST_JOINS).slice(0, -1).every((word) => word.cue === null);
  return commaItems.length === figures && figures > 1 && commaItems.every(oneThing) ? commaItems : items;
}

/**
 * 位居前三的是餐饮服务、预付式消费和网络购物，分别为…: the items a ranking names in the clause before 分别, one for
 * each figure; none where that clause is no ranking.
 */
function rankedBefore(ctx: Context, at: number, figures: number): ListedItem[] {
  const from = clauseStart(ctx.masked, at - 1);
  const words = ctx.masked.slice(from, at - 1);
  const ranking = RANKING_LEAD.exec(words);
  const gathered = ranking ? null : GATHERED_LEAD.exec(words);
  const lead = (ranking ?? gathered)?.[0].length ?? 0;
  if (lead === 0) return [];
  // 主要集中在工伤认定、政府信息公开、行政处罚三类，分别为: the classes listed, before their count.
  const end = at - 1 - (gathered ? (CLASSES_COUNTED.exec(words)?.[0].length ?? FIELDS_WORD.exec(words)?.[0].length ?? 0) : 0);
  const items = itemsBetween(ctx, from + lead, end, LIST_JOINS);
  return figures > 1 && items.length === figures ? items : [];
}
/**
 * The words that open the classes a total gathers in (主要集中在, 主要涉及, 受理案件涉及), counted after them (…三类，分别为) or named fields
 * (…和市场监管领域，分别为), or the fields it is
 * ordered by (按市场监管、综合执法…六个领域排列，依次为).
 */
const GATHERED_LEAD = /^(?:[^，,；;。、\d]{0,6}?(?:主要)?(?:集中在|集中于|涉及)(?=[^，,；;。]*(?:[一二三四五六七八九十两\d]{1,2}(?:类|种)|(?:领域|方面|行业)$))|按照?(?=[^，,；;。]*[一二三四五六七八九十两\d]{1,2}个?(?:领域|行业|部门|类)(?:排列|排序|划分|分)))/;
/** The words that open a ranking's items (位居前三的是, 排名前五位的依次为). */
const RANKING_LEAD = new RegExp(`^(?:位居|位列|排名|排在|居)${RANK_PLACE}的?(?:依次)?[是为]`);

const OPEN_QUOTE = '“';
const CLOSE_QUOTE = '”';

/** The items between `from` and `at`, split at the marks of `joins`, each with the last cue word in it. */
function itemsBetween(ctx: Context, from: number, at: number, joins: CharSet): ListedItem[] {
  const items: ListedItem[] = [];
  for (let start = from; start < at; ) {
    // “双随机、一公开”抽查: a mark inside quotes joins no items.
    let join = firstIn(ctx.masked, joins, start, at);
    while (join < at && countOf(ctx.masked.slice(start, join), OPEN_QUOTE) > countOf(ctx.masked.slice(start, join), CLOSE_QUOTE)) {
      const close = ctx.masked.indexOf(CLOSE_QUOTE, join);
      join = close < 0 || close >= at ? at : firstIn(ctx.masked, joins, close, at);
    }
    items.push({ start, end: join, cue: lastCueIn(ctx.masked, start, join) });
    start = join + 1;
  }
  return items;
}
const ITEM_COMMA = charSet('、');

/**
 * The items listed right before one cue with 分别 when they are acts, and the cue's readings
 * ask for one of them (受理、办结 of 受理、办结信访事项); else null (审核市、县规范性文件: places).
 */
function actsListed(ctx: Context, cue: Cue): string[] | null {
  const items = ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start).split(LIST_JOIN_SPLIT);
  return items.length > 1 && items.every((item) => LISTED_ACT.test(item)) ? items : null;
}

/**
 * 分别受理、审结行政复议案件76件、70件, 共受理、办结信访事项120件、118件: acts listed right before one cue, as many as the
 * figures from figure k on that follow one another, pair with them in order.
 */
export function actsInOrder(state: State, cue: Cue, k: number): boolean {
  // Most cues have no act right before them: the cheap test first.
  if (!ACT_RIGHT_BEFORE.test(state.ctx.masked.slice(Math.max(0, cue.start - ACT_LENGTH), cue.start))) return false;
  const acts = actsListed(state.ctx, cue);
  return acts !== null && acts.length === figuresInOrder(state, k);
}

/** The kinds one cue with 分别 at `at` names, after it (查处食品、药品违法案件分别为) or before it in its clause (制定、修订规范性文件分别为). */
function kindsListed(ctx: Context, cue: Cue, at: number): string {
  const after = cleanSubject(ctx.text.slice(cue.end, at));
  return after ?? cleanSubject(ctx.text.slice(clauseStart(ctx.masked, cue.start), cue.start)) ?? RESPECTIVELY;
}
