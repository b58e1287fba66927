// A cue word read against a figure: the first candidate whose conditions and units
// fit (an act before it, a topic, law in the sentence, no blocker between), and the
// mention it makes, with its subject and the words of its period or total.
import { lastOpener, openerEnd, OPENS_WITH_ACT } from './breakdown.js';
import { charSet, firstIn, inSet, lastIn } from './chars.js';
import { ACTED_ON_WORD, BREAKDOWN, CLAUSE_END, clauseEnd, clauseStart, COLONS, type Context, MASK, NEXT_ITEM_MARK, REACH_BACK, RESPECTIVELY, SEMICOLONS } from './context.js';
import { type Figure, figuresStartingBefore, MONEY } from './figures.js';
import { accepts, AFTER_REACH, blocked, type Cue, cueOf, type Found, lexicon, type State, TITLE_CLOSE, TITLE_OPEN, titledAsBlocked } from './finder.js';
import type { Candidate, CueTable } from './lexicon.js';
import { cleanSubject } from './subject.js';
import type { Indicator } from './types.js';

/** A party to the cases just before a cue (以县政府为被申请人的行政复议案件), kept as the part's name. */
const PARTY_BEFORE = /(以[^，,；;。\d]{1,12}为[^，,；;。\d]{1,6})的$/;

const MAX_PARTY = 24;
/** The body's part in cases, right before their cue (作为被申请人参加, 作为被告的). */
const TAKING_PART = /(作为(?:被申请人|被告|第三人))(?:参加|参与|应诉|的)?$/;

/** A procedure just before a cue (办理一般程序行政处罚案件86件, 适用简易程序处罚1826件): the kind of its cases. */
const PROCEDURE_BEFORE = /(简易程序|一般程序|普通程序)(?:办理|作出|实施)?$/;
const MAX_PROCEDURE = 6;
/** Acts that make or unmake documents (印发, 废止), not review them. */
export const MAKING = /制定|出台|印发|发布|修改|修订|废止|清理/;
/** An act of making done in the clause: not one that qualifies the documents (以区政府名义印发的, 拟出台). */
const MAKING_DONE = new RegExp(`(?<!拟)(?:${MAKING.source})(?!的)`);
/**
 * Before an act, what makes it other than the act done: a condition passed (经法制审核作出处罚决定,
 * but not 经合法性审查的局发文件, the things it was done to) or a part of a cleanup (清理审查存量规范性文件).
 */
const PASSED_THROUGH = /经过?(?:法制|合法性|集体)?$/;
const CLEARING = /清理$/;
/** After an act, words that make it part of a rule's name (违反节能审查规定, 落实法制审核制度): no act done. */
const RULE_NAMED = /^(?:规定|办法|制度|细则|条例|标准)/;
/** The words up to a 等 that closes a list of kinds before a cue. */
const LISTED_KINDS = /^.*等/;
/** Brackets that say what a total includes or leaves out (（含仅销售预包装食品备案）, （不含移送公安机关案件）). */
const INCLUDES_GLOSS = /[（(]不?含[^（()）]{1,30}[）)]/g;
/** Words between a figure and the noun it counts that describe the noun (部门报送的, 拟出台的). */
const RELATIVE_CLAUSE = /^[\u4e00-\u9fff]{1,8}的$/;
/** A level of the body that a breakdown's part opens with (其中市本级, 其中，厅本级, 其中局本部), not 本部门. */
const PART_SCOPE = /^[，,：:]?([\u4e00-\u9fff]{0,3}?(?:本级|本部(?!门)))/;

const MAX_SCOPE = 12;
/** 对个人罚款140万元, 对当事人处以罚款2万元: the party fined, just before the cue in its clause (not 对其). */
const FINED_PARTY = /对([\u4e00-\u9fff]{2,8}?)(?:处以|予以|并处)?$/;
const MAX_FINED_PARTY = 12;

/** A clause that names a body or an area of its own (，全市共…, ，各县区…, ，区市场监管局…, ，我局…). */
const OWN_BODY = /^[，,；;]?(?:全|各|我|本|其中)|[局委府院办所队]/;

/** A list item's own kind before its cue, at most (、招商协议, 、招商引资项目协议, 、市政府常务会议议题). */
const MAX_ITEM_KIND = 8;

/** Acts that give a list item an act of its own. */
export const ITEM_ACT = /制定|出台|印发|清理|办理|审核|审查|作出|开展|实施|修改|修订|废止|发布|备案/;

/** What joins the parts of a breakdown. */
const PART_MARKS = charSet('、');

/** Characters of a cue word that may stand before another in a list item, at most. */
const MAX_LIST_ITEM = 10;

/** What joins the items of a list, before an item's cue. */
export const LIST_JOIN_MARKS = '、及和与';

export const LIST_JOINS = charSet(LIST_JOIN_MARKS);

export const LIST_JOIN_SPLIT = new RegExp(`[${LIST_JOIN_MARKS}]`);

/** A clause that opens on an event held (深入开展“法律进医院”活动): what it covered is its own. */
const EVENT_OPENS = /^(?:深入|持续|积极|广泛|大力|常态化)?(?:开展|组织|举办)[^，,；;。]*活动/;

/** Just before an act, denies it (未审结, 没有审核, 不审查). */
const NEGATED = /[未没不]$/;

/** Acts of handling right before a cue: the items after it were handled, not listed. */
const HANDLING = '办理|受理|办结';
const HANDLED = new RegExp(`^(?:${HANDLING})$`);
const HANDLED_IN = new RegExp(HANDLING);
/** The end of a clause that leads into the things after it (保留的事项中). */
const AMONG = '中';
/** Acts of issuing or changing a licence (核发, 新办, 变更): what they count was handled, no item on a list. */
const ISSUED = /(?:核发|颁发|发放|新办|换发|延续|变更)/;
/** What ends a list of kinds (…、…变更等). */
const KINDS_END = '等';

