// Figures that count nothing, whatever cue stands by them: ends of ranges, shares, averages,
// frequencies, targets, ranks, notes on how things are counted.
import { charSet, inSet } from './chars.js';
import { clauseEnd, clauseStart, type Context, OPEN_BRACKET } from './context.js';
import { type Figure, MONEY } from './figures.js';
import { MAX_GAP } from './finder.js';

/** Before a share of a whole (占43%, 占比12%). */
export const SHARE = '占比?';

/**
 * After the low end of a range, up to the 不等 or 之间 that says it is one (至5万元不等, 在2000元至5万元之间),
 * or to the 的 of a band that names the things after it (罚款金额1万元至5万元的案件).
 */
const RANGE_FROM = /^(?:至|到|~|～|—|-)(?:[^，,。；;]{1,10}?(?:不等|之间)|[\d.]+[万亿]?[^\d，,。；;的]{0,3}的)/;

const RANGE_MARKS = charSet('至到~～—-');

/** After the high end of a range. */
const RANGE_END = /^(?:不等|之间|的)/;

/** A target named right after the figure (省定100%目标, “出庭应诉率90%以上”的目标要求). */
const TARGET_AFTER = /^[”"’]?的?目标/;

/** 将N家企业纳入检查对象库: the figure counts what was put in a pool or on a list (not 纳入重大行政决策目录: decisions). */
const PUT_ON = /将(?:全[省市区县镇乡])?$/;
const PUT_INTO = /(?:纳入|列入)[^，,。；;]{0,12}(?:库|名单|名录|范围|监管)/;

/** 从全县1,386家联网直报单位中随机抽取: the pool things were drawn from, not the things acted on. */
const POOL_FROM = /从(?:全[省市区县镇乡])?$/;
const POOL_IN = /^[^，,。；;\d]{0,12}中(?:随机|抽取|选取|选定|确定|挑选)/;
/** 对1,309宗行政处罚案件中的普通程序案件开展法制审核: the things the acted-on ones were among, acted on in part. */
const AMONG_THEM_AFTER = /^[^，,。；;\d]{0,12}中的/;

/**
 * An average or a figure per thing before the figure in its clause (人均检查48家次, 案均罚款2.3万元, 场均覆盖群众200余人次, 日均受理投诉举报30余件,
 * 每家企业每年检查不超过2次): no count. Not a year named before 均 that gives the figure to all (上年均为0件, 2023年均为2件).
 */
const AVERAGE = /[人户案场日月周]均|(?<![上去前\d])年均|平均|单案(?!件)|每案|单个|每(?:家|户|个|名|位|所|只|盒|瓶|袋|包|支|箱|斤|公斤|千克|吨)/;

/**
 * A level said not to be reached, right before the figure (尚未达到100%, 未能达到), or a mark passed for the first time
 * (诉求量首次突破百万件): the mark, no count.
 */
const NOT_REACHED = /(?:尚未|未能|未|没有)达到?$|首次(?:突破|超过|迈过)?$/;

/**
 * Things left over, before their figure (尚有13件未审结, 4873件投诉举报中有22件未能…办结, 仍有罚款约46万元未能执行到位, 尚有104件在审), and what
 * they were not yet, after it.
 */
const LEFT_OVER_WORDS = '(?:[尚仍还]|中)有';
const NOT_YET_WORDS = '[^，,。；;\\d]{0,4}?(?:未|没有|尚未|仍未|不能|无法|在审|在办)';
const LEFT_OVER = new RegExp(`${LEFT_OVER_WORDS}(?:[\u4e00-\u9fff]{1,6}?(?:约|近|共|达)?)?$`);
const NOT_YET = new RegExp(`^${NOT_YET_WORDS}`);
const MAX_NOT_YET = 8;
/** Things not done, named before what is left of them (未执行到位的案件仍有). */
const UNDONE_THEN_LEFT = new RegExp(`(?:未|没有|尚未|仍未)[^，,。；;\\d]{1,12}?的[\u4e00-\u9fff]{0,4}?${LEFT_OVER_WORDS}$`);

/** What is left, then what was not done to it, right before its figure (尚有未执行到位罚款约). */
const LEFT_UNDONE = new RegExp(`[尚仍还]有(?:未|没有|尚未)[\u4e00-\u9fff]{1,10}?(?:约|近|共)?$`);

/** A clause of things left undone, right before the 其中 that breaks them down (尚有21件未办结，其中…的8件): no parts counted. */
const LEFT_OVER_CLAUSE = new RegExp(`${LEFT_OVER_WORDS}[\\d〇一二两三四五六七八九十百千万.,]+(?:余|多)?[件起宗项个]?${NOT_YET_WORDS}[^，,。；;\\d]{0,16}[，,]$`);
const MAX_LEFT_OVER_CLAUSE = 32;

/** Whether the words right before `at` are a clause of things left undone. */
export function leftOverBefore(masked: string, at: number): boolean {
  return LEFT_OVER_CLAUSE.test(masked.slice(Math.max(0, at - MAX_LEFT_OVER_CLAUSE), at));
}

/** What could not be done, before the figure of its things (难以对全县四百余户用人单位实现全覆盖检查). */
const UNABLE = /(?:难以|无法|未能|不能)(?:对|为|向)?(?:全[省市区县镇乡])?$/;

/** A clause that sizes a whole area's regulated population (全县用人单位超过1.6万家): no act's count. */
const POPULATION = /^全[省市区县镇乡旗][^，,。；;\d查办处共对]{0,8}?(?:用人单位|企业|市场主体|经营主体|经营户|商户)(?:总数|数量)?(?:超过|达到?|有|共有|约|近)?$/;

/** A price before money (进价仅1.5元, 销售价格为每盒30元): what goods sold for, no money of a penalty. */
const PRICE = /(?:进价|售价|单价|标价|零售价|价格)(?:仅为?|为|是|达到?|高达|约)?$/;

/**
 * After a figure, in its clause, that its applications were not taken in (1件因不属于受案范围未予受理); not the next
 * item of a list (其中决定受理的946件、不予受理的74件), nor a part in brackets (123件（含不予受理9件）).
 */
const TURNED_AWAY = /^[^，,；;。、\n\d（(]{0,14}?(?:未予|不予)受理/;
const MAX_TURNED_AWAY = 18;

/** After a figure, the ranking it is the field of (43个街乡中排名第2, 16个区中位列第3). */
const RANKED_AMONG = /^[^，,。；;\d]{0,8}中(?:排名|排第|位列|位居|居|名列)/;
const MAX_RANKED_AMONG = 14;

/**
 * Just before a figure, that its things were carried over from last year (含上年结转11件), or passed on elsewhere or given up
 * (转送或告知向其他复议机关申请60宗, 逾期未补正视为放弃的33宗): none of the year's own.
 */
const NOT_THE_YEARS = /结转[^，,；;。\d）)]{0,6}$|(?:转送|告知[^，,；;。\d]{0,8}?向)[^，,；;。\d]{0,16}$|视为放弃的?$/;

/** An act denied right before a single one (全年未办理1件行政处罚案件): not even one, no count. */
const NOT_EVEN_ONE = /(?:未|没有)[\u4e00-\u9fff]{1,3}$/;

/**
 * Words that say how a thing is counted, just before the figure (一案多罚的计为1件, 按最重的处罚种类计入1件, 一份处罚决定书计1件): a note on
 * the figures; not a total (合计为, 共计为).
 */
const COUNTED_AS = /(?:(?<![合共总累])计为|视为|算作|记为|计入|按|的算|者算|^(?:只|仅|均|一律)?算|^[一每][^，,；;。\d]{1,10}?计)$/;
/** After a thing that opens a note, how it is counted (一份|处罚决定书计1件). */
const ONE_COUNTED_AS = /^[^，,；;。\d]{1,10}?计为?[\d一两]/;
/** After money, that it bounds a class of cases (罚款5万元以上、吊销许可证件等重大行政处罚案件263件): which cases, no sum. */
const CLASS_THRESHOLD = /^(?:以[上下])?的?、?[^，,；;。\d]{0,24}?(?:案件|处罚决定)/;
const MAX_CLASS_THRESHOLD = 30;
/** A bound of 以上 or 以下, at the figure's end or right after it. */
const BOUND_WORD = /以[上下]$/;
const BOUND_AFTER = /^以[上下]/;

/** Words before a figure that, with its bound, bound each of the things (罚款金额均在1000元以下). */
const EACH_WITHIN = /(?:均|都|皆)在$/;

const MAX_RANGE = 16;
const MAX_TARGET = 4;

/**
 * A period other than the year (每月, 每季度, 每两年): the figure after it in its clause is how often (每年…不少于6次 is a year's count);
 * not a day of the week (利用每周一干部例会学法20余次: the occasion, every Monday).
 */
const FREQUENCY = /每个?(?:月|季度|季|周(?![一二三四五六日](?!次))|半年|天|日|学期|[两二三四五]年)/;
/** How often, said of a year as of any year (门店一年仅检查一次, 每年只开展1次): how seldom each is done, not a count. */
const ONLY_A_YEAR = /(?:一年|每年)(?:仅|只)(?:能)?[^，,。；;\d]{0,6}$/;
/**
 * A cap on how often, in principle or within a year (原则上一年内检查不超过1次), or how often brought down to (检查次数压减至1次以内),
 * before a bounded figure.
 */
const FREQUENCY_CAP = /(?:原则上|一年内|同一年度内?)[^，,。；;\d]{0,16}$|(?:次数|频次)(?:压减|压缩|降低|减少|控制|下降)(?:至|到|在)$/;
/** How often, as a rate a year (检查频次不低于每年2次, 抽查频次每年1次): no count, whatever bound. */
const FREQUENCY_A_YEAR = /(?:次数|频次)(?:不低于|不少于|不超过|不高于|保持在?)?每(?:年|季度|月)$/;
/** A ceiling (不超过2次) in a sentence that lays down rules (明确…检查原则上不超过1次、多部门联合检查不超过2次): a cap, no count. */
const CEILING = /^不(?:超过|多于|高于)/;
const LAYS_DOWN = /明确|规定|原则上/;
/** Right before money, what the law allows or the most one case took (情节严重的可处最高20万元罚款, 单笔罚款最高50万元): no sum imposed. */
const ALLOWED_OR_MOST = /(?:可|可以)(?:处|并处|处以)?(?:最高|最低)?$|最高(?:可|可以)?(?:处|并处|处以)?$/;

export const FREQUENCY_UNITS: ReadonlySet<string> = new Set(['次', '场', '期']);
/** The year's total, right before the figure, after how often in its clause (每月一次、全年共12次): a count. */
const YEARS_TOTAL = /[、，,]全年(?:共|累计|合计)?(?:开展|组织|举办)?$/;
/** Words in quotes: a name (“每月一课”). */
const QUOTED = /“[^“”]{1,12}”/g;

/** A year's average a figure changed from, up to the change (由改革前的年均300余件上升至). */
const FROM_YEARS_AVERAGE = /由[^，,；;。\d]{0,12}年均[^，,；;。]{0,12}\d[^，,；;。\d]{0,8}(?:至|到)$/;

/** A year's frequency for each of a kind of those regulated (对D类企业每年检查不少于2次), not the body's count. */
const EACH_YEAR = /对[^，,。；;\d]{1,12}(?:企业|单位|主体|商户|场所|经营者)每年/;

/** Cases that ended so, named as what a clause is about (针对被复议机关撤销的1起治安案件，): counted where they ended. */
const ENDED_SO_ADDRESSED = /^(?:针对|对)[^，,。；;\d]{0,16}(?:撤销|纠错|败诉|确认违法|变更|驳回)的$/;

/**
 * The rest, that went elsewhere or was put off (结案13宗（另有2宗移送公安机关处理）, 另1件因上位法修改暂缓出台, 另1件已督促当事人
 * 自行履行, 另有两宗因当事人下落不明中止调查, 其余2件已按程序转入信访复查, 其余2件因当事人申请听证尚在办理中, 另有醉酒驾驶89起已依法
 * 移送检察机关, 余2件结转至2019年办理): none of what the figures before them count.
 */
const THE_REST_BEFORE = /(?:^|[，,；;、（(])(?:(?:另有|其余)[\u4e00-\u9fff]{0,6}|另|余)$/;
const REST_ELSEWHERE = /^[^，,；;。）)\d]{0,12}?(?:移送|移交|转交|转入|暂缓|督促|中止|未予|放弃|尚在|正在|结转)/;
const MAX_REST_BEFORE = 9;
/** How many more or fewer than a level compared with, the act maybe named after (比2023年的22件多7件, 较上年同期（176家次）多检查42家次): a change, no level. */
const MORE_THAN_LEVEL = /(?:比|较)[^，,；;。]{0,16}(?:\d[^，,；;。\d]{0,6}|[）)])(?:多|少)了?[^，,；;。\d]{0,4}$/;

