// A mention's subject: the words between its cue and its figure (医疗卫生机构 in
// 检查医疗卫生机构950间次), without the linking words around them.
import { matchMarker } from '../normalise/markers.js';
import { countOf, inSet, lastIn } from './chars.js';
import { CLOSE_BRACKET, COMMAS, OPEN_BRACKET } from './context.js';
import { FLOORS } from './figures.js';

/** Punctuation and currency signs that may stand around a subject. */
const EDGE_CHARS = '，,、：:（()）“”"\' \t¥￥【】|▏';
/**
 * Words that may open the words between cue and figure without being a subject, each
 * before the shorter ones it starts with: the rest of the cue's own noun (信访件232件,
 * 处罚决定的案件112件, 行政许可事项56件, 行政许可决定12件, 强制措施12起, 学法活动6次, 抽查任务412次, 培训班2期, 处罚款金额15万元, 受理量达36.8万件,
 * 办案数量为：翠屏区局482件), linking words
 * (信访件（含越级访3件）), the end of a list of kinds (行政处罚、行政强制等案件).
 */
const LEADING = ['的案件', '案件', '案', '件', '事项', '决定', '措施', '活动', '任务', '班', '金额', '总额', '数额', '总量', '总数', '总次数', '总频次', '频次', '数量为', '数量', '量', '有关', '涉及', '其中', '分别', '共计', '累计', '合计', '总计', '共有', '全年', '包括', '含', '本年度', '今年', '全部', '达到', '高达', '多达', '共', '达', '为', '有', '已', '对', '等'];
/** Words that are never a subject alone, though they may begin one (计 of 罚没款计12,345元, but 计生案件): links, acts, the unit's noun, the rest of a cue's word (额 of 罚款额, 子 of 宣传册子, 对象 of 检查对象, 业务 of 行政许可业务). */
const NEVER_ALONE = new Set(['计', '了', '证', '的有', '处理', '申请', '入库', '人次', '拟出台', '额', '子', '对象', '业务']);
/** Words that name every case of the cue, not a kind of them (查处各类违法案件326起, 简易程序办理案件1432件): no subject. */
const ALL_CASES = /^(?:(?:各类|各种)?(?:违法违规|违法|违规)|各类|(?:办理|查处|查办|办结|受理|作出|实施)的?)案件$/;
/** The word that joins the last item of a list (、美容美发服务（2674件）和教育培训服务), not 和解. */
const JOINS_LAST = /^(?:以及|和(?!解))/;
/**
 * Words that start with a linking word without it being one: 对象 and 对外贸易 keep their 对 (not 对3家企业), 有效申诉 and
 * 有毒有害 their 有 (not 有12件).
 */
const KEPT_OPENINGS = ['对象', '对外', '有效', '有偿', '有限', '有毒', '有害'];
/** Words that end in a linking word without it being one: 违法行为 keeps its 为 (数量为), 社会组织 its 组织 (组织开展). */
const KEPT_ENDINGS = ['不予受理', '行为', '作为', '不作为', '社会组织', '经济组织', '中介组织', '基层组织'];
/** Words that may close them, each before the shorter ones it ends with: a ranking's first (临江区最多), a count's noun (次数), an act (办理, 实施了), linking words. */
const TRAILING = ['人民币', '最多', '最高', '居首', '予以', '次数', '件数', '人数', '户数', '家数', '进行了', '进行', '实施了', '开展了', '组织了', '组织', '开展', '举办', '举行', '依法', '当场', '办理', '收到', '对', '数量为', '总数为', '数量', '总数', '占', '共计', '累计', '合计', '总计', '达到', '共', '达', '为', '约', '等', '的', '数', '全部', '均', '都', '被', ...FLOORS];

/** Acts that may close the words after whoever did them (南海分局受理, 非现场执法查处), but are a label's kind alone (其中：受理：102件). */
const ACTS_AFTER = ['立案查处', '查处', '受理'];

/**
 * The words between cue and figure, without the linking words around them; null when none
 * remain. Only the figure's own clause names it (行政复议方面，作为被申请人的案件共3件), unless
 * that clause holds no words of its own (抽查任务，对 ends in a linking word).
 */
export function cleanSubject(words: string): string | null {
  const clause = words.slice(lastCommaOutsideBrackets(words) + 1);
  return clause.length < words.length ? (clean(clause) ?? clean(words)) : clean(words);
}