/** Words that say a sentence speaks of law, a law's title among them (《行政处罚法》). */
// A law's name ahead of where it is taken (“安全生产法进企业”) names law, as its title in 《》 does.
const LAW = /法治|法律|法规|学法|普法|宪法|民法典|依法|法制|讲法|释法|合法性审|备案审查|三项制度|以案说法|送法|条例|执法|法宣传|法知识|法》|(?:规定|办法|细则)》|复议|应诉|反诈|(?<![方办做手想说看用])法(?:专题|培训|讲座|解读)|(?<![方办做手想说看用])法”?进(?:企业|校园|学校|社区|乡村|农村|机关|单位|家庭|万家|网络|工地|市场|园区|景区|医院)/;
/** Words between a study and its count that name the law studied (习近平法治思想, 《职业教育法》等法律法规). */
const STUDIED_LAW = /法治思想|法治内容|法治知识|法律|法规|法》|宪法|民法典|条例/;
/** Law, then another thing joined to it, before a cue of study (法律法规和执法业务学习), or the business of law (法治业务专题培训班, 法治信访业务培训班). */
const LAW_JOINED = /(?:法律|法规|法治)(?:[^，,；;。\d]{0,6}(?:[和及、]|(?<![参给授])与)[^，,；;。\d]{0,8}|[\u4e00-\u9fff]{0,2}业务[^，,；;。\d]{0,4})$/;
const TRAINING = 'training.';
/** The platform of enforcement oversight an act went through (通过省行政执法监督平台), no oversight itself. */
const THROUGH_PLATFORM = /通过[^，,；;。、]{1,16}?执法监督平台/;
/** A clause that opens by summing up what the clause before named (，共计, ，合计, ，我局共有). */
const SUMS_UP = /^[\u4e00-\u9fff]{0,4}?(?:共计|合计|总计|共有)/;
/** Words before a cue that say only when, or none (全年, 年内共): they name nothing studied. */
const YEARS_ONLY = /^(?:(?:全年|年内|本年度?|今年)共?)?$/;
/** Who is trained, not what (执法人员业务技能培训 is no training of law); but their trade is (执法人员业务培训). */
const ENFORCERS = /(?:行政)?执法(?:人员|队员)(?!业务(?:专题)?培训)/g;
/** The field the enforcers trained work in (安全生产执法人员培训): whom the training is for, not what it teaches. */
const ENFORCERS_FIELD = /(?:安全生产|消防)(?=(?:行政)?执法(?:人员|队员))/g;
/** Study of politics or of skills, not of law (理论学习中心组, “第一议题”, 讲话精神, 党课, 高素质农民培训班, 消防安全培训, 安全生产培训, 河湖长履职培训). */
const OTHER_STUDY = /理论学习|中心组|第一议题|讲话精神|党课|党史|党纪|农民|技能|职业|消防|安全培训|安全生产|业务培训|履职培训|技术培训/;
/** Events for the public of other things than law (全民健身赛事活动42项，参与群众8.5万人次, 文艺演出, 科普活动 of science, 健康知识讲座 of health). */
const OTHER_EVENTS = /赛事|比赛|健身|运动会|文艺|演出|招聘|义诊|科普活动|健康知识|健康教育/;
const PUBLICITY = 'publicity.';
/** A heading's 依法 that says how a task was done (依法落实优抚政策), not that the law is its subject (依法行政, 依法治理, 依法执业). */
const BY_LAW = /依法(?!行政|治|执业)/g;

/** Indicators that count cases whatever their ruling: a ruling between cue and figure (胜诉, 维持) counts something else. */
export const ENDED_CASES: ReadonlySet<string> = new Set(['reconsideration.cases', 'litigation.cases']);

export const RULING_WORDS = '维持|驳回|终止|撤回|撤诉|胜诉';

const RULING = new RegExp(`^(?:法院)?(?:一审|二审|再审)?(?:判决|裁定)?(?:${RULING_WORDS}|和解)`);
/** A ruling anywhere in a part's words (申请人撤回, 复议机关决定维持): how cases ended, not a kind of them. */
export const RULING_IN = new RegExp(RULING_WORDS);

/** Right after a count of cases, that they were undone (1件被县人民政府撤销, 1件被判决确认违法): the count of those undone. */
const UNDONE_AFTER = /^被[^，,；;。\d]{0,10}?(?:确认违法|撤销|纠错|纠正|变更)/;
const MAX_UNDONE_AFTER = 16;

/** How a case ended: parts of a total split by outcome (维持12件，驳回2件), or those that ended so, leading into theirs (在已判决的18件中). */
export const OUTCOME = /^(?:其中[，,]?|在)?(?:人民法院|法院|复议机关)?(?:一审|二审|再审)?(?:已|均已|均|当场|即时)?(?:决定|作出)?(?:调解|和解)?(?:维持|驳回|终止|撤回|撤诉|胜诉|和解|结转|在审|待审|审理中|尚未|暂未|[尚正仍还]在|不予受理|未结|已结|办结|审结|结案|查实|判决|裁定|改判|发回重审|化解|执行|责令(?:被申请人|被投诉人)?(?:限期)?(?:履行|重新作出|改正)|(?:撤销|变更|改变)(?:或(?:撤销|变更|改变))?原|(?:其他)?结果)/;

/** Whether a part's words say how its cases ended (维持, 判决驳回, 以调解、和解方式结案), no kind of them, unless the indicator counts that way of ending. */
export function namesOutcome(words: string, indicator: Indicator): boolean {
  const own = words.replace(UPHELD_CO_DEFENDED, '');
  return (OUTCOME.test(own) || RULING_IN.test(own) || (CLOSED_IN.test(own) && indicator.partActs === undefined) || OVERTURNED.test(own) || MEDIATED_CLOSING.test(own)) && !indicator.partActs?.includes(words) && !actsCategory(words, indicator);
}
/** Cases closed, said anywhere in a part's words (市政府作为被告的案件审结51件): an outcome, where no act of handling parts the things (直接办结 of tickets). */
const CLOSED_IN = /审结|结案|办结/;
/** Suits the body defends beside the reconsideration body that upheld its act (以我局为共同被告的复议维持案件): a kind of suits, no outcome. */
const UPHELD_CO_DEFENDED = /复议维持(?=.*共同被告)|(?<=共同被告.*)复议维持/g;
/** Cases closed or settled by mediation, however said (通过调解、和解方式结案的, 以调解、和解方式化解). */
export const MEDIATED_CLOSING = /(?:调解|和解)[^，,；;。\d]{0,4}?(?:结案|化解)/;

/** A category of acts on the indicator's things (机构设立、变更、终止类 of licences): a kind of them, though one act may end cases. */
function actsCategory(words: string, indicator: Indicator): boolean {
  return words.endsWith(CATEGORY) && (indicator.partActs?.some((act) => words.includes(act)) ?? false);
}
export const CATEGORY = '类';
/** Cases overturned, named by how (被撤销、确认违法的): an outcome too. */
const OVERTURNED = /^被(?:撤销|确认违法|纠错|变更)/;

/** Ends a full sentence (a ； does not). */
const FULL_STOP = charSet('。！？!?\n');

/** Where a subject's list of items goes on. */
export const LIST_COMMA = charSet('、');

/** How far before its cue an opening quote mark may stand and be taken into the mention. */
const QUOTE_REACH = 12;

/** A year just before the cue, or opening its clause (2022年，本局共办理…; 2021年以来，共收到…), taken into the mention's text (2023总共需办理复议案件66件); never over another number. */
const YEAR_BEFORE = /(?:19|20)\d{2}(?:(?:年度|年)(?:以来)?[，,]?)?[^，,；;。\d]{0,8}$/;

/** An earlier period just before the cue (上年度共查处违法案件80件), taken into the mention's text for the headline to see. */
const EARLIER_BEFORE =
  /(?:(?:上年度?|上一年度?|去年)[，,]?|近[一二三四五六七八九十两\d]{1,2}年来?|以来[，,]?|(?:19|20)\d{2}年?(?:至|到|-|—|－|~)(?:(?:19|20)\d{2}年[，,]?)?|“?十[一二三四五]五”?(?:以来|期间)[，,]?)(?:同期)?[^，,；;。\d]{0,10}$/;

/** How far before a cue its act may stand (审核市政府部门规范性文件). */
const MAX_ACT = 8;

/** How far before the cue the words of its period or total are looked for (2020年至2022年，我局累计受理). */
const MAX_LEAD = 22;

/** Words just before the cue that say the figure is a total (全年共受理), taken into the mention's text for the headline to see. */
const TOTAL_BEFORE = /(?:全年|全局|累计|合计|总计|(?<![公一])共(?![同享建治产性]))[^，,；;。\d]{0,4}$/;