/** A workload carried, restated (承担全年一百四十余件复议案件和五十余件应诉案件的办理任务): no count of its own. */
const CARRIES = /承担[^，,；;。\d]{0,10}$/;
const LOAD_AFTER = /^[^，,；;。、]{0,30}?的[^，,；;。、\d]{0,4}(?:任务|工作量)/;
/** Items of the load before the figure (一百四十余件复议案件和): read past to the word that carries them. */
const CARRIED_ITEMS = /[\d〇零一二两三四五六七八九十百千万余多.]{1,12}[件宗起项个次][^，,；;。\d]{0,10}?[和、及与]/g;

/** A class defined by a bound, alone in brackets right after its name and before its count (集体访（5人以上）87批): no count. */
const CLASS_BOUND = /(?:以上|以下)$/;
const COUNT_OF_CLASS = /^[）)][\d〇零一二两三四五六七八九十百千]/;

/** Right before money, that a figure leaves it out (不含代收的滞纳金, 不含对拖欠工资的用人单位责令加付的赔偿金), or that it is set apart (除追回基金…外). */
const LEFT_OUT = /(?:不含|不包括|未含)[^，,；;。\d]{0,20}$/;
const SET_APART = /除[^，,；;。\d]{0,10}$/;
const APART_END = '外';
/** After places counted, maybe with the other items of their list, that a work reached all of them (…个村（社区）实现巡查全覆盖). */
const COVERED_AFTER = /^[^，,；;。]{0,40}?实现[^，,；;。\d]{0,12}?全覆盖/;
const MAX_COVERED_AFTER = 60;
const COVERED_THEN_PARTS = /^[，,]其中/;
/** The same, said as reaching them before they are named (实现对全区86家网吧、…日常巡查全覆盖). */
const COVERING_BEFORE = /实现对[^，,；;。]{0,40}$/;
const COVERED_END = /^[^，,；;。]{0,40}?全覆盖(?![，,]其中)/;
/** Right before a count, that it names things counted above (上述2件, 前述3起). */
const ABOVE = /(?:上述|前述)$/;

