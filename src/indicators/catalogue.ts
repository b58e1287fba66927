// The indicator catalogue, in priority order: where one cue word belongs to
// several indicators (信访 → cases or visitors; 规范性文件 → review or
// documents), the first entry whose conditions and units fit takes it.
import { administration } from './catalogue/administration.js';
import { disputes } from './catalogue/disputes.js';
import { learning } from './catalogue/learning.js';
import { penalty } from './catalogue/penalty.js';
import { petitions } from './catalogue/petitions.js';
import type { Indicator } from './types.js';

export const CATALOGUE: readonly Indicator[] = [...penalty, ...disputes, ...petitions, ...administration, ...learning];

/**
 * Acts that hold a cue word but that no indicator counts. A cue before one does not reach over it to
 * a figure after it: the figure counts that act (检查，带头出庭应诉1次 is a head's day in court).
 */
export const OTHER_ACTS: readonly string[] = [
  // A head's appearances in court (负责人出庭应诉64件), not suits.
  '出庭应诉',
  // An investigation of an accident or a fire (调查处理) holds 查处 but punishes nothing; so does a check of a
  // complaint, then what was done about it (均在规定时限内核查处置).
  '调查处理', '调查处置', '核查处置', '核查处理', '排查处置', '巡查处置', '检查处置',
  // Cases passed on to the body where an offender is registered (抄告车籍地交通部门46起), none punished here.
  '抄告', '抄送',
  // 协调处置 holds 调处 (mediation) but settles an incident; 协调处理重大欠薪案件 follows up cases.
  '协调处置', '协调处理',
  // Cases discussed by legal advisers, not a law study; cases a leader took part in discussing (参与集体讨论案件31件),
  // not those that went through it (重大行政处罚案件经集体讨论47宗).
  '案件研讨', '参与集体讨论',
  // Proposals of deputies and members handled (开展…执法检查，认真办理人大代表建议和政协委员提案47件): answers to the legislature.
  '代表建议', '委员提案', '建议提案', '建议和提案',
  // A leader's written instructions on work (对行政复议应诉等工作作出批示17件).
  '批示', '批办',
  // Offenders talked round rather than punished (查处…，共劝导、教育违规经营者1.3万余人次).
  '劝导', '劝离', '批评教育',
  // Papers drawn up (…法制审核“三项制度”，全年制作执法文书3120份): written, not reviewed (but 抽查节目制作经营机构86家次
  // checks firms that make programmes).
  '制作执法文书', '制作行政执法文书', '制作法律文书', '制作文书',
  // People put forward for a pool of talent (…集中培训，推荐2名干部入选…人才库), not trained.
  '推荐', '入选',
  // A meeting a head chaired (审定…规范性文件，主持召开局长办公会研究重大执法案件9件): what it took up, no document made;
  // decisions a head approved (督导…执法检查工作，主持审定重大行政执法决定5件), no checks.
  '主持召开', '主持审定',
  // Faults found in the body's own enforcement (对受立案环节实施全流程监督，认定执法过错3起), no cases of those it regulates.
  '认定执法过错', '执法过错',
  // Visits to oversee work (讲授法治专题课，率队赴地市督导执法工作5次), and research (部署普法…，组织开展法治建设专题调研2次):
  // no lesson, check or event counted.
  '督导', '调研',
  // Cases made public as examples (对查结的典型案件及时曝光，全年公开曝光案件14起): no act on them counted.
  '曝光',
  // Checks of one's own files or work (集中学习…等法律法规，开展执法案卷自查2次): no lesson or inspection counted.
  '案卷自查', '执法自查',
  // Consultations on a draft (…全部进行合法性审查，组织公开征求意见2次), staff hired (…法律知识培训，委机关聘请法律顾问2名),
  // papers a head approved (旁听行政诉讼庭审，审定重大行政执法决定26件): none of what a cue before them counts.
  '公开征求意见', '征求公众意见', '征求社会公众意见', '聘请', '审定',
  // Reports and requests to the Party and government above (就…普法规划编制等事项…专题请示报告3次): no event held.
  '请示报告', '提供法律意见',
  // Cases checked on the spot (组织听证审理案件23件，实地调查核实案件64件): no hearing held.
  '调查核实',
  // Papers a head read and signed (对…重复信访件逐件阅签，全年阅签33件): no petitions received.
  '阅签', '阅批',
  // Money ordered paid back to those overcharged (其中罚款124.3万元、没收违法所得98.6万元、责令退还多收价款63.57万元): no sum taken.
  '责令退还',
];

