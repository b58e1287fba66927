// Disputes with the administration: reconsideration, litigation, coercion, hearings.
import { defineIndicator } from '../types.js';

const CASE_UNITS = ['件', '起', '宗'] as const;
/** Acts that close a reconsideration (审结行政复议申请135件). */
const CLOSING = ['审结', '办结', '已办结', '结案'] as const;
/** The decisions a reconsideration or a court may overturn, and what it does to them. */
const DECISIONS = ['行政处罚决定', '处罚决定', '行政行为', '具体行政行为', '行政决定', '审批决定'] as const;
const OVERTURNING = ['撤销', '变更', '确认违法', '纠正'] as const;
/** Labour disputes, which go to arbitration, not to reconsideration nor to court against the administration. */
/** Casework of other kinds that reconsideration and suits are told from: arbitration, legal aid. */
const ARBITRATION = ['劳动争议', '人事争议', '劳动人事', '仲裁', '法律援助'] as const;
/** Reconsideration and suits named together, of one figure that nothing splits. */
const BOTH_NAMED = ['复议、诉讼', '复议和诉讼', '复议或诉讼', '复议、行政诉讼', '复议或行政诉讼', '复议和行政诉讼'] as const;
/** Petitions sent on to a procedure the law gives (导入诉讼程序), counted as petitions, none of the procedure's cases. */
const LED_INTO = '导入';
/** The procedure itself, named between the cue and the figure (行政复议程序57件): the matters sent on to it. */
const PROCEDURE = '程序';
/** Cases still pending (未审结, 未结案): none of the year's counted. */
const PENDING = ['未审结', '未结案', '未办结'] as const;
/** Kinds of appealed or sued decisions, by the power they used (涉及行政处罚类586件). */
const KINDS_OF_DECISION = ['行政处罚类', '行政强制类', '行政许可类', '政府信息公开类', '信息公开类', '行政征收类', '行政确认类', '工伤认定类', '行政不作为类', '不履行法定职责类', '履行法定职责类', '行政协议类', '行政登记类'] as const;
/** In a paragraph on reconsideration or suits, a kind of decision is a kind of its cases. */
function kindsOfCases(topic: 'reconsideration' | 'litigation') {
  return KINDS_OF_DECISION.map((kind) => ({ words: [kind], topic, kind }));
}

/** The number of cases taken in or handled, named as a quantity (收案量居全省前三): its paragraph's topic says of what. */
const CASELOAD = ['收案量', '收案数', '办案量', '案件量'];
/** A hotline taking calls (12328…监督电话系统全年受理群众来电) after a paragraph on appeals or suits: its calls, not cases. */
const HOTLINE = ['热线', '电话', '工单', '12345', '便民服务平台', '诉求'] as const;
/** Complaints and tip-offs named in a clause, whose taking in is theirs (12369环保举报平台受理1.64万件). */
const TIP_OFFS = ['举报', '投诉'];
/** Civil disputes and suits, which a body may be party to as anyone is (医疗损害责任纠纷民事案件, 劳动争议, 合同纠纷). */
export const CIVIL = ['民事', '劳动争议', '合同纠纷', '侵权纠纷'] as const;
/**
 * Acts that go back over cases already counted, after their noun (对2件行政应诉案件开展庭后点评, 对120件行政处罚案件开展评查,
 * 对3件复议案件进行回访): the figure counts those gone over, not the cases.
 */
export const CASES_GONE_OVER = ['点评', '评查', '复盘', '评析', '讲评', '回访'] as const;
/** Cases closed by mediation or settlement (调解和解结案): a reconsideration's way to close, or disputes mediated. */
export const MEDIATED_CLOSINGS = ['调解结案', '和解结案', '调解和解结案', '调解、和解结案'] as const;

