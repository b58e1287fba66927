// The finder on tricky sentences in the shape of the reports: what is a
// figure, which indicator, value, bound, subject and verbatim source text.
import { describe, expect, it } from 'vitest';
import { describeRules, findMentions } from '../../src/indicators/find.js';
import { normalise } from '../../src/normalise/normalise.js';

function find(source: string) {
  return findMentions(normalise(source), []).map((m) => ({
    indicator: m.indicator,
    value: m.value,
    bound: m.bound,
    subject: m.subject,
    text: source.slice(m.start, m.end),
    rule: m.rule,
  }));
}

function pairs(source: string): string[] {
  return find(source).map((m) => `${m.indicator}=${m.value}`);
}

describe('findMentions: what is not a figure', () => {
  const none: Array<[string, string]> = [
    ['list items', '明确首违不罚事项 20 项、从轻处罚事项 3 项、减轻处罚 1 项。'],
    ['relief money', '为企业减负12.5万元。'],
    ['hotline number', '按时处理办结 12345 热线工单、接待办理群众来信来访。'],
    ['dates', '利用“12·4”国家宪法日、4.25宣传周开展活动。'],
    ['document numbers', '落实《方案》（江海府办函〔2020〕64号）和（江海卫﹝2021﹞11 号）。'],
    ['durations', '医师执业许可从法定时限 20 个工作日改为即办，为期 3 个月。'],
    ['hours', '执法人员年度法律培训不少于60学时。'],
    ['changes', '减少入企检查频次30%以上，行政处罚同比下降12%。'],
    ['ordinals and sets', '一是落实三张清单，二是推进“两站一场”建设，严格执行“九不准”。'],
    ['a figure naming two indicators', '诉讼、复议案件410宗。'],
    ['a year', '2024年行政处罚工作取得成效。'],
    ['cases found, not punished', '辖区发现非法行医案件3起。'],
    ['training that is not of law does not fall back to an earlier cue', '开展安全生产检查，全年共开展培训3次。'],
    ['a breakdown by outcome', '发生行政诉讼2件，其中1件维持，1件尚未审结。'],
    ['a breakdown by outcome, outcome first', '行政诉讼案件2件，其中维持1件，驳回1件。'],
    ['outcomes after the cue of the cases they end', '行政诉讼审理中的案件，维持2件，驳回1件。'],
  ];
  for (const [name, text] of none) {
    it(name, () => expect(pairs(text).filter((p) => !p.startsWith('litigation.cases=2'))).toEqual([]));
  }
});

