// Normalised text + sections → every figure mention, by the catalogue's rules.
//
// Cost is one scan for figure candidates plus a bounded look around each
// figure, whatever the size of the catalogue. Each figure is decided once, by
// the first of these that applies (the priority order, in one place):
//   1. a cue word right after the figure (15宗重大行政处罚案件, 96项“三重一大”事项),
//      or how those cases ended, said later in its clause (2件行政诉讼案件败诉); or
//      the level reached after an earlier level or a change, by the cue that named
//      those (由上年的98件增加到120件, 同比增长15%，达到240件);
//   2. after 分别, the item listed before it in its place, each item with a cue of its own
//      (受理信访件、办结信访件分别为58件、56件); else the nearest cue word before it in the
//      sentence, since the previous figure
//      (全年卫生行政处罚案件37宗); a nearest cue whose units do not fit (减轻处罚1项)
//      leaves the figure to step 3 only;
//   3. a cue word later in its clause (对29所学校、366家医疗机构进行监督), or, in a
//      table row flattened with pipes, the cue that ends the cell before (| 罚款 | 3万元 |);
//   4. the indicator of the figure before it in a list joined by 、
//      (检查场所35间次、医疗卫生机构950间次), or of the total that a 其中 or
//      `N件中` breaks down (卫生许可审批共758宗，其中医师执业注册类139宗).
// Zero statements (无行政复议或行政诉讼案件) are found apart, in zero.ts.
import { foldString } from '../normalise/fold.js';
import { matchMarker } from '../normalise/markers.js';
import { type Normalised, sourceSpan } from '../normalise/normalise.js';
import type { MentionDraft } from '../pipeline.js';
import { ACT_ALONE, ACT_RULES, closesThingsBefore } from './acts.js';
import { AMONG_THEM, type Breakdown, BREAKDOWN_RULES, breakdownOf, breakdownParent, breaksDownCountNamingNothing, classingEndsAt, gatheredAt, HEADING_LINE, HEADING_SENTENCE, isPart, isPartRule, namedAsPart, namedBy, OPENS_WITH_ACT, partsTotal, someSince } from './breakdown.js';
import { classedUnderHeading, periodPart, summedTotal } from './summed-parts.js';
import { ACTS_ON_CASES, CATALOGUE, indicatorById, NOT_CUES, OTHER_ACTS } from './catalogue.js';
import { charSet, countOf, firstIn, inSet, lastIn } from './chars.js';
import { DEPARTMENT, lastClause, OTHER_BODY_RULES, othersOwn, reportingBody } from './other-bodies.js';
import { buildContext, CLAUSE_END, CLOSE_BRACKET, clauseEnd, clauseStart, COLONS, COMMA_ONLY, COMMAS, CONCERNING, type Context, MASK, NEXT_ITEM_MARK, OPEN_BRACKET, REACH_BACK, RESPECTIVELY, SEMICOLONS, STOP_END, withoutEmphasis } from './context.js';
import { type Figure, figuresStartingBefore, FLOORS, MONEY, sameUnit, sameValue, scanFigures, TIMES } from './figures.js';
import { accepts, ACTS_JOINED, actsOn, AFTER_REACH, blocked, CASES, CASES_ID, type Cue, cueOf, type Found, family, GLUED, lastCueIn, lexicon, MAX_GAP, PARTS_NAME_THINGS, type State } from './finder.js';
import { ACTED_ON, actsAbsent, CATEGORY, countsOtherwise, DIGIT, ENDED_CASES, followedBy, levelBefore, LIST_COMMA, LIST_JOIN_SPLIT, LIST_JOINS, MAKING, namesOutcome, OUTCOME, pick, PICK_RULES, RULING_WORDS } from './pick.js';
import {
  actsInOrder,
  byListedItems,
  byPeriodInOrder,
  cueBefore,
  each,
  EACH,
  eachListed,
  kindsEach,
  linked,
  linkedChain,
  NEXT_IN_ORDER,
  respectively,
  respectivelyBefore,
  RESPECTIVELY_RULES,
  figuresInOrder,
  subjectsInOrder,
  YEARS_OPEN,
} from './respectively.js';
import type { Candidate } from './lexicon.js';
import { CHANGE, COMPARED_PERIOD, nextPeriodLevel, periodAfter, periodInBrackets, PERIOD_RULES } from './periods.js';
import { inSpans, repeatedLines } from './repeats.js';
import { FREQUENCY_UNITS, fromYearsAverage, isFrequency, leftOverBefore, noCount, NOT_COUNTED_RULES, passedOver, SHARE } from './not-counted.js';
import { CARD_RULES } from './cards.js';
import { joinSoftBreaks, NUMBERED_CAPTION, TABLE_HEADER } from './soft-breaks.js';
import { cleanSubject } from './subject.js';
import { type Indicator, TOPICS } from './types.js';
import { findZeros, ZERO_RULES } from './zero.js';

/**
 * Words of the clause before the cue that make the figure a change (比上年多查处案件12起,
 * 减少涉企检查1200余次, 压减重复检查326次).
 */
const CHANGE_BEFORE = /(?:比|较)(?:上年|去年|上一?年度?|同期)[^，,；;。\d]{0,4}(?:多|少|增加|减少)|(?:减少|压减|压降|缩减)[^，,；;。\d]{0,6}$/;

