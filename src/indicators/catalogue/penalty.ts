// Penalties: cases, their stages, and the money they bring in.
import { defineIndicator } from '../types.js';
import { CASES_GONE_OVER } from './disputes.js';

/** 立案查处各类违法案件187件次, 行政处罚决定23,561宗次: a case each time, counted so too. */
// 案件N例: cases counted as a health body counts them.
const CASE_UNITS = ['件', '起', '宗', '例', '件次', '宗次'] as const;
const MONEY = ['元'] as const;
/** Words that say the cases went unpunished (不予处罚, 首违不罚). */
const UNPUNISHED = ['不予处罚', '不予行政处罚', '免予处罚', '免于处罚', '免予行政处罚', '免罚', '首违不罚', '轻微不罚'];
/** Where money taken went, said after it (已全部收缴, 缴入国库): it was taken. */
const PAID_IN = ['收缴', '缴入国库', '上缴国库', '缴入财政', '上缴财政', '上缴区级财政', '上缴县级财政', '上缴市级财政'];
/** Things taken in enforcement, counted in 件 too (没收渔具312件（套）). */
const THINGS_TAKEN = ['物品', '工具', '器具', '网具', '渔具'] as const;
/** Casework of other bodies, whose cases are filed and closed too (劳动人事争议仲裁, 法律援助, 纠纷调解). */
const OTHER_CASEWORK = ['仲裁', '法律援助', '纠纷', '调解', '公证', '争议'] as const;
/** Rulings on others' disputes, whose cases a part of the report may file and close under its own heading (（三）专利侵权纠纷行政裁决, 劳动人事争议仲裁). */
const OTHER_RULINGS = ['裁决', '仲裁'] as const;
/** Cases handled (办理…案件) as an enforcing body's: not under a heading on appeals, suits or petitions, nor other casework. */
const ENFORCERS_CASES = { notTopic: ['reconsideration', 'litigation', 'petition'], notInSentence: OTHER_CASEWORK } as const;
/** Systems that log problems in a city's streets as cases to file and close (数字城管平台立案4.87万件，结案率97.3%, 网格事件立案2.4万件). */
const CITY_PROBLEM_SYSTEMS = ['数字城管', '数字化城管', '数字化城市管理', '城市管理平台', '网格化', '网格事件', '网格案件'] as const;
/** Penalties waived or lessened, said before the cases or after them (不予处罚42起, 对9起案件减轻处罚). */
const LENIENCY = [
  '不予处罚', '不予行政处罚', '免予处罚', '免予行政处罚', '免于处罚', '免于行政处罚', '免罚', '减罚', '减免责',
  '减轻处罚', '从轻处罚', '减轻行政处罚', '从轻行政处罚', '首违不罚', '轻微不罚', '不罚轻罚', '首违轻罚', '轻罚', '减免处罚', '未予处罚', '未予行政处罚',
  // 全年免予罚款处罚4.3万起: spared the fine, the whole penalty.
  '免予罚款处罚', '免于罚款处罚',
  // 对3.8万起首次轻微违法不予罚款, 教育警告不罚款2.3万起: spared the fine a penalty would have been.
  '不予罚款', '免予罚款', '不罚款',
] as const;

