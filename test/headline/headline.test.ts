// Headline values: one per indicator, pointing at its mention.
import { describe, expect, it } from 'vitest';
import { leadOf, pickHeadline } from '../../src/headline/headline.js';
import { extract } from '../../src/extract.js';
import { CATALOGUE } from '../../src/indicators/catalogue.js';
import type { Mention, Section } from '../../src/model/schema.js';

function mention(indicator: string, value: number, text: string, extra: Partial<Mention> = {}): Mention {
  return {
    indicator,
    label: CATALOGUE.find((i) => i.id === indicator)?.label ?? indicator,
    value,
    unit: '件',
    bound: 'exact',
    subject: null,
    text,
    start: 0,
    end: text.length,
    line: 1,
    section: '1',
    rule: `${indicator}/before1`,
    ...extra,
  };
}

function section(id: string, kind: Section['kind'], title: string, children: Section[] = []): Section {
  return { id, level: id.split('.').length, marker: '一、', title, kind, start: 0, end: 0, line: 1, children };
}

const SECTIONS = [
  section('1', 'measures', '2024年法治政府建设主要工作及成效', [section('1.1', 'measures', '依法行政')]),
  section('2', 'plans', '2025年工作安排', [section('2.1', 'measures', '加强宣传')]),
  section('3', 'leadership', '主要负责人履行推进法治建设第一责任人职责情况'),
];

