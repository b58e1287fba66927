// Mentions → one headline value per indicator, for one row per report.
// The headline is the mention that best speaks of the whole body and year,
// never a figure from a `plans` section (next year's targets) nor one about
// another year. Preferences, in order: no subject (医师执业注册类139宗 is a
// part) or one that names everything (各类违法案件, 环境违法案件) or the things counted
// (检查定点医药机构2316家), and no part of a breakdown (其中…联合检查14次); said as a total (全年, 共, 累计), the more so if it adds up
// the figures before it (，全区共计1386件); named by its formal term (开展行政检查
// 227次 over 检查62家 in a sentence on one campaign); outside the part on the
// principal leader's own duty (局长带队检查13次 is what the leader did); in a
// government's report, not what one of its departments did (县市场监管局全年办理
// 案件128件 beside 全县作出行政处罚决定1260件), nor in a department's what another
// did (区司法局全年审查…86件 in a housing bureau's report), nor a place below the body
// (朝阳区…全年作出行政处罚决定3427件 in a city's report); then the first.
import type { Headline, Mention, Section } from '../model/schema.js';
import { DEPARTMENT, lastClause, opening, placeBelow, reportingBody } from '../indicators/other-bodies.js';
import { inName } from '../structure/names.js';

/** An earlier period, or several years, named as the figure's own (上年度共查处80件, 近三年累计), not as a base to compare with (由上年的, 较上年). */
const EARLIER = /(?<![由较比从与])(?:上年|上一年|去年)|近[一二三四五六七八九十两\d]{1,2}年|以来[，,]?[^，,；;。\d]{0,8}?累计|(?:19|20)\d{2}年?(?:至|到|-|—|－|~)(?:19|20)?\d{2}|十[一二三四五]五”?(?:以来|期间)/;
/** A level changed from, of a period the text does not name (行政处罚由2.61万件, whose level reached is …降至2.18万件). */
const CHANGED_FROM = /(?:由|从)[\d.,〇零一二两三四五六七八九十百千]+(?:万|亿)?[^\d，,；;。]{0,3}$/;
/**
 * Several years, opening a figure's sentence (2021年以来，累计…, “十四五”期间，…, 近三年来, 五年来, 本届政府以来): not the
 * year's figure (一年来 is the year's).
 */
const SPAN_OF_YEARS =
  /((?:19|20)\d{2})年(?:以来|至今)|本届(?:政府|班子)?(?:以来|任期)|近[一二三四五六七八九十两\d]{1,2}年|[两三四五六七八九十]年(?:来|以来)|十[一二三四五]五”?(?:规划)?(?:实施)?(?:以来|期间)|(?:19|20)\d{2}年?(?:至|到|—|－|-|~)(?:19|20)?\d{2}年/;
/** A section of cases told one by one (典型案例, 以案说法): their figures are no year's. */
const CASES_TITLE = /典型案例|案例分析|以案说法/;
/** One party of a case named before a figure in its sentence (某化工有限公司, 该企业, 对其作出…): the figure is that case's. */
const ONE_PARTY = /某[\u4e00-\u9fff]{0,8}?(?:公司|企业|厂|店|餐馆|超市|药房|诊所|医院|工地|商户|个体户|村民|男子|女子)|该(?:公司|企业|单位|厂|店|商户)|(?:对|发现|责令|其中)其(?!中|他|余)/;
/** Words that say a figure is a total (共, but not the 共 of 公共 or 共同). */
const TOTAL = /全年|全局|累计|合计|总计|总数|总金额|总额|(?<![公一])共(?![同享建治产性])/;
/** The whole area or system of the body opening the sentence of a figure (全省行政复议机关新收案件, 2024年，全区共实施, 全系统实施): a total, not one body's. */
const WHOLE_AREA = /^(?:全年|今年|本年度?|(?:19|20)\d{2}年度?)?[，,]?(?:全[省市县区州盟旗]|全系统|[省市县区]各级)/;
/** The rule of a figure that adds up those before it (全区共计1386件): the total over any of its parts. */
const ADDS_UP = '/total';
/** The rule of a figure named by a cue of its own inside a breakdown of a total of its indicator (其中…联合检查14次). */
const PART = '/part';
/** Units that count things (企业2316家): a subject names what they are, not a part, unless the list it heads goes on. */
const THINGS = /^(?:万|亿)?(?:家|户|所|间|台|处|家次|户次|间次|台次|个次)$/;
const LIST = '/list';
/** Units that count groups of people (来访216批次), not the matters they brought. */
const GROUPS = /^批次?$/;
/** The rule of a part of a total named by the words before it (其中走私行为案件137宗). */
const BREAKDOWN = '/breakdown';
/** The rule of a figure named by its own cue, not read as a part of a list, a breakdown or a period. */
const OWN_CUE = /\/(?:before|after)\d+$/;
/** A subject that names every case or act of its kind (各类违法案件, 各类交通违法行为), not a part; 各类公共场所 in a list of places is one. */
const EVERYTHING = /^(?:各类|各种|全部|所有)[\u4e00-\u9fff]{0,8}(?:案件|违法行为|违法违规行为)$/;
/**
 * A subject that names the violations of a field (食品药品违法案件, 安全生产违法违规行为): the
 * body's own field, every case of it, unless a breakdown or a list makes it a part.
 */
