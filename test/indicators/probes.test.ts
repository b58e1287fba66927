// Held-out probes: sentences in the shape of reports from departments the
// development corpus hardly has (public security, tax, ecology, natural
// resources, education, emergency management, transport, agriculture, urban
// management, justice bureaus, townships, county governments), written for
// lawrep's rules rather than taken from any report. Each row lists every
// mention the sentence must give, as `indicator=value` (`~bound` when not
// exact); an empty list means the sentence holds no figure.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { findMentions } from '../../src/indicators/find.js';
import { normalise } from '../../src/normalise/normalise.js';

function mentions(source: string): string[] {
  return findMentions(normalise(source), []).map(
    (m) => `${m.indicator}=${m.value}${m.bound === 'exact' ? '' : `~${m.bound}`}`,
  );
}

const PROBES: ReadonlyArray<[string, string, string[]]> = [
  // Reviewer's probes
  ['复核', '全年作出行政处罚决定九十七件，罚款金额共计四十三万六千元。', ['penalty.cases=97', 'penalty.fines_yuan=436000']],
  ['复核', '对全市二十三家医疗机构开展专项检查。', ['inspection.count=23']],
  ['复核', '结案1432件。其中，查办食品安全案件356件，药品案件89件。', ['penalty.closed=1432', 'penalty.cases=356', 'penalty.cases=89']],
  ['复核', '依法采取查封、扣押措施9件。', ['coercion.cases=9']],
  ['复核', '作出处罚决定45份。', ['penalty.cases=45']],
  // 公安
  ['公安', '全年共受理治安案件1523起，查处治安案件1402起，行政拘留312人。', ['penalty.cases=1402']],
  ['公安', '全年办理行政复议案件12起，同比下降20%，其中维持原行政行为9起，撤销2起，终止1起。', ['reconsideration.cases=12', 'reconsideration.overturned=2']],
  ['公安', '公安机关负责人出庭应诉率达100%。', ['litigation.head_appearance_rate=100']],
  ['公安', '拨打12345热线反映问题的群众逐年增多。', []],
  ['公安', '开展法治培训6期，培训民警1200余人次。', ['training.sessions=6', 'training.participants=1200~over']],
  // 税务
  ['税务', '全年共办理税务行政处罚案件二百三十六件，罚款金额共计一百二十五万元。', ['penalty.cases=236', 'penalty.fines_yuan=1250000']],
  ['税务', '为纳税人减免税费9.5万元，为企业减负。', []],
  ['税务', '全年对首次轻微违法的纳税人不予处罚132件。', ['penalty.lenient_cases=132']],
  ['税务', '受理税务行政复议申请8件，审结7件。', ['reconsideration.cases=8', 'reconsideration.closed=7']],
  ['税务', '办理纳税服务投诉举报56件，按期办结率100%。', ['complaint.cases=56']],
  ['税务', '依法开展税务稽查，检查纳税人210户。', ['inspection.count=210']],
  // 生态环境
  ['生态环境', '全年共下达环境行政处罚决定书86份，罚款金额共计523.6万元。', ['penalty.cases=86', 'penalty.fines_yuan=5236000']],
  ['生态环境', '对辖区45家涉气企业开展监督检查。', ['inspection.count=45']],
  ['生态环境', '依法查封、扣押排污设施12起。', ['coercion.cases=12']],
  ['生态环境', '移送公安机关环境违法案件5件。', []],
  ['生态环境', '减少对守法企业的现场检查频次30%。', []],
  ['生态环境', '办理生态环境信访件320件，办结率100%。', ['petition.cases=320']],
  ['生态环境', '环境执法人员年度培训时长不少于40学时。', []],
  // 自然资源
  ['自然资源', '全年立案查处土地违法案件38宗，罚没款共计216.5万元。', ['penalty.cases=38', 'penalty.forfeiture_yuan=2165000']],
  ['自然资源', '办理不动产登记业务3.2万件。', []],
  ['自然资源', '全年无行政复议被纠错案件。', ['reconsideration.overturned=0']],
  ['自然资源', '收到行政诉讼案件14件，败诉1件。', ['litigation.cases=14', 'litigation.lost=1']],
  // 教育
  ['教育', '对全县一百一十所中小学校开展安全检查。', ['inspection.count=110']],
  ['教育', '组织全县教职工法治专题讲座3场。', ['training.sessions=3']],
  ['教育', '开展“宪法进校园”活动25场次，受教育师生1.2万人次。', ['publicity.events=25', 'publicity.audience=12000']],
  ['教育', '一是完善三张清单，二是压实两个责任。', []],
  ['教育', '制发教育系统规范性文件2件，均经合法性审查。', ['normative.documents=2']],
  // 应急管理
  ['应急管理', '全年共检查生产经营单位1260家次，查处安全生产违法行为215起，罚款金额共计368.2万元。', ['inspection.count=1260', 'penalty.cases=215', 'penalty.fines_yuan=3682000']],
  ['应急管理', '发现并督促整改安全隐患3200余项。', []],
  ['应急管理', '作出行政处罚决定书97份。', ['penalty.cases=97']],
  ['应急管理', '发放应急救灾补贴资金120万元。', []],
  ['应急管理', '安全生产“第一责任人”培训考核合格率达98%。', []],
  // 交通运输
  ['交通运输', '全年查处交通运输违法行为4562起，其中道路运输违法3890起，水路运输违法672起。', ['penalty.cases=4562', 'penalty.cases=3890', 'penalty.cases=672']],
  ['交通运输', '检查运输车辆8600台次。', ['inspection.count=8600']],
  ['交通运输', '按照《交通运输行政执法程序规定》（交通运输部令2019年第9号）开展执法。', []],
  ['交通运输', '受理行政许可申请1.5万件，办结率100%。', ['license.cases=15000']],
  ['交通运输', '办理12328热线工单860件。', ['hotline.tickets=860']],
  // 农业农村
  ['农业农村', '全年共办理农业行政处罚案件六十二件，罚没款合计十八万五千元。', ['penalty.cases=62', 'penalty.forfeiture_yuan=185000']],
  ['农业农村', '开展农资打假专项检查36次，抽检农产品样品1200批次。', ['inspection.count=36']],
  ['农业农村', '发放耕地地力保护补贴2300万元。', []],
  ['农业农村', '调处农村土地承包经营纠纷47起。', ['mediation.cases=47']],
  // 城市管理综合执法
  ['城市管理', '全年共立案查处违法建设案件312件，拆除违法建筑4.3万平方米。', ['penalty.cases=312']],
  ['城市管理', '申请人民法院强制执行案件6件。', ['coercion.cases=6']],
  ['城市管理', '对327家沿街商户进行检查。', ['inspection.count=327']],
  ['城市管理', '作出罚款决定的案件平均罚款金额为0.8万元。', []],
  ['城市管理', '共清理占道经营1500余处。', []],
  // 司法局、行政复议
  ['司法局', '全年共收到行政复议申请三百二十七件，受理二百九十八件，审结二百七十五件。', ['reconsideration.cases=327', 'reconsideration.cases=298', 'reconsideration.closed=275']],
  ['司法局', '行政复议审结的案件中，维持180件，驳回31件，撤销、变更或者确认违法29件。', ['reconsideration.overturned=29']],
  ['司法局', '行政复议决定书在法定期限内送达率100%。', []],
  ['司法局', '行政应诉案件41件，行政机关负责人出庭应诉38件次。', ['litigation.cases=41']],
  ['司法局', '审查备案规范性文件15件。', ['review.cases=15']],
  ['司法局', '全市人民调解组织共调解矛盾纠纷8620件，调解成功率98.6%。', ['mediation.cases=8620', 'mediation.success_rate=98.6']],
  // 乡镇人民政府
  ['乡镇', '全年镇村两级共排查化解矛盾纠纷136起。', ['mediation.cases=136']],
  ['乡镇', '接待群众来访320批次560人次。', ['petition.cases=320', 'petition.visitors=560']],
  ['乡镇', '全镇无行政诉讼案件，无行政复议案件。', ['litigation.cases=0', 'reconsideration.cases=0']],
  ['乡镇', '开展“法律明白人”培训4次。', ['training.sessions=4']],
  ['乡镇', '镇党委书记履行推进法治建设第一责任人职责，专题研究法治工作3次。', []],
  ['乡镇', '为群众提供法律咨询560人次。', ['publicity.consultations=560']],
  // 县人民政府
  ['县政府', '县政府常务会议会前学法12次。', ['training.sessions=12']],
  ['县政府', '全年共作出重大行政决策5项。', ['decision.major=5']],
  ['县政府', '印发《县政府规范性文件管理办法》（县政发〔2023〕5号）。', []],
  ['县政府', '县政府本级行政应诉案件23件，同比增长12%。', ['litigation.cases=23']],
  ['县政府', '清理规范性文件58件，废止12件。', ['normative.documents=58', 'normative.documents=12']],
  ['县政府', '20个工作日内办结率达到95%。', []],
  ['县政府', '通过包容审慎监管为企业减少损失9.5万元。', []],
  ['县政府', '严格执行“四下基层”制度。', []],
  ['县政府', '全年共查办各类案件1432件，其中，查办食品安全案件356件，药品案件89件。', ['penalty.cases=1432', 'penalty.cases=356', 'penalty.cases=89']],
  ['县政府', '行政复议、行政诉讼案件分别为5件和3件。', ['reconsideration.cases=5', 'litigation.cases=3']],
  ['县政府', '2023年、2024年分别查处违法案件10件、15件。', ['penalty.cases=10', 'penalty.cases=15']],
  ['县政府', '行政处罚案件均在法定期限内办结。', []],
  ['县政府', '全年行政处罚案件同比下降8.5%。', []],
  ['县政府', '累计开展普法宣传活动48场次，发放宣传资料1.2万份。', ['publicity.events=48', 'publicity.materials=12000']],
  // Second batch: more of the genre's ways of saying it, and its traps
  ['县政府', '累计办理政务服务事项15万件。', []],
  ['县政府', '全年行政处罚案件数量同比下降15%，罚没金额同比增长8%。', []],
  ['县政府', '罚款金额较上年减少12万元。', []],
  ['司法局', '全年共受理行政复议案件18件，其中不予受理2件，终止审理1件。', ['reconsideration.cases=18']],
  ['司法局', '行政复议案件均在法定期限内审结。', []],
  ['乡镇', '收到群众来信来访56件次，均已按时办结。', ['petition.cases=56']],
  ['县政府', '办理人大代表建议和政协委员提案45件。', []],
  ['县政府', '全年无新增行政诉讼案件。', ['litigation.cases=0']],
  ['公安', '立案侦办各类刑事案件120起。', []],
  ['税务', '对12户企业实施税务稽查，查补税款560万元。', ['inspection.count=12']],
  ['税务', '全年开展“双随机、一公开”抽查1200户次，抽查结果100%公示。', ['inspection.count=1200']],
  ['应急管理', '开展安全生产执法检查2340次，责令停产整顿企业15家。', ['inspection.count=2340']],
  ['生态环境', '查处环境违法案件86件，移送行政拘留8件。', ['penalty.cases=86']],
  ['生态环境', '全年共作出行政处罚决定1126件，罚没金额3268.5万元，其中罚款3100万元。', ['penalty.cases=1126', 'penalty.forfeiture_yuan=32685000', 'penalty.fines_yuan=31000000']],
  ['税务', '作出不予处罚决定23件，减轻处罚决定11件。', ['penalty.lenient_cases=23', 'penalty.lenient_cases=11']],
  ['城市管理', '对23起轻微违法行为免予行政处罚。', ['penalty.lenient_cases=23']],
  ['司法局', '全年办理法律援助案件1860件，办理公证事项4500件。', []],
  ['公安', '行政机关负责人出庭应诉率达到100%，较上年提高5个百分点。', ['litigation.head_appearance_rate=100']],
  ['乡镇', '乡镇综合执法队全年办理行政处罚案件45件，罚款4.5万元。', ['penalty.cases=45', 'penalty.fines_yuan=45000']],
  ['乡镇', '镇政府作为被告的行政诉讼案件2件，均胜诉。', ['litigation.cases=2']],
  ['乡镇', '全镇共排查矛盾纠纷86起，化解84起，化解率97.7%。', ['mediation.cases=84']],
  ['乡镇', '受理信访事项32件，其中网上信访20件，来信5件，来访7件。', ['petition.cases=32', 'petition.cases=20', 'petition.cases=5', 'petition.cases=7']],
  ['县政府', '12345热线转办工单1.2万件，按期办结率99.5%。', ['hotline.tickets=12000']],
  ['县政府', '县政府法律顾问审查合同协议86份，提出法律意见建议200余条。', ['review.cases=86']],
  ['县政府', '对县政府出台的3件重大行政决策开展社会稳定风险评估。', ['decision.major=3']],
  ['县政府', '开展“八五”普法中期评估，完成2024年度行政执法统计年报。', []],
  ['教育', '全年共发放《民法典》宣传手册5000册。', ['publicity.materials=5000']],
  ['应急管理', '全年累计开展执法检查1560次，同比增长12%，发现问题隐患230处。', ['inspection.count=1560']],
  ['交通运输', '全年共办理交通运输行政处罚案件，罚款金额合计96.5万元。', ['penalty.fines_yuan=965000']],
  ['城市管理', '共下达责令改正通知书320份，评查案卷150卷。', []],
  ['司法局', '行政复议纠错率为8.3%。', []],
  ['自然资源', '全年土地卫片执法检查发现违法用地图斑45个。', []],
  ['县政府', '办理政府信息公开申请36件，均按期答复。', []],
  ['自然资源', '共查处非法采砂案件12起，没收违法所得8.6万元，罚款26万元。', ['penalty.cases=12', 'penalty.confiscated_yuan=86000', 'penalty.fines_yuan=260000']],
  ['教育', '开展校园周边环境专项整治行动5次，出动执法人员300人次。', []],
  ['农业农村', '开展农产品质量安全监督抽检680批次，合格率99.2%。', []],
  ['城市管理', '出动执法人员1.2万人次，检查企业3600家次。', ['inspection.count=3600']],
  ['县政府', '县委理论学习中心组开展法治专题学习4次。', ['training.sessions=4']],
  ['乡镇', '镇党委会议专题研究法治建设工作2次。', []],
  ['公安', '执法人员持证上岗率100%，全年新增执法证件56个。', []],
  ['司法局', '2024年，县政府共收到行政复议申请47件，同比下降6%。', ['reconsideration.cases=47']],
  ['交通运输', '全年查扣非法营运车辆120台次。', []],
  ['生态环境', '对5家企业实施按日连续处罚，罚款金额共计320万元。', ['penalty.fines_yuan=3200000']],
  ['税务', '全年受理涉税举报线索85件，均已办结。', ['complaint.cases=85']],
  ['公安', '受理群众投诉32起，查实5起。', ['complaint.cases=32']],
  // Third batch
  ['城市管理', '办理行政处罚案件共计123件。', ['penalty.cases=123']],
  ['交通运输', '合计罚没款人民币二十万元整。', ['penalty.forfeiture_yuan=200000']],
  ['司法局', '共办理行政复议案件23件（含上年结转3件）。', ['reconsideration.cases=23', 'reconsideration.cases=3']],
  ['司法局', '新收行政诉讼案件31件，审结28件。', ['litigation.cases=31']],
  ['乡镇', '我镇作为被告的行政诉讼案件3件，胜诉2件，尚在审理1件。', ['litigation.cases=3']],
  ['城市管理', '查处违法广告牌匾120处。', []],
  ['乡镇', '组织村（社区）“法律明白人”培训12期，培训860人次。', ['training.sessions=12', 'training.participants=860']],
  ['乡镇', '全县48名村（社区）法律顾问为群众提供法律咨询3200余次。', ['publicity.consultations=3200~over']],
  ['税务', '办理税收违法案件移送公安机关12件。', []],
  ['税务', '税务行政处罚“首违不罚”事项清单12项。', []],
  ['税务', '落实减税降费政策，为市场主体减负3.2亿元。', []],
  ['应急管理', '全年共对2368家企业开展执法检查，查处违法行为1052起，罚款1862.3万元。', ['inspection.count=2368', 'penalty.cases=1052', 'penalty.fines_yuan=18623000']],
  ['应急管理', '发生生产安全事故3起，死亡4人。', []],
  ['农业农村', '检查农资经营门店860家次，立案查处农资违法案件23起，挽回农民经济损失65万元。', ['inspection.count=860', 'penalty.cases=23']],
  ['生态环境', '配合中央生态环境保护督察，交办信访件86件，已办结86件。', ['petition.cases=86', 'petition.resolved=86']],
  ['县政府', '县政府常务会议审议重大行政决策事项12项。', ['decision.major=12']],
  ['县政府', '全县共有行政执法主体56个，执法人员1320名。', []],
  ['司法局', '全年共受理行政复议申请二十八件，依法受理二十五件，不予受理三件。', ['reconsideration.cases=28', 'reconsideration.cases=25']],
  ['司法局', '全年办结行政复议案件十九件，其中维持十二件，撤销三件。', ['reconsideration.closed=19', 'reconsideration.overturned=3']],
  ['司法局', '全市法院审结一审行政诉讼案件560件，行政机关败诉42件，败诉率7.5%。', ['litigation.cases=560', 'litigation.lost=42']],
  ['教育', '开展普法宣传活动一百二十余场次，发放宣传资料三万余份，受教育群众五万余人次。', ['publicity.events=120~over', 'publicity.materials=30000~over', 'publicity.audience=50000~over']],
  ['乡镇', '累计接待来访群众1200余人次，办理群众来信300余件。', ['petition.visitors=1200~over', 'petition.cases=300~over']],
  ['县政府', '针对群众反映强烈的12个突出问题开展专项整治。', []],
  ['城市管理', '全年共开展联合执法行动36次，出动执法人员1200人次。', []],
  ['司法局', '全县行政复议机构共收到行政复议申请56件，较上年增加12件。', ['reconsideration.cases=56']],
  ['自然资源', '罚没款共计一千二百三十四万元。', ['penalty.forfeiture_yuan=12340000']],
  ['公安', '查处问题12个，整改问题23个，处理处分5人。', []],
  ['县政府', '办理人大建议12件，政协提案8件。', []],
  ['县政府', '按照“721”工作法，柔性执法案件占比70%。', []],
  ['县政府', '全年共举办“法治大讲堂”6期。', ['training.sessions=6']],
  ['司法局', '重大执法决定法制审核56件，公平竞争审查文件36件，评查行政执法案卷200卷。', ['review.cases=56']],
  ['自然资源', '罚款及没收违法所得共计56万元。', []],
  ['生态环境', '全区共查处各类违法案件1,256件，罚没款合计523.6万元，其中罚款480.2万元，没收违法所得43.4万元。', ['penalty.cases=1256', 'penalty.forfeiture_yuan=5236000', 'penalty.fines_yuan=4802000', 'penalty.confiscated_yuan=434000']],
  ['乡镇', '全年接待群众来访86批次312人次，受理群众来信45件。', ['petition.cases=86', 'petition.visitors=312', 'petition.cases=45']],
  ['司法局', '共有3件行政复议案件被依法撤销。', ['reconsideration.overturned=3']],
  ['县政府', '有2件行政诉讼案件败诉。', ['litigation.lost=2']],
  ['县政府', '全年办理政府信息依申请公开36件。', []],
  // Fourth batch: zero statements and levels
  ['司法局', '全年未收到行政复议申请。', ['reconsideration.cases=0']],
  ['城市管理', '本年度未发生行政强制执行案件。', ['coercion.cases=0']],
  ['乡镇', '全年行政复议、行政诉讼案件均为零。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['乡镇', '行政诉讼败诉率为零，化整为零推进改革。', []],
  ['县政府', '全年未作出重大行政决策。', ['decision.major=0']],
  ['乡镇', '我镇2024年度无行政复议案件，无行政诉讼案件。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['县政府', '行政诉讼案件数量同比下降至12件。', ['litigation.cases=12']],
  ['应急管理', '全年作出行政强制措施决定12件，其中查封场所3件，扣押财物9件。', ['coercion.cases=12', 'coercion.cases=3', 'coercion.cases=9']],
  ['交通运输', '出动执法车辆560台次，执法人员2100人次。', []],
  // Fifth batch: whole sentences of several figures
  ['公安', '全年共受理行政案件2.1万起，查处1.9万起，查处违法行为人2.3万人。', ['penalty.cases=19000']],
  ['公安', '办理行政复议案件32起，行政诉讼案件15起，均无败诉。', ['reconsideration.cases=32', 'litigation.cases=15', 'litigation.lost=0']],
  ['生态环境', '共出动执法人员5600人次，检查企业2300家次，立案查处环境违法案件156件，处罚金额1250万元。', ['inspection.count=2300', 'penalty.cases=156', 'penalty.fines_yuan=12500000']],
  ['生态环境', '移送公安机关行政拘留案件12件，涉嫌环境污染犯罪案件3件。', []],
  ['自然资源', '全年发现土地违法行为86宗，立案查处45宗，结案40宗。', ['penalty.cases=45', 'penalty.closed=40']],
  ['教育', '全年开展“法治进校园”巡讲活动120场，覆盖师生5.6万人次。', ['publicity.events=120', 'publicity.audience=56000']],
  ['交通运输', '办理交通运输行政许可1.3万件，行政处罚案件860件。', ['license.cases=13000', 'penalty.cases=860']],
  ['城市管理', '查处违法建设行为236起，拆除违法建设面积3.5万平方米。', ['penalty.cases=236']],
  ['司法局', '全市行政复议机构共收到行政复议申请1,268件，同比上升23.5%，受理1,156件，审结1,089件，纠错率12.3%。', ['reconsideration.cases=1268', 'reconsideration.cases=1156', 'reconsideration.closed=1089']],
  ['司法局', '办理行政应诉案件386件，行政机关负责人出庭应诉率100%。', ['litigation.cases=386', 'litigation.head_appearance_rate=100']],
  ['司法局', '审查各类行政规范性文件86件，提出修改意见230条。', ['review.cases=86']],
  ['县政府', '县政府召开常务会议24次，会前学法24次。', ['training.sessions=24']],
  ['县政府', '清理涉及营商环境的规范性文件126件，废止6件，修订3件。', ['normative.documents=126', 'normative.documents=6', 'normative.documents=3']],
  ['县政府', '罚款收入用于发放补贴20万元，对拟作出罚款5万元以上的案件进行法制审核。', []],
  // Sixth batch: Chinese numerals, long breakdowns
  ['城市管理', '罚款一万二千元，没收违法所得八百元。', ['penalty.fines_yuan=12000', 'penalty.confiscated_yuan=800']],
  ['税务', '罚款壹万贰仟元。', ['penalty.fines_yuan=12000']],
  ['农业农村', '罚款二十万零五百元。', ['penalty.fines_yuan=200500']],
  ['自然资源', '罚没款一百二十三点五万元。', ['penalty.forfeiture_yuan=1235000']],
  ['生态环境', '受理信访件二百零三件。', ['petition.cases=203']],
  ['应急管理', '开展执法检查两千余次。', ['inspection.count=2000~over']],
  ['县政府', '结案1432件。其中，查办食品安全案件356件，药品案件89件，化妆品案件12件。', ['penalty.closed=1432', 'penalty.cases=356', 'penalty.cases=89', 'penalty.cases=12']],
  ['县政府', '行政处罚案件上年同期为98件。', ['penalty.cases=98']],
  ['司法局', '行政复议案件较去年的12件有所下降。', ['reconsideration.cases=12']],
  ['司法局', '上年结转行政复议案件3件。', ['reconsideration.cases=3']],
  ['县政府', '行政处罚案件数：120件；罚款金额：35.6万元。', ['penalty.cases=120', 'penalty.fines_yuan=356000']],
  ['公安', '组织执法资格考试培训2期，参训人数320人次。', ['training.sessions=2', 'training.participants=320']],
  ['税务', '落实包容审慎监管，为企业减负9.5万元。', []],
  ['农业农村', '查处违法案件12起，罚款3.6万元，发放农机购置补贴1200万元。', ['penalty.cases=12', 'penalty.fines_yuan=36000']],
  ['县政府', '行政处罚案件由上年的98件增加到120件。', ['penalty.cases=98', 'penalty.cases=120']],
  ['司法局', '行政复议案件由去年的20件降至12件。', ['reconsideration.cases=20', 'reconsideration.cases=12']],
  ['县政府', '全年办理行政许可、行政处罚、行政强制分别为120件、56件、3件。', ['license.cases=120', 'penalty.cases=56', 'coercion.cases=3']],
  ['司法局', '行政复议和行政诉讼案件分别同比增加2件和3件。', []],
  ['乡镇', '收到行政复议、行政诉讼案件各2件。', ['reconsideration.cases=2', 'litigation.cases=2']],
  ['县政府', '行政复议、行政诉讼案件均为1件。', ['reconsideration.cases=1', 'litigation.cases=1']],
  ['乡镇', '全年共办理群众来信来访及网上信访事项236件次。', ['petition.cases=236']],
  ['乡镇', '接待群众来访52批186人次。', ['petition.cases=52', 'petition.visitors=186']],
  ['县政府', '受理12345政务服务便民热线工单3.6万件，办结率99%。', ['hotline.tickets=36000']],
  ['乡镇', '通过“法律明白人”开展矛盾纠纷排查调处32次。', []],
  ['司法局', '发放普法资料1.5万余份，悬挂横幅30条。', ['publicity.materials=15000~over']],
  ['县政府', '法律顾问列席会议36次，出具法律意见书58份。', []],
  ['公安', '开展以案释法活动8场。', ['publicity.events=8']],
  ['教育', '举办“宪法宣传周”主题活动6场次。', ['publicity.events=6']],
  // Second round: the tricks of lists, breakdowns and outcomes.
  ['县政府', '全县共实施行政处罚2148件（其中简易程序1203件、普通程序945件），行政征收3215件，行政确认1024件。', ['penalty.cases=2148', 'penalty.cases=1203', 'penalty.cases=945']],
  ['县政府', '收到行政复议申请86件，受理78件，审结71件，其中维持52件、撤销6件、确认违法3件、驳回申请5件，调解终止5件。', [
    'reconsideration.cases=86', 'reconsideration.cases=78', 'reconsideration.closed=71', 'reconsideration.overturned=6', 'reconsideration.overturned=3',
  ]],
  ['县政府', '一审行政诉讼案件34件，败诉2件，败诉率5.9%。', ['litigation.cases=34', 'litigation.lost=2']],
  ['县政府', '全年受理行政复议申请30件。其中，不服行政处罚的12件，不服行政许可的8件。', ['reconsideration.cases=30', 'reconsideration.cases=12', 'reconsideration.cases=8']],
  ['县政府', '参加行政诉讼应诉案件12件，其中胜诉10件、败诉1件、调解撤诉1件。', ['litigation.cases=12', 'litigation.lost=1']],
  ['县政府', '受理行政复议申请和行政诉讼应诉案件共计15件。', []],
  ['市场监管', '查处食品安全违法案件356件，药品医疗器械案件89件，特种设备案件45件。', ['penalty.cases=356', 'penalty.cases=89', 'penalty.cases=45']],
  ['市场监管', '依法办理不予处罚案件23件、减轻处罚案件15件，为经营主体减免罚款41.2万元。', ['penalty.lenient_cases=23', 'penalty.lenient_cases=15', 'penalty.waived_yuan=412000']],
  ['市场监管', '适用“首违不罚”案件23件，免除罚款15万元。', ['penalty.lenient_cases=23', 'penalty.waived_yuan=150000']],
  ['市场监管', '作出罚款决定156件，罚款金额合计268万元。', ['penalty.fine_cases=156', 'penalty.fines_yuan=2680000']],
  ['市场监管', '共计罚没款项52.3万元，没收违法所得及罚款共计45万元。', ['penalty.forfeiture_yuan=523000']],
  ['市场监管', '受理消费者投诉举报1,256件次。', ['complaint.cases=1256']],
  ['行政审批', '全年作出行政许可决定1,235件，不予许可12件，撤销许可2件。', ['license.cases=1235']],
  ['行政审批', '共受理行政许可申请3,256件，准予许可3,201件。', ['license.cases=3256', 'license.cases=3201']],
  ['司法局', '聘请法律顾问2名，审查合同36份、规范性文件5件。', ['review.cases=36', 'review.cases=5']],
  ['司法局', '举办普法讲座20余场，参与群众1,500余人次。', ['publicity.events=20~over', 'publicity.audience=1500~over']],
  ['司法局', '开展法律咨询活动8次，接受法律咨询326人次。', ['publicity.events=8', 'publicity.consultations=326']],
  ['信访局', '今年共接待来信来访群众120批次350人次。', ['petition.cases=120', 'petition.visitors=350']],
  ['信访局', '全年共登记初信初访事项168件，及时受理率100%。', ['petition.cases=168']],
  ['县政府', '共办理市长热线、“12345”转办件1,856件，群众满意率98%。', ['hotline.tickets=1856']],
  ['应急管理', '办理行政处罚案件300余件以上，罚款金额超过1.2亿余元。', ['penalty.cases=300~over', 'penalty.fines_yuan=120000000~over']],
  ['应急管理', '执法人员专业素质有待提高，全局执法人员仅23人。', []],
  // Third round: words that hold a cue word, comparisons, breakdowns of other indicators.
  ['林业', '全年共检查木材经营加工单位326家次、林区道路卡点1500余次。', ['inspection.count=326', 'inspection.count=1500~over']],
  ['统计', '立案查处统计违法案件31件，其中提供不真实统计资料案件24件、拒报迟报统计资料案件7件。', ['penalty.cases=31', 'penalty.cases=24', 'penalty.cases=7']],
  ['民政', '受理行政许可事项586件，较2021年的503件增长16.5%。', ['license.cases=586', 'license.cases=503']],
  ['海事', '全年审核规范性文件及重大执法决定136件。', ['review.cases=136']],
  ['海事', '发生行政复议案件2起，其中1起撤销原行政处罚决定。', ['reconsideration.cases=2', 'reconsideration.overturned=1']],
  ['乡镇', '全年排查矛盾纠纷86起，成功调解82起。', ['mediation.cases=82']],
  ['开发区', '政务服务中心全年办理各类审批服务事项12.6万件，其中行政许可事项2.3万件。', ['license.cases=23000']],
  ['信访局', '（四）信访工作\n全年共受理286件，办结280件，接待389人次。', ['petition.cases=286', 'petition.resolved=280', 'petition.visitors=389']],
  ['县政府', '无规范性文件出台，无行政强制措施实施。', ['normative.documents=0', 'coercion.cases=0']],
  ['县政府', '全年行政强制零发生。', ['coercion.cases=0']],
  ['司法局', '未收到行政复议决定撤销的案件，也没有行政诉讼败诉案件。', ['reconsideration.overturned=0', 'litigation.lost=0']],
  ['县政府', '行政诉讼一审败诉1件、二审维持原判2件。', ['litigation.lost=1']],
  ['县政府', '法院判决驳回原告诉讼请求5件。', []],
  ['市场监管', '立案调查涉嫌违法案件11起、移送司法机关2起。', ['penalty.filed=11']],
  ['行政审批', '行政许可办件量比上年多1200件。', []],
  ['卫健', '设立卫生监督检查站3个、检查点12处，编制检查表模板8个。', []],
  ['乡镇', '处罚权下放后，乡镇共承接处罚事项38件。', []],
  ['司法局', '开展法治讲座二十余场，参学干部一千二百余人次。', ['training.sessions=20~over', 'training.participants=1200~over']],
  ['司法局', '发放《民法典》等普法宣传册3000余册、宣传单页8000余张。', ['publicity.materials=3000~over', 'publicity.materials=8000~over']],
  ['县政府', '12345热线工单量同比上升15.2%，全年达3.2万余件。', ['hotline.tickets=32000~over']],
  ['县政府', '信访部门受理来信来访3940件。12345热线受理群众诉求46.6万宗。', ['petition.cases=3940', 'hotline.tickets=466000']],
  ['司法局', '审核合同、规范性文件及重大行政决策等事项共计89件，其中规范性文件12件、合同65件、重大决策12件。', ['review.cases=89', 'review.cases=12', 'review.cases=65', 'review.cases=12']],
  ['司法局', '法制审核重大执法决定20件，其中行政处罚决定16件、行政许可决定4件。', ['review.cases=20', 'review.cases=16', 'review.cases=4']],
  ['司法局', '共有17件行政处罚案件被申请行政复议，其中15件被维持。', ['reconsideration.cases=17']],
  ['县政府', '2022年全县共办理行政处罚案件45件，2023年办理62件。', ['penalty.cases=45', 'penalty.cases=62']],
  ['公安', '举办全警法治轮训2期，覆盖民警300人次。', ['training.sessions=2', 'training.participants=300']],
  ['司法局', '对62件文件开展合法性审核。', ['review.cases=62']],
  ['教育', '全年办理教师资格认定2,135件。', ['license.cases=2135']],
  ['县政府', '组织党组理论学习中心组学习共8次，其中法治专题学习3次。', ['training.sessions=3']],
  ['生态环境', '罚款金额1.05亿元；按日连续处罚案件12件、限产、停产案件318件。', ['penalty.fines_yuan=105000000', 'penalty.cases=12']],
  ['司法局', '全年审查合同协议87份、出具法律意见书19份。', ['review.cases=87']],
  ['信访局', '领导干部下访接访56人次，化解信访问题12件。', ['petition.visitors=56', 'petition.resolved=12']],
  ['司法局', '案卷评查优秀率95%，抽查案卷120件。', []],
  ['农业农村', '（三）加强普法宣传，营造良好氛围\n开展“放心农资下乡”宣传周活动12场次，发放资料8000余份。', ['publicity.events=12', 'publicity.materials=8000~over']],
  ['司法局', '区司法局审核区政府规范性文件26件、合同协议143件。', ['review.cases=26', 'review.cases=143']],
  ['司法局', '开展规范性文件备案审查，备案规范性文件8件。', ['normative.documents=8']],
  ['司法局', '开展以案释法活动6场，覆盖群众500余人次。', ['publicity.events=6', 'publicity.audience=500~over']],
  ['司法局', '合法性审核规范性文件、重大决策分别为12件、3件。', ['review.cases=12', 'review.cases=3']],
  ['卫健', '组织法治专题培训3期，覆盖干部职工860余人次。全委现有在编人员142名，其中执法人员58名。', ['training.sessions=3', 'training.participants=860~over']],
  ['交通', '对8件重大行政决策事项开展合法性审查。', ['review.cases=8']],
  ['司法局', '全年审核区政府规范性文件26件、重大行政决策14件、行政协议37份。', ['review.cases=26', 'review.cases=14', 'review.cases=37']],
  ['司法局', '通过调解和解方式化解复议案件68件。', []],
  ['水务', '全年查处违法建设涉河项目12件，较上年增加6件。', ['penalty.cases=12']],
  ['人社', '查处劳动保障违法案件45件，其中，对拒不支付劳动报酬涉嫌犯罪的3起案件移送公安机关。', ['penalty.cases=45']],
  ['自然资源', '均经合法性审查；审查行政合同、招商协议等28份。', ['review.cases=28']],
  ['街道', '开展法治讲座3场，参加干部职工180人次。', ['training.sessions=3', 'training.participants=180']],
  ['教育', '检查校外培训机构一百零五家。', ['inspection.count=105']],
  ['县政府', '行政诉讼案件中，以区政府为被告的12件，以区直部门为被告的31件。', ['litigation.cases=12', 'litigation.cases=31']],
  ['司法局', '全年共有5件行政处罚决定被当事人申请行政复议，3件被提起行政诉讼。', ['reconsideration.cases=5', 'litigation.cases=3']],
  // Numerals, bounds, changes
  ['市场监管', '全年共立案查处两起违法案件。', ['penalty.cases=2']],
  ['司法局', '全年共办理两件行政复议案件，两宗行政诉讼案件。', ['reconsideration.cases=2', 'litigation.cases=2']],
  ['信访局', '一起研究化解信访积案的办法，做好每一件信访案件。', []],
  ['司法局', '全年受理信访件总数超过了200件，调解成功率约为90%。', ['petition.cases=200~over', 'mediation.success_rate=90~about']],
  ['市场监管', '全年罚款共计约合3.6万元。', ['penalty.fines_yuan=36000~about']],
  ['司法局', '全区人民调解成功率达98.5%。', ['mediation.success_rate=98.5']],
  ['司法局', '调解成功率较上年提高3.2个百分点，达到97%。', ['mediation.success_rate=97']],
  ['县政府', '行政机关负责人出庭应诉率由85%提高到100%。', ['litigation.head_appearance_rate=100']],
  ['县政府', '全年行政诉讼案件由32件下降至18件，行政复议案件从12件减少为8件。', ['litigation.cases=18', 'reconsideration.cases=8']],
  ['县政府', '执法队伍由12人组成。', []],
  ['市场监管', '结案3105件，罚没款4826.73万元，其中罚款3912.5万元、没收违法所得914.23万元；移送公安机关涉嫌犯罪案件47件。', ['penalty.closed=3105', 'penalty.forfeiture_yuan=48267300', 'penalty.fines_yuan=39125000', 'penalty.confiscated_yuan=9142300']],
  ['市场监管', '制定免罚清单，对87宗案件不予行政处罚。', ['penalty.lenient_cases=87']],
  ['教育', '共检查中小学校及幼儿园186所，在检查中发现问题12个。', ['inspection.count=186']],
  ['卫健', '对2起拒不履行处罚决定的案件依法申请人民法院强制执行。', ['coercion.cases=2']],
  ['信访局', '受理、办结信访事项分别为156件、150件。', ['petition.cases=156', 'petition.resolved=150']],
  ['县政府', '行政处罚案件由2022年的286件增至2023年的356件。', ['penalty.cases=286', 'penalty.cases=356']],
  ['信访局', '全年受理信访件156件，上年同期为148件。', ['petition.cases=156', 'petition.cases=148']],
  ['生态环境', '全年罚款金额同比增长12%，增加5.2万元，达到48.6万元。', ['penalty.fines_yuan=486000']],
  ['城管', '局本级全年作出行政处罚决定126件，各街道综合执法队作出行政处罚决定1260件，全区共计1386件。', ['penalty.cases=126', 'penalty.cases=1260', 'penalty.cases=1386']],
  ['司法局', '审核市、县规范性文件分别为12件、8件。', ['review.cases=12', 'review.cases=8']],
  ['司法局', '开展普法宣传活动和发放宣传资料分别达42场、8600份。', ['publicity.events=42', 'publicity.materials=8600']],
  ['司法局', '带头学法用法,主持召开党组会专题研究法治建设工作4次。', []],
  ['药监', '罚没款2,316.5万元,其中没收违法所得312.8万元,涉案货值1,045万元。', ['penalty.forfeiture_yuan=23165000', 'penalty.confiscated_yuan=3128000']],
  ['统计', '共审核普查表4.6万份。', []],
  ['知识产权', '办理专利侵权纠纷行政裁决案件42件。', []],
  ['市场监管', '全年立案查处各类案件327件，从案件类型看，食品安全案件31件、价格案件12件。', ['penalty.cases=327', 'penalty.cases=31', 'penalty.cases=12']],
  ['市场监管', '从全年看，共查处案件327件。', ['penalty.cases=327']],
  ['卫健', '全年立案查处非法行医、无证行医案件各5起。', ['penalty.cases=5', 'penalty.cases=5']],
  ['卫健', '全年组织会前学法十二次，组织党委理论学习中心组集体学习18次。', ['training.sessions=12']],
  ['司法局', '局长带头学法，组织党组理论学习中心组学习共8次，其中法治专题学习3次。', ['training.sessions=3']],
  ['水务', '全年立案查处违法案件158件，其中罚款金额312.4万元；责令停止违法行为并限期改正的违法行为73起。', ['penalty.cases=158', 'penalty.fines_yuan=3124000']],
  ['市场监管', '收到投诉举报案件3.2万件，由2021年的2.8万件增至3.2万件。', ['complaint.cases=32000', 'complaint.cases=28000']],
  ['县政府', '全年收到投诉举报、信访件、12345热线工单分别为1532件、86件、2741件。', ['complaint.cases=1532', 'petition.cases=86', 'hotline.tickets=2741']],
  ['县政府', '全年申请法院强制执行、作出行政处罚决定分别为7件、58件。', ['coercion.cases=7', 'penalty.cases=58']],
  ['信访局', '受理信访事项12件，物业纠纷人民调解化解352起。', ['petition.cases=12', 'mediation.cases=352']],
  ['住建', '检查建筑工地45个、预拌混凝土企业12家和燃气经营企业8家。', ['inspection.count=45', 'inspection.count=12', 'inspection.count=8']],
  ['司法局', '全年共有2件行政复议案件被复议机关撤销，行政复议决定撤销我局行政处罚决定1件。', ['reconsideration.overturned=2', 'reconsideration.overturned=1']],
  ['司法局', '全年行政诉讼胜诉8件，败诉1件。', ['litigation.lost=1']],
  ['市场监管', '全年作出行政处罚决定245件，其中警告68件、罚款163件、没收违法所得14件。', ['penalty.cases=245', 'penalty.cases=68', 'penalty.cases=163', 'penalty.cases=14']],
  ['司法局', '以区政府为被申请人的行政复议案件17件，以区政府部门为被申请人的23件。', ['reconsideration.cases=17', 'reconsideration.cases=23']],
  ['医保', '全年检查定点医药机构1386家，其中定点医疗机构421家、定点零售药店965家；查处违法违规机构287家，暂停医保服务协议12家，解除服务协议3家。', ['inspection.count=1386', 'inspection.count=421', 'inspection.count=965']],
  ['应急管理', '全省立案查处4127起，罚款2.86亿元；其中厅本级执法检查企业316家次，行政处罚43起。', ['penalty.cases=4127', 'penalty.fines_yuan=286000000', 'inspection.count=316', 'penalty.cases=43']],
  ['应急管理', '厅本级共收到行政复议申请5件，均已办结，无被撤销、变更或确认违法情形。', ['reconsideration.cases=5', 'reconsideration.overturned=0']],
  // 分别 after items that each carry a cue of their own
  ['信访局', '全年受理信访件、办结信访件分别为58件、56件。', ['petition.cases=58', 'petition.resolved=56']],
  ['市场监管', '全年作出行政处罚决定356件，其中警告、罚款分别为18宗、26宗。', ['penalty.cases=356', 'penalty.cases=18', 'penalty.cases=26']],
  ['市场监管', '全年查处案件、罚款金额分别同比增长12%、8%，分别达到420件、96万元。', ['penalty.cases=420', 'penalty.fines_yuan=960000']],
  ['司法局', '合法性审核规范性文件、重大决策、行政协议分别为12件、3件、20件。', ['review.cases=12', 'review.cases=3', 'review.cases=20']],
  // Petitions: visits counted in groups and in people, backlogs, channels
  ['信访局', '全年接待群众312批1034人次。', ['petition.cases=312', 'petition.visitors=1034']],
  ['信访局', '其中集体访3批47人次。', ['petition.cases=3', 'petition.visitors=47']],
  ['乡镇', '本年度越级上访0批次。', ['petition.cases=0']],
  ['信访局', '排查梳理信访积案43件，已化解38件。', ['petition.resolved=38']],
  ['信访局', '处理12345转办件4896件。', ['hotline.tickets=4896']],
  ['信访局', '全年受理信访事项1572件，从反映问题看，涉及城乡建设类412件、劳动社保类265件。', ['petition.cases=1572', 'petition.cases=412', 'petition.cases=265']],
  ['司法局', '全县调解矛盾纠纷1974件，防止民间纠纷转化为刑事案件12件。', ['mediation.cases=1974']],
  ['卫健', '妥善化解医疗投诉纠纷46起，其中通过诉讼途径解决5起。', ['mediation.cases=46', 'mediation.cases=5']],
  // Acts on the same things in a clause of their own
  ['行政审批', '全年受理行政许可申请1186件，办结1172件。', ['license.cases=1186', 'license.cases=1172']],
  ['县政府', '共清理规范性文件216件，继续有效138件，修改19件，废止59件。', ['normative.documents=216', 'normative.documents=138', 'normative.documents=19', 'normative.documents=59']],
  ['市场监管', '审核行政处罚案件234件。', ['review.cases=234']],
  ['市场监管', '对轻微违法行为免于处罚4起。', ['penalty.lenient_cases=4']],
  // Frequencies, investigations, accidents, problems filed, what is left
  ['排水', '对红色等级排水户实行每月检查一次，对绿色等级排水户实行每季度抽查一次。', []],
  ['消防', '加强火灾事故调查处理工作，全年受理火灾事故调查申请93起。', []],
  ['交警', '全年处理道路交通事故12.6万起，其中简易程序事故11.9万起。', []],
  ['信访局', '信访积案化解难度大，仍有1件积案未能彻底化解。', []],
  ['公安', '实现机动车检验标志核发等25项业务“跨省通办”。', []],
  ['人社', '全年主动监察用人单位3126户次。', ['inspection.count=3126']],
  ['水务', '全年查处水事违法案件42宗。按违法类型分：违法排水案件23宗、占用河道案件11宗。', ['penalty.cases=42', 'penalty.cases=23', 'penalty.cases=11']],
  ['城管', '全年办理城市建筑垃圾处置核准1873件、户外广告设置许可562件。', ['license.cases=1873', 'license.cases=562']],
  ['生态环境', '办理查封扣押案件17件、限产停产案件3件。', ['coercion.cases=17']],
  // Reconsideration and suits
  ['司法局', '（四）强化行政复议和应诉工作\n全年收到行政复议申请126件。\n已审结的案件中，撤销2件，确认违法1件。', ['reconsideration.cases=126', 'reconsideration.overturned=2', 'reconsideration.overturned=1']],
  ['司法局', '全年共收到行政复议申请57件，受理52件，结案49件。', ['reconsideration.cases=57', 'reconsideration.cases=52', 'reconsideration.closed=49']],
  ['司法局', '办理行政复议案件12件，其中调解结案4件。', ['reconsideration.cases=12']],
  ['司法局', '市政府新收行政复议申请1126件，加上旧存案件84件，全年共需办理1210件。', ['reconsideration.cases=1126', 'reconsideration.cases=1210']],
  ['政务公开', '因政府信息公开工作被申请行政复议3件，结果维持2件，结果纠正1件。', ['reconsideration.cases=3', 'reconsideration.overturned=1']],
  ['司法局', '以县政府为被申请人的行政复议案件8件，上级复议机关未作出纠错决定。', ['reconsideration.cases=8', 'reconsideration.overturned=0']],
  ['法院', '全市行政诉讼一审案件326件，二审案件74件。', ['litigation.cases=326', 'litigation.cases=74']],
  ['公安', '分局被提起行政诉讼5起。5起行政诉讼案件中，法院判决驳回原告诉讼请求3起，判决确认违法1起。', ['litigation.cases=5', 'litigation.lost=1']],
  ['司法局', '在本年度受理的18件行政复议案件中，维持12件。', ['reconsideration.cases=18']],
  ['人社', '（四）强化行政复议和应诉工作\n县劳动人事争议仲裁院全年受理劳动争议案件486件。', []],
  ['司法局', '收到行政复议申请85件。按案件类型分，涉及行政处罚的42件、涉及行政强制的11件。', ['reconsideration.cases=85', 'reconsideration.cases=42', 'reconsideration.cases=11']],
  ['卫健', '全年共发生行政诉讼案件5件，主要涉及医疗纠纷处理，其中已审结4件。', ['litigation.cases=5']],
  ['生态环境', '建立生态环境损害赔偿与检察公益诉讼衔接机制，全年启动生态环境损害赔偿案件11件。', []],
  ['林业', '组织全县林业执法人员参加法律知识培训，新申领执法证件12人。', []],
  ['县政府', '县政府对9项重大行政决策事项履行了法定程序。', ['decision.major=9']],
  ['市政府', '审核市政府部门规范性文件46件，审查区政府重大合同62份。', ['review.cases=46', 'review.cases=62']],
  ['医保', '全年对23件行政处罚案件全部进行法制审核。', ['review.cases=23']],
  ['乡镇', '乡政府法律顾问审查合同协议27份，参与信访、征迁等涉法事务处置15件。', ['review.cases=27']],
  ['人社', '全年受理信访件86件。通过调解方式化解劳动争议2974件。', ['petition.cases=86', 'mediation.cases=2974']],
  ['人社', '局长亲自协调，全年协调处置重大欠薪事件4起。', []],
  // Learning and publicity
  ['司法局', '（三）深入开展普法宣传\n全年开展法治文艺演出18场，观众约2.3万人次。召开普法工作推进会2次。', ['publicity.events=18', 'publicity.audience=23000~about']],
  ['司法局', '（三）深入开展普法宣传\n通过微信群转发普法信息2000余次，印发《民法典》口袋书5000册。', ['publicity.materials=5000']],
  ['司法局', '举办法治培训班3期，受训人员达500人次。开展普法宣传活动20场，解答法律问题360余人次。', ['training.sessions=3', 'training.participants=500', 'publicity.events=20', 'publicity.consultations=360~over']],
  ['司法局', '（三）深入开展普法宣传\n落实普法责任清单，带头旁听庭审1次。', []],
  ['民政', '全年检查社会组织60家，对40家社会组织开展“双随机”抽查。', ['inspection.count=60', 'inspection.count=40']],
  ['民政', '全年办理社会组织成立、变更、注销等行政许可177件。', ['license.cases=177']],
  ['审计', '本年度我局未实施行政强制。', ['coercion.cases=0']],
  ['统计', '确保对统计造假行为发现一起、查处一起。', []],
  ['环保', '组织环境行政处罚案件听证一起。', ['hearing.cases=1']],
  ['农业农村', '立案查处农资违法案件32起，其中假劣农药案件11起，捣毁窝点1个。', ['penalty.cases=32', 'penalty.cases=11']],
  ['农业农村', '县农村土地承包仲裁委员会受理仲裁案件3件。', []],
  ['商务', '全年对拟出台的7份政策措施文件开展公平竞争审查。', []],
  ['审计', '组织开展审计项目质量检查，抽查审计项目档案12个。', []],
  ['文旅', '在全省案卷评查中，1件案件入选全国文化市场综合执法重大案件。', []],
  ['住建', '成立检查组5个，组建5个联合检查组开展执法。', []],
  ['司法局', '复议维持4件，1件申请人撤回；行政诉讼案件2件。', ['litigation.cases=2']],
  ['市场监管', '对23起首次轻微违法行为不予处罚，对9起案件减轻处罚。', ['penalty.lenient_cases=23', 'penalty.lenient_cases=9']],
  ['交通', '检查营运车辆1.36万辆次。', ['inspection.count=13600']],
  ['司法局', '村（居）法律顾问为群众开展法治讲座860余场。', ['publicity.events=860~over']],
  ['政务公开', '因政府信息公开引发行政复议5件，其中维持3件、纠错1件、尚未审结1件。', ['reconsideration.cases=5', 'reconsideration.overturned=1']],
  ['生态环境', '涉及罚款金额2817.36万元，没收违法所得12万元。', ['penalty.fines_yuan=28173600', 'penalty.confiscated_yuan=120000']],
  ['司法局', '开展行政规范性文件清理，废止2件，现行有效37件。', ['normative.documents=2', 'normative.documents=37']],
  ['市场监管', '企业户均检查次数由3.2次降至1.5次，全年检查企业1.2万家次。', ['inspection.count=12000']],
  ['教育', '全年共查处违规校外培训案件19宗。', ['penalty.cases=19']],
  ['司法局', '行政复议案件3宗，其中复议机关决定维持2宗、申请人撤回申请终止审理1宗。', ['reconsideration.cases=3']],
  ['司法局', '发放各类普法宣传品3万余份。', ['publicity.materials=30000~over']],
  ['司法局', '全年审查区政府及区政府办公室规范性文件11件、合同协议143份。', ['review.cases=11', 'review.cases=143']],
  ['司法局', '审核后印发规范性文件3件。', ['normative.documents=3']],
  // Money
  ['市场监管', '全年罚款近百万元，罚没款逾亿元。', ['penalty.fines_yuan=1000000~under', 'penalty.forfeiture_yuan=100000000~over']],
  ['市场监管', '没收违法所得案件236件，没收金额919.95万元。', ['penalty.confiscated_yuan=9199500']],
  ['县政府', '全县减免罚款金额1126.3万元。其中，市场监管、交通运输部门罚没款分别为2108.6万元、1366.2万元。', ['penalty.waived_yuan=11263000', 'penalty.forfeiture_yuan=21086000', 'penalty.forfeiture_yuan=13662000']],
  ['自然资源', '非法占用耕地的，罚款额为每平方米100元以上1000元以下。', []],
  ['统计', '查处统计违法案件2件，罚款1.2万元至5万元不等。', ['penalty.cases=2']],
  ['税务', '对轻微违法行为不予处罚2.3万户次，少罚款约920万元。', ['penalty.waived_yuan=9200000~about']],
  ['市场监管', '全年查处违法案件15件，其中罚款案件11件、警告4件。', ['penalty.cases=15', 'penalty.fine_cases=11']],
  ['司法局', '全县共作出减免罚款决定425件。', ['penalty.lenient_cases=425']],
  ['烟草', '全年共查处各类涉烟违法案件186起，同比上升12.7%（2017年为165起）。', ['penalty.cases=186', 'penalty.cases=165']],
  ['应急管理', '立案查处违法行为63起，罚款398.2万元，同比分别增长53.7%和76.2%（2021年为41起、226万元）。', ['penalty.cases=63', 'penalty.fines_yuan=3982000', 'penalty.cases=41', 'penalty.fines_yuan=2260000']],
  // Another period's level after a change, or in a clause of its own
  ['司法局', '全年行政应诉案件同比减少40%，由上年的25件降至15件。', ['litigation.cases=25', 'litigation.cases=15']],
  ['信访局', '全年接待来访群众856人次，同比上升5.4%，上年同期为812人次。', ['petition.visitors=856', 'petition.visitors=812']],
  ['行政审批', '全年办理行政许可5632件，上年同期4980件。', ['license.cases=5632', 'license.cases=4980']],
  ['行政审批', '全年办理行政许可5632件，与上年（4980件）相比增长13.1%。', ['license.cases=5632', 'license.cases=4980']],
  ['自然资源', '办理行政诉讼案件58件，败诉3件，败诉率5.2%，较2024年的71件明显下降。', ['litigation.cases=58', 'litigation.lost=3']],
  // Averages and ranges count nothing
  ['市场监管', '全年罚款856万元，户均罚款1.2万元。', ['penalty.fines_yuan=8560000']],
  ['市场监管', '全年作出罚款决定136件，案均罚款2.3万元。', ['penalty.fine_cases=136']],
  ['市场监管', '全年开展行政检查5760家次，人均检查48家次。', ['inspection.count=5760']],
  ['司法局', '全年开展普法活动150场，场均覆盖群众200余人次。', ['publicity.events=150']],
  ['司法局', '执法人员人均办理行政处罚案件6件。', []],
  ['市场监管', '全年开展行政检查200至300次不等，合计3120次。', ['inspection.count=3120']],
  ['信访局', '集体访43批856人次，较上年的61批减少18批。', ['petition.cases=43', 'petition.visitors=856', 'petition.cases=61']],
  // Enforcement reports
  ['交通', '全年作出行政处罚决定186件。从地区分布看，柯城区38件、衢江区31件、江山市35件。', ['penalty.cases=186', 'penalty.cases=38', 'penalty.cases=31', 'penalty.cases=35']],
  ['卫健', '全年共作出行政处罚决定89件。按专业分，医疗卫生31件（其中非法行医9件），公共场所卫生27件，控烟4件。', ['penalty.cases=89', 'penalty.cases=31', 'penalty.cases=9', 'penalty.cases=27', 'penalty.cases=4']],
  ['农业', '全年共立案查处农业违法案件147件。从执法领域看，农资类案件52件，渔政案件（含长江流域禁捕）61件，屠宰类18件。', ['penalty.cases=147', 'penalty.cases=52', 'penalty.cases=61', 'penalty.cases=18']],
  ['综合执法', '全年共立案查处各类违法案件428件，办结412件。', ['penalty.cases=428', 'penalty.closed=412']],
  ['行政审批', '受理行政许可申请520件，办结518件。', ['license.cases=520', 'license.cases=518']],
  ['生态环境', '作出重大行政处罚决定（罚款20万元以上）46件，均经法制审核。', ['penalty.major_cases=46']],
  ['市场监管', '全年制定抽查计划28个。', []],
  // The less common indicators
  ['司法局', '减免罚款金额较上年的18.7万元增长，达到41.2万元。', ['penalty.waived_yuan=187000', 'penalty.waived_yuan=412000']],
  ['市场监管', '重大行政处罚案件从上年的9宗增加到今年的14宗。', ['penalty.major_cases=9', 'penalty.major_cases=14']],
  ['司法局', '审结行政复议案件较上年增加，达1024件。', ['reconsideration.closed=1024']],
  ['市场监管', '作出罚款处罚的案件321件。', ['penalty.fine_cases=321']],
  ['市场监管', '在查处的357起案件中，重大案件有24起、一般案件333起。', ['penalty.cases=357', 'penalty.major_cases=24']],
  ['县政府', '全市行政诉讼案件败诉率为零。', []],
  ['市场监管', '全年行政处罚立案2400余起，办结2380起。', ['penalty.filed=2400~over', 'penalty.closed=2380']],
  ['市场监管', '全年行政处罚案件办结2380起。', ['penalty.closed=2380']],
  ['城管', '实施强制拆除违法建设98宗。', ['coercion.cases=98']],
  ['县政府', '负责人出庭应诉比例为90%。', ['litigation.head_appearance_rate=90']],
  ['卫健', '开展普法宣传，覆盖医务人员1200余人次、群众500余人次。', ['publicity.audience=1200~over', 'publicity.audience=500~over']],
  ['司法局', '送法下乡活动惠及群众1万余人次。', ['publicity.audience=10000~over']],
  ['市场监管', '开展新《行政处罚法》专题培训，参训人员48名。', ['training.participants=48']],
  ['公安', '开展法治培训，覆盖执法人员300人次。', ['training.participants=300']],
  // Penalties in other words
  ['农业', '全市农业综合行政执法机构共办理案件1,108件。', ['penalty.cases=1108']],
  ['安监', '全年有216起违法案件被依法查处。', ['penalty.cases=216']],
  ['市场监管', '全年查处案件300件，其中罚款金额超过10万元的案件有128件。', ['penalty.cases=300', 'penalty.cases=128']],
  ['市场监管', '全年罚款逾百万元的案件共有3件。', []],
  ['应急管理', '依法适用轻微违法免罚清单办理案件27起，免于罚款金额约86万元。', ['penalty.lenient_cases=27', 'penalty.waived_yuan=860000~about']],
  ['烟草', '全市烟草系统查办案件总数二千一百三十六起。', ['penalty.cases=2136']],
  ['教育', '全年共查处校外培训违法违规案件二十余起。', ['penalty.cases=20~over']],
  ['城管', '全年申请人民法院强制执行行政处罚案件3件。', ['coercion.cases=3']],
  ['人社', '全年办理劳动争议仲裁案件320件。', []],
  ['教育', '开展“法治进校园”活动，全年举办法治讲座400余场，覆盖师生12.6万人次。', ['publicity.events=400~over', 'publicity.audience=126000']],
  ['教育', '全年组织干部职工参加法治讲座6场。', ['training.sessions=6']],
  ['市场监管', '全年办理行政处罚案件300件，其中吊销许可证3件、责令停产停业16件。', ['penalty.cases=300', 'penalty.cases=3', 'penalty.cases=16']],
  ['市场监管', '全年查处案件11起，警告6起，罚款5起。', ['penalty.cases=11', 'penalty.cases=6', 'penalty.cases=5']],
  ['市场监管', '全年查处案件11起，罚款12.5万元。', ['penalty.cases=11', 'penalty.fines_yuan=125000']],
  // Petitions, reconsideration and suits in other words
  ['信访局', '全年受理的信访件中，反映拖欠农民工工资问题的占43%，共计118件。', ['petition.cases=118']],
  ['信访局', '全年共办结网上信访件531件。', ['petition.resolved=531']],
  ['信访局', '市信访局全年共转送信访事项3847件。', []],
  ['信访局', '全年对重点信访事项挂牌督办84件。', []],
  ['信访局', '全年累计回访信访群众356人次。', []],
  ['市政府', '全年共收到8890便民服务平台派单312件。', ['hotline.tickets=312']],
  ['人社', '2021年，局机关涉诉行政案件共5件，均已结案。', ['litigation.cases=5']],
  ['人社', '2016年，区人社局被诉行政案件3件。', ['litigation.cases=3']],
  ['市政府', '2015年，市政府作为被告的一审行政案件131件，较2014年的85件增长54%。', ['litigation.cases=131', 'litigation.cases=85']],
  ['镇', '2017年，镇政府没有被诉行政案件。', ['litigation.cases=0']],
  ['县政府', '全年行政机关负责人出庭应诉64件，出庭应诉率达到96.9%。', ['litigation.head_appearance_rate=96.9']],
  ['县政府', '全年没有一起行政诉讼案件败诉。', ['litigation.lost=0']],
  ['县政府', '全年行政复议案件零纠错、行政诉讼案件零败诉。', ['reconsideration.overturned=0', 'litigation.lost=0']],
  ['县政府', '未发生行政复议决定不履行或者拖延履行的情况。', []],
  ['县政府', '未发生超期审结行政复议案件的情况。', []],
  ['县政府', '全年没有不予受理的行政复议申请。', []],
  ['县政府', '行政复议案件、行政诉讼案件、行政赔偿案件均未发生。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['司法局', '县法律援助中心全年办理法律援助案件356件，其中代理行政诉讼案件8件。', []],
  ['县政府', '行政机关负责人出庭应诉率未达到省定100%目标。', []],
  // Licences, reviews, documents and decisions in other words
  ['司法局', '共审核重大行政处罚决定23件、行政强制决定4件。', ['review.cases=23', 'review.cases=4']],
  ['生态环境', '作出重大行政处罚决定15宗，均经集体讨论决定。', ['penalty.major_cases=15']],
  ['镇', '本单位不涉及重大行政决策事项。', ['decision.major=0']],
  ['司法局', '召开合法性审查联席会议3次。', []],
  ['市场监管', '经审核，不予立案的案件12件。', []],
  ['县政府', '全年收到对重大决策的意见建议27件。', []],
  ['市场监管', '执法检查中抽取样品46个送检。', []],
  ['市场监管', '检查对象名录库入库市场主体8,960户。', []],
  ['行政审批', '全年共办理行政审批事项2,315项。', ['license.cases=2315']],
  ['行政审批', '梳理公布行政许可事项19项。', []],
  ['行政审批', '上年度办理行政许可事项876件，本年度为1,014件。', ['license.cases=876', 'license.cases=1014']],
  ['农业', '全年共立案查处农业违法案件147件，办结139件；没收非法捕捞网具等渔具312件（套）。从执法领域看，农资类案件52件，渔政案件61件。', ['penalty.cases=147', 'penalty.closed=139', 'penalty.cases=52', 'penalty.cases=61']],
  ['市场监管', '全年共立案查处各类违法案件428件，同比增长9.7%；办结412件，结案率96.3%。', ['penalty.cases=428', 'penalty.closed=412']],
  // Learning and publicity in other words
  ['司法局', '组织律师深入社区开展法治讲座28场次，参与居民1200余人。', ['publicity.events=28', 'publicity.audience=1200~over']],
  ['司法局', '全区村（居）法律顾问全年开展法治讲座460场。', ['publicity.events=460']],
  ['司法局', '开展“法治进校园”活动15场，受益师生8000余人次。', ['publicity.events=15', 'publicity.audience=8000~over']],
  ['司法局', '发放《民法典》单行本1200本。', ['publicity.materials=1200']],
  ['司法局', '发放普法宣传单页8000余张。', ['publicity.materials=8000~over']],
  ['司法局', '推送普法短视频30期，累计点击量约6万次。', []],
  ['人社', '党组理论学习中心组专题授课10期，全年集体学法7次。', ['training.sessions=7']],
  ['司法局', '深入开展“七五”普法，组织“法律六进”活动，举办各类法治讲座42场，受教育群众3.6万人次。', ['publicity.events=42', 'publicity.audience=36000']],
  ['司法局', '开展普法宣传活动5场，参加人员300余人次。', ['publicity.events=5', 'publicity.audience=300~over']],
  ['司法局', '开展法治培训3次，参加人员120人次。', ['training.sessions=3', 'training.participants=120']],
  ['市场监管', '全年共立案查处各类违法案件186件，结案171件。按案件类型分，食品类68件、价格类17件、其他101件。', ['penalty.cases=186', 'penalty.closed=171', 'penalty.cases=68', 'penalty.cases=17', 'penalty.cases=101']],
  ['交通', '合法性审核各类文件、合同、协议193件，其中厅规范性文件4件、重大行政决策事项5件。', ['review.cases=193', 'review.cases=4', 'review.cases=5']],
  ['司法局', '发生行政复议案件6件，其中维持4件、撤销1件、终止1件；行政诉讼案件3件。', ['reconsideration.cases=6', 'reconsideration.overturned=1', 'litigation.cases=3']],
  ['开发区', '不予处罚21件、从轻减轻处罚13件，减免金额24.8万元。', ['penalty.lenient_cases=21', 'penalty.lenient_cases=13', 'penalty.waived_yuan=248000']],
  ['生态环境', '立案查处环境违法案件418宗。其中适用《环境保护法》配套办法案件62宗。', ['penalty.cases=418']],
  ['县政府', '将部分行政处罚权赋予12个乡镇（街道）行使。', []],
  ['司法局', '行政处罚裁量基准涵盖32个领域。', []],
  ['市场监管', '全年查处违法案件4个。', ['penalty.cases=4']],
  ['司法局', '全年适用免罚清单办理案件一百二十六件，适用减罚清单办理案件四十三件。', ['penalty.lenient_cases=126', 'penalty.lenient_cases=43']],
  ['城管', '采取行政强制措施同比下降21.3%，仅为38宗。', ['coercion.cases=38']],
  ['文旅', '立案查处违法案件57件，结案55件。其中，网吧案件19件、旅行社案件12件。', ['penalty.cases=57', 'penalty.closed=55', 'penalty.cases=19', 'penalty.cases=12']],
  ['司法局', '全年未新制定规范性文件。', ['normative.documents=0']],
  ['交警', '发放宣传材料1.8万份。', ['publicity.materials=18000']],
  ['自然资源', '全年未因信息公开问题引发行政复议或行政诉讼。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['市场监管', '现行有效的规范性文件共19件，经评估继续有效17件、拟修订2件。', ['normative.documents=19', 'normative.documents=17', 'normative.documents=2']],
  ['生态环境', '全年受理信访投诉2863宗，办结2863宗。其中来信112宗、网络投诉2675宗。', ['petition.cases=2863', 'petition.resolved=2863', 'petition.cases=112', 'petition.cases=2675']],
  ['司法局', '对企业免于处罚1846件，不予处罚金额约2600万元。', ['penalty.lenient_cases=1846', 'penalty.waived_yuan=26000000~about']],
  ['司法局', '对42份行政合同、15件规范性文件进行了合法性审查。', ['review.cases=42', 'review.cases=15']],
  ['应急管理', '坚持处罚与教育相结合，共有2个案件实施了减免责措施。', ['penalty.lenient_cases=2']],
  ['开发区', '审核管委会合同协议、招商引资项目协议等217份。', ['review.cases=217']],
  ['生态环境', '全年组织执法人员法律知识和业务培训不少于10场。', ['training.sessions=10~over']],
  ['生态环境', '对67宗重大行政处罚决定进行法制审核，审核率100%。', ['review.cases=67']],
  ['县政府', '2015年，全县行政诉讼案件28件，县政府作为被告的9件，败诉2件。', ['litigation.cases=28', 'litigation.cases=9', 'litigation.lost=2']],
  ['市场监管', '2019年，全年收到行政复议申请31件，涉及市场监管类12件。', ['reconsideration.cases=31', 'reconsideration.cases=12']],
  ['市场监管', '全年受理投诉举报456件，比上年的320件有所增加。', ['complaint.cases=456', 'complaint.cases=320']],
  ['司法局', '市司法局审查市级部门报送备案的规范性文件21件，对存在问题的4件提出修改意见。', ['review.cases=21']],
  // Money in other words
  ['市场监管', '将罚款标准由5000元提高至2万元。', []],
  ['生态环境', '罚款上限提高至1亿元。', []],
  ['市场监管', '依法退还多收罚款0.25万元。', []],
  ['税务', '退还当事人罚没款5.6万元。', []],
  ['市场监管', '全年行政处罚金额共计2.35亿元。', ['penalty.fines_yuan=235000000']],
  ['市场监管', '全年罚款由上年的120万元增加到186万元。', ['penalty.fines_yuan=1200000', 'penalty.fines_yuan=1860000']],
  // Governments' reports
  ['市政府', '12345热线受理群众来电11.6万个。', ['hotline.tickets=116000']],
  ['街道', '街道信访办化解信访积案8件。街道人民调解委员会共调解各类纠纷653宗，成功化解641宗。', ['petition.resolved=8', 'mediation.cases=653', 'mediation.cases=641']],
  ['街道', '街道法律顾问全年审核合同、协议等法律文件94份，审查重大行政决策3项。', ['review.cases=94']],
  ['区政府', '区政府常务会议会前学法11次。全区89个村（社区）法律顾问全年开展法治讲座356场次。', ['training.sessions=11', 'publicity.events=356']],
  // Counts that are no figures
  ['人社', '市劳动人事争议仲裁院立案受理仲裁案件865件，结案812件，结案率93.9%。', []],
  ['司法局', '全年法律援助案件结案560件。', []],
  ['卫健', '医疗纠纷调解委员会受理纠纷127起，结案119起。', ['mediation.cases=127']],
  ['办公室', '印发非规范性文件210件。', []],
  ['司法局', '规范性文件备案审查无被纠错情况。', []],
  ['教育', '发生行政复议案件2件，行政诉讼案件1件，均未被纠错。', ['reconsideration.cases=2', 'litigation.cases=1', 'reconsideration.overturned=0']],
  ['交通', '局党组理论学习中心组全年开展集中学习14次，其中专题学习习近平法治思想3次。', ['training.sessions=3']],
  ['农业', '全年依法实施查封、扣押9件，未发生违法实施行政强制的情况。', ['coercion.cases=9']],
  ['信访局', '全年共受理群众信访事项1287件、2354人次。', ['petition.cases=1287', 'petition.visitors=2354']],
  ['司法局', '全年制定规范性文件10至20件不等，共计156件。', ['normative.documents=156']],
  ['市场监管', '单案罚款金额在2000元至5万元之间。', []],
  // Brackets right after a count
  ['司法局', '全年行政应诉案件15件（一审9件、二审6件）。', ['litigation.cases=15', 'litigation.cases=9', 'litigation.cases=6']],
  ['司法局', '全年举办行政执法培训2期（120人次）。', ['training.sessions=2', 'training.participants=120']],
  ['卫健', '处理各类行政案件3起（行政复议1起，听证2起），制作相关法律文书80余份。', ['reconsideration.cases=1', 'hearing.cases=2']],
  ['司法局', '被申请行政复议5件（维持4件、终止1件），行政诉讼2件（驳回原告诉讼请求2件）。', ['reconsideration.cases=5', 'litigation.cases=2']],
  // Grassroots and older reports
  ['街道', '全年未以街道名义制发规范性文件。', ['normative.documents=0']],
  ['街道', '组织综合行政执法队员、网格员开展法律业务培训4期，培训180人次。', ['training.sessions=4', 'training.participants=180']],
  ['城管', '开展巡查312次，其中夜间巡查40次，依法拆除违法建筑17处。', ['inspection.count=312', 'inspection.count=40']],
  ['安监', '全年共检查生产经营单位4315家次，其中市本级立案查处62起；责令停产停业整顿企业47家。', ['inspection.count=4315', 'penalty.cases=62']],
  ['开发区', '行政应诉案件5件，其中3件已审结，均未败诉，其余2件尚在审理中。', ['litigation.cases=5', 'litigation.lost=0']],
  ['开发区', '行政诉讼案件6件，其中一审判决驳回原告诉讼请求4件，另2件尚在审理中。', ['litigation.cases=6']],
  ['林场', '本单位无民事诉讼案件。', []],
  ['安监', '制定监督检查计划，将2846家企业纳入检查对象库。', []],
  ['县政府', '将3个事项纳入重大行政决策目录。', ['decision.major=3']],
  ['食药监', '罚没款总额578.64万元，其中罚款536.21万元、没收违法所得42.43万元，案值合计1132.5万元。', ['penalty.forfeiture_yuan=5786400', 'penalty.fines_yuan=5362100', 'penalty.confiscated_yuan=424300']],
  ['市政府', '共清理市政府规范性文件236件，宣布废止41件。', ['normative.documents=236', 'normative.documents=41']],
  ['国土', '对31名新进执法人员开展岗前法律知识培训。', ['training.participants=31']],
  ['市场监管', '制定18个领域轻微违法行为不予处罚清单。', []],
  ['交通', '局长在局党组理论学习中心组集体学法时作专题发言2次。', []],
  // Provincial departments, county governments, city bodies (a later round)
  ['省直', '全省系统适用“首违不罚”办理案件3108件。', ['penalty.lenient_cases=3108']],
  ['省直', '全年办理网上信访件905件。', ['petition.cases=905']],
  ['省直', '开展“法律明白人”培训班47期，培训农村学法用法示范户3600余人。', ['training.sessions=47', 'training.participants=3600~over']],
  ['县政府', '群众走访511批1,436人次。', ['petition.cases=511', 'petition.visitors=1436']],
  ['县政府', '县法制办对乡镇政府和县直部门报送备案的规范性文件审查11件，纠正2件。', ['review.cases=11']],
  ['县政府', '全年制定出台县政府规范性文件6件，均经合法性审查，报送市政府和县人大常委会备案6件。', ['normative.documents=6']],
  ['县政府', '组织全区1,400余名行政执法人员开展执法资格培训和考试。', ['training.participants=1400~over']],
  ['司法局', '全年受理行政复议申请1,087件，按被申请人分，区（县、市）政府247件，市直部门512件，乡镇（街道）328件。', ['reconsideration.cases=1087', 'reconsideration.cases=247', 'reconsideration.cases=512', 'reconsideration.cases=328']],
  ['城管', '数字城管平台立案4.87万件，结案4.79万件，结案率97.3%。', []],
  ['邮政', '全年办理快递业务经营许可及变更事项214件。', ['license.cases=214']],
  ['司法局', '全年罚没款百余万元。', ['penalty.forfeiture_yuan=1000000~over']],
  ['民政', '接待来访（含集体访2批）15批46人次。', ['petition.cases=15', 'petition.visitors=46', 'petition.cases=2']],
  ['民政', '行政处罚案件（含简易程序2件）5件。', ['penalty.cases=5', 'penalty.cases=2']],
  ['民政', '受理信访事项146件，依法受理政府信息公开申请3件。', ['petition.cases=146']],
  ['退役军人', '依法审核退役士兵安置申请26件。', []],
  ['医保', '全年稽核定点医药机构230家次。', ['inspection.count=230']],
  ['医保', '集中学法4次，参加执法资格考试3人。', ['training.sessions=4']],
  ['司法局', '组织开展涉企行政执法专项监督检查，对26个市级执法部门开展全覆盖检查。', []],
  ['市场监管', '对政策措施开展公平竞争审查抽查评估，抽查文件420件。', []],
  ['应急', '力争每家企业每年现场检查次数不超过2次。', []],
  ['统计', '全年对43家调查对象开展统计执法检查，其中随机抽取34家、对有关部门提供线索的9家进行重点检查。', ['inspection.count=43', 'inspection.count=34', 'inspection.count=9']],
  ['市政府', '全市共收到行政复议申请1.27万件，数量首次超过一审行政诉讼案件；受理1.12万件，审结1.05万件，直接纠错1390件。', ['reconsideration.cases=12700', 'reconsideration.cases=11200', 'reconsideration.closed=10500', 'reconsideration.overturned=1390']],
  ['省政府', '全区共清理规范性文件8600余件，废止、宣布失效617件，修改243件。', ['normative.documents=8600~over', 'normative.documents=617', 'normative.documents=243']],
  ['省政府', '省司法厅对报送备案的规范性文件逐件审查，全年审查备案文件1058件。', ['review.cases=1058']],
  ['省政府', '全省信访系统受理信访事项21.4万件。12345政务服务便民热线全年受理群众诉求2386万件。', ['petition.cases=214000', 'hotline.tickets=23860000']],
  ['省政府', '林业和草原部门查处破坏草原、林地违法案件3180起。', ['penalty.cases=3180']],
  ['省政府', '全年培训行政复议人员不少于500人次。', ['training.participants=500~over']],
  ['开发区', '办理行政许可42件，其中新设立9件、终止4件。', ['license.cases=42', 'license.cases=9', 'license.cases=4']],
  ['交通', '全年办理行政许可1847件（含从业资格证审核发放1215件）。', ['license.cases=1847', 'license.cases=1215']],
  ['教体局', '各学校开展宪法晨读、模拟法庭等法治主题教育活动560余场次，覆盖师生逾12万人次。', ['publicity.events=560~over', 'publicity.audience=120000~over']],
  ['教体局', '二是校外培训监管执法力量不足，全局仅有执法人员6名。', []],
  ['卫健', '查处公共场所、生活饮用水、职业卫生等各类卫生违法案件共63宗。', ['penalty.cases=63']],
  ['人社', '全年受理劳动人事争议案件638件，结案612件。', []],
  ['环保', '全年下达行政处罚决定书186宗。', ['penalty.cases=186']],
  ['统计', '2.行政处罚数量以作出行政处罚决定书的数量为准，一案多罚的计为1件。', []],
  ['乡镇', '镇政府法律顾问全年审查村规民约16件。', ['review.cases=16']],
  ['县政府', '全年以县政府名义印发行政规范性文件3件，以县政府办公室名义印发5件，均报市政府备案。', ['normative.documents=3', 'normative.documents=5']],
  ['市政府', '全年市政府收到行政复议申请76件，作出复议决定61件。', ['reconsideration.cases=76', 'reconsideration.closed=61']],
  ['县政府', '一审行政诉讼案件共134件，其中县政府作为被告的38件；法院已审结112件，行政机关败诉6件。', ['litigation.cases=134', 'litigation.cases=38', 'litigation.lost=6']],
  ['县政府', '未发生因政府信息公开被纠错的行政复议和行政诉讼案件。', []],
  ['县政府', '县长带头参加会前学法，带头出庭应诉1次。', []],
  ['生态环境', '对罚款10万元以上等重大执法决定全部进行法制审核。', []],
  ['街道', '对各社区修订的居民公约审查11件。', ['review.cases=11']],
];

describe('held-out probes', () => {
  it('a mention in a plans section does not run over its heading', () => {
    const source = '三、2024年工作计划\n\n计划开展法治培训不少于4次。';
    const found = findMentions(normalise(source), []).map((m) => source.slice(m.start, m.end));
    expect(found).toEqual(['法治培训不少于4次']);
  });

  it('a cue inside quote marks takes the opening mark into the mention', () => {
    const source = '开展“送法下乡”活动15次。';
    expect(findMentions(normalise(source), []).map((m) => source.slice(m.start, m.end))).toEqual(['“送法下乡”活动15次']);
  });
  it('a year or a period since a year that opens the clause is taken into the mention, so the headline sees it', () => {
    const source = '2022年，本局共办理行政复议案件9件。2021年以来，共收到信访将近500宗。';
    expect(findMentions(normalise(source), []).map((m) => source.slice(m.start, m.end))).toEqual([
      '2022年，本局共办理行政复议案件9件',
      '2021年以来，共收到信访将近500宗',
    ]);
  });

  it('gives money said after a later count of a kind of cases that kind as its subject, so that the headline keeps the year\'s fines', () => {
    const report = extract('某局2023年法治政府建设年度报告\n一、主要工作\n全年共查处违法案件1862起，罚款318.45万元。查处出租车违规案件52起，罚款金额合计9.4万元。\n');
    if ('error' in report) throw new Error(report.error.message);
    expect(report.metrics.map((m) => [m.value, m.subject])).toEqual([
      [1862, null],
      [3184500, null],
      [52, '出租车违规案件'],
      [94000, '出租车违规案件'],
    ]);
    expect(report.headline['penalty.fines_yuan']?.value).toBe(3184500);
  });

  it('takes a procedure named just before the cue as the kind of its cases', () => {
    const found = findMentions(normalise('办理一般程序行政处罚案件86件；适用简易程序处罚1826件。'), []).map((m) => [m.value, m.subject]);
    expect(found).toEqual([
      [86, '一般程序'],
      [1826, '简易程序'],
    ]);
  });

  it('reads a year\'s part of a total over years as that year\'s figure, and the headline takes it', () => {
    const report = extract('某局2023年法治政府建设年度报告\n一、主要工作\n2021年至2023年，累计发生行政诉讼案件17件，其中2023年6件。\n');
    if ('error' in report) throw new Error(report.error.message);
    expect(report.metrics.map((m) => [m.value, m.text])).toEqual([
      [17, '2021年至2023年，累计发生行政诉讼案件17件'],
      [6, '2023年6件'],
    ]);
    expect(report.headline['litigation.cases']?.value).toBe(6);
  });

  it('bounds a zero statement by the cause it names, so that the body\'s own figure stays the headline', () => {
    const report = extract('全年以管委会为被申请人的行政复议案件3件。未发生因政府信息公开引发的行政复议和诉讼。');
    if ('error' in report) throw new Error(report.error.message);
    expect(report.metrics.map((m) => [m.indicator, m.value, m.subject])).toEqual([
      ['reconsideration.cases', 3, '以管委会为被申请人'],
      ['reconsideration.cases', 0, '政府信息公开'],
      ['litigation.cases', 0, '政府信息公开'],
    ]);
    expect(report.headline['reconsideration.cases']?.value).toBe(3);
  });

  it('bounds a zero statement by the level of the body that opens its clause', () => {
    const found = findMentions(normalise('全县行政诉讼一审收案39件。局本级未发生行政诉讼案件。'), []).map((m) => [m.value, m.subject]);
    expect(found).toEqual([
      [39, '一审收案'],
      [0, '局本级'],
    ]);
  });

  it('keeps a range of years out of the headline, in whatever form it is written', () => {
    const report = extract('某局2022年法治政府建设年度报告\n一、主要工作\n立案处罚67起，罚款金额213.5万元。2019—2022年累计罚款516.9万元。2020年至2022年，我局累计受理信访事项1,020件。2022年全年受理信访件318件。上年度，以分局为被申请人的行政复议案件为15件。本年度，以分局为被申请人的行政复议案件为11件。\n');
    if ('error' in report) throw new Error(report.error.message);
    expect(Object.fromEntries(Object.entries(report.headline).map(([k, v]) => [k, v.value]))).toMatchObject({
      'penalty.fines_yuan': 2135000,
      'petition.cases': 318,
      'reconsideration.cases': 11,
    });
  });

  it('names the channels of petitions as their kinds, so that the headline takes their sum', () => {
    const report = extract('某县信访局2023年法治政府建设情况报告\n一、主要工作\n全年来信214件、来访503批、网上信访569件，合计受理信访事项1286件。\n');
    if ('error' in report) throw new Error(report.error.message);
    expect(report.metrics.map((m) => [m.value, m.subject])).toEqual([
      [214, '来信'],
      [503, '来访'],
      [569, '网上信访'],
      [1286, null],
    ]);
    expect(report.headline['petition.cases']?.value).toBe(1286);
  });

  it('a channel of petitions joined to others names them all, alone names a kind of them', () => {
    const source = '全年受理群众来信来访和网上信访事项共计986件次，其中来信214件，网上信访件305件。';
    expect(findMentions(normalise(source), []).map((m) => [m.value, m.subject])).toEqual([
      [986, null],
      [214, '来信'],
      [305, '网上信访'],
    ]);
  });

  it('a level named after 其中 is the subject of each clause of the part', () => {
    const source = '全省立案查处4127起，罚款2.86亿元；其中厅本级执法检查企业316家次，行政处罚43起，罚款1089.6万元。';
    expect(findMentions(normalise(source), []).map((m) => [m.value, m.subject])).toEqual([
      [4127, null],
      [286000000, null],
      [316, '企业'],
      [43, '厅本级'],
      [10896000, '厅本级'],
    ]);
  });

  it('takes the total that adds up the parts before it, and the level reached in the report\'s year, as the headline', () => {
    const report = extract('某区城管局2023年法治政府建设情况报告\n一、主要工作\n局本级全年作出行政处罚决定126件，各街道综合执法队作出行政处罚决定1260件，全区共计1386件。负责人出庭应诉率由2022年的92.3%提高到2023年的100%。“十四五”以来，累计罚款3260万元。\n');
    const headline = 'error' in report ? {} : report.headline;
    expect(Object.fromEntries(Object.entries(headline).map(([id, h]) => [id, h.value]))).toEqual({ 'penalty.cases': 1386, 'litigation.head_appearance_rate': 100 });
  });

  it('a report of another year keeps the figure that opens with that year out of its headline', () => {
    const report = extract('某局2023年法治政府建设情况报告\n一、主要工作\n2022年，本局共办理行政复议案件9件。全年共查处行政处罚案件12件。\n');
    expect('error' in report ? null : report.headline).toEqual({ 'penalty.cases': { value: 12, mention: 1 } });
  });

  for (const [department, text, expected] of PROBES) {
    it(`${department}: ${text}`, () => expect(mentions(text)).toEqual(expected));
  }
});