describe('findMentions: indicators, values and bounds', () => {
  const cases: Array<[string, string[]]> = [
    ['全年卫生行政处罚案件37宗，结案32宗，执行中5宗，共计罚款27.1651万元。', ['penalty.cases=37', 'penalty.closed=32', 'penalty.fines_yuan=271651']],
    ['减免罚款金额 26.6 万元。', ['penalty.waived_yuan=266000']],
    ['共计罚款4.52万元。', ['penalty.fines_yuan=45200']],
    ['查处违法案件三起，受理投诉十二件。', ['penalty.cases=3', 'complaint.cases=12']],
    ['开展普法宣传二十余场，接受群众咨询一百零五人次。', ['publicity.events=20', 'publicity.consultations=105']],
    ['共计罚款两万余元。', ['penalty.fines_yuan=20000']],
    ['行政复议案件30件，其中行政处罚类17件。', ['reconsideration.cases=30', 'reconsideration.cases=17']],
    ['新受理的行政复议30件中，被申请人为县政府部门的案件数量为20件；乡镇政府10件。', ['reconsideration.cases=30', 'reconsideration.cases=20', 'reconsideration.cases=10']],
    ['立案查处390件。', ['penalty.cases=390']],
    ['畅通信访渠道，截至11月底共受理120件。', ['petition.cases=120']],
    ['审核区政府规范性文件26件，出台规范性文件1份。', ['review.cases=26', 'normative.documents=1']],
    ['申请法院强制执行9件。', ['coercion.cases=9']],
    ['收到区长信箱来信30件，12345政务服务热线共收到900件。', ['petition.cases=30', 'hotline.tickets=900']],
    ['全年行政复议和行政诉讼案件均为0。', ['reconsideration.cases=0', 'litigation.cases=0']],
    ['本年度未被提起行政复议和行政诉讼。', ['reconsideration.cases=0', 'litigation.cases=0']],
    ['行政诉讼案件为0件。', ['litigation.cases=0']],
    ['行政复议纠错率为0，行政诉讼败诉率为0。', []],
    ['发生行政诉讼案件1件，已审结，未败诉。', ['litigation.cases=1', 'litigation.lost=0']],
    ['尚未审结的行政复议案件2件。', ['reconsideration.cases=2']],
    ['行政处罚案件同比增长15%，达到240件。', ['penalty.cases=240']],
    ['受理行政复议案件同比增加5件，达到25件。', ['reconsideration.cases=25']],
    ['罚款金额同比增长8%，达56.7万元。', ['penalty.fines_yuan=567000']],
    ['行政处罚案件同比下降12%，罚款金额达56万元。', ['penalty.fines_yuan=560000']],
    ['行政诉讼案件同比下降20%，为近五年最低。', []],
    ['全年受理信访件同比下降18%，为236件。', ['petition.cases=236']],
    ['全年实施行政许可1,234件、行政检查789次、行政征收12件、其他行政权力5件。', ['license.cases=1234', 'inspection.count=789']],
    ['行政复议案件30件，其中行政处罚类17件、行政许可类13件。', ['reconsideration.cases=30', 'reconsideration.cases=17', 'reconsideration.cases=13']],
    ['受理行政复议案件30件，其中：\n行政处罚类17件；\n行政许可类13件。', ['reconsideration.cases=30', 'reconsideration.cases=17', 'reconsideration.cases=13']],
    ['办理行政处罚案件120件，罚款35万元。其中：\n1.食品类案件50件；\n2.药品类案件40件。', ['penalty.cases=120', 'penalty.fines_yuan=350000', 'penalty.cases=50', 'penalty.cases=40']],
    ['行政复议：\n受理5件；\n办结4件。', ['reconsideration.cases=5', 'reconsideration.closed=4']],
    ['受理行政复议案件30件，其中行政处罚类17件。\n行政许可类13件。', ['reconsideration.cases=30', 'reconsideration.cases=17']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => expect(pairs(text)).toEqual(expected));
  }

  const bounds: Array<[string, string]> = [
    ['发放宣传资料2600余份。', 'over'],
    ['发放宣传资料500多份。', 'over'],
    ['发放宣传资料超过500份。', 'over'],
    ['共收到信访将近500宗。', 'under'],
    ['共收到信访不足500宗。', 'under'],
    ['受理信访500宗以内。', 'under'],
    ['受理信访约500宗。', 'about'],
    ['受理信访500宗左右。', 'about'],
    ['服务人群约5万余人次，普法受众多。', 'about'],
  ];
  for (const [text, bound] of bounds) {
    it(`${text} → ${bound}`, () => expect(find(text)[0]?.bound).toBe(bound));
  }
});

describe('findMentions: the reporting body', () => {
  it('knows a body named in Traditional characters as its own, as the text folded to Simplified reads it', () => {
    const source = '全市環保部門全年共立案環境違法案件186件，作出行政處罰決定172件。';
    const read = (agency: string) => findMentions(normalise(source), [], agency).map((m) => `${m.indicator}=${m.value}`);
    expect(read('湘潭市環境保護局')).toEqual(read('湘潭市环境保护局'));
    expect(read('湘潭市環境保護局')).toEqual(['penalty.filed=186', 'penalty.cases=172']);
  });
});