/**
 * Acts of the body's heads on cases, right before the cases' cue (带头出庭应诉交通行政处罚案件2件, 参与集体讨论重大案件11件,
 * 带头督办…重大案件1件, 带头审理重大复杂行政复议案件5件, 亲自协调…案件3起, 参与审定处罚案件23宗):
 * they count the head's part, not the cases.
 */
export const ACTS_ON_CASES: readonly string[] = ['出庭应诉', '参与集体讨论', '参与讨论', '督办', '带头审理', '亲自审理', '带头办理', '亲自办理', '亲自协调', '参与审定'];

/**
 * Words that hold a cue word but name something else: read whole, they are no cue, and the
 * figure is decided as if they were any other words (检查木材加工单位326家次, 检查施工单位316家次 are inspections;
 * their 工单 is no hotline ticket).
 */
export const NOT_CUES: readonly string[] = [
  '加工单位', '加工单', '施工单位', '化工单位', '用工单位', '分工单位', '员工单位', '统计资料', '申报资料', '档案资料', '台账资料', '影像资料', '视频资料', '文字资料',
  // 排查出无证办学点27个: what a check turned up, no checks (检查出租汽车, 检查出版物 are checks).
  '排查出无证', '检查出无证', '巡查出无证',
  // Requests for information disclosed on application (受理依申请公开2件): no appeal nor petition taken up.
  '受理依申请公开',
  // 协调解决重大疑难问题6件: problems resolved by coordination, no dispute mediated.
  '协调解决',
  // 森林草原防火巡查, 河长巡河: patrols against fire and of river chiefs, no inspection of anyone regulated (a water body's
  // enforcement patrols, 水行政执法巡查986次, and a land bureau's of sites and mines, 开展土地矿产动态巡查1260余次, are its inspections).
  '防火巡查', '护林巡查', '巡河', '巡湖', '巡查林区', '林区巡查', '巡山',
  // 出动巡查人员3,860人次、巡查车辆1,120台次: the staff and cars that patrol, sent out, no checks.
  '巡查人员', '巡查车辆', '巡查船艇', '巡查船只',
  // 中小学法治副校长: the schools' 学 and the law's 法, no study of law; nor is a university's law school (与四川大学法学院共建).
  '小学法治', '中学法治', '大学法治', '小学法制', '中学法制', '学法学院',
  // 稽查部门检查立案1869户: audits filed as cases, no inspections counted.
  '检查立案',
  '检查员', '监察员', '稽查员', '检查站', '检查点', '检查卡点', '检查表', '检查主体', '行政检查主体', '行政处罚法', '行政复议法', '行政诉讼法', '行政许可法', '行政强制法', '检查中发现', '检查中的', '检查中心', '检查系统', '监督检查站', '执法检查站', '诉讼请求', '培训机构', '培训学校', '培训场所',
  // 第二检查局71件, 对5个检查分局…开展案卷评查: bureaus named for the checks they make, no checks; 对37件案件提请行政复议委员会咨询:
  // the committee that advises on appeals, none taken in.
  '检查局', '检查分局', '检查总局', '行政复议委员会', '复议委员会',
  // 设立临时执法检查点19个: checkpoints set up; 累计生成检查码620万个: codes made for checks.
  '执法检查点', '检查码',
  // 对6宗案件组织听证告知: notice of the right to a hearing, no hearing held.
  '听证告知',
  // 法律顾问…提供法律咨询意见19次: opinions given to the body, no questions of the public answered.
  '法律咨询意见',
  // 对不符合立案条件的1290宗依法作出不予立案决定: cases not filed, and the conditions of filing.
  '不予立案', '立案条件', '立案标准',
  // 随机抽查被许可单位156家: the holders of licences, checked, no licence granted.
  '被许可单位', '被许可人', '被许可企业', '被许可方',
  // 健康教育讲座进校园120场: lectures on health taken to schools, no law.
  '健康教育讲座', '健康讲座', '健康知识讲座',
  // 设立咨询台两次, 设立法律咨询点20个: the desks set up, no questions answered.
  '咨询台', '咨询点', '咨询服务台', '咨询窗口',
  // 组建疫情防控监督检查组8个: teams set up, no checks; 2宗为投诉举报人…提出: appeals by complainants, no complaints.
  '检查组', '监督检查组', '执法检查组', '督查组', '巡查组', '投诉举报人', '举报人', '投诉人',
  // 应参加年度检查的社会组织586家: those due for a check, not those checked.
  '应参加年度检查', '应参加年检',
  // 培训审批人员约350人次, 培训执法和法制审核骨干近900人次: staff named by their work, no licence or review counted.
  '审批人员', '审核人员', '审查人员', '审批骨干', '审核骨干', '审查骨干', '法制审核人员', '法制审核骨干', '法制审核员',
  // “11·9”消防宣传月组织开放消防站136次: the month's name, no publicity counted by it.
  '消防宣传月',
  // 职业健康检查机构28家: institutions that examine people's health.
  '健康检查机构',
  // 行政复议咨询委员会专家参与案件评议7人次: a committee's name, no advice given to the public.
  '咨询委员会',
  // 执法进企业: officers at work in firms, no law taken to them.
  '执法进',
  // 认定申请1326件，其中审核通过1198件: applications approved, no review of legality.
  '审核通过',
  // 其中未结案件3件: cases still open, none closed.
  '未结案', '未办结', '未审结',
  // 尚有28件正在办理（其中待结案审批9件）: a case's closing, waiting for a head's approval, no licence.
  '结案审批',
  // 96333电梯应急处置平台全年接报电梯困人故障1,287起: a platform's or a centre's name, nothing dealt with.
  '处置平台', '处置中心',
  // 实现县级全覆盖，全年接收涉案人员1.9万人次: all places covered, no audience reached.
  '全覆盖',
  // 各类调解组织受理劳动争议案件3274件: the mediators' name, no dispute settled by it.
  '调解组织',
  // A list of what is not punished, not an act on cases.
  '免罚清单', '减免责清单',
  // Suits brought without or after reconsideration (未经复议直接起诉, 复议后起诉): suits, no reconsideration.
  '未经复议', '复议后起诉', '经复议后起诉',
  // A body's legal disputes as a party to them (集团新发法律纠纷案件17件), and the civil causes its suits are brought on
  // (合同纠纷5件, 医疗损害责任纠纷): no dispute it settled.
  '法律纠纷', '合同纠纷', '侵权纠纷', '责任纠纷',
  // Appeals and suits as one figure (复议诉讼案件合计410件): nothing says how it splits.
  '复议诉讼', '行政复议诉讼',
  // Papers an organ of reconsideration issues (经制发行政复议意见书由被申请人自行纠正9件): no appeals.
  '行政复议意见书', '复议意见书', '行政复议建议书', '复议建议书',
  // Calls, letters and visits, a hotline's channels (共受理来电来信来访及网络诉求157.9万件): no petitions.
  '来电来信来访', '来电来信',
  // The petition office as a body (12345热线转信访部门办理的诉求件): the things it handles are named after it.
  '信访部门',
  // An offence of acting without a licence or against its terms (查处涉路施工未经许可、擅自占用公路等案件27件, 违反许可规定案件5起), no licence granted.
  // 查处未取得经营许可擅自从事网约车经营案件142件: so is one of acting without a licence of a kind.
  '未经许可', '未取得许可', '违反许可', '未取得经营许可', '未取得施工许可', '未取得排污许可', '未取得卫生许可', '未取得行政许可', '未依法取得许可', '未办理许可',
  // 查处未经审批设置大型户外广告案件17件: so is one of acting without approval.
  '未经审批', '未经批准', '未批先建',
  // Courts' and lawyers' cases, not suits against the administration.
  '各类诉讼案件', '民事诉讼', '刑事诉讼', '劳动争议诉讼', '诉讼代理', '诉讼服务', '诉讼途径', '公益诉讼', '司法诉讼',
  '出庭应诉案件',
  // Lawyers' work outside court (诉讼和非诉讼法律事务2.6万件).
  '非诉讼', '诉讼和非诉讼', '诉讼与非诉讼', '诉讼及非诉讼',
  // Penalties found wrong and corrected (纠正不当处罚11件), no penalties imposed.
  '不当处罚',
  // An offence of false advertising (查处侵权假冒、虚假宣传等案件75起), no publicity.
  '虚假宣传',
  // Cases of illegal training (违规校外培训案件, 培训违法违规案件) are penalty cases, not trainings.
  '培训案件', '培训违法案件', '培训违法违规案件', '违规培训', '无证培训', '非法培训', '违法培训', '学科类培训', '学科培训',
  // The rule of law planned and checked with the rest of the work (同部署、同检查、同考核): a slogan, no inspection.
  '同检查', '同督查',
  // Those who hold rights to mine or explore (检查用地单位、采矿权人共计312家), no rights granted.
  '采矿权人', '探矿权人',
  // A body's papers for its own running (内部管理文件9件), no normative documents.
  '内部管理文件', '内部文件',
  // Teams of inspectors, not inspections (成立检查组5个, 组建5个联合检查组); plans of inspections (制定抽查计划28个).
  '联合检查组', '检查小组', '检查计划', '抽查计划', '随机抽查计划',
  // Oversight of the agencies' enforcement (执法专项监督检查6次), no inspection of those regulated.
  '执法监督检查', '执法专项监督检查', '行政执法监督检查',
  // An audit body's checks of the quality of its own audits (开展审计项目质量检查2次), no inspection of those it audits.
  '审计项目质量检查', '审计质量检查',
  // The police's checks of their own case files online (网上执法巡查24次), no inspection of those regulated.
  '网上巡查', '网上执法巡查',
  // Offices named for inspecting (稽查科5个科室), no inspections.
  '稽查科', '稽查局', '稽查支队', '稽查大队', '检查科',
  // How inspections are done (优化涉企检查方式，正面清单企业扩大至250家): a way, no inspection.
  '检查方式', '检查模式', '检查机制', '检查制度', '检查标准',
  // A check or an inquiry, then the act of closing it (全部核查办结, 调查办理): 查办 straddles two words.
  '核查办结', '核查办理', '调查办结', '调查办理', '审查办理',
  // Documents that are not normative ones (印发非规范性文件210件).
  '非规范性文件',
  // Penalties that take a licence away (其中吊销许可证3件): a kind of penalty, no licence.
  '吊销许可证', '吊销许可证件', '暂扣许可证', '暂扣许可证件',
  // Political theory studied by a party group, not law, though law is studied in the same sentence.
  '理论学习', '理论学习中心组',
  // People who work on reconsideration, suits, petitions or mediation (培训行政复议人员500人次, 培训调解员260人次), not cases.
  '行政复议人员', '复议人员', '行政复议工作人员', '复议工作人员', '应诉人员', '信访干部', '信访工作人员', '信访工作者', '调解员', '人民调解员',
  // Acts of petitioning against the rules, dealt with by the police (处置非正常上访行为9起, 依法处理违法信访行为3起): no petitions received.
  '非正常上访', '非正常访', '违法信访', '违法上访',
  // Off-campus tutoring (校外培训监管), no training of law.
  '校外培训', '校外培训机构',
  // Villagers named for studying law (农村学法用法示范户), people, not a study.
  '学法用法示范户', '学法用法户',
  // Places where shows are put on (检查网吧、演出场所等1985家次): places inspected, no show.
  '演出场所', '演出场馆', '演出单位', '演出经营单位', '演出市场',
  // A school subject (道德与法治课), taught and researched by teachers: no study of law by the body.
  '道德与法治',
  // 扩大制度覆盖面，力争新增缴存职工20万人: the reach of a scheme, no audience.
  '覆盖面',
  // 召开案件审查委员会会议11次, 案件审查会议6次: a committee's meetings, no reviews counted.
  '审查委员会', '审核委员会', '审查会议', '审核会议', '审理委员会',
  ...OTHER_ACTS,
];

export const INDICATOR_IDS: readonly string[] = CATALOGUE.map((i) => i.id);

const BY_ID: ReadonlyMap<string, Indicator> = new Map(CATALOGUE.map((i) => [i.id, i]));
/** The indicator of an id, read once from the catalogue. */
export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

export const CORE_IDS: ReadonlySet<string> = new Set(CATALOGUE.filter((i) => i.core).map((i) => i.id));
