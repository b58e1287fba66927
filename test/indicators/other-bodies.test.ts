import { describe, expect, it } from 'vitest';
import { othersOwn, reportingBody } from '../../src/indicators/other-bodies.js';

const BODY = { level: 3, police: false, court: false, name: '某县市场监督管理局' };
const TOWNSHIP = { level: 4, police: false, court: false, name: '某镇人民政府' };

// The words of a sentence up to a figure, the figure's indicator, and whether the figure is a court's own.
const CASES: ReadonlyArray<[string, string, boolean]> = [
  ['另据区人民法院统计，该院全年共受理各类一审行政案件', 'litigation.cases', true],
  // A court taking in or concluding suits against the agencies tells their suits; what it took in of other kinds is its own.
  ['全县人民法院共受理行政诉讼案件', 'litigation.cases', false],
  ['全县法院新收一审行政案件', 'litigation.cases', false],
  ['全县法院审结一审行政诉讼案件', 'litigation.cases', false],
  ['同期全市两级法院受理劳动争议一审案件', 'litigation.cases', true],
  ['全县人民法院共受理行政诉讼案件', 'mediation.cases', true],
  ['鼓楼区人民法院在街道设立的“法官工作室”全年诉前化解纠纷', 'mediation.cases', true],
  ['检察院立案办理行政公益诉讼案件', 'litigation.cases', true],
  ['对拒不履行处罚决定的九件依法申请法院强制执行，县人民法院裁定准予执行', 'coercion.cases', true],
  ['申请法院强制执行14件，其中法院裁定准予执行', 'coercion.cases', false],
  // What a court ruled against the agencies is their suits lost, the court acting or cited on their suits.
  ['全县法院审结一审行政诉讼案件560件，行政机关败诉', 'litigation.lost', false],
  ['据区人民法院通报，全区法院审理的一审行政诉讼案件中行政机关败诉', 'litigation.lost', false],
  ['据县人民法院统计，全县行政机关被诉行政诉讼案件143件，审结127件，行政机关败诉', 'litigation.lost', false],
  ['据市中级人民法院统计，全市法院新收一审行政案件', 'litigation.cases', true],
  // Unless it is cited on the body's own suits; and a court's administrative cases of every kind are its own.
  ['据区人民法院统计，全年受理以区级行政机关为被告的一审行政诉讼案件', 'litigation.cases', false],
  ['需要说明的是，区法院全年共受理各类行政案件', 'litigation.cases', true],
  // A procuratorate's sentence is its work, not one it is worked with in.
  ['区人民检察院围绕行政违法行为监督，全年向区城管局等9家单位发出检察建议15件，涉及行政处罚案件', 'penalty.cases', true],
  ['与县人民检察院会签实施意见，双方全年召开联席会议2次，开展同堂培训', 'training.sessions', false],
  // A court acted on or worked with, or the body's own cases before it.
  ['申请法院强制执行', 'coercion.cases', false],
  ['向区人民法院申请强制执行', 'coercion.cases', false],
  ['联合区人民法院共同化解矛盾纠纷', 'mediation.cases', false],
  ['配合检察院办理公益诉讼案件', 'litigation.cases', false],
  ['承接法院委派调解案件', 'mediation.cases', false],
  ['镇司法所、派出所、法庭共同参与，全年排查矛盾纠纷五百余起，就地化解', 'mediation.cases', false],
  ['全县“共享法庭”、人民调解组织共化解矛盾纠纷', 'mediation.cases', false],
  ['全县法院共受理以县政府为被告的一审行政案件', 'litigation.cases', false],
  ['区人民法院受理我局申请的非诉执行案件', 'coercion.cases', false],
  ['区人民法院执行局依法受理区级行政机关申请强制执行案件', 'coercion.cases', false],
  ['县人民法院受理县直部门申请强制执行非诉行政案件', 'coercion.cases', false],
  // A body of its own after the court's clause; 该院 with no court before it is another 院.
  ['区人民法院诉前化解纠纷286件，街道调委会调解纠纷', 'mediation.cases', false],
  ['区法院驻街道诉调对接工作室诉前化解纠纷', 'mediation.cases', true],
  ['对某医院开展专项检查，该院共有执业医师32人，罚款', 'penalty.fines_yuan', false],
  ['全年共受理行政复议申请', 'reconsideration.cases', false],
  // What another body reports it counted; what the body itself reports (the 某县市场监督管理局's).
  ['浙江省市场监管局2024年通报全省系统行政诉讼败诉案件', 'litigation.lost', true],
  ['县市场监管局通报全县行政处罚案件', 'penalty.cases', false],
  ['全县乡镇政府全部公布年度重大行政决策事项目录，共纳入目录事项', 'decision.major', false],
  ['据市卫生健康委统计，全市2022年共立案查处卫生违法案件', 'penalty.cases', true],
  ['据县市场监管局统计，全年查处案件', 'penalty.cases', false],
  // A team sent from above, at work in or on the body, in its own clause; the body's own teams.
  ['国务院安委会专项督导组在我市督导检查企业', 'inspection.count', true],
  ['省考核组对我局抽查执法案卷', 'inspection.count', true],
  ['省督查组在我区督导检查企业87家，我局督促整改问题', 'inspection.count', false],
  ['我局成立3个检查组，检查企业', 'inspection.count', false],
];