describe('findMentions: cues after the figure, lists and subjects', () => {
  it('reads six inspections whose cue comes after them', () => {
    const source = '对 500 余家公共场所、7 家二次供水单位、23 家现制现售水单位、设置饮水机的 300 多个小区、29 所学校、366 家医疗机构进行监督。';
    expect(pairs(source)).toEqual([500, 7, 23, 300, 29, 366].map((v) => `inspection.count=${v}`));
  });

  it('takes no cue after the figure that stands right before a later figure of the list', () => {
    const source = '全年审结行政复议案件150件，从涉及领域看，涉及房屋征收的40件、治安管理35件、市场监管投诉举报30件。';
    expect(pairs(source).slice(0, 3)).toEqual(['reconsideration.closed=150', 'reconsideration.closed=40', 'reconsideration.closed=35']);
  });

  it('reads a breakdown with the subject of each part', () => {
    const source = '卫生许可审批共 758宗，其中医师执业注册类 139宗，护士执业注册类 207宗，放射诊疗工作人员证核发 3宗。';
    const found = find(source);
    expect(found.map((m) => m.value)).toEqual([758, 139, 207, 3]);
    expect(found.every((m) => m.indicator === 'license.cases')).toBe(true);
    expect(found.map((m) => m.subject)).toEqual([null, '医师执业注册类', '护士执业注册类', null]);
  });

  it('names a part of a breakdown by its kind before its cue', () => {
    const found = find('全年受理调解案件200余件，其中婚姻家庭纠纷60件、邻里纠纷45件。');
    expect(found.map((m) => [m.value, m.subject])).toEqual([
      [200, null],
      [60, '婚姻家庭纠纷'],
      [45, '邻里纠纷'],
    ]);
  });

  it('reads a part with no cue of its own by the part before it when that part opens with an act on a kind', () => {
    expect(pairs('结案800件。其中，查办食品案件300件，药品案件60件，化妆品案件9件。')).toEqual([
      'penalty.closed=800',
      'penalty.cases=300',
      'penalty.cases=60',
      'penalty.cases=9',
    ]);
  });

  it('reads a part by its total when the part before it is a kind itself or has its cue inside the kind', () => {
    expect(pairs('一般程序案件共办理500件。其中重大案件30件，扬尘类案件70件。')).toEqual([
      'penalty.cases=500',
      'penalty.major_cases=30',
      'penalty.cases=70',
    ]);
    expect(pairs('办理结案600件，其中，适用查封、扣押案件数量为50件；适用停产案件数量为9件。')).toEqual([
      'penalty.closed=600',
      'coercion.cases=50',
      'penalty.closed=9',
    ]);
  });

  it.each([
    ['parts larger than the nearer total', '受理信访事项268件，化解信访积案11件。从诉求内容看，涉及征地拆迁的96件，劳动保障的54件。', 'petition.cases'],
    ['small parts first, a larger one later', '受理信访事项268件，化解信访积案11件。从诉求内容看，涉及征地拆迁的6件，劳动保障的8件，城乡建设的38件。', 'petition.cases'],
    ['parts the nearer total holds', '收到行政复议申请26件，行政诉讼案件11件。从案件类型看，涉及征地拆迁的6件，劳动保障的5件。', 'litigation.cases'],
    ['kinds of the things taken in, not of those closed', '受理信访事项268件，化解信访积案11件。从诉求内容看，涉及征地拆迁的6件，劳动保障的5件。', 'petition.cases'],
    ['ways of ending, of those closed', '受理信访事项268件，化解信访积案11件。按办理结果分，涉及征地拆迁的6件，劳动保障的5件。', 'petition.resolved'],
    ['kinds of cases, not a count of times', '收到行政复议申请89件，组织听证审理4次。从案件类型看，征收补偿类27件，工伤认定类16件。', 'reconsideration.cases'],
  ])('breaks down the total that holds every part: %s', (_name, source, indicator) => {
    const parts = find(source).slice(2);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((m) => m.indicator === indicator)).toBe(true);
  });

  it('reads parts that a way of classing opens, more than any total in reach, as the cases its heading line names', () => {
    // Each line a paragraph, as the structure stage gives them.
    const read = (text: string) => {
      const ends = [...text.matchAll(/\n/g)].map((m) => m.index);
      return findMentions(normalise(text), ends).map((m) => `${m.indicator}=${m.value}`);
    };
    const heading = '全年开展重大执法决定法制审核638件。\n二、行政处罚案件分析\n';
    const parts = '（一）从案件类别看，市容环境卫生类、园林绿化类案件分别为2.54万件、3286件。';
    expect(read(heading + parts)).toEqual(['review.cases=638', 'penalty.cases=25400', 'penalty.cases=3286']);
    // A heading of two phrases is a motto, naming no statistics.
    expect(read(heading.replace('二、行政处罚案件分析', '二、坚持严格执法，规范行政处罚') + parts)).not.toContain('penalty.cases=25400');
    // Cases alone, with no total in reach, are an enforcement report's penalty cases.
    expect(read('二、案件分析\n' + parts)).toEqual(['penalty.cases=25400', 'penalty.cases=3286']);
    // …or the report's total of cases that holds them, not a nearer count of other things.
    const totals = '全市共办理行政处罚案件3.86万宗。\n全年法制审核各类执法决定1.02万件。\n二、案件情况分析\n';
    expect(read(totals + '（一）从处罚种类看，罚款案件3.1万宗，警告2174宗，没收违法所得124宗。').slice(2)).toEqual([
      'penalty.fine_cases=31000',
      'penalty.cases=2174',
      'penalty.cases=124',
    ]);
  });

  it('reads a way of classing that opens its paragraph as breaking down the total of the paragraph before', () => {
    expect(pairs('全年共立案查处环境违法案件203件，作出行政处罚决定186件。\n从地区分布看，柯城区38件、衢江区31件。')).toEqual([
      'penalty.cases=203',
      'penalty.cases=186',
      'penalty.cases=38',
      'penalty.cases=31',
    ]);
    expect(pairs('全年共作出行政处罚决定186件。\n柯城区38件、衢江区31件。')).toEqual(['penalty.cases=186']);
    expect(pairs('全年共立案查处各类违法案件428件。\n（二）按领域分。食品安全类案件137件，占33.3%；价格类19件。')).toEqual([
      'penalty.cases=428',
      'penalty.cases=137',
      'penalty.cases=19',
    ]);
  });

  it.each([
    ['全年受理防雷装置设计审核和竣工验收等行政许可事项74件，其中设计审核39件、竣工验收35件。'],
    ['全年办理建设工程规划许可审核35件。'],
  ])('reads a licence whose name ends in 审核 as no review of legality: %s', (source) => {
    expect(find(source).filter((m) => m.indicator === 'review.cases')).toEqual([]);
  });

  it('gives cases named by their procedure that procedure, as written, as their subject', () => {
    const found = find('办理行政处罚案件120件，其中简易程序案件80件，一般程序40件；普通程序案件共办理6件。');
    expect(found.map((m) => [m.indicator, m.value, m.subject])).toEqual([
      ['penalty.cases', 120, null],
      ['penalty.cases', 80, '简易程序'],
      ['penalty.cases', 40, '一般程序'],
      ['penalty.cases', 6, '普通程序'],
    ]);
  });

  it('reads publicity under a heading on it as law publicity, and a law\'s own publicity', () => {
    expect(pairs('（五）加强普法宣传\n开展宣传活动12次，发放资料4500份。')).toEqual(['publicity.events=12', 'publicity.materials=4500']);
    expect(pairs('（五）加强安全宣传\n开展宣传活动12次。')).toEqual([]);
    expect(pairs('组织税法宣传活动48场。')).toEqual(['publicity.events=48']);
  });

  it('reads a paragraph without a topic word of its own as about what its heading names', () => {
    const source = ['（三）行政复议工作', '全年立案受理15件，审结14件。', '（四）执法监督', '受理12件。'].join('\n');
    expect(pairs(source)).toEqual(['reconsideration.cases=15', 'reconsideration.closed=14']);
  });

  it('starts the parts of cases counted again before 中 right after it, and those of 集中在 after its 在', () => {
    expect(find('共查处违法用地案件29件，29件案件中非法占地案件17件、违法建设案件12件。').map((m) => [m.value, m.subject])).toEqual([
      [29, '违法用地案件'],
      [17, '非法占地案件'],
      [12, '违法建设案件'],
    ]);
    expect(find('受理行政许可申请1263件，主要集中在出入境证件签发（987件）。').map((m) => [m.value, m.subject])).toEqual([
      [1263, null],
      [987, '出入境证件签发'],
    ]);
  });

  it('reads kinds of cases listed after an act on a kind of cases as more of them, each its own subject', () => {
    expect(find('查处食品安全违法案件356件，药品医疗器械案件89件，价格违法案件23件。').map((m) => [m.indicator, m.value, m.subject])).toEqual([
      ['penalty.cases', 356, '食品安全违法案件'],
      ['penalty.cases', 89, '药品医疗器械案件'],
      ['penalty.cases', 23, '价格违法案件'],
    ]);
  });

  it.each([
    ['a kind of cases only after an act on one', '审核重大执法决定12件，集体讨论案件5件。', ['review.cases=12']],
    ['a kind of cases only right after the act', '查处食品安全违法案件356件，罚没款12万元，药品案件89件。', ['penalty.cases=356', 'penalty.forfeiture_yuan=120000']],
    ['the act that opens a list, on each item', '聘请法律顾问2名，审查合同36份、规范性文件5件。', ['review.cases=36', 'review.cases=5']],
    ['an item with an act of its own', '审查合同5份、制定规范性文件3件。', ['review.cases=5', 'normative.documents=3']],
    ['items each with its act', '全年制定规范性文件3件、清理规范性文件12件。', ['normative.documents=3', 'normative.documents=12']],
    ['the act appealed against, the kind of the appeal', '全年受理行政复议申请30件。其中，不服行政处罚的12件，不服行政许可的8件。', ['reconsideration.cases=30', 'reconsideration.cases=12', 'reconsideration.cases=8']],
    ['an appeal named by what it appeals', '全年办理不服行政处罚决定申请复议的案件6件。', ['reconsideration.cases=6']],
    [
      'a breakdown ended at a semicolon by a figure with a cue of its own',
      '受理行政复议申请46件，其中撤销4件；办理行政诉讼案件58件，败诉3件，败诉率5.2%，较2024年的71件明显下降。',
      ['reconsideration.cases=46', 'reconsideration.overturned=4', 'litigation.cases=58', 'litigation.lost=3'],
    ],
    ['no act from the sentence before', '接待来访群众132人次，均按期办结。发生行政复议案件6件。', ['petition.visitors=132', 'reconsideration.cases=6']],
    ['a count in two units, the second after 、', '其中来访128批次、346人次。', ['petition.cases=128', 'petition.visitors=346']],
    ['no list item named by what the indicator excludes', '查封扣押51件、移送行政拘留4件。', ['coercion.cases=51']],
    ['a breakdown in brackets, ended by its bracket', '实施行政处罚21件（其中简易程序12件、普通程序9件），行政征收3215件，行政确认1024件。', ['penalty.cases=21', 'penalty.cases=12', 'penalty.cases=9']],
    [
      'a breakdown in brackets, then the sentence goes on',
      '受理行政复议案件30件（其中行政处罚类17件、行政许可类13件），审结28件。',
      ['reconsideration.cases=30', 'reconsideration.cases=17', 'reconsideration.cases=13', 'reconsideration.closed=28'],
    ],
    [
      'a total restated with no cue to lead into its parts, after a heading sentence',
      '（一）全年办理行政处罚案件1362件。\n（二）跨领域执法。在1362件案件中，城市管理领域734件，生态环境领域165件。',
      ['penalty.cases=1362', 'penalty.cases=734', 'penalty.cases=165'],
    ],
    [
      'no part of a total before a count of another indicator named since the opener',
      '实地检查42家；立案查处案件14起，其中未年检9起、擅自变更名称5起，作出行政处罚决定14件，给予警告11家、撤销登记3家。',
      ['inspection.count=42', 'penalty.cases=14', 'penalty.cases=9', 'penalty.cases=5', 'penalty.cases=14'],
    ],
    [
      'parts of a total counted in a unit that needs its noun, the noun named with the total',
      '区12345热线全年受理来电共计43.2万个，其中咨询类26.1万个、求助类9.7万个。',
      ['hotline.tickets=432000', 'hotline.tickets=261000', 'hotline.tickets=97000'],
    ],
    ['a line of suits not gone through reconsideration, its total', '行政诉讼（未经复议直接起诉）：维持2件，纠正0件，总计2件。', ['litigation.cases=2']],
    ['a line of suits after reconsideration, its total', '行政诉讼（复议后起诉）：维持1件，纠正0件，总计1件。', ['litigation.cases=1']],
    [
      'parts that end at a clause with an act of its own, the total the nearest',
      '检查校外培训机构1183家次；立案查处违规培训案件27宗，其中“隐形变异”培训19宗，作出行政处罚决定9件。',
      ['inspection.count=1183', 'penalty.cases=27', 'penalty.cases=19', 'penalty.cases=9'],
    ],
    ['a hotline\'s tickets broken down by what they ask, each a ticket', '受理12345、12328转办工单2174件，其中出租车投诉1386件。', ['hotline.tickets=2174', 'hotline.tickets=1386']],
    ['what a total includes in brackets after its cue, no blocker', '办理食品经营许可（含仅销售预包装食品备案）2563件。', ['license.cases=2563']],
    [
      'a breakdown ended by a clause after a semicolon that opens with the heads at work',
      '作为被告的行政诉讼案件7件，其中一审判决驳回诉讼请求5件，判决确认违法1件；局负责人出庭应诉4件。',
      ['litigation.cases=7', 'litigation.lost=1'],
    ],
    [
      'the places a campaign enters, listed between the cue and the figure',
      '开展法治宣传进机关、进乡村、进社区、进学校、进企业、进单位活动520余场次。',
      ['publicity.events=520'],
    ],
    ['no count of things sent out, an item passed over', '开展执法检查，全年出动执法人员3620人次、执法车辆904台次。', []],
    ['a cue glossed in brackets right after it', '区12345热线（含原8890便民服务热线）全年受理来电、网络留言共计43.2万个。', ['hotline.tickets=432000']],
    ['各 before as many figures as things named, paired in order', '受理行政复议、行政诉讼案件各3件、5件。', ['reconsideration.cases=3', 'litigation.cases=5']],
    ['no figure of corrections by reconsideration or suit alike', '行政复议案件11件，行政诉讼案件7件，经复议、诉讼被纠错1件。', ['reconsideration.cases=11', 'litigation.cases=7']],
    ['an amount right after a count its cue could not name', '对主要负责人罚款18起、26.4万元。', ['penalty.fines_yuan=264000']],
    ['an amount after 计, right after a count its cue could not name', '对2家企业处以罚款1起计0.8万元。', ['penalty.fines_yuan=8000']],
    ['an act after the things acted on, its actor before 对', '区政府制发规范性文件7件，区司法局对区政府规范性文件12件开展合法性审核。', ['normative.documents=7', 'review.cases=12']],
    ['an offence that names an act left undone, a part', '立案查处违法行为3起，其中未按规定进行防雷装置检测1起、违法升放气球2起。', ['penalty.cases=3', 'penalty.cases=1', 'penalty.cases=2']],
    ['what the cases concern, each of two digits', '败诉的15件，涉及征收补偿12件、政府信息公开3件。', ['litigation.lost=15', 'litigation.lost=12', 'litigation.lost=3']],
    [
      'what the cases mainly concern, after a clause on another year',
      '作为被申请人的行政复议案件共45件，比上年有所减少，主要涉及不动产登记（22件）、征地补偿（13件）和其他（10件）。',
      ['reconsideration.cases=45', 'reconsideration.cases=22', 'reconsideration.cases=13', 'reconsideration.cases=10'],
    ],
    [
      'parts of the cases closed, closed after a clause on something else',
      '立案查处违法案件74宗（其中土地违法案件61宗、矿产违法案件13宗），涉及土地面积约286.5亩，已结案68宗，其中拆除复耕42宗、没收地上建筑物19宗。',
      ['penalty.cases=74', 'penalty.cases=61', 'penalty.cases=13', 'penalty.closed=68', 'penalty.closed=42', 'penalty.closed=19'],
    ],
    [
      'where the cases mainly gather, a sentence of its own, of the cases rather than those decided',
      '依法受理复议申请351件，已作出复议决定的342件。案件主要集中在公安（163件）、市场监管（72件）领域。',
      ['reconsideration.cases=351', 'reconsideration.closed=342', 'reconsideration.cases=163', 'reconsideration.cases=72'],
    ],
    [
      'a total of a figure no cue named and one a cue named, adding up',
      '新收行政复议申请412件，同比上升9.3%，加上上年结转的17件，共计办理429件。',
      ['reconsideration.cases=412', 'reconsideration.cases=429'],
    ],
    ['no total where the figures do not add up', '新收行政复议申请412件，同比上升9.3%，加上上年结转的17件，共计办理430件。', ['reconsideration.cases=412']],
    [
      'parts that end at a clause closing the things before, no comma before 其中',
      '开展巡查四百余次，立案查处违法案件47件其中违法建设19件、占道经营15件、其他13件，结案43件。',
      ['inspection.count=400', 'penalty.cases=47', 'penalty.cases=19', 'penalty.cases=15', 'penalty.cases=13', 'penalty.closed=43'],
    ],
  ])('reads %s', (_name, source, expected) => {
    expect(pairs(source)).toEqual(expected);
  });

  it('keeps a bracket inside the subject of a part', () => {
    const found = find('新受理行政复议30件中，被申请人为县政府部门的案件20件；乡镇（街道）政府10件。');
    expect(found.slice(1).map((m) => [m.value, m.subject, m.text])).toEqual([
      [20, '县政府部门的案件', '被申请人为县政府部门的案件20件'],
      [10, '乡镇（街道）政府', '乡镇（街道）政府10件'],
    ]);
  });

  it('keeps the subject of a list of places', () => {
    const found = find('检查定点隔离场所 35 间次、医疗卫生机构 950 间次。');
    expect(found.map((m) => [m.value, m.subject])).toEqual([
      [35, '定点隔离场所'],
      [950, '医疗卫生机构'],
    ]);
  });

  it.each([
    ['审结复议案件20件，其中撤销3件、确认违法2件、终止2件、驳回6件、维持7件。', ['reconsideration.closed=20', 'reconsideration.overturned=3', 'reconsideration.overturned=2']],
    ['行政诉讼案件审结9件，其中败诉1件、撤诉2件、驳回起诉3件。', ['litigation.cases=9', 'litigation.lost=1']],
    ['办理行政应诉案件11件，其中一审案件8件，已审结9件。', ['litigation.cases=11', 'litigation.cases=8']],
    ['办理行政许可申请120件，其中当场办结98件。', ['license.cases=120']],
    ['参加行政诉讼应诉案件12件，其中胜诉10件、败诉1件、调解撤诉1件。', ['litigation.cases=12', 'litigation.lost=1']],
    ['收到行政复议申请86件，审结71件，其中维持52件、撤销6件、驳回申请5件，调解终止5件。', ['reconsideration.cases=86', 'reconsideration.closed=71', 'reconsideration.overturned=6']],
  ])('reads no outcome as a part of its total, nor the next outcome in a list as one of the last: %s', (source, expected) => {
    expect(pairs(source)).toEqual(expected);
  });

  it.each<[string, Array<[string, number, string | null]>]>([
    ['受理行政复议和行政诉讼案件各2件。', [['reconsideration.cases', 2, null], ['litigation.cases', 2, null]]],
    ['行政复议、行政诉讼案件分别为12件、5件。', [['reconsideration.cases', 12, null], ['litigation.cases', 5, null]]],
    ['全年制定、修订规范性文件分别为5件和3件。', [['normative.documents', 5, '制定'], ['normative.documents', 3, '修订']]],
    ['市场监管、生态环境两个领域的处罚案件分别为9.6万件和1.1万件。', [['penalty.cases', 96000, '市场监管'], ['penalty.cases', 11000, '生态环境']]],
    ['县食药监局、县环保局分别查处案件45件、32件。', [['penalty.cases', 45, '县食药监局'], ['penalty.cases', 32, '县环保局']]],
    ['查处食品、药品违法案件分别为45件和17件。', [['penalty.cases', 45, '食品'], ['penalty.cases', 17, '药品']]],
    ['收到行政复议申请和受理复议案件分别为30件、28件。', [['reconsideration.cases', 30, '收到行政复议申请'], ['reconsideration.cases', 28, '受理复议案件']]],
    ['作出行政处罚决定50件，其中警告、罚款分别为18宗、26宗。', [['penalty.cases', 50, null], ['penalty.cases', 18, '警告'], ['penalty.cases', 26, '罚款']]],
    ['行政处罚案件数量较上年的36件增长到45件。', [['penalty.cases', 36, '上年'], ['penalty.cases', 45, null]]],
  ])('gives no subject to figures read through 各, 分别 or a change; last year\'s level its period, and the parts of one cue 分别 their kinds: %s', (text, expected) => {
    expect(find(text).map((m) => [m.indicator, m.value, m.subject])).toEqual(expected);
  });

  it('keeps a title in the subject whole', () => {
    const found = find('组织学习《行政处罚法》等法律法规16次。');
    expect(found.map((m) => [m.indicator, m.value, m.subject])).toEqual([['training.sessions', 16, '《行政处罚法》等法律法规']]);
  });

  it('reads a compound of the cue word whole, leaving no piece of it as a subject', () => {
    const found = find('共计罚没款项52.3万元。');
    expect(found.map((m) => [m.indicator, m.value, m.subject])).toEqual([['penalty.forfeiture_yuan', 523000, null]]);
  });

  it('finds a cue after the figure before a cue before it', () => {
    expect(pairs('落实法制审核制度，2024年共有15宗重大行政处罚案件经集体讨论。')).toEqual(['penalty.major_cases=15']);
    expect(pairs('已对适用清单的 220 起行政执法处罚案件进行免罚或减罚。')).toEqual(['penalty.lenient_cases=220']);
  });

  it('gives training and publicity their audiences', () => {
    expect(pairs('全年组织执法培训、法治学习23场次，覆盖1100余人次；开展“法治进医院”宣讲活动6场，覆盖医务人员1200余人次。')).toEqual([
      'training.sessions=23',
      'training.participants=1100',
      'publicity.events=6',
      'publicity.audience=1200',
    ]);
  });
});