export const disputes = [
  defineIndicator({
    id: 'reconsideration.closed',
    label: '行政复议审结',
    core: false,
    units: CASE_UNITS,
    zeroable: false,
    before: [
      { words: ['行政复议申请', '行政复议案件', '复议案件', '行政复议'], act: CLOSING },
      // 作出复议决定61件: a case decided is a case closed.
      { words: ['复议决定', '行政复议决定'], act: ['作出'] },
      // 调解和解结案22件, 以调解、和解方式结案96件 is how some ended (readers count it as closed, as mediated, or as neither), not
      // the cases closed; 尚未审结1件 is open; 应审结153件 were due.
      // 一审审结1,260件 in a paragraph on suits after appeals: a court's cases closed.
      { words: [...CLOSING, '已审结', '已办结案件', '办结案件'], topic: 'reconsideration', notAct: ['调解', '和解', '方式', '未', '应', '一审', '二审'] },
    ],
    // （其中2件已审结）: the cases, then their closing.
    after: [
      { words: ['已审结', '审结', '已办结'], topic: 'reconsideration', notAct: ['未', '应'] },
      // 受理的35件行政复议案件已全部办结: the cases, then that they were closed.
      { words: ['行政复议案件', '复议案件', '行政复议申请'], actAfter: ['已办结', '已审结', '全部办结', '全部审结'] },
    ],
    // 审结案件中维持1.31万件: the cases closed one way, a ruling no indicator counts.
    blockers: ['中维持', '中驳回', '中终止'],
    examples: [
      { text: '全年共审结行政复议申请 40 件。', value: 40 },
      { text: '涉及我局的行政复议案件3件（其中2件已审结，均维持原决定）。', value: 2 },
      { text: '全年市政府收到行政复议申请76件，作出复议决定61件。', value: 61 },
      { text: '全年共收到行政复议申请57件，受理52件，结案49件。', value: 49 },
      { text: '我局作为被申请人的行政复议案件41件，已办结38件。', value: 38 },
      { text: '新受理行政复议案件50件，其中已办结案件45件。', value: 45 },
    ],
    counterExamples: ['行政复议案件3件，其中1件尚未审结。', '行政复议办结率100%。'],
  }),
  defineIndicator({
    id: 'reconsideration.overturned',
    label: '复议纠错',
    core: false,
    units: CASE_UNITS,
    zeroable: true,
    before: [
      // 经复议、诉讼被纠错1件: corrected by either, a figure of two indicators, neither's.
      { words: ['复议纠错', '被纠错', '复议撤销'], notAct: ['诉讼'] },
      // 责令履行 and 确认无效 are corrections too, where the law of 2023 lists them with 撤销 and 变更; not what a court did to
      // the decisions (复议决定被法院撤销或确认违法的案件仅2件, 法院判决维持复议决定17件，撤销复议决定1件).
      // 确认原具体行政行为违法1件: the act found unlawful, named between the words.
      { words: ['撤销', '纠错', '撤销、变更', '确认违法', '确认原具体行政行为违法', '确认原行政行为违法', '确认具体行政行为违法', '确认行政行为违法', '变更', '纠正', '结果纠正', '责令履行', '确认无效', '责令履行法定职责', '责令被申请人履行', '责令被申请人履行法定职责', '责令限期履行', '责令被申请人限期履行'], topic: 'reconsideration', notInClause: ['法院'], notInSentence: ['法院判决', '法院裁定'] },
      // 行政复议决定撤销我局行政处罚决定1件: the decisions the reconsideration overturned.
      { words: DECISIONS, act: OVERTURNING, topic: 'reconsideration' },
      // 作出撤销、变更或确认违法的复议决定3件: decisions of reconsideration named by what they did.
      // 作出撤销、确认违法等复议决定9件: or by those it did, listed.
      { words: ['的复议决定', '的行政复议决定', '等复议决定', '等行政复议决定'], act: OVERTURNING },
      // 被撤销的行政复议案件9件, 被纠错的复议案件2件: the cases named by how they ended; so are those of the decisions made
      // (作出撤销、变更、确认违法决定的复议案件21件).
      { words: ['行政复议案件', '复议案件'], act: ['被撤销', '被依法撤销', '被纠错', '被纠正', '被确认违法', '被变更', '作出撤销', '作出纠错'] },
      // 全年被纠错行政处罚决定1473件: the body's decisions, named by how they ended.
      { words: DECISIONS, act: ['被纠错', '被复议纠错'] },
    ],
    after: [
      // 有1件行政复议案件因答复超期被纠正: corrected, as 纠错 says it.
      { words: ['被撤销', '被依法撤销', '被纠错', '被确认违法', '被变更', '被纠正', '被依法纠正'], topic: 'reconsideration', outcome: true },
      // 2件被复议机关纠正, 1件经复议撤销: the organ of reconsideration names the topic itself.
      { words: ['被复议机关纠正', '被复议机关撤销', '被复议机关确认违法', '被复议机关变更', '被复议纠错', '被复议撤销', '经复议撤销', '经复议纠错', '经复议确认违法', '经复议变更', '经复议被撤销'], outcome: true },
      // 1件被复议机关确认违法: the body that decided stands between; 2件行政复议案件被复议机关撤销: how they ended;
      // 对1件行政复议案件作出确认违法决定, 对其中23件依法作出撤销…决定: the decision made on them.
      // 其中1件经州人民政府审理确认违法: the organ's hearing, then the decision.
      { words: ['确认违法', '撤销', '纠错'], topic: 'reconsideration', act: ['被', '决定', '作出', '审理'], outcome: true },
      // 其中1起撤销原行政处罚决定: what the reconsideration did to the decision.
      { words: ['撤销原', '变更原'], topic: 'reconsideration' },
    ],
    zero: [
      '行政复议撤销', '复议撤销', '行政复议纠错', '复议纠错', '行政复议被撤销', '复议被撤销', '行政复议决定被撤销', '复议决定被撤销', '行政复议决定被纠错', '行政复议决定撤销', '复议决定撤销',
      // 未发生…被复议机关撤销行政行为的情况: the organ of reconsideration named as the one that overturns.
      '被复议机关撤销', '被复议机关纠错', '被复议机关变更', '被复议机关确认违法',
    ],
    // 收到行政复议申请5件，均已办结，无被撤销、变更或确认违法情形: how none of them ended; 规范性文件备案审查无被纠错 is no reconsideration.
    zeroInTopic: { topic: 'reconsideration', words: ['被撤销', '撤销', '被变更', '被确认违法', '被纠错', '纠错'] },
    examples: [
      { text: '有行政复议案件6件，撤销2件，维持4件。', value: 2 },
      { text: '审结行政复议申请30件，其中纠错(含撤销、确认违法)5件。', value: 5 },
      { text: '无行政拘留、行政强制、行政复议撤销或诉讼败诉情况。', value: 0 },
      { text: '实现行政复议零纠错、行政诉讼零败诉。', value: 0 },
      { text: '共有3件行政复议案件被依法撤销。', value: 3 },
      { text: '无行政复议决定被撤销、变更的情况。', value: 0 },
      { text: '收到行政复议申请5件，均已办结，无被撤销、变更或确认违法情形。', value: 0 },
      { text: '行政复议案件3件，其中1件被复议机关确认违法。', value: 1 },
      { text: '全年共有2件行政复议案件被复议机关撤销。', value: 2 },
      { text: '行政复议决定撤销我局行政处罚决定1件。', value: 1 },
      { text: '行政复议案件5件，其中1件复议机关决定撤销。', value: 1 },
      { text: '发生行政复议案件2起，其中1起撤销原行政处罚决定。', value: 1 },
      { text: '因政府信息公开工作被申请行政复议3件，结果维持2件，结果纠正1件。', value: 1 },
      { text: '审结行政复议案件12件，其中维持8件，责令履行2件，终止2件。', value: 2 },
    ],
    // 2件答复被复议机关撤销，1件被法院确认违法: what a court found is a suit lost, not a correction by reconsideration.
    // 对复议纠错决定履行不够及时，全年有三件案件逾期履行: decisions not complied with in time, none overturned.
    blockers: ['法院', '履行'],
    counterExamples: ['撤销许可3件。', '行政诉讼案件3件，撤销1件。'],
  }),
  defineIndicator({
    id: 'reconsideration.cases',
    label: '行政复议案件',
    core: true,
    // 发生行政复议案件2件次: 件次 where a writer means 件 (of suits, 出庭应诉23件次 counts appearances).
    units: [...CASE_UNITS, '件次'],
    zeroable: true,
    before: [
      {
        words: ['行政复议案件', '行政复议申请', '行政复议', '复议案件', '复议申请', '复议案', '复议'],
        // 化解复议案件68件 settled them, a count of how they ended; 涉诉、涉复议案件17件 names suits too, a figure of two;
        // 驳回申请人复议请求3件, how some ended, the act further off in its item.
        notAct: ['撤回', '终止', '撤销', '驳回', '化解', '诉、', '讼、'],
        // 亲自协调化解重大复议案件5件, 亲自协调重大疑难复议案件18件: cases a head helped settle, counted where they came in.
        // 信访事项683件，其中导入诉讼程序214件、行政复议程序57件: petitions sent on to the procedure, no appeals received.
        notInClause: ['驳回', '撤回', '终止', '化解', '亲自协调', LED_INTO],
      },
      // 以乡镇人民政府为被申请人的案件64件, 被申请人为县公安局的4件: only an application for reconsideration has a respondent.
      { words: ['为被申请人的', '被申请人为'] },
      // 武汉市、宜昌市收案量居全省前二，分别为2315件、906件: the cases taken in, in a paragraph on reconsideration.
      { words: CASELOAD, topic: 'reconsideration' },
      // 不予受理2件 is an outcome, not a case received.
      // 新收1126件，加上旧存案件84件，全年共需办理1210件: the caseload of the year; so are the cases due to be closed (应审结案件153件).
      // 2023年收到申请、审结分别为97件、90件: the applications named with the act.
      { words: ['立案受理', '立案', '受理', '收到', '新收', '新收案件', '收案', '新受理', '办理案件', '需办理', '共需办理', '总共需办理', '案件数量', '案件量', '应审结', '应审结案件', '收到申请', '受理申请'], topic: 'reconsideration', notAct: ['不予', '热线'], notInSentence: HOTLINE, notInClause: TIP_OFFS },
      ...kindsOfCases('reconsideration'),
    ],
    after: [
      // 收到2件行政复议申请、1件行政诉讼: the noun after the number.
      { words: ['行政复议案件', '复议案件', '行政复议申请', '复议申请', '行政复议'], notActAfter: CASES_GONE_OVER },
      // 收到行政复议申请5件，其中4件申请被依法受理: the applications taken in, in a paragraph on reconsideration.
      { words: ['受理', '依法受理', '立案受理'], act: ['被'], topic: 'reconsideration' },
      // 17件行政处罚案件被申请行政复议: the decisions appealed are the appeals.
      { words: ['被申请行政复议', '申请行政复议', '被提起行政复议'], outcome: true },
    ],
    // 行政复议申请人撤回申请3件 counts withdrawals, an outcome.
    // 发布行政审判和行政复议典型案例10件: cases published as examples, no cases taken in.
    // 引导群众通过诉讼、仲裁、复议等法定途径解决问题438件: problems sent on to the ways the law gives, of which appeals are one.
    // 收到政府信息公开申请3件 after a sentence on appeals: requests for information, no appeals.
    // 行政复议案件超期办理5件: those handled late, no caseload.
    // 行政复议咨询委员会专家参与审理疑难案件八件: cases the advisory committee's experts helped hear, counted where they came in.
    // 提请复议委员会审议案件26件: cases put to the committee, counted where they came in.
    // 其余2件引导纳税人通过行政复议途径解决: those pointed to it, none received.
    // 邀请行政复议委员会专家参与审理疑难案件11件次: the experts' part in hearing cases, no count of cases.
    // 行政复议案件存量较大，年末未审结案件39件: those still pending, no count of the year's cases.
    blockers: ['撤回', '驳回', '案例', '途径', '引导', '信息公开申请', '超期', '咨询委员会', '审议', '专家参与', ...ARBITRATION, PROCEDURE, ...PENDING],
    zero: ['行政复议', '复议'],
    examples: [
      { text: '处理各类行政案件 3 起（行政复议 1 起，听证 2 起）。', value: 1 },
      { text: '收到行政复议5件，较去年同比下降37.5%。', value: 5 },
      { text: '共收到行政复议申请16件，立案受理15件。', value: 15 },
      { text: '加强行政复议规范化建设。全年新收案件27件，上年结转3件。', value: 27 },
      { text: '全年受理行政复议申请865件。按案件类型分，涉及行政处罚类586件、行政强制类47件。', value: 47 },
      { text: '发生1起有关政府信息公开的行政复议案件。', value: 1 },
      { text: '受理行政复议案件18件，其中不予受理2件。', value: 18 },
      { text: '行政复议案件30件，其中行政处罚类17件。', value: 17 },
      { text: '今年无行政处罚当事人引起的行政复议或行政诉讼案件。', value: 0 },
      { text: '未发生行政复议、行政诉讼案件。', value: 0 },
      { text: '全年未收到行政复议申请。', value: 0 },
      { text: '全年行政复议、行政诉讼案件均为零。', value: 0 },
      { text: '共有17件行政处罚案件被申请行政复议，其中15件被维持。', value: 17 },
    ],
    counterExamples: [
      '申请人撤回复议申请2件，终止复议2件。',
      '参与行政复议、行政诉讼等重大事项。',
      '诉讼、复议案件410宗。',
      '行政复议申请中，不予受理2件。',
      '依法驳回复议申请6件。',
      '全年未发生因行政复议、行政诉讼败诉被追责的情形。',
      '行政复议申请人撤回申请3件。',
    ],
  }),
  defineIndicator({
    id: 'litigation.lost',
    label: '行政诉讼败诉',
    core: true,
    units: CASE_UNITS,
    zeroable: true,
    before: [
      // 判决撤销或确认违法｜4件: a court's two rulings against the body, named together.
      // Not the 败诉 of a statement of none (无败诉，其中一审判决驳回诉讼请求6件): the figure after it is another's.
      // 判决责令履行3件: ordered to do its duty, a loss as the others are.
      // 全年被撤销和败诉案件共5件: appeals lost and suits lost, counted together, are neither.
      { words: ['败诉', '诉讼败诉', '行政诉讼败诉', '判决撤销', '判决确认违法', '判决确认无效', '判决变更', '判决撤销或确认违法', '判决撤销或者确认违法', '判决撤销、确认违法', '判决责令履行'], notAct: ['无', '未', '零', '撤销和', '纠错和', '撤销及', '纠错及'] },
      // 判决撤销、部分撤销、变更、确认违法或者确认无效12宗: in a paragraph on suits, what the court did to the decisions;
      // not to awards in a sentence on labour disputes (仲裁裁决被法院撤销或改判的6件), civil suits the body is no party to.
      // Nor decisions overturned by either of two named together (经复议、诉讼被撤销或确认违法的案件5件): neither's.
      { words: ['撤销', '确认违法', '确认无效', '撤销、变更'], topic: 'litigation', notInSentence: [...ARBITRATION, ...BOTH_NAMED] },
      // 行政诉讼（未经复议直接起诉）：结果维持1件，结果纠正0件: the table of an information disclosure report, the court's corrections.
      { words: ['结果纠正'], topic: 'litigation' },
      // 复议决定被法院撤销、确认违法的仅2件: the court named, whatever the paragraph's topic.
      { words: ['撤销', '确认违法', '撤销、确认违法', '撤销或确认违法', '判决撤销', '判决确认违法', '判决撤销或确认违法'], act: ['被法院', '被人民法院', '经法院'], notInSentence: ARBITRATION },
      // 法院判决撤销我局行政处罚决定1件: the decisions the court overturned.
      { words: DECISIONS, act: OVERTURNING, topic: 'litigation' },
      // 判决确认我街道答复违法1件: the court's ruling, the act it found unlawful named in it.
      { words: ['违法'], act: ['判决确认'], actInClause: true },
      // 败诉的行政诉讼案件3件: the suits named by how they ended.
      { words: ['行政诉讼案件', '诉讼案件', '行政应诉案件', '应诉案件'], act: ['败诉'] },
    ],
    after: [
      { words: ['败诉'], outcome: true },
      // 其中1件一审判决确认违法: the ruling said after the suits, in a paragraph on them; 全年有1件行政诉讼案件被确认违法: said of them.
      { words: ['判决撤销', '判决确认违法', '判决确认无效', '判决变更', '被确认违法'], topic: 'litigation', outcome: true },
      // 其中1宗行政诉讼被法院判决确认违法: what the court did to the decision sued over.
      { words: ['判决撤销', '判决确认违法', '确认违法', '撤销'], topic: 'litigation', act: ['被', '判决'], outcome: true },
      // 1件被法院确认违法, 1件经法院判决确认违法: the court named, whatever the paragraph's topic.
      { words: ['判决撤销', '判决确认违法', '确认违法', '撤销'], act: ['法院', '经法院'], outcome: true },
    ],
    // 对败诉案件，局党组专题研究整改，已重新作出处理决定1件: decisions made anew after suits lost, none of them lost;
    // 通报2022年度行政诉讼败诉典型案例8件: cases held up as lessons.
    blockers: ['整改', '案例'],
    zero: ['诉讼败诉', '行政诉讼败诉', '败诉'],
    // 行政复议案件5宗，行政诉讼案件3宗，均未被撤销、变更或确认违法: suits whose decisions stood were not lost.
    zeroInTopic: { topic: 'litigation', words: ['被撤销', '被变更', '被确认违法', '撤销', '确认违法'] },
    examples: [
      { text: '行政应诉案件12件，败诉1件。', value: 1 },
      { text: '被人民法院判决撤销、确认违法的案件3件。', value: 3 },
      { text: '审结行政诉讼案件8件，其中判决驳回诉讼请求5件，判决确认违法1件。', value: 1 },
      { text: '有2件行政诉讼案件败诉。', value: 2 },
      { text: '行政诉讼案件5件，法院判决撤销我局行政处罚决定1件。', value: 1 },
      { text: '行政诉讼案件3件，其中1宗行政诉讼被法院判决确认违法。', value: 1 },
      { text: '无行政复议纠错及行政诉讼败诉情况。', value: 0 },
    ],
    counterExamples: ['行政诉讼败诉率为零。'],
  }),
  defineIndicator({
    id: 'litigation.cases',
    label: '行政诉讼案件',
    core: true,
    units: CASE_UNITS,
    zeroable: true,
    before: [
      {
        words: ['行政诉讼案件', '行政诉讼', '行政应诉案件', '应诉案件', '行政应诉', '应诉', '行政诉讼应诉', '行政诉讼应诉案件'],
        // 判决驳回诉讼请求5件 is how suits ended; 审结行政诉讼案件74件, how many ended; 代理行政诉讼案件8件 is a legal aid centre's work.
        // 协调化解行政诉讼案件6件: suits settled, counted where they were brought.
        notAct: ['驳回', '撤回', '审结', '代理', '化解'],
        // 带头出庭应诉行政诉讼案件1件, 负责人出庭应诉64件: a head's appearances in court, no suits counted.
        notInClause: ['出庭', LED_INTO],
      },
      // Suits not said to be administrative, unless their sentence speaks of civil ones (劳动争议案件7件（仲裁5件、诉讼2件）) or of an
      // award of arbitration taken to court (对仲裁裁决不服提起诉讼的案件二十三件).
      // Not the body's own claims for damages in court (提起生态环境损害赔偿诉讼12件).
      { words: ['诉讼案件', '诉讼'], notAct: ['驳回', '撤回', '审结', '代理', '赔偿'], notInSentence: [...CIVIL, '仲裁'], notInClause: [LED_INTO] },
      // 被诉行政案件3件, 涉诉行政案件共5件, 作为被告的一审行政案件131件: suits named by the body's part in them; 被申请行政复议2件，被诉0件.
      { words: ['被诉行政案件', '涉诉行政案件', '被诉案件', '涉诉案件', '一审行政案件', '二审行政案件'], notAct: ['审结'] },
      // 全区法院一审审结行政案件1.3万余件: the suits of the whole area, as the courts concluded them.
      { words: ['行政诉讼案件', '一审行政诉讼案件', '行政案件', '一审行政案件'], act: ['审结'], inSentence: ['法院'] },
      // 县政府被起诉42件: sued, said in the passive.
      { words: ['被诉', '被起诉'], notInSentence: CIVIL },
      // 行政诉讼案件12件（含复议共同被告案件7件）: suits where the organ of an appeal is a defendant too.
      { words: ['复议共同被告案件', '复议机关共同被告案件', '共同被告案件', '共同被告的案件', '共同被告的', '复议共同被告', '共同被告'], kind: '共同被告' },
      // 市政府作为被告的案件189件, 以县政府为被告的行政案件12件: the body's suits, named by its part in them.
      { words: ['作为被告的案件', '作为被告的行政案件', '为被告的案件', '为被告的行政案件', '作为被告案件', '作为被告行政案件'], notAct: ['审结'], notActAfter: ['审结'] },
      // 经复议后起诉的案件183件, 未经复议直接起诉的475件: suits named by how they came, in a paragraph on suits
      // (移送审查起诉 is a prosecution's step; 裁定驳回起诉的172件, 原告撤回起诉的128件 say how suits ended).
      { words: ['起诉的案件', '起诉的', '经复议后起诉的案件', '复议后起诉的案件', '复议后起诉的'], topic: 'litigation', notAct: ['移送', '审查', '驳回', '撤回'] },
      // 以县政府部门为被告的63件: only a suit has a defendant, in a paragraph on suits (作为被告 elsewhere may be a civil one).
      { words: ['为被告的'], topic: 'litigation' },
      { words: CASELOAD, topic: 'litigation' },
      // Not a hotline's tickets after a sentence on suits (12345热线受理群众诉求186.4万件).
      // Nor a platform's tip-offs (其中通过96119举报投诉平台受理4,702件).
      { words: ['受理', '收到', '新收', '新收案件', '收案', '办理案件'], topic: 'litigation', notAct: ['热线'], notInSentence: HOTLINE, notInClause: TIP_OFFS },
      // 作为被告的一审案件79件: the suits brought, said by their first instance; 二审案件21件, appeals, are a kind of them.
      { words: ['一审案件', '一审行政诉讼案件'], notAct: ['审结'] },
      // 全年审结一审、二审案件40件: suits closed, no count of them.
      { words: ['二审案件', '二审及再审案件', '二审行政诉讼案件'], kind: '二审', notInClause: ['审结'] },
      // 行政诉讼案件58件，一审47件、二审11件: the suits by their stage (一审审结511件 counts those a court closed).
      { words: ['一审'], topic: 'litigation', kind: '一审', notActAfter: ['审结', '结案', '判决', '裁定'] },
      { words: ['二审'], topic: 'litigation', kind: '二审' },
      { words: ['再审'], topic: 'litigation', kind: '再审' },
      // 再审申请案件34件, 法院受理再审申请两件: a retrial asked for is a suit's later stage, as an appeal is.
      { words: ['再审案件', '再审申请案件', '申请再审案件', '再审审查案件', '再审申请', '申请再审'], kind: '再审', notInSentence: CIVIL },
      ...kindsOfCases('litigation'),
    ],
    // 受理我局申请的非诉执行案件4件: enforcement asked of a court without a suit; 办理行政诉讼监督案件53件: a prosecutor's oversight of suits;
    // 收到政府信息公开申请9件 after a sentence on suits: applications, which a suit is not; 收到检察建议29件 after a
    // sentence on public-interest suits: a procuratorate's advice, no suit; so is a court's.
    // 其中民事诉讼9件, 新收法律纠纷案件89件: civil suits and disputes are no suits against the administration.
    // 法律事务、…、复议应诉等各类事项600余件: matters of every kind, suits among them.
    // 参与重大税务案件审理、复议应诉等法律事务40余件: legal work of every kind, suits among it.
    // 行政诉讼案件已审结5件, 行政诉讼已审结的6件: the suits decided so far, no count of suits brought.
    blockers: [...ARBITRATION, '非诉', '监督', '申请', '检察建议', '司法建议', '民事', '纠纷', '各类事项', '法律事务', PROCEDURE, '已审结', ...PENDING],
    after: [
      // Not a head's day in court (带头出庭应诉1起行政诉讼案件).
      { words: ['行政诉讼案件', '应诉案件', '行政诉讼', '行政应诉案件'], notInClause: ['出庭'], notActAfter: CASES_GONE_OVER },
      // 3件被提起行政诉讼: the decisions sued over are the suits.
      { words: ['被提起行政诉讼', '提起行政诉讼', '被起诉'], outcome: true },
    ],
    zero: ['行政诉讼', '行政应诉', '诉讼', '被诉行政案件', '被诉案件', '涉诉案件'],
    examples: [
      { text: '受理行政诉讼13件，较去年同比下降31.6%。', value: 13 },
      { text: '（三）行政应诉工作\n全年共办理案件14件，均依法出庭应诉。', value: 14 },
      { text: '区政府共参加应诉案件 9起。', value: 9 },
      { text: '市政府作为被告的案件189件。', value: 189 },
      { text: '处理行政诉讼案件11宗，行政复议案件6宗。', value: 11 },
      { text: '全县行政诉讼一审案件收案64件，二审案件21件。', value: 21 },
      { text: '市政府作为被告的一审案件79件、二审案件42件，败诉3件。', value: 79 },
      { text: '无政府信息公开类行政复议和行政诉讼情况。', value: 0 },
    ],
    counterExamples: [
      '诉讼、复议案件410宗。', '负责人出庭应诉率100%。', '受理行政复议申请和行政诉讼应诉案件共计15件。', '判决驳回诉讼请求5件。',
      '（四）强化行政复议和应诉工作\n县劳动人事争议仲裁院全年受理劳动争议案件486件。',
      '本单位无民事诉讼案件。',
    ],
  }),
  defineIndicator({
    id: 'litigation.head_appearance_rate',
    label: '负责人出庭应诉率',
    core: false,
    units: ['%'],
    zeroable: false,
    before: [{ words: ['出庭应诉率', '负责人出庭应诉率', '出庭率', '出庭应诉比例', '出庭比例'] }],
    examples: [{ text: '行政机关负责人出庭应诉率100%。', value: 100 }],
    counterExamples: ['负责人出庭应诉3次。'],
  }),
  defineIndicator({
    id: 'coercion.cases',
    label: '行政强制',
    core: false,
    units: ['件', '宗', '起', '次', '件次', '宗次'],
    zeroable: true,
    // 查封、扣押 are the coercive measures themselves (查封、扣押涉案物品12起); so is a tax bureau's 税收保全 (采取税收保全措施4件).
    before: [
      {
        words: [
          '行政强制', '行政强制措施', '强制执行', '申请法院强制执行', '申请人民法院强制执行', '查封', '扣押', '查封扣押',
          '强制措施', '强制拆除', '行政强制决定', '税收保全', '税收保全措施',
          // Named whole, as review names what it reviewed (审核行政强制案件32件), so that the longer word is coercion's too.
          '行政强制案件', '强制案件', '行政强制措施案件',
          // 加处罚款4起, 代履行2件: the ways the law gives a body to enforce its own decisions.
          '加处罚款', '代履行',
        ],
        // 依法解除强制措施39件, 解除查封、扣押措施12件: measures lifted, none taken; 依法返还或处置扣押物品138件: things seized, given back.
        notInClause: ['解除', '返还'],
      },
      // 暂扣…经营工具317次: things held for a time, each time counted (not the things: 暂扣占道经营物品427件（套）).
      { words: ['暂扣'], units: ['次'] },
      // 依法采取扣留措施1,046起, 扣留机动车2,031起: the measure customs and traffic police take, each time counted (not the
      // vehicles held, 扣留机动车3412辆).
      { words: ['扣留', '扣留措施'], units: ['起', '宗', '次'] },
      // 申请人民法院强制执行行政处罚案件3件, 申请强制执行罚款决定63件, 向人民法院申请强制执行罚款案件七件: the cases or decisions enforced.
      { words: ['行政处罚案件', '处罚案件', '行政处罚决定', '处罚决定', '罚款决定', '罚款案件'], act: ['强制执行'] },
      // 向区人民法院申请强制执行罚款1件: or the fines, counted as cases.
      { words: ['强制执行罚款'] },
      // 向区人民法院申请非诉执行案件61件: enforcement asked of a court, without a suit; not what the court did with it.
      { words: ['申请非诉执行', '申请非诉执行案件', '非诉执行申请', '申请法院非诉执行', '申请人民法院非诉执行'], notAct: ['受理', '审查', '裁定'] },
    ],
    // 对3起案件申请人民法院强制执行: the cases, then the measure; 对315起案件依法采取行政强制措施, 对12起案件实施查封、扣押.
    after: [
      { words: ['强制执行', '申请法院强制执行', '申请人民法院强制执行'] },
      { words: ['行政强制措施', '强制措施', '查封、扣押', '查封扣押', '查封', '扣押', '强制拆除'], act: ['采取', '实施'] },
    ],
    // 移送公安机关行政拘留案件2件 are referrals; 限产停产案件3件 (after 查封扣押案件17件) an order, no coercion;
    // 扣押假冒伪劣商品3200余件 counts the goods seized, not the measures.
    // 开展行政处罚、行政强制等执法行为，全年办理各类行政执法事项1.87万件: matters of every kind, no coercion.
    // 到期解除行政强制措施39件: measures lifted, none taken.
    // …强制拆除违法建设237宗，当事人自行拆除1626宗: what the parties did themselves, no coercion.
    // 查封登记1860件, 解封登记1504件: a registry's entries of seizures others made. …措施65宗，并将涉嫌犯罪的3宗案件移送公安机关:
    // crimes referred.
    // 评查…临时查封案卷等各类执法案卷320宗: case files reviewed, no measures. 暂扣安全生产许可证24宗: a penalty that takes a licence;
    // 对…6名人员暂扣执法证件，县司法局开展…检查3次: the body's own officers' cards held back.
    // 行政强制41件、其他行政执法行为182件: the other acts of enforcement, none of them coercion.
    // 对…查封现场等环节开展音像记录683次: the recordings made of them, no measures.
    blockers: ['移送', '限产', '停产', '商品', '产品', '货物', '食品', '药品', '事项', '解除', '自行', '登记', '犯罪', '案卷', '许可证', '执照', '驾驶证', '证件', '执法行为', '音像记录'],
    zero: ['行政强制', '行政强制措施', '行政强制执行', '申请法院强制执行', '申请人民法院强制执行'],
    examples: [
      { text: '行政强制2.82万宗，同比下降1.74%。', value: 28200 },
      { text: '对3起拒不改正的违法行为申请人民法院强制执行。', value: 3 },
      { text: '申请法院强制执行9件，已完成执行1件。', value: 9 },
      { text: '无行政拘留、行政强制、行政复议撤销情况。', value: 0 },
      { text: '本年度未发生行政强制执行案件。', value: 0 },
      { text: '依法查封、扣押涉案物品15起。', value: 15 },
      { text: '采取查封、扣押等行政强制措施12件。', value: 12 },
      { text: '对315起案件依法采取行政强制措施。', value: 315 },
      { text: '共办理行政处罚案件5210件、行政强制案件324件。', value: 324 },
    ],
    counterExamples: [
      '行政强制3项、行政检查13项。',
      '扣押物品价值3万元。',
      '查封扣押假冒伪劣商品3200余件。',
      '对6家企业实施查封、扣押，移送公安机关行政拘留案件2件。',
    ],
  }),
  defineIndicator({
    id: 'hearing.cases',
    label: '听证',
    core: false,
    // 组织复议案件听证112件次: cases heard, each time.
    units: ['起', '件', '宗', '次', '场', '场次', '件次'],
    zeroable: false,
    before: [
      // 当事人放弃听证一起: a hearing waived, none held.
      { words: ['听证', '听证会'], notAct: ['放弃', '撤回'] },
      // 公开听证审理行政复议案件50件: the cases heard, named after the hearing.
      { words: ['行政复议案件', '复议案件'], act: ['听证审理', '听证审查'] },
    ],
    // 对14起案件组织听证: the cases heard, then the hearing; over a case noun right after the figure
    // (对1起重大案件组织召开听证会), as the way cases ended is.
    // 2宗当事人在听证前书面撤回申请: requests withdrawn before the hearing, none held.
    after: [{ words: ['听证', '听证会'], outcome: true, notActAfter: ['撤回', '放弃'] }],
    // 告知听证权利案件76件, 对3起案件告知当事人听证权利 count notices of the right to a hearing, not hearings;
    // 申请听证后撤回2宗, hearings asked for and not held.
    // 召开听证会1次、专家论证会6次: experts' reviews are no hearings, nor meetings sat in on (参与听证2次、旁听集体讨论6次),
    // nor forums (听证会1场、座谈会4场), nor meetings on cases after a slogan of hearings (“立案必听证”，召开案审会议17次).
    // 其中县政府主要负责人出庭应诉1次: a head in court, no hearing held.
    // 通过政府网站、听证会等方式公开征求意见9次: a hearing among the means of consulting, counted by the consultations.
    blockers: ['权利', '告知', '撤回', '放弃', '未举行', '论证', '集体讨论', '座谈', '研讨', '会议', '出庭', '等方式', '等形式', '等途径'],
    examples: [
      { text: '（行政复议 1 起，听证 2 起）', value: 2 },
      { text: '全年共对14起行政案件组织听证。', value: 14 },
      { text: '组织行政处罚听证4场次。', value: 4 },
    ],
    counterExamples: ['依法告知当事人听证权利。', '告知听证权利案件76件。', '对拟作出较大数额罚款的3起案件告知当事人听证权利。'],
  }),
];
