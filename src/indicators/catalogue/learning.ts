// Learning and spreading the law: study sessions, trainings, publicity.
import { defineIndicator } from '../types.js';

/**
 * Words that make a study no law study (党课, 讲话精神), or a count of meetings (主持召开党组会专题研究法治建设工作4次,
 * 主持党委会专题听取法治工作汇报四次),
 * of speeches (在集体学法时作专题发言2次), of a head's days in court (带头学法，带头出庭应诉1次) or of contests (执法大比武1次).
 */
const NOT_LAW_STUDY = ['讲话', '精神', '党课', '会议', '召开', '研究', '中心组', '理论学习', '发言', '出庭', '应诉', '比武', '述法', '党委会', '党组会', '汇报', '节目', '播出'] as const;
/** Words that say an event was for the public, not the body's own people (法治进校园, 师生, 群众). */
const PUBLIC = [
  '进校园', '进社区', '进企业', '进农村', '进乡村', '进村', '入村', '进家庭', '进基层', '进园区', '进楼宇', '进工地', '进市场', '进景区', '在各行政村', '到各行政村', '师生', '学生', '新生', '中小学', '青少年', '群众', '村民', '居民', '市民', '社区', '村（社区）', '村（居）',
  '老年', '务工人员', '农民工', '劳动者', '从业人员', '家长', '企业负责人', '经营者', '经营户', '个体工商户', '零售户', '商户', '经营主体', '市场主体',
  // The villages' own lawyers (一村一法律顾问) lecture villagers; so do those who serve in the villages (法律顾问全年驻村服务…).
  '村法律顾问', '一村一法律顾问', '驻村',
  // Firms served (为企业开展法治体检…；举办企业合规讲堂8期).
  '为企业', '面向企业', '服务企业', '企业合规', '合规经营',
  // Publicity to the public, not the body's own duty to do it (普法责任清单, 普法责任制).
  // Nor 谁执法谁普法, a duty too, under which the body may lecture its own people (…责任制，开设“财政法治大讲堂”…，累计参训1,100余人次).
  '普法宣传', '普法活动', '普法讲座', '普法志愿', '普法教育', '普法课', '普法进', '法律进', '法治进', '以案普法', '开展普法', '普法小分队', '普法队', '普法阵地',
  // A campaign of publicity the lectures were part of (“民法典宣传月”活动…举办民法典专题讲座12场).
  '宣传月', '宣传周', '宣传日',
] as const;
/** The public as people who came to an event, named after it (…，参与学生1.1万余人次). */
const AUDIENCE = ['师生', '学生', '新生', '中小学生', '青少年', '群众', '村民', '居民', '市民', '老年人', '务工人员', '农民工', '工人', '家长', '听众', '受众', '观看', '网友', '网民'] as const;
/** Trainings in skills, not in law (培训高素质农民1650人次, 培训渔民2160人, 业务能力提升培训); a year's newcomers, counted as staff (2023年新进执法人员11名). */
const NOT_LAW_TRAINEES = ['农民', '渔民', '船员', '养殖户', '技能', '业务能力', '证件', '执法证', '申领', '年新进'] as const;
/**
 * Those whose trade is law, before a training in their trade (执法人员业务培训): enforcers, reviewers, legal officers, cases told to
 * teach law, the review of documents' legality (规范性文件备案审查业务培训班), or the three systems of enforcement (“三项制度”业务培训班).
 */
const LAW_OFFICERS = ['执法人员', '执法队员', '执法骨干', '审核人员', '法制干部', '法制工作人员', '法制员', '以案释法', '备案审查', '合法性审查', '合法性审核', '三项制度'] as const;
/** Reviews of case files, named right after a count (组织不少于2次执法案卷评查): no training, no publicity. */
const CASE_FILE_REVIEWS = ['案卷评查', '执法案卷评查', '行政执法案卷评查'] as const;
/** A head who lectures (带头讲授法治课2次, 带头为机关干部讲授…): the body's own people taught, no event for the public. */
const HEAD_LECTURES = ['带头讲', '带头为', '亲自讲'] as const;
/** Exams, which those who sit them attend without being trained. */
const EXAMS = ['考试', '考核', '测试'] as const;
/**
 * What people attend that is no training in law, named after the act of attending: exams, trainings of skills, contests (执法大练兵),
 * an oath taken (112名新入职干部参加宪法宣誓).
 */
const NOT_TRAINED_IN = [...EXAMS, '业务能力', '技能', '练兵', '比武', '竞赛', '比赛', '大赛', '宣誓'] as const;

/** Staff sent to a training others hold (选派2名干部参加…培训): counted as those sent, not as people trained. */
const SENT = ['选派', '派出', '推荐', '委派'] as const;

/** 业务培训 is training in other than law, unless the law is its business (法律知识及业务培训, 行政复议应诉业务培训). */
const LAW_AND_BUSINESS = [
  '法律业务培训', '法治业务培训', '执法业务培训', '执法业务专题培训', '法制业务培训', '复议业务培训', '应诉业务培训', '普法业务培训', '法律知识和业务培训', '法律和业务培训', '法治和业务培训', '法律知识及业务培训', '法律及业务培训', '法治及业务培训',
  // 集中学法和业务培训6期: law studied with the business.
  '学法和业务培训', '学法及业务培训',
] as const;

