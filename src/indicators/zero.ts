// Zero statements: 无行政复议或行政诉讼案件, 未发生行政复议、行政诉讼案件,
// 无行政拘留、行政强制、行政复议撤销或诉讼败诉情况, 行政诉讼零败诉, and with the
// named things first, 行政复议、行政诉讼案件均为零. Each zero-able
// indicator named in the statement is a mention with value 0.
import { charSet, firstIn, lastIn } from './chars.js';
import { clauseStart, type Context } from './context.js';
import type { Candidate, Lexicon } from './lexicon.js';
import { type Indicator, type Topic, TOPICS } from './types.js';

export interface ZeroMention {
  indicator: Indicator;
  rule: string;
  start: number;
  end: number;
  /** Where the cause the statement is bounded by stands (未发生因政府信息公开引发的…: 政府信息公开), or null. */
  cause: { start: number; end: number } | null;
  /** Whether a word of the topic's outcomes named it (未被判决撤销), not its own word (无败诉). */
  byOutcome: boolean;
}

/** How a cause is said to have brought the cases (因…引发的). */
const CAUSED_BY = '(?:引发|引起|导致|产生)';
/** The cause a zero statement is bounded by (因政府信息公开引发的). */
const CAUSE = new RegExp(`因([\u4e00-\u9fff]{2,12}?)${CAUSED_BY}的?`);

/**
 * 执法案件未引发行政复议和行政诉讼 that the cases led to none; 未申请人民法院强制执行 that none was asked of a court;
 * 未制定规范性文件 and 未以街道名义制发规范性文件 say none were made; 零败诉 and 未败诉 that none were lost; 未被提起行政诉讼
 * and 未因政府信息公开工作被申请行政复议 that none was brought. 未 alone says nothing (尚未审结的行政复议案件2件).
 */
const MAKING_DOCUMENTS = '(?:制定|制发|出台|印发)';
const NEGATION = new RegExp(
  `未发生|没有发生|未产生|未出现|未引发|未引起|未收到|不涉及|未因[\\u4e00-\\u9fff]{1,12}?(?:${CAUSED_BY}的?|被)|未新?(?:${MAKING_DOCUMENTS}|以[\\u4e00-\\u9fff]{1,10}名义${MAKING_DOCUMENTS})|未作出|未采取|未实施|未开展|未(?=申请(?:人民)?法院强制执行)|未承办|未对[\\u4e00-\\u9fff]{1,8}?(?:采取|实施|作出)|未被|未成为|未(?=(?:判决)?败诉)|未有|没有|无(?!法|论|需|须|偿|证|照|人|缝|纸|障碍|限|私|意|效|故|理|关|疑|视|辜|数|权|正当|线|害|公害|废|烟|感|差别)|零`,
  'g',
);
/** The same, looked for ahead of a negation. */
const NEXT_NEGATION = new RegExp(NEGATION.source, 'g');
/**
 * 行政复议、行政诉讼案件均为零, 规范性文件数量为零, 案件“零”发生, 行政诉讼案件未发生, 行政复议案件被撤销的情况未发生: the named things stand
 * before the statement that none happened (被诉讼败诉的均为零), or that not one did (被撤销、变更或确认违法的一件也没有). A 0 with no unit after it says
 * the same (均为0); 为0件 is a figure.
 */
const NIL_AFTER = /的?(?:数量|总数|数)?(?:均|都)?为(?:[“"]?零[”"]?|[0０](?=[，,；;。！!？?\n）)]|$))|[“"]?零[”"]?发生|(?:均|都)(?:未|没有)发生|(?:未|没有)发生(?=[，,；;。！!？?\n）)]|$)|的?(?:情况|情形)(?:均|都)?(?:未|没有|从未)发生|的?(?:一件|一起|一宗|一例|一个)也(?:没有|没|未发生)|(?<=[\u4e00-\u9fff])(?<!清)[：:]?(?:均|都)?(?:零|无)(?=[，,；;。！!？?\n）)（(]|$)/g;
/** 清零, brought down to none: a target, no statement that none happened. */
const CLEARED = '清';
/** A situation said not to have arisen (…的情况未发生). */
const SITUATION = /情况|情形/;
/** A statement about blame for the cases (未发生因行政复议败诉被追责的情形), or about events they caused (未发生因行政复议、行政诉讼引发的群体性事件), says nothing of their number. */
const BLAME = /追责|问责|追究|处分|群体性事件|舆情/;
/**
 * A target (力争零败诉, 确保“零发生”, 推动…纠错案件“零发生”, 持续巩固“零败诉”成果, 持续保持行政诉讼“零败诉”), maybe the
 * second of a clause that opens on one (力争复议纠错率控制在8%以内，实现行政诉讼“零败诉”), says nothing of what
 * happened; one not met (仍未实现“零复议”目标) says there were some.
 */