/** Words just before a figure that make it the level of an earlier period, a base to compare with (较上年的98件, 由2022年的85%). */
const EARLIER = /(?:((?:上年|去年|上一年|上年度)?同期|上年度|上一年|上年|去年)|(?:由|从|较|比)((?:19|20)\d{2}年度?))(?:的|为|是|共)?[（(]?$/;

const SEMICOLON_OR_STOP = /[；;。]/;
const STOP = /。/;

const COMMA = /[，,]/;
/** A number right after a word, or after its 的 or 类 (撤销的96件, 投诉举报类766件, 被撤销一件). */
const NUMBER_NEXT = /^[的类]?(?:\d|[〇零一二两三四五六七八九十百千]+[件起宗项次个])/;
const MAX_NUMBER_NEXT = 6;
/** What may stand between words and the number right after them (的, 类), in numerals of any kind. */
const KIND_BEFORE_NUMBER = /^[的类]?$/;
/** A number later in the same item of a list (判决撤销或确认违法17件). */
const NUMBER_IN_ITEM = /^[^、，,；;。\d]{0,10}?(?:\d|[〇零一二两三四五六七八九十百千]+[件起宗项次个])/;
const MAX_ITEM_AFTER = 12;

/**
 * Such a clause after a comma (，办结1172件, ，拟废止3件, ，没收违法所得3起), the rest of the figure's clause maybe
 * before it (对规范性文件9件开展全面清理，保留8件), and a clause of no figure that says how between (…进行全面清理，
 * 重点清理…的内容，废止9件); the indicator's partActs say which acts.
 */
const ACT_CLAUSE = new RegExp(`^[^，,。；;！？\\d]{0,10}[，,](?:[^，,。；;！？\\d]{2,30}[，,])?${ACT_ALONE}`);
/** The act alone in the clause after a figure (其余26件继续有效, 其余3件予以保留). */
const REST_ACT = new RegExp(`^${ACT_ALONE}`);
/** From a cue to its figure, the rest of a chain of steps in quotes and a clause after it (—处置—反馈”闭环，). */
const STEP_OF_CHAIN = /^[^”—→，,。；;]*[—→][^”，,。；;]*”[^，,。；;]*[，,；;]/;
/** Before such a cue, the chain's opening and its step before (“发现—). */
const CHAIN_BEFORE = /“[^“”，,。；;]*[—→]$/;
const MAX_CHAIN = 12;
/** A quote closing right after a cue, or after the slogan's other items (、月调度”), on the way of working it names (严查处”机制, 零容忍”要求). */
const SLOGAN_END = /^(?:、[^“”、，,。；;\d]{1,8})*[”"](?:工作)?(?:机制|模式|工作法|理念|原则|要求|格局|体系|闭环)/;
/** A quote closing after a cue, then its clause ending (、并行办理”，). */
const QUOTE_THEN_CLAUSE = /^[^“”，,。；;]*”[^“”，,。；;]{0,8}[，,；;]/;
/** A clause that opens on a general act and goes on to the things it is done to (全年实施信用修复企业). */
const OWN_ACT_CLAUSE = /^(?:全年|年内|当年|共|累计)?(?:(?:开展|实施)[\u4e00-\u9fff、]{4,}|指导[\u4e00-\u9fff、]*)$/;
/** A clause that opens on putting things somewhere (将全市…, 并将…): what it counts is put, no act of the cue. */
const PUT_CLAUSE = /^(?:同时|并|还)?将/;
/** A clause that opens on an act of its own (全年受理…), after a slogan. */
const CLAUSE_ACT = /^(?:全年|全局|共|累计)?(?:受理|办理|处理|办结|收到|审结|查处|开展|立案)/;
/** A clause with words of its own, beyond those of a total (全年办理不动产各类登记, not 共计). */
const OWN_THINGS = /^(?:全年|全局|累计|合计|总计|共计|共|达|达到)?[\u4e00-\u9fff]{4}/;
/** Kinds listed before 等 at the start of the words between a cue and its figure (公共场所、生活饮用水、职业卫生等), or before their total (用地单位、采矿权人共计). */
const KINDS_LISTED = /^[^，,；;。\d]{0,30}?、[^，,；;。\d]{0,30}?(?:等|(?=[\u4e00-\u9fff]{0,6}分别)|[及和与](?=[^、，,；;。\d]{2,16}$)|(?=(?:共计|合计|总计|共)$))/;
/** The places a campaign enters, listed there (进机关、进乡村、进社区、进学校), the first one's 进 maybe the cue's (法律进机关、进乡村…). */
/** A trend said in a clause of its own, then years that 分别 pairs with figures (连续三年下降，2022年至2024年分别为). */
const TREND_THEN_YEARS = /((?:连续[两二三四五六七八九十\d]{1,2}年|逐年|持续)(?:下降|上升|增长|减少|回落)[，,])(?:19|20)\d{2}年/;
const PLACES_ENTERED = /^(?:进?[\u4e00-\u9fff]{1,3}、)(?:进[\u4e00-\u9fff]{1,3}、)+进[\u4e00-\u9fff]{1,3}/;
/** Brackets right after a cue that gloss it (（含原8890便民服务热线）, a line's label （未经复议直接起诉）). */
const GLOSS_FIRST = /^[（(][^（()）]{1,16}[）)]/;
/** Brackets between a cue and its figure that gloss what is counted (（含简易程序案件，不含移送公安机关案件）, （涉及车货总重超过55吨的）). */
const GLOSSES = /[（(][^（()）。；;]{1,30}[）)]/g;
/** A gloss in brackets that ends a part's words (领域（镇街赋权事项）). */
const GLOSS_AT_END = new RegExp(`${GLOSSES.source}$`);

/** The words without their glosses in brackets; no copy where they have no bracket. */
function withoutGlosses(words: string): string {
  return words.includes('（') || words.includes('(') ? words.replace(GLOSSES, '') : words;
}

/** A part that names only a year (其中2023年6件, 其中本年度386场次), maybe with its act (其中今年开展). */
const YEAR_PART = /^(?:(?:19|20)\d{2}年度?|本年度?|今年|当年)(?:开展|办理|举办|组织|受理|查处|新增|为)?$/;
/** A clause that names only another year, quarter or half and an act (，2023年办理62件, ，二季度35件, ，下半年1,417件). */
const YEAR_CLAUSE = /^[，,；;](?:(?:19|20)\d{2}年度?|第?[一二三四]季度|[上下]半年)(?<act>[^，,；;。\d]{0,6})$/;

/** A span of years up to the report's (“十四五”以来, 五年来, 近三年, 2021年以来, 自2019年以来). */
const SPAN_OF_YEARS = String.raw`(?:“?十[一二三四五]五”?(?:以来|期间|时期)|(?:近|这)?[两三四五六七八九十]年(?:来|以来)?|(?:自|从)?(?:19|20)\d{2}年(?:以来|至今|起))`;
/** A clause of the total over such a span and nothing else, maybe its act (，“十四五”以来累计, ，五年合计, （近三年累计开展). */
const CUMULATIVE_CLAUSE = new RegExp(`[，,；;（(](?:${SPAN_OF_YEARS})(?:累计|合计|共计|共)(?:开展|办理|受理|出台|印发|作出|审查|审核|查处|举办|组织)?$`);
/** How far before a figure its clause of a span of years is looked for. */
const MAX_CUMULATIVE_CLAUSE = 20;

/**
 * 全年作出重大行政决策6项，“十四五”以来累计19项; …1,386件，同比增长12.4%；“十四五”以来累计2,641件: the total over the years of
 * the last figure of the sentence in its unit that a cue read.
 */
function totalOverYears(state: State, k: number): Found | null {
  const { ctx } = state;
  const figure = state.figures[k] as Figure;
  const clause = CUMULATIVE_CLAUSE.exec(ctx.masked.slice(Math.max(0, figure.start - MAX_CUMULATIVE_CLAUSE), figure.start));
  const read = clause ? lastReadByCue(state, k, ctx.stopStart(figure.start), figure.start) : undefined;
  return clause && read ? inherited(read, figure, figure.start - clause[0].length + 1, ctx, 'list') : null;
}

/** A clause of the whole year's level and nothing else (，全年累计达到, ，全年完成). */
const WHOLE_YEAR_CLAUSE = /^[，,；;](?:全年|年内|全年度)(?:累计|共计|共)?(?:达到|达|完成|为|共)?$/;
/** A part of the year opening a clause (上半年, 第一季度, 前三季度, 1—6月). */
const PART_YEAR_OPENS = /^(?:[^，,；;。\d]{0,4}?)(?:上半年|前三季度|第?[一二三]季度|1[-—～~至]6月)/;

/** A sentence that opens by naming the whole its clauses are parts of (行政诉讼案件中，). */
const WHOLE_NAMED = /^[^，,；;。\d]{2,20}中[，,]/;

/**
 * A clause after a figure, no number in it and no end of the sentence (，以区直部门为被告的), maybe
 * after a remark in brackets on the figure before it (14件（均由市人民政府受理），以…为被申请人的9件).
 */
const PART_CLAUSE = /^(?:[（(][^（()）\d]{1,20}[)）])?[，,][^，,；;。\d]{1,20}$/;

/** A clause that names a kind of a total: what it concerns, ending in 的 or 类 (，涉及食品安全的, ，县政府作为被告的), or a kind of matter handled (，即办件, ，承诺件). */
const KIND_CLAUSE = /^[，,](?!其中|比|较|与|同比|由|从|上年|去年|对)(?:(?:涉及)?[^，,；;。\d]{1,16}[的类]|[\u4e00-\u9fff]{1,3}办件|即办件|承诺件)$/;

/** A department of a government, named alone in its clause (；区自然资源局, ，县市场监管局), or with an act (，市政府办公室制定); not 全局, the whole of the body. */
const DEPARTMENT_CLAUSE = /^[，,；;][\u4e00-\u9fff]{1,14}?(?:(?<!全)局|委员会|委|办公室|办公厅|中心|政府)(?<act>[\u4e00-\u9fff]{2,4})?$/;
/** A clause that opens on a department, before its act (区行政审批服务局实施行政许可, 市政府制定规范性文件). */
const DEPARTMENT_OPENS = /^[\u4e00-\u9fff]{1,14}?(?:(?<!全)局|委员会|委|办公室|办公厅|中心|政府)(?:[\u4e00-\u9fff]|$)/;

/**
 * A clause that names only a level or a unit of the body, maybe with the act done
 * (，市本级1200件, ，各区县办理4030件, ，市执法支队查处2107件, ；乡镇综合行政执法队办理378件): a part of the total before it.
 */
const LEVEL_CLAUSE =
  /^[，,；;](?!其中|比|较|与|同比|由|从|上年|去年|对|占|居|位)(?<level>[^，,；;。\d]{0,12}?(?:本级|[省市县区乡镇]级|两级|三级|机关|本部|[区县市镇乡]|县区|区县|县市区|乡镇|镇街|街镇|街道|开发区|园区|支队|大队|中队|执法队|分局|基层所|部门|单位|系统)(?:[（(][^（()）\d]{1,8}[)）])?)(?:共|累计|分别)?(?<act>办理|受理|查处|查办|立案|办结|审结|作出|实施|开展|处理|接待|收到|清理|审查|审核|制定|出台|印发|为|达到?)?了?$/;
/** A clause that opens on a level of government or the body's own office, before its act (市本级共作出, 省直部门办理, 市县两级受理, 局机关). */
const LEVEL_OPENS = /^[^，,；;。\d]{0,8}?(?:本级|[省市县区乡镇]级|两级|三级|[省市县区]直|[局委厅]机关)/;

/**
 * A part named by a party to the cases (以区政府为被申请人的, 以县政府部门为被告的), or by
 * the name documents are made in (以县政府办公室名义印发).
 */
const BY_PARTY = /以[^，,；;。\d]{1,12}(?:为[^，,；;。\d]{1,6}的|名义)/;

/** After a figure's case noun, 中 and a mark: the total leads into its breakdown (5起行政诉讼案件中，). */
const LEADS_IN = /^中[，,：:有]/;

/** Before how cases ended, the step it came by and who ended them (经调解后申请人主动). */
const ENDED_BY = '(?:经[\\u4e00-\\u9fff]{1,8}?后?)?(?:申请人|当事人|原告)?(?:在[\\u4e00-\\u9fff]{1,6}?(?:前|后|中|期间))?(?:主动)?(?:(?:人民)?法院(?:一审|二审)?(?:判决|裁定)?)?';
/**
 * Right after a figure: how its cases ended, no kind of them (15件被维持, 3件胜诉, 1件经复议维持, 1件经调解后申请人主动撤回申请, 2件当事人在听证前撤回申请,
 * 另1件原告撤诉, 另外1起法院判决驳回).
 */
const ENDED_AS = new RegExp(`^${ENDED_BY}被?(?:维持|驳回|撤回|撤诉|终止|和解|胜诉)`);
/** How far after a figure the words of how its cases ended may run. */
const MAX_HOW_ENDED = 13;


/** Between a cue and a rate: the rest of the name of the rate the cue stands in (决定履行率). */
const IN_RATE_NAME = /^[^、，,；;。：:\d]{0,8}率/;

/** Between a cue and its figure: an act done after the cue's (后退回补充材料), maybe in a clause of its own (核查后，共有31户…被列入经营异常名录). */
const STEP_BEFORE_ACT = /^后[，,]?[\u4e00-\u9fff]/;

/** Between a cue and its figure: 等 and the word for the kinds it ends, maybe after other kinds, then the clause's end (等领域，, 、价格收费等信息，). */
const KINDS_CLAUSE_ENDED = /^(?:、[^、，,；;。\d]{1,8})*等[^，,；;。\d]{0,4}[，,；;]/;
/** The stages of a procedure listed after a cue (、立案、调查等环节). */
const STAGES_LISTED = /^(?:、[^、，,；;。\d]{1,8})*等(?:环节|流程|步骤)/;

/** Right before a cue, words that make it the name of an offence (违反规划, 未经, 未取得). */
const VIOLATED = /(?:违反|违背|未经|未取得|未办理|无证|超越)[\u4e00-\u9fff]{0,3}$/;
const MAX_VIOLATED = 7;
/**
 * Right before a cue, words that make it the way an offence was done (违规派单, 非法营运), when the case noun follows it; not
 * an offence named by its degree, the cue what was done about it (轻微违法免罚案件).
 */
const OFFENDING_WAY = /(?<!轻微|首次)(?:违规|违法|非法|擅自|私自)[\u4e00-\u9fff]{0,2}$/;
/** Cue words of reports and complaints, whose 违法 before them names what was reported (违法检举案件), no way of offending. */
const REPORTS = /举报|检举|投诉/;
/** A clause that sets up a way of working (建立…诉调对接机制), and the words that end its name. */
const SET_UP = /(?:建立|健全|完善|构建|推行|实行|创新|探索|打造)/;
const WAY_OF_WORKING_END = /(?:机制|制度|模式|体系|工作法)$/;
/** The end of a principle's words (处罚与整改并重, 处罚与教育相结合). */
const PRINCIPLE_END = /(?:并重|并举|相结合|相统一)$/;
/** The end of words that say a thing falls short (涉企检查统筹仍需加强). */
const SHORTFALL_END = /(?:仍需|仍待|有待|亟需|亟待|还需|尚需)(?:进一步)?(?:加强|提高|提升|完善|规范|健全|强化|改进|落实)$/;
/** 立案查处由举报线索转化的案件: a cue in words that say where the cases came from (由…转化的, 由…移送的), before them. */
const CAME_FROM_BEFORE = '由';
const CAME_FROM_AFTER = /^[^，,；;。\d]{0,6}(?:转化|转来|移送|移交)(?:而来)?的/;

/** Right before a cue, words that deny its act (不开展现场, 未进行, 免于, 不再). */
const DENIED_ACT = /(?:不|未|无需|免于|免予)(?:再|开展|进行|实施|组织|安排)?[\u4e00-\u9fff]{0,2}$/;
/** Things said to be none, a list of them maybe (，无撤销、变更案件): they name no figure past their clause's comma. */
const NONE_OF = /(?:^|[，,])无[\u4e00-\u9fff]{0,4}(?:、[\u4e00-\u9fff]{0,4})?$/;
const MAX_DENIED_ACT = 8;

/** How far after a part the words that say it is pending may run (在法定期限内审理中). */
const MAX_PENDING = 16;
/** A part named as still pending (在办, 正在办理, 待结). */
const PENDING = /^(?:(?:[尚正仍还]?在办(?:理)?|尚未办结)$|待(?:结案?|办结?|审结?))/;
/** Right after a part: its cases are still pending (尚在审理中, 在法定期限内审理中, 尚未审结), or were withdrawn (申请人撤回申请, 经调解后申请人主动撤回). */
const PENDING_AFTER = new RegExp(`^(?:[尚正仍还]?在[^，,；;。\\d]{0,8}?(?:审理|办理|审查)|尚未(?:审理|办理|审查|审结|办结|结案))|^${ENDED_BY}撤回`);

/** Between a cue and an amount, the count of the same things and the amount's own word, if any (83人次、金额, 18起、, 1起计). */
const AMOUNT_OF_COUNT = /^(?:[、，,](?:(?:涉及|共计|合计|累计)?总?金额)?|[、，,]?(?:共计|合计|计))$/;
/** A clause that opens on the rest of a total (，其余2件, ，另有3件). */
const REST_WORDS = '其余|其他|另有|剩余|另';
const THE_REST = new RegExp(`^[，,；;](?:${REST_WORDS})$`);
/** The rest of a list's parts, added up (，其余部门合计). */
const REST_ADDED_UP = new RegExp(`^[，,；;](?:${REST_WORDS})[\\u4e00-\\u9fff]{0,6}?(?:合计|共计|累计|共)$`);
/** The rest named alone as a part's subject (另1件二审维持原判). */
const THE_REST_ALONE = new RegExp(`^(?:${REST_WORDS})$`);
/** What names a kind in a clause (出入境管理类处罚97件). */
const KIND_WORD = '类';
/** A clause of only the rest of the kinds (；其他类, ，其他方面). */
const REST_KIND = /^[，,；;](?:其他|其余)(?:类|方面|领域)?(?:案件)?$/;

const GLUED_IN_BRACKETS = /^[（(]$/;
/** Units that count people. */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(['人', '人次', '名']);
/** Between a count of acts and the things they reached (，涉及经营主体, ，覆盖企业). */
const REACHED = /^[，,](?:涉及|覆盖)[^，,。；;\d]{0,8}$/;

/** Between an earlier level and the figure: a change to the level reached (增加到, 降至). */
/** 从 or 由 before a level and the words that say when it stood (从清理前的, 由2021年初的). */
const FROM_LEVEL = /(?:从|由)(?:(?:19|20)\d{2}年)?[^，,。；;\d]{0,8}$/;
const MAX_FROM_LEVEL = 14;
const CHANGED_TO = /^(?:增加|增长|上升|下降|减少|提高|提升|降低|压减|压降|缩减|精简|增|降|升|减)(?:到|至|为)(?:(?:(?:19|20)\d{2}年(?:度|底|末|初)?|今年|本年度?)的?)?$/;

/** What a cue word names when this follows it: a rule to keep, not an act done (培训要求). */
const REQUIREMENT = '要求';

/** The kinds of acts of enforcement (行政许可, 处罚, 强制…), as a cue word opens with one. */
const ENFORCEMENT_KINDS = '(?:许可|处罚|强制|检查|征收|征用|确认|给付|裁决|奖励)';
const OPENS_WITH_KIND = new RegExp(`^行政${ENFORCEMENT_KINDS}`);
/** Other kinds listed right before such a cue (行政许可、行政处罚、|行政强制决定). */
const KINDS_BEFORE = new RegExp(`行政${ENFORCEMENT_KINDS}[、和及与]$`);
const MAX_KIND_BEFORE = 5;
/** The indicators that count those acts themselves (not a review of them: 审查行政处罚、行政强制等执法案件215件). */
const ENFORCEMENT_ACTS: ReadonlySet<string> = new Set(['license.cases', 'penalty.cases', 'coercion.cases', 'inspection.count']);

/** A clause that names the next ones of a ranking, in order (，其后依次为区市场监管局（): the name is group 1. */
const RANKED_NEXT = /^[）)]?[，,](?:其后|其次|随后|之后|紧随其后的?)(?:依次)?(?:为|是)([^，,；;。\d（(]{1,20})[（(]?$/;
/** A clause that names the second of a ranking and its figure (；人社领域次之，为15件): the name is group 1. */
const RANKED_SECOND = /^[，,；;]([^，,；;。\d]{1,12})次之[，,]?(?:为|是|有)?$/;
/**
 * A clause that names the next ones of a ranking before their figures (；宝原市、咸阳东市分列二、三位，分别为; ，居全省第一；汉江市、襄北市分别以),
 * maybe after the first's place (8.92万件居全省首位，绵阳、宜宾两市分列第二、第三位，分别为): the names are group 1.
 */
const RANKED_LATER = /^[^，,；;。\d]{0,8}(?:[，,][^，,；;。\d]{1,10})?[，,；;]([^，,；;。\d]{1,30}?)(?:(?:分列|位列|位居|分居|依次为)[^，,；;。\d]{0,10}[，,]?)?(?:分别|依次)(?:为|是|以|达|办理|查处|受理|开展)$/;
/** A clause that names one of a ranking before 以 and its figure (，常屯乡以, ；县市场监督管理局以), maybe after the way it ranks (。按区排名，白云区以). */
const RANKED_BY = /^(?:[。；;]按[^，,；;。\d]{1,6}(?:排名|排序|排列)[，,]|[，,；;])[^，,；;。\d]{2,16}以$/;
/** Right after a figure, the place it holds in a ranking (位居第一, 位列第二, 居首, 居末位). */
const PLACE_AFTER = /^[^，,；;。\d]{0,2}(?:位居|位列|居于?|排名|排在|名列)(?:第|首|末|前|后)/;
const MAX_PLACE_AFTER = 8;
/** What names the first of a ranking (办理案件最多, 位居第一, 信访总量最少的是…). */
const TOP_RANKED = /最多|最高|最少|最低|居首|首位|第一/;
/** A clause that ends naming the first (or the last) of a ranking, and the words before its figure in the next (，达). */
const TOP_RANKED_END = /(?:最多|最高|居首|次之|最少|最低)$/;
const LEVEL_OF_TOP = /^(?:为|达到?|是|有|共|共计)?$/;
/** A clause that names the first or the last of a ranking of a total's parts, then its figure (，临江区最多，为; ；食品类案件居首，达; ，大鹏新区最少，为). */
const TOP_PART = /^[，,；;](?!其中|同比|比|较|增|降)[^，,；;。\d]{1,12}?(?:最多|最高|居首|最少|最低)[，,](?:为|达|是|有|共|共计)?$/;

/** A clause that adds up the figures before it (，全区共计, ，合计, （一般程序），合计, ，上述四个部门合计). */
/** The last cell of a line of outcomes, its total (；总计：12件). */
const LINE_TOTAL = /^[，,；;、](?:总计|合计|共计)[：:]?$/;
const TOTAL_CLAUSE = /^(?:[（(][^（()）\d]{1,8}[）)])?[，,](?:全[区县市省局镇乡年]|两级|(?<listed>[以上述]{2}[^，,；;。\d]{1,8}?)|[以上述]{2})?(?:共计?|合计|总计)(?:办理|受理|审理)?(?:为|达)?$/;

/** After a change, another change in other terms (同比增长12%，增加5.2万元，达到48.6万元). */
const CHANGE_AGAIN = /^[，,](?:增加|减少|增长|下降|多|少)$/;
/** Years listed opening a clause, then 分别 (2021年、2022年分别开展). */
const YEARS_OPEN_CLAUSE = new RegExp(`${YEARS_OPEN.source}分别`);
/** Units that count visits to places (间次, 家次), each place's in a list after commas. */
const VISIT_UNITS: ReadonlySet<string> = new Set(['间次', '家次', '户次', '所次', '个次', '处次']);
/** Units that count places or firms (家, 户, 所), the things a noun repeated after a comma may name. */
const PLACES_COUNTED: ReadonlySet<string> = new Set(['家', '户', '所', '个', '处', '间']);
const NOUN_LENGTH = 2;
const HAN_NOUN = /^[\u4e00-\u9fff]{2}$/;
const MAX_KIND_BEFORE_NOUN = 3;

/**
 * Whether the clause of `figure` is a short name of a level or kind (省级, 国家级) and the noun of two characters that the
 * words before `previous` ended on (任务…，省级任务); not an act on that noun (…强制执行12件，裁定准予执行11件), nor cases,
 * whose kinds are read as parts of their own (食品安全案件2138件，…，广告案件294件).
 */
function endsOnNounBefore(ctx: Context, previous: Figure, figure: Figure): boolean {
  const noun = ctx.masked.slice(previous.start - NOUN_LENGTH, previous.start);
  const own = ctx.masked.slice(figure.start - NOUN_LENGTH, figure.start);
  const clause = clauseStart(ctx.masked, figure.start);
  const kind = figure.start - clause - NOUN_LENGTH;
  if (kind <= MAX_KIND_BEFORE_NOUN && noun !== CASES && HAN_NOUN.test(noun) && own === noun) return true;
  // 检查食品生产经营单位960家，特种设备使用单位87家，药品零售企业132家: or both name places or firms, whatever their kinds;
  // not those there are (全县共有餐饮企业1200家).
  return PLACE_NOUN.test(noun) && PLACE_NOUN.test(own) && !PLACES_THERE_ARE.test(ctx.masked.slice(clause, figure.start));
}
/** The last two characters of the name of a place or a firm (经营单位, 零售企业). */
const PLACE_NOUN = /^(?:单位|企业|机构|场所|学校|医院|药店|诊所|门店|商户|工地|市场|网吧|宾馆|旅馆|酒店|餐馆|站点|主体|商超|超市)$/;
const PLACES_THERE_ARE = /有|共|全[县市区省镇乡]|辖区/;

/** Words that open a clause on no thing's name alone: parts, the rest, totals, or what is acted on. */
const NO_NAME_OPENS = '(?!其中|其余|其他|另|包括|含|全年|共|合计|累计|对|针对)';
/** After a semicolon, a kind of case alone before its figure (；价格违法案件). */
const SEMICOLON_KIND_OF_CASES = new RegExp(`^[；;]${NO_NAME_OPENS}[^，,；;。：:\\d、]{1,16}案件$`);
/** The words of a sum (共, 共计, 计). */
const SUMMED = /[共计]/;
/** A clause of a thing's name alone before its figure (，学校及托幼机构); not what is acted on (，对其中1.36万家次…作出处理). */
const COMMA_ITEM = new RegExp(`^[，,]${NO_NAME_OPENS}[^，,；;。：:\\d]{2,20}$`);
/** Between a change in per cent and the level it came to (12.4%至236件). */
const TO_LEVEL = /^(?:至|到)$/;

/** Just before a figure, a bare 由 or 从: the level it changed from, when a change to the next figure follows (由32件下降至18件). */
const FROM = /(?:由|从)$/;
/** A sentence that opens with the period it compares with (与2019年相比，…由523件增加至967件): the level changed from is that period's. */
const COMPARED_FIRST = /^(?:[^，,；;。]{0,8}?[，,])?(?:与|同|和|较|比)((?:19|20)\d{2}年度?|上年度?|去年|上一年度?)(?:同期)?(?:相比|相较|比较)?[，,]/;

/** A level it changed from, then the words of the change up to the level reached (由改革前的年均300余件上升至). */
const FROM_THEN_LEVEL = new RegExp(`^[^，,；;。\\d]{0,6}由[^，,；;。\\d]{0,12}\\d[\\d.,]*[^，,；;。\\d]{0,4}?${CHANGED_TO.source.slice(1)}`);
/** Between the level a figure changed from and the figure: its unit and the change (余件上升至). */
const UNIT_THEN_CHANGED_TO = new RegExp(`^[^，,；;。\\d]{0,4}?${CHANGED_TO.source.slice(1)}`);
/** A rate's change in points, then the level reached (较上年提高3.2个百分点，达到97%). */
const POINTS_THEN_LEVEL = /(?:提高|提升|上升|回升|增长|增加|下降|降低|减少|下滑|回落)[\d.]+个百分点[，,]?(?:达到|达|为|至|到)$/;

/** A change in multiples, then the level reached (较上年增长2.3倍，达到113起). */
const MULTIPLE_THEN_LEVEL = /(?:增长|增加|上升|提高|下降|减少)[\d.]+倍[，,]?(?:达到|达|为|增至|至|到)$/;

/** After a change and its comma, the level reached (同比增长15%，达到240件). */
const LEVEL_REACHED = /^(?:(?:大幅|明显|有所)?(?:增长|增加|减少|下降|上升|提升|提高|降低))?[，,](?:全年|总数|总量)?(?:达到|达|为|仅为|仅|共计|共|增至|降至|增加到|减少到|下降到)$/;

/** A change said without a figure, then the level reached (较上年增加，达1024件). */
const CHANGE_THEN_LEVEL = /[，,](?:全年|总数|总量)?(?:达到|达|为|共计|增至|降至)$/;

/** A change word that ends on 至/到 states the level reached. */
const LEVEL_AFTER_CHANGE = /(?:至|到)$/;

/** Before a cue, what makes it the decision appealed against (不服行政处罚决定, 不服治安管理处罚), not an act of the body. */
const APPEALED = /不服[^，,；;。、\d的提申向]{0,4}$/;
const MAX_APPEALED = 8;
/** After a cue, what makes it the decision appealed against (对行政处罚决定不服的, 对工伤认定结论不服的). */
const APPEALED_AFTER = /^(?:决定书?|行为|结论|答复|处理|裁决|处理决定)?不服/;
const MAX_APPEALED_AFTER = 6;
const KIND_OF = '的';
/** Between what cases concern and their figure: a label's colon, or 的 maybe after a word or two (处理的, 的案件). */
const CONCERNED_GAP = /^(?:[：:]|[^，,；;。：:\d]{0,4}的(?:案件)?(?:达到?|为|有|共)?)$/;
/** Whether a cue opens a later item of a list of what things concern (…，涉及行政处罚的141件、行政强制的22件). */
function concernedListItem(ctx: Context, cue: Cue): boolean {
  if (ctx.masked.charAt(cue.start - 1) !== LIST_MARK) return false;
  const clause = clauseStart(ctx.masked, cue.start);
  return ctx.masked.startsWith(CONCERNING, clause) && CONCERNED_ITEMS.test(ctx.masked.slice(clause + CONCERNING.length, cue.start));
}
/** The items of a concerned list before a later one: each what it concerns, its count after 的. */
const CONCERNED_ITEMS = /^(?:[^，,；;。、\d]{1,16}的[\d.]+[件起宗]、)+$/;
/** The word after a cue that makes it the topic of the clauses after it (积案化解方面，). */
const TOPIC_LABEL = '方面';

/** A subject that names a kind of cases (食品安全违法案件). */
const CASE_KIND = /案件$/;

/** Acts that name cases by what was done to them, no kind of them (审理案件, 调查核实案件, 挂牌督办案件: others' cases overseen). */
const CASES_BY_ACT = /审理|调查|核实|审查|办理|处理|受理|办结|审结|移送|移交|督办/;

/** The next clause of a list, naming only a kind of cases before its figure (，药品案件). */
const NEXT_CASE_KIND = /^[，,；;][^，,。；;：:\d]{1,16}案件$/;

/** The kinds of administrative power, each a category of its own (行政征收, 其他行政权力), not a kind of another. */
const POWER = /^(?:行政)?(?:许可|处罚|强制|征收|征用|给付|检查|确认|奖励|裁决)$|^其他(?:行政)?(?:权力|职权)$/;

/** A flattened table's cells: their separator, where a row ends, and how long a cell may be. */
const PIPE = charSet('|');

const CELL_END = charSet('|\n');

const MAX_CELL = 30;

const BLANK = /^[ \t]*$/;
/** What may stand in a cell before its figure: nothing, or the year it is of (2024年). */
const YEAR_CELL = /^[ \t]*(?:(?:19|20)\d{2}年度?[ \t]*)?$/;

/** What may follow the cue in a label cell: the cases it names, a measure's name, a unit in brackets, a colon (不予处罚案件, 罚款金额（万元）). */
const LABEL_TAIL = /^(?:案件)?(?:数量|数|总数|金额|总额|件数|次数)?(?:（[^（）]{1,4}）)?[：:]?[ \t]*$/;

/**
 * Numbers a cue may reach over, any other stopping it: dates (信访，截至11月底共120件), the
 * service hotlines' numbers (市长热线、“12345”转办件1856件; 12315, 12369, 8890…), and ranges,
 * which count nothing (开展行政检查200至300次不等，合计3120次).
 */
const RANGE = /(?<![\d.])\d[\d.]*[^\d，,。；;]{0,3}(?:至|到|~|～|—|-)\d[\d.]*[^\d，,。；;]{0,3}?(?:不等|之间)/g;
/** A threshold in brackets (重大行政处罚决定（罚款20万元以上）46件): which cases, not a figure. */
const THRESHOLD = /[（(][^（()）]{0,8}?\d[\d.]*[万亿]?元?以[上下][）)]|(?:超过|不低于|不足|不到|不超过)\d[\d.]*[万亿]?元(?:以[上下])?的/g;
/** Figures that count nothing and that a cue reaches over: ranges, thresholds, shares (占43%). */
const PASSED = new RegExp(`${RANGE.source}|${THRESHOLD.source}|${SHARE}[\\d.]+%`, 'g');
/** A telephone number in brackets after a hotline's name (（0318-12345）). */
const PHONE = '[（(](?:\\d{3,4}[-－])?\\d{5,8}[）)]';
/** Numbers a cue reaches over: dates, spans of years (超过5年的“骨头案”), hotlines, phones and the figures that count nothing. */
const DATE = new RegExp(`(?:19|20)\\d{2}(?:年度|年)|\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}日|\\d{1,2}个?年|(?<!\\d)(?:123\\d\\d|8890)(?!\\d)|${PHONE}|${PASSED.source}`, 'g');

/** The words of a gap after the last figure in it that counts nothing: the figure's own (，合计 of 200至300次不等，合计3120次). */
function afterRange(gap: string): string {
  let end = 0;
  PASSED.lastIndex = 0;
  for (let m = PASSED.exec(gap); m !== null; m = PASSED.exec(gap)) end = m.index + m[0].length;
  return gap.slice(end);
}

/** Words that close a bracket the cue stands in, before the figure. */
const CLOSES_BRACKET = /^[^(（]*[)）]/;

/** All that may stand between a figure and a cue right after it: a quote mark, or the instance its cases were at (1件一审判决确认违法). */
const ADJACENT = /^[“”"'‘’]?(?:经?[一二]审)?$/;

/** Marks that end a list's item with its clause: items are joined by 、 alone. */
const ENDS_LIST = /[，,；;。：:\n]/;

/** A word that joins the last item of a list to the one before it, right after its figure or the brackets it stands in (北关街道（412件）和河西镇（376件）). */
const JOIN_WORD = /^(?:[）)]|[（(][^（()）\d]{1,8}[）)])?(?:以及|和|与|及)/;

/** A threshold in a part's words that the part fell short of (不足50家次的); one it passed may name a kind (超过55吨的严重超限). */
const SHORT_OF_THRESHOLD = /(?:不足|不到|低于|少于)\d[\d.,]*[\u4e00-\u9fff]{0,2}的/;

/** Marks and spaces before a subject, skipped, the bracket that closed the item before (合同（42件）、) among them; and an item's circled number (①). */
const BEFORE_SUBJECT = /[，,、；;：:）)\s①-⑳]/;

/**
 * What is made of the figure first found, in order: people in groups, cases leading into their parts, another body's
 * figures, things listed before 各, figures derived from others.
 */
const READINGS: ReadonlyArray<(state: State, k: number, found: Found | null) => Found | null> = [groupsOfPeople, endedLeadIn, bodysOwn, eachListed, derive];

/**
 * `paragraphEnds`: offsets in norm.text where structure knows a paragraph ends (a title's, a heading's);
 * `agency`: the reporting body, as structure read it, which tells whose figures are its own;
 * `titleEnd`: where the title ends, null for none.
 */
export function findMentions(norm: Normalised, paragraphEnds: readonly number[], agency: string | null = null, titleEnd: number | null = paragraphEnds[0] ?? null): MentionDraft[] {
  const joined = joinSoftBreaks(norm, paragraphEnds);
  // A span of the joined text → the source.
  const toSource = (start: number, end: number) => {
    const span = joined.normSpan(start, end);
    return sourceSpan(norm, span.start, span.end);
  };
  // A report on one topic (关于全市行政复议工作情况的报告) is about it where a paragraph names none.
  const ctx = buildContext(joined.text, titleEnd === null ? '' : norm.text.slice(0, titleEnd));
  // Where the sentence of an offset of the joined text starts, in the source.
  const sentenceInSource = (at: number) => {
    const start = ctx.sentStart(at);
    return toSource(start, start).start;
  };
  const state: State = { ctx, figures: scanFigures(withoutEmphasis(joined.text), lexicon.figures), decided: [], leading: new Map(), breakdowns: [], sums: new Map(), periodRuns: [], body: reportingBody(agency === null ? null : foldString(agency)) };
  for (let k = 0; k < state.figures.length; k++) {
    let found = decide(state, k);
    for (const read of READINGS) found = read(state, k, found);
    state.decided.push(found);
  }
  subjectsInOrder(state);
  // Each mention with where its figure (or zero statement) stands, for ordering.
  const mentions: Array<{ draft: MentionDraft; order: number }> = [];
  // A paragraph said again word for word gives its figures once.
  const repeated = repeatedLines(joined.text);
  const add = (found: Found) => {
    if (found.figure.leadIn || inSpans(repeated, found.figure.start)) return;
    const span = toSource(found.spanStart, found.spanEnd);
    const draft: MentionDraft = {
      indicator: found.indicator.id,
      label: found.indicator.label,
      value: found.figure.value,
      unit: found.figure.unit,
      bound: boundOf(ctx, found.figure),
      subject: found.subject,
      start: span.start,
      end: span.end,
      sentenceStart: sentenceInSource(found.spanStart),
      rule: found.rule,
    };
    mentions.push({ draft, order: found.figure.start });
  };
  state.decided.forEach((decided, k) => {
    if (decided === null) return;
    // 现行有效的9件中，保留8件: a total that leads into its breakdown is a mention where it is said first; only one said again is none.
    const found = decided.figure.leadIn && state.figures[k]?.leadIn && !restated(state, k, decided, true) ? { ...decided, figure: { ...decided.figure, leadIn: false } } : decided;
    // 其中…联合检查14次: a part named by a cue of its own says so in its rule, for the headline to pass it over.
    const part = found.cueBefore && isPart(state, k, found) ? { ...found, rule: `${found.rule}/part` } : found;
    add(part.subject === null ? { ...part, subject: casesFinedFor(state, k, part) } : part);
    for (const other of found.each ?? []) add(other);
  });
  // Each indicator's figures by sentence: where one was 0, and where the first of more than 0 stands.
  const sentenceKey = (indicator: Indicator, at: number) => `${indicator.id}@${ctx.sentStart(at)}`;
  const zeroFigures = new Set<string>();
  const countedFirst = new Map<string, number>();
  for (const found of state.decided) {
    if (!found) continue;
    const key = sentenceKey(found.indicator, found.figure.start);
    if (found.figure.value === 0) zeroFigures.add(key);
    else if (!countedFirst.has(key)) countedFirst.set(key, found.figure.start);
  }
  for (const zero of findZeros(ctx, lexicon)) {
    const key = sentenceKey(zero.indicator, zero.start);
    // 行政复议案件0件，…，连续四年实现“零复议”: a zero said again in words, after the sentence gave it as a figure, is no second mention.
    // 全年判决败诉二件，均系…被判确认违法，未被判决撤销: a zero by how cases ended, after the sentence counted some of the same
    // things, describes those, no statement that none happened (but 全县败诉案件9件，县政府本级未发生行政诉讼败诉案件 is one).
    if (inSpans(repeated, zero.start) || zeroFigures.has(key) || (zero.byOutcome && (countedFirst.get(key) ?? Infinity) < zero.start)) continue;
    const span = toSource(zero.start, zero.end);
    // 局本级未发生行政诉讼案件: a level of the body bounds the statement, as it bounds a figure;
    // 未发生因政府信息公开引发的行政复议: so does the cause it names.
    const subject = levelBefore(ctx, zero.start) ?? (zero.cause ? ctx.text.slice(zero.cause.start, zero.cause.end) : null);
    const draft: MentionDraft = {
      indicator: zero.indicator.id,
      label: zero.indicator.label,
      value: 0,
      unit: zero.indicator.units[0] ?? '件',
      bound: 'exact',
      subject,
      start: span.start,
      end: span.end,
      sentenceStart: sentenceInSource(zero.start),
      rule: zero.rule,
    };
    mentions.push({ draft, order: zero.start });
  }
  // Document order is by where a mention's text starts; a cue before its figure can start a
  // mention ahead of one whose figure comes first. Ties keep the figures' order.
  mentions.sort((a, b) => a.draft.start - b.draft.start || a.order - b.order || a.draft.end - b.draft.end);
  return mentions.map((m) => m.draft);
}

/**
 * A figure said in a clause of only an act right after another figure (立案查处57件，结案55件), or the cases
 * closed right after the cases of their kind (受理351件，已作出复议决定的342件), counts something of those
 * figures' things: no total a later breakdown breaks down.
 */
function derive(state: State, k: number, found: Found | null): Found | null {
  const figure = state.figures[k];
  const previous = state.figures[k - 1];
  if (!found || found.derived || !figure || !previous) return found;
  const prior = state.decided[k - 1];
  const kind = family(found.indicator);
  const closesPrior = prior?.indicator.id === `${kind}${CASES_ID}` && found.indicator.id === `${kind}${CLOSED_ID}`;
  const between = state.ctx.masked.slice(previous.end, figure.start);
  const closing = closesThingsBefore(between);
  // 受理劳动保障监察投诉举报案件512件，结案508件: the things of another indicator closed, none of this one's; but in a
  // paragraph on the found's own things, they are its (新收行政复议案件64件，受理前调解化解11件；审结58件).
  // …投诉举报3,517件，同比下降14.2%，结案3,502件: a change in per cent between, no figure of things, leaves them the count's before it.
  const closed = prior ?? (previous.baseUnit === '%' && !state.decided[k - 1] ? state.decided[k - 2] : undefined);
  if (closing && closed && family(closed.indicator) !== kind && state.ctx.topicAt(figure.start) !== kind) return null;
  return closing || (closesPrior && NEXT_CLAUSE.test(between)) ? { ...found, derived: true } : found;
}
/** The clause right after a figure's, whole up to the next figure (，已作出复议决定的). */
const NEXT_CLAUSE = /^[，,][^，,；;。]*$/;
/** The end of the id of an indicator's cases closed (reconsideration.closed). */
const CLOSED_ID = '.closed';

/** The figure found, unless it is another body's (该院全年共受理…389件; 督导组在我区督导检查企业87家). */
function bodysOwn(state: State, k: number, found: Found | null): Found | null {
  if (!found) return found;
  const { ctx } = state;
  const at = (state.figures[k] as Figure).start;
  const sentence = ctx.sentStart(at);
  const from = Math.max(sentence, at - REACH_BACK);
  // The body a sentence opens with is read only where its opening is in reach.
  return othersOwn(ctx.masked.slice(from, at), found.indicator.id, state.body, from === sentence) ? null : found;
}

/**
 * 接待来访（含集体访2批）15批, 检查养老机构（含农村敬老院12家）31家, 共收到行政复议申请（其中不服行政处罚的512件、…
 * 工伤认定类87件）1,069件, 监督抽查（国家任务132户、省级任务47户）179户: a total said right after the brackets that
 * give parts of it, between its cue and itself, is named by that cue.
 */
function afterIncluded(state: State, k: number): Found | null {
  const { ctx, figures } = state;
  const figure = figures[k] as Figure;
  const brackets = closedBefore(state, k, REACH_BACK);
  if (!brackets || !TOTAL_AFTER_BRACKETS.test(ctx.masked.slice(brackets.after, figure.start).trim())) return null;
  const { open } = brackets;
  // The parts open the brackets (含, 其中), or the first of them does, named before its figure (国家任务132户).
  const first = ctx.masked.slice(open + 1, Math.min((figures[k - 1] as Figure).start, open + 1 + MAX_INCLUDED));
  if (!INCLUDES.test(first) && !FIRST_PART.test(first)) return null;
  const cue = cuesBefore(ctx, { ...figure, start: open }, Math.max(ctx.sentStart(open), open - MAX_GAP)).at(-1);
  if (cue === undefined || DIGIT.test(ctx.masked.slice(cue.end, open))) return null;
  const found = pick(state, lexicon.before, cue, figure, '', 'before');
  return found && { ...found, subject: cleanSubject(ctx.text.slice(cue.end, open)) };
}

/**
 * The brackets that the figure before figure k stands in, closed right after it (…（其中…12件）), as far
 * back as `reach` from it: where they open, and where the words after them start; null for none.
 */
function closedBefore(state: State, k: number, reach: number): { open: number; after: number } | null {
  const { ctx, figures } = state;
  const previous = figures[k - 1];
  const figure = figures[k];
  if (!previous || !figure) return null;
  const closing = CLOSES_AFTER_FIGURE.exec(ctx.masked.slice(previous.end, figure.start));
  const open = closing ? lastIn(ctx.masked, OPEN_BRACKET, previous.start, Math.max(0, previous.start - reach)) : -1;
  return closing && open >= 0 ? { open, after: previous.end + closing[0].length } : null;
}

/** A closing bracket right after a figure, spaces aside. */
const CLOSES_AFTER_FIGURE = /^\s*[）)]/;
/** What opens brackets that give a part of the total they stand by (含, 其中, 包括). */
const INCLUDING = '(?:含|其中|包括|内含)';
const INCLUDES = new RegExp(`^${INCLUDING}`);
/** How far the first part's words run from the bracket that opens before them. */
const MAX_INCLUDED = 16;
/** The first part in brackets, named by words alone before its figure (国家任务132户、). */
const FIRST_PART = /^[^，,；;。（()）\d]{1,16}\d/;
/** Between the brackets and the total after them: nothing, or a word of totals. */
const TOTAL_AFTER_BRACKETS = /^(?:共计?|合计|总计|计)?$/;

/**
 * Whether the words that name what the figure counts, between it and the act before its cue
 * after it, hold what every indicator of that cue excludes; not where they run on to other
 * items (34家、对…提供线索的9家进行重点检查), nor in the kind of act (50家单位开展档案执法检查).
 */
function blockedAfter(ctx: Context, figure: Figure, cue: Cue): boolean {
  const gap = ctx.masked.slice(figure.end, cue.start);
  const act = gap.search(ACT_ON_THEM);
  const words = act < 0 ? gap : gap.slice(0, act);
  if (DIGIT.test(words) || words.includes('、')) return false;
  const candidates = lexicon.after.candidates.get(cue.word) ?? [];
  return candidates.length > 0 && candidates.every((c) => blocked(c.indicator, words));
}

/** Before a level compared with, its period (与2019年的, 较“十四五”初期2021年的, 与去年同期（); after it, the comparison's end (相比，, ）相比，). */
const COMPARED_FROM = /(?:与|同|和)(?<period>[^，,；;。\d]{0,8}(?:19|20)\d{2}年(?:度)?|(?:上年|去年)(?:同期)?)(?:的|[（(])?$/;
const COMPARED = '相比';
const COMPARED_TO = new RegExp(`^[）)]?${COMPARED}[，,]`);

/** A level compared with (与2019年的362件相比，信访总量下降40%), named by the first cue of the clause after it, of its period. */
function comparedWith(state: State, k: number): Found | null {
  const { ctx } = state;
  const figure = state.figures[k] as Figure;
  // Read only where the comparison ends right after the figure: most figures are no level compared with.
  const to = ctx.masked.startsWith(COMPARED, figure.end) || ctx.masked.startsWith(COMPARED, figure.end + 1) ? COMPARED_TO.exec(ctx.masked.slice(figure.end, figure.end + 4)) : null;
  const period = to ? COMPARED_FROM.exec(ctx.masked.slice(Math.max(0, figure.start - MAX_COMPARED), figure.start))?.groups?.period : undefined;
  if (!to || period === undefined) return null;
  const from = figure.end + to[0].length;
  const cue = lexicon.before.words.find(ctx.masked, from, clauseEnd(ctx.masked, from, Math.min(ctx.masked.length, from + MAX_GAP)));
  const found = cue && pick(state, lexicon.before, cue, figure, '', 'before');
  return found ? { ...found, spanStart: figure.start, spanEnd: cue.end, subject: period } : null;
}
const MAX_COMPARED = 16;

/**
 * 立案查处（含移送公安机关涉嫌犯罪案件4件）违法案件502件: a figure, no mention, in a gloss in brackets that closes between the cue
 * before it and the next figure.
 */
function inGlossBefore(ctx: Context, figure: Figure, next: Figure): boolean {
  const close = firstIn(ctx.masked, CLOSE_BRACKET, figure.end, next.start);
  if (close >= next.start) return false;
  const open = lastIn(ctx.masked, OPEN_BRACKET, figure.start, Math.max(0, figure.start - MAX_GLOSS));
  return open >= 0 && lastIn(ctx.masked, CLOSE_BRACKET, figure.start, open) < 0 && !CLAUSE_MARK_IN.test(ctx.masked.slice(close, next.start));
}
const MAX_GLOSS = 24;
/** A clause mark between a gloss's end and the next figure, which then stands in a clause of its own. */
const CLAUSE_MARK_IN = /[，,；;。]/;

/**
 * 罚款213.56万元、没收违法所得18.9万元，合计232.46万元: a total said after fines and takings just counted, that they add up
 * to, is the money forfeited in all.
 */
function finesAndConfiscatedSummed({ ctx, figures, decided }: State, k: number): Found | null {
  const figure = figures[k] as Figure;
  const first = decided[k - 2];
  const second = decided[k - 1];
  if (figure.baseUnit !== MONEY || !first || !second) return null;
  const lead = SUMMED_LEAD.exec(ctx.masked.slice(second.figure.end, figure.start));
  const ids = new Set([first.indicator.id, second.indicator.id]);
  if (!lead || !ids.has(FINES) || !ids.has(CONFISCATED) || !sameValue(first.figure.value + second.figure.value, figure.value)) return null;
  const forfeiture = indicatorById(FORFEITURE);
  return forfeiture ? { indicator: forfeiture, rule: `${FORFEITURE}/sum`, figure, spanStart: figure.start - lead[0].length + 1, spanEnd: figure.end, subject: null } : null;
}
/** Between the last of the sums and their total: a clause that opens on the word of totals (，合计, ；共计). */
const SUMMED_LEAD = /^[，,；;](?:合计|共计|总计|总额|计)$/;
const FINES = 'penalty.fines_yuan';
const CONFISCATED = 'penalty.confiscated_yuan';
const FORFEITURE = 'penalty.forfeiture_yuan';

/** A ruling right before a figure (维持4件, 其中驳回2件): the cases that ended so. */
const RULED_JUST_BEFORE = new RegExp(`(?:${RULING_WORDS})$`);
const MAX_RULED = 2;

/** Units that count places; with 次, visits to them. */
const PLACE_COUNTS: ReadonlySet<string> = new Set(['个', '家', '户', '处', '所']);

/** An act done to the things counted. */
const ACT_ON_THEM = /开展|进行|实施|组织/;

function decide(state: State, k: number): Found | null {
  const { ctx, figures } = state;
  const figure = figures[k];
  if (!figure || noCount(ctx, figure)) return null;
  // A clause that opens with what is acted on (，对能耗超定额的3家单位下达整改意见书, 对被撤销的1件复议案件逐案复盘).
  const clause = clauseStart(ctx.masked, figure.start);
  const onObject = ON_OBJECT.test(ctx.masked.slice(clause, Math.min(figure.start, clause + MAX_OBJECT_LEAD)));
  // 对被撤销的1件复议案件逐案复盘, 对败诉的2件案件逐案分析: cases acted on, named by how they ended, were counted where they ended.
  // 复议被撤销的1件案件因取证不充分被撤销: so are such cases opening a clause to say why or how.
  // 对29件败诉案件逐案召开评析会: so are those named by how they ended after the figure, each then gone over.
  // 对3起重大复杂案件亲自协调: cases a head took up in person count the head's part, not the cases.
  const actedOnAfter = onObject ? ctx.masked.slice(figure.end, figure.end + MAX_ENDED_EACH) : '';
  if (onObject ? ENDED_BEFORE.test(ctx.masked.slice(clause, figure.start)) || ENDED_EACH_AFTER.test(actedOnAfter) || HEAD_TOOK_UP_AFTER.test(actedOnAfter) : endedOpening(ctx, figure, clause) && ENDED_CASES_THEN.test(ctx.masked.slice(figure.end, figure.end + MAX_LEAD_IN))) return null;
  // 1件行政复议案件系当事人不服…, 两起诉讼均系…: cases counted before, opening a clause to say what they were.
  if (figure.start === clause && CASES_EXPLAINED.test(ctx.masked.slice(figure.end, figure.end + MAX_LEAD_IN))) return null;
  // 与2019年的362件相比，信访总量下降40%: the level compared with, named by the cue of the clause after it.
  const levelComparedWith = comparedWith(state, k);
  if (levelComparedWith) return levelComparedWith;
  const previous = figures[k - 1];
  // A cue is looked for after the figure before, not after a range or a share (200至300次不等，合计3120次), nor
  // after the item before in a list, counted in another unit and no mention (覆盖企业1,100余家、职工2.4万人次).
  let j = k - 1;
  // Nor after the level it changed from, no count of its own (由改革前的年均300余件上升至1,042件).
  while (j >= 0 && state.decided[j] === null && (passedOver(ctx, figures[j] as Figure) || isFrequency(ctx, figures[j] as Figure) || (j === k - 1 && (itemBefore(ctx, figures[j] as Figure, figure) || inPhraseBefore(ctx, figures[j] as Figure, figure) || inGlossBefore(ctx, figures[j] as Figure, figure) || (UNIT_THEN_CHANGED_TO.test(ctx.masked.slice((figures[j] as Figure).end, figure.start)) && fromYearsAverage(ctx, figures[j] as Figure)))))) j--;
  const counted = figures[j];
  const windowStart = Math.max(ctx.sentStart(figure.start), counted ? Math.min(counted.end, figure.start) : 0);

  // 其中3件涉及行政处罚，2件涉及投诉举报: parts of a breakdown by what they concern, named by none of it.
  if (concernsNext(ctx, figure.end)) {
    const breakdown = breakdownOf(state, k);
    const parent = breakdown.since >= 0 ? breakdownParent(state, k, breakdown) : null;
    const part = parent && inherited(parent.found, figure, parent.subjectStart, ctx, 'breakdown');
    if (part) return part;
  }
  const after = cueAfter(ctx, figure, figures[k + 1]);
  if (after && after.adjacent) {
    // 3件行政复议案件被依法撤销: how the cases ended, said later in the clause, names them.
    // 被提起行政诉讼5起。5起行政诉讼案件中，判决驳回3起: a total restated to lead into its breakdown, no mention of its own.
    // 对71件立案案件中涉及…的19件: so is the figure before a case noun after its cue; 败诉三件。…三起行政诉讼败诉案件中，: or after how they ended.
    const leadsInAfter = (end: number) => LEADS_IN.test(ctx.masked.slice(end, end + 2)) || CASES_LEAD_IN.test(ctx.masked.slice(end, end + MAX_LEAD_IN));
    const ledIn = (found: Found, end: number) => (leadsInAfter(end) && restated(state, k, found, true) ? { ...found, figure: { ...figure, leadIn: true } } : found);
    const outcome = after.outcome && pick(state, lexicon.after, after.outcome, figure, '', 'after');
    if (outcome && after.outcome) return ledIn({ ...outcome, spanEnd: after.outcome.end, subject: null }, after.outcome.end);
    const found = pick(state, lexicon.after, after.cue, figure, after.gap, 'after');
    if (found) return ledIn(found, after.cue.end);
  }
  const listed = byListedItems(state, k);
  if (listed !== undefined) return listed;
  // 由上年的98件增加到120件, 同比增长15%，达到240件: the level reached is named by the cue of
  // the level or the change that led to it.
  const between = previous ? ctx.masked.slice(previous.end, figure.start) : '';
  // 从清理前的147件精简到112件: a level changed from, said after 从 and named by its cue, leads to the level changed to.
  const changedFrom = previous && CHANGED_TO.test(between) && FROM_LEVEL.test(ctx.masked.slice(Math.max(0, previous.start - MAX_FROM_LEVEL), previous.start)) ? state.decided[k - 1]?.cueBefore : undefined;
  const base = (previous && state.leading.get(previous.start)) ?? changedFrom;
  // 同比增长12.4%至236件: a change in per cent, then the level it came to.
  const toLevel = previous?.baseUnit === '%' && figure.baseUnit !== '%' && TO_LEVEL.test(between);
  if (base && (CHANGED_TO.test(between) || LEVEL_REACHED.test(between) || toLevel)) {
    const found = pick(state, lexicon.before, base, figure, '', 'before');
    // 罚款标准由5000元提高至2万元: the words between the cue and the level changed from still cancel it.
    const words = ctx.masked.slice(base.end, figure.start);
    if (found && !blocked(found.indicator, words)) return found;
  }
  if (base && CHANGE_AGAIN.test(between)) {
    state.leading.set(figure.start, base);
    return null;
  }
  // 同比减少40%，由上年的25件降至15件: after a change, last year's level, and it leads on to the level reached.
  const compared = base ? COMPARED_PERIOD.exec(between) : null;
  if (base && compared) {
    state.leading.set(figure.start, base);
    const found = pick(state, lexicon.before, base, figure, '', 'before');
    if (found) return { ...found, subject: compared[1] ?? null };
  }
  // 其中15件被维持, 3件胜诉: a figure followed by how its cases ended counts outcomes.
  if (ENDED_AS.test(ctx.masked.slice(figure.end, figure.end + MAX_HOW_ENDED))) return null;
  const total = afterIncluded(state, k);
  if (total) return total;
  // 坚持处罚与教育相结合，共有2个案件实施了减免责措施: a cue after the figure in its own clause names it
  // before one that reaches back over the clause's start.
  const ownClause = after ? clauseStart(ctx.masked, figure.start) : -1;
  // But not a figure named by how its cases ended, before the next item's (其中维持4件、1件被复议机关撤销).
  const ruled = RULED_JUST_BEFORE.test(ctx.masked.slice(Math.max(0, figure.start - MAX_RULED), figure.start));
  if (after && !ruled && ownClause > windowStart && cuesBefore(ctx, figure, ownClause).length === 0) {
    const own = byCueAfter(state, k, after.cue);
    if (own) return own;
    // ，对26个市级执法部门开展全覆盖检查: what the figure counts, said before its own cue, is what that
    // cue's indicator excludes; no cue before the clause takes the figure instead.
    if (blockedAfter(ctx, figure, after.cue)) return null;
  }
  // Such a clause is its own: the act after it names its figure, or else no cue before the clause does.
  // 另有9起违法行为情节轻微并及时纠正，依法不予处罚: so is one that opens by saying there were such cases.
  const acted = onObject || THERE_WERE.test(ctx.masked.slice(clause, figure.start)) ? actOnCases(state, k) : null;
  if (acted) return acted;
  // 带头学法，3次主持召开常务会议: a count said before an act counts that act; no cue before it names the figure.
  if (FREQUENCY_UNITS.has(figure.baseUnit) && ACT_COUNTED.test(ctx.masked.slice(figure.end, figure.end + MAX_ACT_COUNTED))) return after ? byCueAfter(state, k, after.cue) : null;
  const forfeited = finesAndConfiscatedSummed(state, k);
  if (forfeited) return forfeited;
  // 417起案件被依法查处，较上年的362起: after a figure that a cue after it named, the same figure of another period
  // is the level then of it, whatever cue the words between hold.
  const prior = state.decided[k - 1];
  if (previous && prior && prior.figure.start === previous.start && prior.spanEnd > previous.end && prior.spanEnd <= figure.start) {
    const then = periodAfter(state, k, ctx.masked.slice(prior.spanEnd, figure.start));
    if (then) return then;
  }
  const before = byCueBefore(state, k, onObject && clause > windowStart ? clause : windowStart);
  if (before === 'none' || before === 'failed' || before === 'unit') {
    // A cue right after the figure that did not name it may give way to a later one (860人次参加…法治培训).
    if (after && !ruled) {
      const found = byCueAfter(state, k, after.cue);
      if (found) return found;
    }
    if (before === 'none') {
      const labelled = byLabelCell(state, figure);
      if (labelled) return labelled;
    }
    // 其中警告68件、罚款163件: a cue that counts in other units names a part, of the list or breakdown it
    // stands in, within one clause of parts (after a semicolon, 查处违法违规机构287家 is a count of its own).
    if (before === 'unit') {
      const breakdown = breakdownOf(state, k);
      // 查处案件11起，警告6起，罚款5起: so does a clause that names only a kind of the figure before, by its partActs.
      // 其中：警告：31246人次；罚款：172530人次: a labelled line of an open breakdown is a part, whatever the semicolons.
      const labelledPart = breakdown.since >= 0 && inSet(COLONS, ctx.masked.charCodeAt(clauseStart(ctx.masked, figure.start) - 1));
      const goesOn = partsGoOn(state, k, between, breakdown) || partActOf(state, k, between) !== null || labelledPart;
      // 二、行政处罚 / 罚款：1205件: a label whose cue counts in other units, under a heading of the things, is a kind of them.
      return partOfReview(state, k, null, breakdown) ?? (goesOn ? inherit(state, k, breakdown) : kindsClausePart(state, k, breakdown)) ?? caseKindPart(state, k) ?? labelUnderHeading(state, k) ?? classedUnderHeading(state, k);
    }
    if (before === 'none') {
      // 查处的案件中，罚款金额1876.2万元，较上年的1592.6万元: the level then of the figure before, though a breakdown is open
      // (a rate's is left to the readings below, which pass over rates of other things between).
      // Not the levels 分别 pairs with the figures before (上年同类分别为八百二十件、三百四十件), read in order below.
      const then = figure.baseUnit === '%' || between.includes(RESPECTIVELY) ? null : periodAfter(state, k, between);
      if (then) return then;
      // 全年对县政府常务会议议题37件、行政规范性文件12件开展合法性审查: the act after a list that the clause opens on names its
      // first item, which no cue names, as it names the others.
      const listed = onObject ? actAfterList(state, k) : null;
      if (listed) return listed;
      const partAct = partActAfterFigure(state, k);
      if (partAct) return partAct;
      // 表2　罚没款情况 / 项目　数量　单位 / … / 合计　135.9921　万元: a table's row is of what its caption names, before any reading
      // of the rows above; lines under …如下： are theirs only when nothing else reads them.
      const opened = labelUnderOpener(state, k);
      return (opened?.decisive ? opened.found : null) ?? periodPart(state, k) ?? restatedTotal(state, k) ?? inherit(state, k) ?? kindOfTotalBefore(state, k) ?? amountOfCount(state, k) ?? amountLikeBefore(state, k) ?? kindsClausePart(state, k, breakdownOf(state, k)) ?? labelUnderHeading(state, k) ?? classedUnderHeading(state, k) ?? (opened?.decisive === false ? opened.found : null);
    }
    // （含从业资格证审核发放1215件）, 其中设计审核21件: a cue whose conditions fail names no part of its own;
    // the part stands in the breakdown of the total before it, when it does stand in one.
    const breakdown = breakdownOf(state, k);
    return partOfReview(state, k, null) ?? (breakdown.since > 0 ? inherit(state, k, breakdown) : null) ?? kindsClausePart(state, k, breakdown) ?? caseKindPart(state, k);
  }
  // 对规范性文件3件、合同协议46件进行合法性审查: in a clause that opens on what is acted on, the act after a list names its
  // first item as it names the others, whatever the item's own noun.
  if (before !== null && onObject && (!after || firstIn(ctx.masked, LIST_COMMA, figure.end, after.cue.start) < after.cue.start)) {
    const listed = actAfterList(state, k);
    if (listed) return listed;
  }
  if (before !== null) {
    const part = partOfReview(state, k, before) ?? classedKind(state, k, before) ?? kindOfOtherTotal(state, k, before) ?? sameActPart(state, k, before) ?? rowAmongOpened(state, k, before);
    if (part) return part;
  }
  // 对区直部门报送备案的规范性文件三十四件开展备案审查: in a clause that opens on what is acted on, the act right
  // after the figure names it, not the noun of the things.
  if (before !== null && onObject && after && !after.adjacent && ACT_AFTER_FIGURE.test(ctx.masked.slice(figure.end, figure.end + MAX_ACT_AFTER))) {
    const found = byCueAfter(state, k, after.cue);
    if (found) return found;
  }
  // 对拒不履行处罚决定的9起案件申请法院强制执行: a cue in words that qualify the figure's
  // noun (…的9起案件) says what the cases were; the act on them, after, names them.
  // So it does where the cue in those words named nothing (对当事人未履行处罚决定的3宗案件依法申请人民法院强制执行).
  if (after && !after.adjacent && ctx.masked.charAt(figure.start - 1) === '的' && (before !== null || onObject)) {
    const found = byCueAfter(state, k, after.cue);
    if (found) return found;
  }
  // 县人民法院对我局申请强制执行的3件案件裁定准予执行2件: the cases a court acted on, counted where the body counted them.
  if (before !== null && ctx.masked.charAt(figure.start - 1) === '的' && ctx.masked.startsWith(CASES, figure.end) && COURT_ON.test(ctx.masked.slice(clause, figure.start))) return null;
  // 不予许可的3件均为申请人经营场所不符合安全条件: the things counted before, named again to say what they all were.
  if (before && isDefinite(state, k) && ALL_WERE.test(ctx.masked.slice(figure.end, figure.end + MAX_LEAD_IN)) && restated(state, k, before)) return null;
  // 在审结的1541件案件中：维持826件: the total said again to lead into its breakdown, no mention of its own.
  if (before && CASES_LEAD_IN.test(ctx.masked.slice(figure.end, figure.end + MAX_LEAD_IN)) && restated(state, k, before, true)) return { ...before, figure: { ...figure, leadIn: true } };
  return before;
}

/** Figure k as a part of the total whose breakdown it stands in, or null where it stands in none. */
function partOfOpenBreakdown(state: State, k: number): Found | null {
  const breakdown = breakdownOf(state, k);
  const parent = breakdown.since >= 0 ? breakdownParent(state, k, breakdown) : null;
  return parent && inherited(parent.found, state.figures[k] as Figure, parent.subjectStart, state.ctx, 'breakdown');
}

/**
 * 二、行政处罚 / 警告：312件 / 罚款：1205件 (一、行政许可 / 受理数量：486件): a line of a label and its figure, no cue in the label,
 * under a heading that is only the name of an indicator's things, counts them, of the label's kind.
 */
function labelUnderHeading({ ctx, figures }: State, k: number): Found | null {
  const figure = figures[k] as Figure;
  const line = ctx.masked.lastIndexOf('\n', figure.start - 1) + 1;
  const label = LABEL_ALONE.exec(ctx.masked.slice(line, figure.start))?.[1];
  const headingLine = ctx.headingAt(figure.start);
  const heading = headingLine.slice(matchMarker(headingLine)?.length ?? 0);
  if (label === undefined || !INDICATOR_NAME.test(heading)) return null;
  const indicator = namedBy(heading, figure, true);
  // Not a label whose words the indicator's blockers name (涉嫌犯罪移送公安机关：23件 under 二、行政处罚).
  return indicator && !blocked(indicator, label) ? { indicator, rule: `${indicator.id}${HEADING_RULE}`, figure, spanStart: line, spanEnd: figure.end, subject: cleanSubject(label) } : null;
}
/**
 * 受理的行政复议案件按被申请人分布如下：\n市直部门　61件\n船山区人民政府　47件: lines of a label and its figure alone, after a line
 * that names the things and opens them (…如下：) or a table's caption and the header of its columns, are those things, of the
 * label's kind, or the parts of the total before them that they add up to; null where nothing opens them. `decisive`: a
 * table's caption or such a total named them, which no other reading overrules (lines under …如下： are theirs only when
 * nothing else reads them).
 */
function labelUnderOpener(state: State, k: number): { found: Found | null; decisive: boolean; linesFrom: number } | null {
  const { ctx, figures } = state;
  const figure = figures[k] as Figure;
  // A label is short: its line's start is looked for just before the figure, not back over a long line.
  const near = Math.max(0, figure.start - MAX_LABEL_OR_NAME);
  const breakNear = ctx.masked.slice(near, figure.start).lastIndexOf('\n');
  if (breakNear < 0 && near > 0) return null;
  const line = near + breakNear + 1;
  // （1）食品安全类案件73件: the mark that numbers the item is no part of its label.
  const labelFrom = line + (ITEM_NUMBER.exec(ctx.masked.slice(line, figure.start))?.[0].length ?? 0);
  const label = LABEL_OR_NAME.exec(ctx.masked.slice(labelFrom, figure.start))?.[1];
  if (label === undefined || !LINE_ENDS.test(ctx.masked.slice(figure.end, figure.end + MAX_LINE_END))) return null;
  // Back over the label lines before it, to the line that opens them; past the caption of their group (1.按行政行为种类分), which
  // they start after.
  let end = line - 1;
  let captioned = -1;
  for (let n = 0; n < MAX_LABEL_LINES && end > 0; n++) {
    const start = ctx.masked.lastIndexOf('\n', end - 1) + 1;
    const words = ctx.masked.slice(start, end);
    if (GROUP_CAPTION.test(words)) {
      if (captioned < 0) captioned = end + 1;
      end = start - 1;
      continue;
    }
    // …如下：, or a table's caption above the header of its columns (表1　行政处罚案件分类统计 / 项目　数量　单位).
    const header = TABLE_HEADER.test(words);
    // 表2　受理行政复议案件行为类别情况 / 受理案件合计：468件: a numbered caption right above the rows.
    const caption = !header && NUMBERED_CAPTION.test(words);
    const table = header || caption;
    // 合计　64宗 / 其中：危险化学品　12宗 / 　非煤矿山　5宗: a 其中 that opens the first of the lines, on its line.
    const partsOnLine = words.startsWith(AMONG_THEM_COLON) && LABEL_LINE.test(words.slice(AMONG_THEM_COLON.length));
    const sentence = header ? captionAbove(ctx, start) : caption ? words : OPENS_BELOW.test(words) ? words.slice(lastIn(words, SENTENCE_ENDS, words.length) + 1) : partsOnLine ? AMONG_THEM_COLON : null;
    if (sentence !== null) {
      const linesFrom = partsOnLine ? start + AMONG_THEM_COLON.length : captioned >= 0 ? captioned : end + 1;
      // The lines that add up to a total counted before them are its parts (…分领域情况如下：, …投诉举报主要集中在以下方面：).
      const summed = summedTotal(state, k, linesFrom, labelLinesEnd(ctx.masked, line), partsOnLine ? start : end)?.indicator;
      // Else the things are named by the last cue of the sentence that opens the lines, nearest its 如下.
      let named = summed;
      // A numbered caption names them by its first (表1　市政府行政复议案件收、结案情况: cases, whatever acts follow).
      for (let cue = summed ? null : lexicon.before.words.find(sentence, 0, sentence.length); cue !== null && !(caption && named); cue = lexicon.before.words.find(sentence, cue.end, sentence.length)) {
        named = namedBy(cue.word, figure, true) ?? named;
      }
      // …共查办各类案件2.87万件，…。分领域看：, …六十三宗。按类别统计如下：: where it names none, by the total in their unit on the
      // line that opens them; a way of classing on a line of its own (执法案件分法律统计如下：), by the last total before it.
      named ??= OPENS_ON_VIEW.test(words) ? lastReadByCue(state, k, start, end)?.indicator : CLASSED_BELOW.test(words) ? (lastReadByCue(state, k, start, end, undefined, true) ?? lastReadByCue(state, k, Math.max(0, start - REACH_BACK), start))?.indicator : undefined;
      // …依法受理79件。受理案件按被申请人分列如下：: by the total before it whose cue it names again.
      const sentenceStart = end - sentence.length;
      named ??= sentence === AMONG_THEM_COLON ? undefined : lastReadByCue(state, k, ctx.paraStart(sentenceStart), sentenceStart, sentence)?.indicator;
      // Not a label whose words the indicator's blockers name (发现火灾隐患：20357处 under checks), nor one of how appeals or suits
      // ended (表2　行政复议案件审结情况 / 维持　1063件): those closed one way, no cases taken in.
      const found = named && !blocked(named, label) && !(ENDED_CASES.has(named.id) && namesOutcome(label, named)) ? { indicator: named, rule: `${named.id}${HEADING_RULE}`, figure, spanStart: line, spanEnd: figure.end, subject: cleanSubject(label) } : null;
      return { found, decisive: table || summed !== undefined, linesFrom };
    }
    if (!LABEL_LINE.test(words)) return null;
    // 全年立案查处各类违法案件：963宗 / 食品安全　284宗 / 特种设备　52宗 / …: a labelled line whose total the lines under it
    // add up to is what they break down, for a label that names nothing of its own (撤销：18件 is read by its own cue).
    const total = lexicon.before.words.find(label, 0, label.length) === null ? summedTotal(state, k, end + 1, labelLinesEnd(ctx.masked, line, true), end) : null;
    if (total && total.figure.start >= start) {
      // Nor one of how they ended (审结：248件 / 维持：131件): rulings.
      const found = blocked(total.indicator, label) || namesOutcome(label, total.indicator) ? null : { indicator: total.indicator, rule: `${total.indicator.id}${HEADING_RULE}`, figure, spanStart: line, spanEnd: figure.end, subject: cleanSubject(label) };
      return { found, decisive: true, linesFrom: end + 1 };
    }
    end = start - 1;
  }
  return null;
}
/** A view taken of things, by one way of classing them (分领域看, 从案件类型看). */
const VIEW = String.raw`[分从按][^，,。；;：:\d]{1,6}看`;
/** An opener that takes a view of the things before (分领域看：, 从案件类型看：). */
const OPENS_ON_VIEW = new RegExp(`${VIEW}[：:]$`);
/**
 * Or a way of classing them by kind, said below (按类别统计如下：, 按违法类型分类如下：), whose rows are kinds of the line's first total;
 * not by how they ended (按审结方式统计如下：), rows of rulings.
 */
const CLASSED_BELOW = /[按从分](?![^，,。；;：:\d]*(?:方式|结果))[^，,。；;：:\d]{1,8}?(?:统计|分类|划分|分)(?:情况)?(?:如下|具体如下)[：:]$/;


/**
 * The reading of the last figure read from `from` to `to` that counts in the unit of figure k, by a cue before it; by a cue
 * that `words` name again, where they are given; `first`: of the first such figure instead.
 */
function lastReadByCue({ figures, decided }: State, k: number, from: number, to: number, words?: string, first = false): Found | undefined {
  const unit = (figures[k] as Figure).baseUnit;
  let earliest: Found | undefined;
  for (let j = k - 1; j >= 0 && (figures[j]?.start ?? -1) >= from; j--) {
    const read = decided[j];
    if (!read || read.figure.end > to || !read.cueBefore || !sameUnit(read.figure.baseUnit, unit) || (words !== undefined && !words.includes(read.cueBefore.word))) continue;
    if (!first) return read;
    earliest = read;
  }
  return earliest;
}

/**
 * 按要素分）： / 水环境　38件 / 大气环境　52件 / … / 环评及排污许可　31件: a row whose label holds another indicator's cue, among rows
 * read as what the opener names, is one more of them: its label names a field. Two rows before it at least, each read so, and
 * none in its unit read otherwise.
 */
function rowAmongOpened(state: State, k: number, before: Found): Found | null {
  const opened = labelUnderOpener(state, k);
  const found = opened?.found;
  if (!opened || !found || found.indicator === before.indicator) return null;
  // 表2 受理行政复议案件行为类别情况 / …其中：行政处罚：198件 / 行政强制措施：23件: rows a caption or their sum names are kinds of
  // its things, whatever field their labels name; a label of the same things' own kind (撤销：37件) keeps its reading.
  if (opened.decisive && family(found.indicator) !== family(before.indicator)) return found;
  const figure = state.figures[k] as Figure;
  let rows = 0;
  for (let j = k - 1; j >= 0; j--) {
    const other = state.figures[j] as Figure;
    if (other.start < opened.linesFrom) break;
    const read = state.decided[j];
    if (!sameUnit(other.baseUnit, figure.baseUnit)) continue;
    if (read?.indicator !== found.indicator || !read.rule.endsWith(HEADING_RULE)) return null;
    rows++;
  }
  return rows >= MIN_OPENED_ROWS ? found : null;
}
const MIN_OPENED_ROWS = 2;

/** Where the run of label lines that goes on past the one at `line` ends; `unnamed`: of those whose words hold no cue. */
function labelLinesEnd(masked: string, line: number, unnamed = false): number {
  let end = masked.indexOf('\n', line);
  while (end >= 0) {
    const next = masked.indexOf('\n', end + 1);
    const words = masked.slice(end + 1, next < 0 ? masked.length : next);
    if (!LABEL_LINE.test(words) || (unnamed && lexicon.before.words.find(words, 0, words.length) !== null)) break;
    end = next;
  }
  return end < 0 ? masked.length : end;
}
const AMONG_THEM_COLON = '其中：';
/** The mark that numbers an item of a list ((1), 1., ①). */
const ITEM_MARK = String.raw`(?:[（(]\d{1,2}[)）]|\d{1,2}[.．、]|[①-⑳])`;
const ITEM_NUMBER = new RegExp(`^${ITEM_MARK}`);
/** A label, maybe with its colon or gap and the cases' own noun, all that stands before a figure on its line (市直部门, 继续保留：, 大气：案件). */
const LABEL_OR_NAME = new RegExp(`^([\u4e00-\u9fff（）()、《》${MASK}]{1,20})(?:[：:](?:案件)?|[ \u3000]+(?:案件)?)?$`);
/** The longest words LABEL_OR_NAME takes, with its colon and the line's break before them. */
const MAX_LABEL_OR_NAME = 22;
/**
 * What may follow a label line's figure before the line ends: a bracket on it, its money (，罚款12.46万元; a row's next cell,
 * 罚款186.2万元), its change (同比下降6.2%), the mark that ends an item (合同类：134件；).
 */
const ROW_TAIL = String.raw`(?:（[^（）\n]{0,40}）)?(?:(?:[，,；;]|[ \u3000]+)?[\u4e00-\u9fff]{1,6}[ \u3000]*\d[\d,._]*[万亿]?元){0,3}(?:[，,；;]?同比[^\n，,；;。]{0,10})?[；;。]?`;
/**
 * A line of a label and its figure alone (its thousands' commas masked: 从业资格1_042件), and what may follow it; the label may be a
 * law's title, its words masked (《□□□□》：案件86件).
 */
const LABEL_LINE = new RegExp(String.raw`^${ITEM_MARK}?[\u4e00-\u9fff（）()、，,《》${MASK}]{1,20}(?:[：:]?(?:案件)?\d[\d,._]*|[：:](?:案件)?[〇零一二两三四五六七八九十百千]{1,6}|[ \u3000]+(?:案件)?\d[\d,._]*)[\u4e00-\u9fff]{1,2}${ROW_TAIL}$`);
const SENTENCE_ENDS = charSet('。；;！？');
/** A line that opens the lines below it (…分布如下：, …情况如下：, …主要集中在以下方面：, …其中：, …（按要素分）：, …罚款金额依次为：, …分领域看：). */
const OPENS_BELOW = new RegExp(`(?:如下|以下(?:几个)?(?:方面|领域|类别|类型|几类)?|其中|分）?|(?:分别|依次)为|${VIEW})[：:]$`);
/** A table's caption: its number, then what it counts (表1　2021年行政处罚案件分类统计, 2025年交通运输行政许可办理情况). */
const TABLE_CAPTION = /^(?:附?表\d{0,2})?[^，,。；;：:]{2,30}?(?:统计表?|情况表?|一览表|明细表?|汇总表?)$/;

/** The caption on the line above the one starting at `headerStart`, or '' where there is none. */
function captionAbove(ctx: Context, headerStart: number): string {
  const start = ctx.masked.lastIndexOf('\n', headerStart - 2) + 1;
  const caption = ctx.masked.slice(start, Math.max(start, headerStart - 1));
  return TABLE_CAPTION.test(caption) ? caption : '';
}
/** What may follow a label line's figure: the line's end, maybe after the rest of its row. */
const LINE_ENDS = new RegExp(`^${ROW_TAIL}(?:\\n|$)`);
const MAX_LINE_END = 24;
const MAX_LABEL_LINES = 12;
/** The caption of a group of label lines, by what they are split by (1.按行政行为种类分, （二）按被申请人划分：). */
const GROUP_CAPTION = /^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,2}[）)])?按[^，,。；;：:\d]{1,12}?(?:分|划分|分类|统计)[：:]?$/;

