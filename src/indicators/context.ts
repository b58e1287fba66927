// Where a figure stands: its paragraph, sentence and clause, the paragraph's
// topic so far, and a copy of the text with book titles blanked out (a cue
// inside 《罚款处罚规定》 names a document, not an act). All computed once, in
// linear passes; a position is then looked up among the starts by binary search.
import { type MarkerFamily, matchMarker } from '../normalise/markers.js';
import { charSet, firstIn, inSet, lastIn } from './chars.js';
import { countAtOrBefore, lastAtOrBefore } from '../model/sorted.js';
import type { Topic } from './types.js';

/** Stands for a character inside a book title; no cue contains it. */
export const MASK = '□';
const MAX_TITLE = 60;

export interface Context {
  text: string;
  /** `text` with the inside of 《…》 replaced by MASK. */
  masked: string;
  /** Start of the paragraph (line) of a position. */
  paraStart(position: number): number;
  /** Start of the sentence (after 。；！？) of a position. */
  sentStart(position: number): number;
  /** Start of the full sentence (after 。！？, a ； does not end it) of a position. */
  stopStart(position: number): number;
  topicAt(position: number): Topic | null;
  /** Whether a word of the topic stands in [from, to). */
  namesTopic(topic: Topic, from: number, to: number): boolean;
  /** The heading line that a position is under, or ''. */
  headingAt(position: number): string;
  /** The report's title, or '' where it has none. */
  title: string;
}

/** Marks that end a sentence. A pipe separates table cells: a cue in one cell names nothing in another. */
const SENTENCE_END = charSet('。；;！!？?\n|');
/** Marks that end a full sentence; each ends a sentence too. */
export const STOP_END = charSet('。！!？?\n');
const NEWLINE = 0x0a;
/** Opens a line that breaks down the figures of the line before. */
export const BREAKDOWN = '其中';
/** A colon, either width: at a line's end it opens a list whose items are the lines after (其中：). */
export const COLONS = charSet('：:');
/** A semicolon, either width: it ends a list's item, and the parts of a breakdown. */
export const SEMICOLONS = charSet('；;');
/** A comma, either width; and one alone between two figures. */
export const COMMAS = charSet('，,');
export const COMMA_ONLY = /^[，,]$/;
/** After linked cue words or listed items, pairs them with the figures that follow, in order. */
export const RESPECTIVELY = '分别';
/** 涉及…: what cases concern, then their count or their kinds (涉及信息公开的1件, 涉及行政处罚、行政强制等类别的案件). */
export const CONCERNING = '涉及';
/** The word that opens the things acted on in a clause (对…开展…, 对重大行政决策草案出具…). */
export const ACTED_ON_WORD = '对';

/** The mark of an enumeration's item after the first: 二是, 三要, 其三. */
export const NEXT_ITEM_MARK = '(?:[一二三四五六七八九十]{1,2}[是要]|其[一二三四五六七八九十]{1,2}[，,是])';

/** A label of an act on things or of how they ended, and its colon or figure (审结：, 撤销、变更或确认违法：, 撤销1件). */
const ACT_LABEL = /^(?:已?审结|已?办结|结案|受理(?!量)|不予受理|撤销|变更|确认违法|纠错|维持|驳回|终止)[^。，,；;：:\n\d]{0,12}(?:[：:]|\d)/;
/** How many labelled lines up such a line looks for the topic's. */
const MAX_LABEL_LINES_UP = 6;
/** A line that opens with a short label and its colon (石门镇：5件). */
const LABEL_LINE_START = /^[^。，,；;：:\n\d]{1,16}[：:]/;
const MAX_LABEL_LINE = 17;
/** A line of a short label and its figure alone, as a table's row turned into text (审结案件数　276件, 纠错案件　40件（撤销28件）). */
const LABEL_VALUE_LINE = /^[^。，,；;：:\n\d]{1,16}\d[\d.]*[^\d\n。，,；;：:（(]{0,4}(?:[（(][^）)\n]*[）)])?[。；;]?$/;
const MAX_LABEL_VALUE_LINE = 60;

/** At a line's end inside such a list, leaves it open for the next item. */
const LIST_GOES_ON = SEMICOLONS;

/** Marks that end a clause: a cue does not reach over them to a figure after them. */
export const CLAUSE_END = charSet('，,；;。！!？?\n：:（(）)|');