/** Whether the figure, whatever names it, counts nothing: an end of a range, an average, a frequency. */
export function noCount(ctx: Context, figure: Figure): boolean {
  if (passedOver(ctx, figure)) return true;
  // 户均检查次数由3.2次降至1.5次: a fraction of a count is an average, not a count.
  if (!Number.isInteger(figure.value) && figure.baseUnit !== MONEY && figure.baseUnit !== '%') return true;
  const clause = clauseBefore(ctx, figure);
  // 由改革前的年均300余件上升至1,042件: a year's average the level came from is not the level's (but 年度检查次数由原来的平均5次
  // 左右减少到2次以内: each firm's).
  if (figure.baseUnit !== '%' && AVERAGE.test(clause) && AVERAGE.test(clause.replace(FROM_YEARS_AVERAGE, ''))) return true;
  if (figure.baseUnit === MONEY && (PRICE.test(clause) || classThreshold(ctx, figure))) return true;
  // 出庭应诉率尚未达到100%: a level not reached, no level; what could not be done counts nothing, nor does an area's population.
  if (NOT_REACHED.test(clause) || UNABLE.test(clause) || POPULATION.test(clause)) return true;
  // 尚有13件未审结, 投诉举报中有22件未能在时限内办结: what is left undone, no count of what was done.
  // 未执行到位的案件仍有4宗: so is what is still undone, named before.
  // 尚有未执行到位罚款约706万元: or what is left undone, named after what is left.
  if ((LEFT_OVER.test(clause) && (NOT_YET.test(ctx.masked.slice(figure.end, figure.end + MAX_NOT_YET)) || UNDONE_THEN_LEFT.test(clause))) || LEFT_UNDONE.test(clause)) return true;
  // 将2846家企业纳入检查对象库: things put on a list, not acts on them.
  if (PUT_ON.test(clause) && PUT_INTO.test(ctx.masked.slice(figure.end, clauseEnd(ctx.masked, figure.end, figure.end + MAX_GAP)))) return true;
  // 从全县1,386家单位中随机抽取检查对象: the pool they were drawn from.
  if (POOL_FROM.test(clause) && POOL_IN.test(ctx.masked.slice(figure.end, figure.end + MAX_GAP))) return true;
  // 对1,309宗行政处罚案件中的普通程序案件开展…审核: so are the things the acted-on ones were among.
  if (AMONG_THEM_AFTER.test(ctx.masked.slice(figure.end, figure.end + MAX_GAP))) return true;
  // 出庭应诉率未达到省定100%目标, 高于全省“出庭应诉率90%以上”的目标要求: a target, not a level.
  if (TARGET_AFTER.test(ctx.masked.slice(figure.end, figure.end + MAX_TARGET))) return true;
  // 上述2件已计入…总数: things counted above, named again; 不含代收的滞纳金0.38万元, 除追回基金286.4万元外: money a figure leaves
  // out or sets apart (cases left out are cases all the same: （不含…共同被告案件8件）).
  if (ABOVE.test(clause) || (figure.baseUnit === MONEY && (LEFT_OUT.test(clause) || (SET_APART.test(clause) && ctx.masked.startsWith(APART_END, figure.end))))) return true;
  // 在…127个村（社区）实现巡查全覆盖, 实现对全区86家网吧、42家歌舞娱乐场所…日常巡查全覆盖: places a work reached, all of them
  // (but a total the checks are then broken down from: 对全县126家…机构实现检查全覆盖，其中检查…83家).
  const covered = COVERED_AFTER.exec(ctx.masked.slice(figure.end, figure.end + MAX_COVERED_AFTER));
  if (covered && !COVERED_THEN_PARTS.test(ctx.masked.slice(figure.end + covered[0].length, figure.end + covered[0].length + 3))) return true;
  if (COVERING_BEFORE.test(clause) && COVERED_END.test(ctx.masked.slice(figure.end, figure.end + MAX_COVERED_AFTER))) return true;
  // 一案多罚的计为1件: how things are counted, in a note on the figures, counts nothing; nor does the one thing the note opens on
  // (一份处罚决定书计1件).
  if (COUNTED_AS.test(clause) || (figure.value === 1 && NOT_EVEN_ONE.test(clause))) return true;
  if (figure.value === 1 && clause === '' && ONE_COUNTED_AS.test(ctx.masked.slice(figure.end, figure.end + MAX_GAP))) return true;
  // 在全区43个街乡中排名第2: how many were ranked, no count of the body's.
  if (RANKED_AMONG.test(ctx.masked.slice(figure.end, figure.end + MAX_RANKED_AMONG))) return true;
  // 1件因不属于受案范围未予受理: applications turned away, an outcome, no cases taken in.
  if (TURNED_AWAY.test(ctx.masked.slice(figure.end, figure.end + MAX_TURNED_AWAY))) return true;
  if (ENDED_SO_ADDRESSED.test(clause) || MORE_THAN_LEVEL.test(clause)) return true;
  if (inSet(OPEN_BRACKET, ctx.masked.charCodeAt(figure.start - 1)) && CLASS_BOUND.test(ctx.masked.slice(figure.start, figure.end)) && COUNT_OF_CLASS.test(ctx.masked.slice(figure.end, figure.end + 2))) return true;
  if (LOAD_AFTER.test(ctx.masked.slice(figure.end, figure.end + MAX_GAP + 8)) && CARRIES.test(ctx.masked.slice(clauseStart(ctx.masked, figure.start), figure.start).replace(CARRIED_ITEMS, ''))) return true;
  if (THE_REST_BEFORE.test(ctx.masked.slice(Math.max(0, figure.start - MAX_REST_BEFORE), figure.start)) && REST_ELSEWHERE.test(ctx.masked.slice(figure.end, figure.end + MAX_GAP))) return true;
  // 罚款金额均在1000元以下: a bound on each, no total.
  if (EACH_WITHIN.test(clause) && figure.bound !== 'exact') return true;
  if (CEILING.test(ctx.masked.slice(figure.start, figure.end)) && LAYS_DOWN.test(ctx.masked.slice(ctx.sentStart(figure.start), figure.start))) return true;
  if (figure.baseUnit === MONEY && ALLOWED_OR_MOST.test(clause)) return true;
  // 注销17件不计入许可, 医疗器械经营备案（不属于行政许可，单独统计）693件: things the text itself says it does not count.
  if (NOT_COUNTED_IN.test(ctx.masked.slice(figure.end, figure.end + MAX_NOT_COUNTED_IN)) || NOT_COUNTED_GLOSS.test(ctx.masked.slice(Math.max(0, figure.start - MAX_NOT_COUNTED_GLOSS), figure.start))) return true;
  // 派出联合检查组47个, 成立执法质量检查组3个: the teams sent or formed, no checks.
  if (figure.baseUnit === TEAM_UNIT && TEAMS.test(clause)) return true;
  // 全省仍有11个县（市、区）年度办案量不足20件: a mark the places named fall short of, no count.
  if (figure.bound === 'under' && PLACES_SHORT_OF.test(ctx.masked.slice(ctx.sentStart(figure.start), figure.start))) return true;
  return howOften(figure, clause);
}
const TEAM_UNIT = '个';
const NOT_COUNTED_IN = /^(?:不|未)(?:计入|纳入统计|列入统计)/;
const MAX_NOT_COUNTED_IN = 5;
/** A gloss right before a figure that says it is counted apart ((不属于行政许可，单独统计)). */
const NOT_COUNTED_GLOSS = /[（(][^（）()]{0,16}?(?:不属于|不计入|单独统计)[^（）()]{0,16}[）)]$/;
const MAX_NOT_COUNTED_GLOSS = 36;
/** Places counted before a figure in its sentence (全省仍有11个县（市、区）年度办案量不足): its bound (20件) is theirs to fall short of. */
const PLACES_SHORT_OF = /有[\d一二三四五六七八九十]+个[^，,。；;\d]{1,24}?(?:不足|低于|少于|不到)?$/;
const TEAMS = /组$/;