/** A label and its colon, all that stands before a figure on its line (警告：). */
const LABEL_ALONE = /^([^，,。；;：:\n\d]{1,16})[：:]$/;
/** A heading of a few words, no sentence. */
const INDICATOR_NAME = /^[\u4e00-\u9fff]{2,8}$/;
const HEADING_RULE = '/heading';

/**
 * Whether the words in [from, to) are wholly the name of things another indicator counts when an act is done to them
 * (重大执法决定, reviewed): a cue word that no rule of `indicator` has, and that every rule having it asks an act of.
 * Not an act (变更, 新办), which names a kind of the things before.
 */
function othersThing(ctx: Context, from: number, to: number, indicator: Indicator): boolean {
  const cue = lexicon.before.words.find(ctx.masked, from, to);
  if (cue === null || cue.start !== from || cue.end !== to || cueOf(cue.word, indicator.id)) return false;
  return (lexicon.before.candidates.get(cue.word) ?? []).every((c) => c.rule.act !== undefined);
}

/**
 * 从涉及领域看，房屋征收68件、市场监管投诉举报47件: after a way of classing, an item of the list of parts
 * that another indicator's cue names, with no act of its own, is a kind of the parts' things; so is a channel
 * after items named by theirs.
 */
function classedKind(state: State, k: number, before: Found): Found | null {
  const { ctx, figures } = state;
  const previous = figures[k - 1];
  const prior = state.decided[k - 1];
  // The item before may be read, as a part, by the cue that opens the classing, of the same family (从败诉案件类型看，涉征地拆迁类
  // 23件、工伤认定类12件).
  if (!previous || !prior || (prior.cueBefore && !(family(prior.indicator) === family(before.indicator) && isPart(state, k - 1, prior))) || prior.indicator === before.indicator || previous.baseUnit !== (figures[k] as Figure).baseUnit) return null;
  const item = ITEM_JOINED.exec(ctx.masked.slice(previous.end, (figures[k] as Figure).start));
  // 在投诉中，通过电话渠道3316件，网络渠道3902件，来信来访406件: a channel listed after the channels of the items before
  // came by is one more of them.
  if (CHANNEL.test(item?.[1] ?? '') && ctx.masked.slice(ctx.sentStart(previous.start), previous.start).includes(CHANNELS)) {
    return inherited(prior, figures[k] as Figure, previous.end + 1, ctx, 'list');
  }
  const breakdown = breakdownOf(state, k);
  // 复议案件主要集中在征地拆迁（21件）、政府信息公开（14件）、行政处罚（12件）: where the cases gather classes them too.
  if (breakdown.since < 0 || previous.start < breakdown.since || !(classingEndsAt(ctx.masked, breakdown.stop, breakdown.since) || gatheredAt(ctx.masked, breakdown.since))) return null;
  // …简易程序案件454件，一般程序案件中…重大行政处罚案件46件: an item that opens on a part named again, to break it down, is no kind of the classed.
  return item && !OPENS_WITH_ACT.test(item[1] ?? '') && !PART_LEADS_IN.test(item[1] ?? '') ? inherit(state, k, breakdown) : null;
}
/** Words that open on cases named again, then 中, leading into their own parts (一般程序案件中). */
const PART_LEADS_IN = /^[\u4e00-\u9fff]{0,10}?案件中/;
/** A way things came in, named alone (来信来访, 网上信访), after items named by their channels (电话渠道). */
const CHANNEL = /^(?:来信来访|来信|来访|网上信访|网络|电话|现场)$/;
const CHANNELS = '渠道';