describe('othersOwn: courts', () => {
  for (const [words, indicator, own] of CASES) {
    it(`${words}… (${indicator}) → ${own ? 'the court\'s' : 'the body\'s'}`, () => expect(othersOwn(words, indicator, BODY, true)).toBe(own));
  }
});

// In a township's report, the words of a sentence up to a figure, and whether the figure is another body's: the county's
// departments and stations at work in the township are told as its mentions; courts keep their dockets.
const IN_TOWNSHIP: ReadonlyArray<[string, boolean]> = [
  ['区综合行政执法局全年在我镇辖区查处违法建设案件', false],
  ['县综合行政执法局全年共办理案件', false],
  ['旗农牧和科技局、旗林草局全年在我苏木境内立案查处案件', false],
  ['镇综合行政执法队全年查处违法案件', false],
  ['东湖市场监管所办理行政处罚案件三十七件，罚没款', false],
  ['清泉派出所全年查处治安案件七十三起，清泉林业站查处毁林案件', false],
  ['街道综合执法中队配合区城管局开展市容环境整治，区城管执法局在街道辖区办理一般程序案件', false],
  ['市第二人民法院全年受理以各镇街为被告的行政诉讼案件', true],
  ['兴安盟中级人民法院全年审结以盟内各旗县市政府为被告的行政案件', true],
  // The whole city above the town acting.
  ['全市共调解纠纷', true],
];