/**
 * 每月检查一次, 每季度开展普法活动1场, 对D类企业每年检查不少于2次, 原则上一年内检查不超过1次, 一年仅检查一次: how often,
 * not how many; not the name of a programme in quotes (开展“每月一课”学法活动12次). `clause`: its clause's words before it.
 */
function howOften(figure: Figure, clause: string): boolean {
  return FREQUENCY_UNITS.has(figure.baseUnit) && !YEARS_TOTAL.test(clause) && (FREQUENCY.test(clause.replace(QUOTED, '')) || EACH_YEAR.test(clause) || ONLY_A_YEAR.test(clause) || FREQUENCY_A_YEAR.test(clause) || (figure.bound !== 'exact' && FREQUENCY_CAP.test(clause)));
}

/** A year's average a level changed from, up to its figure (由改革前的年均). */
const FROM_YEARS_AVERAGE_BEFORE = /由[^，,；;。\d]{0,12}年均[^，,；;。\d]{0,4}$/;

/** Whether a figure is a year's average that a level changed from (由改革前的年均300余件上升至…), which a cue reaches over. */
export function fromYearsAverage(ctx: Context, figure: Figure): boolean {
  return FROM_YEARS_AVERAGE_BEFORE.test(clauseBefore(ctx, figure));
}