/**
 * 办结行政处罚案件120件，其中适用简易程序45件: a cue that names a kind of case (简易程序) counts the cases of that kind; in the
 * breakdown of the cases of its family closed, it is a part of them.
 */
function kindOfOtherTotal(state: State, k: number, before: Found): Found | null {
  const cue = before.cueBefore;
  const figure = state.figures[k] as Figure;
  const kind = (lexicon.before.candidates.get(cue?.word ?? '') ?? []).find((c) => c.id === before.rule)?.rule.kind;
  if (!cue || kind === undefined) return null;
  const breakdown = breakdownOf(state, k);
  // 审结的163件中，行政处罚类54件: so it is after the closed restated to lead into their parts.
  const parent = breakdown.since < 0 || cue.start >= breakdown.since ? breakdownParent(state, k, breakdown) : null;
  if (!parent || !parent.found.indicator.id.endsWith(CLOSED_ID) || family(parent.found.indicator) !== family(before.indicator) || parent.found.figure.baseUnit !== figure.baseUnit) return null;
  // …作出行政处罚决定512件，结案509件。其中适用简易程序96件，适用一般程序416件: parts that add up to more are another total's;
  // not so of the closed named again to lead into them, whose parts they are however many ways they are classed.
  if (breakdown.since >= 0 && partsTotal(state, k, breakdown.partsFrom) > parent.found.figure.value) return null;
  const part = inherited(parent.found, figure, parent.subjectStart, state.ctx, 'breakdown');
  return part && { ...part, subject: kind };
}

/** The next item of a list, after the figure before and its unit (件、, 件，): its words up to the figure. */
const ITEM_JOINED = /^[^\d，,；;。、]{0,3}[、，,]([^\d，,；;。、]*)$/;

/** An act done to a thing named after it, right before the figure (开展联合执法行动7次, 进行法律审查22件); not one left undone, an offence (未按规定进行防雷装置检测1起). */
const ACT_DONE = /(?<!(?:未|不|没有)(?:按规定|依法|按要求)?(?:定期|按时|及时)?)(?:开展|进行|举办)[^，,；;。\d]{1,12}$/;
/** What joins a later clause to the one before. */
const CLAUSE_JOIN = /[，,；;]/;

/** An act that opens right after a figure (三十四件开展备案审查, 286件逐件进行备案审查). */
const ACT_AFTER_FIGURE = /^(?:逐件|逐一|全部|均)?(?:开展|进行|组织|实施)/;
const MAX_ACT_AFTER = 4;

/** A clause whose actor is a court, acting on the cases named after 对 (县人民法院对我局申请…的). */
const COURT_ON = /^[^，,；;。\d]{0,10}法院对/;

/** After a figure, the 中 of 在…的N件案件中： that leads into the figure's breakdown (对71件立案案件中涉及…的19件, 对11件复议案件中的4件, 在化解的217起纠纷中，, 在监督检查的2,865家用人单位中，). */
const CASES_LEAD_IN = /^(?:[\u4e00-\u9fff]{0,4}(?:案件|纠纷|单位|企业|机构|场所))?中(?:[，,：:]|有|涉及|的[\d〇一二两三四五六七八九十])/;
const MAX_LEAD_IN = 10;

/** Acts right after a count of times, which it counts (3次主持召开, 2次带队检查, 2次出庭应诉). */
const ACT_COUNTED = /^(?:主持|召开|组织|听取|带队|带头|深入|赴|前往|参加|出席|出庭|旁听|专题研究|研究|部署|审议)/;
const MAX_ACT_COUNTED = 4;

/** How a court or an organ of appeal overturned an act (撤销, 纠错, 确认违法…). */
const OVERTURNED = '撤销|纠错|纠正|确认违法|变更';
/** Words that name cases by how they ended, just before their figure (被撤销的, 败诉的, 被确认违法的). */
const ENDED_BEFORE = new RegExp(`(?:败诉|被(?:依法)?(?:${OVERTURNED}|驳回)(?:[和或、]被?(?:${OVERTURNED}))?)的$`);
/** After a figure acted on: cases named by how they ended, then an act on each of them (败诉案件逐案召开评析会), or on something of theirs (行政复议纠错案件的执行情况). */
const ENDED_EACH_AFTER = new RegExp(`^(?:(?:败诉|被(?:依法)?(?:${OVERTURNED}))的?(?:行政)?(?:诉讼|复议)?案件(?:逐案|逐件|逐一|一案一)|(?:行政)?(?:复议|诉讼)?(?:纠错|败诉)案件的|[^，,；;。]{0,20}?(?:败诉|撤销|纠错|确认违法)[^，,；;。\\d]{0,10}?案件(?:逐案|逐件|逐一|一案一))`);
const MAX_ENDED_EACH = 16;
/** After the cases a clause opens on, a head's own act on them (…案件亲自协调, …案件带头督办, …中的2起亲自出庭应诉). */
const HEAD_TOOK_UP_AFTER = /^(?:[^，,；;。\d]{0,12}?案件(?:亲自|带头)|(?:亲自|带头)出庭)/;
/** People right before a count in groups (接待来访群众19批次), or visits received (接待群众来访26批次, 区领导公开接访128批次): the petitioners, not their petitions. */
const PEOPLE_BEFORE = /(?:群众|信访人|上访人|来访人员|来访者)$|接待(?:群众)?来访$|接访(?:下访)?$/;
const MAX_PEOPLE_BEFORE = 6;
const GROUPS = '批次';
/** The units of groups of petitioners, and of the persons in them. */
const GROUP_UNITS: ReadonlySet<string> = new Set(['批', GROUPS]);
const PERSON_VISITS = '人次';
/** The unit of petitions counted as matters (信访事项973件). */
const CASE_UNIT = '件';
/** How a rule ends that reads persons or groups of petitioners beside their petitions. */
const GROUPS_RULE = '/groups';
const PETITIONS = 'petition.cases';
const PETITIONERS = indicatorById('petition.visitors');
const PETITION_CASES = indicatorById(PETITIONS);

/**
 * 接待来访群众19批次, 接待群众来访26批次, with no count of persons after them: the groups of people received, petition.visitors
 * as 批次 counts them; 接待来访群众19批次、56人次, 受理来访46批次, 集体访3批次12人次 count petitions in groups.
 */
function groupsOfPeople(state: State, k: number, found: Found | null): Found | null {
  const figure = state.figures[k];
  if (!found || !figure || !PETITIONERS || !PETITION_CASES || figure.baseUnit !== GROUPS) return found;
  const { masked } = state.ctx;
  // 接待来访群众44批次95人次: groups beside the persons in them count the petitions, the persons the petitioners.
  const persons = PERSONS_AFTER.test(masked.slice(figure.end, figure.end + MAX_PERSONS_AFTER));
  if (persons && found.indicator === PETITIONERS) return { ...found, indicator: PETITION_CASES, rule: `${PETITIONS}${GROUPS_RULE}` };
  if (persons || found.indicator.id !== PETITIONS || !PEOPLE_BEFORE.test(masked.slice(Math.max(0, figure.start - MAX_PEOPLE_BEFORE), figure.start))) return found;
  return { ...found, indicator: PETITIONERS, rule: `${PETITIONERS.id}${GROUPS_RULE}` };
}
/** A count of persons right after groups (44批次95人次, 19批次、56人次, 312批次1,046人次 masked as 1_046). */
const PERSONS_AFTER = /^[、，,]?(?:共|计)?[\d〇一二两三四五六七八九十百千万.,，_]+(?:余|多)?人次/;
const MAX_PERSONS_AFTER = 12;

/**
 * 行政机关败诉的7件案件中，有2件系程序违法: cases named by how they ended, then 中, lead into their parts, counted
 * where they ended; the figure found is no mention of its own.
 */
function endedLeadIn(state: State, k: number, found: Found | null): Found | null {
  const figure = state.figures[k];
  if (!found || !figure || !CASES_LEAD_IN.test(state.ctx.masked.slice(figure.end, figure.end + MAX_LEAD_IN))) return found;
  return endedOpening(state.ctx, figure, clauseStart(state.ctx.masked, figure.start)) ? { ...found, figure: { ...figure, leadIn: true } } : found;
}

/** Whether the clause from `clause` opens, in a few words, on cases named by how they ended, right before the figure (复议被撤销的1件, 行政机关败诉的7件). */
function endedOpening(ctx: Context, figure: Figure, clause: number): boolean {
  return figure.start - clause <= MAX_ENDED_LEAD && ENDED_BEFORE.test(ctx.masked.slice(clause, figure.start));
}

/**
 * Cases named by how they ended, then what is said of them (…的1件案件因, …的2件案件均系, 被撤销和确认违法的2件行政处罚案件，均因,
 * 复议被撤销的1件系): a restatement, no count.
 */
const ENDED_CASES_THEN = /^(?:[\u4e00-\u9fff]{0,4}?案件[，,]?(?:因|系|均|都|主要|已)|系)/;
/** Things, then what they all were (…的3件均为, …的2件申请，均因): said of things counted before. */
const ALL_WERE = /^(?:[\u4e00-\u9fff]{0,4}?(?:案件|申请|事项))?[，,]?(?:均|都|全部)(?:为|系|因|是)/;
/** Cases, then what they were (…行政复议案件系, …诉讼均系) or how many of them were something (…败诉案件中有6件): said of cases counted before. */
const CASES_EXPLAINED = /^[\u4e00-\u9fff]{0,6}?(?:案件|诉讼|复议)(?:均|都)?系|^[\u4e00-\u9fff]{0,6}?案件中[，,]?有/;
/** The words a clause may open with before such cases (复议被撤销的, 行政诉讼败诉的). */
const MAX_ENDED_LEAD = 10;

/**
 * A clause that opens by naming what is acted on, its actor or its year maybe before (对拒不履行处罚决定的14件案件, ，对其中3家, ，并对,
 * 针对被撤销的1件, 区司法局对…, 法制股对…, 全年对…, 组织法律顾问对…).
 */
const ON_OBJECT = new RegExp(String.raw`^(?:全年|年内|本年度?|今年|当年|(?:19|20)\d{2}年度?)?(?:[\u4e00-\u9fff]{1,8}?(?:局|委|办|政府|中心|股|科)|(?:组织|委托|邀请)[\u4e00-\u9fff]{1,6}?)?${ACTED_ON}`);
/** The longest opening ON_OBJECT takes (2024年度区市场监管局同时针对). */
const MAX_OBJECT_LEAD = 22;
/**
 * The rest of such a clause after its figure, up to its end: the cases (…的案件，, …的2起情形，, …的3件行政处罚决定，), or the offences and how they were
 * met, no punishment said (轻微违法行为以教育劝导为主，, 轻微违法行为采取批评教育、责令改正等方式处理，), or why they were let off
 * (另有2件因情节轻微并及时改正，).
 */
const CASES_THEN = /^(?:[^，,。；;\d]{0,24}?(?:案件|处罚决定|情形|当事人|(?:违法)?行为[^，,。；;\d罚]{0,20}?)|(?:因|系|属)?(?:情节轻微|首次违法|初次违法)[^，,。；;\d罚]{0,16}?)[，,]/;

/**
 * 对拒不履行处罚决定的14件案件，依法申请人民法院强制执行; 对2起拒不停止违法行为的案件，依法采取查封、扣押等
 * 行政强制措施: cases named in a clause of their own, then the act on them in the next, which names them.
 * Asked of a figure whose clause opens with 对.
 */
function actOnCases(state: State, k: number): Found | null {
  const { ctx } = state;
  const figure = state.figures[k] as Figure;
  const cases = CASES_THEN.exec(ctx.masked.slice(figure.end, figure.end + MAX_CASES_THEN));
  // …的12宗案件依法作出不予行政处罚决定，审核…: a clause with an act of its own on them; the next acts on other things.
  if (!cases || actOnThemDone(cases[0])) return null;
  const next = figure.end + cases[0].length;
  // …的单位实施联合惩戒，对信用良好的单位适当降低抽查比例: a next clause on things of its own acts on them, not on these.
  if (ON_OBJECT.test(ctx.masked.slice(next, next + MAX_OBJECT_LEAD))) return null;
  const limit = clauseEnd(ctx.masked, next, Math.min(ctx.masked.length, next + AFTER_REACH));
  for (let cue = lexicon.after.words.find(ctx.masked, next, limit); cue !== null; cue = lexicon.after.words.find(ctx.masked, cue.end, limit)) {
    // 另有54件为…共同被告案件，无败诉情况: an outcome denied is none of theirs.
    if (DENIED.test(ctx.masked.slice(next, cue.start))) return null;
    // 对1起拟作出较大数额罚款的案件，依当事人申请组织听证1次（一次）: an act with a count of its own counts itself, not the cases;
    // 对3起…的案件，在作出处罚决定前组织…集体讨论: an act yet to come is none done on them.
    const nextFigure = state.figures[k + 1];
    if (NUMBER_NEXT.test(ctx.masked.slice(cue.end, cue.end + MAX_NUMBER_NEXT)) || (nextFigure && KIND_BEFORE_NUMBER.test(ctx.masked.slice(cue.end, nextFigure.start)))) return null;
    if (ctx.masked.startsWith(YET_TO_COME, cue.end)) return null;
    const found = pick(state, lexicon.after, cue, figure, ctx.masked.slice(figure.end, cue.start), 'after');
    if (found) return found;
  }
  return null;
}

const MAX_CASES_THEN = 40;
/** Right after an act, that what follows was done before it (作出处罚决定前). */
const YET_TO_COME = '前';
/** Whether the cases' own clause does an act to them after naming them (案件依法作出不予行政处罚决定; not 拟作出…的案件). */
function actOnThemDone(clause: string): boolean {
  const named = clause.search(CASES_NAMED_IN_CLAUSE);
  return named >= 0 && ACT_DONE_TO_THEM.test(clause.slice(named));
}
const CASES_NAMED_IN_CLAUSE = /案件|情形|行为/;
const ACT_DONE_TO_THEM = /作出|给予|予以|实施|移送/;
/** The words that open a clause to say there were things, right before their figure (另有9起…). */
const THERE_WERE = /^(?:另|还|并|同时)?有$/;

/** Whether a change to another figure follows the figure (…增至456件). */
function changesToNext(state: State, k: number): boolean {
  const figure = state.figures[k];
  const next = state.figures[k + 1];
  return figure !== undefined && next !== undefined && CHANGED_TO.test(state.ctx.masked.slice(figure.end, next.start));
}

/** The act after the list that figure k opens (…3件、…46件、…68件进行合法性审查), read for figure k; null where there is none. */
function actAfterList(state: State, k: number): Found | null {
  const { ctx, figures } = state;
  let last = k;
  while (last + 1 < figures.length && NEXT_ITEM.test(ctx.masked.slice((figures[last] as Figure).end, (figures[last + 1] as Figure).start))) last++;
  if (last === k) return null;
  const act = cueAfter(ctx, figures[last] as Figure, figures[last + 1]);
  return act && byCueAfter(state, k, act.cue);
}
/** Between two figures of a list, the next item's name (、合同协议). */
const NEXT_ITEM = /^、[^、，,；;。：:\d]{1,16}$/;

/**
 * 共清理92件，其中12件继续有效，17件予以修改，63件宣布废止或失效: a clause of a figure and then an act that names a part of the
 * things a total before it in its sentence counts (one of that indicator's part acts) is a part of that total, the act its
 * subject.
 */
function partActAfterFigure({ ctx, figures, decided }: State, k: number): Found | null {
  const figure = figures[k] as Figure;
  const clause = clauseStart(ctx.masked, figure.start);
  if (!PART_LEAD.test(ctx.masked.slice(clause, figure.start))) return null;
  const after = ACT_AFTER_PART.exec(ctx.masked.slice(figure.end, figure.end + MAX_ACT_AFTER_PART));
  const act = after?.[1];
  if (!after || act === undefined) return null;
  const stop = ctx.stopStart(figure.start);
  for (let j = k - 1; j >= 0 && (figures[j] as Figure).start >= stop; j--) {
    const total = decided[j];
    if (!total || !sameUnit(total.figure.baseUnit, figure.baseUnit) || total.rule.endsWith(PART_ACT_RULE)) continue;
    if (!actsOn(total.indicator, act) || total.figure.value < figure.value) return null;
    return { indicator: total.indicator, rule: `${total.indicator.id}${PART_ACT_RULE}`, figure, spanStart: figure.start, spanEnd: figure.end + after[0].length, subject: act };
  }
  return null;
}
/** What may open the clause of such a part: nothing, or 其中. */
const PART_LEAD = /^(?:其中)?$/;
/** The act right after the part's figure, up to the clause's end or the next act joined to it (继续有效, 予以修改, 宣布废止或失效, 被修改). */
const ACT_AFTER_PART = /^(?:予以|拟|已|已?被)?([\u4e00-\u9fff]{2,6}?)(?=[，,；;。、]|或|$)/;
const MAX_ACT_AFTER_PART = 10;
const PART_ACT_RULE = '/part-act';

/**
 * The cue after figure k that names it: the first one in its clause, or a later one where the
 * first names something else (对2起拒不履行处罚决定的案件依法申请人民法院强制执行), up to
 * another number or a cue that names the next figure.
 */
function byCueAfter(state: State, k: number, first: Cue): Found | null {
  const { ctx } = state;
  const figure = state.figures[k] as Figure;
  const limit = clauseEnd(ctx.masked, figure.end, Math.min(ctx.masked.length, figure.end + AFTER_REACH));
  // 对12家定点培训机构、8家经办网点开展现场检查: a cue inside the figure's own item of a list (培训) is passed over
  // for one after the list.
  const itemEnd = firstIn(ctx.masked, LIST_COMMA, figure.end, limit);
  const inItem = itemEnd < limit && first.end <= itemEnd;
  for (let cue: Cue | null = first; cue !== null; cue = lexicon.after.words.find(ctx.masked, cue.end, limit)) {
    const gap = ctx.masked.slice(figure.end, cue.start);
    if ((cue !== first && DIGIT.test(gap) && !inItem) || opensNext(state, k, cue)) break;
    // 对4家未按规定组织职业健康检查的用人单位立案处罚: nor after the figure; nor one whose act is counted right after it
    // (对1起…的案件依当事人申请召开听证会1场).
    if (inOffence(ctx, cue) || countedByAct(figure, cue, state.figures[k + 1])) break;
    const found = pick(state, lexicon.after, cue, figure, gap, 'after');
    if (found) return found;
  }
  return null;
}

/**
 * Whether the same figure of the same indicator was given before, in the figure's paragraph or the one its sentence follows;
 * anywhere before, where it leads into its parts (全年二十九件行政诉讼案件中，…, in problems after the year's figures).
 */
function restated(state: State, k: number, found: Found, leadsIn = false): boolean {
  const same = (before: Found) => before.indicator === found.indicator;
  return givenBefore(state, k, same) !== null || ((leadsIn || isDefinite(state, k)) && givenAnywhereBefore(state, k, same));
}

/** The figure after 的, named as things already spoken of (审结的1756件中): the report may have given it paragraphs before. */
function isDefinite(state: State, k: number): boolean {
  return state.ctx.masked.charAt((state.figures[k] as Figure).start - 1) === '的';
}

/** Whether a figure found before figure k, anywhere in the report, of its value and unit, `fits`. */
function givenAnywhereBefore(state: State, k: number, fits: (before: Found) => boolean): boolean {
  const figure = state.figures[k] as Figure;
  for (let j = k - 1; j >= 0; j--) {
    const before = state.decided[j];
    if (before && before.figure.value === figure.value && sameUnit(before.figure.baseUnit, figure.baseUnit) && fits(before)) return true;
  }
  return false;
}

/**
 * The figure found before figure k, of its value and unit, that `fits`, in figure k's paragraph or the one its
 * sentence follows; null for none.
 */
function givenBefore(state: State, k: number, fits: (before: Found) => boolean): Found | null {
  const { ctx } = state;
  const figure = state.figures[k] as Figure;
  let para = ctx.paraStart(ctx.sentStart(figure.start) - 1);
  // （一）…已审结79件。/ （二）案件审理结果 / 在已审结的79件案件中: a heading between hides nothing, on a line of
  // its own or as the paragraph's first sentence (（二）跨领域执法效能持续提升。县局办理的1362件案件中).
  const own = ctx.paraStart(figure.start);
  if (para > 0 && para < own && HEADING_LINE.test(ctx.masked.slice(para, own - 1))) para = ctx.paraStart(para - 1);
  else if (para === own && own > 0 && HEADING_SENTENCE.test(ctx.masked.slice(own, ctx.sentStart(figure.start)))) para = ctx.paraStart(own - 1);
  for (let j = k - 1; j >= 0; j--) {
    const before = state.decided[j];
    if ((state.figures[j]?.start ?? 0) < para) break;
    if (before && before.figure.value === figure.value && sameUnit(before.figure.baseUnit, figure.baseUnit) && fits(before)) return before;
  }
  return null;
}

/** 在1362件案件中，城市管理领域734件: a total restated with no cue of its own to lead into its breakdown is the total given before. */
function restatedTotal(state: State, k: number): Found | null {
  const figure = state.figures[k] as Figure;
  if (!CASES_LEAD_IN.test(state.ctx.masked.slice(figure.end, figure.end + MAX_LEAD_IN))) return null;
  const total = givenBefore(state, k, () => true);
  return total && { ...total, figure: { ...figure, leadIn: true }, spanStart: figure.start, spanEnd: figure.end };
}

/**
 * Whether the cue names the next figure, standing before it in the same clause (胜诉10件、败诉1件: 败诉
 * is the 1's); not where a list mark after it ends the figure's own item (对42份行政合同、15件规范性文件进行了审查).
 */
function opensNext(state: State, k: number, cue: Cue): boolean {
  const next = state.figures[k + 1];
  if (!next || next.start < cue.end || next.start - cue.end > MAX_GAP) return false;
  if (firstIn(state.ctx.masked, LIST_COMMA, cue.end, next.start) < next.start) return false;
  // 对辖区23处宗教活动场所开展联合检查4次: the places acted on, in a unit of their own, and the acts on them share the cue;
  // so do the people who took part and the sessions they took part in (组织38名干部参加法治专题培训2场).
  const figure = state.figures[k] as Figure;
  const clause = clauseStart(state.ctx.masked, figure.start);
  // But 对全县41家砂石料场开展检查93家次: visits to the places counted, the places all there are, the cue the visits'.
  // 对全市48个分拨中心、快件处理场所开展安全检查96家次: visits counted in a unit of places, the places counted in another.
  const visitsToThem = next.baseUnit === `${figure.baseUnit}${TIMES}` || (PLACE_COUNTS.has(figure.baseUnit) && next.baseUnit.endsWith(TIMES) && PLACE_COUNTS.has(next.baseUnit.slice(0, -TIMES.length)));
  if (!visitsToThem && figure.baseUnit !== next.baseUnit && (ON_OBJECT.test(state.ctx.masked.slice(clause, Math.min(figure.start, clause + MAX_OBJECT_LEAD))) || (PEOPLE_UNITS.has(figure.baseUnit) && !PEOPLE_UNITS.has(next.baseUnit)))) return false;
  // 其中合同42件、规范性文件（1件）: the next figure in brackets right after its cue.
  const end = firstIn(state.ctx.masked, CLAUSE_END, cue.end, next.start);
  return end === next.start || (end === next.start - 1 && inSet(OPEN_BRACKET, state.ctx.masked.charCodeAt(end)));
}

/**
 * Step 2. Nearest cue first; a cue that names something only in a paragraph on
 * it (收到 outside a paragraph on reconsideration) gives way to the one before
 * it; any other cue that does not fit (减轻处罚1项; 培训3次 where the sentence
 * is not about law) fails the figure. `null`: the figure is no mention at all
 * (a change, or a figure naming two indicators).
 */