/**
 * Words that set a paragraph's topic; null for casework of none of them (学生申诉, 劳动人事争议仲裁院受理案件487件), which ends
 * the topic before.
 */
const TOPIC_WORDS: Readonly<Record<string, Topic | null>> = {
  // 整合信访接待、诉讼服务…等功能板块: the courts' services at a centre, no suits of the body's (before 诉讼, which it holds).
  诉讼服务: null,
  复议: 'reconsideration',
  诉讼: 'litigation',
  应诉: 'litigation',
  涉诉: 'litigation',
  被诉: 'litigation',
  信访: 'petition',
  来信: 'petition',
  来访: 'petition',
  上访: 'petition',
  申诉: null,
  仲裁: null,
};
const TOPIC = new RegExp(Object.keys(TOPIC_WORDS).join('|'), 'g');
/**
 * Words that compare what follows them with the figure's things (超过一审行政诉讼案件, 占行政复议和行政诉讼案件总量的), a little before a topic word;
 * not land or roads taken (反映违法占地等信访件).
 */
const COMPARED_WITH = /(?:超过|高于|多于|低于|少于|相当于|达到|占(?![地用道压]))[^，,。；;\d]{0,8}$/;
const MAX_COMPARED = 12;
/** 经…后 around a topic word: a step gone through before (经复议后起诉). */
const STEP_BEFORE = '经'.charCodeAt(0);
const STEP_AFTER = '后'.charCodeAt(0);
const NOT_GONE_THROUGH = '未经';
const NOT_OF = '非'.charCodeAt(0);
/** Before a way things came in (通过来信来访受理186件). */
const BY_CHANNEL = /通过(?:来信|来访)?$/;
const MAX_BY_CHANNEL = 4;
const THEN_SUED = '后起诉';

/** The one topic a text names (关于全市行政复议工作情况的报告), or null where it names none or several. */
export function soleTopic(text: string): Topic | null {
  const named = new Set<Topic>();
  for (const m of text.matchAll(TOPIC)) {
    const topic = TOPIC_WORDS[m[0]];
    if (topic) named.add(topic);
  }
  return named.size === 1 ? ([...named][0] ?? null) : null;
}