/** Whether a figure says how often, which a cue reaches over to the year's count after it (学习每月一次、全年共12次). */
export function isFrequency(ctx: Context, figure: Figure): boolean {
  return howOften(figure, clauseBefore(ctx, figure));
}

/** The words of a figure's clause before it, at most a cue's reach of them. */
function clauseBefore(ctx: Context, figure: Figure): string {
  return ctx.masked.slice(clauseStart(ctx.masked, figure.start, MAX_GAP), figure.start);
}

/** Whether money bounded by 以上 or 以下 defines the class of the cases after it (罚款5万元以上、…等重大行政处罚案件). */
function classThreshold(ctx: Context, figure: Figure): boolean {
  const after = ctx.masked.slice(figure.end, figure.end + MAX_CLASS_THRESHOLD);
  return (BOUND_WORD.test(ctx.masked.slice(figure.end - 2, figure.end)) || BOUND_AFTER.test(after)) && CLASS_THRESHOLD.test(after);
}

/** A figure that a cue reaches over: an end of a range, a share of a whole, things carried over or passed on. */
export function passedOver(ctx: Context, figure: Figure): boolean {
  return inRange(ctx, figure) || isShare(ctx, figure) || notTheYears(ctx, figure);
}

/** 受理的投诉加上年结转1320件，共计20.29万件: things carried over or passed on, no figure, and part of a total a cue may name. */
function notTheYears(ctx: Context, figure: Figure): boolean {
  return NOT_THE_YEARS.test(ctx.masked.slice(clauseStart(ctx.masked, figure.start, MAX_GAP), figure.start));
}