export const DIGIT = /\d/;
/** Marks that end a clause, to split a sentence into its clauses. */
const CLAUSE_MARKS = /[，,；;：:]/;
/** A count in a list before an item (信访事项58件、, 信访事项二十五件、, 接待来访群众近900人次、): the item's own words come after it. */
const COUNT_BEFORE_ITEM = /[\d〇零一二两三四五六七八九十百千][万亿]?(?:件|宗|起|个|人次|次|批次|批|份|项|户次|家次|场次|场|期)[、，,]?/g;

/** The words of a clause's last item: after the last count in it (受理信访事项58件、12345热线 → 12345热线). */
function ownItem(clause: string): string {
  let from = 0;
  for (const match of clause.matchAll(COUNT_BEFORE_ITEM)) from = match.index + match[0].length;
  return clause.slice(from);
}

/** The mark that opens the next item of an enumeration run on in one sentence (，三是). */
const ITEM_AFTER_COMMA = new RegExp(`[，,]${NEXT_ITEM_MARK}`, 'g');

/**
 * The words of a sentence's last enumerated item (…参加学法用法考试，三是开展法治宣传活动 → 三是开展法治宣传活动):
 * in reports run on as 一是…，二是…, each item is a sentence of its own.
 */
function ownEnumeratedItem(sentence: string): string {
  let from = 0;
  for (const match of sentence.matchAll(ITEM_AFTER_COMMA)) from = match.index + 1;
  return sentence.slice(from);
}

/** Right before a cue, words that say which of its things (涉及信访的, 信访类; not 各类, all of them). */
const WHICH_OF_THEM = /(?:涉及[^，,。；;、\d]{1,8}的|[\u4e00-\u9fff]{2,4}(?<![各该此这等全多两几])类)$/;
/**
 * Right before a cue, steps its things went through (经合法性审查的重大行政决策事项, 经合法性审查和集体讨论决定的…): which of them,
 * no act on them here.
 */
const STEP_GONE_THROUGH = /经过?(?:[和及、]?[^，,。；;、\d]{0,6}?(?:审查|审核|讨论|论证)){1,3}(?:决定)?的$/;
const MAX_STEP_GONE_THROUGH = 24;

/** Words that say people came to events (参与, 覆盖, 受众, 听讲). */
const CAME = /参与|参加|参训|覆盖|受众|受益|惠及|听众|观众|听讲|聆听|到场|现场|人次|余人|名/;

/** Words that close a quote the cue stands in, before the figure (“送法下乡”活动15次). */
const CLOSES_QUOTE = /^[^“]*”/;

/** What reading a cue rests on, for the rule set's description. */
export const PICK_RULES = {
  partyBefore: PARTY_BEFORE.source,
  includesGloss: INCLUDES_GLOSS.source,
  procedureBefore: PROCEDURE_BEFORE.source,
  making: MAKING.source,
  issued: ISSUED.source,
  clauseMarks: CLAUSE_MARKS.source,
  came: CAME.source,
  countBeforeItem: COUNT_BEFORE_ITEM.source,
  takingPart: TAKING_PART.source,
  makingDone: MAKING_DONE.source,
  passedThrough: PASSED_THROUGH.source,
  clearing: CLEARING.source,
  listedKinds: LISTED_KINDS.source,
  partScope: PART_SCOPE.source,
  itemAct: ITEM_ACT.source,
  listJoins: LIST_JOIN_MARKS,
  negated: NEGATED.source,
  law: LAW.source,
  otherStudy: OTHER_STUDY.source,
  byLaw: BY_LAW.source,
  studiedLaw: STUDIED_LAW.source,
  ruling: RULING.source,
  rulingIn: RULING_IN.source,
  endedCases: [...ENDED_CASES],
  yearBefore: YEAR_BEFORE.source,
  earlierBefore: EARLIER_BEFORE.source,
  totalBefore: TOTAL_BEFORE.source,
  ownBody: OWN_BODY.source,
  finedParty: FINED_PARTY.source,
  otherEvents: OTHER_EVENTS.source,
  reach: { party: MAX_PARTY, procedure: MAX_PROCEDURE, scope: MAX_SCOPE, itemKind: MAX_ITEM_KIND, listItem: MAX_LIST_ITEM, quote: QUOTE_REACH, act: MAX_ACT, lead: MAX_LEAD },
};

/**
 * 局本级全年作出行政处罚决定126件, 局本级未发生行政诉讼案件: a level of the body that opens the clause before
 * `at` bounds what stands there; so does one that opens its sentence, in the clauses after that name no body
 * of their own (厅本级收到行政复议申请263件，受理241件).
 */
export function levelBefore(ctx: Context, at: number): string | null {
  const from = clauseStart(ctx.masked, at);
  const level = levelAt(ctx, from, at) ?? levelOfSentence(ctx, from, at);
  return level === null ? null : cleanSubject(level);
}

/** The level that opens the sentence of a clause starting at `from` that names no body of its own. */
function levelOfSentence(ctx: Context, from: number, at: number): string | null {
  const sentence = ctx.sentStart(at);
  return sentence < from && !OWN_BODY.test(ctx.masked.slice(from, at)) ? levelAt(ctx, sentence, at) : null;
}

/** 以县政府为被申请人的行政复议案件8件: the party that names a part, just before its cue, or ending in it (以区直部门为被申请人的52件). */
function partyBefore(ctx: Context, cue: Cue): string | null {
  const end = cue.word.endsWith('的') ? cue.end : cue.start;
  // 作为被申请人参加行政复议3件: the body's part in the cases, said before the act.
  const taking = TAKING_PART.exec(ctx.masked.slice(Math.max(ctx.sentStart(cue.start), end - MAX_PARTY), end));
  if (taking) return taking[1] ?? null;
  if (ctx.masked.charAt(end - 1) !== '的') return null;
  const from = Math.max(ctx.sentStart(cue.start), end - MAX_PARTY);
  const party = PARTY_BEFORE.exec(ctx.masked.slice(from, end));
  if (!party) return null;
  const start = from + party.index;
  return cleanSubject(ctx.text.slice(start, start + (party[1]?.length ?? 0)));
}

/**
 * 受理群众来信来访和网上信访事项986件: a kind's word joined to a cue of its indicator that
 * names no kind, before it in a clause with no figure yet, names all of them together, not that
 * kind (来信214件、来访503批 does; so do 简易程序、一般程序案件分别为…, two kinds, and 涉及行政处罚类9件,
 * where 及 joins nothing). Kinds listed and summed (来信、来访、网上信访共计212件) are all of them too, and so are
 * other kinds listed before it (受理来信、来访及网上信访事项359件).
 */
function joinedToCue(ctx: Context, cue: Cue, { indicator, rule }: Candidate, summed: boolean): boolean {
  const join = cue.start - 1;
  if (!inSet(LIST_JOINS, ctx.masked.charCodeAt(join))) return false;
  const from = clauseStart(ctx.masked, cue.start);
  if (DIGIT.test(ctx.masked.slice(from, join))) return false;
  const words = lexicon.before.words;
  for (let other = words.find(ctx.masked, from, join); other !== null; other = words.find(ctx.masked, other.end, join)) {
    if (other.end === join && (lexicon.before.candidates.get(other.word) ?? []).some((c) => c.indicator.id === indicator.id && (c.rule.kind === undefined || c.rule.kind !== rule.kind || summed))) return true;
  }
  return false;
}