function byCueBefore(state: State, k: number, windowStart: number): Found | null | 'none' | 'failed' | 'unit' {
  const { ctx } = state;
  const figure = state.figures[k] as Figure;
  const cues = cuesBefore(ctx, figure, windowStart);
  // 2件被复议机关纠正、1件被法院判决撤销: how the cases of the figure before ended, said after it, names no other figure.
  const prior = state.decided[k - 1];
  const priorOutcome = prior && ctx.masked.slice(prior.figure.end, prior.spanEnd).includes(PASSIVE) ? { start: prior.figure.end, end: prior.spanEnd } : NO_SPAN;
  // 1件涉及食品经营许可，1件…: what the figure before concerns names no later one.
  const previousFigure = state.figures[k - 1];
  const concerned = previousFigure !== undefined && concernsNext(ctx, previousFigure.end);
  for (let c = cues.length - 1; c >= 0; c--) {
    const cue = cues[c];
    if (!cue) continue;
    const gap = ctx.masked.slice(cue.end, figure.start);
    // 出庭应诉率、行政复议决定履行率均达100%: a cue inside the name of another rate is no cue of the rate.
    if (figure.baseUnit === '%' && IN_RATE_NAME.test(gap)) continue;
    if (cue.start >= priorOutcome.start && cue.end <= priorOutcome.end) continue;
    // 对14件行政处罚决定和2份政府采购合同进行法制审核: the noun right after the figure before, joined to the figure's own item, is that figure's.
    if (previousFigure !== undefined && cue.start === previousFigure.end && gap.length === 1 && inSet(LIST_JOINS, gap.charCodeAt(0))) continue;
    if (concerned && CONCERNED_WORDS.test(ctx.masked.slice(previousFigure.end, cue.start))) continue;
    const masked = countOf(gap, MASK);
    // 查处公共场所、生活饮用水、职业卫生等各类卫生违法案件共63宗: kinds listed before 等, or before the case noun and
    // 分别 that pair them with their figures (查处医疗、公共场所、生活饮用水、职业卫生违法案件分别为), or before the last
    // joined to them (检查农贸市场、餐饮场所、花鸟市场及野生动物人工繁育场所432家次), do not take the cue further off.
    // 12345热线（含原8890便民服务热线）全年受理来电、网络留言共计43.2万个, 立案查处（含简易程序案件，不含移送公安机关案件）
    // 各类违法案件1286件: nor do glosses in brackets, whatever their words and numbers, in a list of kinds too.
    const bare = withoutGlosses(gap);
    const listed = (KINDS_LISTED.exec(bare) ?? PLACES_ENTERED.exec(bare))?.[0].length ?? 0;
    // 收案数连续三年下降，2022年至2024年分别为968件: nor does a trend said before the years that pair the figures.
    const trend = TREND_THEN_YEARS.exec(bare)?.[1]?.length ?? 0;
    if (bare.length - masked - listed - trend > MAX_GAP + (masked > 0 ? 1 : 0)) break;
    // A rate's change in points is no figure of its own: the level after it is the cue's.
    if (figure.baseUnit === '%' && POINTS_THEN_LEVEL.test(gap)) return pick(state, lexicon.before, cue, figure, '', 'before');
    // 查处燃气安全领域违法案件较上年增长2.3倍，达到113起: so is a change in multiples, then the level reached.
    const multiple = MULTIPLE_THEN_LEVEL.exec(gap);
    if (multiple && !DIGIT.test(gap.slice(0, multiple.index))) return pick(state, lexicon.before, cue, figure, '', 'before');
    // 行政复议案件由改革前的年均300余件上升至1,042件: the level reached from another, whatever that one was, is the cue's.
    if (FROM_THEN_LEVEL.test(gap)) return pick(state, lexicon.before, cue, figure, '', 'before');
    // A cue does not reach out of the brackets it stands in, nor over another number to the figure.
    if (CLOSES_BRACKET.test(gap)) continue;
    // 对规范性文件逐件审查，保留7件: a clause of only an act done to another indicator's things, none of the cue's, is that act's.
    if (actOfOthers(cue, gap)) continue;
    // 立案查处违反规划许可的违法建设行为23起: a cue in the name of an offence (违反…许可, 未经许可) gives way to the act before it.
    if (c > 0 && VIOLATED.test(ctx.masked.slice(Math.max(0, cue.start - MAX_VIOLATED), cue.start))) continue;
    // 查处网约车平台公司违规派单案件9件: so does one that says how an offence was done, the case noun after it.
    // Not reports of offences (受理税收违法检举案件37件).
    if (c > 0 && OFFENCE_CASES.test(gap) && !REPORTS.test(cue.word) && OFFENDING_WAY.test(ctx.masked.slice(Math.max(0, cue.start - MAX_VIOLATED), cue.start))) continue;
    // 建立知识产权纠纷诉调对接机制，全区新增有效注册商标3420件: a cue in the name of a way of working set up names nothing
    // past its clause.
    // 坚持处罚与整改并重，通过拆除复耕整改违法用地14宗: so does one in the words of a principle (…并重, …相结合).
    if (lastClauseMark(gap) >= 0) {
      const own = gap.slice(0, firstIn(gap, CLAUSE_END, 0, gap.length));
      if ((WAY_OF_WORKING_END.test(own) && SET_UP.test(ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start))) || PRINCIPLE_END.test(own)) continue;
      // 涉企检查统筹仍需加强，全县经营主体已达16.5万户: nor does one in words of a shortfall.
      if (SHORTFALL_END.test(own)) break;
    }
    // 抽查我局审批的市场主体48户: so does one that qualifies the thing counted (…的) and counts in other units.
    if (c > 0 && gap.startsWith(KIND_OF) && countsOtherwise(cue, figure)) continue;
    // 立案查处由举报线索转化的案件287宗: so does one that names where the cases came from.
    if (c > 0 && ctx.masked.charAt(cue.start - 1) === CAME_FROM_BEFORE && CAME_FROM_AFTER.test(gap)) continue;
    // 建立“发现—派单—处置—反馈”闭环，全年平台推送事件6.84万件: a step of a chain in quotes, the figure in a later clause.
    if (STEP_OF_CHAIN.test(gap) && CHAIN_BEFORE.test(ctx.masked.slice(Math.max(0, cue.start - MAX_CHAIN), cue.start))) continue;
    // “早发现、早制止、严查处”机制，全年制止违法用地行为43起: the last word of a slogan that names a way of working.
    if (SLOGAN_END.test(gap)) continue;
    // 对未按规定组织职业健康检查的11家企业依法立案: a cue in the words of an offence names what was not done, nothing counted.
    if (inOffence(ctx, cue)) continue;
    // 实现“一窗受理、并行办理”，全年办理不动产各类登记2.46万件: a word that is a cue only under its topic, in a quote whose
    // clause has ended, before a clause that names its own things, names none of them (but 开展“安全生产大检查”，共计120家次 does).
    // So does any word of a slogan before a clause that opens on an act of its own (坚持“调解优先、调裁结合”，全年受理劳动人事争议案件742件).
    if (QUOTE_THEN_CLAUSE.test(gap) && OWN_THINGS.test(lastClause(gap)) && (onlyUnderTopic(cue) || CLAUSE_ACT.test(lastClause(gap)))) continue;
    // 落实每年40学时的法律知识培训要求，全局执法人员23名…: a cue that names a requirement names no act done.
    if (gap.startsWith(REQUIREMENT)) break;
    // 对未按规定参加年度培训的43名执法人员暂停执法资格: those who did not do the cue's act, named by it, are none it counts.
    if (gap.endsWith(KIND_OF) && NOT_DONE.test(ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start))) return null;
    if (DIGIT.test(bare) && DIGIT.test(bare.replace(DATE, ''))) {
      // 案件数和罚没金额分别较上年增加98件和312.7万元: figures said as changes, the first of them passed, are all changes.
      if (CHANGE.test(bare.slice(0, bare.search(DIGIT)))) break;
      // 覆盖企业1,100余家、职工2.4万人次: an item before it in the list, counted in a unit no cue named, is passed over.
      const item = itemPassedOver(state, k, cue);
      const found = item !== null ? pick(state, lexicon.before, cue, figure, gap.slice(item - cue.end), 'before') : phrasePassedOver(state, k, cue) && pick(state, lexicon.before, cue, figure, gap, 'before');
      // …，全年出动执法人员3620人次、执法车辆904台次: the words before the item still bound the figure.
      if (found && !blocked(found.indicator, gap)) return found;
      break;
    }
    // 部署普法检查，带头出庭应诉1次: an act no indicator counts stands nearer, and the figure counts it.
    // But 受理举报投诉，核查处理218件: a check and what was done about it, on complaints or petitions, is done to them.
    if (OTHER_ACT.test(bare) && !(CHECKED_AND_HANDLED.test(bare) && onComplaints(cue))) break;
    // 开展…情况检查，全年开展农产品质量安全例行检测样品3600个, 提高抽查比例，全年实施信用修复企业1,025户, 处理…质疑投诉，
    // 全年指导采购人、代理机构答复质疑14件, 降低抽查比例，全年指导236户经营主体完成信用修复: a clause of an act of its own on
    // things no cue names counts them.
    // 推行“综合查一次”，将全市312家企业纳入…正面清单, …重大行政决策事项，将法治建设纳入全局17个科室…考核: so is a clause that
    // opens on what it puts somewhere.
    if (lastClauseMark(bare) >= 0 && (OWN_ACT_CLAUSE.test(lastClause(bare)) || PUT_CLAUSE.test(lastClause(bare)))) break;
    // 带头出庭应诉交通行政处罚案件2件, 参与集体讨论重大案件11件: a cue that is what a head's act took up names nothing of its own;
    // but one that says they were settled does (督办化解信访积案7件: overseen, and settled).
    // So is one the head's act settled on the way (亲自协调化解重大信访积案3件).
    const headsAct = ctx.masked.slice(Math.max(0, cue.start - MAX_ACT_ON_CASES_BEFORE), cue.start);
    if (!SETTLED_CUE.test(cue.word) && !SETTLED_BEFORE.test(headsAct) && ACT_ON_CASES_BEFORE.test(headsAct)) return null;
    // 涉及企业安全生产许可…，已全部按期答复，其中予以公开1件: what the things before concern names no part of them after a later 其中.
    if (LATER_AMONG_THEM.test(gap) && ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start).startsWith(CONCERNING)) break;
    // 参与重大合同审查、信访积案化解等事项89件: an act that ends the last of several items, each done its own way, before a word
    // for matters of every kind: a figure of no one indicator (but 审查…合同、协议等事项 are all reviewed).
    // 参与重大事项论证、合同审查等工作200余次: so does any cue after an item that ends on an act no indicator counts.
    if (MATTERS_OF_ALL.test(gap) && (ITEM_ACT_ENDS.test(cue.word) ? lastIn(ctx.masked, LIST_COMMA, cue.start, clauseStart(ctx.masked, cue.start)) >= 0 : OTHER_ACT_ITEM_BEFORE.test(ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start)))) return null;
    // 参与重大合同审查、涉法事务论证140余次, 参与…重大决策论证30余次: an act no indicator counts, a later item of the list
    // or on the cue's things, has the figure.
    if (LAST_ITEM_OTHER_ACT.test(gap)) return null;
    // 一是普法宣传覆盖难度大，二是…执法人员仅5人: the next item of an enumeration starts over, with no cue of its own.
    if (ITEM_IN_GAP.test(gap)) break;
    // 复议案件主要集中在…公安行政处罚等领域，其中涉及土地和房屋征收的89件: one of kinds listed before 等, its clause
    // ended, names no figure after it (公开项目审批、价格收费等信息，依申请公开政府信息2件).
    if (KINDS_CLAUSE_ENDED.test(gap)) break;
    // 实现检查、立案、调查…等环节全流程网上流转，全市132家…: a cue among the stages of a procedure names no act done.
    if (STAGES_LISTED.test(gap)) break;
    // 行政诉讼：被诉2件，无败诉\n另，市人民检察院…检察建议4件: a line that ends on the cue has ended; the next one's clauses are its own.
    if (CLAUSE_ON_NEXT_LINE.test(gap)) break;
    // 专题研究行政复议、涉企行政检查等工作6次: the things a meeting took up, listed, then how often it met.
    if (TOPICS_LISTED.test(gap) && TOOK_UP.test(ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start))) break;
    // 听证后变更处理决定1件, 审核后退回补充材料5件: the cue names a step before the act the figure counts.
    if (STEP_BEFORE_ACT.test(gap)) break;
    // 原则上不开展现场检查，全年共有640家企业享受“无感监管”: an act denied names nothing past its clause.
    if (lastClauseMark(gap) >= 0 && DENIED_ACT.test(ctx.masked.slice(Math.max(clauseStart(ctx.masked, cue.start), cue.start - MAX_DENIED_ACT), cue.start))) break;
    // 确认违法4件，无撤销、变更案件，5件正在审理中: nor do things said to be none.
    if (CLAUSE_JOIN.test(gap) && NONE_OF.test(ctx.masked.slice(Math.max(0, cue.start - MAX_DENIED_ACT), cue.start))) break;
    // 重大案件87件，均经集体讨论和法制审核，其中…: a step that the figures before went through names nothing past its clause.
    // But a figure in brackets right after its noun stands in the cue's clause (经集体讨论的重大行政处罚案件（14件）).
    if (lastClauseMark(gap) >= 0 && !GLUED_IN_BRACKETS.test(gap) && STEP_GONE_THROUGH.test(ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start))) continue;
    // 案件九起，均已结案，其中撤销登记七起: what befell all the figures before, said in a clause of its own, names none of their parts.
    if (AMONG_THEM_NEXT.test(gap) && lastClauseMark(gap) === 0 && STATUS_OF_ALL.test(ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start))) continue;
    // 均未败诉，其余2件尚在审理中: the rest of a total are not what the cue before them says of the others.
    if (THE_REST.test(gap)) break;
    // 其中不服行政处罚的12件: the act appealed against names the kind of an appeal, not an act done.
    // 涉及行政处罚的692件: a cue that names what cases concern is a kind of them, as an act appealed against is.
    // So does one before its colon, on a label line (涉及行政处罚：15件), or a few words on (涉及行政处罚的案件六十一件, 涉及投诉举报处理的十四件).
    // 积案化解方面，区里交办的14件…: a cue that names the topic of what follows (…方面，) acts on nothing.
    if (gap.startsWith(TOPIC_LABEL) && inSet(COMMAS, gap.charCodeAt(TOPIC_LABEL.length))) continue;
    // So do the later items of a list after 涉及 (涉及行政处罚的141件、行政强制的22件).
    if (APPEALED.test(ctx.masked.slice(Math.max(0, cue.start - MAX_APPEALED), cue.start)) || APPEALED_AFTER.test(ctx.masked.slice(cue.end, cue.end + MAX_APPEALED_AFTER)) || (CONCERNED_GAP.test(gap) && (ctx.masked.startsWith(CONCERNING, cue.start - CONCERNING.length) || concernedListItem(ctx, cue)))) continue;
    // The words of the cue's clause before it, read by the rules below.
    const cueClause = ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start);
    if (CHANGE_BEFORE.test(cueClause)) return null;
    // 由32件下降至18件: the level changed from leads to the level reached; it is a figure of its own, of the period before,
    // which the text may name earlier in the sentence.
    if (FROM.test(gap) && changesToNext(state, k)) {
      state.leading.set(figure.start, cue);
      const period = COMPARED_FIRST.exec(ctx.masked.slice(ctx.sentStart(figure.start), cue.start));
      const found = pick(state, lexicon.before, cue, figure, gap, 'before');
      return found ? { ...found, subject: period?.[1] ?? null } : null;
    }
    // 同比下降12% is a change, not a figure; 同比下降至12件 is a level. Either may lead to the
    // level reached (同比增长15%，达到240件), and so may last year's level (由上年的98件增至120件),
    // which is a figure of its own, of another period: its subject says which.
    // 收缴罚款（同比下降12.3%）286.74万元: a change in brackets between is a gloss, the figure the level.
    const earlier = EARLIER.exec(bare);
    const levelAfter = CHANGE_THEN_LEVEL.exec(bare);
    if (levelAfter && !earlier && !DIGIT.test(bare)) {
      const found = pick(state, lexicon.before, cue, figure, '', 'before');
      if (found) return found;
    }
    // 连续三年下降，2022年至2024年分别为: a trend before the years that pair the figures is no change of the figure.
    if ((CHANGE.test(bare) && !LEVEL_AFTER_CHANGE.test(bare) && !TREND_THEN_YEARS.test(bare)) || earlier) {
      state.leading.set(figure.start, cue);
      const found = earlier && pick(state, lexicon.before, cue, figure, gap, 'before');
      // 罚款金额489.2371万元，案件数量较上年（72件）: a level in brackets that the cue cannot name is the level then of the figure before.
      return found ? { ...found, subject: earlier?.[1] ?? earlier?.[2] ?? null } : earlier ? periodInBrackets(state, k) : null;
    }
    // 作出行政许可、行政处罚、行政强制决定约6.4万件: kinds of acts listed before the one the cue names count as one figure, no
    // one indicator's.
    if (OPENS_WITH_KIND.test(cue.word) && KINDS_BEFORE.test(ctx.masked.slice(Math.max(0, cue.start - MAX_KIND_BEFORE), cue.start)) && ENFORCEMENT_ACTS.has(pick(state, lexicon.before, cue, figure, gap, 'before')?.indicator.id ?? '')) return null;
    const paired = cueBefore(cues, c);
    // 快递业务经营许可及变更事项214件: a cue that names something only on conditions that do not hold
    // here (变更 outside a paragraph on reconsideration) is joined to nothing, and gives way.
    // 作出警告、罚款1.5万元的行政处罚: not an item that counts in other units (警告 counts no money).
    if (paired && linked(ctx, paired, cue) && !sameIndicator(paired, cue) && !countsOtherwise(paired, figure) && !(givesWay(cue, figure) && !pick(state, lexicon.before, cue, figure, gap, 'before'))) {
      const chain = linkedChain(ctx, cues, c);
      // 近三年行政复议、诉讼案件总量分别为23件、18件、13件: more figures than things named pair with none of them.
      // 行政复议、行政诉讼案件各3件、5件: 各 before as many figures as things named pairs them as 分别 does.
      const inOrder = figuresInOrder(state, k);
      if (gap.includes(RESPECTIVELY) || respectivelyBefore(ctx, chain) || (EACH.test(gap) && inOrder > 1)) return inOrder > chain.length ? null : respectively(state, chain, 0, figure);
      // 抽查许可、处罚案卷各30宗: the files of each, no cases, as the words between say.
      if (EACH.test(gap)) {
        const found = each(state, chain, figure);
        return found && !blocked(found.indicator, gap) ? found : null;
      }
      // 审核行政处罚案件、行政复议案件及其他法律事务共2148件: an act that opens a list of things of several
      // indicators is done to them all, and names the figure as it names the first of them.
      const first = chain[0] as Cue;
      const chained = pick(state, lexicon.before, first, figure, ctx.masked.slice(first.end, figure.start), 'before', undefined, true);
      // 审查合同协议71件、行政决策及文件17件: a first word that names anything only after a figure of its kind (决策 after a
      // count of decisions) is no cue here, and leaves the figure to the cue nearest it.
      if (chained) return chained;
      // 受理信访1426件，其中来信83件、来访147件、网上信访及12345热线转办1196件: things of several indicators that name no
      // figure of their own, in the parts of a total, are one more part of it.
      if (!followsOnly(first)) return partOfOpenBreakdown(state, k);
    }
    // 开展普法宣传活动和发放宣传资料分别达42场、8600份: before 分别, each item may have its own act.
    if (paired && gap.includes(RESPECTIVELY) && linked(ctx, paired, cue, true) && !sameIndicator(paired, cue)) {
      return respectively(state, linkedChain(ctx, cues, c, true), 0, figure);
    }
    // 审结的案件中，维持180件: a clause that opens with how cases ended counts outcomes, not the cue's cases.
    const mark = lastClauseMark(gap);
    if (mark >= 0 && OUTCOME.test(gap.slice(mark + 1))) return null;
    // 不予处罚，依法暂扣占道经营物品427件: a clause that opens on an act done by law is an act of its own, which no cue before names.
    if (mark >= 0 && BY_LAW_ACT.test(gap.slice(mark + 1))) return null;
    // 查处食品、药品违法案件分别为45件和17件: one cue, the kinds it names in turn; each figure a part, none the total.
    // 2021年、2022年分别开展会前学法9次、11次: so too 分别 before the cue, where years listed open the clause.
    if (gap.includes(RESPECTIVELY) || (YEARS_OPEN_CLAUSE.test(cueClause) && respectivelyBefore(ctx, [cue]) && figuresInOrder(state, k) > 1)) {
      return respectively(state, [cue], 0, figure);
    }
    if (actsInOrder(state, cue, k)) return respectively(state, [cue], 0, figure);
    // 5件复议案件中，因投诉举报处理引发的4件: a cue in the cause of the cases names the cause, not them.
    if (CAUSE_END.test(gap) && CAUSE_OPENS.test(cueClause)) continue;
    // 案件类型以治安管理处罚（81件）、政府信息公开（44件）…为主: so does one in the kinds the cases are of.
    if (KINDS_OF_CASES.test(cueClause)) continue;
    // 开展执法检查（出动执法人员3200余人次）1962次: a gloss in brackets between, words of its own, blocks nothing.
    const found = pick(state, lexicon.before, cue, figure, afterRange(bare), 'before');
    if (found) {
      // 立案查处非法行医、无证行医案件各5起: one cue, its kinds listed, the figure each one's.
      const kinds = EACH.test(gap) ? kindsEach(ctx, figure, gap) : null;
      return kinds ? { ...found, subject: kinds[0] ?? null, each: kinds.slice(1).map((kind) => ({ ...found, subject: kind })) } : found;
    }
    // 查处超前超纲培训、违规收费等违规行为12起: a cue that is one of the kinds listed before 等 gives way to the act before them;
    // so does one that names the offence of the cases after it, counted in another unit (查处…擅自举办营业性演出案件2起).
    if (countsOtherwise(cue, figure) && OFFENCE_CASES.test(gap)) continue;
    if (!givesWay(cue, figure) && !KINDS_LISTED.test(gap)) return countsOtherwise(cue, figure) ? 'unit' : 'failed';
  }
  return 'none';
}

/**
 * Whether the words after a cue end on a clause of only an act, after a comma, that the cue's indicators never count and another
 * one does (，保留); not the act a label names (投诉举报：受理).
 */
function actOfOthers(cue: Cue, gap: string): boolean {
  const mark = lastClauseMark(gap);
  const act = mark >= 0 && inSet(COMMAS, gap.charCodeAt(mark)) ? REST_ACT.exec(gap.slice(mark + 1))?.[1] : undefined;
  if (act === undefined) return false;
  const own = lexicon.before.candidates.get(cue.word) ?? [];
  return !own.some((c) => actsOn(c.indicator, act)) && CATALOGUE.some((indicator) => actsOn(indicator, act));
}

/** The case noun right after a cue that names the offence (演出案件, 培训违法案件, 超范围培训等违法行为). */
const OFFENCE_CASES = /^(?:违法|违规)?案件$|^等?(?:违法|违规)(?:违规)?行为$/;

/** A later clause that opens with 其中, in a cue's gap. */
const LATER_AMONG_THEM = /[，,；;]其中/;

/** 等 and a word for matters of every kind after a list (等事项, 等法律事务). */
const MATTERS_OF_ALL = /^等(?:法律事务|涉法事务|事务|事项|工作)$/;
/**
 * After a cue, the last items of its list, ending on an act of no indicator (、涉法事务论证, 、重大决策论证、风险评估), or such an
 * act right after the things the cue names (重大决策论证).
 */
const LAST_ITEM_OTHER_ACT = /^(?:(?:、[^，,；;。、\d]{0,10}?)+(?:论证|会商|研判|评估|谈判|座谈)|论证|会商)$/;
/** The words after a cue that end a cause of the figure's cases (处理引发的), and those that open it (因). */
const CAUSE_END = /^[^，,；;。\d]{0,6}(?:引发|引起|导致|产生)的$/;
const CAUSE_OPENS = /(?:^|[、和及])(?:因|由)$/;
/** Words that open the kinds of cases listed after them, maybe after other kinds (案件类型以, 案由主要为…、). */
const KINDS_OF_CASES = /(?:案件类型|案件类别|案由|申请事项)(?:主要)?(?:以|为|有|包括|涉及|集中在)[^，,；;。]{0,40}$/;
/** An item of a list before a cue that ends on an act of no indicator (重大事项论证、). */
const OTHER_ACT_ITEM_BEFORE = /(?:论证|会商|研判|评估|谈判|座谈)、[^、，,；;。\d]{0,10}$/;
/** A cue that is an act, ending its item (信访积案化解, 信访疑难问题处置). */
const ITEM_ACT_ENDS = /(?:化解|处置|调处|调解)$/;

/** A clause that opens on an act done by law (，依法暂扣). */
const BY_LAW_ACT = /^(?:并|同时|还)?依法/;

/** The words of an item listed after another (、职工), and no more. */
const NEXT_ITEM_WORDS = /^、[\u4e00-\u9fff]{1,8}$/;

/** Whether `before` is the item before `figure` in a list, counted in another unit (企业1,100余家、职工2.4万人次). */
function itemBefore(ctx: Context, before: Figure, figure: Figure): boolean {
  return before.baseUnit !== figure.baseUnit && NEXT_ITEM_WORDS.test(ctx.masked.slice(before.end, figure.start));
}

/** Between a count and the figure after it, the words of one phrase alone (12个乡镇国土资源所人员). */
const ONE_PHRASE = /^[\u4e00-\u9fff]{1,12}$/;

/**
 * Whether `before` counts places or bodies inside the phrase that names the figure's things (培训…12个乡镇国土资源所人员120人次,
 * 检查12个乡镇300家企业): no clause or list mark between, another unit.
 */
function inPhraseBefore(ctx: Context, before: Figure, figure: Figure): boolean {
  return before.baseUnit !== figure.baseUnit && ONE_PHRASE.test(ctx.masked.slice(before.end, figure.start));
}

/** Whether the only figure between the cue and figure k counts places or bodies inside its phrase, and is no mention. */
function phrasePassedOver(state: State, k: number, cue: Cue): boolean {
  const { ctx, figures } = state;
  const figure = figures[k] as Figure;
  const before = figures[k - 1];
  if (!before || before.start < cue.end || state.decided[k - 1] || !inPhraseBefore(ctx, before, figure)) return false;
  return !DIGIT.test(ctx.masked.slice(cue.end, before.start));
}

/**
 * Where the words of figure k's item start, where the only figure between the cue and it is the item before it in a
 * list, in another unit, and no mention (覆盖企业1,100余家、职工2.4万人次); else null.
 */
function itemPassedOver(state: State, k: number, cue: Cue): number | null {
  const { ctx, figures } = state;
  const figure = figures[k] as Figure;
  const before = figures[k - 1];
  if (!before || before.start < cue.end || state.decided[k - 1] || !itemBefore(ctx, before, figure)) return null;
  return DIGIT.test(ctx.masked.slice(cue.end, before.start)) ? null : before.end + 1;
}

/**
 * 个人罚款83人次、金额156.4万元: an amount right after a count that its cue could not name (the count in
 * people, the cue a fine's) is the cue's money, the amount of what it counted.
 */
function amountOfCount(state: State, k: number): Found | null {
  const { ctx, figures } = state;
  const figure = figures[k] as Figure;
  const previous = figures[k - 1];
  if (figure.baseUnit !== MONEY || !previous || !AMOUNT_OF_COUNT.test(ctx.masked.slice(previous.end, figure.start))) return null;
  const cue = cuesBefore(ctx, previous, Math.max(ctx.sentStart(previous.start), previous.start - MAX_GAP)).at(-1);
  if (!cue || DIGIT.test(ctx.masked.slice(cue.end, previous.start))) return null;
  const found = pick(state, lexicon.before, cue, figure, '', 'before');
  return found && { ...found, spanStart: Math.min(found.spanStart, cue.start), subject: null };
}

/**
 * 沭阳分局98件、罚款716.32万元；泗阳分局63件、412.8万元: an amount right after a count, in items shaped alike, is what the
 * amount after the count of an earlier item was, where that item's words named it.
 */
function amountLikeBefore(state: State, k: number): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const count = decided[k - 1];
  const previous = figures[k - 1];
  if (figure.baseUnit !== MONEY || !count || !previous || ctx.masked.slice(previous.end, figure.start) !== LIST_MARK) return null;
  const stop = ctx.stopStart(figure.start);
  for (let j = k - 2; j >= 1 && (figures[j - 1]?.start ?? -1) >= stop; j--) {
    const amount = decided[j];
    const itsCount = decided[j - 1];
    const between = ctx.masked.slice((figures[j - 1] as Figure).end, (figures[j] as Figure).start);
    if (amount && itsCount?.indicator === count.indicator && amount.figure.baseUnit === MONEY && ITEM_AMOUNT.test(between)) return inherited(amount, figure, figure.start, ctx, 'list');
  }
  // 行政处罚案件数和罚款金额居前的部门分别为：市公安局4,000余件、约620万元，…: or what the words that open the pairs name.
  const opening = PAIRS_OPENING.exec(ctx.masked.slice(stop, previous.start));
  if (!opening) return null;
  for (let cue = lexicon.before.words.find(ctx.masked, stop, stop + opening[0].length); cue !== null; cue = lexicon.before.words.find(ctx.masked, cue.end, stop + opening[0].length)) {
    const money = (lexicon.before.candidates.get(cue.word) ?? []).find((c) => c.indicator.units.includes(MONEY) && !c.rule.act && !c.rule.follows && !c.rule.topic);
    if (money) return { indicator: money.indicator, rule: `${money.id}/list`, figure, spanStart: figure.start, spanEnd: figure.end, subject: count.subject };
  }
  return null;
}
const LIST_MARK = '、';
/** Words that open pairs of a count and an amount, each after its item, up to 分别为： (案件数和罚款金额居前的部门分别为：). */
const PAIRS_OPENING = /^[^。；;]{2,40}?(?:数|数量)和[^。；;，,]{1,12}?(?:金额|罚款|罚没款)[^。；;，,]{0,12}?分别为[：:]/;
/** Between an item's count and its amount: 、 and the amount's name (、罚款). */
const ITEM_AMOUNT = /^、[\u4e00-\u9fff]{0,6}$/;

/** The act figure k's clause names alone, where its figure before counts a part by it (，罚款5起 after 查处案件11起), or null. */
function partActOf(state: State, k: number, between: string): string | null {
  // 受理行政许可申请1278件，办结（作出准予许可决定）1264件: a gloss in brackets on the act is no part of it.
  const act = ACT_CLAUSE.exec(withoutGlosses(between))?.[1]?.replace(IMPOSED, '');
  const indicator = state.decided[k - 1]?.indicator;
  return act !== undefined && indicator !== undefined && actsOn(indicator, act) ? act : null;
}

/** The act of imposing before a kind of penalty (，作出警告3起, ，给予罚款14起). */
const IMPOSED = /^(?:作出|给予|处以)/;

/**
 * 审核区政府规范性文件八件，制定出台6件: a clause of only an act after a figure whose cue word another indicator
 * reads too, that act one of that indicator's, counts that indicator's things.
 */
function actOnSameThings(state: State, k: number, between: string): Found | null {
  const prior = state.decided[k - 1];
  const figure = state.figures[k] as Figure;
  const act = ACT_CLAUSE.exec(between)?.[1];
  const cue = prior?.cueBefore;
  if (!prior || !cue || act === undefined) return null;
  const other = lexicon.before.candidates.get(cue.word)?.find((c) => c.indicator !== prior.indicator && accepts(c.indicator, figure) && actsOn(c.indicator, act));
  const start = prior.figure.end + between.search(COMMA) + 1;
  return other ? { indicator: other.indicator, rule: `${other.indicator.id}/list`, figure, spanStart: start, spanEnd: figure.end, subject: act } : null;
}

/** A clause that names cases by their kind alone, up to the figure (，虚假宣传和违法广告案件). */
const CASE_KIND_CLAUSE = /^[\u4e00-\u9fff、和及与]{2,16}案件$/;

/** Whether a clause's words name only a kind of cases, with no act of their own. */
function namesCaseKind(words: string): boolean {
  return CASE_KIND_CLAUSE.test(words) && !OPENS_WITH_ACT.test(words);
}

/**
 * A clause that names a kind of a total counted before it: the decision appealed against, of the appeals before it in the
 * paragraph (对行政处罚决定不服的23件, 对行政处罚决定不服的最多，达到149宗; its words may hold a cue no appeal's is), or a kind
 * that takes a count of the total before it in the sentence (抽查九百一十二户，食品生产经营领域占四百三十户).
 */
function kindOfTotalBefore(state: State, k: number): Found | null {
  const { ctx, figures } = state;
  const figure = figures[k] as Figure;
  let start = clauseStart(ctx.masked, figure.start);
  if (LEVEL_OF_TOP.test(ctx.masked.slice(start, figure.start)) && start > 1) start = clauseStart(ctx.masked, start - 1);
  const words = ctx.masked.slice(start, figure.start);
  if (APPEALED_KIND.test(words)) return kindOf(state, k, start, ctx.paraStart(figure.start), (found) => APPEALS.has(found.indicator.id));
  if (!KIND_TAKES.test(words)) return null;
  return kindOf(state, k, start, ctx.sentStart(figure.start), (found) => sameUnit(found.figure.baseUnit, figure.baseUnit) && found.figure.value > figure.value && !isPartRule(found));
}