/** 反映拖欠工资问题的占43%，共计118件: a share of a whole, no figure, and no number a cue stops at. */
function isShare(ctx: Context, figure: Figure): boolean {
  return figure.baseUnit === '%' && SHARE_BEFORE.test(ctx.masked.slice(Math.max(0, figure.start - MAX_SHARE_BEFORE), figure.start));
}

/** 占43%, 占比达到42.5%, 占案件总数的41.2%, 占全部案件的比例为12%. */
const SHARE_BEFORE = new RegExp(`(?:${SHARE}|占[^，,。；;\\d占]{1,12}的(?:比例|比重)?)(?:达到?|为)?$`);
const MAX_SHARE_BEFORE = 20;

/** 罚款1.2万元至5万元不等: an end of a range, neither end a figure. */
function inRange(ctx: Context, figure: Figure): boolean {
  if (inSet(RANGE_MARKS, ctx.masked.charCodeAt(figure.end)) && RANGE_FROM.test(ctx.masked.slice(figure.end, figure.end + MAX_RANGE))) return true;
  return inSet(RANGE_MARKS, ctx.masked.charCodeAt(figure.start - 1)) && RANGE_END.test(ctx.masked.slice(figure.end, figure.end + 2));
}

/** What figures that count nothing are told by, for the rule set's description. */
export const NOT_COUNTED_RULES = {
  quoted: QUOTED.source,
  frequency: [FREQUENCY.source, EACH_YEAR.source, FREQUENCY_CAP.source],
  frequencyUnits: [...FREQUENCY_UNITS],
  rangeFrom: RANGE_FROM.source,
  rangeEnd: RANGE_END.source,
  average: AVERAGE.source,
  price: PRICE.source,
  classThreshold: CLASS_THRESHOLD.source,
  notReached: NOT_REACHED.source,
  countedAs: [COUNTED_AS.source, ONE_COUNTED_AS.source],
  notEvenOne: NOT_EVEN_ONE.source,
  notTheYears: NOT_THE_YEARS.source,
  rankedAmong: RANKED_AMONG.source,
  eachWithin: EACH_WITHIN.source,
  putOn: [PUT_ON.source, PUT_INTO.source],
  pool: [POOL_FROM.source, POOL_IN.source],
  share: SHARE,
  target: TARGET_AFTER.source,
  endedSoAddressed: ENDED_SO_ADDRESSED.source,
  restElsewhere: [THE_REST_BEFORE.source, REST_ELSEWHERE.source],
  moreThanLevel: MORE_THAN_LEVEL.source,
  classBound: [CLASS_BOUND.source, COUNT_OF_CLASS.source],
  carries: [CARRIES.source, LOAD_AFTER.source, CARRIED_ITEMS.source],
  fromYearsAverage: [FROM_YEARS_AVERAGE.source, FROM_YEARS_AVERAGE_BEFORE.source],
  allowedOrMost: ALLOWED_OR_MOST.source,
};