/** Words between a cue and its figure that sum what was listed before it (共计, 合计). */
const SUMMED = /^(?:共计|合计|总计|共|累计)/;

/** The level of the body (厅本级, 市局本部) that the words at `from` open with, before `to`. */
function levelAt(ctx: Context, from: number, to: number): string | null {
  return PART_SCOPE.exec(ctx.masked.slice(from, Math.min(to, from + MAX_SCOPE)))?.[1] ?? null;
}

/** Of two matches ending at one place, the one that starts first (2021年至2023年累计 over 2023年累计). */
function longest(a: RegExpExecArray | null, b: RegExpExecArray | null): RegExpExecArray | null {
  if (a === null || b === null) return a ?? b;
  return b[0].length > a[0].length ? b : a;
}

/** Whether no reading of the cue counts in the figure's unit (罚款 counts money, not 163件). */
export function countsOtherwise(cue: Cue, figure: Figure): boolean {
  return (lexicon.before.candidates.get(cue.word) ?? []).every((c) => !(c.rule.units ?? c.indicator.units).includes(figure.baseUnit));
}

/** Whether every rule of a cue before the figure asks for an act that is not there (违法案件 with no 办理 before it): a word that names nothing here. */
export function actsAbsent(ctx: Context, table: CueTable, cue: Cue, figure: Figure): boolean {
  if (!table.actOnly.has(cue.word)) return false;
  return (table.candidates.get(cue.word) ?? []).every(({ rule }) => rule.act !== undefined && actAt(ctx, rule.act, cue, figure, rule.actInClause) < 0);
}

/**
 * The first candidate of the cue word whose conditions and units fit the figure. `item`: the
 * words of the figure's own item in a list of acts before the cue (受理、办结信访事项分别为…),
 * where its act is looked for. `byAct`: only a candidate named by the act done to the cue's things.
 */
export function pick(state: State, table: CueTable, cue: Cue, figure: Figure, gap: string, side: 'before' | 'after', item?: string, byAct = false): Found | null {
  for (const candidate of table.candidates.get(cue.word) ?? []) {
    if (byAct && candidate.rule.act === undefined) continue;
    if (!fits(state, candidate, cue, figure, gap, item)) continue;
    const { ctx } = state;
    if (side === 'before') {
      // 发放《食品流通许可证》527件: a cue that ends a title is the title's, which the mention names and starts at.
      const title = ctx.masked.charAt(cue.end) === TITLE_CLOSE ? ctx.masked.lastIndexOf(TITLE_OPEN, cue.start) : -1;
      // The gap's own words, titles in it unmasked (a gap may be given empty: the level after a change).
      const subject =
        (title >= 0 ? ctx.text.slice(title, cue.end + 1) : null) ??
        cleanSubject(ctx.text.slice(figure.start - gap.length, figure.start)) ??
        (candidate.rule.kind !== undefined && !joinedToCue(ctx, cue, candidate, SUMMED.test(gap)) ? candidate.rule.kind : undefined) ??
        partName(ctx, cue, candidate.indicator.id) ??
        levelBefore(ctx, cue.start) ??
        partyBefore(ctx, cue) ??
        PROCEDURE_BEFORE.exec(ctx.masked.slice(Math.max(0, cue.start - MAX_PROCEDURE), cue.start))?.[1] ??
        partyFined(ctx, cue, figure) ??
        null;
      // 行政诉讼胜诉8件, 复议机关决定维持2宗 count how cases ended, not the cases; so does 行政诉讼中有1件被判决确认违法.
      if (ENDED_CASES.has(candidate.indicator.id) && ((subject !== null && (RULING.test(subject) || RULING_IN.test(subject))) || UNDONE_AFTER.test(ctx.masked.slice(figure.end, figure.end + MAX_UNDONE_AFTER)))) continue;
      const lead = ctx.masked.slice(Math.max(ctx.sentStart(cue.start), cue.start - MAX_LEAD), cue.start);
      const year = longest(YEAR_BEFORE.exec(lead), EARLIER_BEFORE.exec(lead)) ?? TOTAL_BEFORE.exec(lead);
      return {
        indicator: candidate.indicator,
        rule: candidate.id,
        figure,
        spanStart: title >= 0 ? title : year ? cue.start - year[0].length : openingQuote(ctx, cue, gap),
        spanEnd: figure.end,
        subject,
        cueBefore: cue,
        derived: candidate.rule.follows !== undefined,
      };
    }
    if (countedAgainAfter(state, candidate.indicator, cue, figure)) continue;
    // 3次共计100余人次的…培训会: words after the figure that run into another number are not its own.
    if (DIGIT.test(gap)) {
      return { indicator: candidate.indicator, rule: candidate.id, figure, spanStart: figure.start, spanEnd: figure.end, subject: null };
    }
    // The words after the figure up to the act that took them, or the cue: 32家小作坊开展检查.
    const act = candidate.rule.act ? actAt(ctx, candidate.rule.act, cue, figure) : -1;
    const subjectEnd = Math.min(act >= figure.end ? act : cue.start, firstIn(ctx.masked, LIST_COMMA, figure.end, cue.start));
    return {
      indicator: candidate.indicator,
      rule: candidate.id,
      figure,
      spanStart: figure.start,
      spanEnd: gap.length <= 12 ? cue.end : subjectEnd,
      subject: cleanSubject(ctx.text.slice(figure.end, subjectEnd)),
    };
  }
  return null;
}

/** Units that count the places or people an act was done to (对86个取水户, 对4600余名执法人员). */
const ACTED_ON_UNITS: ReadonlySet<string> = new Set(['个', '家', '户', '处', '所', '名', '人']);
/** Units that count the act's own doings, each time (检查…72处次, 参训…5200余人次). */
const DOINGS_UNITS: ReadonlySet<string> = new Set(['次', '人次', '家次', '户次', '处次', '场次', '件次', '所次', '间次']);

/**
 * 对全市3处…文物保护单位开展专项检查，检查文物保护单位72处次; 对4600余名行政执法人员进行法律知识轮训，…参训人员达5200余人次;
 * 对全县39家…企业开展摸底检查，目前已检查22家:
 * the places or people the act after the figure was done to, where its clauses, up to a semicolon, go on to count the act's
 * doings by a cue of the same indicator.
 */
function countedAgainAfter(state: State, indicator: Indicator, cue: Cue, figure: Figure): boolean {
  if (!ACTED_ON_UNITS.has(figure.baseUnit)) return false;
  const { ctx, figures } = state;
  const end = Math.min(firstIn(ctx.masked, FULL_STOP, cue.end, ctx.masked.length), firstIn(ctx.masked, SEMICOLONS, cue.end, ctx.masked.length));
  // The figures after the cue (they stand in order), up to the end of its clauses.
  for (let j = figuresStartingBefore(figures, cue.end); j < figures.length && (figures[j]?.start ?? end) < end; j++) {
    const later = figures[j] as Figure;
    if (!(DOINGS_UNITS.has(later.baseUnit) || later.baseUnit === figure.baseUnit) || !accepts(indicator, later)) continue;
    // …开展检查，其中随机抽查14家: parts of the figure, no count of the act; …开展随机抽查，组织…专项检查38次: another act's; so is one
    // on other things (…开展“双随机”抽查，对投诉涉及的单位现场检查637家).
    const clause = clauseStart(ctx.masked, later.start);
    if (ctx.masked.slice(cue.end, later.start).includes(BREAKDOWN) || OPENS_WITH_ACT.test(ctx.masked.slice(clause, later.start)) || ctx.masked.startsWith(ACTED_ON_WORD, clause)) continue;
    for (let word = lexicon.before.words.find(ctx.masked, clause, later.start); word !== null; word = lexicon.before.words.find(ctx.masked, word.end, later.start)) {
      if ((lexicon.before.candidates.get(word.word) ?? []).some((c) => c.indicator === indicator)) return true;
    }
  }
  return false;
}