describe('findMentions: zero statements', () => {
  const zeros: Array<[string, string[]]> = [
    ['今年我局无行政处罚当事人因对行政处罚有异议引起的行政复议或行政诉讼案件。', ['reconsideration.cases=0', 'litigation.cases=0']],
    ['无行政拘留、行政强制、行政复议撤销或诉讼败诉情况。', ['coercion.cases=0', 'reconsideration.overturned=0', 'litigation.lost=0']],
    ['全年未发生行政复议、行政诉讼案件。', ['reconsideration.cases=0', 'litigation.cases=0']],
    ['无行政复议纠错及行政诉讼败诉情况。', ['reconsideration.overturned=0', 'litigation.lost=0']],
    ['全年未发生重大行政决策违法、规范性文件违法的情况。', []],
    ['开展无证行医专项整治。', []],
    ['实现行政复议零纠错、行政诉讼零败诉。', ['reconsideration.overturned=0', 'litigation.lost=0']],
    ['全年实现行政诉讼“零败诉”。', ['litigation.lost=0']],
    ['连续五年保持行政复议“零纠错”、行政诉讼“零败诉”。', ['reconsideration.overturned=0', 'litigation.lost=0']],
    ['全年未对群众采取行政强制措施。', ['coercion.cases=0']],
    ['审查执法决定四十六件，无一被复议或诉讼撤销。', ['reconsideration.overturned=0', 'litigation.lost=0']],
    ['全年未发生行政复议决定被法院判决撤销的情况。', []],
    ['复议案件中，未出现逾期未作出复议决定的情形。', []],
    ['全年行政复议、行政诉讼“零发生”。', ['reconsideration.cases=0', 'litigation.cases=0']],
    ['力争行政诉讼零败诉，确保行政复议“零发生”。', []],
    ['努力做到执法办案“零差错”、复议诉讼“零败诉”。', []],
    ['全年未制定规范性文件。', ['normative.documents=0']],
    ['全年办理一百零五件行政诉讼案件。', ['litigation.cases=105']],
    ['受理行政复议申请三百零二件。', ['reconsideration.cases=302']],
  ];
  for (const [text, expected] of zeros) {
    it(text, () => expect(pairs(text).sort()).toEqual([...expected].sort()));
  }

  it('places a zero at the indicator\'s own word when a word the topics share said it first in the sentence', () => {
    const found = find('受理行政复议案件3件，应诉行政诉讼案件2件，均未被撤销或确认违法，无败诉案件。');
    expect(found.filter((m) => m.value === 0).map((m) => `${m.indicator}:${m.text}`)).toEqual(['reconsideration.overturned:未被撤销', 'litigation.lost:无败诉']);
  });
});