const FIELD_CASES = /^[\u4e00-\u9fff]{2,14}?(?:违法违规|违法|违规)(?:案件|行为)$/;
/** A subject that names the body itself by its part in cases (作为被告); not its own level (市局本级), a part of its whole area's figures. */
const THE_BODY = /^作为(?:被申请人|被告|第三人)$/;
/** A subject that names a body by its part in cases (以省公安厅为被告): the body itself where the name is the agency's. */
const BODY_AS_PARTY = /^以(?<name>[\u4e00-\u9fff]{1,16})为(?:被申请人|被告)$/;
/** One of several places or bodies, ranked or picked out (各市中，西京市…最多，为693起; 居全省第一): not the whole. */
const RANKED_ONE = /^各[\u4e00-\u9fff]{1,4}中|最多|最高|居首|居[全本][省市区县州]第一|排名第一|位居第一/;
/**
 * The formal term of an indicator: the administrative act its label opens with (行政检查,
 * 行政处罚, 行政许可) rather than a plain verb (检查, 查处), or its label's first term named
 * as administrative (行政规范性文件); not 行政 in the words of another thing (重大行政决策事项9件
 * in a list of reviews).
 */
function formalTerm(label: string): string {
  return label.startsWith('行政') ? label.slice(0, 4) : `行政${label.split('、')[0] ?? ''}`;
}
/** A year as written before 年 or alone (2023总共…), never a count (2024件, 2067 人次), nor a base compared with (由2022年的). */
const YEAR = /(?<![\d.由从较比与])(?:19|20)\d{2}(?![\d.]|[ \u3000]*[%件宗起次人个项家户间份场期批元万亿余多])/g;

/** A government's report (县人民政府, 街道办事处, 开发区管委会), whose departments are parts of it. */
const GOVERNMENT = /(?:政府|办事处|管委会|管理委员会)$/;
/** A department of a local government opening its sentence (县市场监管局), or its towns or departments each or counted (各街道办事处, 全县9个乡镇, 13个街道, 全区15个街道、2个镇; not 全市51个行政执法单位、持证执法人员2317名, all of them). */
const DEPARTMENT_OR_EACH = new RegExp(
  `${DEPARTMENT.source}|^(?:各|(?:全[省市县区州旗])?\\d{1,3}个)(?<each>[\\u4e00-\\u9fff]{0,6}?)(?:(?:街道办事处|街道|乡镇|镇街)(?=[\\u4e00-\\u9fff（(、]|$)|(?:部门|单位)(?=[\\u4e00-\\u9fff（(]|$))`,
);
/** How far back a mention's sentence is read for the body that acts in it. */
const MAX_LEAD = 60;

export interface HeadlineContext {
  /** The year the document says it covers, when it says; else the one its figures and headings name most. */
  year?: number | null;
  /** The body that made the report. */
  agency?: string | null;
  /** The words of a mention's sentence before it, by its index (see `leadOf`). */
  lead?: (index: number) => string;
}

