// Figures of other bodies told in a body's report, which are not the body's own: a court's or a
// procuratorate's work (该院全年共受理各类一审行政案件389件, 法官工作室全年诉前化解纠纷286件); in any
// report, a team sent from above at work there (督导组在我区督导检查企业87家), or a whole area above acting;
// in any but the police's own, the police on their docket (移送涉嫌犯罪案件18件，公安机关已立案15件);
// and what another body reports it counted or is cited for (浙江省市场监管局通报全省系统行政诉讼败诉案件29件,
// 据市卫生健康委统计，全市…).
// What a court ruled against the agencies (全市法院审结…，行政机关败诉42件) is their suits lost, and
// the administrative suits it took in or concluded (全市法院新收一审行政案件1089件) their suits, unless the report
// cites the court's own figures (据区人民法院通报，…行政机关败诉12件): then none is the body's.
// A county's departments at work in a township's area are told in its report as mentions all
// the same (县市场监管局槐岭所办理行政处罚案件11起): what it counts in its area.
import { matchMarker } from '../normalise/markers.js';
import { inName } from '../structure/names.js';
import { charSet, inSet, lastIn } from './chars.js';

/**
 * A court or procuratorate, then its act on its docket (法院受理, 全区法院审理, 检察院立案办理, 该院全年共受理, 区法院驻街道诉调对接工作室诉前化解,
 * 县人民法院裁定准予执行); not taking part with others (法庭共同参与, “共享法庭”、人民调解组织共化解), nor a room the body set up there
 * (在区人民法院设立诉前调解工作室).
 */