/** `title`: the report's title; its sole topic is what the whole report is about, for paragraphs that name none. */
export function buildContext(text: string, title = ''): Context {
  const documentTopic = soleTopic(title);
  const n = text.length;
  // Where sentences, full sentences and paragraphs start, ascending (0 is implied).
  const paras: number[] = [];
  const sents: number[] = [];
  const stops: number[] = [];
  // 其中：\n行政处罚类17件；\n行政许可类13件。 — the lines of a list that a colon opens, and
  // each item but the last ends with a semicolon, go on the paragraph and sentence before.
  let inList = false;
  // Whether the list was opened by a colon (…如下：), not by a semicolon at a line's end alone.
  let openedByColon = false;
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!inSet(SENTENCE_END, code)) continue;
    sents.push(i + 1);
    if (code === NEWLINE) {
      const before = text.charCodeAt(i - 1);
      const line = lineStart;
      lineStart = i + 1;
      // ● 行政许可：全年办理…，其中新办812件…；\n● 双随机：开展…抽查任务46项…: bulleted statements, each under its own label,
      // that a semicolon ends are items of no one list: each is a paragraph of its own.
      const statements: boolean = !openedByColon && !inSet(COLONS, before) && labelledStatement(text, line) && labelledStatement(text, i + 1);
      openedByColon = inSet(COLONS, before) || (inList && openedByColon);
      // …具体如下：\n城关街道：7件\n石门镇：5件: labelled lines go on the list their first opened.
      inList = !statements && (inSet(COLONS, before) || inSet(LIST_GOES_ON, before) || (inList && labelledLine(text, i + 1)));
      // …通报如下：\n一、行政复议案件总体情况: a top heading after a colon opens a part, no item of a list.
      if (inList && !topHeading(text, i + 1)) continue;
      inList = false;
      openedByColon = false;
      // 共办理案件480宗。\n其中医疗卫生类213宗: a line that opens with 其中 breaks down the one before.
      if (!text.startsWith(BREAKDOWN, i + 1)) paras.push(i + 1);
    }
    if (inSet(STOP_END, code)) stops.push(i + 1);
  }
  // Beyond the text no position has a start (as a lookup past the end of a table would give).
  const startIn = (starts: number[]) => (position: number) => (position >= 0 && position <= n ? lastAtOrBefore(starts, position) : 0);
  const paraStart = startIn(paras);
  const { at, topics } = topicMarks(text, paraStart);
  const headings = headingTopics(text, paras, at, topics, documentTopic);
  return {
    text,
    title,
    masked: maskDigitGroups(maskTitles(squareAsRound(text))),
    paraStart,
    sentStart: startIn(sents),
    stopStart: startIn(stops),
    topicAt(position) {
      // Last topic mark before `position` within its paragraph, else the topic of the heading it is under,
      // else the report's.
      const last = countAtOrBefore(at, position - 1) - 1;
      const mark = at[last];
      const para = paraStart(position);
      // An enumeration's next item (；二是) ends the topic of the one before: back to the heading's.
      if (mark !== undefined && mark >= para && topics[last] !== null) return topics[last] ?? null;
      // 行政复议：26件 / 审结：24件: a line labelled by an act on the things or how they ended, under labelled lines the first of
      // them of a topic (◆行政复议：5件 / 维持　3件 / 撤销　1件), goes on with it.
      if (mark !== undefined && para > 0 && topics[last] !== null && ACT_LABEL.test(text.slice(para, para + MAX_LABEL_LINE))) {
        for (let n = 0, line = para; n < MAX_LABEL_LINES_UP && line > 0; n++) {
          line = paraStart(line - 1);
          if (!labelledLine(text, line)) break;
          if (mark >= line) return topics[last] ?? null;
        }
      }
      const heading = countAtOrBefore(headings.at, position) - 1;
      return (heading >= 0 ? headings.topics[heading] : null) ?? documentTopic;
    },
    namesTopic(topic, from, to) {
      for (let i = countAtOrBefore(at, from - 1); i < at.length && (at[i] ?? to) < to; i++) if (topics[i] === topic) return true;
      return false;
    },
    headingAt(position) {
      return headings.lines[countAtOrBefore(headings.at, position) - 1] ?? '';
    },
  };
}

/** A line that opens with a label, its colon and a statement in words (双随机：开展…), not a figure right after the colon. */
const LABELLED_STATEMENT = /^[\u4e00-\u9fff、]{2,10}[：:][^\d，,；;。：:\n]{2}/;
function labelledStatement(text: string, start: number): boolean {
  return LABELLED_STATEMENT.test(text.slice(start, start + MAX_LABEL_LINE));
}

/** Whether the line at `start` is an item of a list of labelled lines: a label and its colon, or a label and its figure alone. */
function labelledLine(text: string, start: number): boolean {
  if (LABEL_LINE_START.test(text.slice(start, start + MAX_LABEL_LINE))) return true;
  const newline = text.indexOf('\n', start);
  const end = newline < 0 ? text.length : newline;
  return end - start <= MAX_LABEL_VALUE_LINE && LABEL_VALUE_LINE.test(text.slice(start, end));
}