/** The words of `text` from `sentenceStart` to `at`, the sentence before a mention, at most `MAX_LEAD` of them, its line breaks dropped. */
export function leadOf(text: string, sentenceStart: number, at: number): string {
  const lead = text.slice(Math.max(sentenceStart, at - MAX_LEAD), at).trimStart();
  // A PDF's lines cut sentences (在\n全县开展…): the words run on across the cut.
  return lead.includes('\n') ? lead.split('\n').map((line) => line.trim()).join('') : lead;
}

export function pickHeadline(metrics: Mention[], sections: Section[], { year = null, agency = null, lead = () => '' }: HeadlineContext = {}): Headline {
  const planned = sectionsWhere(sections, (s) => s.kind === 'plans');
  const cases = sectionsWhere(sections, (s) => CASES_TITLE.test(s.title));
  const leaders = sectionsWhere(sections, (s) => s.kind === 'leadership');
  // 存在的问题和下一步工作: a part on shortcomings that also names the next steps holds targets too.
  const nextSteps = sectionsWhere(sections, (s) => s.kind !== 'plans' && NEXT_STEPS_TITLE.test(s.title));
  // The years each mention names, read once.
  // A year in the subject is the figure's too (2020年至2022年分别为121件、108件、96件: 108 is 2021's).
  const years = metrics.map((m) => yearsIn(m.subject === null ? m.text : `${m.subject} ${m.text}`));
  const reportYear = year ?? mainYear(years, sections, planned);
  const chosen = new Map<string, { index: number; rank: number }>();
  const government = agency !== null && GOVERNMENT.test(agency);
  const body = reportingBody(agency);
  const parts = partsOfBreakdowns(metrics);
  metrics.forEach((m, index) => {
    if (m.section !== null && (planned.has(m.section) || cases.has(m.section) || (nextSteps.has(m.section) && TARGET.test(m.text)))) return;
    if (reportYear !== null && years[index]?.some((y) => y !== reportYear)) return;
    // 上年同期分别为540起、63起: an earlier period named in the subject of a level paired with it.
    if (EARLIER.test(m.text) || (m.subject !== null && EARLIER.test(m.subject)) || CHANGED_FROM.test(m.text)) return;
    const leadWords = lead(index);
    // 2021年至2023年，累计…17件，其中2023年6件: the report's year named as the figure's own is that year's part.
    const ownYear = reportYear !== null && (years[index]?.includes(reportYear) ?? false);
    if ((spansYears(leadWords + m.text, reportYear) && !ownYear) || ONE_PARTY.test(leadWords) || plannedIn(leadWords, reportYear) || ofOtherYear(leadWords, reportYear)) return;
    const listHead = metrics[index + 1]?.indicator === m.indicator && (metrics[index + 1]?.rule.endsWith(LIST) ?? false);
    const things = THINGS.test(m.unit) && OWN_CUE.test(m.rule) && !listHead;
    // Money fined for a field's cases (出租车违规案件, as a fine's subject) is the money of those cases alone.
    const named =
      m.subject === null || EVERYTHING.test(m.subject) || THE_BODY.test(m.subject) || (FIELD_CASES.test(m.subject) && !m.unit.endsWith('元')) || things || asParty(m.subject, agency);
    const byOther = agency !== null && ((government ? byDepartment(leadWords) : byOtherBody(leadWords, agency)) || placeBelow(leadWords, body));
    const whole = named && !parts[index] && !byOther && !RANKED_ONE.test(leadWords + m.text);
    const leader = m.section !== null && leaders.has(m.section);
    // The formal term in the cue's words, not in the subject's (其中行政规范性文件12件).
    const formal = (m.subject === null ? m.text : m.text.replace(m.subject, '')).includes(formalTerm(m.label));
    const total = TOTAL.test(m.text) || opensWithWholeArea(leadWords);
    // 全年检查企业不少于1500家，实际检查2136家: a figure said as a target gives way to one that is not.
    const target = TARGET.test(m.text);
    // 接待群众来访216批次 beside 受理…信访事项359件: visits counted in groups give way to the matters counted.
    const groups = GROUPS.test(m.unit);
    const rank = (whole ? 4 : 0) + (total ? 2 : 0) + (formal ? 1 : 0) + (m.rule.endsWith(ADDS_UP) ? 2 : 0) - (leader ? 8 : 0) - (target ? 4 : 0) - (groups ? 1 : 0);
    const best = chosen.get(m.indicator);
    if (!best || rank > best.rank) chosen.set(m.indicator, { index, rank });
  });
  const headline: Headline = {};
  for (const [indicator, { index }] of chosen) {
    const m = metrics[index];
    if (m) headline[indicator] = { value: m.value, mention: index };
  }
  return headline;
}