const TARGET = /(?:力争|确保|争取|努力|推动|力促|巩固|持续保持|继续保持|未实现|没有实现|未能实现)[^，,；;。]{0,30}$|(?:力争|确保|争取|努力)[^；;。]{0,30}[，,](?:并|同时)?(?:实现|达到|保持|做到)[^，,；;。]{0,30}$/;
/**
 * The named thing done wrongly (未发生违法实施行政强制的情况, 未出台未经合法性审查的规范性文件, 无违法违规制发规范性文件情况, 未发生违反程序作出重大行政决策的情况),
 * its decisions not complied with (未发生拒不履行复议决定的情况), or it found at fault (无被责令纠正的规范性文件, 无被上级机关纠错的规范性文件): none was
 * wrong, not none was done.
 */
const WRONG_ACT = `(?:实施|采取|作出|适用|${MAKING_DOCUMENTS})`;
const WRONGFUL = new RegExp(
  `(?:违法|违规|错误|不当|滥用)${WRONG_ACT}?$|违反[\u4e00-\u9fff]{1,6}?${WRONG_ACT}$|(?:超期|逾期)(?:未作出|未审结|未办结|审结|办结|办理)?$|不予受理的?$|未经[\u4e00-\u9fff]{1,12}的?$|(?:拒不|不|拖延)履行(?:行政)?$|被[\u4e00-\u9fff]{0,8}?(?:责令)?(?:纠正|撤销|改正|确认违法|纠错)的?$`,
);
/** Late, right before a negation (逾期未作出复议决定): none late, not none made. */
const LATE = /(?:超期|逾期)$/;
/** A case noun followed by how its cases ended (行政诉讼案件败诉, 行政复议决定不履行, 被复议或诉讼撤销): the zero is of that, not of the cases. */
const OUTCOME_AFTER = /^(?:[或和及与、]?(?:行政)?(?:复议|诉讼))?(?:案件|申请|决定)?(?:均|都)?(?:零|无|未|没有)?(?:败诉|纠错|被(?!告|申请人)|不履行|拖延|撤销|确认违法)/;
/** Quotes around a word of the statement (行政诉讼“零败诉”). */
const QUOTES = /[“”"]/g;
/** How cases ended, said before their noun in a zero statement (被纠错的行政复议案件, 无撤销、变更或确认违法的复议决定): the zero is of that. */
const OUTCOME_BEFORE = /被纠错|被撤销|被确认违法|败诉|(?:撤销|变更|确认违法|纠错)的$/;
const CASE_NOUNS: ReadonlySet<string> = new Set(['reconsideration.cases', 'litigation.cases']);
const RECONSIDERATION = 'reconsideration.';
const SUIT = '诉讼';
const CIVIL = /合同|协议|民事|经济纠纷|劳动争议/;
/** What a court does: its name, or its judgment (无一件被判决撤销). */
const COURT = /法院|判决/;
const ORGAN = '复议机关';
/** A rate right before the words that say it is none, maybe kept so (败诉率保持为零). */
const RATE_BEFORE = /率(?:始终|一直|仍然?|继续|持续)?(?:保持|维持)?$/;
const MAX_RATE_BEFORE = 5;
/** How far after the negation the named things may stand. */
const REACH = 48;
/** How far before the negation a target's word may stand: over a slogan or two (努力做到执法办案“零差错”、复议诉讼“零败诉”). */
const TARGET_REACH = 64;
const STATEMENT_END = charSet('，,；;。！!？?\n');
const STATEMENT_SEMICOLONS = charSet('；;');
/**
 * What may follow a named thing in a zero statement: another name, the
 * noun that closes it, or the bracket its statement stands in (（…，未败诉）); the other of appeals and suits, run
 * into it with no mark between (未发生行政复议行政诉讼案件); the party the body was in them (行政复议被申请人、行政诉讼被告的案件均为零). 规范性文件违法 or 重大行政决策违法 say something else; so does 无规范性文件制定权 (制发权限), no power
 * to make them.
 */
const CLOSES = /^(?:[、或和及与，,；;。“”’」\n：:）)]|(?:行政)?(?:复议|诉讼)|案件|情况|情形|事项|申请|决定|被告|被申请人|件|等|的情况|的情形|的案件|出台|制定(?!权|主体)|制发(?!权)|印发|实施|发生|(?:原|具体)?行政行为|$)/;