describe('findMentions: source text and rules', () => {
  it('takes the words that say a figure is a total, or of an earlier period, into its text, for the headline to see', () => {
    const source = '涉及食品安全领域的行政复议案件12件。全年共受理行政复议案件30件，公共场所检查5家。上年度共查处违法案件80件。';
    expect(findMentions(normalise(source), []).map((m) => source.slice(m.start, m.end))).toEqual([
      '行政复议案件12件',
      '全年共受理行政复议案件30件',
      '检查5家',
      '上年度共查处违法案件80件',
    ]);
  });

  it('points at the verbatim source words, spaces and line breaks included', () => {
    const source = '处理各类行政案件 3 起（行政复议 １ 起，听证 2 起），制作文书。';
    const found = find(source);
    expect(found.map((m) => m.text)).toEqual(['行政复议 １ 起', '听证 2 起']);
  });

  it('names the rule that found each mention', () => {
    expect(find('行政处罚5件。')[0]?.rule).toBe('penalty.cases/before1');
    expect(find('无行政复议或行政诉讼案件。').map((m) => m.rule)).toEqual(['reconsideration.cases/zero', 'litigation.cases/zero']);
  });

  it('keeps mentions in document order: a year is never taken in over an earlier figure', () => {
    const found = findMentions(normalise('2024年5件行政处罚案件0件'), []);
    expect(found.map((m) => m.value)).toEqual([5, 0]);
    expect(found[1]?.start).toBeGreaterThan(found[0]?.start ?? 0);
  });

  it('ignores cue words inside book titles', () => {
    expect(pairs('集中学习《中华人民共和国行政处罚法》《罚款处罚规定》等法律法规51次。')).toEqual(['training.sessions=51']);
  });

  it.each<[string, string, string[]]>([
    ['one topic', '关于全市行政复议工作情况的报告', ['reconsideration.overturned=803', 'reconsideration.cases=2718']],
    ['two topics', '关于全市行政复议和行政应诉工作情况的报告', []],
    ['none', '关于2024年度法治政府建设情况的报告', []],
  ])('reads a paragraph that names no topic as about the topic of the title, where it names %s', (_name, title, expected) => {
    const body = '（二）坚持公正办案，监督纠错。全年共作出撤销、变更和确认违法等纠错决定803件。从案件类型看，涉及行政处罚类案件2718件。';
    const text = `${title}\n${body}`;
    const found = findMentions(normalise(text), [title.length]).map((m) => `${m.indicator}=${m.value}`);
    expect(found).toEqual(expected);
  });

  it.each([
    ['a range of years', '全县行政诉讼一审案件2020年至2022年分别为121件、108件、96件。', ['2020年', '2021年', '2022年']],
    ['a list of years', '行政复议案件2021年、2022年分别为35件、41件。', ['2021年', '2022年']],
  ])('gives the figures that 分别 pairs with %s their years in order', (_name, text, years) => {
    expect(findMentions(normalise(text), []).map((m) => m.subject)).toEqual(years);
  });

  it('points a zero at the word of its own later in the statement, not at a word it shares with another', () => {
    const source = '全系统共办理行政复议案件7件、行政应诉案件5件，未发生被复议机关撤销、变更或确认违法及行政诉讼败诉情况。';
    const lost = findMentions(normalise(source), []).find((m) => m.indicator === 'litigation.lost');
    expect(source.slice(lost?.start, lost?.end).endsWith('行政诉讼败诉')).toBe(true);
  });

  it('describes its rules stably', () => {
    expect(describeRules()).toBe(describeRules());
    expect(describeRules()).toContain('penalty.cases');
  });
});