/** From a cue to the quote that closes on it, another part joined with + between (+网格+执法”). */
const JOINED_IN_QUOTES = /^[^“”，,。；;\d+＋]{0,8}[+＋][^“”，,。；;\d]{1,16}”/;
/** The mark that joins the parts of a way of working (“网格+警格+调解”), and the quote that closes it. */
const PLUS = charSet('+＋');
const CLOSING_QUOTE = '”';

/** Where the mention starts: at the cue, or at the quote mark it stands in (“送法下乡”活动15次). */
function openingQuote(ctx: Context, cue: Cue, gap: string): number {
  if (!CLOSES_QUOTE.test(gap)) return cue.start;
  const from = Math.max(ctx.sentStart(cue.start), cue.start - QUOTE_REACH);
  const words = ctx.masked.slice(from, cue.start);
  const open = words.lastIndexOf('“');
  return open >= 0 && !words.includes('”', open) ? from + open : cue.start;
}

/** A school before the law's name (中小学法治副校长): its 学 and the law's 法 make no 学法 of the words that bar a cue. */
const SCHOOL_BEFORE_LAW = /[小中大]学(?=法)/g;
const STUDY_OF_LAW = '学法';

/** A request for information disclosed, the things it asked for after it (申请公开行政处罚决定书的21件). */
const DISCLOSURE_ASKED = /申请(?:公开|获取)[^，,；;。\d]{0,16}$/;

/** A mark that ends a clause. */
const CLAUSE_MARK = /[，,；;]/;

/** What opens a clause on another thing than those before (另有, 另外). */
const ANOTHER_OPENS = /^另(?:有|外)?$/;

/** Between a figure and a cue that says what its things came to (已, 均已, 已按期, 全部); a noun right after a figure is its own (12件规范性文件). */
const STATUS_LEAD = /^(?:已|均|均已|全部|已全部|按期|已按期)$/;
const MAX_STATUS_LEAD = 3;

/** Whether the cue stands right after a figure, after 已 or 按期 (729件已按期办结). */
function statusOfFigureBefore({ ctx, figures }: State, cue: Cue): boolean {
  const previous = figures[figuresStartingBefore(figures, cue.start) - 1];
  return previous !== undefined && cue.start - previous.end <= MAX_STATUS_LEAD && STATUS_LEAD.test(ctx.masked.slice(previous.end, cue.start));
}