/**
 * Per mention, whether it is a part of a breakdown: named by a cue of its own inside one, or
 * by the words before it, or the next item of a list of such parts (其中走私行为案件137宗、
 * 违规案件375宗, where 违规案件 names no kind on its own). Not a year's part of a total over
 * years (累计17件，其中2023年6件), which is that year's figure.
 */
function partsOfBreakdowns(metrics: Mention[]): boolean[] {
  const parts: boolean[] = [];
  metrics.forEach((m, i) => {
    const listed = m.rule.endsWith(LIST) && metrics[i - 1]?.indicator === m.indicator && parts[i - 1] === true;
    parts.push(m.rule.endsWith(PART) || (m.rule.endsWith(BREAKDOWN) && m.subject !== null) || listed);
  });
  return parts;
}

/** Whether a mention's sentence, before it, speaks of several years; since the report's own year is that year. */
function spansYears(lead: string, reportYear: number | null): boolean {
  const span = SPAN_OF_YEARS.exec(lead);
  return span !== null && (span[1] === undefined || Number(span[1]) !== reportYear);
}

/**
 * Whether a mention's sentence, before it, speaks of what is still to be done: a later year than the
 * report's (2026年，我局将…组织培训不少于10次 in a report on 2025) or the next steps, in a section that
 * also holds the year's shortcomings (存在问题及下步打算).
 */
function plannedIn(lead: string, reportYear: number | null): boolean {
  return NEXT_STEPS.test(lead) || (reportYear !== null && yearsIn(lead).some((y) => y > reportYear));
}

/** Words that open the next steps (下一步，将…; 明年，计划…). */
const NEXT_STEPS = /下一步|下步|明年|来年|新的一年/;
/** A section's title that names the next steps, with the shortcomings (存在的问题和下一步工作, 不足及下步打算). */
const NEXT_STEPS_TITLE = /下一步|下步|打算|计划|思路|安排/;
/** A figure said as a target (培训不少于4期, 力争办结率100%). */
const TARGET = /不少于|不低于|力争|争取|确保/;

/** Whether a sentence opens with a year other than the report's (2023年，全区…，被行政复议纠错案件12件 in a plan for 2024): each of its figures is that year's. */
function ofOtherYear(lead: string, reportYear: number | null): boolean {
  const year = OPENING_YEAR.exec(sentenceOpening(lead))?.[1];
  return year !== undefined && reportYear !== null && Number(year) !== reportYear;
}
const OPENING_YEAR = /^((?:19|20)\d{2})年度?[，,]/;

/** The opening of a mention's sentence, after its numbering and linking words; none where the lead was cut at its greatest length, which may start anywhere in its sentence (…对全县43家调查对象). */
function sentenceOpening(lead: string): string {
  return lead.length < MAX_LEAD ? opening(lead) : '';
}

/** Whether a sentence opens, after its numbering and linking words, with the whole area of the body. */
function opensWithWholeArea(lead: string): boolean {
  if (WHOLE_AREA.test(sentenceOpening(lead))) return true;
  // …专项检查，全系统实施涉企行政检查6912次: or the figure's own clause opens with it.
  const mark = Math.max(lead.lastIndexOf('，'), lead.lastIndexOf('；'));
  return mark >= 0 && WHOLE_AREA.test(lead.slice(mark + 1));
}