describe('othersOwn: a township\'s county', () => {
  for (const [words, own] of IN_TOWNSHIP) {
    it(`${words}… → ${own ? 'another body\'s' : 'the township\'s'}`, () => expect(othersOwn(words, 'penalty.cases', TOWNSHIP, true)).toBe(own));
  }
  it('leaves the suits the county\'s agencies lost, a court cited on them, to the county', () =>
    expect(othersOwn('据区人民法院通报，全区法院审理的一审行政诉讼案件中行政机关败诉', 'litigation.lost', TOWNSHIP, true)).toBe(true));
  it('counts a county department\'s figures as a county government\'s own', () => expect(othersOwn('县综合行政执法局全年共办理案件', 'penalty.cases', BODY, true)).toBe(false));
  it('counts a province\'s system acting across or with other departments as its own', () => {
    const department = reportingBody('浙江省市场监督管理局');
    expect(othersOwn('全省系统开展跨部门联合抽查', 'inspection.count', department, true)).toBe(false);
    expect(othersOwn('全省系统会同公安部门查处案件', 'penalty.cases', department, true)).toBe(false);
    expect(othersOwn('全省药监系统查处案件', 'penalty.cases', department, true)).toBe(true);
  });

  it('counts a court\'s docket as its own in the court\'s own text', () => {
    const court = reportingBody('某市中级人民法院');
    expect(court.court).toBe(true);
    expect(othersOwn('全市两级法院共受理一审行政诉讼案件', 'litigation.cases', court, true)).toBe(false);
    expect(othersOwn('全市两级法院共受理一审行政诉讼案件', 'litigation.cases', BODY, true)).toBe(true);
  });
  it.each<[string, string, string, boolean]>([
    // A city bureau's branch seated in the county, or its station named after the town, is the place's own.
    ['云溪县人民政府', '市生态环境局云溪分局立案查处环境违法案件', 'penalty.cases', false],
    ['云溪县人民政府', '市生态环境局立案查处环境违法案件', 'penalty.cases', true],
    ['云溪县人民政府', '市生态环境局青溪分局立案查处环境违法案件', 'penalty.cases', true],
    ['梁湖镇人民政府', '市市场监管局梁湖市场监管所全年查处案件', 'penalty.cases', false],
    ['梁湖镇人民政府', '市市场监管局临山市场监管所全年查处案件', 'penalty.cases', true],
    // A department above at work in the body's own area counts there.
    ['某某高新技术产业开发区管理委员会', '市应急管理局在高新区开展安全生产执法检查', 'inspection.count', false],
    ['某某高新技术产业开发区管理委员会', '市应急管理局开展安全生产执法检查', 'inspection.count', true],
    // A town whose name starts with a division's word is no department above (州城镇, 省庄镇).
    ['宾川县司法局', '州城镇调委会调处婚姻家庭纠纷', 'mediation.cases', false],
    ['岱岳区人民政府', '省庄镇人民调解委员会调处矛盾纠纷', 'mediation.cases', false],
    ['宾川县司法局', '州司法局调处婚姻家庭纠纷', 'mediation.cases', true],
    // A place above that undid the body's act (被…撤销) acts on the body's own cases.
    ['临溪县人民政府', '县政府作为被申请人的行政复议案件3件，被溪州市人民政府撤销', 'reconsideration.overturned', false],
    ['临溪县人民政府', '溪州市人民政府全年共撤销', 'reconsideration.overturned', true],
  ])('in %s\'s report, %s… (%s) → another body\'s: %s', (agency, words, indicator, other) => {
    expect(othersOwn(words, indicator, reportingBody(agency), true)).toBe(other);
  });
  it.each([
    ['某镇人民政府', true],
    ['某街道办事处', true],
    ['某某图苏木', true],
    ['某乡', true],
    ['某县人民政府', false],
    ['某区市场监督管理局', false],
  ])('%s is a township, the most local body: %s', (agency, township) => expect(reportingBody(agency).level === 4).toBe(township));
});