function fits(state: State, candidate: Candidate, cue: Cue, figure: Figure, gap: string, item?: string): boolean {
  const { ctx } = state;
  const { indicator, rule } = candidate;
  if (!(rule.units ?? indicator.units).includes(figure.baseUnit) || figure.value < (rule.atLeast ?? 0)) return false;
  // 通过“热线+网格+执法”联动处置612件, “网格+警格+调解”融合工作机制…: a cue that is one part of a way of working, joined
  // with +, names nothing it counts.
  if (cue.end <= figure.start && (JOINED_IN_QUOTES.test(gap) || (inSet(PLUS, ctx.masked.charCodeAt(cue.start - 1)) && gap.startsWith(CLOSING_QUOTE)))) return false;
  // 申请公开行政处罚决定书的21件, 申请公开…听证材料的34件: requests for information on the things, no things of the body's.
  if (cue.start < figure.start && DISCLOSURE_ASKED.test(ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start))) return false;
  // Across a clause mark, no figure of a cue right after another figure (541件已结案，14件正在办理中: what that figure's things came
  // to), nor one whose clause opens on another thing (…确认违法的情况，另有1件因…延期审理: a statement of its own).
  if (cue.start < figure.start && CLAUSE_MARK.test(gap) && (statusOfFigureBefore(state, cue) || ANOTHER_OPENS.test(ctx.masked.slice(clauseStart(ctx.masked, figure.start), figure.start)))) return false;
  const nouns = indicator.unitNouns?.[figure.baseUnit];
  // Not a cue's noun across a clause (行政处罚案件主要集中在…等领域，8个重点执法部门办理的案件: the departments).
  if (nouns && !nouns.some((n) => (cue.start < figure.start && cue.word.includes(n) && !CLAUSE_MARK.test(gap)) || gap.includes(n) || ctx.masked.startsWith(n, figure.end))) return false;
  // The sentence is read only by the rules that need it.
  // 行政许可事项19项 on a list are items; 办理行政审批事项2315项 were handled.
  // 核发商品房预售许可证61项, 许可新办15项: an act of issuing in the figure's own clause says they were handled.
  // 严格执行权责清单，全年办理…资质审批45项: a list named in a clause before, that counts nothing, is not theirs;
  // 共有行政权力300项，其中，行政许可15项: one that counts its items is.
  if (figure.baseUnit === '项' && indicator.listWords) {
    const from = clauseStart(ctx.masked, Math.min(cue.start, figure.start));
    // 将取水许可延续、水土保持方案变更等8项业务纳入“全程网办”: acts of issuing listed as kinds before 等 say nothing was handled.
    const named = ctx.masked.slice(from, figure.start);
    if (!HANDLED.test(ctx.masked.slice(Math.max(0, cue.start - 2), cue.start)) && !(ISSUED.test(named) && !named.includes(KINDS_END))) {
      // 全年办理…审批事项186件，审批建设项目环评文件42项: a clause before that counts items handled lists none.
      // 保留的事项中，行政许可186项: one that leads into the items, no count in it, names what they are; so does one the figure's
      // clause sums up (梳理公布…权力事项清单，共计行政许可23项).
      const clauses = ctx.masked.slice(sentenceStart(ctx, figure), from).split(CLAUSE_MARKS);
      const summed = SUMS_UP.test(named) ? clauses.length - 2 : -1;
      const counting = clauses.filter((clause, i) => ((DIGIT.test(clause) || NUMERAL_COUNT.test(clause)) && !HANDLED_IN.test(clause)) || clause.endsWith(AMONG) || i === summed);
      const words = counting.join('') + ctx.masked.slice(from, clauseEnd(ctx.masked, figure.end, Math.min(ctx.masked.length, figure.end + REACH_BACK)));
      if (indicator.listWords.some((w) => words.includes(w))) return false;
    }
  }
  if (rule.topic && ctx.topicAt(cue.start) !== rule.topic) return false;
  if (rule.notTopic) {
    const topic = ctx.topicAt(cue.start);
    if (topic !== null && rule.notTopic.includes(topic)) return false;
  }
  if (rule.act && (item === undefined ? actAt(ctx, rule.act, cue, figure, rule.actInClause) < 0 : !rule.act.some((act) => item.includes(act)))) return false;
  // Words that make the cue other work are read in its sentence; those that say whom it was for, in its full sentence (…参与学生12万余人次；举办法治讲座680余场).
  const at = Math.min(cue.start, figure.start);
  const audience = () => rule.audienceAfter !== undefined && audienceAfter(ctx, figure, rule.audienceAfter);
  if (rule.notInSentence) {
    // …行政裁决案件1,046件；其中…27件，已结案24件: a sentence that opens on 其中 breaks down the things of the one before.
    const start = ctx.sentStart(at);
    const from = start > 0 && ctx.masked.startsWith(BREAKDOWN, start) ? ctx.sentStart(start - 1) : start;
    const own = ownEnumeratedItem(ctx.masked.slice(from, at));
    const item = own.includes(STUDY_OF_LAW) ? own.replace(SCHOOL_BEFORE_LAW, '') : own;
    if (rule.notInSentence.some((w) => item.includes(w)) || audience()) return false;
  }
  if (rule.notUnderHeading) {
    const heading = ctx.headingAt(at);
    if (rule.notUnderHeading.some((w) => heading.includes(w))) return false;
  }
  if (rule.inSentence && !rule.inSentence.some((w) => ctx.masked.slice(ctx.stopStart(at), at).includes(w)) && !audience() && !rule.inTitle?.some((w) => ctx.title.includes(w))) return false;
  // 受理信访件和12345热线工单分别为58件、1200件: items that 分别 pairs with their own figures each name one.
  // 转办涉及信访的工单, 转办信访类工单: words that say which of the things they are name no others counted with them.
  if (rule.notInClause && !ctx.masked.slice(cue.end, figure.start).includes(RESPECTIVELY)) {
    // 通过省行政执法监督平台扫码登记检查: the platform the act went through names no oversight of the body's own.
    const words = ownItem(ctx.masked.slice(clauseStart(ctx.masked, at), at)).replace(WHICH_OF_THEM, '').replace(STEP_GONE_THROUGH, '').replace(THROUGH_PLATFORM, '');
    if (rule.notInClause.some((w) => words.includes(w))) return false;
  }
  // 理论学习中心组专题学习习近平法治思想2次: a study whose words name the law studied is law study, whoever studies;
  // so do the titles studied, read unmasked (中心组专题学习《行政处罚法》4次).
  // 组织法律法规和执法业务学习24次: business studied with the law, joined to it, is law study too.
  if (rule.notAct && !(rule.law && (STUDIED_LAW.test(gap.includes(MASK) ? ctx.text.slice(cue.end, figure.start) : gap) || LAW_JOINED.test(ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start))))) {
    // 成立、变更、注销等行政许可: an act in a list of kinds before 等 is no act on the cue; nor is
    // one in the sentence before (1件申请人撤回；行政诉讼案件2件), nor one that ends the clause before (全部经法制审核，重大行政处罚案件1件).
    const clause = clauseStart(ctx.masked, cue.start);
    const before = ctx.masked.slice(Math.max(clause, cue.start - 3), cue.start);
    const words = STEP_GONE_THROUGH.test(ctx.masked.slice(Math.max(clause, cue.start - MAX_STEP_GONE_THROUGH), cue.start)) ? '' : before.includes('等') ? before.replace(LISTED_KINDS, '') : before;
    if (rule.notAct.some((w) => words.includes(w))) return false;
  }
  if (rule.actAfter || rule.notActAfter) {
    const rest = ctx.masked.slice(cue.end, clauseEnd(ctx.masked, cue.end, Math.min(ctx.masked.length, cue.end + AFTER_REACH)));
    if (rule.notActAfter?.some((w) => rest.includes(w))) return false;
    // 对7份政策措施文件开展公平竞争审查: a review the indicator excludes; 积案113件已化解106件: an act with a figure of its own names that one.
    if (rule.actAfter && (!rule.actAfter.some((w) => actNamesFigure(rest, w, figure.end - cue.end)) || blocked(indicator, rest))) return false;
  }
  // 组织从业人员安全生产培训1200人次, 开展1286名河湖长履职培训: a training of other things in a clause of its own, whatever the sentence before.
  if (indicator.id.startsWith(TRAINING)) {
    // …业务培训2期，培训180人: a clause of the cue and its figure alone goes on with the training of the clause before;
    // so does one of the year's (…中心组集中学习制度，全年集中学习12次).
    const own = clauseStart(ctx.masked, Math.min(cue.start, figure.start));
    const from = own > 1 && YEARS_ONLY.test(ctx.masked.slice(own, cue.start)) ? clauseStart(ctx.masked, own - 2) : own;
    const to = clauseEnd(ctx.masked, Math.max(cue.end, figure.end), Math.min(ctx.masked.length, from + AFTER_REACH));
    // The law studied may be a title (中心组专题学习《行政处罚法》4次), read unmasked.
    if (OTHER_STUDY.test(ctx.masked.slice(from, to).replace(ENFORCERS_FIELD, '')) && !LAW.test(ctx.text.slice(from, to).replace(ENFORCERS, ''))) return false;
  }
  if (rule.law) {
    // 中心组开展学习13次, 消防安全培训326场次, 健身赛事…参与群众8.5万人次 under a heading on law: study or events of
    // other things, that only their own words could make law.
    const own = withoutParts(ctx, figure);
    const studied = (indicator.id.startsWith(TRAINING) && OTHER_STUDY.test(own)) || (indicator.id.startsWith(PUBLICITY) && OTHER_EVENTS.test(own));
    // 依法安置退役士兵412人…，惠及优抚对象1.86万人: done by law is not about law, in a sentence as in a heading.
    if (!LAW.test(own.replace(BY_LAW, '')) && (studied || !LAW.test(ctx.headingAt(figure.start).replace(BY_LAW, '')))) return false;
  }
  if (rule.follows) {
    // …培训班4期；深入开展“法律进医院”活动，覆盖医务人员2.3万人次: a semicolon, then another act, ends what the count before spoke of.
    // …法治专题讲座3场。参训人员累计640余人次: a sentence that opens on the word goes on from the one before, and reaches its count.
    const stop = ctx.stopStart(figure.start);
    const semicolon = lastIn(ctx.masked, SEMICOLONS, cue.start, stop);
    // …一般程序案件555件。一般程序案件中，541件已结案: so does one that leads in on the things of the sentence before, its figure then the word.
    const ledIn = figure.end <= cue.start && LED_IN_SENTENCE.test(ctx.masked.slice(stop, figure.start));
    const goesOn = stop > 0 && ((cue.start - stop <= MAX_SENTENCE_LEAD && SENTENCE_LEAD.test(ctx.masked.slice(stop, cue.start))) || ledIn) && ctx.paraStart(stop) < stop;
    const since = semicolon >= 0 && EVENT_OPENS.test(ctx.masked.slice(semicolon + 1, cue.start)) ? semicolon : goesOn ? ctx.stopStart(stop - 1) : stop;
    const last = lastFound(state, since);
    if (!last || !rule.follows.includes(last.indicator.id)) return false;
  }
  if (rule.notRepeating) {
    const last = lastFound(state, ctx.stopStart(figure.start));
    if (last && rule.notRepeating.includes(last.indicator.id)) {
      // 审核…137件次，出具书面审核意见52份: some of them, where the clause names no things of its own (…，对重大行政决策草案出具…意见4份).
      const fewer = figure.value < last.figure.value && !ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start).includes(ACTED_ON_WORD);
      if (last.figure.value === figure.value || fewer) return false;
    }
  }
  // 食品经营许可（含仅销售预包装食品备案）2563件: what a total includes, in brackets right after the cue, names none of it.
  // 对23件部门报送的规范性文件开展合法性审查: words ending in 的 between the figure and its noun say whose things they are.
  const own = figure.end <= cue.start && RELATIVE_CLAUSE.test(gap) ? '' : gap.replace(INCLUDES_GLOSS, '');
  if (blocked(indicator, own) || (cue.end < figure.start && titledAsBlocked(indicator, ctx.text.slice(cue.end, figure.start)))) return false;
  if (indicator.notAfter && followedBy(ctx.masked, figure.end, indicator.notAfter)) return false;
  // 抽查23个执法部门案卷, 县级32个部门建立…: a figure in 个 counts the noun after it, in its own item
  // (抽查任务64个、跨部门联合抽查任务29个: the next item's words are not its noun).
  const nounEnd = firstIn(ctx.masked, LIST_COMMA, figure.end, clauseEnd(ctx.masked, figure.end, figure.end + MAX_NOUN_AFTER));
  return !(figure.baseUnit === GENERAL_UNIT && cue.start < figure.start && blocked(indicator, ctx.masked.slice(figure.end, nounEnd)));
}