export const penalty = [
  defineIndicator({
    id: 'penalty.cases',
    label: '行政处罚案件',
    core: true,
    units: [...CASE_UNITS, '个', '人次'],
    // 查处违法案件4个 counts cases; 赋予12个乡镇, 涵盖32个领域 count places and fields.
    unitNouns: { 个: ['案件'] },
    zeroable: false,
    before: [
      // 维持原处罚决定2件 is how appeals or hearings ended, not decisions made (草原部门查处 makes them).
      {
        words: [
          // 查纠各类交通违法25.4万起: the traffic police's word for 查处.
          '行政处罚案件', '处罚案件', '行政处罚决定', '处罚决定', '行政处罚决定书', '处罚决定书', '行政处罚', '处罚', '查处', '立案查处', '查办', '查纠',
          // 撤销非现场处罚决定37起: decisions on what cameras caught, named whole so that the act before them is read.
          '非现场处罚决定',
          // 受理林草行政案件4,215起: a forest authority's name for its penalty cases.
          '林业行政案件', '林草行政案件',
          // 公共场所卫生违法案件共计一百八十件: the cases of offences, added up, with no act before them.
          '违法案件共计', '违法案件合计', '违法案件总计', '违法案件共',
        ],
        // 听证后变更处罚决定1起, 听证后依法调整处罚决定1宗: a decision changed was counted when made; so was one proposed
        // (听证后变更或撤销原拟处罚决定的41宗).
        // 向业务主管部门抄告行政处罚结果1040件: decisions passed on to another body, counted when made; 撤销处罚决定11起: taken back.
        // 适用《环境保护法》配套办法查办案件29件: cases of the law's four sanctions added up, coercion among them, no count of penalties
        // (but 配套办法办理按日连续处罚案件3件 counts those of one sanction). 共抽查行政处罚案件156件, 复查行政处罚案件58件: case
        // files of others' penalties gone over, none imposed. 全州共发生林业行政案件1,302起: cases that occurred, not those dealt with.
        notAct: ['维持原', '撤销原', '变更原', '改变原', '持原', '变更', '调整', '原拟', '抄告', '抄送', '推送', '撤销', '套办法', '抽查', '复查', '评查', '发生'],
        // 依法撤销违法行政处罚决定1件: an overseer taking back another body's unlawful decision.
        notInClause: ['撤销违法', '纠正违法'],
      },
      // Cases by their procedure are a kind of the cases: 简易程序案件80件 is penalty.cases of that kind;
      // but reconsideration and suits have their own (普通程序审理612件，简易程序审理295件 after 全年审结907件 on reconsideration),
      // and accidents are handled so too (接报道路交通事故2,913起，其中适用简易程序处理2,640起).
      // 法制审核一般程序案件4.6万起: the cases reviewed, a review's figure.
      // 仲裁办案…适用简易程序审理案件680余件: arbitration has its own too.
      // 审核交通行政处罚一般程序案件4417起: the cases reviewed, their field between the review and them.
      { words: ['简易程序案件', '简易程序'], kind: '简易程序', notTopic: ['reconsideration', 'litigation'], notInSentence: ['事故', '仲裁'], notInClause: ['审核'] },
      // 发生道路交通事故一般程序案件64起 are accidents handled, no penalties.
      { words: ['一般程序案件', '一般程序'], kind: '一般程序', notInSentence: ['事故'], notInClause: ['审核'] },
      { words: ['普通程序案件', '普通程序'], kind: '普通程序', notTopic: ['reconsideration', 'litigation'], notInClause: ['审核'] },
      // Cases made on evidence a camera or a platform caught (非现场执法案件5,680件) are decided as any other.
      { words: ['非现场执法案件', '非现场案件'], kind: '非现场执法' },
      // 19个镇（街道）共办理综合执法案件2657件: the cases a comprehensive enforcement body decides are its penalty cases
      // (but 各类行政执法案件 count every act of enforcement).
      { words: ['综合执法案件', '综合行政执法案件'], kind: '综合执法' },
      // 作出警告处罚二十三起: cases by the penalty imposed are a kind of the cases.
      { words: ['警告处罚'], kind: '警告' },
      // 对相关责任人员给予警告或罚款19人次: the persons penalised, by the kinds of penalty, with no word of penalty; in cases
      // (查处案件11起，给予警告6起，罚款5起) the kinds are parts of the cases before. Not the sanctions of community
      // correction (给予社区矫正对象警告4人次, 给予训诫9人次、警告3人次，提请撤销缓刑1人, 对…社区服刑人员给予警告87人次).
      { words: ['警告', '罚款', '警告或罚款', '警告和罚款', '警告、罚款'], act: ['给予', '处以'], units: ['人次'], notInSentence: ['矫正', '训诫', '缓刑', '假释', '服刑'] },
      // 行政拘留450人次: detentions, a penalty of public-security law, counted as the persons detained; not those a detention
      // house took in (拘留所全年收拘被行政拘留人员3860人次).
      { words: ['行政拘留'], kind: '行政拘留', units: ['人次'], notAct: ['被', '收拘', '收押', '羁押'] },
      // A decision is one case: 下达行政处罚决定书86份, 作出处罚决定45份; decisions published (公开行政处罚决定书1845份)
      // or filed are documents, counted where they were made; after the cases counted in their sentence (立案查处…案件29件，
      // 下达行政处罚决定书29份) they are those cases' papers.
      // 使用说理式处罚决定书1.2万份: documents of a form adopted, no decisions counted.
      { words: ['行政处罚决定书', '处罚决定书', '行政处罚决定', '处罚决定'], units: ['份'], notAct: ['公开', '公示', '归档', '评查', '抽查', '送达', '使用', '说理'], notInClause: ['公开', '公示'], notInSentence: ['案件', '查处', '立案'] },
      // 共办理案件1108件, 全年办案数量为：翠屏区局482件: cases handled by an enforcing body, not reconsideration, suits, petitions or other
      // casework, nor those handled under a list of leniency (适用免罚清单办理案件27起), nor all a police station's centre for
      // casework took in (全年进入中心办理案件1,372起), crimes too, nor those of the environment law's four sanctions added up
      // (适用新环保法配套办法办理案件二十四件), coercion among them.
      { words: ['办理案件', '办案数量', '办案数', '办案量'], notAct: ['清单', '入中心', '套办法'], ...ENFORCERS_CASES },
      // 县城管执法局办理违法案件650件: cases of offences handled, so too, the kind of offence maybe between (办理环境违法案件24宗,
      // 办理农资打假案件28宗); with no 办理 before it, the 查处 of another act still names the figure.
      // 办理非法捕捞行政案件96起: administrative cases, by their offence, the same; so are cases of a class (办理店外经营类案件46宗).
      { words: ['违法案件', '违法违规案件', '打假案件', '行政案件', '类案件'], act: ['办理'], ...ENFORCERS_CASES },
      // 各乡镇综合行政执法队共办理执法案件217件: an enforcing team's cases, named so (办理各类行政执法案件21.6万件 counts every act of enforcement).
      { words: ['执法案件'], act: ['办理'], notAct: ['行政', '各类'], ...ENFORCERS_CASES },
      // 县农业农村局办理农资、动物防疫等案件52件, 办理食品、特种设备等领域案件11宗: kinds listed, then the cases, all handled.
      { words: ['等案件', '等领域案件'], act: ['办理'], actInClause: true, ...ENFORCERS_CASES },
    ],
    after: [
      // 6,935宗适用简易程序，4,927宗适用普通程序: cases counted first, then the procedure they went by.
      { words: ['适用简易程序'], kind: '简易程序', notTopic: ['reconsideration', 'litigation'], notInSentence: ['事故', '仲裁'] },
      { words: ['适用一般程序'], kind: '一般程序', notInSentence: ['事故'] },
      { words: ['适用普通程序'], kind: '普通程序', notTopic: ['reconsideration', 'litigation'] },
      // Not cases proposed for a decision (对拟作出较大数额罚款的5件行政处罚案件，经法制审核…), counted where decided.
      { words: ['行政处罚案件'], notInClause: ['拟作出', '拟给予', '拟处'], notActAfter: CASES_GONE_OVER },
      // 全年5,827件处罚案件中: so are cases named shorter; not those spared after (对220起行政执法处罚案件进行免罚或减罚).
      { words: ['处罚案件'], notInClause: ['拟作出', '拟给予', '拟处'], notActAfter: [...CASES_GONE_OVER, '免罚', '减罚', '不罚', '不予处罚', '从轻', '减轻'] },
      // 对37起违法行为当场作出处罚决定: the cases, then the decision on them.
      // 对…的1起违法行为依法作出警告处罚: the kind of penalty named; 对3,105人次给予治安管理处罚: the police's.
      { words: ['处罚决定', '行政处罚决定', '行政处罚', '罚款决定', '罚款处罚', '警告处罚', '治安管理处罚', '治安处罚'], act: ['作出', '实施', '给予', '予以'] },
      // 对31起未取得许可擅自经营的行为立案查处, 有216起违法案件被依法查处, 对其中二十三起违法行为立案处罚: the cases the act after them is done on.
      { words: ['立案查处', '依法查处', '查处', '立案处罚'], act: ['对', '被'] },
    ],
    // 承接处罚事项38件 counts powers on a list, not cases.
    // 评查案卷126宗 reviews case files; 责令…限期改正的违法行为73起 orders a correction, no penalty (责令停产停业 is one).
    // 简易程序事故11.9万起 counts road accidents handled, not penalties.
    // 捣毁窝点1个 after a breakdown of cases counts dens, not cases.
    // 限产、停产案件318件 are measures of environmental law beside the penalties; 责令停产停业 is a penalty.
    // 查处案件11起，警告6起，罚款5起: the kinds of penalty, each alone in a clause after the cases, are parts of them.
    partActs: [
      '警告', '罚款', '通报批评', '没收违法所得', '没收非法财物', '责令停产停业', '责令关闭', '吊销许可证', '吊销营业执照', '暂扣许可证',
      '降低资质等级', '限制开展生产经营活动', '限制从业', '行政拘留',
    ],
    // 没收非法捕捞网具等渔具312件（套） counts things taken, not cases.
    blockers: [
      '发生', '发案', '发现', '移送', '移交', '刑事', '犯罪', '问题', '隐患', '事项', '限产', '适用停产', '停产案件', '案卷', '限期改正', '责令改正', '事故', '窝点', '配套办法',
      // 不服…行政处罚决定，经市政府审理维持2件: how an appeal against penalties ended; 电子监控设备抓拍记录交通违法行为: offences caught, not punished;
      // 查处2,263起，约谈企业负责人96人次: managers talked to, no penalty.
      '维持', '抓拍', '约谈',
      // 劝导违规土葬四十余起: persuaded, not punished; 行政处罚信息修复168件: records of penalties repaired for credit;
      // 从重处罚，并…公开曝光典型案例6件: cases published as examples; 作出处罚决定的同时…制发行政指导书、提示函六百余份:
      // letters of guidance, no decisions.
      '劝导', '修复', '案例', '指导书', '提示函', '提醒函',
      // 公开行政处罚决定信息，依申请公开办理5件: requests for information answered, no penalties; 修订…行政处罚裁量细化标准1件:
      // the rules for weighing penalties, revised.
      '依申请公开', '裁量',
      // 行政处罚事先告知制度，当事人提出陈述申辩意见的案件58件: cases whose parties answered the notice, counted as penalties elsewhere.
      '陈述', '申辩',
      // 败诉原因为…、行政处罚主要证据不足1件, 处罚前告知程序不到位（二件）: the faults courts found in decisions, no penalties imposed.
      '证据不足', '事实不清', '程序违法', '适用法律错误', '适用法律依据错误', '前告知',
      ...THINGS_TAKEN,
    ],
    // 查办的2宗案件入选省局典型案例: cases chosen as examples, counted where they were decided.
    notAfter: ['案件入选', '入选'],
    examples: [
      { text: '对37起适用简易程序的违法行为当场作出处罚决定。', value: 37 },
      { text: '全年办理卫生行政处罚案件41宗，结案39宗。', value: 41 },
      { text: '整治无证行医，检查30家、查处6起。', value: 6 },
      { text: '全年立案查处赋权事项案件126件。', value: 126 },
      { text: '全年非现场执法案件5,680件，占全部案件的61.6%。', value: 5680 },
      { text: '全年19个镇（街道）共办理综合执法案件2657件。', value: 2657 },
      { text: '全年共实施行政处罚120件。', value: 120 },
      { text: '共办理一般程序案件1200件，处罚金额共300万元。', value: 1200 },
      { text: '依法查处违法行为，处罚 16 宗。', value: 16 },
      { text: '查办各类违法案件85件。', value: 85 },
      { text: '行政处罚12.5万宗，同比下降3%。', value: 125000 },
      { text: '全年共下达行政处罚决定书86份。', value: 86 },
      { text: '全年下达行政处罚决定书186宗。', value: 186 },
      { text: '作出处罚决定四十五份。', value: 45 },
      { text: '对31起未取得许可擅自从事经营活动的行为立案查处。', value: 31 },
      { text: '对14起非法行医行为作出罚款决定。', value: 14 },
    ],
    counterExamples: [
      '明确减轻处罚事项3项、从轻处罚1项。',
      '辖区发生交通违法案件5起。',
      '移送公安机关追究刑事责任2件。',
      '1件行政处罚案卷被评为优秀案卷。',
      '评查行政处罚案卷30份。',
      '查处问题12个。',
      '组织行政处罚听证会2场，听证后维持原处罚决定2件。',
      '开展行政处罚案卷自查，评查案卷126宗。',
    ],
  }),
  defineIndicator({
    id: 'penalty.filed',
    label: '立案',
    core: false,
    units: CASE_UNITS,
    zeroable: false,
    // 立案侦办刑事案件 and 刑事立案 are criminal cases, not administrative ones; arbitration and legal aid file cases of their
    // own, and so does a city's platform for problems reported (数字城管平台立案4.87万件).
    before: [
      // 市纪委监委立案审查调查…52件: a discipline body's cases, no penalty case; 刑事案件立案4103起: crimes.
      // 监督立案12件: a procuratorate's oversight of filings, not the body's.
      // 立案检查…案件67起: a tax inspection bureau's cases filed, its 检查 no inspection of its own.
      // 复议机关…收到复议申请4268件；经审查，立案3930件: in a paragraph on reconsideration or suits, the appeals taken in.
      // 对热线诉求中发现的执法线索及时移交，转立执法案件426件: problems reported, turned into cases filed.
      { words: ['转立执法案件', '转立案件', '转立案'] },
      // 全年卫生监督立案286宗: a health supervisor's cases filed (its 监督 no oversight of others' filings).
      { words: ['卫生监督立案'], notTopic: ['reconsideration', 'litigation'] },
      // 对群众反映的执法问题立案监督5件, 立案办理行政执法监督案件6件: a justice bureau's cases of oversight of the enforcers, no penalty case.
      // 收到提案65件，立案办理41件: motions of a congress of staff, or of deputies, filed for an answer.
      // 新立违法用地案件63宗: cases newly filed; not mining rights newly granted (采矿权新立及延续登记5件), nor a grid's problems filed
      // and sent on (立案派遣3.52万件).
      { words: ['立案', '立案检查', '立案稽查', '新立'], notAct: ['刑事', '不予', '监督', '许可证', '矿权'], notActAfter: ['监督', '派遣'], notTopic: ['reconsideration', 'litigation'], notInSentence: [...OTHER_CASEWORK, ...CITY_PROBLEM_SYSTEMS, '纪委', '监委', '纪检', '刑事案件', '提案', '议案'], notUnderHeading: OTHER_RULINGS },
      // 受理林业行政案件147起，查结139起, 立案林业行政案件73起: a forest authority's cases taken up or filed, as others file theirs;
      // not 立案查处林业行政案件58起, cases dealt with.
      { words: ['林业行政案件', '林草行政案件'], act: ['受理', '立案'], notInClause: ['立案查处', '立案查办', '立案办理'] },
      // 立案行政处罚案件246件: cases filed, named by their kind; not 立案查处…案件, cases dealt with (查处 is the act), with
      // words between or none (共立案办理各类行政处罚案件863件).
      { words: ['行政处罚案件', '处罚案件'], act: ['立案'], notAct: ['查处', '查办', '调查', '侦查', '审查', '办理'], notInClause: ['立案查处', '立案查办', '立案办理'] },
    ],
    // 对2起未经许可擅自施放气球行为立案调查: the cases, then their filing; 二是156件环境违法案件依法立案: so, the filing said as done
    // (but …依法立案查处 dealt with them, penalty cases).
    after: [{ words: ['立案调查', '立案'], act: ['对', '被'] }, { words: ['依法立案', '予以立案', '已立案'], notActAfter: ['查处', '查办', '调查'] }],
    // 移送司法机关2起 after 立案调查…11起 are referrals, no cases filed; 立案侦办走私犯罪案件 is a criminal investigation.
    // 立案各类城市管理问题21.4万件 files problems reported to the city's system, not cases.
    // 检察院立案办理行政公益诉讼案件36件: a prosecutor's suits, no penalty case; 落实受立案制度改革，全年接报各类案件1845起:
    // the reform's name, then cases reported.
    blockers: ['刑事', '移送', '移交', '犯罪', '侦办', '侦查', '问题', '诉讼', '改革', '接报'],
    examples: [
      { text: '共处理投诉9起，立案7起，结案7起。', value: 7 },
      { text: '对2起未经许可擅自施放气球行为立案调查，依法作出行政处罚2件。', value: 2 },
    ],
    counterExamples: ['共收到行政复议申请12件，立案受理10件。', '立案侦办各类刑事案件120起。', '严格落实受立案制度改革，全年接报各类案件1845起。', '全年刑事立案1873起。', '数字城管系统立案各类城市管理问题21.4万件。', '商事仲裁案件立案236件。', '数字城管平台立案4.87万件，结案率97.3%。'],
  }),
  defineIndicator({
    id: 'penalty.closed',
    label: '结案',
    core: false,
    units: CASE_UNITS,
    zeroable: false,
    before: [
      // 其中调解结案4件 in a paragraph on reconsideration or suits is how they ended; arbitration, legal aid and mediation close cases of their own.
      // 适用首违不罚、轻微免罚办结案件219宗: cases closed under a rule of leniency count the leniency.
      // 生态环境损害赔偿案件26件，通过磋商结案21件: claims for damages closed, no penalty.
      // 裁决结案735件: closed by an arbitral award.
      // 适用不予处罚清单办结案件587件: cases closed under a list of leniency, the leniency's.
      // 事故调查报告经区政府批复结案17起: accident investigations closed by approval of their reports, no penalty cases.
      // 全年超期办结案件9起: a fault found, cases closed late, no count of those closed.
      { words: ['结案', '查结', '办结案件'], notTopic: ['reconsideration', 'litigation', 'petition'], notInSentence: [...OTHER_CASEWORK, ...CITY_PROBLEM_SYSTEMS, '赔偿'], notUnderHeading: OTHER_RULINGS, notAct: ['免罚', '减罚', '不罚', '裁决', '清单', '批复', '超期', '逾期'] },
      // 办结行政处罚案件532件, 行政处罚案件办结2380起: cases closed, by the act before them or after.
      { words: ['行政处罚案件', '处罚案件'], act: ['办结', '审结', '结案'] },
      { words: ['行政处罚案件', '处罚案件'], actAfter: ['办结', '审结', '结案'] },
      // 立案查处各类违法案件428件，办结412件: closed, said right after the cases.
      // 接待劳动者来访…，劳动保障监察立案96件，结案94件: so is 结案 right after the cases filed, whatever the paragraph's topic.
      { words: ['办结', '已办结', '结案'], follows: ['penalty.cases', 'penalty.filed'] },
      // 县市场监管局办结各类案件1104件: cases of every kind closed; a police bureau's 办结行政案件1198起, its administrative ones.
      { words: ['办结各类案件', '办结违法案件', '办结各类违法案件', '办结执法案件', '办结行政执法案件', '办结行政案件', '办结各类行政案件'], notTopic: ['reconsideration', 'litigation', 'petition'], notInSentence: [...OTHER_CASEWORK, ...CITY_PROBLEM_SYSTEMS] },
    ],
    // 对2022年度遗留的6宗案件全部结案: the cases, then their closing; …作出不予行政处罚决定，6起案件已全部结案: the cases just
    // decided, then that they were closed.
    after: [
      { words: ['结案', '全部结案'], act: ['对'], notTopic: ['reconsideration', 'litigation', 'petition'], notInSentence: [...OTHER_CASEWORK, ...CITY_PROBLEM_SYSTEMS, '赔偿'] },
      // 普通程序案件立案4,981宗，4,902宗已结案: so are those counted right before it.
      { words: ['案件已全部结案', '案件均已结案', '案件已结案', '案件全部结案', '已结案', '均已结案', '已全部结案', '案件已办结', '案件均已办结', '案件已全部办结', '均已办结', '已全部办结', '案件已按程序结案', '已按程序结案', '案件已依法结案', '已依法结案', '已按期结案', '均已按期结案', '已办结', '已按期办结', '均已按期办结'], follows: ['penalty.cases', 'penalty.filed', 'penalty.lenient_cases', 'penalty.fines_yuan', 'penalty.confiscated_yuan', 'penalty.forfeiture_yuan'] },
    ],
    // 结案3105件…；移送公安机关涉嫌犯罪案件47件: referrals are no part of the cases closed; 对2件…欠薪案件作出批示并跟踪督办至结案:
    // cases a head oversaw to their end; 从立案到结案超过90日的法定期限，全年有3件…: those that ran late.
    blockers: ['移送', '移交', '刑事', '犯罪', '批示', '督办', '超过', ...THINGS_TAKEN],
    // 办结案件全部按规定公示，其中2件入选…典型案例: cases chosen as examples, counted where they were closed.
    notAfter: ['案件入选', '入选'],
    examples: [
      { text: '全年行政处罚案件20宗，结案18宗。', value: 18 },
      { text: '办结行政处罚案件532件。', value: 532 },
      { text: '立案 5 起，查结 4 起。', value: 4 },
      { text: '全年共立案查处各类违法案件428件，办结412件。', value: 412 },
    ],
    counterExamples: [
      '行政处罚结案率100%。', '办理行政复议案件12件，其中调解结案4件。', '行政诉讼案件8件，其中调解结案2件。',
      '市劳动人事争议仲裁院立案受理仲裁案件865件，结案812件。', '全年法律援助案件结案560件。', '医疗纠纷调解委员会受理纠纷127起，结案119起。',
      '数字化城市管理平台立案3.2万件，结案3.1万件。',
    ],
  }),
  defineIndicator({
    id: 'penalty.major_cases',
    label: '重大行政处罚案件',
    core: false,
    units: CASE_UNITS,
    zeroable: false,
    // 集体讨论重大复杂案件四十一件: major cases, named with their difficulty.
    // 与公安、检察机关共同会商重大疑难案件6件: cases discussed with others, no penalty decided.
    // 行政复议委员会…审议重大疑难案件67件: appeals put to a committee, in a paragraph on reconsideration, are no penalties.
    before: [
      // 其中审核重大行政处罚案件52起, 亲自审批重大疑难案件14起: the cases a review or a head took up are counted where they were decided.
      { words: ['重大行政处罚案件', '重大行政处罚', '重大行政处罚决定', '重大处罚案件', '重大处罚决定'], notAct: ['会商', '研判', '审核', '审查', '审批'] },
      // 全年新发生重大案件38件: cases that arose (a body's own disputes), none decided; 督办重大疑难案件2件: cases overseen; 亲自审定重大疑难案件7件: cases a head signed off;
      // 主持研究重大疑难案件14件: cases a head took up.
      // 亲自协调处理涉企重大疑难案件3件: hard cases a head took up in person, none decided; 法律顾问…参与重大疑难案件集体讨论27件次:
      // the discussions advisers sat in on.
      { words: ['重大案件', '重大复杂案件', '重大疑难案件', '重大复杂疑难案件', '重大疑难复杂案件'], notAct: ['会商', '研判', '发生', '督办', '研究', '审核', '审查', '审批', '审定', '参与'], notTopic: ['reconsideration', 'litigation'], notInClause: ['亲自', '协调'] },
      // 经集体讨论决定的重大海事行政处罚案件12起: major, the field named between. Not cases a review took up with major
      // decisions (审核重大执法决定及行政处罚案件238件): the review counts them.
      // 较大以上行政处罚案件: major and the next size down, as some places' rules for collective discussion name them.
      { words: ['行政处罚案件', '处罚案件'], act: ['重大', '较大以上'], notInClause: ['审核', '审查'] },
    ],
    // 为14件重大疑难案件提供咨询意见: cases a committee advised on, whosever they are.
    after: [{ words: ['重大行政处罚案件', '重大案件', '重大处罚案件', '重大复杂案件', '重大疑难案件', '较大以上行政处罚案件'], notActAfter: ['咨询'] }],
    // 1件案件入选全国重大案件 is an award.
    // 重大案件有24起、一般案件333起: the cases that are not major, listed after them.
    // 审核重大执法决定及行政处罚案件合法性234件: a review of their lawfulness, counted by the review; 审签…重大案件处理意见20余件:
    // the opinions on them, signed. …重大行政处罚案件64件，向公安机关移送涉嫌犯罪案件23件: crimes referred, listed after them.
    blockers: ['入选', '评为', '获评', '一般', '合法性', '处理意见', '移送'],
    examples: [
      { text: '全年共有9宗重大行政处罚案件经集体讨论后作出决定。', value: 9 },
      { text: '其中重大案件12件。', value: 12 },
    ],
    counterExamples: ['重大行政处罚案件集体讨论3次。'],
  }),
  defineIndicator({
    id: 'penalty.lenient_cases',
    label: '免罚、减罚案件',
    core: false,
    units: [...CASE_UNITS, '个'],
    // 对3个案件实行首违不罚 counts cases; 对…等6个方面32种情形实行“首违不罚” counts the fields of a list.
    unitNouns: { 个: ['案件'] },
    zeroable: false,
    before: [
      { words: [...LENIENCY, '轻微违法不罚', '轻微免罚', '减免罚款决定', '减免罚款'] },
      // 适用免罚清单办理案件126件, 适用“首违不罚”办理案件31件, 适用不予处罚清单办结案件587件, 适用包容审慎监管措施办理案件386件,
      // 适用从轻减轻处罚办理案件458件, 适用“轻微不罚、首违不罚”清单处理案件964件: cases handled under a rule of leniency.
      { words: ['办理案件', '办结案件', '处理案件'], act: ['免罚清单', '减罚清单', '不罚清单', '免罚', '减罚', '不罚', '处罚清单', '包容审慎', '减轻处罚', '从轻处罚'] },
      // 推行涉企“免罚轻罚”清单，全区适用清单办理案件1873宗: the list named earlier in the sentence.
      // 适用两张清单办理案件4387件: the lists counted.
      { words: ['办理案件'], act: ['适用清单', '清单'], inSentence: ['免罚', '轻罚', '不罚', '减罚'] },
      // 首违不罚清单适用案件2300余件: the cases the list of leniency was applied to.
      { words: ['适用案件'], act: ['免罚清单', '减罚清单', '不罚清单', '首违不罚', '轻微不罚'] },
      // 全面实施“免罚轻罚”清单，适用案件4,108件: the cases the list was applied to, named earlier in the sentence.
      { words: ['适用案件'], inSentence: ['免罚', '轻罚', '不罚', '减罚'] },
      // 适用不予行政处罚清单的案件3,417件: the cases a list of leniency was applied to, named before them.
      { words: ['清单的案件'], act: ['免罚', '减罚', '不罚', '不予处罚', '不予行政处罚', '从轻', '减轻'] },
      // 减免罚款金额共计近40万元，涉及轻微违法、首次违法案件119件: the cases of the fines waived just counted.
      { words: ['首次违法案件', '轻微违法案件', '首违案件'], follows: ['penalty.waived_yuan'] },
    ],
    // 对四起案件依法适用免罚清单: the cases the list of leniency was applied to, named before it.
    after: [{ words: [...LENIENCY, '进行免罚或减罚', '减免责措施', '从轻、减轻处罚', '适用免罚清单', '适用减免责清单', '适用首违不罚清单'] }],
    // 适用首违不罚、轻微免罚清单，对42起…不予处罚: a list of what is not punished names no cases; the act after the figure does.
    // 制定18个领域轻微违法行为不予处罚清单 counts the fields the list covers.
    // 不予处罚，全年向公安机关移送涉嫌犯罪案件5件: cases passed to the police, a count of their own.
    blockers: ['清单', '领域', '移送', '移交'],
    examples: [
      { text: '对四起案件依法适用免罚清单，不予处罚。', value: 4 },
      { text: '全年适用首违不罚、轻微免罚办结案件219宗。', value: 219 },
      { text: '适用首违不罚、轻微免罚清单，对42起轻微违法行为不予处罚。', value: 42 },
      { text: '已对适用清单的 15 起执法案件进行免罚或减罚。', value: 15 },
      { text: '有3个案件实施了减免责措施。', value: 3 },
      { text: '办理首次轻微违法不予处罚案件 8件。', value: 8 },
      { text: '全年首违不罚清单适用案件2300余件。', value: 2300, bound: 'over' },
      { text: '作出减轻处罚决定11件。', value: 11 },
      { text: '对23起轻微违法行为免予行政处罚。', value: 23 },
      { text: '对轻微违法行为免于处罚4起。', value: 4 },
      { text: '全县共作出减免罚款决定425件。', value: 425 },
      { text: '对124件案件依法从轻、减轻处罚。', value: 124 },
    ],
    counterExamples: ['明确首违或轻微不罚事项 20 项。', '行政处罚减免责清单12项。', '对市容环境卫生等6个方面32种情形实行“首违不罚”。'],
  }),
  defineIndicator({
    id: 'penalty.fine_cases',
    label: '罚款案件',
    core: false,
    units: CASE_UNITS,
    zeroable: false,
    // 作出罚款处罚7.9万余起: the cases fined, counted; 作出罚款处罚共计86.75万元, the money.
    // 申请法院强制执行未缴纳罚款案件230件: cases of fines unpaid, brought to court to enforce them; 申请延期、分期缴纳罚款的案件11件:
    // those whose payment was put off.
    before: [{ words: ['罚款案件', '罚款决定', '罚款处罚决定', '罚款处罚案件', '罚款处罚的案件', '罚款的案件', '罚款处罚'], notInClause: ['强制执行', '延期', '分期'] }],
    // 责令停产停业整顿案件7起 and 警告4件, after 罚款案件172起 in a list, are no fines.
    blockers: ['停产', '停业', '责令', '警告'],
    examples: [
      { text: '行政处罚6件，其中罚款案件5件，累计罚款3万元。', value: 5 },
      { text: '作出罚款决定156件，罚款金额合计268万元。', value: 156 },
    ],
    counterExamples: ['罚款案件占比60%。'],
  }),
  defineIndicator({
    id: 'penalty.fines_yuan',
    label: '罚款金额',
    core: true,
    units: MONEY,
    zeroable: false,
    // 处罚款 is 处 + 罚款 (共处罚款186万元), read whole before 处罚 takes its first two characters.
    before: [
      {
        // 按日计罚金额合计64万元: fines that run on by the day.
        words: ['罚款', '罚款金额', '罚款总金额', '罚款总额', '处罚金额', '行政处罚金额', '罚款数额', '处罚款', '行政处罚款', '罚款决定金额', '处罚决定金额', '罚款决定', '罚款处罚', '按日计罚金额', '按日连续处罚金额'],
        // 滞纳金及罚款, 没收违法所得和罚款: a total of more than fines; 涉及罚款金额 is the fines; 退还罚款 pays them back.
        // 追回医保基金、收取违约金及行政罚款合计…: so is one listed after other sums; 退还不当罚款 pays back wrongful ones;
        // 所涉案件拟罚款金额合计186万元: fines proposed before a hearing, none imposed.
        // 督促退还违规罚款183.6万元: fines imposed against the rules, refunded.
        notAct: ['平均', '减免', '免除', '免予', '不予', '金及', '款及', '得及', '以及', '金、', '和', '退还', '返还', '多收', '及行政', '和行政', '不当', '拟', '违规'],
      },
      // 涉及罚款金额2817.36万元 is the fines, unless the cases it concerns went unpunished (→ waived).
      { words: ['涉及罚款金额', '涉及罚款'], notInSentence: UNPUNISHED },
    ],
    // 对两家单位分别处以1万元、2万元罚款: the fine named after its sum, by the act that imposed it; not what a law sets for a kind
    // of offence (对饮酒后驾驶营运机动车的，依法吊销驾驶证并处5000元罚款).
    after: [
      { words: ['罚款', '的罚款', '行政罚款', '的行政罚款'], act: ['处以', '并处', '处', '给予'], notInSentence: ['的，', '的,'] },
      // 58.62万元罚款已全部收缴: the sum, then the fines it was, then where it went.
      { words: ['罚款'], actAfter: PAID_IN },
      // 罚没款…，其中412.6万元为罚款: a part of a sum, said to be fines.
      { words: ['为罚款'] },
    ],
    // Money paid out or saved is no fine (罚款收入用于发放补贴20万元); 罚款额为每平方米100元 is a rate in a law.
    // 罚款上限提高至1亿元, 最高罚款可达100万元, 罚款限额由1000元调整为3000元: limits in a law.
    // 入库罚款及滞纳金438万元: fines and late charges in one sum, no amount of fines; 罚款…，其中…涉案货值86.5万元: the value of the goods.
    blockers: ['减免', '减负', '平均', '补贴', '补助', '奖励', '挽回', '退还', '返还', '每', '标准', '上限', '限额', '可达', '滞纳金', '货值', '案值'],
    examples: [
      { text: '共计罚款27.1651万元，没收违法所得1万元。', value: 271651 },
      { text: '累计罚款8万元。', value: 80000 },
      { text: '罚款1124500.17元。', value: 1124500.17 },
      { text: '处罚金额共4.52万元。', value: 45200 },
      { text: '全年共处罚款186.5万元。', value: 1865000 },
      { text: '共罚款金额为1.2亿元。', value: 120000000 },
      { text: '罚款金额共计四十三万六千元。', value: 436000 },
      { text: '涉及罚款金额2817.36万元。', value: 28173600 },
      { text: '对违法单位依法处以2万元罚款。', value: 20000 },
    ],
    counterExamples: [
      '查补税款、滞纳金及罚款合计2180.4万元。',
      '稽查部门查补税款及滞纳金、罚款合计1.37亿元。',
      '减免罚款金额 26.6 万元。',
      '为企业减负14.3万元。',
      '案件平均罚款金额8.8万元。',
      '罚款收入用于发放补贴20万元。',
      '对拟作出罚款5万元以上的案件进行法制审核。',
      '非法占用耕地的，罚款额为每平方米100元以上1000元以下。',
      '查处统计违法案件2件，罚款1.2万元至5万元不等。',
      '逾期不改正的，可处1万元以上10万元以下罚款。',
    ],
  }),
  defineIndicator({
    id: 'penalty.confiscated_yuan',
    label: '没收违法所得',
    core: true,
    units: MONEY,
    zeroable: false,
    before: [
      // 收缴违法所得约2.1万元: police bodies' word for taking the gains.
      // 没收违法收入38.9万元: the same gains, as some write them.
      { words: ['没收违法所得', '没收非法所得', '没收违法所得金额', '没收违法收入', '没收非法收入', '没收金额', '没收收入', '收缴违法所得', '收缴非法所得'] },
      // 没收非法采砂所得1.237万元: the gains of the offence named between.
      { words: ['所得'], act: ['没收', '收缴'], actInClause: true },
    ],
    // 1.74万元违法所得被依法没收: the sum, then the gains it was, then the act.
    // 其中…、58.91万元为没收的违法所得: a part of a sum, said to be confiscated gains.
    after: [{ words: ['违法所得', '非法所得'], actAfter: ['被依法没收', '被没收', '予以没收', '依法没收'] }, { words: ['为没收的违法所得', '为没收违法所得'] }],
    // 没收违法所得2.15万元和违法经营的医疗器械（货值4.6万元）: the value of the goods taken is no gains.
    blockers: ['货值', '案值'],
    examples: [
      { text: '没收违法所得1.09068万元。', value: 10906.8 },
      { text: '没收违法所得案件236件，没收金额919.95万元。', value: 9199500 },
    ],
    counterExamples: ['没收违法所得案件3件。', '制定18个领域轻微违法行为不予处罚清单。'],
  }),
  defineIndicator({
    id: 'penalty.forfeiture_yuan',
    label: '罚没款',
    core: false,
    units: MONEY,
    zeroable: false,
    // 处罚没款 is 处 + 罚没款 (共处罚没款12万元), as 处罚款 is for fines.
    // 退还当事人罚没款5.6万元 pays money back. 罚款及没收违法所得共计3869.42万元: fines and confiscations said in full, as one sum.
    before: [{ words: ['罚没款', '罚没金额', '罚没收入', '罚没', '罚没款数额', '罚没款金额', '罚没款项', '处罚没款', '罚款及没收违法所得', '罚款和没收违法所得', '罚款及没收', '罚款和没收'], notInSentence: ['退还', '返还'] }],
    // 486.37万元罚没款已全部缴入国库: the sum, then the forfeitures it was, then where it went.
    after: [{ words: ['罚没款', '罚没收入'], actAfter: PAID_IN }],
    // 罚没款2316.5万元，其中…涉案货值1045万元, …案值合计1132.5万元: the value of the goods or of the cases is no forfeiture.
    blockers: ['货值', '涉案', '案值'],
    examples: [
      { text: '全年共处罚没款12万元。', value: 120000 },
      { text: '履行罚没款18.20298万元。', value: 182029.8 },
      { text: '罚没金额2.92亿元。', value: 292000000 },
      { text: '罚没收入5534.04万元。', value: 55340400 },
    ],
    counterExamples: ['罚没款全部上缴国库。'],
  }),
  defineIndicator({
    id: 'penalty.waived_yuan',
    label: '减免罚款金额',
    core: false,
    units: MONEY,
    zeroable: false,
    before: [
      {
        words: [
          '减免罚款金额', '减免罚款', '罚款金额减免', '罚款减免', '减免罚没款', '免除罚款', '免予罚款', '免于罚款', '免予罚款金额', '免于罚款金额', '减轻罚款', '免罚金额', '少罚款', '不予处罚金额', '免予处罚金额', '免于处罚金额', '不予罚款金额',
          // 从轻、减轻处罚案件263宗，减轻处罚金额3870余万元: the sum the lighter penalties spared; 帮助市场主体少缴罚款约六十余万元.
          '减轻处罚金额', '减免处罚金额', '少缴罚款', '免缴罚款',
          // 依法对7件轻微违法案件不予处罚或减轻处罚，免罚减罚金额合计43.2万元.
          '免罚减罚金额', '减罚金额',
        ],
      },
      // 适用包容审慎监管，减少处罚金额约19.6万元: fines lowered, said as a reduction; not a change on last year (较上年减少罚款金额12万元).
      { words: ['减少处罚金额', '减少罚款金额'], notAct: ['较', '比', '上年', '去年', '同期'] },
      // 不予处罚21件、从轻减轻处罚13件，减免金额24.8万元, 不予处罚28件，免予处罚涉及金额316.4万元: the money the lenient cases spared.
      // 出具不予处罚决定1,862件，涉及应罚未罚金额约41万元: the fines not imposed.
      { words: ['减免金额', '涉及金额', '应罚未罚金额', '涉及应罚未罚金额'], follows: ['penalty.lenient_cases'] },
      // 对2146户次不予行政处罚，涉及罚款金额约108万元: the fines of cases not punished, spared.
      { words: ['涉及罚款金额', '涉及罚款'], inSentence: UNPUNISHED },
    ],
    examples: [
      { text: '减免罚款金额 26.6 万元。', value: 266000 },
      { text: '适用“首违不罚”案件23件，免除罚款15万元。', value: 150000 },
      { text: '不予处罚2.3万户次，少罚款约920万元。', value: 9200000, bound: 'about' },
      { text: '对1200户次纳税人不予行政处罚，涉及罚款金额约86万元。', value: 860000, bound: 'about' },
      { text: '依法不予处罚28件，免予处罚涉及金额316.4万元。', value: 3164000 },
    ],
    counterExamples: ['为企业减负14.3万元。', '为企业减免金额12万元。'],
  }),
];