/** Where topic words stand, ascending, and the topic of each. */
function topicMarks(text: string, paraStart: (position: number) => number): { at: number[]; topics: Array<Topic | null> } {
  const at: number[] = [];
  const topics: Array<Topic | null> = [];
  // Where a bracket that names a part ends, and the topic before it, to be marked again there.
  let restore: { at: number; topic: Topic | null } | null = null;
  const mark = (position: number, topic: Topic | null) => {
    if (restore !== null && restore.at <= position) {
      at.push(restore.at);
      topics.push(restore.topic);
      restore = null;
    }
    at.push(position);
    topics.push(topic);
  };
  // The items of an enumeration after the first (；二是, 。三是), each a mark of no topic.
  const items: number[] = [];
  NEXT_ITEM.lastIndex = 0;
  for (let m = NEXT_ITEM.exec(text); m !== null; m = NEXT_ITEM.exec(text)) items.push(m.index + 1);
  let item = 0;
  TOPIC.lastIndex = 0;
  for (let m = TOPIC.exec(text); m !== null; m = TOPIC.exec(text)) {
    const topic = TOPIC_WORDS[m[0]];
    // 数量首次超过一审行政诉讼案件: a thing compared with sets no topic; nor does a step gone through
    // before (经复议后起诉的45件: suits, after reconsideration), or not (行政诉讼（未经复议直接起诉）, （复议后起诉）).
    if (topic === undefined || COMPARED_WITH.test(text.slice(Math.max(0, m.index - MAX_COMPARED), m.index))) continue;
    if (text.charCodeAt(m.index - 1) === STEP_BEFORE && text.charCodeAt(m.index + m[0].length) === STEP_AFTER) continue;
    if (text.startsWith(NOT_GONE_THROUGH, m.index - NOT_GONE_THROUGH.length) || text.startsWith(THEN_SUED, m.index + m[0].length)) continue;
    // 非诉讼纠纷解决机制: ways of settling disputes out of court name no suits.
    if (text.charCodeAt(m.index - 1) === NOT_OF) continue;
    // 通过12315热线受理1672件；通过来信来访受理186件: letters and visits as a channel that other things came by.
    if (topic === 'petition' && m[0] !== '信访' && BY_CHANNEL.test(text.slice(Math.max(0, m.index - MAX_BY_CHANNEL), m.index))) continue;
    // 与一审行政诉讼案件数量之比, 复议与诉讼案件比例, 是一审行政诉讼案件的2.8倍, 复议与一审诉讼之和: the other term of a ratio or a
    // multiple, or the terms of a sum; “大复议、中诉讼、小信访”: a slogan that lists topics names none.
    if (RATIO_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + MAX_RATIO_AFTER)) || inSlogan(text, m.index)) continue;
    // 不予处理6件（信访举报投诉类申请4件）: a class of other things, named by the topic's word, sets no topic.
    if (CLASS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + MAX_CLASS_AFTER))) continue;
    // 引导群众通过诉讼、仲裁、行政复议等法定途径解决: ways a matter may go, no cases.
    if (topic !== 'petition' && WAYS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + MAX_WAYS_AFTER))) continue;
    for (; item < items.length && (items[item] ?? 0) < m.index; item++) mark(items[item] ?? 0, null);
    // 行政诉讼案件23件（含复议共同被告案件19件），已审结20件: a part in brackets named by another topic's word, or one left out
    // (（不含…共同被告案件9件）); after the bracket the topic is the one before it again.
    const close: number = restore === null ? partInBrackets(text, m.index) : -1;
    const before: Topic | null = close > 0 && (at.at(-1) ?? -1) >= paraStart(m.index) ? (topics.at(-1) ?? null) : null;
    mark(m.index, topic);
    if (close > 0) restore = { at: close, topic: before };
  }
  for (; item < items.length; item++) mark(items[item] ?? 0, null);
  if (restore !== null) mark(restore.at, restore.topic);
  return { at, topics };
}