/** What may open a sentence before a word that follows the count of the sentence before (参训人员累计…, 共计1067人次). */
const SENTENCE_LEAD = /^(?:其中|另|此外|共|累计|合计|全年)?$/;
const MAX_SENTENCE_LEAD = 2;
/** A sentence that leads in on things named before its figure (一般程序案件中，541件…). */
const LED_IN_SENTENCE = /^[^，,；;。\d]{2,14}中[，,]$/;

/** Whether the figure's clauses after it, or the heading it stands under, name one of the people (…，参与学生1.1万余人次; （三）丰富学生法治教育形式). */
function audienceAfter(ctx: Context, figure: Figure, people: readonly string[]): boolean {
  const end = firstIn(ctx.masked, CLAUSES_END, figure.end, Math.min(ctx.masked.length, figure.end + REACH_BACK));
  // In a later clause the people are those who came (，参与学生1.1万余人次), not those another act was done to (，带头接访群众).
  const clauses = ctx.masked.slice(figure.end, end).split(CLAUSE_MARKS).filter((clause, i) => i === 0 || CAME.test(clause));
  // The heading speaks for a sentence that names no people of the body's own (厅机关举办法治讲座6次).
  const own = OWN_PEOPLE.test(ctx.masked.slice(ctx.stopStart(figure.start), figure.start));
  const heading = own ? '' : ctx.headingAt(figure.start);
  return people.some((w) => heading.includes(w) || clauses.some((clause) => clause.includes(w)));
}

/** The body's own people or organs, named in a sentence. */
const OWN_PEOPLE = /机关|干部|工作人员|执法人员|职工|公务员/;

/** Where a figure's clauses end: a semicolon or a full stop (a table's pipe does not end the people's reach). */
const CLAUSES_END = charSet('；;。！!？?\n');

/** The unit that counts anything: what it counts is the noun after it. */
const GENERAL_UNIT = '个';
const MAX_NOUN_AFTER = 10;

/** The words that open a clause on the things acted on (对, 依法对, 针对). */
export const ACTED_ON = '(?:并|同时|还|另|依法)?针?对';
/** A count in Chinese numerals (保留行政职权三千一百二十五项). */
const NUMERAL_COUNT = /[〇一二两三四五六七八九十百千万]{2,8}[项件个]/;
const ACTED_ON_OPENS = new RegExp(`^${ACTED_ON}`);

/**
 * Where one of the acts stands, not denied, for a cue: just before a cue before the figure;
 * for a cue after it, just before the figure (审核3件规范性文件) or anywhere between the two
 * (对32家小餐饮开展食品安全检查). -1 when none does.
 */
function actAt(ctx: Context, acts: readonly string[], cue: Cue, figure: Figure, inClause = false): number {
  // 对县政府签订的合同进行审查22件: the act done to the things, said after them, right before the figure.
  if (inClause && cue.end <= figure.start) {
    const gap = ctx.masked.slice(cue.end, figure.start);
    for (const act of acts) if (gap.endsWith(act)) return figure.start - act.length;
  }
  let from: number;
  let farther = false;
  // 对违规在耕地上挖塘养殖的2起案件依法立案查处: after the figure, the 对 that opens its clause on the things acted on, however long
  // their words; else an act just before the figure, in its clause (…被依法实施，37件案件…: not the clause before's).
  if (cue.start >= figure.end) {
    const clause = clauseStart(ctx.masked, figure.start);
    from = ACTED_ON_OPENS.test(ctx.masked.slice(clause, figure.start)) ? clause : Math.max(clause, figure.start - 6);
  }
  // 审查合同36份、规范性文件5件, 审核规范性文件及重大执法决定136件, …、合同协议143件: the act
  // that opens a list acts on each of its items.
  else if (inListItem(ctx.masked, cue.start)) from = clauseStart(ctx.masked, cue.start);
  // Within the cue's clause (开展备案审查，备案规范性文件8件: 审查 is the last clause's), just before
  // the cue or, for a rule that says so, anywhere before it with no other act between.
  else if (inClause) {
    from = clauseStart(ctx.masked, cue.start);
    farther = true;
  } else from = Math.max(cue.start - MAX_ACT, clauseStart(ctx.masked, cue.start));
  // Never from another sentence (均按期办结。发生行政复议案件6件 closed none).
  from = Math.max(ctx.sentStart(Math.min(cue.start, figure.start)), from);
  // 法制审核：行政处罚决定45件、行政许可决定184件: the act labels the line whose items follow its colon.
  const label = labelBefore(ctx, from);
  if (label >= 0) from = label;
  // 对…拟出台文件开展合法性审查：合同31件、文件12件: so does an act that ends the words before the colon.
  else if (from > 0 && inSet(COLONS, ctx.masked.charCodeAt(from - 1))) {
    const lead = ctx.masked.slice(ctx.sentStart(from - 1), from - 1);
    for (const act of acts) if (lead.endsWith(act) && affirmed(lead, act)) return from - 1 - act.length;
  }
  const words = ctx.masked.slice(from, cue.start);
  for (const act of acts) {
    if (!affirmed(words, act)) continue;
    const at = words.lastIndexOf(act);
    const lead = ctx.masked.slice(Math.max(0, from + at - 5), from + at);
    if (CLEARING.test(lead) || (PASSED_THROUGH.test(lead) && words.charAt(at + act.length) !== '的') || RULE_NAMED.test(words.slice(at + act.length))) continue;
    // 审核后印发规范性文件: an act that makes them, between, names what was done to them; nor does the
    // act reach over another figure (审核规范性文件9件、备案规范性文件4件).
    const between = words.slice(at + act.length);
    if (farther && (MAKING_DONE.test(between) || DIGIT.test(between))) continue;
    return from + at;
  }
  return -1;
}

/**
 * The name of a part of a breakdown whose kind stands before its cue (其中按日连续处罚案件3件,
 * 、邻里纠纷45件): the part's words with the cue, or null where no words precede the cue.
 */