describe('othersOwn: a whole area above the body', () => {
  it.each<[string, string, boolean]>([
    // A clause that opens on an area above the body, after a linking word or in brackets, and the clauses that go on with it.
    ['某县人力资源和社会保障局', '全市人社系统同期共立案查处欠薪案件', true],
    ['某县医疗保障局', '全省医保系统同期共检查定点医药机构', true],
    ['某某街道办事处', '依托联动机制共接收工单三千余件，而全区全年共受理工单', true],
    ['某某街道办事处', '全区各街道全年共立案', true],
    ['某经济技术开发区管理委员会', '全年承办热线工单1.37万件，占全市工单总量的1.2%（全市12345热线全年受理工单', true],
    ['某某镇人民政府', '全县开展专项整治行动，查处违法建设', true],
    // The body's own area, an area below it, a comparison inside a clause, a body whose name gives no division.
    ['某县人民政府', '全县共办理行政复议案件', false],
    ['某市人民政府', '全区各乡镇共立案', false],
    ['某省市场监督管理局', '全市场监管系统共查处案件', false],
    ['广西壮族自治区司法厅', '全区行政复议机关共收到申请', false],
    ['某县人民政府', '占全市案件总量的30%，全年查处案件', false],
    ['某某街道办事处', '全区开展专项行动，我街道查处案件', false],
    ['市场监管局', '全省共查处案件', false],
    // The nation's platform the body took its complaints through.
    ['某市市场监督管理局', '全国12315平台及热线共受理投诉举报', false],
    // A place above the body opening the clause as its actor, or its whole area after a year; not the body's own full name, nor a place an act is done by.
    ['阿里地区改则县人民政府', '2019年，阿里地区各级行政执法部门共办理行政处罚案件1025件，罚没款合计', true],
    ['某某蒙古自治县人民政府', '塔城地区行政公署2021年共办理行政复议案件', true],
    ['某某水族自治县人民政府', '黔南州本级2025年共受理行政复议案件', true],
    // Papers sent up to a body above for filing: the body's own act.
    ['绍兴市司法局', '报送省政府、市人大常委会备案规范性文件19件，审查县级规范性文件备案', false],
    ['某州农业畜牧局', '2018年全省共查处草原违法案件', true],
    ['兰州市七里河区政府', '近几年来,兰州市七里河区政府共收到行政复议申请', false],
    // A room the body set up in a court is no court's docket.
    ['某区司法局', '在区人民法院设立诉前调解工作室，委派调解成功', false],
    // An act of all the departments of the body's own city is no field of others.
    ['北流市司法局', '全市开展部门联合抽查检查', false],
    // Lawyers sent from a city elsewhere, at work in the county's own centre: 公共 is no total.
    ['塔什库尔干塔吉克自治县人民政府', '深圳市援疆律师2名常驻县公共法律服务中心，全年为群众提供法律咨询', false],
    ['某县人民政府', '2021年，我县将认真落实省政府确定的目标，全年开展普法活动不少于', false],
    // A named place's whole area with its total, not the body's own place; a government or a department above acting; closed brackets.
    ['义乌市人民政府', '在金华市政府组织的备案审查中，金华全市共报备规范性文件', true],
    ['义乌市人民政府', '义乌全市共报备规范性文件', false],
    // The words of a target before the whole area are no place's name.
    ['郓城县信访局', '力争全县信访总量较2021年下降10%以上，集体访控制在', false],
    // Nor are the acts done to the whole area's things.
    ['某某县人民政府', '审查全县行政规范性文件共', false],
    ['某某县司法局', '督导全县行政执法部门共办理行政处罚案件', false],
    ['某某县司法局', '汇总统计全县行政执法部门2024年办理行政处罚案件', false],
    ['昆山市市场监督管理局', '同期苏州全市市场监管系统行政复议案件共计', true],
    ['某省应急管理厅', '举办全区应急管理执法骨干培训班4期，培训执法人员', false],
    ['广州市番禺区人民政府', '同年广州市政府出台市政府规范性文件', true],
    ['南京市鼓楼区城市管理局', '市城管局全年清理全市城管领域规范性文件', true],
    ['南京市鼓楼区城市管理局', '区城管局全年清理规范性文件', false],
    ['某县文化旅游体育局', '县文化市场综合行政执法大队全年出动执法人员2,864人次，检查各类文化旅游经营场所', false],
    ['仙桃市郑场镇人民政府', '全市全年以各镇（街道）为被告的行政诉讼案件共39件，败诉', true],
    // A province's department at work in the city; a part of the body's own figure; the body's own whole area acting.
    ['某市生态环境局', '省生态环境厅对我市开展执法稽查，抽查重点排污单位', true],
    ['某市市场监督管理局', '省局另对我市开展执法稽查督查，调阅案卷80卷、抽查企业', true],
    ['某市交通运输局', '全年涉及我局的行政复议案件5件（其中省交通运输厅作为复议机关审理', false],
    ['某市市场监督管理局', '全年共受理行政复议申请23件，其中市政府受理十五件，省局受理', false],
    ['某区市场监督管理局', '市局部署开展专项行动，全区共检查企业120家，立案查处', false],
    // In a department's report, a whole area's departments of another field; of its own field, by a short form; not in a government's.
    ['湖南省药品监督管理局某某检查分局', '全市市场监管部门同期查处药品零售环节案件', true],
    ['国家税务总局某市税务局', '全市税务稽查部门全年检查纳税人', false],
    ['某市公安局交通警察支队', '全市公安交管部门共查处道路交通违法行为', false],
    ['某市公安局', '全市交警部门共查处道路交通违法行为', false],
    ['某市公安局', '全市交管部门共查处各类交通违法行为', false],
    ['湖州市生态环境局', '依托浙江省行政执法监管平台全年随机抽查污染源', false],
    ['绵阳市卫生健康委员会', '疫情期间全市卫生健康执法机构累计出动监督执法人员1.36万人次，共检查医疗卫生机构', false],
    ['某县公安局', '全县出入境管理部门共受理出入境证件申请', false],
    ['某市生态环境局', '全市环保系统共查处环境违法案件', false],
    ['某市综合行政执法局', '全市城管系统共办理行政处罚案件', false],
    ['某区综合行政执法局', '全区城市管理系统共查处违法建设', false],
    ['某县综合行政执法局', '全县市场监管部门共查处案件', true],
    ['某市人民政府', '全市市场监管部门共查处案件', false],
    ['某市司法局', '全市行政执法部门共办理行政处罚案件', false],
    // The office for governing the whole area by law speaks for all its departments.
    ['中共某市委全面依法治市委员会办公室', '全市信访部门共受理信访事项', false],
    ['某市司法局', '全市综合执法部门共办理行政处罚案件', false],
    ['某市司法局', '全市以市政府及部门为被告的行政诉讼案件共计', false],
    // An act across departments, counted for the whole area, is no field's (跨部门联合检查).
    ['某县司法局', '全县累计开展跨部门联合检查', false],
    // Departments of a task any body has, the body's own: its audit offices.
    ['国家税务总局某市税务局', '全市稽查部门检查各类纳税人', false],
    // A township's county named as its own place, at work in it; joint work with the township; the county's departments named in an act.
    ['平度市南村镇人民政府', '平度市市场监管局南村市场监管所全年在我镇检查食品经营户', false],
    ['深圳市南山区粤海街道办事处', '南山区信访局全年受理信访事项', false],
    ['某某县盖洋乡人民政府', '县司法局派驻我乡的盖洋司法所与乡人民调解委员会联合调解矛盾纠纷', false],
    ['某某县团林乡人民政府', '乡联合县林业局开展森林防火、林木采伐专项检查', false],
    ['某某县团林乡人民政府', '另办理县信访局交办信访事项', false],
    // A township right under a city: the city's departments are its county's; under a district, they are above it.
    ['凯里市大十字街道办事处', '市市场监管局大十字市场监管所开展“双随机、一公开”抽查企业', false],
    ['长垣市恼里镇人民政府', '市自然资源局查处违法占地案件', false],
    ['南宁市青秀区新竹街道办事处', '市市场监管局开展“双随机、一公开”抽查企业', true],
    // 市场, 市容 and 市政 name no city: a county's own departments, listed by field.
    ['某县人民政府', '分领域看：综合行政执法局办理4826件；市场监管局查处各类案件', false],
    ['某县人民政府', '市容环卫局查处案件', false],
  ])('%s: %s… → another body\'s: %s', (agency, words, other) => expect(othersOwn(words, 'penalty.cases', reportingBody(agency), true)).toBe(other));
  it.each<[string, number | null]>([
    ['某某省司法厅', 1],
    ['广西壮族自治区南宁市司法局', 2],
    ['某市城市管理综合行政执法局', 2],
    ['某市市场监督管理局', 2],
    ['某省某市某区人民政府', 3],
    ['某县市场监督管理局', 3],
    ['某经济技术开发区管理委员会', 3],
    ['某某街道办事处', 4],
    ['阿里地区改则县人民政府', 3],
    ['某某地区行政公署', 2],
    ['贵州省人民政府', 1],
    ['黔南布依族苗族自治州人民政府', 2],
    ['市场监督管理局', null],
  ])('%s is at level %s', (agency, level) => expect(reportingBody(agency).level).toBe(level));
});

describe('othersOwn: the police', () => {
  it.each<[string, boolean, boolean]>([
    ['向公安机关移送涉嫌犯罪案件18件，公安机关已立案', false, true],
    ['移送公安机关立案侦查', false, false],
    ['全市公安机关共受理治安案件', true, false],
    ['县公安局全年查处', false, false],
    ['经审查，县公安局已立案侦查', false, true],
  ])('%s… in a police body\'s report: %s → another body\'s: %s', (words, police, other) =>
    expect(othersOwn(words, 'penalty.filed', { level: null, police, court: false, name: null }, true)).toBe(other),
  );
  it.each([
    ['某县公安局', true],
    ['某市公安局交通警察支队', true],
    ['某县市场监督管理局', false],
  ])('%s is a police body: %s', (agency, police) => expect(reportingBody(agency).police).toBe(police));
});