/**
 * Whether a sentence opens, after its numbering and linking words, with a department of a local government;
 * not its office of legal affairs, which reviews, reconsiders and answers suits for the government itself
 * (区司法局审查区政府及部门拟出台规范性文件…共计437件).
 */
function byDepartment(lead: string): boolean {
  const department = departmentOpening(opening(lead));
  return department !== undefined && !LEGAL_AFFAIRS.test(department.name ?? '');
}

/** The department, or the towns or departments each or counted, that open `words`, by their name's groups. */
function departmentOpening(words: string): Record<string, string | undefined> | undefined {
  return DEPARTMENT_OR_EACH.exec(words)?.groups ?? FIELD_BODY.exec(words)?.groups;
}

/** Departments of one field named by their field alone as the actor (公安机关依法查处, 市场监管部门查处), not all of them (行政机关, 各部门). */
const FIELD_BODY =
  /^(?<name>(?!各|全|本|我|该|行政|执法|相关|有关|职能|上级|下级|其他|政府|组织|开展|邀请|会同|联合|配合|协调|督促|指导|对|向|由|经|与|和)(?:(?!等)[\u4e00-\u9fff]){2,4}?)(?:部门|机关)(?=依法|查处|办理|受理|立案|作出|共|全年|累计|在|$)/;

const LEGAL_AFFAIRS = /^(?:司法|法制|政府法制)$/;

/**
 * Whether a mention's sentence opens with a department that is not the reporting one (区司法局全年审查
 * 全区行政规范性文件86件 in a housing bureau's report): its name, place and kind of body set aside,
 * is not found in the agency's name, in order (区住建局 is 住房和城乡建设局, 市场监管局 市场监督管理局).
 */
function byOtherBody(lead: string, agency: string): boolean {
  const words = opening(lead);
  // 市文化市场综合行政执法支队 in a culture bureau's report: the bureau's own team, by the field they share.
  const team = OWN_TEAM.exec(words)?.groups?.field;
  if (team !== undefined && agency.includes(team)) return false;
  // 公安机关依法查处…19起，市场监管部门查处…8起: a field's departments acting in the figure's own clause.
  const department = departmentOpening(words) ?? FIELD_BODY.exec(lastClause(lead))?.groups;
  return department !== undefined && !inName(department.name ?? department.each ?? '', agency);
}

/** A department's enforcement team, named by its field (市文化市场综合行政执法支队, 县农业综合执法大队). */
const OWN_TEAM = /^(?:省|市|县|区|州|旗)(?<field>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,10}?执法(?:支队|大队|队)/;

/** Whether a subject names the agency itself as a party to its cases (以省公安厅为被告 in the 四川省公安厅's report, 以我厅为被告). */
function asParty(subject: string, agency: string | null): boolean {
  const name = BODY_AS_PARTY.exec(subject)?.groups?.name;
  return name !== undefined && (SELF.test(name) || (agency !== null && inName(name, agency)));
}

/** The body naming itself (我局, 本厅, 本机关). */
const SELF = /^(?:我|本)(?:[局厅委办府院]|机关|单位)$/;

/** Ids of sections that are such (of a kind, or titled so), or inside one. */
function sectionsWhere(sections: Section[], such: (section: Section) => boolean): Set<string> {
  const ids = new Set<string>();
  const walk = (list: Section[], inside: boolean) => {
    for (const s of list) {
      const of = inside || such(s);
      if (of) ids.add(s.id);
      walk(s.children, of);
    }
  };
  walk(sections, false);
  return ids;
}

/** The year the figures speak of: the one named most often in the figures and in headings outside the plans. */
function mainYear(metricYears: number[][], sections: Section[], planned: Set<string>): number | null {
  const counts = new Map<number, number>();
  const count = (years: number[]) => {
    for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  };
  for (const years of metricYears) count(years);
  const walk = (list: Section[]) => {
    for (const s of list) {
      if (!planned.has(s.id)) count(yearsIn(s.title));
      walk(s.children);
    }
  };
  walk(sections);
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = n;
    }
  }
  return best;
}

function yearsIn(text: string): number[] {
  const years: number[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) years.push(Number(m[0]));
  return years;
}