/** Figure k as a kind, its words from `start`, of the nearest mention since `from` that `holds`, or null. */
function kindOf(state: State, k: number, start: number, from: number, holds: (found: Found) => boolean): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const reach = Math.max(from, figure.start - REACH_BACK);
  for (let j = k - 1; j >= 0 && (figures[j]?.start ?? -1) >= reach; j--) {
    const found = decided[j];
    if (found && holds(found)) return accepts(found.indicator, figure) ? inherited(found, figure, start, ctx, 'breakdown') : null;
  }
  return null;
}
/** A kind, then 占 before its count (食品生产经营领域占): a count, not a share, of a total. */
const KIND_TAKES = /^[^，,；;。、\d]{2,16}?占$/;
/** The words of a kind of appeals (对…不服的, 不服…的有, 对…不服的最多，达到), after an item's lead (其次为, 申请人). */
const APPEALED_KIND = /^(?:其次为|其次是|另有)?(?:申请人)?(?:对[^，,；;。、\d]{2,16}?不服|不服[^，,；;。、\d]{2,16}?)的(?:有|为|达到?|共)?(?:(?:最多|最高|居首|次之)[，,](?:为|达到?|是|有|共|共计)?)?$/;
const APPEALS: ReadonlySet<string> = new Set(['reconsideration.cases', 'litigation.cases']);

/**
 * 查处价格违法案件8件，虚假宣传案件3件: a clause naming a kind of cases, whose words hold a cue of another
 * indicator (宣传), names the kind of offence, not an act: read as the clauses around it are.
 */
function caseKindPart(state: State, k: number): Found | null {
  const { ctx, figures } = state;
  const figure = figures[k] as Figure;
  return namesCaseKind(ctx.masked.slice(clauseStart(ctx.masked, figure.start), figure.start)) ? inherit(state, k) : null;
}

/** What joins the kinds a clause names (警告、通报批评, 警告并处罚款). */
const KINDS_JOINED = /、|和|或|及|并处/;
/** The noun after the kinds (罚款案件748宗, 责令停产停业类9件). */
const KINDS_NOUN = /(?:类|案件|类案件)$/;

/**
 * ；罚款2018件；没收违法所得、没收非法财物156件: in a breakdown (其中, 从处罚种类看), a clause that names only
 * kinds of the whole by its indicator's partActs is a part, though its words cue another indicator in
 * other units, and though a semicolon stands before it; so is one that names a kind of cases, where
 * the breakdown states no total. The whole is the breakdown's total, or the first part read where it states none.
 */
function kindsClausePart(state: State, k: number, breakdown: Breakdown): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  if (breakdown.since < 0) return null;
  let whole = breakdownParent(state, k, breakdown)?.found ?? null;
  for (let j = k - 1; whole === null && j >= 0 && (figures[j]?.start ?? -1) > breakdown.since; j--) {
    if ((figures[j]?.start ?? -1) >= breakdown.partsFrom) whole = decided[j] ?? null;
  }
  if (!whole || !accepts(whole.indicator, figure)) return null;
  const start = clauseStart(ctx.masked, figure.start);
  const words = ctx.masked.slice(start, figure.start);
  // 行政处罚案件中，道路运输类案件134件，占76.1%；路政类案件29件: a kind of cases, where the whole counts cases.
  const ofCases = whole.figure.start > breakdown.since && namesCaseKind(words);
  const partActs = whole.indicator.partActs ?? [];
  const named = (kind: string) => kind.length >= 2 && partActs.some((act) => act.startsWith(kind) || kind.startsWith(act));
  return ofCases || words.replace(KINDS_NOUN, '').split(KINDS_JOINED).every(named) ? inherited(whole, figure, start, ctx, 'breakdown') : null;
}

/** Where the last mark or word joining list items stands in `between` (、, or 和/与/及/以及 right after the item before), or -1. */
function lastJoin(between: string): number {
  const comma = between.lastIndexOf('、');
  if (comma >= 0) return comma;
  const word = JOIN_WORD.exec(between);
  return word ? word[0].length - 1 : -1;
}

/** Whether figure k stands among the parts of a list or a breakdown, with no semicolon since the list or the opener. */
function partsGoOn(state: State, k: number, between: string, { since }: Breakdown): boolean {
  if (lastJoin(between) >= 0 && !SEMICOLON_OR_STOP.test(between)) return true;
  return since >= 0 && !SEMICOLON_OR_STOP.test(state.ctx.masked.slice(since, state.figures[k]?.start ?? since));
}

/**
 * | 行政处罚案件 | 120件 |: in a table row flattened with pipes, a figure that fills its
 * cell is named by a cue that ends the cell before it (a cue never reaches over a pipe
 * otherwise). Tables whose labels stand in a header row apart are not read.
 */
function byLabelCell(state: State, figure: Figure): Found | null {
  const { masked } = state.ctx;
  const open = lastIn(masked, PIPE, figure.start, Math.max(0, figure.start - MAX_CELL));
  // | 2024年 87件 |: the cell may name the year its figure is of, as a column's header would.
  if (open === -1 || !YEAR_CELL.test(masked.slice(open + 1, figure.start))) return null;
  const limit = Math.min(masked.length, figure.end + MAX_CELL);
  const close = firstIn(masked, CELL_END, figure.end, limit);
  // The cell ends at a pipe, at the row's end, or at the end of the text.
  if ((close === limit && limit < masked.length) || !BLANK.test(masked.slice(figure.end, close))) return null;
  const labelStart = lastIn(masked, CELL_END, open, Math.max(0, open - MAX_CELL)) + 1;
  const last = lastCueIn(masked, labelStart, open);
  if (last === null || !LABEL_TAIL.test(masked.slice(last.end, open))) return null;
  return pick(state, lexicon.before, last, figure, '', 'before');
}

/**
 * Whether a cue that did not fit lets an earlier cue decide: one whose fitting
 * candidates are all bound to a paragraph topic (收到 outside a paragraph on
 * reconsideration) or to the figure before (办结 after licences, not penalties), or a
 * linking word that counts only after a figure of its kind (罚款金额共计43万元: 共计
 * follows a training count, or nothing).
 */
function givesWay(cue: Cue, figure: Figure): boolean {
  const candidates = lexicon.before.candidates.get(cue.word);
  // 热线受理群众来电11.6万个: a word that names anything only on conditions gives way, whatever the unit.
  if (candidates === undefined || candidates.every(bound)) return true;
  const fitting = candidates.filter((c) => (c.rule.units ?? c.indicator.units).includes(figure.baseUnit));
  return fitting.length > 0 && fitting.every(bound);
}

/** Whether every reading of a cue word counts only after a figure of its kind (决策, 共计). */
function followsOnly(cue: Cue): boolean {
  return (lexicon.before.candidates.get(cue.word) ?? []).every((c) => c.rule.follows !== undefined);
}

/** A candidate bound to its paragraph's topic, the figure before, or words of its sentence. */
function bound(c: Candidate): boolean {
  return c.rule.topic !== undefined || c.rule.follows !== undefined || c.rule.notInSentence !== undefined || c.rule.inSentence !== undefined;
}

const OTHER_ACT = new RegExp(OTHER_ACTS.join('|'));
/** Of those acts, a check of something reported and what was done about it (核查处理, 调查处置). */
const CHECKED_AND_HANDLED = /^[，,]?(?:核查|调查)处[理置]$/;
/** Whether every reading of a cue names things brought by the public: complaints, tip-offs or petitions. */
function onComplaints(cue: Cue): boolean {
  return (lexicon.before.candidates.get(cue.word) ?? []).every((c) => c.indicator.id.startsWith('complaint.') || c.indicator.id.startsWith('petition.'));
}
/** Such an act on cases, maybe a few words of the field between, right before a cue: Han characters only, never past a clause's mark. */
const ACT_ON_CASES_BEFORE = new RegExp(`(?:${ACTS_ON_CASES.join('|')})[\u4e00-\u9fff]{0,10}$`);
const MAX_ACT_ON_CASES_BEFORE = 12;
/** A cue that opens or ends on the things' settling (化解信访积案, 信访积案化解), or words before it that do (化解重大). */
const SETTLED_CUE = /^(?:化解|办结)|(?:化解|办结)$/;
const SETTLED_BEFORE = /(?:化解|办结)[^，,；;。\d]{0,4}$/;

/** The words of a clause, up to a cue, that say the things before went through it (均经…审核). */
const STEP_GONE_THROUGH = /^(?:均|全部|都|皆|已|并)?经过?/;
/** Words that open a clause on what befell all the things before (，均已, ，已全部依法): nothing of their own. */
const STATUS_OF_ALL = /^(?:均|全部|都|皆|已|已经|依法|按期|按时)+$/;
/** The next clause opening on the parts of the things before (，其中). */
const AMONG_THEM_NEXT = /^[，,；;]其中/;

/** Index of the last clause mark in `words`, or -1. */
function lastClauseMark(words: string): number {
  return lastIn(words, CLAUSE_END, words.length);
}

/** Whether every reading of a cue before the figure holds only under a topic (受理 under a heading on petitions). */
function onlyUnderTopic(cue: Cue): boolean {
  return (lexicon.before.candidates.get(cue.word) ?? []).every(({ rule }) => rule.topic !== undefined);
}

/** After a cue word, a few more words and 类 right before the figure: a class of things named by them (审批服务类1480件), not every kind (各类). */
const CLASS_NAMED = /^(?:(?![各等])[\u4e00-\u9fff]){1,3}类$/;
/** Right after a cue, a rate it names, then a clause of its own before the figure (比例和频次，帮助…). */
const RATE_NAMED = /^(?:比例|频次|频率|比率|覆盖率)[^，,；;。]{0,6}[，,；;]/;
/** A field, then the cases of it (领域违法案件). */
const FIELD_NAMED = /^(?:领域|方面)[^，,；;。、\d]{0,6}案件$/;

/** A negation right before a cue's act (未按规定参加, 没有参加): the act was not done. */
const NOT_DONE = /(?:未|没有|尚未)[^，,；;。\d]{0,8}$/;

/**
 * Words of an offence before a cue, in its clause (未按规定组织职业健康…, 未按规定组织劳动者进行职业健康…): what was not done as the
 * rules say; they end at 的 (对…未按规定分类投放生活垃圾的行为处罚106人次: the act after them is done).
 */
const OFFENCE_BEFORE = /未按(?:照)?(?:规定|要求)[^，,；;。\d的]{0,14}$/;
const MAX_OFFENCE = 20;

/** Whether the cue stands in the words of an offence. */
function inOffence(ctx: Context, cue: Cue): boolean {
  return OFFENCE_BEFORE.test(ctx.masked.slice(Math.max(0, cue.start - MAX_OFFENCE), cue.start));
}

/** The cue words before the figure, within its sentence and after the previous figure, in order. */
function cuesBefore(ctx: Context, figure: Figure, from: number): Cue[] {
  const words = lexicon.before.words;
  const cues: Cue[] = [];
  // Searched in the window alone, so that the search never runs on past the figure.
  for (let cue = words.find(ctx.masked, from, figure.start); cue !== null; ) {
    // 行政处罚类17件: a cue word naming a category is the subject of a breakdown, not its act. A word passed over may hold
    // a shorter one that names the figure (警告、罚款 with no act of imposing: its 罚款).
    // 立案查处施工许可领域违法案件35宗: so is one naming the field of the cases.
    const named = ctx.masked.slice(cue.end, figure.start);
    // 降低抽查比例和频次，帮助312户企业完成信用修复: a cue in the name of a rate (抽查比例, 检查频次) names no act done.
    if (ctx.masked.charAt(cue.end) === CATEGORY || CLASS_NAMED.test(named) || FIELD_NAMED.test(named) || RATE_NAMED.test(named) || actsAbsent(ctx, lexicon.before, cue, figure)) {
      cue = words.find(ctx.masked, cue.start + 1, cue.end) ?? words.find(ctx.masked, cue.end, figure.start);
      continue;
    }
    cues.push(cue);
    cue = words.find(ctx.masked, cue.end, figure.start);
  }
  return cues;
}

/**
 * The first cue word after the figure in its clause; adjacent when only a
 * quote mark stands between. With an adjacent one, also the first later cue in
 * the clause that tells how the cases ended (败诉, 被撤销).
 */
/** `next`: the figure after this one, if any. */
function cueAfter(ctx: Context, figure: Figure, next: Figure | undefined): { cue: Cue; gap: string; adjacent: boolean; outcome?: Cue } | null {
  const nextFigure = next?.start ?? ctx.masked.length;
  const reach = Math.min(ctx.masked.length, figure.end + AFTER_REACH);
  let limit = clauseEnd(ctx.masked, figure.end, reach);
  const words = lexicon.after.words;
  let cue = words.find(ctx.masked, figure.end, limit);
  // 对全市486所民办学校（含幼儿园）开展年度检查: a gloss in brackets on the things counted does not end their clause.
  const gloss = !cue && inSet(OPEN_BRACKET, ctx.masked.charCodeAt(limit)) ? WORDS_GLOSS.exec(ctx.masked.slice(limit, reach)) : null;
  if (gloss) {
    const after = limit + gloss[0].length;
    limit = clauseEnd(ctx.masked, after, reach);
    cue = words.find(ctx.masked, after, limit);
  }
  // 1件涉及投诉举报不予立案: what the figure's cases concern names none of them; a later cue may (3件涉及行政处罚的复议案件).
  while (cue && CONCERNS.test(ctx.masked.slice(figure.end, cue.start))) cue = words.find(ctx.masked, cue.end, limit);
  // 1件系超过法定期限作出处罚决定: what the figure's things were, said after 系, names none of them.
  if (!cue || WERE_NEXT.test(ctx.masked.slice(figure.end, cue.start))) return null;
  // 涉及房屋征收的68件、…、市场监管投诉举报47件: past other figures, a cue right before a number is that number's; so is
  // one whose item holds a number (…、原告撤诉41件、判决撤销或确认违法17件).
  // So is one of an act with its own count right after it, the same number (对1宗…的案件依法举行听证1次: one hearing, not two), or
  // a count of the act where the figure counts places (对8家企业开展监督检查96次: the checks, not those checked).
  const numberNext = NUMBER_NEXT.test(ctx.masked.slice(cue.end, cue.end + MAX_NUMBER_NEXT));
  if (countedByAct(figure, cue, next)) return null;
  if (nextFigure < cue.start && (numberNext || NUMBER_IN_ITEM.test(ctx.masked.slice(cue.end, cue.end + MAX_ITEM_AFTER)))) return null;
  // 实地调查42次、组织听证审理14件: times an act before was done, before a cue with a count of its own, are none of its.
  if (figure.baseUnit === TIMES && next !== undefined && next.start > cue.end && next.start < limit && !DIGIT.test(ctx.masked.slice(cue.end, next.start))) return null;
  const gap = ctx.masked.slice(figure.end, cue.start);
  // 已审结的21件中无败诉案件, 3件均未被纠错: what the figure's things are not names none of them.
  if (DENIED.test(gap)) return null;
  const found = { cue, gap, adjacent: ADJACENT.test(gap) };
  if (!found.adjacent) return found;
  // How its cases ended is said before the next figure (2件被复议机关纠正、1件被法院判决撤销: the 撤销 is the 1's).
  const outcomes = Math.min(limit, nextFigure);
  for (let o = words.find(ctx.masked, cue.end, outcomes); o !== null; o = words.find(ctx.masked, o.end, outcomes)) {
    if (!(lexicon.after.candidates.get(o.word) ?? []).some((c) => c.rule.outcome)) continue;
    // 4件复议案件无一被纠错: an outcome denied says the cases, counted before, were none of it.
    if (DENIED.test(ctx.masked.slice(cue.end, o.start))) return null;
    return { ...found, outcome: o };
  }
  return found;
}

/** Whether the act of a cue after a figure is counted right after it, as the figure or the places it counts. */
function countedByAct(figure: Figure, cue: Cue, next: Figure | undefined): boolean {
  return next?.start === cue.end && (next.value === figure.value || (PLACE_COUNTS.has(figure.baseUnit) && next.baseUnit !== figure.baseUnit));
}

/** Brackets of words alone, no figure in them (（含幼儿园）). */
const WORDS_GLOSS = /^[（(][^（()）\d：:]{1,16}[）)]/;

/** Right after a figure, the word that says what its things concern (均涉及). */
const CONCERNS_SOURCE = `^(?:均|都|主要)?${CONCERNING}`;
const CONCERNS = new RegExp(`${CONCERNS_SOURCE}$`);
const CONCERNS_NEXT = new RegExp(CONCERNS_SOURCE);
/** The words of what a figure's things concern, up to a cue in them (涉及食品经营). */
const CONCERNED_WORDS = new RegExp(`${CONCERNS_SOURCE}[^，,；;。\\d]*$`);
const MAX_CONCERNS = 4;

/** Cases that ended against the body, whose parts may be told by why (其中3件系事实认定不清, 其中1件因未履行告知义务被判决确认违法). */
const ENDED_BADLY: ReadonlySet<string> = new Set(['reconsideration.overturned', 'litigation.lost']);
/** Right after a figure: what its things were (1件系…, 两起均系…). */
const WERE_NEXT = /^(?:均|都)?系/;
/** Right after a part's figure: why its cases ended so. */
const CAUSE_NEXT = /^(?:系|因|是因|均系|均因)/;
const MAX_CAUSE_NEXT = 2;

/** Whether what the things of the figure ending at `end` concern is said right after it (其中3件涉及行政处罚). */
function concernsNext(ctx: Context, end: number): boolean {
  return CONCERNS_NEXT.test(ctx.masked.slice(end, end + MAX_CONCERNS));
}

/** A denial right before a cue after a figure (中无, 均未被, 无一被). */
const DENIED = /(?:无|未|没有)一?被?$/;

/** What says how a figure's cases ended, after it (2件被复议机关纠正). */
const PASSIVE = '被';
const NO_SPAN = { start: 0, end: -1 };

function sameIndicator(a: Cue, b: Cue): boolean {
  const first = lexicon.before.candidates.get(a.word) ?? [];
  return (lexicon.before.candidates.get(b.word) ?? []).some((c) => first.some((f) => f.indicator.id === c.indicator.id));
}

const RATE = '率';

/** A cue that labels the line a figure stands in (行政复议：…), ending at the line's first colon. */
function lineLabel(ctx: Context, figure: Figure): Cue | null {
  const line = ctx.paraStart(figure.start);
  const limit = Math.min(figure.start, line + MAX_LINE_LABEL);
  const colon = firstIn(ctx.masked, COLONS, line, limit);
  if (colon === limit) return null;
  const cue = lexicon.before.words.find(ctx.masked, line, colon);
  // 行政诉讼（未经复议直接起诉）：, 行政诉讼未经复议直接起诉：: how the suits came may close the label, in brackets or not;
  // 行政复议——结果维持：, 行政诉讼（复议后起诉）——结果维持：: so may the first cell of the line, after a dash.
  const after = cue === null ? '' : ctx.masked.slice(cue.end, colon);
  const rest = after.slice(GLOSS_FIRST.exec(after)?.[0].length ?? 0);
  return cue !== null && (rest === '' || HOW_SUITS_CAME.test(rest) || LABEL_DASH.test(rest)) ? cue : null;
}
/** How suits came to court, closing a label (未经复议直接起诉, 经复议后起诉). */
const HOW_SUITS_CAME = /^(?:未经复议直接起诉|经?复议后起诉)$/;
/** A dash that ends a line's label before its first cell (——结果维持). */
const LABEL_DASH = /^(?:——|—|--)[^，,；;。\d]{1,8}$/;

const MAX_LINE_LABEL = 24;

/**
 * A floor said before the act in the figure's clause (至少开展专项检查2次, 每季度不少于开展1次), no figure between; or right before
 * the brackets the figure opens (培训不少于（4期）).
 */
const FLOOR_BEFORE_ACT = new RegExp(`(?:${FLOORS.join('|')})[^，,；;。\\d]{1,16}$`);
const FLOOR_BEFORE_BRACKETS = new RegExp(`(?:${FLOORS.join('|')})$`);

/** The figure's bound, or a floor said before the act of its clause or before its brackets. */
function boundOf(ctx: Context, figure: Figure): Figure['bound'] {
  if (figure.bound !== 'exact') return figure.bound;
  if (FLOOR_BEFORE_ACT.test(ctx.masked.slice(clauseStart(ctx.masked, figure.start), figure.start))) return 'over';
  const open = figure.start - 1;
  return inSet(OPEN_BRACKET, ctx.masked.charCodeAt(open)) && FLOOR_BEFORE_BRACKETS.test(ctx.masked.slice(clauseStart(ctx.masked, open), open)) ? 'over' : 'exact';
}

/** A line break, then words that end a clause: the cue's line ended before the figure's statement began. */
const CLAUSE_ON_NEXT_LINE = /\n[^\n]*[，,；;。]/;
/** The next item of an enumeration, after a clause's end (，二是). */
const ITEM_IN_GAP = new RegExp(`[，,；;]${NEXT_ITEM_MARK}`);

/** The end of a list of things taken up (等工作, 等事项), right before the figure. */
const TOPICS_LISTED = /^等(?:工作|事项|问题|议题)$/;
/** A meeting's act on the things it took up (专题研究, 研究部署, 听取…汇报). */
const TOOK_UP = /研究|部署|听取|审议|调度/;

/**
 * The figure as the total of what `of` counts, its words from `spanStart`; of the parts named before it alone where
 * its clause (`clause`, read by TOTAL_CLAUSE) says which (，上述四个部门合计20,235件: those departments', no whole).
 */
function totalOf(of: Found, figure: Figure, spanStart: number, clause: RegExpExecArray): Found {
  return { indicator: of.indicator, rule: `${of.indicator.id}/total`, figure, spanStart, spanEnd: figure.end, subject: clause.groups?.listed ?? null };
}

/** Where a total's words start: after the comma that opens its clause (，全区共计1386件), the figure before ending at `previous`. */
function totalFrom(previous: Figure, between: string): number {
  return previous.end + between.search(CELL_MARK) + 1;
}
const CELL_MARK = /[，,；;、]/;

/**
 * The found figure that, with the figures after it in its sentence and unit up to figure k (none of them found),
 * adds up to figure k; null for none.
 */
function sumsUpTo(state: State, k: number): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  // 结果纠正0件，其他结果0件，…总计0件: zeros add up to anything of them; they tell nothing.
  if (figure.value === 0) return null;
  const stop = ctx.sentStart(figure.start);
  let sum = 0;
  for (let j = k - 1; j >= 0; j--) {
    const before = figures[j] as Figure;
    if (before.start < stop) return null;
    if (before.baseUnit !== figure.baseUnit) continue;
    sum += before.value;
    const found = decided[j];
    if (found) return sameValue(sum, figure.value) && accepts(found.indicator, figure) ? found : null;
  }
  return null;
}

/**
 * The reading of the figures in figure k's unit on the lines before its own, back to where they started, that add up to it:
 * two at least, all of one indicator. Null where none do.
 */
function linesAddUpTo({ ctx, figures, decided }: State, k: number): Found | null {
  const figure = figures[k] as Figure;
  if (figure.value === 0) return null;
  const from = Math.max(0, figure.start - MAX_LINES_TOTALLED);
  let sum = 0;
  let parts = 0;
  let of: Found | null = null;
  for (let j = k - 1; j >= 0 && (figures[j] as Figure).start >= from; j--) {
    const found = decided[j];
    if (!found || !sameUnit(found.figure.baseUnit, figure.baseUnit)) continue;
    if (of && found.indicator !== of.indicator) return null;
    of ??= found;
    sum += found.figure.value;
    parts++;
    if (sameValue(sum, figure.value)) return parts >= 2 && accepts(of.indicator, figure) ? of : null;
    if (sum > figure.value) return null;
  }
  return null;
}
const MAX_LINES_TOTALLED = 600;

/** Whether the part before the last one that a total after them adds up, in its sentence and unit, is another indicator's. */
function partsOfOthers(state: State, k: number, prior: Found): boolean {
  const { ctx, figures, decided } = state;
  const before = decided[k - 2];
  return (
    before !== null && before !== undefined && before.figure.start >= ctx.sentStart((figures[k] as Figure).start) &&
    before.figure.baseUnit === prior.figure.baseUnit && before.indicator.id !== prior.indicator.id
  );
}

/** Between a figure and its share in the same brackets (186件，占45.1%). */
const SHARE_GLUED = new RegExp(`^[，,]${SHARE}$`);
/** Brackets opened right after an item's count on the money of it (3,862件（罚没款), and what closes them before the next item's name. */
const MONEY_GLOSS_OPENS = /^[（(][\u4e00-\u9fff]{0,6}$/;
const MONEY_GLOSS_CLOSED_THEN_ITEM = /^[\u4e00-\u9fff]?元?[）)][，,、；;][^\d，,；;。、（）()]{1,20}$/;
/** The next item named, then its share (，药械化类占), and the count after the share (计, 共). */
const KIND_SHARE = new RegExp(`^[，,；;、][^，,；;。\\d]{1,12}?${SHARE}$`);
const SHARE_THEN_COUNT = /^(?:计|共计?|合计)$/;
/** A share after a figure, closing the brackets they stand in (，占45.1%）). */
const SHARE_IN_BRACKETS = new RegExp(`^[，,]${SHARE}[\\d.]+%[）)]`);
const MAX_SHARE = 12;
/** After the share, the brackets closed and the next item joined (）、, ）和). */
const SHARE_CLOSED_THEN_ITEM = /^[）)][、和及与]/;

/** A clause of only a year and maybe its act, up to the figure (，2022年作出的, ，2023年的). */
const YEAR_OF_CLAUSE = /^[，,；;](?:19|20)\d{2}年度?(?:[\u4e00-\u9fff]{0,4}的)?$/;

/**
 * 三年共作出行政处罚决定22.4万件，罚没款合计14.7亿元，2022年作出的7.96万件…: a clause of only a year and the figure, after a
 * figure in another unit, is that year's part of the sentence's last total in its unit.
 */
function yearOfTotalBefore(state: State, k: number, between: string): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const previous = figures[k - 1];
  if (!previous || sameUnit(previous.baseUnit, figure.baseUnit) || !YEAR_OF_CLAUSE.test(between)) return null;
  const from = ctx.sentStart(figure.start);
  for (let j = k - 2; j >= 0 && (figures[j] as Figure).start >= from; j--) {
    const total = decided[j];
    if (total && !total.derived && sameUnit(total.figure.baseUnit, figure.baseUnit)) return accepts(total.indicator, figure) ? inherited(total, figure, previous.end + 1, ctx, 'list') : null;
  }
  return null;
}

/** The mark that joins the next item after money in brackets (（2,318.9万元）、). */
const MONEY_BRACKET_THEN_ITEM = /^[）)][、，,；;]/;

/**
 * 大气587件（罚款6,043.1万元）、水236件（2,318.9万元）: money alone in brackets after an item's count is money of the kind the
 * item before named in its brackets, the item's own.
 */
function moneyLikeItemBefore(state: State, k: number): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const count = figures[k - 1];
  const money = figures[k - 2];
  const before = decided[k - 2];
  if (figure.baseUnit !== MONEY || !count || count.baseUnit === MONEY || !money || !before || money.baseUnit !== MONEY) return null;
  // A bracket alone around the money, right after the item's count.
  if (figure.start - count.end !== 1 || !inSet(OPEN_BRACKET, ctx.masked.charCodeAt(count.end)) || !inSet(CLOSE_BRACKET, ctx.masked.charCodeAt(figure.end))) return null;
  // The money before stood in brackets of its own item, closed right before this item.
  const itemCount = figures[k - 3];
  if (!itemCount || lastIn(ctx.masked, OPEN_BRACKET, money.start, itemCount.end) < 0 || !MONEY_BRACKET_THEN_ITEM.test(ctx.masked.slice(money.end, money.end + 2))) return null;
  return { indicator: before.indicator, rule: `${before.indicator.id}/list`, figure, spanStart: figure.start, spanEnd: figure.end, subject: decided[k - 1]?.subject ?? null };
}

/**
 * The total a clause naming only a kind or a level (，即办件, ，县政府作为被告的, ，市本级) breaks down after `prior`: the total
 * prior is a part of, else prior.
 */
function partTotalOf(prior: Found): Found | undefined {
  return prior.levelTotal ?? (prior.cueBefore ? prior : undefined);
}

/** Whether `total` can hold the figure: in its unit, no more than it. */
function holds(total: Found | undefined, figure: Figure): total is Found {
  return total !== undefined && figure.value <= total.figure.value && figure.baseUnit === total.figure.baseUnit;
}

/** The figure as a part of `total`, its words from `from`. */
function asPartOf(ctx: Context, total: Found, figure: Figure, from: number): Found | null {
  const part = inherited(total, figure, from, ctx, 'breakdown');
  return part && { ...part, levelTotal: total };
}

/** After things acted on, the act done to them (…重点排污单位开展监督性监测). */
const ACT_AFTER_OBJECT = /^[^，,；;。\d]{0,12}?(?:开展|实施|进行)/;
const MAX_ACT_AFTER_OBJECT = 16;
/** An act named with its object right before a figure, in its clause (开展监督性监测). */
const OWN_ACT_BEFORE = /(?:开展|实施|进行)[^，,；;。\d]{2,12}$/;