function partName(ctx: Context, cue: Cue, id: string): string | null {
  // In the cue's own sentence: a semicolon ends a breakdown's parts.
  const opener = lastOpener(ctx.masked, Math.max(ctx.sentStart(cue.start), cue.start - REACH_BACK), cue.start);
  if (opener < 0) return null;
  const afterOpener = openerEnd(ctx.masked, opener);
  // 其中撤销、变更、确认违法等纠错126件: kinds that are each a cue of the indicator, before 等, name the whole of it.
  if (allOwnCues(ctx.masked.slice(afterOpener, cue.start), id)) return null;
  // The part right after its opener (其中，) or the 、 that joins it to the part before; no clause between.
  let start = Math.max(afterOpener, lastIn(ctx.masked, PART_MARKS, cue.start, afterOpener) + 1);
  while (start < cue.start && inSet(CLAUSE_END, ctx.masked.charCodeAt(start))) start++;
  if (firstIn(ctx.masked, CLAUSE_END, start, cue.start) < cue.start) {
    // 其中厅本级执法检查企业316家次，行政处罚43起: a level named after the opener bounds each clause of the part.
    return levelAt(ctx, afterOpener, cue.start);
  }
  return cleanSubject(ctx.text.slice(start, cue.start)) === null ? null : cleanSubject(ctx.text.slice(start, cue.end));
}

/** Whether words are kinds listed before 等, each a cue word of the indicator (撤销、变更、确认违法等). */
function allOwnCues(words: string, id: string): boolean {
  if (!words.endsWith(ETC)) return false;
  const kinds = words.slice(0, -ETC.length).split(LIST_JOIN_SPLIT);
  return kinds.length > 1 && kinds.every((kind) => cueOf(kind, id));
}
const ETC = '等';

/** The party a sum was fined or taken from, named as the act's object before its cue. */
function partyFined(ctx: Context, cue: Cue, figure: Figure): string | null {
  if (figure.baseUnit !== MONEY) return null;
  const from = Math.max(clauseStart(ctx.masked, cue.start), cue.start - MAX_FINED_PARTY);
  const party = FINED_PARTY.exec(ctx.masked.slice(from, cue.start))?.[1];
  return party === undefined ? null : cleanSubject(party);
}

/**
 * Whether a cue opens an item of a list, right after the mark that joins it to the one before
 * (、规范性文件), or after another cue word only (、合同协议): no act of its own (、制定规范性文件).
 */
function inListItem(text: string, at: number): boolean {
  if (inSet(LIST_JOINS, text.charCodeAt(at - 1))) return true;
  const join = lastIn(text, LIST_JOINS, at, Math.max(0, at - MAX_LIST_ITEM));
  if (join === -1) return false;
  const words = text.slice(join + 1, at);
  // Another cue word (、合同协议), or a short kind (、招商协议, 、镇（街道）), but no act of the item's own (、制定规范性文件, 、受理信访事项).
  if (ITEM_ACT.test(words) || ITEM_OPENS_ON_ACT.test(words)) return false;
  const kind = words.replace(GLOSS_IN_ITEM, '');
  return lexicon.before.candidates.has(words) || (kind.length <= MAX_ITEM_KIND && !DIGIT.test(kind) && firstIn(kind, CLAUSE_END, 0, kind.length) === kind.length);
}
/** A short gloss in brackets inside an item's words (镇（街道）). */
const GLOSS_IN_ITEM = /[（(][^（()）\d]{1,4}[）)]/g;
/** Acts on disputes and petitions that open an item of their own (、受理信访事项47件 after 化解矛盾纠纷312起). */
const ITEM_OPENS_ON_ACT = /^(?:受理|办结|化解|收到|接待|查处|调处|处置)/;

/** Where a short label that opens its line stands, when its colon ends right before `at`; else -1. */
function labelBefore(ctx: Context, at: number): number {
  if (at < 1 || !inSet(COLONS, ctx.masked.charCodeAt(at - 1))) return -1;
  const line = ctx.paraStart(at - 1);
  const label = ctx.masked.slice(line, at - 1).replace(ITEM_NUMBER, '');
  return label.length <= MAX_LABEL && !CLAUSE_MARK_IN_LABEL.test(label) ? line : -1;
}
const MAX_LABEL = 8;
/** The number of a list's item before its label (3., （三）). */
const ITEM_NUMBER = /^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;
const CLAUSE_MARK_IN_LABEL = /[，,。；;：:\d]/;

/** Whether one of the words stands right after the figure, or after the people it counts (2名执法人员获评). */
export function followedBy(text: string, end: number, words: readonly string[]): boolean {
  const people = PEOPLE_AFTER.exec(text.slice(end, end + MAX_PEOPLE_AFTER))?.[0].length ?? 0;
  return words.some((w) => text.startsWith(w, end) || (people > 0 && text.startsWith(w, end + people)));
}
/** The people a count of persons names right after it (执法人员, 干部), and that it was all of them (执法人员全部). */
const PEOPLE_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:人员|干部|职工|同志|民警|队员)(?:全部|均|全员)?/;
const MAX_PEOPLE_AFTER = 10;

/** Whether `act` stands in `words`, before the figure ending at `figureEnd` or after it with no figure of its own. */
function actNamesFigure(words: string, act: string, figureEnd: number): boolean {
  const at = words.indexOf(act);
  return at !== -1 && (at < figureEnd || !NUMBER_START.test(words.slice(at + act.length)));
}
const NUMBER_START = /^[\d〇一二两三四五六七八九十百千万]/;

/** Whether `act` stands in `words` and is not denied there (尚未审结的行政复议案件 were not closed). */
function affirmed(words: string, act: string): boolean {
  const at = words.lastIndexOf(act);
  return at !== -1 && !NEGATED.test(words.slice(0, at));
}

/** The sentence up to its full stop (a ； does not end it). */
function fullSentence(ctx: Context, figure: Figure): string {
  const start = sentenceStart(ctx, figure);
  const limit = Math.min(ctx.text.length, figure.end + REACH_BACK);
  return ctx.text.slice(start, firstIn(ctx.text, FULL_STOP, figure.end, limit));
}

/**
 * The sentence without the parts a 其中 after the figure opens: a part on law does not make its
 * total law (集中学习14次，其中专题学习习近平法治思想3次).
 */
function withoutParts(ctx: Context, figure: Figure): string {
  const sentence = fullSentence(ctx, figure);
  const after = figure.end - sentenceStart(ctx, figure);
  // Nor the items after a semicolon (培训96人次；组织…法律法规宣传…活动21场): other work.
  const semicolon = firstIn(sentence, SEMICOLONS, after, sentence.length);
  const parts = sentence.indexOf(PARTS_OPENER, after);
  return sentence.slice(0, parts < 0 ? semicolon : Math.min(parts, semicolon));
}

/** Where the full sentence of a figure starts, as far back as it is read. */
function sentenceStart(ctx: Context, figure: Figure): number {
  return Math.max(ctx.stopStart(figure.start), figure.start - REACH_BACK);
}

const PARTS_OPENER = '其中';

function lastFound(state: State, since: number): Found | null {
  for (let k = state.decided.length - 1; k >= 0; k--) {
    const found = state.decided[k];
    if (found) return found.figure.start >= since ? found : null;
  }
  return null;
}