/** Characters of a written number around 零: 一百零五 is 105, not a statement that none happened. */
const NUMERAL = /[0-9〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/;

function causeIn(masked: string, start: number, end: number): { start: number; end: number } | null {
  const cause = CAUSE.exec(masked.slice(start, end));
  const words = cause?.[1];
  if (!cause || words === undefined) return null;
  return { start: start + cause.index + 1, end: start + cause.index + 1 + words.length };
}

function insideNumeral(text: string, at: number): boolean {
  return NUMERAL.test(text.charAt(at - 1)) || NUMERAL.test(text.charAt(at + 1));
}

/** A number that is no year (2023年). */
const COUNT = /(?<!\d)\d+(?![\d年])/g;
/** A count in digits or numerals, with its unit (3件, 一件). */
const COUNTED = /(?<![\d一二两三四五六七八九十百千])(?:\d+|[一二两三四五六七八九十百千]+)[件起宗次项个家户人批份场期]/g;

/** What shapes zero statements, for the rule-set description. */
export const ZERO_RULES = {
  negation: NEGATION.source, late: LATE.source, quotes: QUOTES.source, nilAfter: NIL_AFTER.source, counted: COUNTED.source, closes: CLOSES.source, blame: BLAME.source, target: TARGET.source, wrongful: WRONGFUL.source,
  outcomeAfter: OUTCOME_AFTER.source, outcomeBefore: OUTCOME_BEFORE.source, cause: CAUSE.source, reach: REACH, count: COUNT.source,
};

/** Where the first number that is no year stands in [from, to), or `to`. */
function countIn(masked: string, from: number, to: number): number {
  COUNT.lastIndex = 0;
  const count = COUNT.exec(masked.slice(from, to));
  return count === null ? to : from + count.index;
}

/** Where the last count in [from, to) ends, or `from`. */
function afterLastCount(masked: string, from: number, to: number): number {
  let end = from;
  COUNTED.lastIndex = 0;
  const words = masked.slice(from, to);
  for (let m = COUNTED.exec(words); m !== null; m = COUNTED.exec(words)) end = from + m.index + m[0].length;
  return end;
}

/**
 * What a word names in a zero statement; for two names run together, which as a figure name nothing (复议诉讼案件合计410件),
 * each of them: 复议诉讼案件均为零 says that neither happened.
 */
function zeroCandidates(lexicon: Lexicon, word: string): readonly Candidate[] {
  const own = lexicon.zero.candidates.get(word);
  if (own !== undefined && own.length > 0) return own;
  for (let cut = 1; cut < word.length; cut++) {
    const head = lexicon.zero.candidates.get(word.slice(0, cut));
    const tail = lexicon.zero.candidates.get(word.slice(cut));
    if (head !== undefined && tail !== undefined && head.length > 0 && tail.length > 0) return [...head, ...tail];
  }
  return [];
}

/** Whether [from, to) names a topic, and not this one. */
function namesOnlyOthers(ctx: Context, topic: Topic, from: number, to: number): boolean {
  return !ctx.namesTopic(topic, from, to) && TOPICS.some((other) => other !== topic && ctx.namesTopic(other, from, to));
}

/** Outcomes of cases, listed (维持四件、终止一件). */
const OUTCOMES_LISTED = /维持|驳回|终止/;
/** An outcome said of all the cases named before (复议2件、诉讼1件，均维持原行政行为; 原裁决均被维持). */
const OUTCOME_OF_ALL = /[均都]被?(?:维持|驳回)/;

/**
 * Whether a zero's word at `start`, off the topic at hand, names nothing of `topic`: not in its clause, nor in its sentence,
 * or, for a word the topics share, only after the outcomes of the topic at hand were listed in the clause before
 * (…维持四件、终止一件，无被撤销、变更的情形; but …诉讼案件均以驳回…结案，全年无被纠错和败诉案件: 纠错 is the appeals' alone).
 */
function offTopic(ctx: Context, topic: Topic, start: number, shared: boolean, wordOfOne: boolean): boolean {
  const clause = clauseStart(ctx.masked, start);
  if (ctx.namesTopic(topic, clause, start)) return false;
  // …无败诉案件；行政复议案件9件，无被撤销…: for a word of more than one topic, a semicolon ends what the sentence said of
  // the other (but …；…行政诉讼案件1件，…未出现被纠错情况 still closes on reconsideration, 纠错 being its word alone).
  const stop = ctx.stopStart(start);
  const statement = shared ? Math.max(stop, lastIn(ctx.masked, STATEMENT_SEMICOLONS, start, stop) + 1) : stop;
  if (!ctx.namesTopic(topic, statement, start) || namesOnlyOthers(ctx, topic, clause, start)) return true;
  if (wordOfOne || clause <= 1) return false;
  // Not an outcome of all the cases a clause before named, of either topic, in a clause that names none itself.
  const before = clauseStart(ctx.masked, clause - 2);
  const outcomes = ctx.masked.slice(before, clause);
  return OUTCOMES_LISTED.test(outcomes) && !(OUTCOME_OF_ALL.test(outcomes) && !TOPICS.some((other) => ctx.namesTopic(other, before, clause)));
}

export function findZeros(ctx: Context, lexicon: Lexicon): ZeroMention[] {
  const { masked } = ctx;
  const found: ZeroMention[] = [];
  const zero = lexicon.zero.words;
  // 零纠错、行政诉讼零败诉: a named thing within reach of two negations is counted once.
  const claimed = new Set<number>();
  const named = (from: number, limit: number, spanOf: (start: number, end: number) => { start: number; end: number }, casesToo = true) => {
    const seen = new Set<string>();
    // Whether the statement's words name things of more than one topic (无被撤销、变更或确认违法: both appeals' and suits'), read
    // only for a word off the topic at hand.
    let shared: boolean | undefined;
    const namesTopics = () => {
      const topics = new Set<Topic>();
      for (let m = zero.find(masked, from, limit); m !== null; m = zero.find(masked, m.end, limit)) for (const c of zeroCandidates(lexicon, m.word)) if (c.rule.topic) topics.add(c.rule.topic);
      return topics.size > 1;
    };
    for (let m = zero.find(masked, from, limit); m !== null; m = zero.find(masked, m.end, limit)) {
      const { start, end } = m;
      if (claimed.has(end) || !CLOSES.test(masked.slice(end, limit)) || WRONGFUL.test(masked.slice(from, start))) continue;
      claimed.add(end);
      const candidates = zeroCandidates(lexicon, m.word);
      const wordOfOne = new Set(candidates.map((c) => c.rule.topic)).size === 1;
      for (const c of candidates) {
        // A word that names it only on its topic: the paragraph's, or one its full sentence names (发生行政复议案件2件，行政诉讼案件1件，均未被纠错).
        // Not where its own clause opens on another topic (…行政诉讼案件2件，复议案件未被撤销或变更).
        const { topic } = c.rule;
        if (seen.has(c.indicator.id) || (!casesToo && CASE_NOUNS.has(c.indicator.id)) || (topic !== undefined && ctx.topicAt(start) !== topic && offTopic(ctx, topic, start, (shared ??= namesTopics()), wordOfOne))) continue;
        // 未发生被复议机关撤销…及行政诉讼败诉情况: a word of its own later in the statement names it, and its place.
        if (topic !== undefined && c.indicator.zero?.some((w) => masked.slice(end, limit).includes(w))) continue;
        if (CASE_NOUNS.has(c.indicator.id) && OUTCOME_AFTER.test(masked.slice(end, Math.min(limit + 4, end + 8)).replace(QUOTES, ''))) continue;
        // 未发生因政府信息公开被纠错的行政复议和行政诉讼案件: none corrected or lost, not none at all.
        if (CASE_NOUNS.has(c.indicator.id) && OUTCOME_BEFORE.test(masked.slice(from, start))) continue;
        // 未发生行政复议决定被法院判决撤销的情况: what a court did to the decisions, no reconsideration's outcome (but
        // 均未被复议机关或人民法院纠错 names the organ of reconsideration too).
        const before = masked.slice(from, start);
        // So does the word itself (未发生被人民法院判决败诉或被复议机关撤销…的情况).
        if (c.indicator.id.startsWith(RECONSIDERATION) && COURT.test(before) && !masked.slice(from, end).includes(ORGAN)) continue;
        // 未发生因合同不规范引发的诉讼: a suit over a contract or a civil matter, no administrative suit.
        if (m.word === SUIT && CIVIL.test(before)) continue;
        seen.add(c.indicator.id);
        const span = spanOf(start, end);
        found.push({ indicator: c.indicator, rule: c.id, start: span.start, end: span.end, cause: causeIn(masked, span.start, span.end), byOutcome: topic !== undefined });
      }
    }
  };
  NEGATION.lastIndex = 0;
  for (let neg = NEGATION.exec(masked); neg !== null; neg = NEGATION.exec(masked)) {
    // 败诉案件仍未清零: cases not yet brought down to none.
    if (neg[0] === '零' && (insideNumeral(masked, neg.index) || masked.charAt(neg.index - 1) === CLEARED)) continue;
    if (TARGET.test(masked.slice(Math.max(0, neg.index - TARGET_REACH), neg.index)) || LATE.test(masked.slice(Math.max(0, neg.index - 2), neg.index))) continue;
    const from = neg.index + neg[0].length;
    // 无法提供 1 结转下年度继续办理 0 / 行政复议…: a count between says the statement has ended (a year does not);
    // 零纠错、行政诉讼零败诉: so does the next negation, whose things are its own.
    NEXT_NEGATION.lastIndex = from;
    const next = NEXT_NEGATION.exec(masked)?.index ?? masked.length;
    const limit = countIn(masked, from, firstIn(masked, STATEMENT_END, from, Math.min(masked.length, from + REACH, next)));
    if (BLAME.test(masked.slice(from, limit))) continue;
    named(from, limit, (_start, end) => ({ start: neg.index, end }));
  }
  NIL_AFTER.lastIndex = 0;
  for (let nil = NIL_AFTER.exec(masked); nil !== null; nil = NIL_AFTER.exec(masked)) {
    const reach = Math.max(0, nil.index - REACH);
    const mark = lastIn(masked, STATEMENT_END, nil.index, reach);
    // 行政诉讼：一件（败诉：无）: what a count stands after has its figure; the statement starts after it.
    const from = afterLastCount(masked, mark === -1 ? reach : mark + 1, nil.index);
    if (TARGET.test(masked.slice(from, nil.index))) continue;
    // 败诉率为零, 败诉率保持为零 is a rate, not a statement that none happened.
    if (RATE_BEFORE.test(masked.slice(Math.max(0, nil.index - MAX_RATE_BEFORE), nil.index))) continue;
    const close = nil.index + nil[0].length;
    // Each named thing runs from itself to the words that say none happened (行政诉讼案件均为零). A situation that did not
    // arise (申请人撤回申请的情况未发生) is no statement that no cases did.
    named(from, nil.index, (start) => ({ start, end: close }), !SITUATION.test(nil[0]));
  }
  return withoutRepeatedSlogans(ctx, found);
}

/**
 * 全年未发生行政复议和行政诉讼案件，连续五年保持“零复议、零诉讼”: a slogan in quotes that says again what the sentence
 * said is no statement of its own; nor is a clause that says it again (均未败诉，未发生行政诉讼败诉案件). But a word the
 * topics share gives way to the indicator's own later in the sentence (均未被撤销或确认违法，无败诉案件: the suits' zero is
 * at 无败诉).
 */
function withoutRepeatedSlogans(ctx: Context, found: ZeroMention[]): ZeroMention[] {
  const sameSentence = (zero: ZeroMention, other: ZeroMention) => other !== zero && other.indicator === zero.indicator && ctx.sentStart(other.start) === ctx.sentStart(zero.start);
  const ownLater = (zero: ZeroMention) => zero.byOutcome && found.some((other) => sameSentence(zero, other) && other.start > zero.start && !other.byOutcome);
  const said = (zero: ZeroMention) => found.some((other) => sameSentence(zero, other) && other.start < zero.start && !ownLater(other));
  // 本年度无行政复议、行政诉讼案件。…受理政府信息公开申请5件，…未引发复议诉讼: a later zero in a paragraph that has said there
  // were none at all says it again.
  const saidInParagraph = (zero: ZeroMention) =>
    found.some((other) => other.indicator === zero.indicator && other.cause === null && ctx.sentStart(other.start) < ctx.sentStart(zero.start) && ctx.paraStart(other.start) === ctx.paraStart(zero.start));
  return found.filter((zero) => !said(zero) && !ownLater(zero) && !saidInParagraph(zero));
}

/** Whether a quote opened before `at`, in its sentence, is still open there. */
function inQuotes(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  return open >= 0 && text.indexOf('”', open) >= at && !text.slice(open, at).includes('。');
}