const COURT_ACTS = /(?:法院|法庭|法官工作室|检察院|检察机关|该院)(?![”"」]?[、和与及])[”"」]?(?:(?!设立|设置|建立|成立|组建)[^，,；;。\d]){0,12}?(?:受理|审理|审结|收案|新收|办理|化解|调解|调处|立案|裁定|共(?!同)|全年|累计|诉前)/g;
/**
 * In its clause before it, words that make the court one acted on or worked with (申请法院, 向法院, 被法院, 经法院, 联合法院,
 * 会同法院, 承接法院委派, 派驻法院的人民调解员: stationed there), or its act a part of the body's figure before (申请法院强制执行14件，其中法院裁定准予执行11件); not 同期.
 */
const ACTED_ON = /[向被经由请送交到往与和及对合接移托助驻]|同(?!期)|其中/;
/** A court passing its disputes on to the body, between the court and the act (化解法院委派的诉前纠纷31件): the body's act. */
const PASSED_ON = /委派|委托|移送|移交|交办|转办|转来/;
/** 该院 names a court only after one in the sentence (据区人民法院统计，该院全年共受理), else maybe a hospital. */
const THAT_COURT = '该院';
const COURT = /法院|检察院/;
/** Any word of a court's, for most sentences to be passed over at once. */
const ANY_COURT = /法[院庭官]|检察|该院/;
/**
 * The body itself, named between the court and the figure: the body's own cases (受理我局申请的, 以区政府为被告的, a government's
 * agencies applying: 受理区级行政机关申请强制执行案件), not all of a kind (以各镇街为被告的, 以盟内各旗县市政府为被告的).
 */
const THE_BODY = /我[局委办县区市镇乡厅院]|本(?:局|委|机关|单位|部门|级)|[市县区旗][级直](?:行政机关|部门|单位)申请|以(?:(?!各)[^，,；;。]){0,12}为(?:被告|被申请人)|作为(?:被告|被申请人)/;
const CLAUSE_MARKS = '，,；;。';
const CLAUSE_MARK = new RegExp(`[${CLAUSE_MARKS}]`);
const CLAUSE_MARK_SET = charSet(CLAUSE_MARKS);
/** A later clause that opens with a body of its own (，街道调委会调解纠纷423起, ，医疗、交通等行业性专业性调解组织调处140起): the court's docket ends before it. */
const NEW_ACTOR = /^[\u4e00-\u9fff“”"、]{0,16}?(?:调委会|委员会|调解组织|局|政府|办事处|街道|乡镇|中心|大队|支队|机关)|^(?:我|本|各(?!类))/;
/** The court cited as the source of the figures (据区人民法院通报, 另据市中级人民法院统计). */
const CITED = /据[^，,；;。]{0,12}(?:法院|检察院)[^，,；;。]{0,6}(?:统计|通报|数据|反馈|公布|提供)/;

/** What a court's docket tells of the agencies: the suits they lost, and how often their heads appeared in court. */
const AGENCIES_IN_COURT: ReadonlySet<string> = new Set(['litigation.lost', 'litigation.head_appearance_rate']);
/**
 * A court taking in or concluding administrative suits (全市法院新收一审行政案件, 全县人民法院共受理行政诉讼案件, 全区法院一审审结
 * 行政案件): the suits brought against the agencies, theirs too; not a procuratorate's docket.
 */
const SUITS = 'litigation.cases';
const SUITS_ON_DOCKET = /^(?:法院|该院)[^，,；;。\d]{0,12}?(?:受理|新收|收案|审结)[^，,；;。\d]*行政/;
/** The body's own side in the suits a court is cited on: its own level's agencies or government, or itself (not 以自然资源部门为被告, a field's at every level). */
const CITED_ON_OWN = /以[市县区旗][级直]?(?:行政机关|人民政府|政府|部门)[^，,；;。]{0,6}为被告|我[局委办县区市镇]|本(?:局|委|级)/;
/** A court's administrative cases of every kind, reviews of non-litigation enforcement among them. */
const ALL_ADMINISTRATIVE = /各类行政案件|非诉/;
/** Administrative suits, named so (行政诉讼案件) in the words a cited court's figure follows, maybe in a clause before it (…案件143件，…败诉11件). */
const SUITS_CITED = /行政诉讼案件/;

/** What kind of body made the report, as far as telling others' figures from its own needs. */
export interface ReportingBody {
  /** How local the body is, by the most local division its name gives (省 1, 市 2, 县 3, 镇 4), or null. */
  level: number | null;
  /** A police body: the police acting in a sentence are the body itself. */
  police: boolean;
  /** A court or a procuratorate (a white paper fed by mistake): its docket is its own. */
  court: boolean;
  /** Its name, as structure read it. */
  name: string | null;
}

/** The kind of body, by its name (某镇人民政府, 某街道办事处, 某苏木 the most local; 某县公安局). */
export function reportingBody(agency: string | null): ReportingBody {
  return {
    level: agency !== null && TOWNSHIP.test(agency) ? TOWNSHIP_LEVEL : levelOfName(agency ?? ''),
    police: agency !== null && POLICE_BODY.test(agency),
    court: agency !== null && COURT.test(agency),
    name: agency,
  };
}

/** Divisions by how local they are, as a body's name or a whole area (全市) gives them. */
const LEVELS: ReadonlyMap<string, number> = new Map([['国', 0], ['省', 1], ['市', 2], ['州', 2], ['盟', 2], ['地区', 2], ['县', 3], ['区', 3], ['旗', 3]]);
const TOWNSHIP_LEVEL = 4;
/** 市 as a city, not in a word that has it (市场, 城市, 市容, 市政, but 市政府). */
const CITY = String.raw`(?<!城|都)市(?!场|容|政(?!府))`;
/**
 * A division's word in a body's name, not a word that has it (市场, 城市, 社区, 辖区, the 州 of 贵州省); 自治区 is a province
 * (广西壮族自治区南宁市).
 */
const DIVISION_IN_NAME = new RegExp(String.raw`自治区|${CITY}|省|州(?!省)|盟|县|地区|(?<!社|辖|片|地)区|旗`, 'g');

/** The most local division a body's name gives (某省 1, 某市 2, 某县 or 某区 3), or null when it gives none. */
function levelOfName(name: string): number | null {
  let level: number | null = null;
  for (const [division] of name.matchAll(DIVISION_IN_NAME)) level = Math.max(level ?? 0, LEVELS.get(division) ?? 1);
  return level;
}

/** A word of totals (共, 累计); not the 共 of other words (公共法律服务中心, 共同, 共享). */
const TOTAL = String.raw`(?<!公)共(?![同享建治])|累计`;

/** What follows a place that opens a clause as its actor (作为, 全年, 共, 在…, a comma, a year). */
const PLACE_THEN = String.raw`作为|全年|今年|本年|共|累计|在|[，,]|(?:19|20)\d{2}年`;
/**
 * A place named opening a sentence, before what it did (朝阳区作为…试点区，全年…, 清河镇全年…, 绿园区在…); not
 * the whole area, the body's own, a part of one (辖区), nor a place an act opening the sentence is done in (举办全区…).
 */
const PLACE_OPENS = new RegExp(String.raw`^(?:(?![全各本我该辖])[\u4e00-\u9fff]){2,4}?(?<division>区|县|旗|${CITY}|镇|乡|街道)(?=${PLACE_THEN})`);
const PLACE_LEVELS: ReadonlyMap<string, number> = new Map([...LEVELS, ['镇', TOWNSHIP_LEVEL], ['乡', TOWNSHIP_LEVEL], ['街道', TOWNSHIP_LEVEL]]);

/**
 * A place's name opening a clause, not a verb or a preposition there (认真落实省政府…, 邀请县司法局…, 举办全区…, 以区政府为被申请人向市政府…,
 * 报送省政府、市人大常委会备案…, 被张掖市人民政府撤销1件: the body's own acts, undone by the place), nor the words of a target (力争全县信访总量较2020年下降…), nor an act on the whole area's things
 * (审查全县行政规范性文件共68件, 督导全县行政执法部门共办理…).
 */
const PLACE_NAME = '(?!向|经|被|在|由|对|与|和|以|按照|根据|依据|配合|协助|落实|贯彻|认真|参加|推动|推进|完成|开展|组织|接受|迎接|报请|提请|报送|上报|呈报|邀请|联合|会同|协同|举办|召开|检查|抽查|督促|指导|深入|面向|针对|围绕|汇总|统计|据|同期|截至|截止|目前|力争|确保|争取|努力|力求|实现|做到|保持|持续|坚持|继续|审查|审核|清理|梳理|排查|摸排|督导|督查|培训|依托|利用|覆盖|聚焦|立足|统筹|带动|通过|服务|动员|引导|调度|整合|走访|巡查|评查|考核|部署|规范|强化|加强|总体看|总的看|整体看)(?:(?![全各本我该辖的和与及年季为向]|联合|会同|配合|协同|协助|牵头|组织|邀请)[\\u4e00-\\u9fff])';

/**
 * A place above the body named opening a clause as the actor, then a year or a total (阿里地区各级行政执法部门共办理…,
 * 塔城地区行政公署2021年共办理…, 黔南州本级2025年共受理…): its own or its whole area's figures; not a place an act
 * opening the clause is done to or by (认真落实省政府确定的…, 配合市局…), nor the first part of a lower body's name
 * (兰州市七里河区政府共收到…).
 */
const PLACE_ABOVE_OPENS = new RegExp(String.raw`^${PLACE_NAME}{2,10}?(?<division>地区|州|盟|${CITY}|省)(?![\u4e00-\u9fff]{1,8}?(?:区|县|旗|镇|乡|街道))(?=(?:人民政府|政府)(?!的)|(?:各级|本级|行政公署|人民政府|政府)?[^，,；;。]{0,10}?(?:${TOTAL}|全年|(?:19|20)\d{2}年))`);

/** The level of the division (its group `division`) that `pattern` finds opening `words`, if it does. */
function areaOf(pattern: RegExp, words: string, levels: ReadonlyMap<string, number> = LEVELS): number | undefined {
  const division = pattern.exec(words)?.groups?.division;
  return division === undefined ? undefined : levels.get(division);
}

/** Whether an area's level is above the body's (a lower number). */
function above(area: number | undefined, level: number | null): boolean {
  return area !== undefined && level !== null && area < level;
}

/** Each place of a division opening a clause (各县（市、区）共办理, 各乡镇全年, 各县（市、区）政府共收到): all of them, the parts of a whole above. */
const EACH_PLACE_OPENS = new RegExp(String.raw`^各(?<division>区|县|旗|${CITY}|镇|乡|街道)(?:[（(][^（()）\d]{1,8}[）)]|[县区市镇乡街道]{1,3})?(?:人民政府|政府)?(?=${PLACE_THEN}|$)`);

/** Whether a sentence opens on a place below the body (朝阳区 in a city government's report, 各县（市、区） in a city department's): its figures are that place's part. */
export function placeBelow(sentence: string, body: ReportingBody): boolean {
  const words = opening(sentence);
  const area = areaOf(PLACE_OPENS, words, PLACE_LEVELS) ?? areaOf(EACH_PLACE_OPENS, words, PLACE_LEVELS);
  return area !== undefined && body.level !== null && area > body.level;
}

/**
 * A clause that opens on a whole area, after a linking word (全市人社系统同期共立案…, 而全区全年共受理…); not the
 * nation's platform or hotline the body took its cases through (全国12315平台及热线共受理).
 */
export const WHOLE_AREA = /^(?:而|但|同期|(?:19|20)\d{2}年度?)?全(?<division>国(?![^，,；;。]{0,12}(?:平台|热线))|省|市|州|盟|地区|县|区|旗)/;

const POLICE_BODY = /公安|派出所|警/;
/** The police's branches by their work (交管, 出入境, 户政, 治安): the police's own in a police body's report. */
const POLICE_FIELD = new RegExp(`${POLICE_BODY.source}|交管|交通管理|出入境|户政|治安|禁毒`);

/**
 * Whether a figure of `indicator`, after `words` of its sentence (masked text), is another body's and not the
 * reporting body's; `opens`: whether the words reach back to the sentence's opening, where its actor stands.
 */
export function othersOwn(words: string, indicator: string, body: ReportingBody, opens: boolean): boolean {
  const part = body.court ? null : courtsPart(words);
  const agencies = AGENCIES_IN_COURT.has(indicator) || (part === 'suits' && indicator === SUITS);
  if (part === 'cited' || (part !== null && !agencies)) return true;
  if (sentTeams(words) || (!body.police && policeActs(words)) || PART_OF_REFERRED.test(words)) return true;
  if (othersClause(words, body)) return true;
  if (namesAnother(CITED_BODY, words, body.name)) return true;
  if (!opens) return false;
  const opener = opening(words);
  // 区人民检察院围绕…，全年向…发出检察建议15件，涉及行政处罚案件21件: a procuratorate's sentence, its work on others' cases.
  return PROCURATORATE_OPENS.test(opener) || namesAnother(REPORTED_BY, opener, body.name);
}

/** A procuratorate opening a sentence as its actor (区人民检察院围绕…, 市人民检察院在…工作中受理…), not one the body works with (与县人民检察院会签…). */
const PROCURATORATE_OPENS = /^(?![与同和向对会联配协])[\u4e00-\u9fff]{0,6}?(?:人民)?检察(?:院|机关)/;

/** Another body cited as the source of the sentence's figures (据市卫生健康委统计，全市…500余件); not the body itself (据我局统计). */
const CITED_BODY = /据(?<name>(?![我本])[\u4e00-\u9fff]{2,16}?(?:委|局|厅|部|政府|办公室|总站|中心))(?:统计|通报|数据)/;

/** Whether `pattern`, found in `words`, names a body (its group `name`) other than `agency`. */
function namesAnother(pattern: RegExp, words: string, agency: string | null): boolean {
  const name = pattern.exec(words)?.groups?.name;
  return name !== undefined && !(agency !== null && inName(name, agency));
}

/** Any body that opens a clause as its actor, the township itself among them (镇综合行政执法队, 我镇, 街道). */
const ACTOR = /^(?:[我本乡镇]|街道|[\u4e00-\u9fff]{0,8}?(?:局|办|队|所|站|中心|委员会|政府|办事处|法庭|法院))/;
/** How many clauses back a clause with no actor of its own is read for the one that acts in it. */
const MAX_CLAUSES_BACK = 3;

/**
 * Whether the figure's clause, or the clause before it that acts in it where it names no actor of its own, opens
 * on a whole area above the body (全省医保系统同期共检查…, （全市12345热线全年受理工单约114万件）), or on a department
 * above it or of another field.
 */
function othersClause(words: string, body: ReportingBody): boolean {
  // Brackets closed before the figure are words of their clause (以各镇（街道）为被告的); one still open starts a clause.
  const text = words.includes('）') || words.includes(')') ? words.replace(CLOSED_BRACKETS, '') : words;
  // （其中省交通运输厅作为复议机关审理2件、…）, 其中市政府受理十五件，省局受理八件: the parts of the body's own figure, whoever acts
  // in them.
  if (partsOpened(text)) return false;
  // The last clauses, read back from the figure: no split of the whole reach.
  for (let n = 0, end = text.length; n < MAX_CLAUSES_BACK && end >= 0; n++) {
    const start = lastIn(text, CLAUSE_OR_BRACKET, end);
    const words = text.slice(start + 1, end);
    const clause = opening(words);
    // 全市 in a county bureau's report, 全区 in a street's; a place or a department above acting.
    const whole = areaOf(WHOLE_AREA, clause);
    if (above(whole, body.level) || above(areaOf(PLACE_ABOVE_OPENS, clause), body.level) || namedArea(clause, body.name)) return true;
    const department = areaOf(DEPARTMENT_ABOVE, clause);
    if ((above(department, body.level) && !ownPlacesBranch(clause, body.name) && !IN_OWN_AREA.test(clause) && !(department === CITY_LEVEL && underCity(body))) || othersSystem(clause, body)) return true;
    // 全区共检查… in a district's report: the body's own whole area acts in the clauses after it too.
    if (ACTOR.test(clause) || (whole !== undefined && !above(whole, body.level))) return false;
    end = start;
  }
  return false;
}

/** Where a clause starts: after a clause mark, or inside brackets. */
const CLAUSE_OR_BRACKET = charSet(`${CLAUSE_MARKS}（(`);
const CLOSED_BRACKETS = /[（(][^（()）]*[）)]/g;

/**
 * A named place's whole area, then its total or year (金华全市共报备…, 苏州市全市系统共立案…, 诸暨全市2020年共调处…): another
 * place's unless the body's name holds it (义乌全市 in 义乌市's report); not an act done in the body's own (举办全区…培训班4期).
 */
const NAMED_WHOLE_AREA = new RegExp(String.raw`^(?<place>${PLACE_NAME}{2,4}?)(?:市|区|县|州|盟)?全(?:省|市|区|县|州|盟)(?=[^，,；;。]{0,12}?(?:${TOTAL}|(?:19|20)\d{2}年))`);

/** Whether a clause opens on the whole area of a place the body's name does not hold. */
function namedArea(clause: string, agency: string | null): boolean {
  const place = NAMED_WHOLE_AREA.exec(clause)?.groups?.place;
  return place !== undefined && agency !== null && !agency.includes(place);
}

/**
 * A whole area's departments of one field (全市市场监管部门, 全省药监系统), not every department (全市行政执法部门, 全市综合执法部门, 全区各部门,
 * 全市以市政府及部门为被告的), nor an act of them all (全市开展部门联合抽查, 全县累计开展跨部门联合检查), nor those of a task any body has (全市稽查部门 in a tax
 * bureau's).
 */
const FIELDS_DEPARTMENTS = /^(?:而|但|同期)?全(?:省|市|州|盟|地区|县|区|旗)(?<field>(?!行政|执法|综合执法|综合行政执法|稽查|政府|系统|开展|组织|联合|加强|推进|深入|持续|集中|共|累计)(?:(?![以及和与的为对在等各跨]|开展|组织)[\u4e00-\u9fff]){2,6}?)(?:部门|系统)/;
/** The office of a committee for governing a whole area by law (中共某市委全面依法治市委员会办公室). */
const WHOLE_AREA_OFFICE = /依法治(?:省|市|州|盟|县|区|旗)/;
/** A department's name, not a government's (某市药品监督管理局, 某检查分局, 某委员会). */
const DEPARTMENT_NAME = /(?:局|厅|委员会|委|办公室|中心|队|所|站)$/;

/**
 * In a department's report, whether a clause opens on the departments of another field in a whole area (全市市场监管部门…
 * in a drug regulator's report): theirs, not the body's; its own field's (全市市场监管系统 in a market regulator's) holds the body.
 */
function othersSystem(clause: string, body: ReportingBody): boolean {
  const field = FIELDS_DEPARTMENTS.exec(clause)?.groups?.field;
  // Not in the report of the office that speaks for the whole area's government by law (全面依法治市委员会办公室: 全市信访部门…).
  if (field === undefined || body.name === null || !DEPARTMENT_NAME.test(body.name) || WHOLE_AREA_OFFICE.test(body.name)) return false;
  // The field's first word, as a short form, is enough (全市税务稽查部门 in a tax bureau's, 公安交管 in a traffic police's);
  // the police's branches are the police's (全市交警部门, 全市交管部门 in a public security bureau's).
  const word = field.slice(0, FIELD_WORD);
  // A field by its name before the reform of 2018 (全市环保系统 in an ecology bureau's), or by the name of the work a
  // comprehensive enforcement bureau took over (全市城管系统 in its report), is the body's.
  const successor = FORMER_FIELDS.get(word);
  return !inName(word, body.name) && !(successor !== undefined && body.name.includes(successor)) && !(body.police && POLICE_FIELD.test(field));
}
const FIELD_WORD = 2;
/** Fields by their names before the reform of 2018 or by the work they took over, and a word of their successors' names. */
const FORMER_FIELDS: ReadonlyMap<string, string> = new Map([
  ['城管', '执法'], ['城市', '执法'], ['环保', '生态环境'], ['国土', '自然资源'], ['规划', '自然资源'], ['工商', '市场监'], ['质监', '市场监'], ['食药', '市场监'], ['安监', '应急'], ['计生', '卫生'], ['劳动', '人力资源'], ['文广', '文化'], ['旅游', '文化'],
]);

/** What opens a part of the figure before. */
const PART = '其中';
/** What ends the items of a breakdown: a full stop or a semicolon. */
const PARTS_END = /[。；;]/;

/** Whether a breakdown opened in the clauses before the figure, its items after it (其中X受理十五件，Y受理八件). */
function partsOpened(text: string): boolean {
  const at = text.lastIndexOf(PART);
  return at >= 0 && (at === 0 || inSet(CLAUSE_OR_BRACKET, text.charCodeAt(at - 1))) && !PARTS_END.test(text.slice(at));
}

/**
 * A department of a province or a city opening a clause, by its full or short name (省生态环境厅, 省局, 市城管局); not one whose
 * name starts with a word that has 市 (市场监管局, a county's own), nor a
 * township's body whose place's name starts with such a word (州城镇调委会, 市桥街道综合执法办公室).
 */
const DEPARTMENT_ABOVE = new RegExp(
  String.raw`^(?<division>省|${CITY}|州|盟)(?![\u4e00-\u9fff]{1,3}(?:镇|乡|街道)(?:人民政府|政府|党委|调委会|人民调解委员会|司法所|派出所|综合|办事处|便民))(?:[\u4e00-\u9fff]{1,12}?(?:局|厅|委员会|委|办公室|中心)|局|厅)(?=[\u4e00-\u9fff（(、]|$)`,
);

const CITY_LEVEL = 2;

/**
 * Whether the body is a township right under a city, with no county between (凯里市大十字街道办事处): that city's
 * departments at work there (市市场监管局大十字市场监管所开展…抽查) are its county's, told as mentions.
 */
function underCity(body: ReportingBody): boolean {
  if (body.level !== TOWNSHIP_LEVEL || body.name === null) return false;
  let last: string | undefined;
  for (const [division] of body.name.matchAll(DIVISION_IN_NAME)) last = division;
  return last !== undefined && LEVELS.get(last) === CITY_LEVEL;
}

/**
 * A department above at work in the body's own area (市应急管理局在高新区开展…检查216家次, 省厅在我市): what it counts there, told in
 * the body's report as a county's departments are in a township's.
 */
const IN_OWN_AREA = /^[\u4e00-\u9fff]{1,16}?在(?:我|本|辖)?(?:区|县|市|镇|乡|街道|园区|开发区|高新区|经开区|新区|自贸区|片区|保税区|综保区)(?![\u4e00-\u9fff]{0,2}(?:以外|之外))/;

/** A branch of a department above, named after a place (市生态环境局云溪分局), or its station there (市市场监管局梁湖市场监管所). */
const NAMED_BRANCH = /^(?:省|市|州|盟)[\u4e00-\u9fff]{1,12}?局(?<place>[\u4e00-\u9fff]{2,4}?)(?:分局|[\u4e00-\u9fff]{0,6}?(?:所|站|中队))/;

/** Whether words open on a branch of a department above seated in the body's own place (市生态环境局云溪分局 in 云溪县's report): the place's own authority. */
function ownPlacesBranch(words: string, agency: string | null): boolean {
  const place = NAMED_BRANCH.exec(words)?.groups?.place;
  return place !== undefined && agency !== null && agency.includes(place);
}

/**
 * A body that opens the sentence to report figures it counted (浙江省市场监管局2024年通报全省系统…败诉案件29件);
 * not the whole area or the body itself (全省县级以上政府全部公布…目录, 我局公布), nor what the body acts by (依据县政府公布的…清单).
 */
const REPORTED_BY = /^(?<name>(?![全各我本])(?:(?!依据|根据|按照|依照|对照)[\u4e00-\u9fff]){2,24}?(?<!全)(?:局|厅|委|部|政府|办公室))(?:(?:19|20)\d{2}年度?)?(?:通报|公布|发布)/;

/**
 * The police acting on their criminal docket in a clause (，公安机关已立案15件), not a body referring cases
 * to them (移送公安机关立案); what a government's police department punishes (县公安局全年查处) is the government's.
 */
const POLICE_ACTS = /(?:公安机关|公安部门|公安局|公安分局|派出所)[^，,；;。\d]{0,6}?(?:立案|侦办|侦查|抓获|刑事拘留)/;

/**
 * A part of the cases referred to the police or prosecutors (移送公安机关处理7件，其中公安机关已立案5件, 其中已判决3件): what
 * befell them there is the police's or a court's.
 */
const PART_OF_REFERRED = /(?:移送|移交)(?:至|到|给)?(?:公安|检察|司法机关)[^。；;]{0,40}?[，,]其中[^，,；;。\d]{0,12}$/;

/** The last clause of `words`: what follows their last clause mark. */
export function lastClause(words: string): string {
  return words.slice(lastIn(words, CLAUSE_MARK_SET, words.length) + 1);
}

/** Whether the figure's clause is the police's work on their own docket. */
function policeActs(words: string): boolean {
  const clause = lastClause(words);
  const police = POLICE_ACTS.exec(clause);
  if (police === null) return false;
  // 移送涉嫌犯罪案件11件、公安机关已立案9件: an item of its own after a figure, whatever acted on them before.
  const lead = clause.slice(0, police.index);
  return FIGURE_ITEM_END.test(lead) || !ACTED_ON.test(lead);
}
/** A figure and its unit, then the mark that opens the next item (11件、). */
const FIGURE_ITEM_END = /\d[\u4e00-\u9fff]{0,3}、$/;

/** A team sent from above, at work in or on the body (督导组在我区督导检查企业87家, 省考核组对我局…). */
const SENT_TEAM = /(?:督导组|督查组|督察组|巡视组|巡察组|检查组|考核组|暗访组|评估组)(?:一行)?(?:在|对|赴|到|来)(?:我|本)/;

/** Whether the figure's clause is the work of a team sent from above. */
function sentTeams(words: string): boolean {
  const team = SENT_TEAM.exec(words);
  return team !== null && !CLAUSE_MARK.test(words.slice(team.index));
}

const TOWNSHIP = /(?:镇|乡|街道|苏木)(?:人民政府|办事处|党委)?$/;

/**
 * Linking words that may open a sentence, after its numbering, before the body that acts in it; a time it acted in
 * (疫情期间全市…); and a tool it acts through, whoever runs it (依托浙江省行政执法监管平台全年随机抽查…).
 */
const OPENING = /^(?:[一二三四五六七八九十]是|同时|同期|同年|此外|另外|其中)?[，,]?(?:[\u4e00-\u9fff]{2,6}?期间[，,]?)?(?:(?:依托|通过|借助|利用|运用)[\u4e00-\u9fff“”]{2,20}?(?:平台|系统))?/;

/** A sentence's words after its numbering and linking words. */
export function opening(words: string): string {
  return words.slice(matchMarker(words)?.length ?? 0).replace(OPENING, '');
}

/** A department of a local government opening its sentence (县市场监管局, 市公安局交警支队, 区城管执法部门). */
export const DEPARTMENT = /^(?:省|市|县|区|州|旗)(?<name>[\u4e00-\u9fff]{1,12}?)(?:局|委员会|委|办公室|部门|大队|支队|中心)(?=[\u4e00-\u9fff（(、]|$)/;

/**
 * How a court stands in a figure's sentence before it: acting on its docket (taking in suits against the agencies, or
 * other), cited as the source, or not at all.
 */
function courtsPart(words: string): 'suits' | 'docket' | 'cited' | null {
  if (!ANY_COURT.test(words)) return null;
  // 据区人民法院统计，全年受理以区级行政机关为被告的…案件63件: the court cited on the body's own suits.
  const cited = words.search(CITED);
  if (cited >= 0) {
    const rest = words.slice(cited);
    // 据市中级人民法院统计，全市两级法院共受理一审行政诉讼案件1437件: suits against the area's agencies, the court cited on them.
    return CITED_ON_OWN.test(rest) ? null : SUITS_CITED.test(rest) && !ALL_ADMINISTRATIVE.test(rest) ? 'suits' : 'cited';
  }
  let actor = -1;
  let court = -1;
  for (const match of words.matchAll(COURT_ACTS)) {
    const before = words.slice(0, match.index);
    if (ACTED_ON.test(lastClause(before)) || PASSED_ON.test(match[0])) continue;
    if (match[0].startsWith(THAT_COURT) && !COURT.test(before)) continue;
    actor = match.index + match[0].length;
    court = match.index;
  }
  if (actor < 0) return null;
  const after = words.slice(actor);
  if (THE_BODY.test(after) || after.split(CLAUSE_MARK).slice(1).some((clause) => NEW_ACTOR.test(clause))) return null;
  // 区法院全年共受理各类行政案件188件, 受理行政案件（含非诉审查）203件: all its administrative cases, no suits against agencies alone.
  const docket = words.slice(court);
  return SUITS_ON_DOCKET.test(docket) && !ALL_ADMINISTRATIVE.test(docket) ? 'suits' : 'docket';
}

/** What telling other bodies' figures from the body's rests on, for the rule set's description. */
export const OTHER_BODY_RULES = {
  courtActs: COURT_ACTS.source,
  actedOn: [ACTED_ON.source, PASSED_ON.source],
  thatCourt: THAT_COURT,
  cited: CITED.source,
  theBody: THE_BODY.source,
  newActor: NEW_ACTOR.source,
  sentTeam: SENT_TEAM.source,
  policeBody: POLICE_BODY.source,
  policeActs: POLICE_ACTS.source,
  partOfReferred: PART_OF_REFERRED.source,
  reportedBy: REPORTED_BY.source,
  fieldsDepartments: FIELDS_DEPARTMENTS.source,
  formerFields: [...FORMER_FIELDS],
  departmentName: DEPARTMENT_NAME.source,
  citedBody: CITED_BODY.source,
  township: TOWNSHIP.source,
  levels: [...LEVELS],
  divisionInName: DIVISION_IN_NAME.source,
  wholeArea: WHOLE_AREA.source,
  placeOpens: PLACE_OPENS.source,
  placeAboveOpens: PLACE_ABOVE_OPENS.source,
  eachPlaceOpens: EACH_PLACE_OPENS.source,
  departmentAbove: [DEPARTMENT_ABOVE.source, NAMED_BRANCH.source, IN_OWN_AREA.source],
  namedWholeArea: NAMED_WHOLE_AREA.source,
  closedBrackets: CLOSED_BRACKETS.source,
  actor: ACTOR.source,
  clausesBack: MAX_CLAUSES_BACK,
  opening: OPENING.source,
  department: DEPARTMENT.source,
  agenciesInCourt: [...AGENCIES_IN_COURT],
  suitsOnDocket: SUITS_ON_DOCKET.source,
};