/** Where the last comma that stands outside brackets is, or -1 (（含简易程序案件，不含…）各类案件 has none). */
function lastCommaOutsideBrackets(words: string): number {
  if (lastIn(words, COMMAS, words.length) < 0) return -1;
  let depth = 0;
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    const c = words.charCodeAt(i);
    if (inSet(OPEN_BRACKET, c)) depth++;
    else if (inSet(CLOSE_BRACKET, c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && inSet(COMMAS, c)) last = i;
  }
  return last;
}

function clean(words: string): string | null {
  // 民法典进社区”活动8场: the cue stood inside a campaign's name in quotes, whose rest names no part.
  const close = words.indexOf('”');
  let subject = close >= 0 && !words.slice(0, close).includes('“') ? words.slice(close + 1) : words;
  for (let cut = leadingEdge(subject); cut > 0; cut = leadingEdge(subject)) subject = subject.slice(cut);
  for (let cut = trailingEdge(subject); cut > 0; cut = trailingEdge(subject)) subject = subject.slice(0, -cut);
  // “宪法进校园”活动: the cue took the quote's first words, or an edge its opening mark.
  if (countOf(subject, '“') !== countOf(subject, '”')) subject = subject.replace(/[“”]/g, '');
  return subject.length > 0 && subject.length <= 30 && !NEVER_ALONE.has(subject) && !ALL_CASES.test(subject) ? subject : null;
}

/** A ranking that opens the words (数量排名前三的是临江区, 案件最多的是): how the parts are ordered, not what they are. */
const LEADING_RANKING = /^[^，,；;。]{0,6}?(?:最多|最高|居首|[前后][一二三四五六七八九十\d]{1,2}(?:位|名)?)的?(?:依次)?[为是]/;

/** An enumeration's item word that opens the words (二是, 其三). */
const LEADING_ITEM = /^(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]{1,2}[，,]?)/;

/** A year that opens the words (2023年我局…): when, not what. */
const LEADING_YEAR = /^(?:19|20)\d{2}年度?/;

function leadingEdge(s: string): number {
  const year = LEADING_YEAR.exec(s);
  if (year !== null) return year[0].length;
  const ranking = LEADING_RANKING.exec(s);
  if (ranking !== null && ranking[0].length < s.length) return ranking[0].length;
  // 1.行政处罚类17件, 二是路政类案件153起: an item's number is no part of its kind.
  const marker = matchMarker(s) ?? LEADING_ITEM.exec(s)?.[0] ?? null;
  if (marker !== null) return marker.length;
  // 行政许可（审批）事项: a gloss in brackets right after the cue belongs to the cue; so does a row's unit after a slash (行政处罚/件：).
  const gloss = /^(?:[（(][^（()）]*[）)]|[/／][万亿]?[件次项起宗人户家元份场个%]{1,2}(?=[：:]|$))/.exec(s);
  if (gloss !== null) return gloss[0].length;
  if (s.length > 0 && EDGE_CHARS.includes(s.charAt(0))) return 1;
  const join = JOINS_LAST.exec(s);
  if (join !== null) return join[0].length;
  if (KEPT_OPENINGS.some((w) => s.startsWith(w))) return 0;
  for (const w of LEADING) if (s.startsWith(w)) return w.length;
  return 0;
}

function trailingEdge(s: string): number {
  // 渔政案件（含长江流域禁捕）: a bracket that closes one opened in the words is theirs.
  if (inSet(CLOSE_BRACKET, s.charCodeAt(s.length - 1)) && countOf(s, '（') + countOf(s, '(') >= countOf(s, '）') + countOf(s, ')')) return 0;
  if (s.length > 0 && EDGE_CHARS.includes(s.charAt(s.length - 1))) return 1;
  if (KEPT_ENDINGS.some((w) => s.endsWith(w))) return 0;
  for (const w of TRAILING) if (s.endsWith(w)) return w.length;
  for (const w of ACTS_AFTER) if (s.length > w.length && s.endsWith(w)) return w.length;
  // 大气类占38.5%计: the kind's share, said before its count.
  return SHARE_AT_END.exec(s)?.[0].length ?? 0;
}
const SHARE_AT_END = /占比?[\d.]+[%％][计共为]?$/;