/** Between petitions and their petitioners, a comma alone, maybe after the unit named again in brackets (（批），). */
const PETITIONERS_GLUED = /^(?:[（(][\u4e00-\u9fff]{1,2}[）)])?[，,]$/;

/** Step 4: the indicator of a list's previous figure, or of the total a breakdown breaks down. `breakdown`: figure k's, when already read. */
function inherit(state: State, k: number, breakdown?: Breakdown): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k];
  const previous = figures[k - 1];
  if (!figure) return null;
  const prior = decided[k - 1];
  // What stands between the figure before and this one, read by most of the rules below.
  const between = previous ? ctx.masked.slice(previous.end, figure.start) : '';
  // 调解成功率分别为97.3%、98.8%: the next of the figures 分别 pairs, rates too.
  if (previous && prior?.respectively && NEXT_IN_ORDER.test(between)) {
    return respectively(state, prior.respectively.chain, prior.respectively.index + 1, figure);
  }
  // 及时受理率、按期办结率均达100%: a rate its clause names, by a word no cue is, is that rate.
  if (figure.baseUnit === '%' && ctx.masked.slice(clauseStart(ctx.masked, figure.start), figure.start).includes(RATE)) return null;
  // 交通管理类（186件，占45.1%）、治安管理类（142件，占34.5%）: the share in brackets after an item is passed over to the item.
  const item = previous && !prior ? decided[k - 2] : undefined;
  if (item && previous && passedOver(ctx, previous) && SHARE_GLUED.test(ctx.masked.slice(item.figure.end, previous.start)) && accepts(item.indicator, figure)) {
    const joined = SHARE_CLOSED_THEN_ITEM.exec(between);
    if (joined) return inherited(item, figure, previous.end + joined[0].length, ctx, 'list');
  }
  // 市公安局3,862件（罚没款926.48万元），市市场监管局415件（…）: past the money in brackets after an item's count, the next item
  // of the same list.
  const counted = previous && k >= 2 ? decided[k - 2] : undefined;
  if (counted && previous && previous.baseUnit === MONEY && MONEY_GLOSS_OPENS.test(ctx.masked.slice(counted.figure.end, previous.start)) && MONEY_GLOSS_CLOSED_THEN_ITEM.test(between) && counted.figure.baseUnit === figure.baseUnit && accepts(counted.indicator, figure)) {
    return inherited(counted, figure, previous.end + 2, ctx, 'list');
  }
  // 即办件5.12万件，占比60.7%，承诺件3.31万件: past a share in a clause of its own, the next kind of the same total.
  const itemTotal = item ? partTotalOf(item) : undefined;
  if (item && previous && passedOver(ctx, previous) && SHARE_GLUED.test(ctx.masked.slice(item.figure.end, previous.start)) && KIND_CLAUSE.test(between) && holds(itemTotal, figure)) {
    return asPartOf(ctx, itemTotal, figure, previous.end);
  }
  // 食品类占38.2%计971件，药械化类占9.4%计239件: an item like the one before, its share and then its count, is one more of it.
  if (item && previous && passedOver(ctx, previous) && SHARE_THEN_COUNT.test(between) && KIND_SHARE.test(ctx.masked.slice(item.figure.end, previous.start)) && accepts(item.indicator, figure)) {
    return inherited(item, figure, item.figure.end + 1, ctx, 'list');
  }
  const period = byPeriodInOrder(state, k) ?? nextPeriodLevel(state, k, between) ?? totalOverYears(state, k) ?? yearOfTotalBefore(state, k, between);
  if (period) return period;
  // 联合抽查62次，涉及经营主体740余户: the things the same act reached, counted in their own unit.
  const reached = REACHED.test(between) && figure.baseUnit !== previous?.baseUnit;
  // 共培训2期，近200人次: the people the sessions just counted reached, after a comma alone.
  const people = COMMA_ONLY.test(between) && PEOPLE_UNITS.has(figure.baseUnit) && previous !== undefined && !PEOPLE_UNITS.has(previous.baseUnit);
  // Not a sum in the same unit (行政复议2件、行政诉讼1件，共3件): a total of the list before, read below.
  const summed = previous !== undefined && sameUnit(previous.baseUnit, figure.baseUnit) && SUMMED.test(between);
  const glued = (GLUED.test(between) && !summed) || reached || people || (GLUED_IN_BRACKETS.test(between) && inSet(CLOSE_BRACKET, ctx.masked.charCodeAt(figure.end)));
  if (previous && prior?.cueBefore && glued) {
    // 接待来访群众236批856人次, 来访128批次、346人次, 培训2期（120人次）: a figure glued to the one before it, or
    // alone in brackets after it, is read with the same cue.
    const cue = prior.cueBefore;
    const found = pick(state, lexicon.before, cue, figure, ctx.masked.slice(cue.end, figure.start), 'before');
    if (found) return { ...found, subject: prior.subject };
  }
  // 按来源分：来信247件，走访739批2108人次: the persons right after groups of petitioners are the petitioners, whatever named the groups.
  // 登记来信来访及网上信访事项973件、1560人次: so are those right after the petitions themselves.
  // 信访总量：87件（批），210人次, 538件／1062人次: so are those after a comma or a slash alone.
  if (PETITIONERS && previous && prior?.indicator.id === PETITIONS && (GROUP_UNITS.has(previous.baseUnit) || previous.baseUnit === CASE_UNIT) && figure.baseUnit === PERSON_VISITS && (GLUED.test(between) || PETITIONERS_GLUED.test(between))) {
    return { indicator: PETITIONERS, rule: `${PETITIONERS.id}${GROUPS_RULE}`, figure, spanStart: prior.spanStart, spanEnd: figure.end, subject: prior.subject };
  }
  const sibling = afterBrokenDown(state, k) ?? otherDepartment(state, k, between) ?? otherLevel(state, k, between) ?? levelAfterMoney(state, k, between) ?? otherPeriodsAct(state, k, between) ?? moneyLikeItemBefore(state, k);
  if (sibling) return sibling;
  // 全区共计1386件: a clause that adds up the figures before it, read once for the rules below that take it.
  const totalClause = previous ? TOTAL_CLAUSE.exec(between) : null;
  // 审核行政案件2146起、刑事案件728起: a figure in the unit its cue let the figure before count in, as that one counts.
  if (previous && prior && (accepts(prior.indicator, figure) || (prior.cueBefore !== undefined && prior.figure.baseUnit === figure.baseUnit))) {
    // 检查建筑工地45个、预拌混凝土企业12家和燃气经营企业8家: 和, 与, 及 join the last item.
    const join = lastJoin(between);
    // 审查合同协议56份、参与处理重大信访及涉法事务12次: an item with an act of its own is no thing of the act before;
    // nor one with an act no indicator counts (召开听证会三场、公开征求公众意见十一次).
    if (join >= 0 && !ENDS_LIST.test(between)) {
      if (OPENS_WITH_ACT.test(between.slice(join + 1)) || OTHER_ACT.test(between.slice(join + 1))) return null;
      // 审定规范性文件1件、重大执法决定8件: an item that is another indicator's thing, by its cue, is none of the one before;
      // in a breakdown (其中新办96件、变更155件) it is a kind of the total all the same.
      if (othersThing(ctx, previous.end + join + 1, figure.start, prior.indicator) && (breakdown ??= breakdownOf(state, k)).since < 0) return null;
      // 合法性审查43件，其中规范性文件6件、重大行政决策7项、行政协议30件: after a part named by its noun alone, that noun another
      // indicator's cue, a part no cue names is the total's again.
      breakdown ??= breakdownOf(state, k);
      const ownPart = prior.cueBefore !== undefined && breakdown.since >= 0 && namedAsPart(ctx.masked, prior.cueBefore.start, breakdown.partsFrom) ? breakdownParent(state, k, breakdown) : null;
      if (ownPart && ownPart.found.indicator !== prior.indicator) return inherited(ownPart.found, figure, previous.end + join + 1, ctx, 'breakdown');
      const listed = inherited(prior, figure, previous.end + join + 1, ctx, 'list');
      if (listed) return listed;
      // 工单6520件，其中投诉举报2318件、咨询3746件: an item that the indicator of the one before excludes is another part of the total.
      const parent = breakdownParent(state, k, (breakdown ??= breakdownOf(state, k)));
      return parent && inherited(parent.found, figure, parent.subjectStart, ctx, 'breakdown');
    }
    // 监督检查发热门诊1260间次，集中隔离场所87间次，学校312间次: places visited one after another, after commas, in a unit of visits.
    // 完成国家随机监督抽查任务1,074家，省级任务386家: so are places or firms named by the noun the figure before ended on
    // (not 未经复议直接起诉1件，复议后起诉0件).
    // 文物保护单位和博物馆184处次 after 旅行社205家次: visits, whatever the places are counted by.
    const visits = VISIT_UNITS.has(figure.baseUnit) && VISIT_UNITS.has(previous.baseUnit);
    const namedAlike = visits || (PLACES_COUNTED.has(figure.baseUnit) && figure.baseUnit === previous.baseUnit && endsOnNounBefore(ctx, previous, figure));
    // Not one whose clause names an act of its own right before it (，同时对重点排污单位开展监督性监测582家次): that act's count.
    if (namedAlike && COMMA_ITEM.test(between) && !OPENS_WITH_ACT.test(between.slice(1)) && !OWN_ACT_BEFORE.test(between)) {
      const listed = inherited(prior, figure, previous.end + 1, ctx, 'list');
      if (listed) return listed;
    }
    // 立案查处食品安全违法案件96起、…虚假广告案件18起；价格违法案件27起、…: kinds of cases listed on past a semicolon, each
    // named as the one before was, with no act of its own.
    if (SEMICOLON_KIND_OF_CASES.test(between) && prior.subject?.endsWith(CASES) && figure.baseUnit === previous.baseUnit && !OPENS_WITH_ACT.test(between.slice(1)) && !OTHER_ACT.test(between.slice(1))) {
      const listed = inherited(prior, figure, previous.end + 1, ctx, 'list');
      if (listed) return listed;
    }
    // 作出行政处罚决定35462件，临江区最多，为6815件: the first of a ranking of the total's parts, no 其中 before it.
    // …分别为3.82万宗、3.17万宗、2.46万宗，大鹏新区最少，为2,904宗: the last of a ranking after figures 分别 paired.
    if (TOP_PART.test(between) && (prior.cueBefore || prior.respectively) && figure.baseUnit === previous.baseUnit && figure.value <= previous.value) {
      return inherited(prior, figure, previous.end, ctx, 'breakdown');
    }
    // 检查1120次，常屯乡以146次位居第一; …达1027起；县市场监督管理局以341起位列第二: a place of a ranking, named before 以 and
    // given after the figure, is a part of the total or the ranking before.
    if (RANKED_BY.test(between) && PLACE_AFTER.test(ctx.masked.slice(figure.end, figure.end + MAX_PLACE_AFTER)) && figure.baseUnit === previous.baseUnit && figure.value <= previous.value) {
      return inherited(prior, figure, previous.end + 1, ctx, 'breakdown');
    }
    // 区城管局办理案件最多，为1174件，其后依次为区市场监管局（622件）: those ranked after the first count the same things.
    const rankedNext = RANKED_NEXT.exec(between) ?? RANKED_SECOND.exec(between) ?? RANKED_LATER.exec(between);
    if (rankedNext && TOP_RANKED.test(ctx.masked.slice(ctx.stopStart(previous.start), previous.end + rankedNext.index + (rankedNext[0].indexOf(rankedNext[1] ?? '') )))) {
      const found = inherited(prior, figure, previous.end + rankedNext[0].indexOf(rankedNext[1] ?? ''), ctx, 'list');
      // 汉江市、襄北市分别以8311件、7950件: the first name is the first figure's.
      return found && rankedNext.length === 2 && LIST_JOIN_SPLIT.test(rankedNext[1] ?? '') ? { ...found, subject: cleanSubject(rankedNext[1]?.split(LIST_JOIN_SPLIT)[0] ?? '') } : found;
    }
    // 2022年共办理行政处罚案件45件，2023年办理62件; 行政诉讼案件中，以区政府为被告的12件，以区直部门为被告的31件:
    // a clause that names only another year, or another part of a whole named before 中，, says the same of it.
    const stop = ctx.stopStart(figure.start);
    const opensWhole = previous.start - stop <= REACH_BACK && WHOLE_NAMED.test(ctx.masked.slice(stop, previous.start));
    // 以区政府为被申请人的行政复议案件17件，以区政府部门为被申请人的23件: a clause shaped like the one before names another part.
    const partLikeBefore = BY_PARTY.test(between) && BY_PARTY.test(ctx.masked.slice(clauseStart(ctx.masked, previous.start), previous.start));
    // 上半年开展联合检查316次，全年累计达到702次: after a part of the year, the whole year's figure of the same things.
    const wholeYear = WHOLE_YEAR_CLAUSE.test(between) && PART_YEAR_OPENS.test(ctx.masked.slice(clauseStart(ctx.masked, previous.start), previous.start));
    // Not a clause of an act of its own (行政复议案件中，组织听证审理案件23件，实地调查核实案件64件).
    if (YEAR_CLAUSE.test(between) || wholeYear || (PART_CLAUSE.test(between) && !OPENS_WITH_ACT.test(lastClause(between)) && (opensWhole || partLikeBefore))) {
      return inherited(prior, figure, previous.end, ctx, 'list');
    }
    // 行政诉讼案件28件，县政府作为被告的9件; 复议申请31件，涉及市场监管类12件: a clause that names only a kind of
    // the total just before it, no more than it, is a part of it.
    // …，即办件一万五千余件，承诺件八千余件: kinds one after another, each a part of the total before the first.
    const total = partTotalOf(prior);
    if (KIND_CLAUSE.test(between) && holds(total, figure)) return asPartOf(ctx, total, figure, previous.end);
    // 办理行政处罚案件5230件，市本级1200件，各区县4030件: clauses that name only a level or unit of the
    // body, each no more than the total just before them, are its parts.
    // A level's rate may be above the whole's (出庭应诉率为98.7%，市政府本级为100%).
    const within = figure.baseUnit === '%' || figure.value <= (total?.figure.value ?? 0);
    if (total && LEVEL_CLAUSE.test(between) && figure.baseUnit === total.figure.baseUnit && within) return asPartOf(ctx, total, figure, previous.end);
    // 受理行政许可申请1186件，办结1172件; 清理规范性文件216件，继续有效138件，废止59件: an act on the same things, a part of them.
    const act = partActOf(state, k, between);
    if (act !== null) {
      return { indicator: prior.indicator, rule: `${prior.indicator.id}/list`, figure, spanStart: previous.end + between.search(COMMA) + 1, spanEnd: figure.end, subject: act };
    }
    const sameThings = actOnSameThings(state, k, between);
    if (sameThings) return sameThings;
    // 废止2件、修改3件，其余26件继续有效: the rest of the same things, named by the act said after them.
    const rest = THE_REST.test(between) ? REST_ACT.exec(ctx.masked.slice(figure.end, clauseEnd(ctx.masked, figure.end, Math.min(ctx.masked.length, figure.end + AFTER_REACH)))) : null;
    const restAct = rest?.[1];
    if (rest && restAct !== undefined && actsOn(prior.indicator, restAct)) {
      return { indicator: prior.indicator, rule: `${prior.indicator.id}/list`, figure, spanStart: previous.end + 1, spanEnd: figure.end + rest[0].length, subject: restAct };
    }
    // 局本级…126件，各街道…1260件，全区共计1386件: the total of the parts before it; not of parts of
    // two indicators (行政复议案件11件，行政诉讼案件6件，合计17件), which nothing can name.
    // …县农业农村局87件，其余部门合计684件: the rest of the parts, added up, is one more part.
    if (REST_ADDED_UP.test(between)) return inherited(prior, figure, previous.end + 1, ctx, 'list');
    // 其中…出入境管理类处罚97件；其他类326件, …征收补偿类37件，其他51件: the rest of the kinds, after a kind, is one more kind.
    // …领域分别查处违法案件706件、238件，其余669件为广告…等领域案件: so is the rest after kinds that 分别 paired with figures.
    if (REST_KIND.test(between)) {
      const clause = ctx.masked.slice(clauseStart(ctx.masked, previous.start), previous.start);
      if (clause.includes(KIND_WORD) || clause.includes(RESPECTIVELY)) return inherited(prior, figure, previous.end + 1, ctx, 'list');
    }
    if (totalClause) return partsOfOthers(state, k, prior) ? null : totalOf(prior, figure, totalFrom(previous, between), totalClause);
  }
  if (previous && (totalClause || LINE_TOTAL.test(between))) {
    // 新收复议申请623件，…，加上上年结转的21件，共计办理644件: a total that adds up a figure no cue named and one
    // before it that a cue did, in its unit, is of that one's indicator.
    const sum = prior || !totalClause ? null : sumsUpTo(state, k);
    if (sum && totalClause) return totalOf(sum, figure, totalFrom(previous, between), totalClause);
    // 1.县市场监督管理局办理行政处罚案件418件，…；/ … / 其余13个执法部门共办理…593件，罚没款713.55万元；合计2146件: the total of the
    // lines before, each read by one indicator, that it adds up to, past figures in other units.
    const lines = linesAddUpTo(state, k);
    if (lines) return { indicator: lines.indicator, rule: `${lines.indicator.id}/total`, figure, spanStart: totalFrom(previous, between), spanEnd: figure.end, subject: null };
    // 行政复议：维持1件，纠正0件，…，总计1件: the total of a line of outcomes is what its label names (行政复议——结果维持：6件；…；总计：12件).
    const label = lineLabel(state.ctx, figure);
    const found = label && pick(state, lexicon.before, label, figure, '', 'before');
    if (found) return { ...found, rule: `${found.indicator.id}/total`, spanStart: totalFrom(previous, between), subject: null };
  }
  const bracketed = periodAfter(state, k, between) ?? periodInBrackets(state, k);
  if (bracketed) return bracketed;
  const { since, partsFrom } = (breakdown ??= breakdownOf(state, k));
  // 其中，查办食品安全案件356件，药品案件89件: a part that opens with an act on a
  // kind names the parts after it that name only a kind. Not where the cue is the
  // kind itself (其中重大案件129件，渣土类案件669件) or stands inside one (适用查封、
  // 扣押案件N件；适用限产、停产案件M件): those parts are kinds of the total.
  const actPart = actOpening(prior, ctx);
  // 其中查处食品类案件96件，罚没款63万元；药品类案件22件: in a breakdown, the sum of a part, said after it, stands between.
  const partsAct = prior?.figure.baseUnit === MONEY ? actOpening(state.decided[k - 2], ctx) : actPart;
  if (since >= 0 && previous && partsAct && previous.start > since && accepts(partsAct.indicator, figure)) {
    const part = inherited(partsAct, figure, Math.max(previous.end, partsFrom), ctx, 'breakdown');
    return part && { ...part, actPart: partsAct };
  }
  // 查处食品安全违法案件356件，药品案件89件; 行政诉讼一审案件326件，二审案件74件: without 其中 too, a
  // kind of cases that follows an act on a kind of cases, or a cue's kind, is one more kind of them.
  // Not cases named by what was done to them (听证审理案件18件，实地调查核实案件63件): those are other acts' counts.
  const kindPart = actPart ?? (prior && prior.cueBefore && CASE_KIND.test(prior.subject ?? '') ? prior : undefined);
  if (
    since < 0 &&
    previous &&
    kindPart &&
    CASE_KIND.test(kindPart.subject ?? '') &&
    accepts(kindPart.indicator, figure) &&
    NEXT_CASE_KIND.test(between) &&
    !CASES_BY_ACT.test(between) &&
    !CASES_BY_ACT.test(kindPart.subject ?? '')
  ) {
    const part = inherited(kindPart, figure, previous.end, ctx, 'breakdown');
    return part && { ...part, actPart: kindPart };
  }
  // …其中…监督检查928艘次，发现缺陷4,127项，滞留船舶23艘次: a count of other things since the opener, in a unit of its own
  // and no mention, ends the parts (but not one in the part's own clause: 其余7个县合计503件).
  const ownClause = clauseStart(ctx.masked, figure.start);
  const otherCount = (j: number) => decided[j] === null && (figures[j]?.start ?? ownClause) < ownClause && !sameUnit(figures[j]?.baseUnit ?? '', figure.baseUnit) && figures[j]?.baseUnit !== MONEY && figures[j]?.baseUnit !== '%';
  if (since >= 0 && someSince(state, k, since, otherCount)) return null;
  const parent = breakdownParent(state, k, breakdown);
  if (parent) return inherited(parent.found, figure, parent.subjectStart, ctx, 'breakdown');
  // …罚款总金额约286.7万元。按类别分：违法建设类88件，…，其他66件: parts beyond the reach of any total, in the paragraph after
  // it, break down the one they add up to.
  if (since < 0) return null;
  // 受理申请31件（上年为26件），…行政复议2件、行政诉讼1件: parts in brackets end with them.
  const partsEnd = firstIn(ctx.masked, STOP_END, partsFrom, ctx.masked.length);
  const bracketEnd = inSet(OPEN_BRACKET, ctx.masked.charCodeAt(since)) ? firstIn(ctx.masked, CLOSE_BRACKET, partsFrom, partsEnd) : partsEnd;
  const total = summedTotal(state, k, partsFrom, bracketEnd, since);
  // Those of a count naming nothing right before their opener are of a total only where that count is the total's things
  // again, in its sentence (受理投诉举报件318件，办结318件，其中大气类164件、…); not 本年新收政府信息公开申请27件，其中自然人申请25件、…2件；
  // 上年结转…1件, though 25, 2 and 1 make a 28 in the paragraph before.
  const ownAt = figuresStartingBefore(figures, since) - 1;
  const own = figures[ownAt];
  if (total && own && breaksDownCountNamingNothing(state, ownAt, k, since) && !(sameValue(total.figure.value, own.value) && ctx.sentStart(total.figure.start) === ctx.sentStart(own.start))) return null;
  return total && inherited(total, figure, Math.max(previous?.end ?? 0, partsFrom), ctx, 'breakdown');
}

/**
 * 审核合同、规范性文件等事项89件，其中规范性文件12件、合同65件: the parts of a review or an appeal
 * name the things reviewed or appealed, though their words are cues of other indicators. Not a
 * part with an act of its own (其中制定规范性文件12件).
 */
function partOfReview(state: State, k: number, found: Found | null, breakdown = breakdownOf(state, k)): Found | null {
  const figure = state.figures[k];
  const parent = figure && breakdownParent(state, k, breakdown);
  if (!figure || !parent || !PARTS_NAME_THINGS.has(parent.found.indicator.id)) return null;
  // …投诉举报4.12万件…；收到行政复议申请14件，其中维持9件、撤销1件: a total before a semicolon, the opener after it, breaks down nothing there.
  // But a way of classing after it classes that total again (…受理196件；按申请事项分，涉及行政处罚93件、行政强制11件).
  const opener = breakdown.since - 1;
  if (opener > parent.found.figure.end && firstIn(state.ctx.masked, SEMICOLONS, parent.found.figure.end, opener) < opener && !classingEndsAt(state.ctx.masked, breakdown.stop, breakdown.since)) return null;
  // A part that a cue of its own names (or fails): not how its total ended (撤销2起 of a reconsideration), nor with an act of its own.
  const cue = found?.cueBefore;
  if (found && (!cue || family(found.indicator) === family(parent.found.indicator))) return null;
  // 审核行政案件3,012件，其中重大行政处罚案件38件经集体讨论决定: major cases among those reviewed, said to be discussed together as
  // major cases are, count the major cases (not 其中重大行政处罚案件41件，审核通过率100%: only reviewed).
  if (found?.indicator.id === MAJOR_CASES && DISCUSSED_AFTER.test(state.ctx.masked.slice(figure.end, figure.end + MAX_DISCUSSED_AFTER))) return null;
  // 行政复议5件、行政诉讼3件，其中行政复议被纠错1件: a part that names another total listed with the parent is that total's;
  // not one of a clause before (出台规范性文件7件，审查规范性文件、合同协议共计213件，其中规范性文件24件).
  if (found && totalOfFamilyBefore(state, k, family(found.indicator), breakdown.since, clauseStart(state.ctx.masked, parent.found.figure.start))) return null;
  // …已审结61件，其中调解和解结案19件，…行政诉讼案件14件: one way of settling disputes is no thing another settles.
  // But 作为复议机关的共同被告案件71件 names the organ, no cases of its.
  if (found && cue && DISPUTES.has(family(found.indicator)) && DISPUTES.has(family(parent.found.indicator)) && !state.ctx.masked.startsWith(ORGAN, cue.end)) return null;
  // 其中制定规范性文件12件 has an act of its own, …终止1件；行政诉讼案件3件 a clause of its own; 其中厅规范性文件4件 only says whose.
  const words = cue ? state.ctx.masked.slice(parent.subjectStart, cue.start) : '';
  // 其中立案查处56件: nor one whose cue is such an act.
  // But in parts a colon opens (其中：合同21件；规范性文件草案2件；), semicolons part them, and only a full stop ends them.
  const listed = inSet(COLONS, state.ctx.masked.charCodeAt(breakdown.partsFrom));
  if (cue && (cue.start < parent.subjectStart || (listed ? STOP.test(words) : SEMICOLON_OR_STOP.test(words)) || ACT_OF_ITS_OWN.test(words + cue.word))) return null;
  // …其中维持3件、撤销1件，行政诉讼案件2件: a clause of its own that names another total of cases, after outcomes
  // (counted or not) and no part, is that total (其中来信235件，来电2486件，网上投诉406件 goes on with parts).
  const { figures, decided } = state;
  const partSince = (j: number) => decided[j]?.indicator.id === parent.found.indicator.id;
  if (found && PARTS_NAME_THINGS.has(found.indicator.id) && COMMA.test(words) && !someSince(state, k, breakdown.since, partSince)) return null;
  // …其中来访36件，接待来访群众约110人次，调处纠纷17起: a figure of another indicator and unit since the opener ended the parts;
  // not the persons of a part's groups of petitioners (来信247件，走访739批2108人次，网上投诉1961件).
  const otherSince = (j: number) => {
    const other = decided[j];
    return other != null && other.indicator.id !== parent.found.indicator.id && figures[j]?.baseUnit !== figure.baseUnit && !(other.rule.endsWith(GROUPS_RULE) && parent.found.indicator.id === PETITIONS);
  };
  if (found && someSince(state, k, breakdown.since, otherSince)) return null;
  return inherited(parent.found, figure, parent.subjectStart, state.ctx, 'breakdown');
}

const MAJOR_CASES = 'penalty.major_cases';
/** Collective discussion said of the cases right after their count, in its clause (均经集体讨论决定, 组织集体讨论). */
const DISCUSSED_AFTER = /^[^，,；;。]{0,12}集体讨论/;
const MAX_DISCUSSED_AFTER = 18;

/**
 * Acts before a part's cue that make the part a figure of its own, not a thing reviewed or appealed; a field's penalties after complaints
 * (市容环境卫生类处罚1213件); complaints settled by mediation (投诉举报84件，其中…，调解成功76件).
 */
const ACT_OF_ITS_OWN = new RegExp(`${MAKING.source}|备案|起草|签订|作出|办理|处理|查处|立案|受理|接收|制发|组织|举行|召开|调[解处][^，,；;。\\d]{0,6}纠纷|类处罚|调解成功`);

/** Whether a figure of the family stands from `from` on, before the breakdown's opener at `since`. */
function totalOfFamilyBefore(state: State, k: number, of: string, since: number, from: number): boolean {
  for (let j = k - 1; j >= 0 && (state.figures[j]?.start ?? -1) >= from; j--) {
    const found = state.decided[j];
    if (found && found.figure.end <= since && family(found.indicator) === of) return true;
  }
  return false;
}

/**
 * 办理行政处罚案件4.72万件，罚款3.18亿元；市本级办理9846件: a clause that names only a level of the body,
 * after the money of a total of things, is a part of that total.
 */
function levelAfterMoney(state: State, k: number, between: string): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const money = decided[k - 1];
  const total = decided[k - 2];
  if (!money || money.figure.baseUnit !== MONEY || !total?.cueBefore || !LEVEL_CLAUSE.test(between)) return null;
  if (!holds(total, figure) || total.figure.start < ctx.stopStart(figure.start)) return null;
  return asPartOf(ctx, total, figure, money.figure.end);
}

/** What after a cue of cases names the body that handles them (复议机关). */
const ORGAN = '机关';
/** The families of the ways disputes are settled: reconsideration, suits, petitions. */
const DISPUTES: ReadonlySet<string> = new Set(TOPICS);


/**
 * 全年共查处违法案件1862起…。查处出租车违规案件52起，罚款金额合计9.4万元: money said in the clause after
 * a count of a kind of cases, when cases were counted before, is money of those cases, their kind its
 * subject; not after every case (各类违法案件), nor after the first count (查处环境违法案件1200件，罚款…), nor
 * after the last of a list of parts (其中非法行医案件8件、违规执业案件13件，共计罚款8.76万元: all of them).
 */