/** A bracket that names a part of the things before it (（含…）, （其中…）). */
const PART_BRACKET = /^[（(](?:不?含|不?包括|包含|其中)/;
const MAX_PART_BRACKET = 24;

/** Where the bracket that names a part, with the word at `at` in it, closes; -1 where the word is in none. */
function partInBrackets(text: string, at: number): number {
  const open = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
  if (open < 0 || at - open > MAX_PART_BRACKET || !PART_BRACKET.test(text.slice(open, open + 4))) return -1;
  for (let i = open + 1; i < Math.min(text.length, open + MAX_PART_BRACKET * 2); i++) {
    const code = text.charCodeAt(i);
    if (code === CLOSE_WIDE || code === CLOSE_NARROW) return i >= at ? i : -1;
    if (inSet(STOP_END, code)) return -1;
  }
  return -1;
}
const CLOSE_WIDE = '）'.charCodeAt(0);
const CLOSE_NARROW = ')'.charCodeAt(0);

/** The end of a list of ways to settle a matter, after a topic word in it (、仲裁等法定途径, 等途径, 等渠道). */
const WAYS_AFTER = /^[^，,。；;：:\d]{0,12}?等(?:法定|法律)?(?:途径|渠道)/;
const MAX_WAYS_AFTER = 18;
/** The rest of a class's name after a topic word (信访举报投诉类申请, 复议诉讼类). */
const CLASS_AFTER = /^[^，,。；;：:\d]{0,6}类/;
const MAX_CLASS_AFTER = 8;
/**
 * What closes the other term of a ratio or a multiple, or a term of a sum, after a topic word (…诉讼案件数量之比, 是同期一审行政诉讼
 * 案件的2.8倍, 行政争议总量（复议与一审诉讼之和）).
 */
const RATIO_AFTER = /^[^，,。；;\d]{0,6}(?:之比|之和|比例|的[\d.一二两三四五六七八九十]+倍)/;
const MAX_RATIO_AFTER = 12;
/** A slogan in quotes that lists things with 、 (“大复议、中诉讼、小信访”). */
const SLOGAN = /“[^“”，,。；;]{1,12}、[^“”，,。；;]{1,12}”/g;
const MAX_SLOGAN = 24;

/** Whether `at` stands inside a quoted slogan that lists things. */
function inSlogan(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  if (open < 0 || at - open > MAX_SLOGAN) return false;
  SLOGAN.lastIndex = open;
  const slogan = SLOGAN.exec(text);
  return slogan !== null && slogan.index === open && at < open + slogan[0].length;
}

/** An enumeration's item after a sentence's or a clause's end (；二是, 。三是, ；其三). */
const NEXT_ITEM = new RegExp(`[。；;]${NEXT_ITEM_MARK}`, 'g');

/** What a heading marker starts with: a cheap first test before matchMarker. */
const MARKER_START = /[一二三四五六七八九十（(第\d\u2460-\u2473]/;
/** A heading: a marker, its words short, up to the line's first full stop (（三）行政复议工作). */
const MAX_HEADING = 40;
const HEADING_END = charSet('。；;');

/**
 * Where each heading line starts, ascending, its words, and the topic it names, or null: a
 * paragraph without a topic word of its own is about what its heading names (（三）行政复议工作 /
 * 全年立案受理15件), until the next heading; so is a sentence without a word of law under
 * （五）加强普法宣传.
 */
function headingTopics(text: string, paras: number[], at: number[], topics: Array<Topic | null>, documentTopic: Topic | null): { at: number[]; topics: Array<Topic | null>; lines: string[] } {
  const found: { at: number[]; topics: Array<Topic | null>; lines: string[] } = { at: [], topics: [], lines: [] };
  // The headings above the one read, by family, with the topic each gives the headings under it.
  const above: Array<{ family: MarkerFamily; topic: Topic | null }> = [];
  for (let p = -1; p < paras.length; p++) {
    const start = p < 0 ? 0 : (paras[p] ?? 0);
    if (!MARKER_START.test(text.charAt(start))) continue;
    // The heading words: the line up to its first full stop (（三）加强普法宣传，营造氛围。全年开展…).
    const newline = text.indexOf('\n', start);
    const lineEnd = newline < 0 ? text.length : newline;
    const end = firstIn(text, HEADING_END, start, lineEnd);
    const line = text.slice(start, end);
    const marker = line.length > MAX_HEADING ? null : matchMarker(line);
    if (marker === null) continue;
    // The heading's own first topic word (（四）强化行政复议和应诉工作 is first about reconsideration).
    const first = countAtOrBefore(at, start - 1);
    const mark = at[first];
    const own = mark !== undefined && mark < end ? (topics[first] ?? null) : null;
    const level = above.findIndex((h) => h.family === marker.family);
    if (level >= 0) above.length = level;
    // 一、行政复议案件情况 / （四）审理结果。全年审结141件: a heading that names nothing is about what
    // the heading above it names, when that one opens on its sole topic.
    const words = line.slice(marker.length);
    // （一）收案情况。…行政复议申请23件 / （二）结案情况。审结19件: a heading of cases that names nothing goes on with the cases just
    // spoken of, in a report that is about no one kind of them.
    const before = first > 0 ? at[first - 1] : undefined;
    // Not the cases of a sentence that names two kinds together (全县行政复议、行政诉讼案件合计199件): it is about neither.
    const goesOn = documentTopic === null && before !== undefined && start - before <= CASES_REACH && CASES_HEADING.test(words) && soleTopic(sentenceAround(text, before)) !== null ? (topics[first - 1] ?? null) : null;
    const topic = own ?? above.at(-1)?.topic ?? goesOn;
    found.at.push(start);
    found.lines.push(line);
    found.topics.push(topic);
    above.push({ family: marker.family, topic: own !== null && TOPIC_FIRST.test(words) && soleTopic(words) === own ? own : own === null ? topic : null });
  }
  return found;
}

/** The full sentence around a position. */
function sentenceAround(text: string, position: number): string {
  const start = lastIn(text, STOP_END, position, 0) + 1;
  return text.slice(start, firstIn(text, STOP_END, position, text.length));
}

/** Whether a line opens with a top heading's marker (一、) and counts nothing, as no list's item does. */
function topHeading(text: string, start: number): boolean {
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? text.length : end);
  return matchMarker(line)?.family === TOP_FAMILY && !ANY_DIGIT.test(line);
}
const TOP_FAMILY: MarkerFamily = 'chinese';
const ANY_DIGIT = /\d/;

/** A heading of case statistics that names no kind of case (结案情况, 审理结果, 案件类型). */
const CASES_HEADING = /^(?:收案|结案|审理|审结|办案|案件|受理|纠错)[\u4e00-\u9fff]{0,4}$/;
/** How far before such a heading the cases spoken of may be named. */
const CASES_REACH = 300;

/**
 * A heading that opens on its topic (行政复议案件情况, 强化行政复议工作, 做好信访工作): its topic word within the first words,
 * or of its last clause, after a motto (以新法实施为牵引，行政复议体制改革全面落地).
 */
const TOPIC_FIRST = new RegExp(`(?:^|[，,](?=[^，,]*$))[\\u4e00-\\u9fff]{0,4}(?:${Object.keys(TOPIC_WORDS).join('|')})`);

/** A comma between groups of digits (1,067件): no clause ends there. */
const DIGIT_GROUP = /(\d),(?=\d{3}(?!\d))/g;
/** What stands in its place in the masked text: a mark that no rule reads. */
const GROUP_MASK = '_';

/**
 * Digits that are part of a Latin code (5G基站, G15高速, 3A级): no number a rule reads. Not beside O, o, l or I,
 * which a scan puts for 0 and 1 inside a number (1O6次).
 */
const CODE_DIGITS = /(?<=[A-HJ-KM-NP-Za-km-np-z])\d+|(?<!\d)\d+(?=[A-HJ-KM-NP-Za-km-np-z])/g;

/**
 * Digits after words in a quoted name (“琼儋州渔03312”等违规渔船, “昆仑2024”专项行动): a name's number, none a rule reads.
 * Not a hotline's, which rules do read (“杭州12345”).
 */
const NAME_DIGITS = /(“[\u4e00-\u9fff]{1,8})(?!12\d{3}(?!\d))(\d+)(?=[\u4e00-\u9fff]{0,4}”)/g;

/**
 * 依次为 after things listed (书房坪街道、建设路街道、东坪街道依次为71件、64件、58件): 分别为, as the rules read it; not after a
 * ranking's words (排前五位的社区依次为：), which name no things one by one.
 */
const LISTED_IN_ORDER = /(、[^，,；;。：:\d、]{1,12})依次(?=[为是])/g;

/**
 * 按被申请人分：县人民政府，11件；县自然资源局，9件: an item of a body's name, a comma, then its count; read as the name and its
 * count (县人民政府为11件), the comma no clause's end.
 */
const BODY_THEN_COUNT = /((?:^|[：:；;\n])(?:[（(]?\d{1,2}[）).．、])?[\u4e00-\u9fff（）()]{1,20}?(?:局|政府|委员会|委|院|所|中心|单位|站|队|乡|镇|街道|办事处|部门)(?:[（(][^（）()\n]{1,12}[）)])?)[，,](?=[\d〇零一二两三四五六七八九十百千约近])/g;
const COUNT_OF = '为';

/** A year in Chinese numerals (二〇一八年), read as one in digits by the rules that know years; same length. */
const CHINESE_YEAR = /(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=年)/g;
const YEAR_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function maskDigitGroups(text: string): string {
  const mask = (digits: string) => GROUP_MASK.repeat(digits.length);
  return text
    .replace(CHINESE_YEAR, (year) => [...year].map((c) => YEAR_DIGITS[c] ?? c).join(''))
    .replace(DIGIT_GROUP, `$1${GROUP_MASK}`)
    .replace(CODE_DIGITS, mask)
    .replace(NAME_DIGITS, (_all, words: string, digits: string) => words + mask(digits))
    .replace(LISTED_IN_ORDER, `$1${RESPECTIVELY}`)
    .replace(BODY_THEN_COUNT, `$1${COUNT_OF}`);
}

/** 【分部门：县公安局651件；…】 inside a sentence: figures in lenticular brackets, read as in round ones. */
const SQUARE_GLOSS = /(?<=[^\s])【([^【】\n]{0,200}?\d[^【】\n]{0,200}?)】/g;
/** 【1,234件】, 不少于【80场次】, 【85%】以上: a figure alone in lenticular brackets, set off for the eye, read as if they were not there. */
const EMPHASISED_FIGURE = /【((?:约|近|超|逾)?\d[\d.,]*(?:万|亿)?[\u4e00-\u9fff%％]{0,3})】/g;

/** The text with the lenticular brackets around a figure alone as spaces (不少于 80场次 ), so that its bound and cue reach it; same length, same offsets. */
export function withoutEmphasis(text: string): string {
  return text.includes('【') ? text.replace(EMPHASISED_FIGURE, ' $1 ') : text;
}

/** The text with lenticular brackets that hold figures inside a sentence as round ones, those around a figure alone as spaces; same length, same offsets. */
function squareAsRound(text: string): string {
  return text.includes('【') ? withoutEmphasis(text).replace(SQUARE_GLOSS, '（$1）') : text;
}

/** The end of a title that names a licence's paper (《食品经营许可证》). */
const LICENCE_PAPER = '许可证';

function maskTitles(text: string): string {
  // Pieces joined once at the end: one flat string (see soft-breaks.ts).
  const pieces: string[] = [];
  let from = 0;
  for (let open = text.indexOf('《'); open !== -1; open = text.indexOf('《', from)) {
    const close = text.indexOf('》', open + 1);
    const newline = text.indexOf('\n', open + 1);
    if (close === -1 || close - open > MAX_TITLE || (newline !== -1 && newline < close)) {
      pieces.push(text.slice(from, open + 1));
      from = open + 1;
      continue;
    }
    // 发放《食品流通许可证》527件: a licence named by its paper's title keeps the word that says what it is.
    const kept = text.startsWith(LICENCE_PAPER, close - LICENCE_PAPER.length) ? LICENCE_PAPER.length : 0;
    pieces.push(text.slice(from, open + 1), MASK.repeat(close - open - 1 - kept));
    from = close - kept;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** First clause-ending mark at or after `from` (or `limit`). */
export function clauseEnd(text: string, from: number, limit: number): number {
  return firstIn(text, CLAUSE_END, from, limit);
}

/** How far back sentence-wide looks reach (a breakdown's 其中, the sentence's words): keeps the finder linear. */
export const REACH_BACK = 200;

/** Marks after which a clause starts. */
const CLAUSE_OPENS = charSet('，,；;：:（(。！？!?\n');

export const OPEN_BRACKET = charSet('（(');

export const CLOSE_BRACKET = charSet('）)');

/** Whether a bracket opened before `from` closes before `to`. */
export function closesBracket(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (inSet(OPEN_BRACKET, code)) depth++;
    else if (inSet(CLOSE_BRACKET, code) && --depth < 0) return true;
  }
  return false;
}

/** Whether `at` stands inside brackets opened at or after `from`. */
export function insideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const code = text.charCodeAt(i);
    if (inSet(OPEN_BRACKET, code)) depth++;
    else if (inSet(CLOSE_BRACKET, code) && depth > 0) depth--;
  }
  return depth > 0;
}

/** Just after the last clause mark before `at`, looking back `reach` characters at most. */
export function clauseStart(text: string, at: number, reach = REACH_BACK): number {
  const limit = Math.max(0, at - reach);
  let mark = lastIn(text, CLAUSE_OPENS, at, limit);
  // 乡镇（街道）政府11件: a bracket that closes before `at` opened inside the clause, not before it.
  while (mark !== -1 && inSet(OPEN_BRACKET, text.charCodeAt(mark)) && firstIn(text, CLOSE_BRACKET, mark + 1, at) < at) {
    mark = lastIn(text, CLAUSE_OPENS, mark, limit);
  }
  return mark === -1 ? limit : mark + 1;
}
