// What the public brings: petitions, complaints, hotline tickets, disputes mediated.
import { defineIndicator } from '../types.js';
import { MEDIATED_CLOSINGS } from './disputes.js';

/**
 * 转送…信访事项, 督办信访事项: others' petitions passed on or overseen (交办 may hand them to the body itself);
 * 处理各类行政争议和信访事项201件, 矛盾纠纷和信访问题: disputes and petitions in one figure, neither's; 引导进入法定程序的信访事项19件:
 * those sent on to courts and other procedures, counted where they were received.
 */
const NOT_OWN_PETITIONS = ['转送', '督办', '转办', '争议', '纠纷', '终结', '程序'] as const;
/** A court trying disputes (开庭审理涉农纠纷案件17起, 审结…海事纠纷案件46件): cases tried, none settled by mediation. */
const TRIED = ['开庭', '审理', '审判', '审结'] as const;
/** Visits kept from happening (防止群体性上访9批次): none made, none received. */
const PREVENTED = ['防止', '避免', '预防'] as const;

export const petitions = [
  defineIndicator({
    id: 'petition.resolved',
    label: '信访办结',
    core: false,
    units: ['件', '宗', '起'],
    zeroable: false,
    before: [
      // A backlog resolved is a kind of the petitions resolved; 排查信访积案43件 finds a backlog, resolves none.
      { words: ['化解信访积案', '化解积案'], kind: '信访积案' },
      // 信访积案化解不少于40件: or the act after the backlog, in a plan's target.
      { words: ['信访积案化解'], kind: '信访积案' },
      // Not a hotline's backlog of tickets (化解重复工单“积案”86件).
      { words: ['信访积案', '积案', '重复信访积案'], act: ['办结', '化解', '处置'], notAct: ['工单', '热线'], kind: '信访积案' },
      // 化解重复信访、信访积案11件: the act may stand before other petitions listed with the backlog.
      { words: ['信访积案', '重复信访积案'], act: ['办结', '化解', '处置'], actInClause: true, kind: '信访积案' },
      // 中央、省交办信访积案126件全部化解, 交办的重复信访积案9件全部化解: or after the count.
      { words: ['信访积案', '重复信访积案'], actAfter: ['全部化解', '已化解', '全部办结', '已办结'], kind: '信访积案' },
      // 办结信访事项345件: the petitions, closed by the act before them, maybe before the kinds they concern (协调化解涉及城市更新、
      // 房屋征收的疑难复杂信访问题9件).
      { words: ['信访事项', '信访件', '信访案件', '信访问题', '信访诉求', '信访难题', '信访矛盾', '重复信访', '重复信访事项', '初信初访', '初信初访事项', '信访'], act: ['办结', '化解', '处置', '解决'] },
      { words: ['信访问题', '信访难题', '信访矛盾'], act: ['化解', '解决'], actInClause: true },
      // 市级交办的重复信访事项64件全部化解: or right after their count, in its clause.
      { words: ['信访事项', '重复信访事项', '信访件', '信访案件', '信访问题'], actAfter: ['全部化解', '已全部化解', '均已化解', '全部办结', '已全部办结', '均已办结'] },
      // 办结网上信访件531件, 办结来信来访事项86件: petitions by their channel, closed.
      { words: ['网上信访件', '网上信访', '来信来访事项', '来信来访', '来信', '来访'], act: ['办结'] },
      // 物业纠纷人民调解化解352起 settles disputes, whatever the paragraph's petitions.
      // 参与信访、征迁等涉法事务处置15件 handles legal matters, not the petitions.
      // Not in a sentence on mediation (调解各类纠纷653宗，成功化解641宗, 调处土地权属争议案件86起，成功化解79起), though petitions
      // were the paragraph's last topic.
      // Nor after complaints (受理医疗服务投诉举报97件，办结97件, 受理招标投标投诉28件，办结26件, 受理检举案件六十四件，依法办结六十一件) or a hotline's tickets (受理工单31.6万件，办结30.9万件): those closed are theirs.
      // 开展办理质量评查，抽查县区办结件600件: files sampled for review; 办结法律援助案件188件: legal aid's cases; 收到政府信息公开申请7件，均…办结，
      // 其中予以公开4件: requests for information.
      { words: ['成功处置', '办结', '处置', '化解', '已办结'], topic: 'petition', notAct: ['调解', '纠纷', '事务'], notInSentence: ['调解', '调处', '纠纷', '争议', '投诉', '举报', '检举', '热线', '工单', '抽查', '评查', '法律援助', '仲裁', '信息公开'] },
      // …矛盾纠纷412起，受理信访事项93件，办结93件: right after petitions counted, or those who brought them, though
      // disputes opened the sentence; so are those resolved (调处化解中心…受理来信来访188件，调处化解176件), though a centre
      // for disputes took them in; not disputes named in the clause (，物业纠纷人民调解化解352起).
      { words: ['办结', '已办结', '化解', '调处化解', '妥善化解'], topic: 'petition', follows: ['petition.cases', 'petition.visitors'], notInClause: ['纠纷', '调解'] },
    ],
    // 280件信访事项按期办结: the petitions, then the act that closed them.
    after: [
      { words: ['信访事项', '重复信访事项', '信访件', '信访案件', '信访问题'], actAfter: ['办结', '化解', '处置'] },
      // 3件信访积案全部化解: a backlog counted first, then resolved; not 仍有1件积案未能彻底化解. 其中一件历时十年的物业纠纷积案得以化解:
      // a backlog named by its dispute, no dispute mediated.
      { words: ['信访积案', '积案', '纠纷积案'], actAfter: ['全部化解', '已化解', '已全部化解', '全部办结', '已办结', '得以化解', '成功化解'] },
      // 受理信访事项126件，124件已按期办结: those closed, counted right after the petitions.
      { words: ['已办结', '均已办结', '已全部办结', '全部办结', '按期办结', '已按期办结', '均已按期办结', '均按期办结', '在法定期限内办结', '已在法定期限内办结', '均在法定期限内办结'], follows: ['petition.cases', 'petition.visitors'] },
    ],
    // 尚有3件积案未化解 counts what is left, not what was resolved; 化解劳动争议2974件 settles disputes;
    // 处置非正常上访行为14起, 处置扰乱信访秩序行为十一起 deal with acts against the rules.
    // 办结生态环境损害赔偿案件21件 after a hotline's petitions: compensation cases, no petitions.
    // 处置涉城管网络舆情43起, 处置涉医违法犯罪警情14起: online opinion and police calls dealt with, no petitions;
    // 依法处置信访活动中的违法行为2起: offences committed while petitioning; 引导群众通过法定途径解决，全年导入法定程序1153件:
    // petitions sent on to courts and other procedures, none resolved; 全部按时办结，经查属实的219件: those found true, resolved or not;
    // 评价满意的934件: ratings; 处置群体性信访事件隐患14起: risks met; 退回重办47件: sent back; 对化解难度大的8件积案: how hard
    // they are to resolve, none resolved; 通过数字平台流转处置各类事件1.6万余件, 处置网格化城市管理案件4.2万件: events of a grid or a platform.
    // 依法处理违法上访行为12起: unlawful acts dealt with; 剩余10件积案: those left.
    blockers: ['尚有', '仍有', '还有', '剩余', '未化解', '未办结', '争议', '纠纷', '非正常', '秩序', '赔偿', '舆情', '警情', '中的违法', '违法上访', '违法信访', '导入', '属实', '满意', '隐患', '退回', '难度', '事件', '网格'],
    examples: [
      { text: '各类信访案件成功处置 120 件，调解成功率达 75%。', value: 120 },
      { text: '化解信访积案3件。', value: 3 },
      { text: '全年办结信访事项345件。', value: 345 },
      { text: '全年共有280件信访事项按期办结。', value: 280 },
      { text: '包案化解信访难题47件。', value: 47 },
      { text: '全年共办结网上信访件531件。', value: 531 },
    ],
    counterExamples: ['信访办结率100%。', '信访积案化解难度大，尚有3件积案未化解。', '排查梳理信访积案43件。'],
  }),
  defineIndicator({
    id: 'petition.cases',
    label: '信访件',
    core: true,
    units: ['件', '件次', '宗', '起', '批', '批次'],
    zeroable: false,
    before: [
      {
        words: [
          // 受理生态环境信访投诉举报5083件: complaints and reports that came as petitions, named as one.
          '信访', '信访件', '信访案件', '信访事项', '重复信访事项', '信访问题', '信访投诉', '信访举报', '信访举报件', '信访投诉举报', '信访举报投诉', '信访量',
          '领导信箱来信', '市长信箱', '区长信箱', '接待来访', '接待群众来访', '信访诉求', '初信初访', '初信初访事项', '重信重访', '重信重访事项',
          // 市长信箱转办件42件: letters to the mayor's mailbox passed on to the body.
          '市长信箱转办件', '信箱转办件',
          // 受理林权纠纷类信访件31件: petitions of the kind that concerns disputes, no disputes mediated.
          '纠纷类信访件', '纠纷类信访事项', '纠纷类信访',
        ],
        notAct: NOT_OWN_PETITIONS,
        // 亲自研究督办重大信访事项4件: petitions a head oversaw, counted where they were received.
        notInClause: ['督办'],
      },
      // 12345政务服务便民热线共受理来电来信来访及网络诉求157.9万件: letters and visits are a hotline's channels too.
      { words: ['来信来访', '来信来访事项', '群众来信来访'], notAct: NOT_OWN_PETITIONS, notInClause: ['热线', '12345'] },
      // 办理省市场监管局转办的信访件19件: petitions passed on to the body, which it handles.
      { words: ['转办的信访件', '转办的信访事项', '转送的信访件', '转送的信访事项'] },
      // 县信访局转办信访事项39件: so are those a petition bureau or those above passed on, named before the act.
      { words: ['转办信访事项', '转办信访件', '交办信访事项'], act: ['信访局', '信访办', '上级', '省局', '市局'] },
      // The channels a petition comes by are kinds of the petitions: 来信214件、来访503批 are parts of their total.
      // 热线全年受理群众来电来信13.8万件: the calls and letters a hotline takes are no petitions.
      { words: ['来信', '群众来信'], kind: '来信', notAct: ['来电'] },
      // 走访登记640批次: walk-in visits as registered, the channel's name in petition statistics.
      { words: ['来访', '走访登记'], kind: '来访' },
      // 其中到访121批次, 来信182件；走访434件: visits in person, in a paragraph on petitions.
      { words: ['到访', '走访'], kind: '来访', topic: 'petition' },
      { words: ['网上信访', '网上信访件'], kind: '网上信访' },
      // Not those prevented (成功预防因欠薪引发的群体性事件和集体上访42起).
      { words: ['集体访', '集体上访', '群体访', '群体上访'], kind: '集体访', notInClause: PREVENTED },
      { words: ['个体访', '个人访'], kind: '个体访' },
      // 接待群众312批1034人次: visits are counted in groups (批) and in people (人次, petition.visitors).
      // 越级到市访19批53人次，赴省访3批5人次: visits to the city, the province or the capital, by their forms; not the
      // lawyers' share in receiving them (律师参与接访1427批次), nor visits prevented.
      { words: ['接待群众', '接访', '上访', '越级上访', '越级访', '重复访', '进京访', '群众走访', '到市访', '赴市访', '到省访', '赴省访', '赴京访'], units: ['批', '批次', '件', '起'], notAct: ['律师参与', '参与'], notInClause: PREVENTED },
      // Under （四）信访工作: 全年共受理286件; but 12345热线受理, 12345热线全年受理群众诉求 are the hotline's, and
      // 劳动人事争议仲裁院受理争议案件326件 under a heading on disputes and petitions is arbitration's.
      // 对不予受理的12件出具告知书: those turned away.
      // “122”报警台全年受理报警求助4.6万起: calls to the police, no petitions.
      { words: ['受理'], topic: 'petition', notAct: ['热线', '平台', '不予'], notInSentence: ['热线', '平台', '仲裁', '争议'], notInClause: ['报警', '警情'] },
    ],
    // 对11件重点信访件实行包案督办: petitions a head took on to oversee, counted where received.
    after: [{ words: ['信访件', '信访案件', '信访事项'], notActAfter: ['实行包案', '包案', '督办', '挂牌督办'] }],
    // 参与信访、征迁等涉法事务处置15件: petitions one kind of the legal matters handled; arbitration is none.
    // 挂牌督办84件 oversees others' petitions; 受理政府信息公开申请3件 asks for information, it petitions nothing.
    // 镇派出所受理治安案件41起 after petitions received: the police's public-security cases; 受理法律援助申请35件, legal aid;
    // 听取…信访工作汇报，协调解决重大疑难问题6件: problems resolved by coordination.
    // 信访及复议诉讼案件合计410件: petitions counted together with appeals and suits are not petitions alone.
    // 评查信访事项办理案卷520件: the files of petitions handled, reviewed; 受理复查申请35件、复核申请9件: reviews of how
    // petitions were handled, asked of the body above; 扰乱信访秩序行为十一起: acts against the rules; 审查…信访答复意见书等文书27件:
    // the papers of replies, reviewed.
    // 处置信访活动中的违法行为2起: offences committed while petitioning, no petitions; 导入法定程序1153件: petitions sent on to
    // courts and other procedures, counted where they were received; 对…信访答复等事项出具法律意见56件: opinions written;
    // 受理件全部按时办结，经查属实的219件: those of the petitions found true, no petitions received.
    // 向纪检监察机关移交…失职失责问题线索3件: leads of misconduct passed on, no petitions; 评价满意的934件: ratings;
    // 处置群体性信访事件隐患14起: risks met; 促成信访人息诉罢访11件: petitioners who gave up, an outcome.
    // 信访事项超期办理5件: those handled late. 带头接待群众来访，主持审议重大执法决定案件41件次: decisions of enforcement a head put to a meeting.
    // 对重大疑难信访案件亲自包案，包案14件: those a leader took charge of, the leader's part; 化解重复来访苗头7起: signs of visits
    // to come, headed off; 成功防止…、群体性上访事件7起: incidents prevented.
    // 依法受理教师申诉4件: appeals of teachers or students under the education laws, no petitions.
    // 市民服务中心受理政务服务事项86.4万件: services to the public, no petitions.
    blockers: ['事务', '政务服务事项', '申诉', '仲裁', '转送', '督办', '信息公开', '依申请公开', '息诉', '治安', '法律援助', '协调解决', '复议', '诉讼', '案卷', '复查', '复核', '秩序', '意见书', '文书', '中的违法', '导入', '法律意见', '属实', '线索', '满意', '隐患', '超期', '执法决定', '包案', '苗头', '事件'],
    examples: [
      { text: '受理信访180件、办结率100%。', value: 180 },
      { text: '共收到信访将近 300 宗。', value: 300, bound: 'under' },
      { text: '处理各类信访投诉210件，处理率100%。', value: 210 },
      { text: '全年受理信访举报件156件，办结率100%。', value: 156 },
      { text: '办理群工系统信访事项45件。', value: 45 },
      { text: '全年共受理群众来信来访45件次。', value: 45 },
      { text: '全年共登记初信初访事项168件。', value: 168 },
      { text: '全年接待群众312批1034人次。', value: 312 },
      { text: '集体访27批436人次。', value: 27 },
      { text: '群众走访511批1,436人次。', value: 511 },
    ],
    counterExamples: ['未发生越级上访事件。', '信访件均在法定时限内办结。', '（三）信访工作\n协助县法律援助中心受理法律援助申请35件。', '（四）信访工作\n依法受理政府信息公开申请3件。', '市12345热线全年受理群众来电来信13.8万件。'],
  }),
  defineIndicator({
    id: 'petition.visitors',
    label: '信访人次',
    core: true,
    units: ['人次', '人', '批次'],
    zeroable: false,
    before: [
      {
        words: [
          '信访', '来访', '来信来访', '群众来信来访', '信访事项', '接待信访人', '接待群众来访', '接待来访', '上访', '接访', '集体访', '集体上访',
          '群体访', '群体上访', '个体访', '个人访', '越级上访', '越级访', '重复访', '进京访', '进京非访', '群众走访', '走访登记', '到市访', '赴市访', '到省访', '赴省访', '赴京访', '接待走访群众',
        ],
        // 回访信访群众356人次 calls back, receives no one; 律师参与接访共计96人次 counts the lawyers who helped.
        notAct: ['回访', '律师参与', '参与'],
        // 劝返越级上访人员41人次, 疏导高风险信访人员43人: people turned back or counselled, none received; 律师参与接访和信访事项办理1,460人次:
        // the lawyers who helped, whichever of the things they helped with is named last. 救助生活困难信访群众71人: petitioners
        // given relief, none received; 31名县级领导累计出席接访324人次: the heads' attendances at reception days.
        // 全年医调委接待来访群众近300人次: those who came to a committee that mediates medical disputes.
        notInClause: ['劝返', '疏导', '稳控', '律师参与', '救助', '出席', '医调委', '调解委员会', ...PREVENTED],
        // 县公共法律服务中心全年接待来访群众5600余人次: those who came for legal services, no petitioners; so at a legal aid desk.
        notInSentence: ['公共法律服务', '法律服务中心', '法律援助'],
      },
      // Not visitors of an open day (开展环保设施向公众开放活动9次，接待公众1,100余人次).
      { words: ['接待', '到访'], topic: 'petition', notInSentence: ['开放', '展览', '参观'] },
      // 开展环保设施向公众开放活动24场，接待群众1800余人次: visitors of an open day, no petitioners; nor those a
      // centre of public legal services received (公共法律服务中心全年接待群众1.3万余人次).
      { words: ['接待群众'], notInSentence: ['开放', '宣传', '展览', '参观', '法律服务', '服务中心', '服务大厅', '窗口'] },
      // 局信访窗口全年登记来信来访317件次，…，接待群众1100余人次: a window for petitions receives petitioners.
      { words: ['接待群众'], inSentence: ['信访'], notInSentence: ['开放', '展览', '参观', '法律服务'] },
    ],
    // 组织律师参与信访接待值班260余人次: lawyers' duty shifts, not visitors received; 接待查档利用者3680人次,
    // 接待群众现场查阅23人次: visitors of an archive or of public information.
    // 接待群众和学生祭扫2.3万人次: visitors of a memorial. 落实接访下访制度，班子成员下访包案21人次: officials going out, no visitors.
    // 对…违法行为予以训诫15人次, 处理违法上访行为4人: people warned or dealt with, none received.
    // 对…失职失责人员追责问责2人: officials held to account, no visitors; 接待来访办事人员登记约4.2万人次: those who came to an
    // office on business.
    blockers: ['值班', '查档', '查阅', '利用者', '游客', '参观', '祭扫', '瞻仰', '包案', '训诫', '行为', '追责', '问责', '办事', '出席'],
    examples: [
      { text: '接待信访人 250 人次，发现问题线索 3 条。', value: 250 },
      { text: '接待来信来访群众120批次350人次。', value: 350 },
      { text: '接待群众来访200余人次。', value: 200, bound: 'over' },
      { text: '接待来访群众236批856人次。', value: 856 },
      { text: '县级领导共接访89批412人次。', value: 412 },
      { text: '全年共受理群众来信来访1287批2354人次。', value: 2354 },
      { text: '全年共受理群众信访事项1287件（批）、2354人次。', value: 2354 },
      { text: '群众走访511批1,436人次。', value: 1436 },
      { text: '其中走访登记418批次1,207人次。', value: 1207 },
    ],
    counterExamples: ['接待办理群众来信来访网络信访。', '开展环保设施向公众开放活动24场，接待群众1800余人次。'],
  }),
  defineIndicator({
    id: 'complaint.cases',
    label: '投诉举报',
    core: true,
    units: ['件', '件次', '起', '宗'],
    zeroable: false,
    // 受理消费者申诉4381件: a consumer's complaint, as market regulators name it; 处理用户申诉8742件, as postal and telecom regulators do.
    // 受理咨询投诉23.4万件: questions and complaints together, no count of complaints.
    // 受理税收违法检举12.7万件: a tip-off, as tax bodies name a report.
    // 其中驳回投诉21件、投诉事项成立…6件, 投诉人撤回投诉3件: how complaints ended, no complaints of their own.
    before: [{ words: ['投诉举报', '举报投诉', '投诉', '举报', '投诉举报案件', '投诉件', '消费者申诉', '消费申诉', '用户申诉', '检举', '检举举报'], notAct: ['咨询', '驳回', '撤回'] }],
    after: [{ words: ['投诉举报', '举报投诉', '投诉件'] }],
    // 其中投诉1.9万件、举报0.6万件、咨询0.7万件: questions asked are no complaints; 兑现举报奖励2件 pays rewards.
    // 其中…，经核查属实46件: how the complaints were found, no complaints of their own.
    // 通过巡查、群众举报、卫片核查等途径共发现违法用地行为156宗: what was found, by complaints among other ways.
    // 受理农村土地承包经营纠纷仲裁申请6件: disputes brought to arbitration, no complaints.
    // 不服…举报答复，经审查维持原行政行为3件: appeals upheld, no complaints.
    // 投诉举报超期办理5件: those handled late, no complaints taken in.
    // 立案查处举报线索案件41宗: cases dealt with, the tip-offs only where they came from.
    // 投诉举报转案件117件: cases filed from complaints, counted as cases.
    blockers: ['咨询', '奖励', '属实', '查实', '发现', '成立', '仲裁', '维持', '超期', '线索案件', '转案件'],
    // 接收投诉举报4.26万件，依法受理3.97万件: those taken up of those received, complaints still.
    partActs: ['受理', '依法受理'],
    examples: [
      { text: '全年受理投诉举报1,256件次。', value: 1256 },
      { text: '截至目前，收到各类投诉举报案件 210 件。', value: 210 },
      { text: '共处理投诉 9 起，立案 9 起。', value: 9 },
      { text: '全年处理邮政业用户申诉2,316件。', value: 2316 },
    ],
    counterExamples: ['通过对外公布举报投诉电话、举报邮箱。', '共享12315投诉数据。', '受理投诉举报咨询共计5680件。'],
  }),
  defineIndicator({
    id: 'hotline.tickets',
    label: '热线工单',
    core: false,
    units: ['件', '宗', '单', '个'],
    // 受理工单51个, 受理群众来电11.6万个 count tickets and calls; 涉及英语、阿拉伯语等10个语种 counts languages.
    unitNouns: { 个: ['工单', '诉求', '来电', '转办件', '交办件'] },
    zeroable: false,
    // 12345便民服务平台受理诉求件21.6万件: the hotline by its platform's name.
    // 办理市长信箱、12345热线等渠道转办件325件, 受理群众来信来访及12345热线转办件47件: letters or visits (petitions) and tickets in one figure are neither.
    before: [
      {
        words: ['热线工单', '工单', '热线', '政务服务热线', '服务热线', '转办件', '转办诉求', '交办诉求', '派单', '平台交办件', '市长公开电话', '市长专线', '公开电话', '监督电话', '服务电话', '便民服务平台', '政务服务便民平台', '便民服务专线', '服务专线',
          // 12345在线平台受理群众诉求82.6万件: the hotline by its platform's name.
          '在线平台'],
        // Not complaints an inspection of ecology passes on (承办督察转办件34件), nor objections to data (处理数据异议工单37件);
        // nor the tickets a check of the hotline's work sampled or found at fault (抽查…办结工单2.4万件，发现问题工单1126件), nor
        // requests to send tickets back (申请退单…的工单实行审核把关，全年审核退单申请3.2万件).
        notInClause: ['信箱', '信访', '来信', '来访', '督察', '异议', '抽查', '评查', '发现问题', '退单'],
        // Nor an offence of dispatching (网约车平台违规派单案件48宗).
        notAct: ['违规', '违法'],
      },
      // 办理12345平台诉求件593件, 12345热线转信访部门办理的诉求件1,120件: what people ask of it, whoever handles it.
      { words: ['诉求件'], notInClause: ['信箱', '来信', '来访'] },
      // 12345平台接件市场监管类诉求68.7万件: what the hotline's platform took in; not a service centre's window (政务服务平台接件).
      { words: ['平台接件'], notInClause: ['信箱', '信访', '来信', '来访', '政务服务', '审批'] },
      // 县12345热线…整合至我局管理，全年受理群众来电、网络留言等诉求9.84万件, 依托12345平台，全年受理群众诉求38.6万件: what
      // people ask, in a sentence on the government's hotline (not on a line for complaints: 开通涉企投诉热线…，受理涉企诉求3,400余件);
      // elsewhere no suit (诉) nor anything else.
      // In a hotline centre's own report (…12345政务服务便民热线管理中心关于…的报告), what people ask is the hotline's wherever it is said.
      // So are those taken in by the consumers' hotline (12315指挥中心共受理诉求6.78万件).
      { words: ['诉求', '群众诉求'], inSentence: ['12345', '12315', '便民热线', '服务热线', '政务热线', '热线中心', '热线平台', '接诉即办'], inTitle: ['12345', '热线'], notInClause: ['信箱', '信访', '来信', '来访'] },
    ],
    // 417件12345热线工单被转办至相关部门: the tickets, then the act that handled them.
    after: [{ words: ['热线工单', '工单', '转办件', '交办件'], actAfter: ['转办', '交办', '办结', '办理', '受理', '派发'] }],
    // 热线、网络三大平台融合，建成…服务中心6个 counts centres built, not tickets; 依托便民服务平台办理政务服务事项3.2万件, services.
    // 依托12348公共法律服务热线…提供法律援助案件12件: legal aid given through the hotline, no tickets.
    // 诉求受理，增设临时坐席120个: seats added to take the calls, no tickets.
    // 处置12345工单3,126件、网格事件7,800余件, “四平台”流转事件93件: events a grid's staff reported or a platform passed on, no tickets;
    // nor the cases of a city's system for problems in its streets (、数字城管案件1,232件).
    // 热线全年接听来电112.6万个: calls answered, which no reader requires as tickets (受理来电43.2万个 are taken in).
    blockers: ['建成', '建立', '工作站', '政务服务事项', '审批', '法律援助', '增设', '席位', '网格事件', '流转事件', '数字城管', '数字化城管', '数字化城市管理', '接听来电', '接通来电', '接听群众来电', '接通群众来电'],
    // 受理群众诉求41.5万件，直接办结23.8万件，派单17.7万件: the tickets closed at once or passed on are parts of those taken in,
    // by the way they went; those closed in the end (，办结20.8万件) say how many were done, no part.
    partActs: ['直接办结', '当场办结', '即时办结', '转办', '派单', '交办'],
    examples: [
      { text: '12345政务服务热线共收到8000件，办结率100%。', value: 8000 },
      { text: '12345平台受理工单51个。', value: 51 },
      { text: '12345热线受理群众诉求46.6万宗。', value: 466000 },
      { text: '共办理市长热线、“12345”转办件1,856件。', value: 1856 },
      { text: '处理12345转办件4896件。', value: 4896 },
      { text: '认真办理12345便民服务平台交办件1.12万件，办结率100%。', value: 11200 },
      { text: '12345市长公开电话受理市民诉求1086.7万件。', value: 10867000 },
      { text: '12345便民服务平台受理诉求件21.6万件。', value: 216000 },
      { text: '12345平台接件城市管理类诉求32.46万件。', value: 324600 },
      { text: '12345热线受理群众诉求38.2万件，直接办结21.6万件，派单16.6万件。', value: 216000 },
      { text: '12328交通运输服务监督电话全年受理群众来电1276.5万件。', value: 12765000 },
      { text: '办理12345转办诉求148件。', value: 148 },
      { text: '全年共有2315件12345热线工单被转办至我局，均按时办结。', value: 2315 },
    ],
    counterExamples: ['办理市长信箱、12345热线等渠道转办件325件。', '承办12345政务服务热线及“省长信箱”转办件417件。', '按时处理办结 12345 热线工单。', '推进实体、热线、网络三大平台融合，建成县级公共法律服务中心6个。', '依托便民服务平台办理政务服务事项3.2万件。', '政务服务平台接件12.3万件。', '12345热线涉外服务涉及英语、阿拉伯语等10个语种。'],
  }),
  defineIndicator({
    id: 'mediation.cases',
    label: '纠纷调解化解',
    core: false,
    units: ['起', '件', '宗'],
    zeroable: false,
    before: [
      // 排查矛盾纠纷86起 counts disputes found, not settled; 预防纠纷3,100余件 those prevented.
      // 全年排查各类矛盾纠纷276起, 网格排查发现各类矛盾纠纷1286件, 排查出边界山林纠纷五起: disputes searched for or found, not settled;
      // 对一时难以化解的9起纠纷: those hard to settle, not settled yet.
      // 审结6217件，调解和解1436件 in a sentence on reconsideration: how its cases ended; so is 通过调解、和解方式化解161件 (the
      // reconsideration law's way to end a case).
      // 调处医疗纠纷35件，达成调解协议31件: those settled by an agreement.
      // 指导企业应对海外知识产权纠纷120余起, 海外知识产权纠纷应对指导案件36件: disputes others faced, with the body's guidance, none it settled;
    // 对调解不成的，引导患方通过诉讼途径解决纠纷19起: disputes taken to court.
      { words: ['纠纷', '矛盾纠纷', '各类矛盾纠纷', '各类纠纷', '调解', '调处', '医疗纠纷', '化解纠纷', '人民调解', '化解', '调处化解', '妥善化解', '协商化解', '调解成功', '调处成功', '化解成功', '达成调解协议', '调结'], notAct: ['排查', '发现', '发生', '终止', '上报', '预防', '防止', '难以'], notInClause: [...TRIED, '应对', '排查出', '排查发现', '诉讼途径', '和解方式'] },
      { words: ['调解和解'], notTopic: ['reconsideration', 'litigation'] },
      // 共调解纠纷39件，成功38件: those of the disputes just counted that were settled.
      // Not what was headed off (提前介入…纠纷63起，成功防止“民转刑”案件11起).
      { words: ['成功'], follows: ['mediation.cases'], notAct: ['不', '未'], notActAfter: PREVENTED },
      // 调解结案3927件, 调处结案44起: disputes closed by mediation; a reconsideration or a suit so closed is an outcome of it.
      // 其中调解结案147件、裁决结案61件: cases an award closed, after those mediation did, are none.
      { words: ['结案'], act: ['调解', '调处'], notAct: ['裁决', '仲裁', '判决'], notTopic: ['reconsideration', 'litigation'] },
      { words: MEDIATED_CLOSINGS, notTopic: ['reconsideration', 'litigation'] },
    ],
    // 2346起矛盾纠纷经人民调解成功化解, 6,150件消费纠纷经调解达成一致: the disputes, then the act that settled them.
    // 受理医疗纠纷213起，196起经调解成功化解: or the settling alone, right after the disputes taken in.
    after: [
      { words: ['纠纷', '矛盾纠纷', '各类矛盾纠纷', '各类纠纷', '医疗纠纷'], actAfter: ['化解', '调解成功', '调处成功', '达成调解协议', '达成一致'] },
      { words: ['经调解成功', '经调解化解', '经调解成功化解'], follows: ['mediation.cases'] },
    ],
    // 调解终止5件, 调解撤诉1件: how a reconsideration or a suit ended, in a list of its outcomes.
    // 专利侵权纠纷行政裁决案件42件 are rulings, not settlements.
    // 防止民间纠纷转化为刑事案件12件 counts crimes prevented.
    // 仍有1件积案未能化解, 剩余县区级积案31件逐件明确化解时限 count what is left; 医疗纠纷处理，其中已审结4件 are suits, the part of a total before.
    // 调解后申请人撤回1件: a reconsideration withdrawn after mediation, an outcome of it.
    // 调解不成功的1200件, 调解未成功3件: disputes not settled; 纠纷仲裁申请8件: arbitration, no mediation.
    // 对重大医疗纠纷…亲自督办8件, …亲自包案化解，全年包案3件: matters a head oversaw or took on, not disputes settled.
    // 纠纷民事案件共9件, 作为原告提起…纠纷民事诉讼27件: disputes taken to court as civil suits, none settled; 劳动争议、合同纠纷等
    // 法律援助案件86件, legal aid; 化解典型案例10件, cases published as examples; 参与调解纠纷、代写法律文书等法律服务300余件,
    // services of which mediation is one kind; 化解疑难诉求2300余件: callers' demands met, no disputes.
    // 参与处理涉法信访、土地承包纠纷等事项15件: matters of several kinds, the disputes one of them.
    // 建立行政争议协调化解联动工作机制，全年共同研判重大敏感行政案件19件: cases weighed together, none settled.
    // 上报…矛盾纠纷线索1320件: leads reported by the grid's staff, none settled.
    // 经人民调解达成的协议申请司法确认112件: agreements a court is asked to confirm, the disputes counted when settled;
    // 对化解难度大的8件积案: how hard they are to settle, none settled; 妥善化解不动产登记历史遗留问题1.3万余件: old problems of a
    // register solved, no dispute between parties.
    blockers: ['遗留问题', '终止', '撤诉', '撤回', '裁决', '仲裁', '应对', '刑事', '尚有', '仍有', '还有', '剩余', '包案', '未能', '未化解', '其中', '审结', '不成', '未成', '督办', '民事', '法律援助', '案例', '法律服务', '法律文书', '诉求', '等事项', '研判', '线索', '司法确认', '难度', '群体性事件', '违法行为'],
    // 对排查出的…纠纷156起逐一建档: disputes put on record, none settled yet.
    notAfter: ['逐一建档', '建档', '纳入台账', '登记在册'],
    examples: [
      { text: '2023 年以来，妥善化解医疗投诉纠纷 40 起，未发生越级上访事件。', value: 40 },
      { text: '全年调解结案3927件。', value: 3927 },
      { text: '全年共有812起矛盾纠纷经人民调解员调解成功化解。', value: 812 },
    ],
    counterExamples: ['建立医疗纠纷“三调联动”机制。', '全年排查矛盾纠纷86起。', '目前仍有6起矛盾纠纷尚未化解。', '防止民间纠纷转化为刑事案件12件。', '审结行政复议案件71件，其中维持52件、驳回申请5件，调解终止5件。'],
  }),
  defineIndicator({
    id: 'mediation.success_rate',
    label: '调解成功率',
    core: false,
    units: ['%'],
    zeroable: false,
    before: [
      { words: ['调解成功率', '调处成功率', '化解成功率', '人民调解成功率'] },
      // 调解各类纠纷326起，调解成功318起，成功率97.5%: the rate of the mediation just counted.
      // Not a settlement's (ODR企业和解成功率86.4%).
      { words: ['成功率'], follows: ['mediation.cases'], notAct: ['和解'] },
      // 调解消费纠纷成功率76.4%: the mediation named before the disputes.
      { words: ['成功率'], act: ['调解', '调处', '化解'], actInClause: true },
      // 调处化解12311件，化解率98.43%: the share of the disputes just counted that were settled.
      // Not the share of disputes with the administration settled in substance (行政争议实质性化解率24.7%).
      { words: ['化解率'], follows: ['mediation.cases'], notAct: ['实质性'], notInSentence: ['行政争议'] },
    ],
    examples: [
      { text: '调解成功率达80.43%。', value: 80.43 },
      { text: '建立调解机制，调解成功率100%，群众满意度79%。', value: 100 },
      { text: '全年调解各类纠纷326起，调解成功318起，成功率97.5%。', value: 97.5 },
      { text: '全区人民调解成功率达98.5%。', value: 98.5 },
    ],
    counterExamples: ['居民健康知识知晓率超85%。', '全年开展执法检查120次，整改成功率95%。'],
  }),
];