export const learning = [
  defineIndicator({
    id: 'training.sessions',
    label: '学法、法治培训',
    core: false,
    // 培训班12班次: classes of a course, each held.
    units: ['次', '场', '场次', '期', '批次', '班次'],
    zeroable: false,
    before: [
      {
        words: [
          '学法', '学法活动', '法治培训', '法律培训', '法治学习', '讲法', '法治专题学习', '会前学法', '学法会议', '学法会', '线上学法', '在线学法', '网络学法',
          '集体学法', '法律知识培训', '普法培训', '执法培训', '执法专题培训', '法治专题培训', '法治轮训', '法律知识轮训', '法律轮训',
          // The theory of the rule of law is law, though other theory (理论学习) is not.
          '法治理论培训', '法治理论专题培训', '法治理论学习', '法治理论专题学习', '法治理论讲座', '法治理论专题讲座',
          ...LAW_AND_BUSINESS,
        ],
        // 开展…农民工学法活动32场: the public's study of law, publicity.
        notAct: AUDIENCE,
      },
      {
        // 讲授《安全生产法》专题课1次: a lecture on a law given to the body's own people; 举办行政执法能力提升班4期: a class of law.
        words: ['专题学习', '集中学习', '集体学习', '学习', '培训', '轮训', '专题培训', '培训班', '专题辅导', '专题课', '读书班', '专题读书班', '研修班', '专题研修班', '提升班'],
        law: true,
        // 党组理论学习中心组学习8次 is political study, though a sentence on law study follows; 接待参观学习团体560批次, visitors;
        // 法律顾问参与重大案件论证研讨42次, meetings on cases.
        // 接待外地考察学习团组11批次: visitors come to learn from the body.
        // 点击学习量达到216万余次: clicks on courses online; 召开党组会议传达学习上级法治工作部署7次: meetings passing on what those above decided.
        // 参加…组织的专业培训6期: training in the trade, as 业务 is.
        notAct: ['理论', '业务', '专业', '政治', '中心组', '参观', '论证', '考察', '点击', '传达'],
        // 组织社区矫正对象参加法治教育学习126场次: offenders under correction taught, none of the body's people.
        notInClause: ['矫正对象'],
      },
      // 组织执法人员业务培训不少于8期, 组织法治审核人员业务培训4期, “以案释法”业务培训1期: the trade of enforcing and reviewing by law,
      // taught to those who do it (not 网格员业务培训, 政务公开业务培训).
      { words: ['业务培训', '业务培训班', '业务专题培训'], act: LAW_OFFICERS, actInClause: true },
      // Not a talk over cases or issues (组织案件集体研讨6次).
      { words: ['研讨'], law: true, notAct: ['理论', '业务', '政治', '中心组', '参观', '论证'], notInClause: ['案件', '议题', '问题'] },
      // Lectures for the body's own cadres (领导干部法治专题讲座, 社区干部参加法治专题讲座, 镇村（社区）干部法治专题讲座, 带头为机关干部讲授法治课3次),
      // whatever else the sentence speaks of.
      {
        words: ['法治讲座', '法治专题讲座', '专题讲座', '讲座', '法治课', '法治大讲堂', '大讲堂'],
        act: ['领导干部', '机关干部', '干部职工', '全局干部', '全体干部', '干部', '干部讲授', '带头讲授', '亲自讲授', '执法人员', '干部参加', '干部职工参加', '工作人员参加', '执法人员参加', '党员干部参加', '带头参加'],
      },
      // Lectures of law, unless the sentence says they were for the public (法治进校园…举办法治讲座400余场): publicity. A head's own
      // (带头讲授法治课2次) teaches the body's people as any other.
      { words: ['法治讲座', '法治专题讲座', '法治课', '法治课程', '讲法治课', '法治课堂', '法治专题课'], notInSentence: PUBLIC, audienceAfter: AUDIENCE },
      // 为全局干部讲授《行政处罚法》等法律法规3次: a lecture of law given to the body's people.
      { words: ['讲座', '专题讲座', '大讲堂', '讲堂', '讲授', '授课'], law: true, notAct: ['理论', '业务', '政治', '中心组'], notInSentence: PUBLIC, audienceAfter: AUDIENCE },
      // 开展执法业务培训、案卷评查讲评12场次: lectures on the case files reviewed teach the officers.
      { words: ['案卷讲评', '评查讲评', '案卷评查讲评'] },
    ],
    after: [
      // 分3批次对全局执法人员开展全员轮训: the count before the training it counts.
      { words: ['专题学习', '学习活动', '培训会', '专题培训', '法治讲座', '培训班', '轮训', '法治轮训', '法律知识轮训'], law: true },
      // 县政府常务会议先后12次专题学法: the count before the study of law it counts.
      { words: ['专题学法', '集体学法', '会前学法'] },
      // 组织4次法治专题培训: trainings named as of law; 组织2期卫生监督员法律实务培训, any training organised where its clause speaks of law.
      { words: ['法治培训', '法治专题培训', '法律培训', '法律知识培训', '普法培训', '法治理论培训', '法治理论专题培训'] },
      { words: ['培训'], act: ['组织', '举办', '开展'], law: true },
    ],
    // 开展执法人员全员培训，组织不少于2次执法案卷评查, …集中培训，开展案卷评查不少于2次: case files reviewed, no training;
    // 组织学法考试4次: exams.
    // 模拟执法演练2次, 执法实务练兵4次: drills of the officers' work, no study of law. 企业环境守法培训，邀请重点排污单位负责人旁听庭审2次:
    // others invited, a clause after the training, none of its sessions.
    // …带头参加会前学法，年内向县委、县人大常委会报告法治政府建设情况各1次: reports made on the work, no study.
    blockers: [...NOT_LAW_STUDY, '案卷评查', ...EXAMS, '演练', '练兵', '邀请', '报告法治', '报告依法'],
    notAfter: CASE_FILE_REVIEWS,
    examples: [
      { text: '全年开展法治专题学习5次，参加上级法治培训3次。', value: 5 },
      { text: '全年开展法治专题学习5次，参加上级法治培训3次。', value: 3 },
      { text: '2022年共开展中心组学法6次。', value: 6 },
      { text: '集中学习《行政处罚法》《罚款处罚规定》等法律法规30次。', value: 30 },
      { text: '组织 4 次专题学习活动等形式，推动领会习近平法治思想。', value: 4 },
      { text: '全年组织执法培训、法治学习18场次，覆盖900余人次。', value: 18 },
      { text: '党组理论学习中心组每年法治专题学习不少于6次。', value: 6, bound: 'over' },
      { text: '全年共举办“法治大讲堂”6期。', value: 6 },
    ],
    counterExamples: [
      '传达学习习近平总书记重要讲话、重要指示批示精神40次。',
      '围绕学习贯彻党的二十大精神举行学习会9次。',
      '执法人员年度法律培训不少于60学时。',
      '听取法治建设工作汇报 3 次。',
      '推进依法行政，组织业务培训5次、理论学习12次。',
      '局长在局党组理论学习中心组集体学法时作专题发言2次。',
    ],
  }),
  defineIndicator({
    id: 'training.participants',
    label: '培训人次',
    core: false,
    units: ['人次', '人', '名'],
    zeroable: false,
    before: [
      // 专题培训2期、60人次: the people of the sessions just counted, by the word that named the sessions.
      { words: ['覆盖', '共计', '合计', '总计', '累计', '参训', '受训', '培训', '专题培训', '培训班', '轮训', '参加', '参与', '参加学习', '参加人数', '参训人数', '参加人员', '参训人员', '受训人员'], follows: ['training.sessions'] },
      // 政务公开业务培训2期，培训人员230人次: people trained in other than law are not counted.
      { words: ['培训人员', '参训人员', '培训干部', '培训人数', '参训人数', '参学', '参训参考', '参学干部', '参学人员', '受训人员', '学法人数', '参加学法人数'], law: true },
      // 参加法律知识培训180余人次: a training of law counted in people.
      // 参加…专业法律知识培训考试1.8万人次, 参加省级行政执法培训和考试312人次: those trained and examined.
      {
        words: [
          '法律知识培训', '法治培训', '法律培训', '执法培训', '执法专题培训', '普法培训', '法治专题培训', '法治轮训', '法律轮训', '法律知识轮训', '法律知识培训考试',
          '执法培训和考试', '执法培训及考试', '法治培训和考试', '法律知识培训和考试',
        ],
      },
      // 参加执法业务培训（4期，126人次）: the people of the sessions of law just counted.
      { words: LAW_AND_BUSINESS, follows: ['training.sessions'] },
      // Not the regulated trades' own schooling in safety (驾驶员安全教育培训2.1万人次, 安全管理人员安全资格培训1.6万人次).
      { words: ['培训', '专题培训', '参训', '轮训', '培训考试', '培训和考试', '培训及考试'], law: true, notInClause: ['安全资格', '安全教育', '驾驶员', '驾驶人'] },
      // 组织…参加民法典等法治讲座，参加人员累计850余人次: those who came, after a training or lecture of law named in the sentence.
      // 举办…法治讲座1场，邀请2名执业律师…授课，到课68人: those at the lesson.
      { words: ['参加人员', '参加人数', '到课', '听课'], law: true, inSentence: ['培训', '讲座', '轮训', '授课', '辅导'] },
      // 组织行政执法人员网络学法2960人次: those who studied law, counted as people.
      { words: ['学法', '网络学法', '在线学法', '线上学法'] },
    ],
    after: [
      { words: ['培训会', '专题培训', '培训班'], law: true, notInClause: SENT },
      // 讲座四场次，近200名干部参加: the people who came to the sessions just counted; not to an exam after them
      // (…轮训4期，…387名执法人员全部参加年度执法资格考试), nor to a training of skills (…12人参加省人社厅组织的业务能力提升培训).
      // Not a few sent to another body's training (选派2名业务骨干参加省厅举办的…培训班): those sent, counted as staff.
      { words: ['参加', '参训', '参学', '参会'], follows: ['training.sessions'], notActAfter: NOT_TRAINED_IN, notInClause: SENT },
      // 举办…法治专题培训班，…处级以上领导干部186人参训: those trained, after a training of law named in the sentence.
      { words: ['参训', '参加'], law: true, inSentence: ['培训'], notActAfter: NOT_TRAINED_IN, notInClause: SENT },
      // 全年共有860人次参加局组织的法治培训: the people, then the training they came to; not an exam (42名干部职工参加…学法用法考试).
      // 全局342名执法人员参加了法律知识轮训: a training given to all in turn.
      { words: ['法治培训', '法律培训', '法律知识培训', '普法培训', '执法培训', '法治讲座', '培训', '学法', '讲座', '轮训', '法治轮训', '法律知识轮训'], act: ['参加', '参与'], law: true, notActAfter: EXAMS, notInClause: SENT },
      // 对31名新进执法人员开展岗前法律知识培训: the people, then the training of law given them.
      { words: ['法治培训', '法律培训', '法律知识培训', '执法培训', '法治专题培训', '法律业务培训'], act: ['开展', '进行', '组织'] },
      // 组织1,400余名行政执法人员开展执法资格培训: any training, where the sentence speaks of law.
      { words: ['培训', '轮训'], act: ['开展', '进行', '组织'], law: true, notInClause: SENT },
    ],
    // 参加执法业务考试，全所3名执法人员全部通过: those who sat an exam, not people trained;
    // 加强执法人员培训，力争新增持证执法人员1名: staff to be added, not trained.
    // 依托网上学法平台，参学学生8.2万人: students are the public the law is taken to, no trainees.
    // 经培训考试合格后上岗，全县现有持证执法人员1,264名, …轮训，全系统持证执法人员达到6.8万名: the staff there are, not those trained;
    // …骨干培训，全市培育“法律明白人”二千一百名, 培养“法律明白人”1,860名: people cultivated over years, no trainees; 参加…大比武，获团体三等奖，2名队员获评…:
    // winners of a contest.
    // 法律知识培训考试，参考8600余人: those who sat the exam. 参与学法减分的驾驶人约8.6万人次: drivers who studied the rules of the
    // road to take points off their licences, no staff trained.
    // 组织局领导班子成员述法5人: heads reporting on their duty for the law, no trainees.
    blockers: [...NOT_LAW_TRAINEES, ...SENT, '考试', '考核', '参考', '新增', '学生', '新生', '师生', '青少年', '现有', '持证', '培育', '培养', '比武', '获评', '获奖', '减分', '述法'],
    // 参加执法资格培训，12人取得执法证件, 36人通过考试: those who got a result of it; …培训，新招录执法人员422名均经考试
    // 取得执法证件: newcomers who sat the exam.
    // …培训，全局43名持证执法人员年度学时均达到40学时: the staff who hold papers, not those trained.
    // …培训，全局在编执法人员23名全部取得执法证件, 全局干部职工112人实现参学全覆盖: the whole staff, counted as it is.
    // …培训，全局28名执法人员全部参加年度执法资格考试: the whole staff sitting the exam for their papers, as those who pass it.
    // 参加全省环境执法大练兵，3人获全市“执法能手”称号: those given a title.
    notAfter: [
      '取得', '通过', '获得', '考取', '获评', '获', '荣获', '被评为', '经考试', '均经考试', '持证', '全部取得', '均取得', '全部通过', '均通过', '实现',
      '参加执法资格考试', '参加行政执法资格考试', '参加年度执法资格考试',
    ],
    examples: [
      { text: '全年组织执法培训、法治学习18场次，覆盖900余人次。', value: 900, bound: 'over' },
      { text: '举办“法治大讲堂”讲座四场次，近200名干部参加。', value: 200, bound: 'under' },
      { text: '全局执法人员参加法律知识培训180余人次。', value: 180, bound: 'over' },
      { text: '组织开展法律法规专题培训10场次，覆盖民辅警150余人次。', value: 150, bound: 'over' },
      { text: '分层次举办了 2 次共计 80 余人次的卫生依法行政工作专题培训会。', value: 80, bound: 'over' },
      { text: '全年轮训执法人员1200人次。', value: 1200 },
      { text: '全年共有860人次参加局组织的法治培训。', value: 860 },
      { text: '组织执法人员380余人次参加法治专题讲座。', value: 380, bound: 'over' },
      { text: '对31名新进执法人员开展岗前法律知识培训。', value: 31 },
      { text: '对全市1562名行政执法人员进行了轮训。', value: 1562 },
    ],
    counterExamples: [
      '新增执法人员15名。', '培训高素质农民1,650人次，开展农业法律法规宣传。', '组织全县政务公开业务培训2期，培训人员230人次。',
      '全年集中学法10次，组织执法人员参加执法业务考试，全所3名执法人员全部通过。',
      // An exam and those who sat it: no training.
      '开展全员学法考试1次，参考人员146名。',
    ],
  }),
  defineIndicator({
    id: 'publicity.materials',
    label: '宣传资料',
    core: false,
    units: ['份', '册', '张', '本'],
    zeroable: false,
    before: [
      {
        words: [
          '宣传资料', '宣传册', '宣传单', '宣传品', '普法宣传品', '法治宣传品', '普法资料', '法治宣传资料', '宣传手册', '普法读本', '普法宣传册', '宣传单页',
          '法治宣传册', '法治宣传手册', '法治宣传单', '普法宣传手册',
          '普法宣传资料', '普法宣传单页', '普法宣传单', '宣传材料', '法治宣传材料', '普法宣传材料', '普法材料',
          '普法宣传画', '宣传挂图', '普法挂图', '法治宣传画', '宣传页', '普法宣传页', '宣传彩页', '普法彩页',
          // 发放家长法治告知书45万余份: a notice of the law for the public, not one served on a party.
          '法治告知书', '普法告知书', '法律告知书',
        ],
        // 收缴宣传资料1,300余份: papers seized in a raid, none handed out.
        notAct: ['收缴', '查扣', '没收', '扣押'],
      },
      // 印发《园区企业常用法律法规汇编》2000册, 编发《企业环境守法指南》5,000册: so is one issued, counted in books; a few are
      // the titles issued (印发《企业环境守法指引》3册).
      { words: ['印发', '编发'], law: true, units: ['册', '本'], atLeast: 10 },
      // 编印《以案释法案例选编》1000册: a booklet named by its title, printed for the public.
      { words: ['折页', '彩页', '海报', '宣传海报', '宣传画', '挂图', '明白纸', '印制'], law: true },
      // 宣传活动28次，张贴禁渔通告3000余张: notices of a law posted or handed out in a campaign of publicity (not notices
      // served in cases, 张贴限期拆除公告56份).
      { words: ['通告', '告知书', '倡议书', '公开信'], act: ['张贴', '发放', '散发', '分发'], inSentence: ['宣传', '普法'] },
      // 编印执法指引手册2册: a few books are the volumes compiled, not copies handed out.
      { words: ['手册', '读本', '口袋书', '读物', '单行本', '书籍', '法律书籍'], law: true, atLeast: 10 },
      // 编印典型案例汇编1册, 编印《…汇编》2册: a few are the volumes compiled, not copies handed out.
      { words: ['汇编', '编印', '选编'], law: true, atLeast: 10 },
      // Not an archive's holdings (馆藏档案18.7万卷、资料1.2万册), nor papers collected (征集地方文献资料2300余册).
      // Nor records the body made of its own work (形成音像记录资料413份).
      { words: ['资料'], law: true, notInSentence: ['馆藏', '征集', '记录', '音像', '归档'] },
      // 发放《致家长的一封信》3.8万份: so is one handed out; not papers handed to those who broke the law (对首次违法…的市场主体发放《行政指导书》318份).
      { words: ['发放'], law: true, notInSentence: ['违法'] },
    ],
    // 3000余册普法宣传手册已发放: the count, then what was handed out.
    after: [{ words: ['宣传资料', '宣传册', '宣传手册', '普法宣传手册', '普法资料', '普法读本', '法治宣传资料', '宣传单', '普法宣传册'] }],
    // 发放责令改正通知书6300余份: notices and orders served on parties, not publicity; 发放行政执法监督意见书46份: opinions of oversight.
    // 发放行业综合许可证1,386张: licences issued, no handouts.
    // 发放优待证4210张, 发放食品摊贩登记卡302张: cards of a right, no handouts; 资料收集…征集地方文献资料2300余册: papers collected,
    // none handed out.
    // 发放评议问卷1200份, 发放满意度调查表: forms to be filled in, no handouts of the law.
    // 发放整改指令书57份: orders to put things right, issued in a check; 向被审计单位发放廉政监督卡46份: cards on the auditors'
    // integrity, handed to those audited.
    blockers: ['廉政', '征集', '告知书', '通知书', '决定书', '意见书', '指导书', '指令书', '建议书', '告诫书', '提示书', '承诺书', '责任书', '提醒函', '提示函', '提醒书', '提醒单', '告知单', '证', '执照', '登记卡', '问卷', '调查表', '测评表'],
    examples: [
      { text: '发放宣传资料 1800 余份，接受群众咨询 3000 余人次。', value: 1800, bound: 'over' },
      { text: '发放《职业病防治法》等宣传资料300多份。', value: 300, bound: 'over' },
      { text: '张贴普法宣传海报300张。', value: 300 },
      { text: '3000余册普法宣传手册已发放至各村（社区）。', value: 3000, bound: 'over' },
    ],
    counterExamples: ['下达现场监督文书 500 余份。', '按要求报送资料5份。', '对沿街商户开展“说服教育、警示告诫”，全年发放责令改正通知书6300余份。'],
  }),
  defineIndicator({
    id: 'publicity.events',
    label: '普法宣传活动',
    core: false,
    units: ['场', '场次', '次', '期'],
    zeroable: false,
    before: [
      {
        // 宪法进校园, 民法典进社区: the law itself taken somewhere is a publicity event.
        words: [
          '普法宣传', '普法活动', '法治宣传', '法治宣传活动', '普法宣传活动', '送法', '法治进', '普法进', '普法',
          '宪法进', '民法典进', '法律进', '法律法规进', '以案释法', '以案说法', '普法讲座', '法治文化进', '咨询活动', '法律咨询活动', '法律咨询日', '法律咨询日活动', '法治教育进',
          // “税法进校园、进企业”活动: a law taken to places.
          '法进校园', '法进企业', '法进社区', '法进农村', '法进乡村', '法进机关', '法进单位', '法进家庭',
          // “百场法治讲座进基层”活动: lectures taken to places.
          '法治讲座进', '讲座进', '讲堂进', '课堂进',
          // “水法进村、进校、进企”活动: the short forms of the same places.
          '法进村', '法进校', '法进企', '法进户',
          // “人社政策法规进工地、进企业”活动58场次: rules taken to places (not 法规进行修订).
          '法规进校园', '法规进企业', '法规进社区', '法规进农村', '法规进乡村', '法规进工地', '法规进园区', '法规进楼宇', '法规进市场',
          // 法律法规“进企业、进社区、进校园”活动26场: the places in quotes after the law taken there.
          '法律“进', '法规“进', '法治“进', '普法“进', '宪法“进', '民法典“进',
          // 开展交通安全宣传活动二百余场, 食品安全进校园活动8场, 消防宣传“进企业、进农村”活动1,200余场: publicity of the laws of
          // safety, a regulator's own.
          '安全宣传活动', '安全进校园', '安全进社区', '安全进企业', '安全进农村', '消防宣传', '消防宣传活动',
          // 开展消费教育宣传活动23场次, 消费教育进社区、进校园活动十二场: a market regulator's teaching of consumers' rights in law.
          '消费教育', '消费教育活动', '消费教育宣传活动', '消费教育讲座', '消费教育进', '消费维权宣传', '消费维权宣传活动', '消费维权进',
          // “法治副校长进校园”活动240场次: the schools' law vice-principals at work in them.
          '副校长进校园',
          // “行政复议进乡村、进企业、进社区”活动36场次: the appeal the law gives, taken to places.
          '“复议进', '“行政复议进',
          // “法律七进”, “法治八进”: the campaigns that take the law to so many places.
          '法律五进', '法律六进', '法律七进', '法律八进', '法律九进', '法律十进', '法治五进', '法治六进', '法治七进', '法治八进', '法治九进', '法治十进',
          // 法律法规“五进”活动21场: so many places named in quotes after the law.
          '法规“三进', '法规“四进', '法规“五进', '法规“六进', '法规“七进', '法规“八进', '法律“三进', '法律“四进', '法律“五进', '法律“六进', '法律“七进', '法律“八进',
          // Legal services taken to people as events (公益法律服务活动15场次, 法律服务进社区活动).
          '法律服务活动', '法律服务行动', '法律服务进',
          // “法治赶场”活动156场, 普法赶集: the law taken to the market on fair days.
          '法治赶场', '法治赶集', '法律赶集', '普法赶集', '普法赶场', '法治集市', '普法集市',
        ],
        // 推送普法短视频30期 posts, 滚动播放普法视频3600余次 plays, 刊发以案释法案例8期 prints, none holds an event.
        notAct: ['推送', '转发', '发布', '播放', '播出', '刊发', '刊登', '编发'],
        // 召开党组会议研究…普法工作6次, 督导普法验收准备工作3次: meetings on the work, or visits to check it, no event.
        notActAfter: ['工作'],
      },
      // “宪法宣传周”“12·4国家宪法日”等主题活动150余场: campaigns named by their titles, of the law;
      // “安全生产法宣传咨询日”活动18场: a day's name in quotes, whose 咨询 counts no consultations.
      { words: ['宣传活动', '宣讲', '宣讲活动', '宣贯', '宣贯活动', '巡讲', '巡讲活动', '主题宣传', '宣传', '宣传周活动', '宣传月活动', '宣传日活动', '咨询日', '咨询日活动', '宣传咨询日', '宣传咨询日活动', '主题活动', '系列活动'], law: true },
      // 举办“侗族大歌唱法治”“侗戏演法治”进村寨活动8场: events of law, named in quotes, taken to places; not legal check-ups
      // of firms (“法治体检”进企业活动40余场), a service.
      { words: ['进村寨活动', '进村活动', '进社区活动', '进校园活动', '进企业活动', '进乡村活动', '进农村活动', '进基层活动'], law: true, notInClause: ['体检'] },
      // 法治文化惠民活动180余场: the culture of the rule of law brought to people.
      { words: ['法治文化活动', '法治文化惠民活动'] },
      // 宪法晨读、模拟法庭等法治主题教育活动560余场次: education in law for pupils or the public.
      { words: ['法治教育活动', '法治主题教育活动', '法制教育活动', '法治实践活动'] },
      // 开展“开学第一课”法治教育500余场次, 模拟庭审活动40场: lessons and mock trials of law for pupils, where the sentence
      // names them (a film shown to the body's own people, 观看法治教育专题片3次, teaches none of the public).
      { words: ['法治教育', '模拟庭审', '模拟庭审活动'], inSentence: PUBLIC, audienceAfter: AUDIENCE },
      // 为群众开展法治讲座860余场: a lecture for the public, not a training of the body's own people.
      {
        words: ['法治讲座', '法治专题讲座', '专题讲座', '讲座', '普法讲座'],
        act: ['为群众', '面向群众', '为企业', '为村民', '为居民', '为学生', '进村', '进社区', '进校园', '进企业'],
      },
      // 法治副校长进校园授课1380场次: lessons of law taken to the public; 农民工学法活动32场: the public's study of law. Not a
      // head's own lecture (带头为机关干部讲授法治课1次), the head's duty, nor lectures of science (开展防雷科普讲座20场).
      { words: ['法治讲座', '法治专题讲座', '专题讲座', '讲座', '法治课', '法治课程', '法治课堂', '大讲堂', '讲堂', '授课', '学法活动'], law: true, inSentence: PUBLIC, notAct: ['科普'], notInClause: HEAD_LECTURES, audienceAfter: AUDIENCE },
      // Law brought to people as a show, a contest, a film or an exhibition.
      // Not a contest of the body's own staff in their skills (执法大练兵竞赛1次, 业务技能竞赛, 执法文书制作竞赛1次), nor shows for profit
      // checked by a culture bureau (营业性演出现场37场次).
      {
        words: ['法治文艺演出', '法治文艺汇演', '文艺演出', '文艺汇演', '演出', '巡演', '知识竞赛', '模拟法庭', '模拟法庭竞赛', '模拟法庭大赛', '竞赛', '大赛', '法治电影', '电影放映', '书画摄影展', '巡回展览', '巡展'],
        law: true,
        notAct: ['练兵', '技能', '比武', '营业性', '制作'],
        // 开展执法岗位练兵和模拟执法竞赛1次: the staff's drill, named earlier in the clause.
        notInClause: ['练兵', '技能', '比武'],
        // 检查…经营单位2417家次，其中…演出场所及演出活动143场次: shows a culture bureau checked, in a sentence of its checks.
        notInSentence: ['检查', '巡查', '抽查'],
      },
    ],
    // 全年开展72场次普法活动, 72场次普法活动多集中在城区: the count, then the events it counts.
    after: [{ words: ['普法活动', '普法宣传活动', '法治宣传活动', '法治宣传教育活动', '送法活动'] }],
    // 召开普法工作推进会2次 counts meetings, and so does 学习宣传贯彻…，主持局党组会研究法治工作5次; 转发普法信息2000余次 posts, not events;
    // 组织执法人员观看“以案释法”警示教育片2次: the body's own people warned, no public taught.
    // 以案释法短视频累计阅读量超过15万次: views of a post, no events.
    // 讲授“八五”普法专题党课1次: a Party lecture to the body's own members.
    // 开展法治体检进企业活动，为中小微企业提供“法治体检”服务150余场次: services given, no events.
    // 推出普法短视频86期, 开设普法专栏12期, 录制宣讲音频50期, 在公众号发布典型案例12期: issues of a programme, a column or an
    // account, whoever made them, are no events.
    // 组织“以案释法”案卷评查2次: the body's own case files reviewed, whatever the quote names; 依托“安全宣传五进”组织应急演练326场:
    // drills, no publicity.
    blockers: ['会议', '推进会', '联席会', '座谈会', '工作会', '党组会', '党委会', '常务会', '评议会', '述职', '研究', '信息', '内容', '转发', '播放', '推送', '旁听', '庭审', '警示教育', '阅读', '浏览', '点击', '访问', '党课', '提供', '视频', '音频', '节目', '专栏', '简报', '期刊', '公众号', '刊发', '发布典型', '评查', '演练'],
    // …学习宣传和贯彻实施，年内至少开展2次全系统执法案卷评查: case files reviewed, no events.
    notAfter: [...CASE_FILE_REVIEWS, '全系统执法案卷评查'],
    examples: [
      { text: '开展各类普法宣传 20 余场次。', value: 20, bound: 'over' },
      { text: '开展全员普法，重要节点带头宣讲4次。', value: 4 },
      { text: '创新普法宣传，开展主题宣传不少于5场。', value: 5, bound: 'over' },
      { text: '开展“法治进企业”活动8场。', value: 8 },
      { text: '开展“法律八进”活动260余场次。', value: 260, bound: 'over' },
      { text: '开展“谁执法谁普法”活动40余场，受众8000余人次。', value: 40, bound: 'over' },
      { text: '开展“民法典进社区”活动12场次。', value: 12 },
      { text: '开展国土资源法律法规进社区、进企业、进乡村活动9场。', value: 9 },
      { text: '开展以案释法活动8场。', value: 8 },
      { text: '举办普法讲座20余场，参与群众1,500余人次。', value: 20, bound: 'over' },
      { text: '开展法律咨询活动8次，接受法律咨询326人次。', value: 8 },
      { text: '全年开展法治文艺演出18场，观众约2.3万人次。', value: 18 },
      { text: '村（居）法律顾问为群众开展法治讲座860余场。', value: 860, bound: 'over' },
    ],
    counterExamples: ['依法检查文化经营场所1127家次，其中营业性演出现场37场次。', '发布全国自然灾害风险形势12期。', '召开普法工作推进会2次。', '通过微信群转发普法信息2000余次。'],
  }),
  defineIndicator({
    id: 'publicity.audience',
    label: '普法受众',
    core: false,
    units: ['人次', '人'],
    zeroable: false,
    before: [
      {
        // 触达消费者45万人次: reached, as 覆盖 says it.
        // 吸引群众参观约3000人次, 吸引市民约2,800人次参与: those who came to see; 活动十二场，参加活动的医务人员约1500人: those who came to them.
        // 组织执法人员…开展以案释法活动12次，受教育群众约2600人次: those the events just counted taught, whoever gave them.
        words: ['覆盖', '受众', '惠及', '覆盖群众', '覆盖人群', '覆盖居民', '观众', '观看群众', '观影群众', '参观群众', '参观', '教育群众', '辐射群众', '参加人员', '参与人员', '参加群众', '受益', '群众受益', '受惠', '受惠群众', '触达', '参加活动', '参与活动', '吸引', '受教育群众'],
        follows: ['publicity.events', 'publicity.audience', 'publicity.materials'],
        // 开展地震科普讲座312场，科普受众两万余人次: those taught science, no law.
        notAct: ['科普'],
      },
      {
        words: [
          '受众', '服务人群', '参与群众', '群众参与', '惠及群众', '受教育群众', '受教育', '受益群众', '受益农牧民群众', '受益农牧民', '受益牧民群众', '受益农民群众',
          '覆盖群众', '覆盖人群', '覆盖居民',
          '参与居民', '参与村民', '参与公众', '参与网民', '网民参与', '参与网友', '网友参与', '参与学生', '参与师生', '受益师生', '受益学生', '参赛学生', '参学学生', '听课群众', '参与人数', '线上参与人数',
        ],
        law: true,
        // 组织全市国家工作人员旁听庭审活动，参与人数2,300余人: the body's own people at a trial, learning, no public reached;
        // 组织开展应急演练2.6万场次，参与群众460万人次: people at drills for emergencies, taught no law; 承办群众体育赛事活动320场，
        // 参与群众约18万人次: people at games, whatever publicity the sentence spoke of before; 召开听证会1次，参与群众代表36人: people heard
        // on a decision.
        notInSentence: ['国家工作人员', '执法人员', '机关干部', '演练', '体育赛事', '赛事活动', '听证会'],
        notAct: ['科普'],
      },
      // 法治直播18期，累计观看超过23万人次: those who watched the law broadcast to the public; not the body's own staff at a lesson.
      { words: ['观看', '收看', '在线观看', '观看人次', '收看人次'], law: true, notInSentence: ['干部', '职工', '党员', '执法人员', '工作人员', '培训'] },
      // 推送普法图文180余篇，阅读量累计达21.6万人次: those who read what was posted to the public, counted as people.
      { words: ['阅读量', '总阅读量', '阅读人次'], law: true, notInSentence: ['干部', '职工', '党员', '执法人员', '工作人员', '培训'] },
      // 服务群众约1.1万人次 after the events; not the people a hotline or a counter served (“12348”热线服务群众52万人次).
      { words: ['服务群众'], law: true, notInSentence: ['热线', '咨询', '窗口'] },
      // 开展普法宣传活动20场，服务商户和群众2000余人次: whoever the events just counted served.
      { words: ['服务'], follows: ['publicity.events', 'publicity.materials'], notInSentence: ['热线', '咨询', '窗口'] },
      // 开展普法宣传，覆盖医务人员1200余人次: whoever the publicity reached; a training's people are its own, and so are
      // those a grant reached (落实医疗救助资金2,416.8万元，惠及困难群众4.3万人次), and those whose employers were inspected
      // (检查用人单位1127户次，覆盖劳动者5.2万余人).
      // 落实营养改善计划，惠及学生2.3万人: pupils fed, none taught; 发放高龄津贴1263.4万元，惠及老年人1.8万人: the old paid.
      { words: ['覆盖', '惠及', '听众', '触达'], law: true, notInSentence: ['培训', '学法', '轮训', '资金', '救助', '补助', '补贴', '津贴', '监察', '抽查', '检查用人单位', '营养'] },
    ],
    // 1200余人次群众参加“宪法宣传周”普法活动: the people, then the publicity they came to.
    // 非现场监测全覆盖，约谈机构高管120余人次: people summoned, not reached by publicity.
    // 开展“庭审观摩+以案释法”活动12场次，覆盖行政执法人员2,300余人次: the body's own people, taught, no public reached.
    blockers: ['约谈', '执法人员', '国家工作人员', '公职人员'],
    after: [
      { words: ['普法活动', '普法宣传活动', '法治宣传活动', '宣传活动', '普法宣传', '法治宣传', '宣传周', '宣传月'], act: ['参加', '参与'], law: true },
      // 组织32场…宣讲活动，1.1万余人次群众受益: those the events just counted reached, named after their count.
      { words: ['群众受益', '受益', '群众参与', '群众参加'], follows: ['publicity.events', 'publicity.materials'] },
    ],
    examples: [
      { text: '“以案释法”直播18期，累计观看超过23万人次。', value: 230000, bound: 'over' },
      { text: '开展“法治进医院”宣讲活动5场，覆盖医务人员900余人次、群众300余人次。', value: 900, bound: 'over' },
      { text: '开展“法治进医院”宣讲活动5场，覆盖医务人员900余人次、群众300余人次。', value: 300, bound: 'over' },
      { text: '建成4个应急普法基地，服务人群约3万余人次。', value: 30000, bound: 'about' },
      { text: '开展宪法进社区活动，受教育群众2000余人。', value: 2000, bound: 'over' },
      { text: '开展普法活动20场次，受益群众1.5万人次。', value: 15000 },
      { text: '法治宣传教育覆盖群众10万人次以上。', value: 100000, bound: 'over' },
      { text: '全年共有1200余人次群众参加“宪法宣传周”普法活动。', value: 1200, bound: 'over' },
      { text: '全年发放宣传资料2600余份，覆盖医务人员1200余人次、群众500余人次。', value: 500, bound: 'over' },
      { text: '全年开展法治文艺演出18场，观众约2.3万人次。', value: 23000, bound: 'about' },
    ],
    counterExamples: ['为17家企业650名劳动者开展免费职业体检。', '组织全体干部职工观看法治教育片，观看人次达300人次。'],
  }),
  defineIndicator({
    id: 'publicity.consultations',
    label: '法律咨询',
    core: false,
    units: ['人次', '人', '次'],
    zeroable: false,
    // 结合义诊开展健康咨询1.2万人次: advice on health, not on the law; 提供技术咨询服务11次, on a trade's techniques.
    before: [
      // 12333人社服务热线全年受理来电咨询18.3万人次: a service line's calls ask about its policies, no law (calls to the
      // 12348 line of legal services are counted as answered: 接听群众来电).
      // 赛事活动备案咨询2100余次, 办事咨询: questions on filings and errands, no law.
      { words: ['咨询', '接受咨询', '群众咨询', '解答咨询'], notAct: ['健康', '义诊', '医疗', '心理', '技术', '业务', '来电', '备案', '办事', '专家'] },
      // 提供法律及健康咨询600余人次: the law among the things asked about. Not an adviser's to the body itself
      // (厅法律顾问全年为厅机关提供法律咨询70余次); the body as the one who gives it (我局共为群众提供…) is no matter.
      { words: ['法律咨询', '解答法律问题', '解答群众法律问题', '答疑解惑', '法律及健康咨询', '法律和健康咨询', '法律与健康咨询', '法律政策咨询', '政策法律咨询', '法律法规咨询'], notInClause: ['为机关', '厅机关', '局机关', '委机关', '为本机关', '为本局', '为我局', '为分局', '向本局', '向我局'] },
      // 为群众现场答疑一百五十余人次: questions answered at an event, as consultations.
      { words: ['现场答疑', '答疑'], notAct: ['业务', '技术', '政策', '健康', '医疗'] },
      // 12348公共法律服务热线全年接听群众来电15230人次: calls to the hotline of legal advice, each a consultation.
      // 12348热线…全年受理来电咨询约1.4万人次: so are those it takes.
      { words: ['接听群众来电', '接听来电', '接听电话', '来电咨询'], inSentence: ['12348'] },
    ],
    // 召开行政复议委员会咨询会议6次: meetings that advise the body, no advice given to people; 提供饮水、休息、法律咨询等服务，
    // 累计服务货车司机5,000多人次: people served in every way listed; 提供咨询、求助服务680余次: a hotline's help;
    // 专家…咨询论证5次: experts' advice on a decision; 提供法律咨询和法律意见60余次: advice and opinions, the body's own counsel's;
    // 窗口…接待企业和群众咨询办事1870余人次: those who came to a window on business.
    // 开展法律咨询义诊活动十一次: events, counted as events; 12333电话咨询服务中心接听群众来电436.8万人次: a service line's calls,
    // no law asked about.
    blockers: ['会议', '等服务', '求助', '论证', '法律意见', '办事', '活动', '来电'],
    examples: [{ text: '接受群众咨询 3000 余人次。', value: 3000, bound: 'over' }],
    counterExamples: ['咨询77909件。', '日均登记服务咨询件超200件。', '开展普法宣传活动150余场次，结合义诊开展健康咨询1.2万人次。', '召开行政复议委员会咨询会议6次。'],
  }),
];