describe('pickHeadline', () => {
  it('takes the first mention of each indicator and points at it', () => {
    const metrics = [mention('penalty.cases', 37, '行政处罚案件37宗'), mention('penalty.cases', 5, '处罚5宗')];
    expect(pickHeadline(metrics, SECTIONS)).toEqual({ 'penalty.cases': { value: 37, mention: 0 } });
  });

  it('prefers a mention of the whole body over one with a subject', () => {
    const metrics = [
      mention('license.cases', 139, '医师执业注册类139宗', { subject: '医师执业注册类' }),
      mention('license.cases', 758, '卫生许可审批共758宗'),
    ];
    expect(pickHeadline(metrics, SECTIONS)['license.cases']).toEqual({ value: 758, mention: 1 });
  });

  it('prefers a total, then the formal term, to a figure said in passing', () => {
    const metrics = [
      mention('inspection.count', 62, '检查62家'),
      mention('inspection.count', 227, '开展行政检查227次'),
      mention('penalty.cases', 8, '查处8起'),
      mention('penalty.cases', 37, '全年查处案件37起'),
      mention('penalty.cases', 5, '行政处罚5件'),
    ];
    expect(pickHeadline(metrics, SECTIONS)).toEqual({
      'inspection.count': { value: 227, mention: 1 },
      'penalty.cases': { value: 37, mention: 3 },
    });
  });

  it('prefers the matters counted to visits counted in groups', () => {
    const metrics = [mention('petition.cases', 216, '接待群众来访216批次', { unit: '批次' }), mention('petition.cases', 359, '网上信访事项359件')];
    expect(pickHeadline(metrics, SECTIONS)['petition.cases']).toEqual({ value: 359, mention: 1 });
  });

  it('falls back to the first mention when every one has a subject', () => {
    const metrics = [
      mention('inspection.count', 35, '检查场所35间次', { subject: '场所' }),
      mention('inspection.count', 985, '各类公共场所985间次', { subject: '各类公共场所' }),
      mention('inspection.count', 950, '医疗机构950间次', { subject: '医疗机构' }),
    ];
    expect(pickHeadline(metrics, SECTIONS)['inspection.count']).toEqual({ value: 35, mention: 0 });
  });

  it('takes a total said of every case of its kind as the whole, and passes over a part named by a cue of its own', () => {
    const metrics = [
      mention('penalty.cases', 864000, '全年查处各类交通违法行为86.4万起', { subject: '各类交通违法行为' }),
      mention('penalty.cases', 52000, '处罚5.2万起', { rule: 'penalty.cases/before1/part' }),
      mention('inspection.count', 1635, '全年共检查生产经营单位1635家次', { subject: '生产经营单位' }),
      mention('inspection.count', 14, '联合检查14次', { rule: 'inspection.count/before1/part' }),
    ];
    expect(pickHeadline(metrics, SECTIONS)).toEqual({
      'penalty.cases': { value: 864000, mention: 0 },
      'inspection.count': { value: 1635, mention: 2 },
    });
  });

  it('takes a count of the things inspected, named by its own cue, as the whole, but not the head of a list of them', () => {
    const metrics = [
      mention('inspection.count', 2316, '全年检查定点医药机构2316家', { subject: '定点医药机构', unit: '家' }),
      mention('inspection.count', 3, '专项飞行检查3次', { unit: '次' }),
    ];
    expect(pickHeadline(metrics, SECTIONS)['inspection.count']).toEqual({ value: 2316, mention: 0 });
    const list = [
      mention('inspection.count', 35, '检查场所35间次', { subject: '场所', unit: '间次' }),
      mention('inspection.count', 950, '医疗机构950间次', { subject: '医疗机构', unit: '间次', rule: 'inspection.count/list' }),
      mention('inspection.count', 12, '专项检查12次', { unit: '次' }),
    ];
    expect(pickHeadline(list, SECTIONS)['inspection.count']).toEqual({ value: 12, mention: 2 });
  });

  it('passes over a figure said as a target for one that is not, unless nothing else is said', () => {
    const metrics = [
      mention('inspection.count', 1500, '全年检查重点运输企业不少于1500家', { subject: '重点运输企业', unit: '家', bound: 'over' }),
      mention('inspection.count', 2136, '检查2136家', { unit: '家' }),
    ];
    expect(pickHeadline(metrics, SECTIONS)['inspection.count']).toEqual({ value: 2136, mention: 1 });
    expect(pickHeadline(metrics.slice(0, 1), SECTIONS)['inspection.count']).toEqual({ value: 1500, mention: 0 });
  });

  it("passes over what the principal leader did in person, unless nothing else is said", () => {
    const metrics = [
      mention('training.sessions', 10, '集中学法10次', { subject: '镇村干部', section: '1.1' }),
      mention('training.sessions', 3, '全年主持专题学法3次', { section: '3' }),
      mention('litigation.cases', 2, '出庭应诉行政诉讼案件2件', { section: '3' }),
    ];
    expect(pickHeadline(metrics, SECTIONS)).toEqual({
      'training.sessions': { value: 10, mention: 0 },
      'litigation.cases': { value: 2, mention: 2 },
    });
  });

  it('never takes a figure from the plans, nor from inside them', () => {
    const metrics = [
      mention('training.sessions', 6, '法治专题学习不少于6次', { section: '2' }),
      mention('publicity.events', 6, '主题宣传不少于6场', { section: '2.1' }),
      mention('training.sessions', 4, '法治专题学习4次', { section: '1.1' }),
    ];
    expect(pickHeadline(metrics, SECTIONS)).toEqual({ 'training.sessions': { value: 4, mention: 2 } });
  });

  it('never takes a target from a part on shortcomings that names the next steps too, but its shortcomings\' figures', () => {
    const sections = [section('1', 'measures', '主要工作'), section('2', 'problems', '存在的问题和下一步工作')];
    const metrics = [
      mention('training.sessions', 4, '全年组织法律知识培训不少于4期', { section: '2', bound: 'over' }),
      mention('litigation.lost', 1, '行政诉讼败诉1件', { section: '2' }),
    ];
    expect(pickHeadline(metrics, sections)).toEqual({ 'litigation.lost': { value: 1, mention: 1 } });
  });

  it('never takes a figure about another year', () => {
    const metrics = [
      mention('reconsideration.cases', 66, '2023总共需办理复议案件66件'),
      mention('reconsideration.cases', 151, '2024年总共需办理复议案件151件'),
      mention('penalty.cases', 2024, '行政处罚2024件'),
      mention('publicity.materials', 2041, '发放宣传资料 2041 份'),
    ];
    // A count in a year's range, its unit set apart by a space, names no year (发放宣传资料 2041 份).
    expect(pickHeadline(metrics, SECTIONS)).toEqual({
      'reconsideration.cases': { value: 151, mention: 1 },
      'penalty.cases': { value: 2024, mention: 2 },
      'publicity.materials': { value: 2041, mention: 3 },
    });
  });

  it('never takes last year\'s level, named as such in its subject (上年同期分别为540起、63起)', () => {
    const metrics = [
      mention('penalty.cases', 58, '一般程序案件58起', { subject: '一般程序' }),
      mention('penalty.cases', 63, '行政处罚案件63起', { subject: '上年同期', rule: 'penalty.cases/period' }),
      mention('penalty.fines_yuan', 213800, '21.38万元', { subject: '去年', unit: '万元' }),
    ];
    expect(pickHeadline(metrics, SECTIONS)).toEqual({ 'penalty.cases': { value: 58, mention: 0 } });
  });

  it('never takes a level changed from, of a period the text does not name (行政处罚由2.61万件降至2.18万件)', () => {
    const metrics = [
      mention('penalty.cases', 26100, '行政处罚由2.61万件'),
      mention('penalty.cases', 21800, '行政处罚由2.61万件降至2.18万件'),
      mention('complaint.cases', 46, '投诉的问题件数从四十六件'),
      mention('complaint.cases', 9, '投诉的问题件数从四十六件下降到九件'),
    ];
    expect(pickHeadline(metrics, SECTIONS)).toEqual({ 'penalty.cases': { value: 21800, mention: 1 }, 'complaint.cases': { value: 9, mention: 3 } });
  });

  it('never takes a figure of one case, told in a section of cases or naming its party', () => {
    const sections = [section('1', 'measures', '主要工作', [section('1.1', 'measures', '执法办案情况'), section('1.2', 'measures', '以案说法')])];
    const metrics = [
      mention('penalty.fines_yuan', 1.9e6, '累计罚款金额达190万元', { unit: '万元', section: '1.1' }),
      mention('penalty.fines_yuan', 1.28e7, '罚款金额共计1284.55万元', { unit: '万元', section: '1.1' }),
      mention('penalty.fines_yuan', 2.94e5, '罚款共计29.4万元', { unit: '万元', section: '1.2' }),
      mention('penalty.confiscated_yuan', 46000, '没收违法所得4.6万元', { unit: '万元', section: '1.1' }),
    ];
    const leads = ['复查发现其拒不改正，依法实施按日连续处罚，', '全年', '', '县市场监管局以该公司生产不符合标准的食品为由，对其作出'];
    expect(pickHeadline(metrics, sections, { lead: (i) => leads[i] ?? '' })).toEqual({ 'penalty.fines_yuan': { value: 1.28e7, mention: 1 } });
  });

  it('never takes a figure whose sentence opens with several years, but one since the start of the report\'s year', () => {
    const metrics = [
      mention('penalty.cases', 156, '实施行政处罚156起'),
      mention('penalty.cases', 89, '立案查处违法行为89起', { subject: '违法行为' }),
      mention('penalty.fines_yuan', 1.36e8, '收缴罚没款1.36亿元', { unit: '亿元' }),
      mention('penalty.fines_yuan', 2.1e6, '罚款210万元', { unit: '万元' }),
      mention('reconsideration.cases', 0, '无行政复议'),
      mention('litigation.cases', 12, '办理行政诉讼案件12件'),
      mention('normative.documents', 96, '规范性文件96件'),
      mention('review.cases', 31, '审查规范性文件31件'),
    ];
    const leads = ['2021年以来，累计对存在重大隐患的企业', '全年', '“十四五”期间，全市共立案查处案件1287宗，', '', '近三年全镇', '2024年以来，', '五年来，全市累计制定市政府', '一年来，'];
    expect(pickHeadline(metrics, SECTIONS, { year: 2024, lead: (i) => leads[i] ?? '' })).toEqual({
      'penalty.cases': { value: 89, mention: 1 },
      'penalty.fines_yuan': { value: 2.1e6, mention: 3 },
      'litigation.cases': { value: 12, mention: 5 },
      'review.cases': { value: 31, mention: 7 },
    });
  });

  it('never takes a figure of the government\'s term, said before it or in its own words, but the year\'s after it', () => {
    const metrics = [
      mention('decision.major', 5, '2023年，区政府作出重大行政决策5项'),
      mention('decision.major', 23, '以来共作出重大行政决策23项'),
      mention('penalty.cases', 7600, '全县累计办理行政处罚案件7600余件', { bound: 'over' }),
    ];
    const leads = ['', '2023年，区政府作出重大行政决策5项，本届政府', '本届政府以来，'];
    expect(pickHeadline(metrics, SECTIONS, { year: 2023, lead: (i) => leads[i] ?? '' })).toEqual({ 'decision.major': { value: 5, mention: 0 } });
  });

  it('never takes a figure of a sentence that opens with another year than the report\'s, in any of its clauses', () => {
    const metrics = [
      mention('penalty.cases', 3562, '全区共办理行政处罚案件3562件'),
      mention('reconsideration.overturned', 12, '被行政复议纠错案件12件'),
    ];
    const leads = ['2023年，', '2023年，全区共办理行政处罚案件3562件，'];
    expect(pickHeadline(metrics, SECTIONS, { year: 2024, lead: (i) => leads[i] ?? '' })).toEqual({});
  });

  it('never takes a figure whose sentence opens with a plan\'s years or a range of years, but one of years in a row up to the report\'s', () => {
    const metrics = [
      mention('penalty.fines_yuan', 2.874e6, '罚款287.4万元', { unit: '万元' }),
      mention('penalty.fines_yuan', 6.4e6, '罚款合计640余万元', { unit: '万元', bound: 'over' }),
      mention('penalty.waived_yuan', 1.76e7, '累计减免罚款1,760万余元', { unit: '万元', bound: 'over' }),
      mention('penalty.waived_yuan', 5.124e6, '减免罚款金额512.4万元', { unit: '万元' }),
      mention('litigation.lost', 0, '未发生行政诉讼败诉案件'),
    ];
    const leads = ['全年', '“十四五”规划实施以来（2021年至2023年），全区累计立案查处案件218起，', '2021年至2025年，', '全年', '连续五年'];
    expect(pickHeadline(metrics, SECTIONS, { year: 2023, lead: (i) => leads[i] ?? '' })).toEqual({
      'penalty.fines_yuan': { value: 2.874e6, mention: 0 },
      'penalty.waived_yuan': { value: 5.124e6, mention: 3 },
      'litigation.lost': { value: 0, mention: 4 },
    });
  });

  it.each<[string, Mention[], number | null, Record<string, { value: number; mention: number }>]>([
    [
      'a figure about another year than the one the document covers, even its only one',
      [
        mention('petition.visitors', 800, '2022年全区接待来访群众800人次'),
        mention('petition.visitors', 650, '2023年接待来访群众650人次'),
        mention('reconsideration.cases', 18, '2022年共办理复议案件18件'),
      ],
      2023,
      { 'petition.visitors': { value: 650, mention: 1 } },
    ],
    [
      'a figure that names an earlier period or several years as its own, though the level reached from it',
      [
        mention('penalty.cases', 80, '上年度共查处违法案件80件', { subject: '违法案件' }),
        mention('penalty.cases', 95, '共查处违法案件95件', { subject: '违法案件' }),
        mention('reconsideration.cases', 20, '行政复议案件由去年的20件', { subject: '去年' }),
        mention('reconsideration.cases', 12, '行政复议案件由去年的20件降至12件'),
        mention('publicity.events', 320, '以来累计开展普法宣传活动320余场次'),
        mention('litigation.cases', 38, '近三年累计受理行政诉讼案件38件'),
      ],
      null,
      { 'penalty.cases': { value: 95, mention: 1 }, 'reconsideration.cases': { value: 12, mention: 3 } },
    ],
    [
      'a part named before its cue, where a total is said before its own',
      [mention('reconsideration.cases', 12, '行政复议案件12件'), mention('reconsideration.cases', 30, '全年共受理行政复议案件30件')],
      null,
      { 'reconsideration.cases': { value: 30, mention: 1 } },
    ],
  ])('never takes %s', (_name, metrics, year, expected) => {
    expect(pickHeadline(metrics, SECTIONS, { year })).toEqual(expected);
  });

  it.each<[string, string, string[], number]>([
    ['a department of a county government', '某县人民政府', ['县市场监管局', ''], 1],
    ['a department after numbering', '某区人民政府', ['（二）区城管执法局', ''], 1],
    ['a department after 同时', '某区人民政府', ['同时，区综合行政执法大队', ''], 1],
    ['a department of a development zone', '某经济开发区管委会', ['区生态环境分局', ''], 1],
    ['its towns each', '某区人民政府', ['各街道办事处共', ''], 1],
    ['its departments each', '某区人民政府', ['各执法部门', ''], 1],
    ['its towns counted', '某县人民政府', ['全县9个乡镇综合执法队全年共', ''], 1],
    ['its towns counted, more than one kind of them', '某区人民政府', ['全区15个街道、2个镇依法实施', ''], 1],
    ['its streets counted, no area named', '某区人民政府', ['13个街道以街道名义作出', ''], 1],
    ['not all its enforcing units, said with their officers', '某市人民政府', ['全市51个行政执法单位、持证执法人员2317名,全年共', ''], 0],
    ['its office of legal affairs, acting for it', '某区人民政府', ['区司法局审查', ''], 0],
    ['the government itself', '某县人民政府', ['县政府', ''], 0],
    ['the body in its own report', '某县市场监督管理局', ['县市场监管局', ''], 0],
    ['the body by its short name', '某区住房和城乡建设局', ['区住建局', ''], 0],
    ['another department in a department\'s report', '某区住房和城乡建设局', ['区司法局全年审查', ''], 1],
    ['a unit of another name in a department\'s report', '某县公安局', ['县交警大队', ''], 1],
    ['a word that only starts like a body (市场)', '某市人民政府', ['市场主体', ''], 0],
    ['a district of a city', '某某市人民政府', ['朝阳区作为全市“三项制度”试点区，', ''], 1],
    ['a town of a county', '某县市场监督管理局', ['清河镇全年', ''], 1],
    ['a city of a province', '某省司法厅', ['东山市在', ''], 1],
    ['a district in a district\'s own report', '某某区人民政府', ['朝阳区全年', ''], 0],
    ['an act done in the whole area', '某某市人民政府', ['举办全区', ''], 0],
    ['no body named', '某县人民政府', ['', ''], 0],
    ['the department\'s own enforcement team, by the field they share', '某市文化广电体育和旅游局', ['市文化市场综合行政执法支队全年', ''], 0],
    ['a field\'s departments acting in the figure\'s own clause', '某市文化广电体育和旅游局', ['旅游旺季期间，公安机关依法查处涉旅治安案件19起，市场监管部门', ''], 1],
    ['not a body\'s own people working on', '某市退役军人事务局', ['组织局机关干部集中学法', ''], 0],
    ['not a list of departments the body worked with, cut by the lead\'s length', '某县应急管理局', ['监管等部门在城乡结合部查处', ''], 0],
  ])('in a report of its own body or a government, weighs %s', (_name, agency, leads, expected) => {
    const metrics = [mention('penalty.cases', 128, '全年办理行政处罚案件128件'), mention('penalty.cases', 1260, '行政处罚决定1260件')];
    expect(pickHeadline(metrics, SECTIONS, { agency, lead: (i) => leads[i] ?? '' })['penalty.cases']?.mention).toBe(expected);
  });

  it.each<[string, string[], number]>([
    ['the whole province opening its sentence', ['全省行政复议机关', '省政府'], 0],
    ['the whole area after numbering and the year', ['（一）全年，全市各级行政机关', '市政府'], 0],
    ['the whole area after the year', ['2024年，全区行政执法单位', ''], 0],
    ['the whole area only inside the sentence', ['对全县', ''], 1],
    ['the whole system opening the figure\'s own clause', ['统筹“双随机、一公开”监管和重点领域专项检查，全系统实施', ''], 0],
    // leadOf gives at most 60 characters: a lead that long may start anywhere in its sentence.
    ['a lead cut at its greatest length', [`全县${'规模以上工业企业'.repeat(8)}`.slice(0, 60), ''], 1],
  ])('takes a figure of %s as a total', (_name, leads, expected) => {
    const metrics = [mention('reconsideration.cases', 48200, '新收案件4.82万件'), mention('reconsideration.cases', 2107, '新收行政复议案件2107件')];
    expect(pickHeadline(metrics, SECTIONS, { lead: (i) => leads[i] ?? '' })['reconsideration.cases']?.mention).toBe(expected);
  });

  it.each<[string, string, string, number]>([
    ['the body itself, by a short name', '四川省公安厅', '以省公安厅为被告', 1],
    ['the body as 我厅', '某省交通运输厅', '以我厅为被告', 1],
    ['another body', '某省交通运输厅', '以公安机关为被告', 0],
  ])('takes the suits of the body as a party to them for the whole: %s', (_name, agency, party, expected) => {
    const metrics = [
      mention('litigation.cases', 2146, '一审行政诉讼案件2,146件', { subject: '以各级行政机关为被告' }),
      mention('litigation.cases', 71, '行政诉讼案件71件', { subject: party }),
    ];
    expect(pickHeadline(metrics, SECTIONS, { agency, lead: (i) => ['全省各级人民法院共审结', ''][i] ?? '' })['litigation.cases']?.mention).toBe(expected);
  });

  it.each([
    ['the sentence from its start', '县市场监管局全年办理行政处罚案件128件', '县市场监管局', '全年', '县市场监管局'],
    ['the sentence after the one before', '全县共受理信访事项312件。县公安局全年查处', '县公安局', '全年', '县公安局'],
    ['across a line that a PDF cut', '全年办理12件。在\n全县开展“法律明白人”培训班12期', '在', '培训班', '在全县开展“法律明白人”'],
    ['at most 60 characters', `${'规模以上工业企业'.repeat(10)}检查`, '规', '检查', '规模以上工业企业'.repeat(10).slice(-60)],
  ])('reads the words before a mention in %s', (_name, text, sentence, mention, lead) => {
    expect(leadOf(text, text.indexOf(sentence), text.indexOf(mention))).toBe(lead);
  });

  it('reads a sentence whose line a PDF cut as one: its whole area is not the one opening the line', () => {
    const report = extract('某县人民政府关于2023年法治政府建设情况的报告\n一、主要工作\n（一）坚持学法用法。全年县政府常务会议学法8次，举办\n领导干部法治专题培训班1期。在\n全县开展“法律明白人”培训班12期。\n');
    if ('error' in report) throw new Error(report.error.message);
    expect(report.headline['training.sessions']?.value).toBe(8);
  });

  it('reads the formal term in the cue\'s words, not in a part\'s subject', () => {
    const metrics = [
      mention('review.cases', 183, '审核区政府文件183件', { subject: '区政府文件' }),
      mention('review.cases', 12, '行政规范性文件12件', { subject: '行政规范性文件' }),
    ];
    expect(pickHeadline(metrics, SECTIONS)['review.cases']).toEqual({ value: 183, mention: 0 });
  });

  it('reads as the formal term only the administrative act its indicator names, not 行政 in another thing reviewed', () => {
    const metrics = [
      mention('review.cases', 18, '审查市政府规范性文件18件'),
      mention('review.cases', 9, '重大行政决策事项9件'),
      mention('review.cases', 213, '行政合同213件'),
    ];
    expect(pickHeadline(metrics, SECTIONS)).toEqual({ 'review.cases': { value: 18, mention: 0 } });
  });

  it('takes the next item of a list of parts for a part, though its words name no kind alone', () => {
    const metrics = [
      mention('penalty.filed', 512, '全年共立案调查走私违规案件512宗', { subject: '调查走私违规案件' }),
      mention('penalty.filed', 137, '走私行为案件137宗', { subject: '走私行为案件', rule: 'penalty.filed/breakdown' }),
      mention('penalty.filed', 375, '违规案件375宗', { rule: 'penalty.filed/list' }),
    ];
    expect(pickHeadline(metrics, SECTIONS)['penalty.filed']).toEqual({ value: 512, mention: 0 });
  });

  it('takes the violations of a field named as the subject for every case of the body, not a part', () => {
    const metrics = [
      mention('penalty.cases', 128, '全年共查处食品药品违法案件128件', { subject: '食品药品违法案件' }),
      mention('penalty.cases', 27, '立案查处27件'),
    ];
    expect(pickHeadline(metrics, SECTIONS)['penalty.cases']).toEqual({ value: 128, mention: 0 });
    const parts = [mention('penalty.cases', 45, '全年查处违法案件45件'), mention('penalty.cases', 12, '无证经营违法案件12件', { subject: '无证经营违法案件', rule: 'penalty.cases/before1/part' })];
    expect(pickHeadline(parts, SECTIONS)['penalty.cases']).toEqual({ value: 45, mention: 0 });
  });

  it('reads no year in a count of about two thousand (发放宣传资料2000余份)', () => {
    const metrics = [mention('publicity.materials', 2000, '宣传资料2000余份', { unit: '份', bound: 'over' })];
    expect(pickHeadline(metrics, SECTIONS, { year: 2017 })['publicity.materials']).toEqual({ value: 2000, mention: 0 });
  });

  it('passes over the next year\'s targets said in a section on shortcomings, after a later year or the next steps', () => {
    const sections = [section('1', 'measures', '主要工作'), section('2', 'problems', '存在问题及下步打算')];
    const metrics = [
      mention('publicity.events', 36, '普法宣传活动36场', { unit: '场' }),
      mention('publicity.events', 40, '宣传活动40场以上', { unit: '场', bound: 'over', section: '2' }),
      mention('training.sessions', 8, '法治培训8次', { unit: '次', section: '2' }),
    ];
    const leads = ['全年开展', '2026年，我局将围绕中心工作，计划开展普法', '下一步，计划组织'];
    const headline = pickHeadline(metrics, sections, { year: 2025, lead: (i) => leads[i] ?? '' });
    expect(headline).toEqual({ 'publicity.events': { value: 36, mention: 0 } });
  });

  it('takes the whole over the sum of some departments and over every county\'s part, in a city department\'s report', () => {
    const metrics = [
      mention('penalty.cases', 32700, '行政处罚3.27万件'),
      mention('penalty.cases', 17533, '上述两个部门合计17,533件', { subject: '上述两个部门', rule: 'penalty.cases/total' }),
      mention('penalty.cases', 12500, '共办理行政处罚案件1.25万件'),
    ];
    const leads = ['其中，行政许可8.41万件，', '分部门看，市公安局办理行政处罚案件12,406件，市城市管理局5,127件，', '各县（市、区）'];
    expect(pickHeadline(metrics, SECTIONS, { agency: '某市司法局', lead: (i) => leads[i] ?? '' })['penalty.cases']).toEqual({ value: 32700, mention: 0 });
  });

  it('gives nothing for no mentions', () => {
    expect(pickHeadline([], SECTIONS)).toEqual({});
  });
});