function casesFinedFor(state: State, k: number, found: Found): string | null {
  const previous = state.decided[k - 1];
  const figure = state.figures[k - 1];
  if (found.figure.baseUnit !== MONEY || !previous || !figure || previous.rule.endsWith('/list')) return null;
  const kind = previous.subject;
  if (kind === null || !CASE_KIND.test(kind) || EVERY_CASE.test(kind)) return null;
  const between = state.ctx.masked.slice(figure.end, found.spanStart);
  if (!CLAUSE_AFTER.test(between)) return null;
  for (let j = k - 2; j >= 0; j--) if (state.decided[j]?.indicator === previous.indicator) return kind;
  return null;
}

/** A kind of cases that names every one (各类违法案件). */
const EVERY_CASE = /^(?:各类|各种|全部|所有)/;

/** Only a comma between a count and the money of the next clause. */
const CLAUSE_AFTER = /^[，,]$/;

/** The part that opened with an act on a kind, which names the parts after it: the found's own, or the found itself. */
function actOpening(found: Found | null | undefined, ctx: Context): Found | undefined {
  return found ? (found.actPart ?? (leadsWithAct(found, ctx) ? found : undefined)) : undefined;
}

/** A mention whose cue opens its clause and is followed by the kind it acts on (查办食品安全案件356件). */
function leadsWithAct(found: Found, ctx: Context): boolean {
  const cue = found.cueBefore;
  if (!cue || found.subject === null) return false;
  return cleanSubject(ctx.masked.slice(clauseStart(ctx.masked, cue.start), cue.start)) === null;
}

/**
 * 区行政审批服务局实施行政许可38926件（，占全区总量的93.3%）；区自然资源局1604件: a clause that names only
 * another department, maybe with the same act, after a figure whose clause opens on one (its share may stand
 * between), says the same of it.
 */
function otherDepartment(state: State, k: number, between: string): Found | null {
  const department = DEPARTMENT_CLAUSE.exec(between);
  return department && sameOfAnother(state, k, beforeMoney(state, k), between, department, (clause) => DEPARTMENT_OPENS.test(clause));
}

/**
 * 受理工单共计1.88万件，按期办结1.86万件；三季度受理5380件: a clause that names only another period and an act, after a
 * figure no cue named, says of that period what the sentence's last figure of the same act said of the year.
 */
function otherPeriodsAct(state: State, k: number, between: string): Found | null {
  const { ctx, figures, decided } = state;
  const period = YEAR_CLAUSE.exec(between);
  const act = period?.groups?.act;
  const figure = figures[k] as Figure;
  // Nor after one a cue named in the same unit; a sum after the count (上半年作出…1694件、罚没款1837.2万元，下半年作出2178件) is passed over.
  if (!act || (decided[k - 1] && sameUnit(figures[k - 1]?.baseUnit ?? '', figure.baseUnit))) return null;
  const stop = ctx.stopStart(figure.start);
  for (let j = k - 2; j >= 0 && (figures[j]?.start ?? -1) >= stop; j--) {
    const found = decided[j];
    const before = figures[j] as Figure;
    if (found && accepts(found.indicator, figure) && ctx.masked.slice(clauseStart(ctx.masked, before.start), before.start).includes(act)) {
      return inherited(found, figure, figure.start - between.length + 1, ctx, 'list');
    }
  }
  return null;
}

/**
 * 市本级共作出行政处罚决定11240件，占31.7%；各县（市、区）共作出24222件: after a level's figure, a clause
 * that names only another level, its act the same, says the same of it, whatever its size. Not after a part
 * of a total (办理…5230件，市本级1200件，各区县4030件), which the level's total names.
 */
function otherLevel(state: State, k: number, between: string): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const level = LEVEL_CLAUSE.exec(between);
  if (!level) return null;
  const j = beforeMoney(state, k);
  if (decided[j]?.levelTotal) return null;
  // The figure before opens on a level or a body (市政府出台规范性文件9件，市直部门14件), or is itself another level's (…，乡镇（街道）95件).
  const part = sameOfAnother(state, k, j, between, level, (clause, marked, found) =>
    LEVEL_OPENS.test(clause) || DEPARTMENT_OPENS.test(clause) || (found.rule.endsWith(LIST_RULE) && LEVEL_CLAUSE.test(marked)),
  );
  return part && { ...part, subject: cleanSubject(level.groups?.level ?? '') };
}

/**
 * Figure k as what figure j, of the clause before, counts, where `between` names another body or level alone (`named`),
 * figure j's clause opens as `opensOn` asks (given without, then with, the mark before it), and an act `named` holds
 * is the act of figure j's clause too (市政府制定规范性文件13件，市政府办公室制定5件).
 */
function sameOfAnother(
  state: State,
  k: number,
  j: number,
  between: string,
  named: RegExpExecArray,
  opensOn: (clause: string, marked: string, found: Found) => boolean,
): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const found = decided[j];
  const before = figures[j];
  if (!found || !before || !accepts(found.indicator, figure)) return null;
  const opens = clauseStart(ctx.masked, before.start);
  const clause = ctx.masked.slice(opens, before.start);
  const act = named.groups?.act;
  if (!opensOn(clause, ctx.masked.slice(opens - 1, before.start), found) || (act !== undefined && !clause.includes(act))) return null;
  return inherited(found, figure, figure.start - between.length, ctx, 'list');
}

const LIST_RULE = '/list';

/** The figure before figure k, past shares that no cue named (，占31.7%；). */
function beforeShares(state: State, k: number): number {
  let j = k - 1;
  while (j >= 0 && state.decided[j] === null && state.figures[j]?.baseUnit === '%') j--;
  return j;
}

/**
 * 市级执法部门作出行政处罚决定2416件、罚没金额3872.6万元，县级执法部门8953件: the figure before figure k, past
 * shares and, when figure k is no money, past the money of its sentence.
 */
function beforeMoney(state: State, k: number): number {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  let j = beforeShares(state, k);
  while (j >= 0 && decided[j]?.figure.baseUnit === MONEY && figure.baseUnit !== MONEY && (figures[j] as Figure).start > ctx.stopStart(figure.start)) j--;
  return j;
}

/**
 * 以市局为被告的行政诉讼案件16件（其中…12件），以各分局为被告的31件: after brackets that break down the
 * figure before them, a clause shaped like that figure's own names another part of the same.
 */
function afterBrokenDown(state: State, k: number): Found | null {
  const { ctx, figures, decided } = state;
  const figure = figures[k] as Figure;
  const brackets = closedBefore(state, k, REACH_BACK);
  if (!brackets) return null;
  const { open, after } = brackets;
  let j = k - 1;
  while (j >= 0 && (figures[j]?.end ?? 0) > open) j--;
  const owner = figures[j];
  const parent = decided[j];
  if (!owner || !parent || !accepts(parent.indicator, figure)) return null;
  const clause = ctx.masked.slice(after, figure.start);
  const ownerClause = ctx.masked.slice(clauseStart(ctx.masked, owner.start), owner.start);
  const shaped = (BY_PARTY.test(clause) && BY_PARTY.test(ownerClause)) || (AS_PARTY.test(clause) && AS_PARTY.test(ownerClause));
  return PART_CLAUSE.test(clause) && shaped ? inherited(parent, figure, after, ctx, 'list') : null;
}
/**
 * 立案查处安全生产违法行为412起，…；其中，市本级立案59起: a part whose cue is a word of its total's cue (立案 of 立案查处) is done
 * by the same act, and counts what the total counts.
 */
function sameActPart(state: State, k: number, before: Found): Found | null {
  const cue = before.cueBefore;
  const breakdown = breakdownOf(state, k);
  const parent = cue && breakdown.since >= 0 && cue.start >= breakdown.since ? breakdownParent(state, k, breakdown) : null;
  const parentCue = parent?.found.cueBefore;
  if (!cue || !parent || !parentCue || parent.found.indicator === before.indicator || !parentCue.word.includes(cue.word)) return null;
  // 受理环境信访投诉2,463件…其中，噪声类投诉1,037件: so is one whose cue is the total's, cut short, whatever it names alone.
  if (family(parent.found.indicator) !== family(before.indicator) && !parentCue.word.endsWith(cue.word)) return null;
  // 罚款及没收违法所得合计1432.6万元，其中罚款1287.2万元: one of things joined in the total's cue is that thing, its own cue's.
  if (CUE_JOINS.test(parentCue.word) && parentCue.word.split(CUE_JOINS).includes(cue.word)) return null;
  if (!sameUnit(parent.found.figure.baseUnit, (state.figures[k] as Figure).baseUnit) || (state.figures[k] as Figure).value > parent.found.figure.value) return null;
  // 办结行政处罚案件3.1万件。其中，市本级办理行政处罚案件4163件: a part said with an act of its own, not the total's, is what that act names.
  const { masked } = state.ctx;
  const ownAct = CASE_ACT_BEFORE.exec(masked.slice(clauseStart(masked, cue.start), cue.start))?.[0];
  if (ownAct !== undefined && !masked.slice(clauseStart(masked, parentCue.start), parentCue.start).endsWith(ownAct)) return null;
  return inherited(parent.found, state.figures[k] as Figure, parent.subjectStart, state.ctx, 'breakdown');
}

/** What joins things in one cue (罚款及没收违法所得). */
const CUE_JOINS = /[及和与、]/;

/** An act done to cases, right before their cue (办理, 查处, 办结). */
const CASE_ACT_BEFORE = /(?:办理|查处|查办|立案|受理|作出|办结|审结|结案|查结)$/;

/** The departments of a field, named with no place (应急管理部门, 住建部门). */
const FIELD_DEPARTMENTS = /^[\u4e00-\u9fff]{2,8}?部门$/;

/** A field, ending the name of a kind of things (广告领域). */
const FIELD = '领域';
/** Goods seized or taken, named before their count (没收侵权商品, 扣押涉案物品). */
const GOODS_SEIZED = /^(?:依法)?(?:没收|扣押|查扣|收缴|查封|暂扣|销毁)[^，,；;。\d]{0,10}?(?:商品|物品|产品|货物|标识|假冒|侵权)[\u4e00-\u9fff]{0,4}$/;

/** A clause ending on a sum of money (…近300万元，), and the people or firms it reached, named after it (涉及企业). */
const MONEY_CLAUSE_END = /元[，,]$/;
const MONEY_REACHED = /^涉及[\u4e00-\u9fff]{0,6}?(?:企业|经营者|商户|单位|群众|人员|学生|家长|家庭|户)$/;

/** A part named by the body's role in the cases (县政府作为被告的, 市局作为被申请人的). */
const AS_PARTY = /作为(?:被告|被申请人)的/;

const ITEMS = '项';
const MAX_ITEMS_NOUN = 12;

/** What ends a line's item after its figure: its mark, or the line's end. */
const LINE_ITEM_END = /^(?:[；;。\n]|$)/;
/** What a check of complaints or tickets found of some: an outcome, no kind of part. */
const FOUND_TRUE = '属实';
/** How long things lasted, that picks some out (时间最长, 时间跨度超过10年): no kind of them. */
const LASTED = /时间(?:最长|最久|跨度)|历时/;
/** The body's own vehicles and boats, sent out to enforce (执法车辆, 执法艇（船）): no part of checks. */
const OWN_VEHICLES = /执法(?:车辆|车|艇|船)/;

function inherited(parent: Found, figure: Figure, subjectStart: number, ctx: Context, how: string): Found | null {
  let start = Math.max(subjectStart, clauseStart(ctx.masked, figure.start));
  // 枫林市案件最多，达9806起: the first of a ranking is named in the clause before its figure.
  if (start > subjectStart && LEVEL_OF_TOP.test(ctx.masked.slice(start, figure.start)) && TOP_RANKED_END.test(ctx.masked.slice(subjectStart, start - 1))) {
    start = Math.max(subjectStart, clauseStart(ctx.masked, start - 1));
  }
  // 医师执业注册：237件, 食品（45件）: a part labelled before a colon, or before brackets that hold its figure alone.
  // 交通管理类（186件，占45.1%）: its share beside it in the brackets.
  const closed = inSet(CLOSE_BRACKET, ctx.masked.charCodeAt(figure.end)) || SHARE_IN_BRACKETS.test(ctx.masked.slice(figure.end, figure.end + MAX_SHARE));
  // （1）不服公安行政处罚，15件；: so is a line's item, its label before a comma and its figure alone after it.
  const commaLabel = inSet(COMMAS, ctx.masked.charCodeAt(start - 1)) && clauseStart(ctx.masked, start - 1) === ctx.masked.lastIndexOf('\n', start - 1) + 1 && LINE_ITEM_END.test(ctx.masked.slice(figure.end, figure.end + 1));
  const labelled = inSet(COLONS, ctx.masked.charCodeAt(start - 1)) || (inSet(OPEN_BRACKET, ctx.masked.charCodeAt(start - 1)) && closed) || commaLabel;
  if (start === figure.start && labelled) start = Math.max(subjectStart, clauseStart(ctx.masked, start - 1));
  while (start < figure.start && BEFORE_SUBJECT.test(ctx.text.charAt(start))) start++;
  let subject = cleanSubject(ctx.text.slice(start, figure.start));
  // 撤销4件，其中3件系事实认定不清，1件系…: the parts of cases lost or overturned, by what went wrong, are kinds of them.
  // Not those of cases named by how they ended only to lead into them (行政机关败诉的7件案件中，有2件系程序违法), counted where they ended.
  const cause = ENDED_BADLY.has(parent.indicator.id) && !parent.figure.leadIn ? CAUSE_NEXT.exec(ctx.masked.slice(figure.end, figure.end + MAX_CAUSE_NEXT)) : null;
  if (subject === null && (how === 'list' || concernsNext(ctx, figure.end) || cause)) {
    // 7家二次供水单位、23家…: in a list the kind may follow the figure; so may what a part concerns (其中3件涉及房屋征收).
    const from = figure.end + (cause?.[0].length ?? 0);
    subject = cleanSubject(ctx.text.slice(from, firstIn(ctx.masked, LIST_COMMA, from, clauseEnd(ctx.masked, from, from + 20))));
  }
  // 尚有21件未办结，其中超过办案期限需延期的8件: the parts of what is left undone count nothing done.
  const opener = ctx.masked.lastIndexOf(AMONG_THEM, figure.start);
  if (opener >= 0 && opener >= ctx.sentStart(figure.start) && leftOverBefore(ctx.masked, opener)) return null;
  // 其中1件维持, 其中维持12件: a split by outcome, not by kind, is no figure of the parent's;
  // nor, in a list of outcomes (撤销3件、终止2件), is the next outcome one of the last.
  // 2021年至2023年累计17件，其中2023年6件: a year's part of a total over years is that year's figure,
  // its year in its text for the headline to see.
  if (how === 'breakdown' && subject === null && !YEAR_PART.test(ctx.masked.slice(start, figure.start))) return null;
  // …其中邻里纠纷873件，协助办理法律援助案件418件: a later clause that opens with an act of its own is no part;
  // nor one that does a thing of its own (，会同公安机关开展联合执法行动7次, ；对…文件开展公平竞争审查12件).
  const clause = clauseStart(ctx.masked, figure.start);
  const own = ctx.masked.slice(clause, figure.start);
  // …清退违规收费资金近300万元，涉及企业1,200余户: those the money before reached, no part.
  if (MONEY_REACHED.test(own) && MONEY_CLAUSE_END.test(ctx.masked.slice(Math.max(0, clause - 4), clause))) return null;
  // The first clause after 其中， is a part, whatever it opens with (；其中，办理食品药品案件2215件).
  const first = ctx.masked.startsWith(AMONG_THEM, clause - AMONG_THEM.length - 1);
  if (how === 'breakdown' && !first && CLAUSE_JOIN.test(ctx.masked.charAt(clause - 1)) && (OPENS_WITH_ACT.test(own) || ACT_DONE.test(own))) return null;
  // …，对…等违规垂钓行为当场纠正并批评教育127人次: nor one of an act no indicator counts.
  if (how === 'breakdown' && OTHER_ACT.test(own.slice(own.lastIndexOf(LIST_MARK) + 1))) return null;
  // …，全年对辖区内十七家重点排污单位开展监督性监测六十八次: nor one that names what an act after it was done to.
  if (how === 'breakdown' && !first && ON_OBJECT.test(own) && ACT_AFTER_OBJECT.test(ctx.masked.slice(figure.end, figure.end + MAX_ACT_AFTER_OBJECT))) return null;
  // 其中新设立9件、终止4件: an act on the parent's things (its partActs) is a part, though cases may end so.
  // 以县人民政府为被告（含复议维持后共同被告）的案件44件: an outcome in a gloss names no outcome of the part.
  if (subject !== null && namesOutcome(withoutGlosses(subject), parent.indicator)) return null;
  // 较上年增加6件: a part said as a change is no part; nor is one of those found true when checked (经核查属实的217件), nor the
  // body's own vehicles and boats sent out (出动执法人员2,900余人次、执法车辆870余台次), nor those told by how long they lasted
  // (其中时间跨度超过10年的2件, 其中时间最长的一件).
  // Nor those short of a threshold (全年检查不足50家次的有5个): the places that did too little, counted.
  if (subject !== null && (CHANGE.test(subject) || subject.includes(FOUND_TRUE) || OWN_VEHICLES.test(subject) || LASTED.test(subject) || SHORT_OF_THRESHOLD.test(subject))) return null;
  // 另2件尚在审理中, 已办结571件、在办12件: cases still pending are no part the report counts; nor the rest, told by how they
  // ended (另1件二审维持原判).
  const after = ctx.masked.slice(figure.end, figure.end + MAX_PENDING);
  if (PENDING_AFTER.test(after) || (subject !== null && (PENDING.test(subject) || (THE_REST_ALONE.test(subject) && OUTCOME.test(after))))) return null;
  // 检查覆盖工业、建筑业等4个专业: what stands right after the part may make it no thing of the indicator, as after any figure.
  if (parent.indicator.notAfter && followedBy(ctx.masked, figure.end, parent.indicator.notAfter)) return null;
  // 行政检查789次、行政征收12件: the next item of a list of powers is a power of its own.
  // But what the cases of a list concern (…，涉及行政处罚的27件) is a kind of them.
  if (how === 'list' && subject !== null && POWER.test(subject) && !ctx.masked.startsWith(CONCERNING, start)) return null;
  // 改革涉及的11项审批事项: a count in 项 of the items on a list is no part.
  // 梳理公布行政许可事项清单共计96项: nor one whose clause names the list before it.
  if (figure.baseUnit === ITEMS && parent.indicator.listWords) {
    const around = ctx.masked.slice(clause, figure.start) + ctx.masked.slice(figure.end, clauseEnd(ctx.masked, figure.end, figure.end + MAX_ITEMS_NOUN));
    if (parent.indicator.listWords.some((w) => around.includes(w))) return null;
  }
  // 结案3,905件。其中：…，没收侵权商品1.2万件: goods seized, counted in 件, are no cases.
  if (GOODS_SEIZED.test(ctx.masked.slice(clause, figure.start))) return null;
  // 查封扣押51件、移送行政拘留4件: a part named by what the indicator excludes is not one of it.
  // Read in the words as written: 案值合计 is no forfeiture though its subject is left as 值.
  // 区应急管理局968次、区消防救援大队1380家次, 其中应急管理部门1120家次: a department that the part names as its actor is no thing
  // the indicator excludes.
  // 其中政策咨询类6230件，审批服务类1480件: a kind of the parent's things named as a class is one of them, whatever its words;
  // so is one named by its field (不予行政处罚案件143件，其中广告领域39件), a gloss in brackets after it or not (自然资源领域（镇街赋权事项）193宗).
  const words = ctx.masked.slice(start, figure.start).replace(GLOSS_AT_END, '');
  // So is one named by what its cases concern (一审案件中，…，涉及行政处罚的27件).
  const concerns = words.startsWith(CONCERNING) && words.endsWith(KIND_OF);
  if (!words.endsWith(CATEGORY) && !words.endsWith(FIELD) && !concerns && blocked(parent.indicator, words.replace(DEPARTMENT, '').replace(FIELD_DEPARTMENTS, ''))) return null;
  // 其中德城、禹城等11个分局办理370件: a unit that counts the indicator only with its nouns (个: 案件) counts other things,
  // unless the total before counted in it (受理来电43.2万个，其中咨询类26.1万个); a breakdown with no total stated
  // (从被申请人看，…涉及公安、市场监管等20余个部门) has none to count in it.
  const countedSo = parent.figure !== figure && parent.figure.baseUnit === figure.baseUnit;
  const nouns = countedSo ? undefined : parent.indicator.unitNouns?.[figure.baseUnit];
  if (nouns && !nouns.some((n) => words.includes(n) || ctx.masked.startsWith(n, figure.end))) return null;
  // 全年立案657件。按处罚种类分：警告、通报批评96件，罚款389件: cases filed, told by the penalty imposed, are penalties
  // decided (those closed, told by how, stay closed: 已结案68宗，其中拆除复耕42宗、没收地上建筑物19宗).
  // 12315平台…诉求18.92万件，其中投诉…、举报…、咨询6.59万件: questions asked on the consumers' line are neither tickets of the
  // government's line nor complaints.
  if (subject !== null && ASKED.test(subject) && consumersLine(ctx, parent)) return null;
  // 办结行政处罚案件862件（其中适用简易程序37件、一般程序825件）: cases by procedure are penalty cases, as the act names them.
  const byKind = subject !== null && ((parent.indicator.id === FILED_ID && PENALTY_KIND.test(subject)) || (OPENED_OR_CLOSED.has(parent.indicator.id) && PROCEDURE.test(subject)));
  const indicator = PENALTY_CASES && byKind ? PENALTY_CASES : complaintsOfTheLine(ctx, parent, subject) ?? parent.indicator;
  return {
    indicator,
    rule: `${indicator.id}/${how}`,
    figure,
    spanStart: Math.min(start, figure.start),
    spanEnd: figure.end,
    subject,
  };
}

/**
 * 全市12315平台共受理消费者诉求18.74万件，其中投诉9.35万件、举报2.12万件: the complaints and reports among what the market
 * regulators' line for consumers took in are complaints (but on the government's 12345 line, a kind of its tickets).
 */
function complaintsOfTheLine(ctx: Context, parent: Found, subject: string | null): Indicator | undefined {
  return COMPLAINTS && subject !== null && COMPLAINED.test(subject) && consumersLine(ctx, parent) ? COMPLAINTS : undefined;
}

/** Whether the tickets a total counts came in on the consumers' line (12315), named first in its sentence. */
function consumersLine(ctx: Context, parent: Found): boolean {
  if (parent.indicator.id !== TICKETS_ID) return false;
  const sentence = ctx.masked.slice(ctx.stopStart(parent.figure.start), parent.figure.start);
  // 通过12315热线、全国12315平台及12345政务服务热线转办等渠道共接收各类诉求…: the line named first is the body's own.
  const consumers = sentence.indexOf(CONSUMERS_LINE);
  const government = sentence.indexOf(GOVERNMENTS_LINE);
  return consumers >= 0 && (government < 0 || consumers < government);
}
const TICKETS_ID = 'hotline.tickets';
const COMPLAINTS = indicatorById('complaint.cases');
const COMPLAINED = /^(?:投诉|举报|投诉举报)$/;
const ASKED = /^(?:咨询|咨询类)$/;
const CONSUMERS_LINE = '12315';
const GOVERNMENTS_LINE = '12345';

const FILED_ID = 'penalty.filed';
const PENALTY_CASES = indicatorById('penalty.cases');
/** Cases filed or closed, whose parts by procedure are penalty cases of that procedure. */
const OPENED_OR_CLOSED: ReadonlySet<string> = new Set([FILED_ID, 'penalty.closed']);
/** A procedure a part is named by (适用简易程序, 一般程序, 普通程序). */
const PROCEDURE = /^(?:适用)?(?:简易|一般|普通)程序(?:案件)?$/;
/** A kind of penalty imposed, opening a part's words (警告、通报批评, 罚款, 没收违法所得, 吊销许可证件, 责令停产停业). */
const PENALTY_KIND = /^(?:警告|通报批评|罚款|没收|暂扣|降低资质等级|吊销|责令停产停业|责令关闭|限制(?:开展生产经营活动|从业)|行政拘留)/;

/** A stable description of the rule set, hashed into every record's stamp. */
export function describeRules(): string {
  return JSON.stringify({
    catalogue: CATALOGUE.map(({ examples: _e, counterExamples: _c, ...rules }) => rules),
    notCues: NOT_CUES,
    otherActs: OTHER_ACTS,
    actsOnCases: ACTS_ON_CASES,
    topicsTakenUp: [TOPICS_LISTED.source, TOOK_UP.source],
    itemInGap: ITEM_IN_GAP.source,
    nextItemWords: NEXT_ITEM_WORDS.source,
    floorBeforeAct: FLOOR_BEFORE_ACT.source,
    compared: [COMPARED_FROM.source, COMPARED_TO.source, MAX_COMPARED],
    adjacent: ADJACENT.source,
    casesByAct: CASES_BY_ACT.source,
    stepGoneThrough: STEP_GONE_THROUGH.source,
    actCounted: [ACT_COUNTED.source, MAX_ACT_COUNTED],
    endedBefore: ENDED_BEFORE.source,
    itemsNoun: [ITEMS, MAX_ITEMS_NOUN],
    maxLineLabel: MAX_LINE_LABEL,
    rate: RATE,
    maxGap: MAX_GAP,
    afterReach: AFTER_REACH,
    reachBack: REACH_BACK,
    changeBefore: CHANGE_BEFORE.source,
    partsNameThings: [...PARTS_NAME_THINGS],
    endedAs: ENDED_AS.source,
    yearClause: YEAR_CLAUSE.source,
    yearPart: YEAR_PART.source,
    actClause: ACT_CLAUSE.source,
    nextClause: NEXT_CLAUSE.source,
    itemJoined: ITEM_JOINED.source,
    actDone: ACT_DONE.source,
    courtOn: COURT_ON.source,
    actAfterFigure: ACT_AFTER_FIGURE.source,
    stepOfChain: [STEP_OF_CHAIN.source, CHAIN_BEFORE.source, MAX_CHAIN],
    quoteThenClause: [QUOTE_THEN_CLAUSE.source, OWN_THINGS.source],
    penaltyKind: [FILED_ID, PENALTY_KIND.source],
    kindsListed: KINDS_LISTED.source,
    placesEntered: PLACES_ENTERED.source,
    glossFirst: GLOSS_FIRST.source,
    glosses: GLOSSES.source,
    numberInItem: NUMBER_IN_ITEM.source,
    totalAfterBrackets: [FIRST_PART.source, TOTAL_AFTER_BRACKETS.source],
    included: [CLOSES_AFTER_FIGURE.source, INCLUDES.source, MAX_INCLUDED],
    actOnThem: ACT_ON_THEM.source,
    actsJoined: ACTS_JOINED.source,
    kindsClause: [KINDS_JOINED.source, KINDS_NOUN.source, CASE_KIND_CLAUSE.source],
    wholeNamed: WHOLE_NAMED.source,
    partClause: PART_CLAUSE.source,
    department: [DEPARTMENT_CLAUSE.source, DEPARTMENT_OPENS.source],
    stepBeforeAct: STEP_BEFORE_ACT.source,
    inRateName: IN_RATE_NAME.source,
    byParty: BY_PARTY.source,
    brokenDown: AS_PARTY.source,
    leadsIn: [LEADS_IN.source, CASES_LEAD_IN.source, MAX_LEAD_IN],
    glued: GLUED.source,
    theRest: [THE_REST.source, REST_ACT.source],
    amountOfCount: AMOUNT_OF_COUNT.source,
    kindClause: KIND_CLAUSE.source,
    levelClause: [LEVEL_CLAUSE.source, LEVEL_OPENS.source],
    onObject: ON_OBJECT.source,
    maxObjectLead: MAX_OBJECT_LEAD,
    casesThen: CASES_THEN.source,
    actOfItsOwn: ACT_OF_ITS_OWN.source,
    pendingAfter: PENDING_AFTER.source,
    reachedOver: DATE.source,
    gluedInBrackets: GLUED_IN_BRACKETS.source,
    reached: REACHED.source,
    levelAfterChange: LEVEL_AFTER_CHANGE.source,
    earlier: EARLIER.source,
    changedTo: CHANGED_TO.source,
    changeAgain: CHANGE_AGAIN.source,
    totalClause: TOTAL_CLAUSE.source,
    rankedNext: RANKED_NEXT.source,
    topPart: TOP_PART.source,
    rankedSecond: RANKED_SECOND.source,
    rankedLater: RANKED_LATER.source,
    topRanked: TOP_RANKED.source,
    topRankedEnd: TOP_RANKED_END.source,
    requirement: REQUIREMENT,
    levelReached: LEVEL_REACHED.source,
    changeThenLevel: CHANGE_THEN_LEVEL.source,
    from: [FROM.source, COMPARED_FIRST.source],
    denied: DENIED.source,
    byLawAct: BY_LAW_ACT.source,
    pointsThenLevel: POINTS_THEN_LEVEL.source,
    fromThenLevel: FROM_THEN_LEVEL.source,
    outcome: OUTCOME.source,
    joinWord: JOIN_WORD.source,
    power: POWER.source,
    appealed: APPEALED.source,
    caseKind: CASE_KIND.source,
    nextCaseKind: NEXT_CASE_KIND.source,
    pick: PICK_RULES,
    breakdown: BREAKDOWN_RULES,
    pairing: RESPECTIVELY_RULES,
    otherBodies: OTHER_BODY_RULES,
    periods: PERIOD_RULES,
    acts: ACT_RULES,
    notCounted: NOT_COUNTED_RULES,
    zero: ZERO_RULES,
    cards: CARD_RULES,
  });
}
