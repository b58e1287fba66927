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
  ['乡镇', '全镇共排查矛盾纠纷86起，化解84起，化解率97.7%。', ['mediation.cases=84', 'mediation.success_rate=97.7']],
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
  ['司法局', '共办理行政复议案件23件（含上年结转3件）。', ['reconsideration.cases=23']],
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
  ['自然资源', '罚款及没收违法所得共计56万元。', ['penalty.forfeiture_yuan=560000']],
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
  ['司法局', '上年结转行政复议案件3件。', []],
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
  ['县政府', '全县便民服务热线（0571-12345）全年受理群众诉求约2.7万件。', ['hotline.tickets=27000~about']],
  ['信访局', '组织干部参加《信访工作条例》专题培训3期、85人次。', ['training.sessions=3', 'training.participants=85']],
  ['公安', '选派民警担任中小学法治副校长1280人。', []],
  ['乡镇', '全年开展森林草原防火巡查3600余次。', []],
  ['卫健', '对重大医疗纠纷、群众反映集中的问题亲自督办8件。', []],
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
  ['行政审批', '全年作出行政许可决定1,235件，不予许可12件，撤销许可2件。', ['license.cases=1235', 'license.cases=12']],
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
  ['信访局', '全年共受理信访件262件（其中群体访19批次386人次）。', ['petition.cases=262', 'petition.cases=19', 'petition.visitors=386']],
  ['公安', '以我局为被告的行政诉讼案件5件，其中一审判决驳回诉讼请求3件，原告撤诉1件，尚在审理1件。', ['litigation.cases=5']],
  ['司法局', '行政复议案件8件，其中维持5件，正在审理中2件，撤销1件。', ['reconsideration.cases=8', 'reconsideration.overturned=1']],
  ['司法局', '（一）行政复议工作\n全年收案263件，审结250件。', ['reconsideration.cases=263', 'reconsideration.closed=250']],
  ['司法局', '（二）行政应诉工作\n全年收案57件，败诉3件。', ['litigation.cases=57', 'litigation.lost=3']],
  ['市场监管', '二、行政处罚情况\n从处罚种类看，警告、通报批评417件，占15.5%；罚款2018件，占74.9%；没收违法所得、没收非法财物156件；暂扣、吊销许可证件21件；责令停产停业9件。', ['penalty.cases=417', 'penalty.cases=2018', 'penalty.cases=156', 'penalty.cases=21', 'penalty.cases=9']],
  ['市场监管', '作出行政处罚1200件，其中警告300件；罚款800件；没收违法所得100件。', ['penalty.cases=1200', 'penalty.cases=300', 'penalty.cases=800', 'penalty.cases=100']],
  ['市场监管', '查处价格违法案件8件，无证无照经营案件5件，虚假宣传和违法广告案件3件，网络交易案件2件。', ['penalty.cases=8', 'penalty.cases=5', 'penalty.cases=3', 'penalty.cases=2']],
  ['市场监管', '全年收到行政复议申请41件，维持28件；涉诉行政案件12件，审结10件，败诉1件。', ['reconsideration.cases=41', 'litigation.cases=12', 'litigation.lost=1']],
  ['司法局', '因当事人撤回等原因终止调解8874件。', []],
  ['司法局', '调解成功1500件，调解不成功的1200件。', ['mediation.cases=1500']],
  ['县政府', '全县共办理行政处罚案件1532件，罚没款864.27万元，去年同期分别为1389件、712.5万元。', ['penalty.cases=1532', 'penalty.forfeiture_yuan=8642700', 'penalty.cases=1389', 'penalty.forfeiture_yuan=7125000']],
  ['司法局', '受理行政复议申请58件、行政诉讼案件37件，上年分别为43件和45件。', ['reconsideration.cases=58', 'litigation.cases=37', 'reconsideration.cases=43', 'litigation.cases=45']],
  ['市场监管', '受理服务类投诉14383件，主要集中在餐饮住宿服务（3125件）、美容美发服务（2674件）。', ['complaint.cases=14383', 'complaint.cases=3125', 'complaint.cases=2674']],
  ['市场监管', '查处各类案件120件，其中食品（45件）、特种设备（12件）。', ['penalty.cases=120', 'penalty.cases=45', 'penalty.cases=12']],
  ['街道', '组织社区干部参加法治专题讲座3场。', ['training.sessions=3']],
  ['街道', '组织群众参加法治讲座12场。', ['publicity.events=12']],
  ['市场监管', '作出行政处罚决定1537宗（简易程序612宗，一般程序925宗）。一般程序案件中，警告并处罚款案件748宗，吊销许可证件8宗，责令停产停业2宗。', ['penalty.cases=1537', 'penalty.cases=612', 'penalty.cases=925', 'penalty.cases=748', 'penalty.cases=8', 'penalty.cases=2']],
  ['街道', '（一）深入学习贯彻习近平法治思想\n党工委理论学习中心组开展学习13次，其中法治专题学习2次。', ['training.sessions=2']],
  ['街道', '（一）抓牢学法用法\n街道党工委会议“第一议题”学习46次。', []],
  ['街道', '（一）抓牢学法用法\n全年组织干部集中学习12次。', ['training.sessions=12']],
  ['市场监管', '全年受理商品类投诉16892件，排名前三的为食品（4526件）、家用电子电器（2218件）和服装鞋帽（1967件）。', ['complaint.cases=16892', 'complaint.cases=4526', 'complaint.cases=2218', 'complaint.cases=1967']],
  ['信息公开', '因政府信息公开工作引发行政复议5件、行政诉讼3件，其中行政复议被纠错1件。', ['reconsideration.cases=5', 'litigation.cases=3', 'reconsideration.overturned=1']],
  ['信息公开', '新增“双随机、一公开”子栏目1个。', []],
  ['信息公开', '予以公开1件，无法提供1件，结转下年度继续办理0件\n政府信息公开行政复议、行政诉讼情况', []],
  ['信息公开', '收到行政复议申请38件，受理34件，审结35件（含上年结转1件）。', ['reconsideration.cases=38', 'reconsideration.cases=34', 'reconsideration.closed=35']],
  ['生态环境', '共办理行政许可1,362件，其中排污许可1,018件；实施行政强制措施62件；移送公安机关涉嫌犯罪案件19件。', ['license.cases=1362', 'license.cases=1018', 'coercion.cases=62']],
  ['生态环境', '共办理行政许可1,362件，其中排污许可1,018件；开展检查1,200家次；行政拘留案件3件。', ['license.cases=1362', 'license.cases=1018', 'inspection.count=1200']],
  ['城管', '举行行政处罚听证8宗，当事人申请听证后撤回2宗。', ['hearing.cases=8']],
  ['区政府', '区行政审批服务局实施行政许可38,926件，占全区总量的93.3%；区自然资源局1,604件；区卫生健康局892件。', ['license.cases=38926', 'license.cases=1604', 'license.cases=892']],
  ['县政府', '县城管局实施行政强制措施203件，县市场监管局141件。', ['coercion.cases=203', 'coercion.cases=141']],
  ['自然资源', '现行有效规范性文件共19件，本次清理废止7件、修改4件。', ['normative.documents=19', 'normative.documents=7', 'normative.documents=4']],
  ['城管', '组织听证6件，听证后变更处理决定1件。', ['hearing.cases=6']],
  ['司法局', '合法性审核128件，审核后退回补充材料5件。', ['review.cases=128']],
  ['城管', '举行听证6件，其中维持原决定4件，其余2件当事人撤回申请。', ['hearing.cases=6']],
  ['县政府', '行政机关负责人出庭应诉率、行政复议决定履行率均达100%。', ['litigation.head_appearance_rate=100']],
  ['县政府', '行政复议决定履行率100%。', []],
  ['农业农村', '（四）深化农业农村普法宣传\n举办高素质农民培训班12期，培训农民1030人。', []],
  ['消防', '（三）普法宣传\n组织社会单位消防安全培训326场次，培训人员2.1万人次。', []],
  ['农业农村', '受理农村土地承包经营纠纷仲裁申请8件，其中调解结案5件。', ['mediation.cases=5']],
  ['应急管理', '全面落实重大执法决定法制审核“三项制度”，全年制作执法文书3120份。', []],
  ['涉企检查', '全年入企扫码登记2911次，扫码入企1908次。', ['inspection.count=2911', 'inspection.count=1908']],
  ['涉企检查', '全区共有行政检查主体38个，设立检查监督联系点24个。', []],
  ['涉企检查', '对A类企业原则上一年内检查不超过1次。', []],
  ['涉企检查', '局党组专题研究涉企行政检查改革4次，开展涉企行政检查专项监督不少于2次。', []],
  ['市政府', '推出工程建设项目审批等高频“一件事”45项。', []],
  ['交通运输', '行政处罚案件中，道路运输类案件134件，占76.1%；路政类案件29件；水路运输类案件13件。', ['penalty.cases=134', 'penalty.cases=29', 'penalty.cases=13']],
  ['卫健', '（五）信访工作\n受理医疗服务投诉举报97件，办结97件。', ['complaint.cases=97']],
  ['司法厅', '开展涉及行政处罚法的法规规章专项清理，提出修改、废止建议43件。', []],
  ['统计局', '查处统计违法案件6件，其中统计造假1件、提供不真实统计资料3件、迟报统计资料2件。', ['penalty.cases=6', 'penalty.cases=1', 'penalty.cases=3', 'penalty.cases=2']],
  ['商务局', '开展普法宣传活动20场，服务商户和群众2000余人次。', ['publicity.events=20', 'publicity.audience=2000~over']],
  ['商务局', '12348热线服务群众5200人次。', []],
  ['信访局', '全年发生越级访3批次12人次，重复访5批次。', ['petition.cases=3', 'petition.visitors=12', 'petition.cases=5']],
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
  ['市场监管', '全年查处违法案件15件，其中罚款案件11件、警告4件。', ['penalty.cases=15', 'penalty.fine_cases=11', 'penalty.cases=4']],
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
  ['交通', '全年查处交通运输违法案件2,410宗，分领域看，道路运输领域2,204宗，水路运输领域93宗，交通工程建设领域113宗。', ['penalty.cases=2410', 'penalty.cases=2204', 'penalty.cases=93', 'penalty.cases=113']],
  ['交通', '以市交通运输局为被申请人的行政复议案件14件（均由市人民政府受理），以综合执法支队为被申请人的9件。', ['reconsideration.cases=14', 'reconsideration.cases=9']],
  ['生态环境', '市执法支队对9个分局开展执法稽查2轮次。', []],
  ['司法局', '2022年，行政诉讼一审案件64件，二审21件。', ['litigation.cases=64', 'litigation.cases=21']],
  ['司法局', '2022年，以县政府为被告的一审行政诉讼案件39件，败诉1件。全年受理法律援助案件1,138件。', ['litigation.cases=39', 'litigation.lost=1']],
  ['应急', '全年作出行政处罚决定176起。按行业领域分，危险化学品领域38起、非煤矿山21起、工贸行业96起。', ['penalty.cases=176', 'penalty.cases=38', 'penalty.cases=21', 'penalty.cases=96']],
  ['城管', '全年共办理行政处罚案件68,452件。从执法事项看，市容环境卫生类41,206件，户外广告类5,129件。', ['penalty.cases=68452', 'penalty.cases=41206', 'penalty.cases=5129']],
  ['卫健', '对个人处以2万元以上罚款、对单位处以10万元以上罚款的案件，一律经法制审核和集体讨论。', []],
  ['市场监管', '全年查处违法案件40件，其中吊销食品经营许可证3件。', ['penalty.cases=40', 'penalty.cases=3']],
  ['市场监管', '适用“首违不罚”案件27件，适用“轻微不罚”9件。', ['penalty.lenient_cases=27', 'penalty.lenient_cases=9']],
  ['卫健', '立案查处违法案件89件。从专业类别看，医疗卫生类37件（其中非法行医12件），公共场所类21件，生活饮用水类6件，职业卫生类11件，学校卫生类4件，传染病防治类10件。', ['penalty.cases=89', 'penalty.cases=37', 'penalty.cases=12', 'penalty.cases=21', 'penalty.cases=6', 'penalty.cases=11', 'penalty.cases=4', 'penalty.cases=10']],
  ['市场监管', '全年共立案查处各类违法案件316件，结案298件。从处罚种类看，警告47件，罚款214件，吊销许可证3件，没收违法所得52件，合计316件。', ['penalty.cases=316', 'penalty.closed=298', 'penalty.cases=47', 'penalty.cases=214', 'penalty.cases=3', 'penalty.cases=52', 'penalty.cases=316']],
  ['林草', '全省林草系统共受理林草行政案件4,215起，查结4,067起。', ['penalty.filed=4215', 'penalty.closed=4067']],
  ['林草', '全年共查处林业行政案件2316起。', ['penalty.cases=2316']],
  ['发改', '落实公平竞争审查制度，对新出台的31件涉企政策文件进行审查。', []],
  ['金融', '对地方金融组织开展现场检查138家次、非现场监测全覆盖，约谈机构高管120余人次。', ['inspection.count=138']],
  ['生态环境', '检查企业50家，其中抽查企业20家，移送公安机关案件3件。', ['inspection.count=50', 'inspection.count=20']],
  ['市场监管', '兑现举报奖励2件。', []],
  ['水利', '组织执法人员参加法治培训5次，累计120余人次。', ['training.sessions=5', 'training.participants=120~over']],
  ['司法局', '行政复议案件数量达到一审行政诉讼案件的2.6倍。已审结2,108件，作出撤销、变更、确认违法等纠错决定178件。', ['reconsideration.closed=2108', 'reconsideration.overturned=178']],
  ['司法局', '审核办理行政执法证件新申领208件、换发412件。', []],
  ['旅游', '查处未经许可经营旅行社业务案件1件。', ['penalty.cases=1']],
  ['县政府', '开展宪法、民法典等主题普法宣传活动2100余场次，群众参与约85万人次。', ['publicity.events=2100~over', 'publicity.audience=850000~about']],
  ['县政府', '县律师协会组织律师参与信访接待值班260余人次。', []],
  ['市政府', '新收行政复议案件2346件，占行政复议和行政诉讼案件总量的61.7%；审结2198件。', ['reconsideration.cases=2346', 'reconsideration.closed=2198']],
  ['商务', '全年共办理行政许可及备案3287件。', ['license.cases=3287']],
  ['城管', '以市局为被告的行政诉讼案件16件（其中涉及违法建设强制拆除12件），以各分局为被告的31件。', ['litigation.cases=16', 'litigation.cases=12', 'litigation.cases=31']],
  ['交通', '市局作为被告的行政诉讼案件8件（一审6件、二审2件），支队作为被告的4件，均已审结。', ['litigation.cases=8', 'litigation.cases=6', 'litigation.cases=2', 'litigation.cases=4']],
  ['牧区', '开展普法活动20场，受益农牧民群众15000余人次。', ['publicity.events=20', 'publicity.audience=15000~over']],
  ['司法局', '全年对147件重大执法决定进行法制审核，主持召开案审会12次。', ['review.cases=147']],
  ['应急', '举办执法人员培训班3期、培训320人次；组织全市危化品企业安全管理人员培训考核3260人。', ['training.sessions=3', 'training.participants=320']],
  ['生态环境', '对罚款10万元以上等重大执法决定全部进行法制审核。', []],
  ['街道', '对各社区修订的居民公约审查11件。', ['review.cases=11']],
  ['城管', '全年办理行政处罚案件5230件，市本级1200件，各区县办理4030件。', ['penalty.cases=5230', 'penalty.cases=1200', 'penalty.cases=4030']],
  ['信访', '全市共办理信访事项860件，市执法支队办理320件，各大队办理540件。', ['petition.cases=860', 'petition.cases=320', 'petition.cases=540']],
  ['市场监管', '全年办理行政处罚案件523件，全市居全省第3位。', ['penalty.cases=523']],
  ['市场监管', '全年共实施行政强制措施126件，查封扣押假冒伪劣商品3200余件。', ['coercion.cases=126']],
  ['司法局', '全年分别受理行政复议、行政诉讼案件12件、8件，均已审结。', ['reconsideration.cases=12', 'litigation.cases=8']],
  ['区政府', '审核以区政府名义印发的规范性文件8件。', ['review.cases=8']],
  ['区政府', '审查区政府及区政府办公室拟签订合同421件。', ['review.cases=421']],
  ['区政府', '审核后印发规范性文件5件。', ['normative.documents=5']],
  ['市场监管', '经法制审核作出行政处罚决定123件。', ['penalty.cases=123']],
  ['市场监管', '罚款金额1万元至5万元的案件1436宗。', []],
  ['县政府', '全年制定县政府规范性文件7件，清理31件。', ['normative.documents=7', 'normative.documents=31']],
  ['生态环境', '开展环保设施向公众开放活动24场，接待群众1800余人次。', []],
  ['税务', '法规科全年审核各类执法案件1,067件、规范性文件9件。', ['review.cases=1067', 'review.cases=9']],
  ['气象', '全年受理防雷装置设计审核和竣工验收行政许可申请43件，其中设计审核21件、竣工验收22件。', ['license.cases=43', 'license.cases=21', 'license.cases=22']],
  ['司法局', '审查各类文件45件，其中规范性文件8件、行政合同37件。', ['review.cases=45', 'review.cases=8', 'review.cases=37']],
  ['发改', '落实公平竞争审查制度，审查政策措施文件9件。', []],
  ['司法厅', '审查省政府部门规范性文件备案126件。', ['review.cases=126']],
  ['海关', '全年审核行政处罚案件、行政复议案件及其他法律事务共2,148件。', ['review.cases=2148']],
  ['海关', '处理群众来信来访及12360海关热线工单1,923件。', []],
  ['县政府', '受理信访件和12345热线工单分别为58件、1200件。', ['petition.cases=58', 'hotline.tickets=1200']],
  ['市政府', '市政府作为被告的行政案件189件，无一败诉。', ['litigation.cases=189', 'litigation.lost=0']],
  ['司法厅', '对报送备案的336件规章和规范性文件逐件进行审查，发现并纠正问题17件。', ['review.cases=336']],
  ['教育', '查处无证违规培训31起。', ['penalty.cases=31']],
  ['医保', '检查定点医药机构4378家次，其中暂停医保服务协议38家，解除医保服务协议6家。', ['inspection.count=4378']],
  ['档案', '受理信访件2件。全年接待查档利用者3680人次。', ['petition.cases=2']],
  ['档案', '对68个单位档案工作开展执法检查。', ['inspection.count=68']],
  ['交警', '全年全县共发生道路交通事故一般程序案件64起。', []],
  ['公安', '对拟作出较大数额罚款的3起案件告知当事人听证权利。', []],
  ['乡镇', '对三起首次轻微违法行为依法不予处罚。', ['penalty.lenient_cases=3']],
  ['公安', '全年审核行政案件2390起。', ['review.cases=2390']],
  ['卫健', '审核案件23件，处理各类行政案件3起（行政复议1起，听证2起）。', ['review.cases=23', 'reconsideration.cases=1', 'hearing.cases=2']],
  ['市政府', '全年取消和调整行政审批前置条件24项。', []],
  ['人社', '组织开展政务公开业务培训3次，培训96人次；组织劳动保障法律法规宣传“进企业、进园区、进工地”活动21场。', ['publicity.events=21']],
  ['教育', '经合法性审查的局发文件、合同协议等共计64件。', ['review.cases=64']],
  ['街道', '14个社区（村）法律顾问全年开展法治讲座56场，提供法律咨询610人次。', ['publicity.events=56', 'publicity.consultations=610']],
  ['司法局', '全年新收复议申请436件，审结372件，其中通过调解化解121件。', ['reconsideration.cases=436', 'reconsideration.closed=372', 'reconsideration.closed=121']],
  ['县政府', '开展普法宣传活动28场，发放宣传资料9600余份，服务群众约1.1万人次。', ['publicity.events=28', 'publicity.materials=9600~over', 'publicity.audience=11000~about']],
  ['市场监管', '制定轻微违法行为免罚清单，对537起轻微违法行为实施首违不罚。', ['penalty.lenient_cases=537']],
  ['卫健', '组织医疗机构负责人、卫生监督员法治培训4场，受训460人。', ['training.sessions=4', 'training.participants=460']],
  ['住建', '落实法制审核制度，开展执法案卷评查2次。', []],
  ['司法厅', '“12348”热线服务群众52万人次。', []],
  ['城管', '对拒不履行处罚决定的14件案件，依法申请人民法院强制执行。', ['coercion.cases=14']],
  ['水务', '对2起拒不停止违法行为的案件，依法采取查封、扣押等行政强制措施。', ['coercion.cases=2']],
  ['卫健', '对12起案件，依法组织听证。', ['hearing.cases=12']],
  ['住建', '全年涉及我局的行政复议案件5宗，行政诉讼案件3宗，均未被撤销、变更或确认违法。', ['reconsideration.cases=5', 'litigation.cases=3', 'reconsideration.overturned=0', 'litigation.lost=0']],
  ['住建', '全年行政复议案件5宗，均未被撤销。', ['reconsideration.cases=5', 'reconsideration.overturned=0']],
  ['市场监管', '2024年，发生行政诉讼案件3件，均未判决败诉。', ['litigation.cases=3', 'litigation.lost=0']],
  ['工商', '2015年，12315中心全年受理消费者申诉4,381件、举报1,126件。', ['complaint.cases=4381', 'complaint.cases=1126']],
  ['质监', '2019年，排查电梯、锅炉、压力容器等设备6,532台次。', ['inspection.count=6532']],
  ['司法局', '组织开展矛盾纠纷排查45次，化解纠纷40件。', ['mediation.cases=40']],
  ['卫健', '开展现制现售饮用水专项排查，关停1家、督促备案1家。', []],
  ['质监', '2017年，对1起重大案件组织召开听证会。', ['hearing.cases=1']],
  ['港航', '检查港口经营企业512家次、营运船舶2,749艘次。', ['inspection.count=512', 'inspection.count=2749']],
  ['公安', '行政复议14件；行政诉讼9件（含上年结转2件），审结7件，败诉1件。', ['reconsideration.cases=14', 'litigation.cases=9', 'litigation.lost=1']],
  ['县政府', '全面启动普法，举办领导干部法治专题讲座3场。', ['training.sessions=3']],
  ['机关事务', '对全县42家公共机构开展节能监督检查，对能耗超定额的3家单位下达整改意见书。', ['inspection.count=42']],
  ['镇政府', '全年无申请法院强制执行案件。', ['coercion.cases=0']],
  ['市政府', '全市共办理行政处罚案件14236件。市场监管、交通运输、生态环境领域分别办理4210件、3057件、862件。', ['penalty.cases=14236', 'penalty.cases=4210', 'penalty.cases=3057', 'penalty.cases=862']],
  ['生态环境', '全年共查处环境违法案件512件，其中德城、禹城等11个分局办理370件。', ['penalty.cases=512', 'penalty.cases=370']],
  ['自然资源', '全年对12起案件实施查封、扣押。', ['coercion.cases=12']],
  ['县政府', '全县涉企现场检查由2020年的6940次压减至2022年的3105次。', ['inspection.count=6940', 'inspection.count=3105']],
  ['司法局', '对3件合同开展合法性审查，法律顾问出具书面意见4份。', ['review.cases=3']],
  ['食药监', '共立案查处违法案件386件，结案371件，其中食品类案件241件、药品类145件；移送涉嫌犯罪案件14件。', ['penalty.cases=386', 'penalty.closed=371', 'penalty.cases=241', 'penalty.cases=145']],
  ['安监', '对23件重大行政处罚案件进行了法制审核。', ['review.cases=23']],
  ['司法局', '行政诉讼案件612件，其中经复议后起诉的45件。已审结的528件中，行政机关败诉39件。', ['litigation.cases=612', 'litigation.cases=45', 'litigation.lost=39']],
  ['区政府', '推行包容审慎监管，全区办理不罚轻罚案件325宗。', ['penalty.lenient_cases=325']],
  ['生态环境', '查封扣押、移送行政拘留案件分别为58件、21件。', ['coercion.cases=58']],
  ['商务', '办理行政许可、行政备案分别为216件、85件。', ['license.cases=216']],
  ['县政府', '全年作出罚款决定共计23.6万元。', ['penalty.fines_yuan=236000']],
  ['区政府', '全年开展行政检查、行政处罚分别为4329宗、1177宗。', ['inspection.count=4329', 'penalty.cases=1177']],
  ['镇政府', '开展巡查检查213次；移送县级部门案件2件（非法采砂1件、违法占地1件）。', ['inspection.count=213']],
  ['街道', '网格巡查上报事件3,417件。', []],
  ['县政府', '行政机关负责人出庭应诉率连续3年保持100%。', ['litigation.head_appearance_rate=100']],
  ['交通厅', '厅本级开展会前学法10次，组织执法人员轮训2期共480人。', ['training.sessions=10', 'training.sessions=2', 'training.participants=480']],
  ['应急厅', '全年开展执法培训不少于3期、组织全省执法大比武1次。', ['training.sessions=3~over']],
  ['镇政府', '一是镇信访办受理群众来信来访63件；二是镇司法所调解纠纷121起；三是镇派出所受理治安案件41起。', ['petition.cases=63', 'mediation.cases=121']],
  ['教育', '全年查处隐形变异学科类培训27起。', ['penalty.cases=27']],
  ['交通', '36件重大行政处罚案件全部经法制审核后作出决定。', ['penalty.major_cases=36']],
  ['工商', '法规科对186件一般程序案件进行了法制审核，纠正不当处罚11件。', ['review.cases=186']],
  ['县政府', '县本级行政审批项目由原来的312项精简为186项。', []],
  ['公安', '全年2件答复被复议机关撤销，1件被法院确认违法。', ['reconsideration.overturned=2', 'litigation.lost=1']],
  ['市政府', '全市共办理行政处罚案件14236件，其中市本级3118件、各县（区）11118件。市场监管、交通运输领域分别办理4210件、3057件。', ['penalty.cases=14236', 'penalty.cases=3118', 'penalty.cases=11118', 'penalty.cases=4210', 'penalty.cases=3057']],
  ['司法局', '全市行政复议机关共收到行政复议申请7386件。案件数量逐年攀升，由2021年的1290件增至2023年的2217件。', ['reconsideration.cases=7386', 'reconsideration.cases=1290', 'reconsideration.cases=2217']],
  ['应急', '全年立案查处安全生产违法案件87起（其中重大事故隐患类案件26起），结案85起。', ['penalty.cases=87', 'penalty.cases=26', 'penalty.closed=85']],
  ['交通', '发生行政复议案件4起，行政诉讼案件6起，其中败诉1起；无复议被撤销情况。', ['reconsideration.cases=4', 'litigation.cases=6', 'litigation.lost=1', 'reconsideration.overturned=0']],
  ['镇政府', '全镇行政诉讼0件，行政复议1件，无被纠错情况。', ['litigation.cases=0', 'reconsideration.cases=1', 'reconsideration.overturned=0']],
  ['司法局', '全年市政府共收到行政复议申请312件，受理278件；已审结251件。从案件类型看，涉及公安类98件、自然资源类71件。', ['reconsideration.cases=312', 'reconsideration.cases=278', 'reconsideration.closed=251', 'reconsideration.cases=98', 'reconsideration.cases=71']],
  ['生态环境', '全年共受理环境信访投诉3127件，办结3127件，其中来信235件，来电2486件，网上投诉406件。', ['petition.cases=3127', 'petition.resolved=3127', 'petition.cases=235', 'petition.cases=2486', 'petition.cases=406']],
  // Acts of other kinds, counts of times, rates and breakdowns in dense summaries (a later round)
  ['复议', '全年行政复议决定撤销1件。针对被撤销的1件复议案件逐一复盘，查找执法短板。', ['reconsideration.overturned=1']],
  ['诉讼', '对败诉的2件行政诉讼案件组织专题分析。', []],
  ['学法', '组织全局干部参加法治理论专题培训3期。', ['training.sessions=3']],
  ['学法', '县长带头学法，2次主持召开县政府常务会议专题研究法治政府建设。', []],
  ['学法', '带头学法，先后4次组织法治专题培训。', ['training.sessions=4']],
  ['检查', '组织开展普法工作检查，带头出庭应诉2次。', []],
  ['检查', '事故调查，调查处理一般事故3起。', []],
  ['检查', '“双随机、一公开”抽查实现全覆盖，全区28个部门建立随机抽查清单。', []],
  ['检查', '开展执法案卷集中评查，抽查15个执法部门案卷320卷。', []],
  ['检查', '抽查建筑工地36个。', ['inspection.count=36']],
  ['处罚', '全年办理行政处罚案件8600余件，其中重大案件52件，均经集体讨论和法制审核，其中市容类案件5100余件、违建类320件。', ['penalty.cases=8600~over', 'penalty.major_cases=52', 'penalty.cases=5100~over', 'penalty.cases=320']],
  ['审核', '重大执法决定均经法制审核，共审核36件。', ['review.cases=36']],
  ['信访', '受理信访事项1520件，其中网上信访980件，及时受理率、按期办结率均达100%。', ['petition.cases=1520', 'petition.cases=980']],
  ['调解', '调处矛盾纠纷1260件，其中邻里纠纷410件；办理法律援助案件238件。', ['mediation.cases=1260', 'mediation.cases=410']],
  ['调解', '调处矛盾纠纷1260件，其中邻里纠纷410件；婚姻家庭纠纷300件。', ['mediation.cases=1260', 'mediation.cases=410', 'mediation.cases=300']],
  ['统计', '行政复议 6件  维持 4件  纠正 2件', ['reconsideration.cases=6', 'reconsideration.overturned=2']],
  ['统计', '行政复议 0件 行政诉讼 0件', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['统计', '行政诉讼  5件    败诉  1件', ['litigation.cases=5', 'litigation.lost=1']],
  ['审批', '办理行政审批事项2210件，其中食品经营许可：1630件，医师、护士执业注册：412件。', ['license.cases=2210', 'license.cases=1630', 'license.cases=412']],
  ['审批', '受理审批事项3150件，其中上半年1420件，“一件事一次办”涉及的9项审批事项全部落地。', ['license.cases=3150', 'license.cases=1420']],
  ['检查', '对52家重点用能单位开展节能监察。', ['inspection.count=52']],
  ['审核', '落实合同合法性审查制度，全年合同审查14份。', ['review.cases=14']],
  ['普法', '开展“法律明白人”公益法律服务活动22场次。', ['publicity.events=22']],
  ['普法', '组织法律服务进社区活动18场。', ['publicity.events=18']],
  ['税务', '对3,120户次纳税人不予行政处罚，涉及罚款金额约96万元。', ['penalty.waived_yuan=960000~about']],
  ['处罚', '立案查处案件38件，涉及罚款金额52万元。', ['penalty.cases=38', 'penalty.fines_yuan=520000']],
  ['复议', '审结行政复议案件11件，其中维持8件、撤销2件、调解后申请人撤回1件。', ['reconsideration.closed=11', 'reconsideration.overturned=2']],
  ['处罚', '适用简易程序作出处罚决定412件，罚款金额均在500元以下。', ['penalty.cases=412']],
  ['复议', '收到行政复议申请7件，均已审结，其中维持原行政行为5件。', ['reconsideration.cases=7']],
  ['学法', '局长带头讲授法治专题课3次。', ['training.sessions=3']],
  ['学法', '主要负责人讲授《中华人民共和国行政处罚法》专题课2次。', ['training.sessions=2']],
  ['投诉', '受理环境投诉举报2,860件，其中热线电话1,520件、网络平台740件、来信来访600件。', ['complaint.cases=2860', 'complaint.cases=1520', 'complaint.cases=740', 'complaint.cases=600']],
  ['投诉', '受理投诉举报1,240件，其中立案查处36件。', ['complaint.cases=1240', 'penalty.cases=36']],
  ['投诉', '受理投诉举报2,100件。按污染类型分，大气污染960件、噪声740件、其他400件。', ['complaint.cases=2100', 'complaint.cases=960', 'complaint.cases=740', 'complaint.cases=400']],
  ['投诉', '受理投诉举报3.2万件，其中投诉2.1万件、举报1.1万件，处理12345热线转办工单4200余件；收到行政复议申请9件，其中维持6件、撤销1件，发生行政诉讼案件5件。', ['complaint.cases=32000', 'complaint.cases=21000', 'complaint.cases=11000', 'hotline.tickets=4200~over', 'reconsideration.cases=9', 'reconsideration.overturned=1', 'litigation.cases=5']],
  ['学法', '依法行政培训，培训基层信访干部320人次。', ['training.participants=320']],
  ['学法', '组织参加法治培训4期、共210人次。', ['training.sessions=4', 'training.participants=210']],
  ['普法', '开展“法律明白人”公益法律服务行动9场次。', ['publicity.events=9']],
  ['诉讼', '行政诉讼案件4件，其中1件经法院判决确认违法。', ['litigation.cases=4', 'litigation.lost=1']],
  ['复议', '全市审结行政复议案件3120件。在审结的3120件案件中：维持1800件，撤销96件。', ['reconsideration.closed=3120', 'reconsideration.overturned=96']],
  ['复议', '对疑难复议案件亲自审阅，全年参与集体讨论案件26件。', []],
  ['复议', '以县级人民政府部门为被申请人的820件，以乡镇人民政府为被申请人的案件57件。', ['reconsideration.cases=820', 'reconsideration.cases=57']],
  ['复议', '全省行政复议机关审结案件6120件。甲市、乙市收案量居全省前二，分别为1830件、760件。', ['reconsideration.closed=6120', 'reconsideration.cases=1830', 'reconsideration.cases=760']],
  ['教育', '全年排查校外培训机构920所。', ['inspection.count=920']],
  ['教育', '法治副校长进校园授课860场次。', ['publicity.events=860']],
  ['教育', '办理行政许可12件，认定教师资格1,230件。', ['license.cases=12', 'license.cases=1230']],
  ['热线', '卫生热线受理咨询投诉18.6万件。', []],
  ['公开', '行政复议：维持2件，纠正1件，其他结果0件，尚未审结0件，总计3件。', ['reconsideration.overturned=1', 'reconsideration.cases=3']],
  ['公开', '行政诉讼：未经复议直接起诉1件，复议后起诉0件，总计1件。', ['litigation.cases=1', 'litigation.cases=1']],
  ['审批', '对告知承诺审批事项开展核查860件。', []],
  ['审批', '全年作出审批决定312件。', ['license.cases=312']],
  ['复议', '复议机关决定撤销原审批决定2件。', ['reconsideration.overturned=2']],
  ['审核', '全年审核纠错5件。', []],
  ['普法', '开展“税法进校园、进企业”活动16场次。', ['publicity.events=16']],
  ['履职', '对行政复议应诉、执法监督等工作作出批示12件。', []],
  ['履职', '对行政复议体制改革等工作作出批示批办18件。', []],
  ['履职', '带队开展矛盾纠纷集中排查4次。', []],
  ['审核', '审查镇政府签订的合同协议9份，审查镇政府拟作出的重大事项2件。', ['review.cases=9', 'review.cases=2']],
  ['决策', '全年提交局党组会集体研究重大事项16项。', ['decision.major=16']],
  ['人社', '（四）依法化解劳动人事争议和信访矛盾\n全年劳动人事争议仲裁院受理争议案件214件。全年受理信访事项38件。', ['petition.cases=38']],
  ['审核', '县司法局审核县政府常务会议涉法议题47件。', ['review.cases=47']],
  ['交通', '开展路检路查160余次。', ['inspection.count=160~over']],
  ['交通', '对道路查处超限超载车辆86台次。', []],
  ['检查', '对D类企业每年检查不少于2次。', []],
  ['检查', '全年开展行政检查不少于120次。', ['inspection.count=120~over']],
  ['学法', '邀请法律顾问为全局干部讲授《行政许可法》等法律法规4次。', ['training.sessions=4']],
  ['处罚', '适用首违不罚清单，免予处罚金额约56万元。', ['penalty.waived_yuan=560000~about']],
  ['城管', '依法查处占道经营等行为，共劝导、教育违规经营者8600余人次。', []],
  ['学法', '分4批次对全局执法人员开展全员法治轮训，参训380人。', ['training.sessions=4', 'training.participants=380']],
  ['普法', '张贴宪法宣传挂图220张，张贴普法宣传画160余张。', ['publicity.materials=220', 'publicity.materials=160~over']],
  ['普法', '编印《以案释法案例选编》800册，发放到各村。', ['publicity.materials=800']],
  ['普法', '开展交通法规进企业活动9场。', ['publicity.events=9']],
  ['信访', '全年排查化解各类矛盾纠纷286起，受理群众信访事项71件，办结71件。', ['mediation.cases=286', 'petition.cases=71', 'petition.resolved=71']],
  ['文旅', '检查经营单位2140家次，办理行政处罚案件96件，其中简易程序38件，共处警告27次、罚款41.5万元。', ['inspection.count=2140', 'penalty.cases=96', 'penalty.cases=38', 'penalty.fines_yuan=415000']],
  ['法规', '对相关法规进行修订3次。', []],
  ['调解', '通过网格排查发现各类矛盾纠纷960件，全年排查各类矛盾纠纷180起。', []],
  ['调解', '调解各类矛盾纠纷120件，调解成功118件。', ['mediation.cases=120', 'mediation.cases=118']],
  ['审核', '审查合同协议42份、参与处理重大信访及涉法事务9次。', ['review.cases=42']],
  ['学法', '组织领导干部参加法治培训2期，共180人次。', ['training.sessions=2', 'training.participants=180']],
  ['学法', '区委理论学习中心组专题学习习近平法治思想3次。', ['training.sessions=3']],
  ['学法', '理论学习中心组集体学习《民法典》等法律法规4次。', ['training.sessions=4']],
  ['学法', '党组理论学习中心组集体学习12次。', []],
  ['检查', '联合抽查48次，涉及经营主体560余户。', ['inspection.count=48', 'inspection.count=560~over']],
  ['处罚', '重大行政处罚案件经集体讨论32宗。', ['penalty.major_cases=32']],
  ['处罚', '对1.2万余起轻微违法行为以教育劝导为主，不予处罚。', ['penalty.lenient_cases=12000~over']],
  // County governments: enumerations, rankings, things an act is done to
  ['县政府', '二是加强文件管理，清理规范性文件40件，其中废止5件；三是发挥法律顾问作用，法律顾问参与处理涉法事务90余件。', ['normative.documents=40', 'normative.documents=5']],
  ['县政府', '市司法局对市政府规范性文件、行政协议的合法性审核数量分别为21件、37件。', ['review.cases=21', 'review.cases=37']],
  ['县政府', '各部门中，市场监管局查处案件最多，为860件，其次为交通运输局（412件）、生态环境局（95件）。', ['penalty.cases=860', 'penalty.cases=412', 'penalty.cases=95']],
  ['县政府', '受理量居前两位的是东城街道（230件）和南关镇（198件）。', []],
  ['县政府', '全年调解矛盾纠纷1800件，调解量居前两位的是东城街道（230件）和南关镇（198件）。', ['mediation.cases=1800', 'mediation.cases=230', 'mediation.cases=198']],
  ['县政府', '组织“民法典宣传月”“4·15全民国家安全教育日”等主题活动60余场。', ['publicity.events=60~over']],
  ['县政府', '开展“文明城市创建”主题活动12场。', []],
  // Ecology, natural resources, water: kinds after a colon, classing by 上, levels compared with
  ['水利', '全年查处水事违法案件20起，结案18起，分别为：非法采砂9起、违法取水7起、其他4起。', ['penalty.cases=20', 'penalty.closed=18', 'penalty.cases=9', 'penalty.cases=7', 'penalty.cases=4']],
  ['生态环境', '全年查处环境违法案件52件。违法类型上，以涉气、涉水为主：涉气案件21件，涉水案件16件，其他15件。', ['penalty.cases=52', 'penalty.cases=21', 'penalty.cases=16', 'penalty.cases=15']],
  ['生态环境', '全年办理行政处罚案件61件，罚款金额412.3万元，与上年的75件、508.6万元相比分别下降18.7%、18.9%。', ['penalty.cases=61', 'penalty.fines_yuan=4123000', 'penalty.cases=75', 'penalty.fines_yuan=5086000']],
  ['自然资源', '全年新立采矿权3宗，办理探矿权延续登记4宗。', ['license.cases=3', 'license.cases=4']],
  ['自然资源', '依法收回采矿权2宗。', []],
  ['水利', '办理取水许可证25件，水工程规划同意书审核2件。', ['license.cases=25']],
  ['城管', '依法对7起违法建设实施强制拆除。', ['coercion.cases=7']],
  ['应急', '落实每年不少于40学时的法律知识培训要求，全局持证执法人员31名全部通过考试。', []],
  ['应急', '全年检查企业860家次，其中危化企业120家次，排查隐患2100处，整改2088处，剩余12处限期整改。', ['inspection.count=860', 'inspection.count=120']],
  ['司法局', '对现行有效的规范性文件14件开展全面清理，保留11件、宣布失效3件。', ['normative.documents=14', 'normative.documents=11', 'normative.documents=3']],
  ['生态环境', '1.行政处罚案件：38件；\n2.罚款金额：265.4万元；\n3.没收违法所得：12.5万元；\n4.按领域分：大气类15件，水类13件，固废类10件。', ['penalty.cases=38', 'penalty.fines_yuan=2654000', 'penalty.confiscated_yuan=125000', 'penalty.cases=15', 'penalty.cases=13', 'penalty.cases=10']],
  // Comparisons, periods and levels
  ['区政府', '全区行政机关负责人出庭应诉率为97.2%，区政府本级为100%。', ['litigation.head_appearance_rate=97.2', 'litigation.head_appearance_rate=100']],
  ['区政府', '五年来累计开展法治宣传活动2600余场次，其中本年度520场次。', ['publicity.events=2600~over', 'publicity.events=520']],
  ['区政府', '全年行政应诉案件八十六件，败诉七件（败诉率8.1%，较上年下降1.5个百分点）。', ['litigation.cases=86', 'litigation.lost=7']],
  // Townships: bulleted figures, rows that name their unit
  ['乡镇', '■接待群众来访：41批次\n■网上信访：96件\n■会前学法：10次', ['petition.cases=41', 'petition.cases=96', 'training.sessions=10']],
  ['乡镇', '行政检查（次）：185\n行政处罚案件（件）：17\n罚款金额（元）：42,600\n罚款金额（万元）：4.26', ['inspection.count=185', 'penalty.cases=17', 'penalty.fines_yuan=42600', 'penalty.fines_yuan=42600']],
  ['乡镇', '接待群众来访十五批四十人次，其中集体访两批十八人次。', ['petition.cases=15', 'petition.visitors=40', 'petition.cases=2', 'petition.visitors=18']],
  ['乡镇', '罚款一万余元（简易程序）和12.4万元（一般程序），合计约13.5万元。', ['penalty.fines_yuan=10000~over', 'penalty.fines_yuan=124000', 'penalty.fines_yuan=135000~about']],
  ['乡镇', '发放法治宣传手册1500册。', ['publicity.materials=1500']],
  ['乡镇', '镇政府无权制定规范性文件。', []],
  ['乡镇', '全年组织会前学法8次、领导干部述法2次。', ['training.sessions=8']],
  ['乡镇', '■行政诉讼：应诉案件1件，无败诉\n■负责人出庭应诉率：100%', ['litigation.cases=1', 'litigation.lost=0', 'litigation.head_appearance_rate=100']],
  ['乡镇', '组织执法人员参加法治轮训，共2批次、180人。', ['training.sessions=2', 'training.participants=180']],
  ['乡镇', '普法专题培训：网格员共培训3期，近三百人次。', ['training.sessions=3', 'training.participants=300~under']],
  ['乡镇', '办理行政处罚案件12件，3人。', ['penalty.cases=12']],
  // Police, justice and petition bureaus
  ['公安', '（二）严格规范执法，依法查处违法行为\n全年共受理治安案件1,620起，查处治安案件1,433起。', ['penalty.cases=1433']],
  ['公安', '公开行政处罚决定书1,210份。', []],
  ['司法局', '审结行政复议案件86件。其中，作出撤销决定9件，通过调解和解结案21件。', ['reconsideration.closed=86', 'reconsideration.overturned=9', 'reconsideration.closed=21']],
  ['信访局', '受理信访事项复查申请12件，办结11件，其中维持原处理意见9件，撤销或变更原处理意见2件。', ['petition.resolved=11']],
  ['信访局', '信访工作方面，12345热线受理群众诉求工单21.4万件，按时办结20.8万件。', ['hotline.tickets=214000']],
  // Provincial departments, culture, agriculture
  ['省厅', '全省共查处违法案件12,640起。按地市分，甲市案件最多，达3,215起，其次为乙市2,108起。', ['penalty.cases=12640', 'penalty.cases=3215', 'penalty.cases=2108']],
  ['省厅', '厅信访办全年接待来访群众960人次，办理来信来访事项305件。', ['petition.visitors=960', 'petition.cases=305']],
  ['卫生健康', '全年作出行政处罚决定120件。其中：医疗卫生类70件，罚款30.5万元；公共场所类30件，罚款6.2万元；其他类20件，罚款4.1万元。', ['penalty.cases=120', 'penalty.cases=70', 'penalty.fines_yuan=305000', 'penalty.cases=30', 'penalty.fines_yuan=62000', 'penalty.cases=20', 'penalty.fines_yuan=41000']],
  ['农业农村', '全年办理农药经营许可、兽药经营许可等行政许可事项共计65件，分别为40件、25件。', ['license.cases=65', 'license.cases=40', 'license.cases=25']],
  ['文旅', '组织“法治文化进乡村”演出十余场，观众达八千余人次。', ['publicity.events=10~over', 'publicity.audience=8000~over']],
  ['县政府', '一是做好行政复议工作，全年受理行政复议申请31件；二是加强投诉处理，受理投诉举报160件，办结158件。', ['reconsideration.cases=31', 'complaint.cases=160']],
  ['县政府', '（三）行政复议工作。一是畅通渠道，收到申请18件；二是规范审理，审结17件。', ['reconsideration.cases=18', 'reconsideration.closed=17']],
  ['县政府', '举办领导干部法治专题培训班2期，主体班次中安排法治课程6次。', ['training.sessions=2', 'training.sessions=6']],
  ['文旅', '组织执法人员参加省级执法资格培训，15人取得执法证件。', []],
  // Schools: events for students
  ['教育', '举办法治讲座6场、模拟法庭2场，参与学生8000余人次。', ['publicity.events=6', 'publicity.events=2', 'publicity.audience=8000~over']],
  ['教育', '邀请律师开展法治专题讲座2场，机关及社区干部参训人数共计300余人次。', ['training.sessions=2', 'training.participants=300~over']],
  // Reconsideration and suits: parts after 含 and 分别为, cases due
  ['司法局', '行政诉讼案件三十一件，含一审二十二件、二审九件。', ['litigation.cases=31', 'litigation.cases=22', 'litigation.cases=9']],
  ['林业', '全年查处林业行政案件52起，分别为滥伐林木案件20起、非法占用林地案件32起。', ['penalty.cases=52', 'penalty.cases=20', 'penalty.cases=32']],
  ['审批局', '对拟出台的两件规范性文件进行合法性审核。', ['review.cases=2']],
  ['司法局', '全年收到行政复议申请120件，应审结案件115件，审结108件。', ['reconsideration.cases=120', 'reconsideration.cases=115', 'reconsideration.closed=108']],
  ['司法局', '全年审结行政复议案件150件，从涉及领域看，涉及房屋征收的40件、治安管理35件、土地确权30件。', ['reconsideration.closed=150', 'reconsideration.closed=40', 'reconsideration.closed=35', 'reconsideration.closed=30']],
  ['教育', '（三）加强法治教育。开展模拟法庭竞赛3次，举办宪法知识大赛1场。', ['publicity.events=3', 'publicity.events=1']],
  ['教育', '举办职业技能大赛3场。', []],
  ['县政府', '开展规范性文件清理，对现行有效的36件逐件评估，废止4件。', ['normative.documents=36', 'normative.documents=4']],
  ['县政府', '现行有效的地方性法规12件。', []],
  ['县政府', '协调解决信访问题17件。', ['petition.resolved=17']],
  ['卫生健康', '开展“法治宣传进社区”活动30场，发放宣传资料8000份，群众受益约2万人次。', ['publicity.events=30', 'publicity.materials=8000', 'publicity.audience=20000~about']],
  // Transport and housing
  ['交通运输', '受理投诉举报案件120件，全年发生行政复议案件5件，其中维持4件、终止1件，发生行政诉讼案件3件。', ['complaint.cases=120', 'reconsideration.cases=5', 'litigation.cases=3']],
  ['交通运输', '查处超限运输车辆，抄告车籍地交通部门38起。', []],
  ['交通运输', '查处涉路施工未经许可、擅自占用公路等案件19件。', ['penalty.cases=19']],
  ['司法局', '（二）被申请人分布。以县政府部门为被申请人的90件，以乡镇人民政府为被申请人的20件。\n（三）案件类型分布。按行政管理领域划分，涉及征收补偿的40件，涉及公安行政处罚的30件，其他领域40件。', ['reconsideration.cases=90', 'reconsideration.cases=20', 'reconsideration.cases=40', 'reconsideration.cases=30', 'reconsideration.cases=40']],
  ['司法局', '当年审结复议案件860件，其中：决定维持的402件、驳回复议请求的101件、撤销的56件。', ['reconsideration.closed=860', 'reconsideration.overturned=56']],
  ['司法局', '被申请行政复议6件，其中结果维持3件，结果纠正1件，其他结果1件，尚未审结1件。', ['reconsideration.cases=6', 'reconsideration.overturned=1']],
  // Zeros said after their noun, suits decided
  ['乡镇', '行政复议：零\n行政诉讼：一件（败诉：无）', ['reconsideration.cases=0', 'litigation.cases=1', 'litigation.lost=0']],
  ['乡镇', '全年行政诉讼案件无。', ['litigation.cases=0']],
  ['乡镇', '听证：无', []],
  ['教育', '（三）丰富学生法治教育形式\n举办“法治大讲堂”专题讲座10场，观众累计3000余人次。', ['publicity.events=10', 'publicity.audience=3000~over']],
  ['教育', '（六）推进青少年法治教育\n局机关举办法治讲座4次。', ['training.sessions=4']],
  ['教育', '开展“宪法晨读”活动，参与师生3.6万余人次。', ['publicity.audience=36000~over']],
  // Classing by township and by the party appealed against
  ['林业', '全年共查处案件59起。从乡镇分布看，甲镇、乙乡、丙镇分别为23起、19起、17起。', ['penalty.cases=59', 'penalty.cases=23', 'penalty.cases=19', 'penalty.cases=17']],
  ['生态环境', '全年查处案件35件，罚款300万元。分街镇看，城东街道12件、罚款124.5万元，河口镇9件、罚款87.36万元，其余14件。', ['penalty.cases=35', 'penalty.fines_yuan=3000000', 'penalty.cases=12', 'penalty.fines_yuan=1245000', 'penalty.cases=9', 'penalty.fines_yuan=873600', 'penalty.cases=14']],
  ['司法局', '（一）行政复议工作\n收案：120件；\n结案：110件；\n纠错：12件，纠错率10.9%。\n被申请人分布：县公安局50件，县市场监管局30件，其他部门40件。', ['reconsideration.cases=120', 'reconsideration.closed=110', 'reconsideration.overturned=12', 'reconsideration.cases=50', 'reconsideration.cases=30', 'reconsideration.cases=40']],
  // Run-on sentences: parts before a money figure, bodies counted in 个
  ['卫生健康', '全年检查医疗机构800余家次，立案查处违法案件40件，其中非法行医12件、违规执业28件，罚款合计21.3万元，作出不予处罚决定3件。', ['inspection.count=800~over', 'penalty.cases=40', 'penalty.cases=12', 'penalty.cases=28', 'penalty.fines_yuan=213000', 'penalty.lenient_cases=3']],
  ['司法局', '对全县十八个乡镇、三十五个县直部门报备的规范性文件进行备案审查。', []],
  ['司法局', '全年出台3个规范性文件。', ['normative.documents=3']],
  ['司法局', '成功调解各类矛盾纠纷2100件，其中婚姻家庭纠纷600件、邻里纠纷500件，协助办理法律援助案件230件。', ['mediation.cases=2100', 'mediation.cases=600', 'mediation.cases=500']],
  ['市场监管', '共办理各类行政许可3.1万余件，其中本级窗口办理食品生产许可等行政许可1560件，梳理公布行政许可事项清单共计88项。', ['license.cases=31000~over', 'license.cases=1560']],
  ['水利', '没收非法采砂所得2.46万元。', ['penalty.confiscated_yuan=24600']],
  ['税务', '代扣代缴个人所得税12万元。', []],
  ['县政府', '全年行政诉讼案件9件。12345政务服务便民热线受理群众诉求96.2万件。', ['litigation.cases=9', 'hotline.tickets=962000']],
  ['乡镇', '行政检查（户次）：1260\n行政处罚案件（件）：35', ['inspection.count=1260', 'penalty.cases=35']],
  ['乡镇', '全年共受理信访件52件，其中来信20件、来访32件，接待来访群众约90人次，调处土地纠纷12起，发生行政复议案件2件，行政诉讼案件3件。', ['petition.cases=52', 'petition.cases=20', 'petition.cases=32', 'petition.visitors=90~about', 'mediation.cases=12', 'reconsideration.cases=2', 'litigation.cases=3']],
  ['区政府', '全年查处案件1200件，罚款180.5万元，较去年的1100件、160.2万元均有所增长。', ['penalty.cases=1200', 'penalty.fines_yuan=1805000', 'penalty.cases=1100', 'penalty.fines_yuan=1602000']],
  ['司法局', '以县公安局为被申请人的案件最多，为42件；人社领域次之，为18件。', ['reconsideration.cases=42', 'reconsideration.cases=18']],
  ['司法局', '区公共法律服务中心全年接待群众1.6万余人次。', []],
  ['市场监管', '对全县160家食品生产经营单位开展风险分级检查。', ['inspection.count=160']],
  ['公安', '全年作出行政处罚决定12.6万件。其中：\n警告：21,500人次；\n罚款：96,300人次；\n行政拘留：8,200人次。', ['penalty.cases=126000', 'penalty.cases=21500', 'penalty.cases=96300', 'penalty.cases=8200']],
  ['应急', '（三）化解矛盾纠纷。无行政诉讼案件。市人民法院受理我局申请的非诉执行案件3件，裁定准予执行3件。', ['litigation.cases=0']],
  ['司法局', '区政府全年收到行政复议申请212件，受理205件。已审结190件。从涉及领域看，涉及土地征收的61件、工伤认定18件。', ['reconsideration.cases=212', 'reconsideration.cases=205', 'reconsideration.closed=190', 'reconsideration.cases=61', 'reconsideration.cases=18']],
  ['司法局', '全年新收行政复议案件150件。从被申请人看，以区直部门为被申请人的103件；从涉及领域看，房屋征收41件、市场监管投诉举报26件。', ['reconsideration.cases=150', 'reconsideration.cases=103', 'reconsideration.cases=41', 'reconsideration.cases=26']],
  ['司法局', '全年行政诉讼案件共45件。以市政府为被告的12件，以市直部门为被告的33件。', ['litigation.cases=45', 'litigation.cases=12', 'litigation.cases=33']],
  ['司法局', '全年收到行政复议申请88件，加上上年结转6件，应审结案件94件。', ['reconsideration.cases=88', 'reconsideration.cases=94']],
  ['司法局', '全年行政诉讼案件52宗，法院判决行政机关败诉的4宗，涉及房屋征收3宗、信息公开1宗。', ['litigation.cases=52', 'litigation.lost=4', 'litigation.lost=3', 'litigation.lost=1']],
  ['司法局', '对区政府拟签订的合同进行审查35件。', ['review.cases=35']],
  ['人社', '收到行政复议申请4件，其中撤销1件，行政应诉案件6件。', ['reconsideration.cases=4', 'reconsideration.overturned=1', 'litigation.cases=6']],
  ['卫健', '全年对学校开展监督检查900户次；全年共查处卫生违法案件60件，其中非法行医20件、公共场所违法40件，按程序分，简易程序25件、一般程序35件。', ['inspection.count=900', 'penalty.cases=60', 'penalty.cases=20', 'penalty.cases=40', 'penalty.cases=25', 'penalty.cases=35']],
  ['交通', '一是检查营运车辆9000台次；二是查处违法案件800件，其中非法营运300起、超限超载500起，罚款100万元，暂扣车辆150台次。', ['inspection.count=9000', 'penalty.cases=800', 'penalty.cases=300', 'penalty.cases=500', 'penalty.fines_yuan=1000000']],
  ['市场监管', '全年办理行政许可4870件，其中即办件2316件；严格执行公平竞争审查制度，对涉及经营主体的文件开展公平竞争审查12件。', ['license.cases=4870', 'license.cases=2316']],
  ['住建', '核发商品房预售许可证61项，梳理公布行政许可事项清单28项。', ['license.cases=61']],
  ['农业', '梳理公布行政许可事项清单30项，种子生产经营许可新办15项、变更4项。', ['license.cases=15', 'license.cases=4']],
  ['司法局', '全年审结行政复议案件90件。普通程序审理60件，简易程序审理30件。', ['reconsideration.closed=90']],
  ['国资委', '开展规范性文件清理，现行有效文件六件均继续有效。', ['normative.documents=6']],
  ['住建', '全年收到行政复议申请五件，其中一件被确认违法。', ['reconsideration.cases=5', 'reconsideration.overturned=1']],
  ['供销社', '受理举报线索14件，全部核查办结，查实3件。', ['complaint.cases=14']],
  ['城管', '并处两种以上处罚的算一宗。', []],
  ['街道', '全年受理热线派单3.26万件，其中诉求类2.71万件；响应率100%，综合成绩在全区43个街乡中排名第2。', ['hotline.tickets=32600', 'hotline.tickets=27100']],
  ['司法局', '共抽查行政处罚案卷150件、行政许可案卷62件。', []],
  ['司法局', '全年市中级人民法院共审结一审行政案件1024件。', ['litigation.cases=1024']],
  ['司法局', '市人民检察院办理行政诉讼监督案件53件。', []],
  ['司法局', '开展公平竞争审查抽查，抽查政策措施310件。', []],
  ['司法局', '区人民检察院立案办理行政公益诉讼案件36件。', []],
  ['城管', '依托平台建立“发现—派单—处置—反馈”闭环，全年平台推送城管类事件6.84万件。', []],
  ['住建厅', '各市中，西京市查处案件最多，为693起；宝原市、咸阳东市分列二、三位，分别为322起、287起。', ['penalty.cases=693', 'penalty.cases=322', 'penalty.cases=287']],
  ['市场监管局', '各市州中，荆川市查处案件12408件，居全省第一；汉江市、襄北市分别以8311件、7950件位居第二、三位。', ['penalty.cases=12408', 'penalty.cases=8311', 'penalty.cases=7950']],
  ['水务', '全年立案查处水事违法案件64起，结案61起，其中作出重大行政处罚决定3件。从违法类型看，河道采砂类23起、违法取水类18起、其他23起。', ['penalty.cases=64', 'penalty.closed=61', 'penalty.major_cases=3', 'penalty.cases=23', 'penalty.cases=18', 'penalty.cases=23']],
  ['文旅', '组织全系统法治培训3次，参训310余人；组织行业从业人员安全生产培训1200人次。', ['training.sessions=3', 'training.participants=310~over']],
  ['水务', '组织法治讲座3次，培训干部职工200余人次；开展全市1286名各级河湖长履职培训。', ['training.sessions=3', 'training.participants=200~over']],
  ['人社', '同期全市法院受理劳动争议诉讼案件1127件。', []],
  ['水务', '对局属5个执法单位开展法治建设专项检查。', []],
  ['县政府', '县政府收到行政复议申请72件，已审结61件，其中调解和解结案19件，经复议纠错8件，县政府作为被告的行政诉讼案件14件，无败诉案件。', ['reconsideration.cases=72', 'reconsideration.closed=61', 'reconsideration.closed=19', 'reconsideration.overturned=8', 'litigation.cases=14', 'litigation.lost=0']],
  ['县政府', '全县信访总量1493件，其中县级受理627件，各乡镇受理866件，全县各乡镇人民调解委员会调解矛盾纠纷二千四百余起。', ['petition.cases=1493', 'petition.cases=627', 'petition.cases=866', 'mediation.cases=2400~over']],
  ['区政府', '全年审核区政府规范性文件八件，制定出台6件。', ['review.cases=8', 'normative.documents=6']],
  ['市政府', '全市行政执法机关共办理行政处罚案件4.72万件，罚款3.18亿元；市本级办理9,846件。', ['penalty.cases=47200', 'penalty.fines_yuan=318000000', 'penalty.cases=9846']],
  ['市场监管', '被申请行政复议2件，被诉0件。', ['reconsideration.cases=2', 'litigation.cases=0']],
  ['司法局', '市纪委监委全年立案审查调查党员干部违纪违法案件52件。', []],
  ['市场监管', '县人民法院对我局申请强制执行的3件案件裁定准予执行2件。', []],
  ['司法局', '以乡镇人民政府为被申请人的行政复议案件24件，具体如下：\n城关街道：7件\n石门镇：5件\n其他乡镇：12件', ['reconsideration.cases=24', 'reconsideration.cases=7', 'reconsideration.cases=5', 'reconsideration.cases=12']],
  ['公安', '全年共办理行政处罚案件21548件。按处罚种类分：\n罚款：15872件\n行政拘留：2294件', ['penalty.cases=21548', 'penalty.cases=15872', 'penalty.cases=2294']],
  ['司法局', '全年受理行政复议案件82件。从案件所涉管理领域看，公安类案件最多，共28件，占受理总数的34.1%；其次为自然资源类16件、其他领域38件。', ['reconsideration.cases=82', 'reconsideration.cases=28', 'reconsideration.cases=16', 'reconsideration.cases=38']],
  ['市政府', '审核市政府规范性文件草案8件、市政府常务会议议题115件、合同协议62份。', ['review.cases=8', 'review.cases=115', 'review.cases=62']],
  ['市政府', '审查各类行政决策事项四十二件。', ['review.cases=42']],
  ['市政府', '对区直部门报送备案的规范性文件三十四件开展备案审查。', ['review.cases=34']],
  ['市政府', '召开听证会1次、专家论证会6次。', ['hearing.cases=1']],
  ['市政府', '全市未发生因行政复议、行政诉讼引发的群体性事件。', []],
  ['交通', '组织执法人员法律知识轮训三期，培训二百四十人次。', ['training.sessions=3', 'training.participants=240']],
  ['市场监管', '罚没款共计312.46万元，其中罚款287.13万元、没收违法所得25.33万元；另没收非法财物一批，价值约4.8万元。', ['penalty.forfeiture_yuan=3124600', 'penalty.fines_yuan=2871300', 'penalty.confiscated_yuan=253300']],
  ['司法厅', '厅行政复议局审结行政复议案件6217件，调解和解1436件。', ['reconsideration.closed=6217']],
  ['乡镇', '共调解纠纷39件，成功38件。', ['mediation.cases=39', 'mediation.cases=38']],
  ['街道', '网格员排查上报矛盾纠纷241件。', []],
  ['公安', '全市刑事案件立案4103起。', []],
  ['街道', '行政复议、行政诉讼：均未发生。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['信访局', '全年开展普法宣传活动30余场，组织全县信访干部业务培训3期，培训170人次。', ['publicity.events=30~over']],
  ['公安', '对辖区12个派出所开展执法巡查。', []],
  ['司法局', '全年新收行政复议案件9件，同比下降10%。被申请人为县公安局的4件、县市场监管局的2件、各乡镇的3件。', ['reconsideration.cases=9', 'reconsideration.cases=4', 'reconsideration.cases=2', 'reconsideration.cases=3']],
  ['生态环境', '3.法制审核：行政处罚决定45件。', ['review.cases=45']],
  ['水务', '合同审核：合同及协议98份。', ['review.cases=98']],
  ['公安', '全年审查行政执法决定412宗。', ['review.cases=412']],
  ['乡镇', '乡党委理论学习中心组集体学法4次，开展“每月一课”学法活动12次。', ['training.sessions=4', 'training.sessions=12']],
  ['教育', '开展法治宣传教育活动5场，发放《致家长的一封信》3.8万份。', ['publicity.events=5', 'publicity.materials=38000']],
  ['市场监管', '对首次违法且危害后果轻微的市场主体发放《行政指导书》318份。', []],
  ['政务服务', '其中办理行政许可事项两万三千余件，即办件一万五千余件，承诺件八千余件。', ['license.cases=23000~over', 'license.cases=15000~over', 'license.cases=8000~over']],
  ['税务', '全年采取税收保全措施4件，采取强制执行措施11件。', ['coercion.cases=4', 'coercion.cases=11']],
  ['医保', '对全县126家定点医药机构实现检查全覆盖，其中检查定点医疗机构83家、定点零售药店43家。', ['inspection.count=126', 'inspection.count=83', 'inspection.count=43']],
  ['市场监管', '受理投诉举报2876件，其中投诉1954件、举报922件，办结率99.6%，接收12345热线转办工单1432件。', ['complaint.cases=2876', 'complaint.cases=1954', 'complaint.cases=922', 'hotline.tickets=1432']],
  ['卫健', '开展“双随机”抽查检查单位412家，查处各类违法案件96起，罚款合计48.35万元，其中非法行医案件14起，对初次轻微违法且及时改正的17家单位不予处罚。', ['inspection.count=412', 'penalty.cases=96', 'penalty.fines_yuan=483500', 'penalty.cases=14']],
  ['市场监管', '全年作出行政许可决定184件，审核行政许可决定30件。', ['license.cases=184', 'review.cases=30']],
  ['区政府', '全年收到行政复议申请300件，以区政府各部门为被申请人的案件230件，以各街道办事处为被申请人的33件，区城管执法局、区公安分局、区人社局居前三位，分别为71件、58件、32件。', ['reconsideration.cases=300', 'reconsideration.cases=230', 'reconsideration.cases=33', 'reconsideration.cases=71', 'reconsideration.cases=58', 'reconsideration.cases=32']],
  // Reviews named by the kinds reviewed, skills that are no law, ways of inspecting
  ['城管', '法制审核机构全年审查行政处罚、行政强制等执法案件215件。', ['review.cases=215']],
  ['应急', '全年法制审核行政强制案件18件。', ['review.cases=18']],
  ['交通', '组织一线执法队员业务技能培训3期，开展法律知识培训2期。', ['training.sessions=2']],
  ['市场监管', '改进涉企检查方式，“白名单”内企业已达300家。', []],
  ['生态环境', '对现行有效的18件规范性文件开展清理，拟废止1件、修订2件，其余15件继续有效。', ['normative.documents=18', 'normative.documents=1', 'normative.documents=2', 'normative.documents=15']],
  ['教育', '全年办理行政复议案件9件，维持6件，其余3件尚在审理中。', ['reconsideration.cases=9']],
  // Parts the neighbour's indicator excludes, amounts of what was just counted, laws taken to where people are
  ['交通', '全年受理热线工单4,210件，其中投诉1,305件、咨询2,617件、建议288件。', ['hotline.tickets=4210', 'hotline.tickets=1305', 'hotline.tickets=2617', 'hotline.tickets=288']],
  ['应急', '其中对企业主要负责人个人罚款41人次、金额62.5万元。', ['penalty.fines_yuan=625000']],
  ['应急', '开展“消防法进园区”宣讲活动23场。', ['publicity.events=23']],
  ['应急', '采取新方法进企业开展宣讲活动5场。', []],
  ['公安', '接待来访群众860余人次，依法处置非正常上访行为14起。', ['petition.visitors=860~over']],
  ['城管', '全年适用“首违不罚”办理案件二十件，另有五件依法从轻处罚，三件予以减轻处罚。', ['penalty.lenient_cases=20', 'penalty.lenient_cases=5', 'penalty.lenient_cases=3']],
  ['司法', '与上年相比，行政诉讼案件减少3件（上年为11件）。', ['litigation.cases=11']],
  ['街道', '开展“民法典进社区”活动8场，覆盖居民约3000人次，审查居民公约4件。', ['publicity.events=8', 'publicity.audience=3000~about', 'review.cases=4']],
  // Courts' own dockets, last year's levels in order, a change after a level compared with, a platform's tickets
  ['区政府', '区政府共应诉行政案件121件。另据区人民法院统计，该院全年共受理各类一审行政案件389件。', ['litigation.cases=121']],
  ['镇政府', '据区人民法院通报，全区法院审理的一审行政诉讼案件中行政机关败诉12件。', []],
  ['街道', '区人民法院在街道设立的“法官工作室”全年诉前化解纠纷286件，街道调委会调解纠纷423起。', ['mediation.cases=423']],
  ['县政府', '全县人民法院共受理行政诉讼案件210件，审结198件。', ['litigation.cases=210']],
  ['县政府', '全市法院一审审结行政诉讼案件1,406件，行政机关败诉92件。', ['litigation.cases=1406', 'litigation.lost=92']],
  ['环境', '配合检察院办理生态环境公益诉讼案件3件，承接法院委派调解案件31宗。', ['mediation.cases=31']],
  ['卫健', '对某医院开展专项检查，该院共有执业医师32人，罚款2万元。', ['penalty.fines_yuan=20000']],
  ['市场', '查处违法案件2,847件，罚没款3217.45万元，其中罚款2968.12万元、没收违法所得249.33万元；上年分别为2,516件、2894.6万元。', ['penalty.cases=2847', 'penalty.forfeiture_yuan=32174500', 'penalty.fines_yuan=29681200', 'penalty.confiscated_yuan=2493300', 'penalty.cases=2516', 'penalty.forfeiture_yuan=28946000']],
  ['司法', '收到行政复议申请198件，受理176件，较上年的143件增加33件。', ['reconsideration.cases=198', 'reconsideration.cases=176', 'reconsideration.cases=143']],
  ['区政府', '12345便民服务平台受理诉求件21.6万件，其中咨询类9.8万件、求助类5.7万件。', ['hotline.tickets=216000', 'hotline.tickets=98000', 'hotline.tickets=57000']],
  ['住建', '严格执行权责清单，全年办理建设工程施工许可证97件、建筑业企业资质审批45项。', ['license.cases=97', 'license.cases=45']],
  // Last year's level after a change no cue names, a prosecutor's oversight, cases reviewed online, petitions by report
  ['市场', '全年共立案查处各类违法案件2,316件，办结2,208件，案件数同比增加187件（上年为2,129件）。', ['penalty.cases=2316', 'penalty.closed=2208', 'penalty.cases=2129']],
  ['司法', '全年收到行政复议申请40件，审结36件，同比减少5件，上年为45件。', ['reconsideration.cases=40', 'reconsideration.closed=36', 'reconsideration.cases=45']],
  ['公安', '市人民检察院全年向我局发出纠正违法通知书7份，监督立案12件、监督撤案5件，均已整改落实。', []],
  ['公安', '依托执法办案管理中心，对全市2.3万余件行政案件开展网上巡查，发现并督促整改执法问题427个。', []],
  ['应急', '受理信访举报件156件，其中安全生产举报128件。', ['petition.cases=156', 'petition.cases=128']],
  ['自然资源', '据市中级人民法院统计，全市法院全年受理以自然资源部门为被告的一审行政案件共58件。', []],
  ['司法', '对拟出台的规范性文件、拟签订的合同协议和重大行政决策分别审查21件、40件和3件。', ['review.cases=21', 'review.cases=40', 'review.cases=3']],
  ['司法', '行政复议直接纠错、调解和解结案分别为6件、15件。', ['reconsideration.overturned=6', 'reconsideration.closed=15']],
  ['司法', '新收行政复议案件420件，审结398件，调解和解结案120件。', ['reconsideration.cases=420', 'reconsideration.closed=398', 'reconsideration.closed=120']],
  ['人社', '全年受理劳动人事争议案件860件，调解结案503件。', ['mediation.cases=503']],
  ['市场监管', '对新出台的政策措施文件开展公平竞争审查35件。', []],
  // How complaints were found, a check then settling it, a court's mediation after 同期, a kind of case by its powers
  ['医保', '接收投诉举报线索17件，其中实名举报5件，经核查属实9件。', ['complaint.cases=17', 'complaint.cases=5']],
  ['街道', '受理群众投诉举报412件，均在规定时限内核查处置，转办区级部门处理的39件。', ['complaint.cases=412']],
  ['退役军人', '全年法院调处涉军纠纷12起，同期全市两级法院受理劳动争议一审案件1,012件。', []],
  ['街道', '全年立案查处赋权事项案件126件，承接赋权事项38件。', ['penalty.cases=126']],
  ['消防', '全年受理公众聚集场所营业前消防安全检查申请642件，许可597件。', ['license.cases=642', 'license.cases=597']],
  ['消防', '依法办理公众聚集场所投入使用、营业前消防安全检查482件，其中采用告知承诺方式办理391件。', ['license.cases=482', 'license.cases=391']],
  ['政府', '共办理行政处罚案件5210件、行政许可事项4680件、行政强制案件324件。', ['penalty.cases=5210', 'license.cases=4680', 'coercion.cases=324']],
  // Another department after one, with the same act
  ['政府', '市政府制定规范性文件13件，市政府办公室制定5件，市司法局审查8件。', ['normative.documents=13', 'normative.documents=5', 'review.cases=8']],
  // Another level after a level, past its share, whatever its size; another act is no figure of the first's
  ['政府', '市本级共作出行政处罚决定1124件，占31.7%；各县（市、区）共作出2422件。', ['penalty.cases=1124', 'penalty.cases=2422']],
  ['政府', '省本级作出行政处罚决定356件，市级作出1890件，县级作出6021件。', ['penalty.cases=356', 'penalty.cases=1890', 'penalty.cases=6021']],
  ['政府', '市本级作出行政处罚决定356件，县级办理1890件。', ['penalty.cases=356']],
  // Parts that add up to the cases, not to those closed, before a figure besides them; a kind of case named by the things used
  ['林业', '查处林业行政案件94起，查结89起，其中非法占用林地案件38起、滥伐林木案件27起、破坏草原案件29起，另有4起因涉嫌犯罪移送公安机关。', ['penalty.cases=94', 'penalty.closed=89', 'penalty.cases=38', 'penalty.cases=27', 'penalty.cases=29']],
  ['渔政', '查处违规使用禁用渔具案件24起，没收网具等渔具312件。', ['penalty.cases=24']],
  // A hotline's tickets by what they ask, the last kind a cue of complaints; tickets of a channel after petitions
  ['街道', '全年受理群众诉求工单3,045件，其中咨询类862件、求助类1,417件、投诉举报类766件。', ['hotline.tickets=3045', 'hotline.tickets=862', 'hotline.tickets=1417', 'hotline.tickets=766']],
  ['镇', '受理群众来信来访54件，其中初信初访41件，均按时办结，依托12345便民服务平台办理群众诉求件317件。', ['petition.cases=54', 'petition.cases=41', 'hotline.tickets=317']],
  // Petitions resolved with the backlog; agreements drawn up, then confirmations applied for, no disputes mediated; persuasion, no penalty
  ['街道', '街道领导接访下访42次，化解重复信访、信访积案11件。', ['petition.resolved=11']],
  ['街道', '共受理矛盾纠纷1023件，成功化解987件，其中物业服务纠纷241件；制作人民调解协议书312份，申请司法确认44件。', ['mediation.cases=1023', 'mediation.cases=987', 'mediation.cases=241']],
  ['镇', '查处违法行为27起，其中查处涉农违法行为16起，针对殡葬管理事项开展专项整治，劝导违规土葬、乱埋乱葬四十余起。', ['penalty.cases=27', 'penalty.cases=16']],
  // Major cases in other words; samples that failed a check; a cue inside a list's first item passed over
  ['公安', '作出行政处罚决定214件，对重大处罚案件8件进行了集体讨论。', ['penalty.cases=214', 'penalty.major_cases=8']],
  ['农业', '对抽检不合格的11个种子样品、4批次农药全部依法立案。', []],
  ['人社', '对12家定点培训机构、8家社保经办网点开展现场检查。', ['inspection.count=12', 'inspection.count=8']],
  // Awards of labour arbitration a court overturned are no suits lost; documents voided after a review are no reviews
  ['人社', '全年区法院受理劳动争议诉讼案件214件，仲裁裁决被法院撤销或改判的6件。', []],
  ['人社', '开展规范性文件专项清理，对现行有效的规范性文件逐件审核，宣布失效4件。', ['normative.documents=4']],
  // Parts of a review that name documents, after a clause on documents made; applications taken in after those received
  ['政府', '州政府出台行政规范性文件7件，州司法局审查规范性文件、合同协议共计213件，其中规范性文件24件。', ['normative.documents=7', 'review.cases=213', 'review.cases=24']],
  ['审批', '共收到行政许可申请2,648件，受理2,640件，作出准予许可决定2,615件。', ['license.cases=2648', 'license.cases=2640', 'license.cases=2615']],
  // Places of shows inspected, hazards cleared; a total said first as the lead into its parts
  ['文旅', '检查网吧、歌舞娱乐场所、演出场所等文化经营单位1985家次。', ['inspection.count=1985']],
  ['消防', '其中排查电动自行车停放充电场所3200余处，清理“飞线充电”4600余处。', []],
  ['广电', '对规范性文件进行全面清理，现行有效的9件中，保留8件，废止1件。', ['normative.documents=9', 'normative.documents=8', 'normative.documents=1']],
  ['司法', '全年受理行政复议案件12件中，维持10件。', ['reconsideration.cases=12']],
  // Parts by field past a part broken down in brackets; parts under a heading that names what they count
  ['卫健', '全年作出行政处罚决定356件，法制审核315件。\n从执法领域看，医疗卫生领域129件（含非法行医22件），公共场所卫生领域158件，学校卫生领域69件。', ['penalty.cases=356', 'review.cases=315', 'penalty.cases=129', 'penalty.cases=22', 'penalty.cases=158', 'penalty.cases=69']],
  ['城管', '（一）行政许可。办理户外广告设置许可等事项687件。\n（二）行政处罚。按领域分：市容环境卫生类538件，园林绿化类47件，市政公用类206件。', ['license.cases=687', 'penalty.cases=538', 'penalty.cases=47', 'penalty.cases=206']],
  // Decisions of reconsideration named by what they did; penalty records repaired; people of sessions after 计
  ['政府', '县人民政府作出撤销、变更或确认违法的复议决定3件。', ['reconsideration.overturned=3']],
  ['市场监管', '其中经营异常名录修复1,938件、行政处罚信息修复168件。', []],
  ['市场监管', '组织执法人员参加上级法治培训5批次、计42人次。', ['training.sessions=5', 'training.participants=42']],
  // A whole province's cases by field, a long list of parts
  ['市场监管', '全省共查处各类违法案件6.82万件，罚没款9.36亿元。其中，查办食品安全违法案件2.15万件；药品、医疗器械、化妆品违法案件8,417件，罚没款1.27亿元；特种设备违法案件2,106件；计量违法案件1,392件；价格违法案件近1,900件；虚假违法广告案件3,214件，罚没款约0.86亿元；侵犯知识产权和制售假冒伪劣商品案件4,530件，罚没款1.05亿元，移送司法机关396件；网络交易违法案件5,020件；不正当竞争案件逾1,100件。', ['penalty.cases=68200', 'penalty.forfeiture_yuan=936000000', 'penalty.cases=21500', 'penalty.cases=8417', 'penalty.forfeiture_yuan=127000000', 'penalty.cases=2106', 'penalty.cases=1392', 'penalty.cases=1900~under', 'penalty.cases=3214', 'penalty.forfeiture_yuan=86000000~about', 'penalty.cases=4530', 'penalty.forfeiture_yuan=105000000', 'penalty.cases=5020', 'penalty.cases=1100~over']],
  // Parts each with its money, one per clause between semicolons, after a count of cases spared
  ['市场监管', '全年作出行政处罚决定943件；作出不予处罚决定128件。其中，知识产权案件112件，罚款283.5万元；广告案件76件，罚款132.1万元；食品案件755件。', ['penalty.cases=943', 'penalty.lenient_cases=128', 'penalty.cases=112', 'penalty.fines_yuan=2835000', 'penalty.cases=76', 'penalty.fines_yuan=1321000', 'penalty.cases=755']],
  // Zeros said of a count (数量为零) and of being sued (未成为…被告)
  ['档案', '我局现行有效规范性文件数量为零。', ['normative.documents=0']],
  ['侨办', '本年度我办未被申请行政复议，也未成为行政诉讼被告，未发生行政诉讼败诉。', ['reconsideration.cases=0', 'litigation.cases=0', 'litigation.lost=0']],
  // Cases against a licence's terms; parts of service matters no cue names; staff who won awards; places checked and the checks
  ['审批', '全年立案查处违反许可规定案件5起，结案4起。', ['penalty.cases=5', 'penalty.closed=4']],
  ['审批', '全年办理行政许可3200件；另办理各类公共服务事项1.9万余件，其中即办件1.4万件。', ['license.cases=3200']],
  ['生态环境', '组织全体执法人员参加全省生态环境执法大练兵，2名执法人员获评省级“执法标兵”。', []],
  ['民宗', '对辖区23处宗教活动场所开展联合检查4次。', ['inspection.count=23', 'inspection.count=4']],
  // A hotline's branch; cases of offences handled, cases of every kind closed
  ['政府', '12345政务服务便民热线诸城分中心共受理群众诉求21.6万件。', ['hotline.tickets=216000']],
  ['政府', '五是县城管执法局办理违法案件650件。', ['penalty.cases=650']],
  ['政府', '县市场监管局办结各类案件1,104件。', ['penalty.closed=1104']],
  ['政府', '偃师区、孟津区新组建的综合行政执法局查处违法案件分别为418件、365件。', ['penalty.cases=418', 'penalty.cases=365']],
  // A total said with 合计为, 共计为; money not fined named as such
  ['市场监管', '罚没款（含没收违法所得折价款）合计为2163.47万元，开展合法性审查合计为284件。', ['penalty.forfeiture_yuan=21634700', 'review.cases=284']],
  ['司法', '一案多罚的计为1件。', []],
  ['市场监管', '对217件轻微违法行为依法不予处罚，涉及不予罚款金额约31万元。', ['penalty.lenient_cases=217', 'penalty.waived_yuan=310000~about']],
  // Powers to inspect taken away, checks per firm a year, the oversight of inspections: none are inspections
  ['市场监管', '取消不具备主体资格的内设机构检查职能2个。', []],
  ['政府', '单个企业年均接受检查不足1次。', []],
  ['政府', '每年组织涉企检查专项督查不少于2次。', []],
  // A Latin code's digits between cue and figure; approvals after applications; petitions and tickets in one figure; areas covered
  ['无线电', '检查5G基站、广播电视发射台等台站设施共计2,040台次。', ['inspection.count=2040']],
  ['统计', '受理涉外调查项目审批申请3件，批准3件。', ['license.cases=3', 'license.cases=3']],
  ['人防', '受理群众来信来访及12345热线转办件47件。', []],
  ['统计', '检查覆盖全部6个区、县（市）。', []],
  // Digits a scanner read as letters
  ['城管', '全年共查办各类行政处罚案件1O86件，不予处罚决定l5件，行政诉讼败诉O件。', ['penalty.cases=1086', 'penalty.lenient_cases=15', 'litigation.lost=0']],
  // Glosses in brackets between a cue and its figure, words and numbers in them, what they leave out no blocker
  ['市场监管', '全年共立案查处（含简易程序案件，不含移送公安机关案件）各类市场监管违法案件1,286件。', ['penalty.cases=1286']],
  ['应急', '收到安全生产举报（含12350举报热线、“江苏安全生产举报”小程序转办）共计318件。', ['complaint.cases=318']],
  ['交通', '查处超限超载违法行为（涉及车货总重超过55吨的）318起。', ['penalty.cases=318']],
  // Mediators trained are people, not mediations; videos played are no events
  ['镇', '举办“法律明白人”培训班3期，培训法律明白人及村（社区）调解员260余人次。', ['training.sessions=3', 'training.participants=260~over']],
  ['交通', '在客运站、服务区滚动播放普法视频3600余次。', []],
  // A total right after the brackets that give its parts, long or named before their figures
  ['司法', '共收到行政复议申请（其中不服行政处罚的512件、不服政府信息公开答复的133件、工伤认定类87件）1,069件。', ['reconsideration.cases=512', 'reconsideration.cases=1069', 'reconsideration.cases=133', 'reconsideration.cases=87']],
  ['卫健', '完成监督抽查（国家任务132户、省级任务47户）179户。', ['inspection.count=132', 'inspection.count=179', 'inspection.count=47']],
  // Levels side by side after a body's or a level's figure, past its money, and the total after them
  ['政府', '市政府出台规范性文件9件，市直部门14件。', ['normative.documents=9', 'normative.documents=14']],
  ['政府', '市级执法部门作出行政处罚决定2416件、罚没金额3872.6万元，县级执法部门8953件。', ['penalty.cases=2416', 'penalty.forfeiture_yuan=38726000', 'penalty.cases=8953']],
  ['政府', '县政府作被告的一审行政诉讼案件19件，县直部门33件，乡镇12件，共64件。', ['litigation.cases=19', 'litigation.cases=33', 'litigation.cases=12', 'litigation.cases=64']],
  ['市场监管', '对轻微违法行为不予处罚或减轻处罚的，局机关9件，各分局238件。', ['penalty.lenient_cases=9', 'penalty.lenient_cases=238']],
  // Rates paired in order by 分别
  ['司法', '城区人民调解组织调解纠纷1034件，调解成功率分别为97.3%、98.8%。', ['mediation.cases=1034', 'mediation.success_rate=97.3', 'mediation.success_rate=98.8']],
  // Decisions enforced by a court are coercion; an outcome's cue whose own item holds a number names none before it
  ['人社', '对逾期不缴纳罚款的2家单位，依法向人民法院申请强制执行行政处罚决定2件。', ['coercion.cases=2']],
  ['公安', '依法申请人民法院强制执行罚款决定63件。', ['coercion.cases=63']],
  ['公安', '一审审结347件，其中判决驳回诉讼请求251件、裁定驳回起诉38件、原告撤诉41件、判决撤销或确认违法17件。', ['litigation.lost=17']],
  // The level changed from is the period's that the sentence opens by comparing with
  ['司法', '与2022年相比，行政复议申请量增长23.1%，行政诉讼案件由81件下降至73件。', ['litigation.cases=81', 'litigation.cases=73']],
  ['市场监管', '较上年，一般程序案件由523件增加至967件。', ['penalty.cases=523', 'penalty.cases=967']],
  // Key figures laid out as cards: the caption below a figure, above it, after its label's colon, after a dash
  ['卫健', '【矛盾化解】\n147起\n医疗纠纷人民调解委员会化解纠纷\n92.5%\n调解成功率\n1035件\n受理卫生健康投诉举报\n58件\n处理群众来信来访', ['mediation.cases=147', 'mediation.success_rate=92.5', 'complaint.cases=1035', 'petition.cases=58']],
  ['市场监管', '修订免罚轻罚清单。\n免罚轻罚案件\n215件\n减免罚款金额\n418.6万元', ['penalty.lenient_cases=215', 'penalty.waived_yuan=4186000']],
  ['应急', '一图看懂\n行政处罚案件：\n236起\n罚款金额：\n1,386.5万元', ['penalty.cases=236', 'penalty.fines_yuan=13865000']],
  ['卫健', '【关键数据】\n312宗——作出卫生行政处罚决定\n98.6万元——罚款\n12.73万元——没收违法所得', ['penalty.cases=312', 'penalty.fines_yuan=986000', 'penalty.confiscated_yuan=127300']],
  // What each of a count's cases concerns, 分别涉及, names its parts
  ['政府', '审结33件，败诉3件，分别涉及区住建局1件、区自然资源局2件。', ['litigation.lost=3', 'litigation.lost=1', 'litigation.lost=2']],
  // A hotline's calls after suits; what cases are not names none of them
  ['交通', '全年行政应诉案件27件。12328交通运输服务监督电话全年受理群众来电1276.5万件，其中投诉举报类89.1万件。', ['litigation.cases=27', 'hotline.tickets=12765000', 'hotline.tickets=891000']],
  ['政府', '全年行政应诉案件27件，其中一审18件、二审9件；已审结的21件中无败诉案件。', ['litigation.cases=27', 'litigation.cases=18', 'litigation.cases=9', 'litigation.lost=0']],
  // A decision made on appeals names them by what it did
  ['部委', '全年收到行政复议申请1620件，审结1489件，对其中23件依法作出撤销、变更或确认违法决定。', ['reconsideration.cases=1620', 'reconsideration.closed=1489', 'reconsideration.overturned=23']],
  ['部委', '行政复议审结20件，对1件行政复议案件作出确认违法决定。', ['reconsideration.closed=20', 'reconsideration.overturned=1']],
  // A tax body's tip-offs, a study meeting on law, disputes a court passed on
  ['税务', '全国税务机关共受理税收违法检举12.7万件。', ['complaint.cases=127000']],
  ['乡镇', '全年召开党委理论学习中心组学法会议4次。', ['training.sessions=4']],
  ['街道', '成功化解法院委派的诉前纠纷31件。', ['mediation.cases=31']],
  ['政府', '区人民法院诉前化解纠纷310件。', []],
  // A clause that opens on an act done by law is its own
  ['城管', '适用“首违不罚”清单对313起轻微违法行为不予处罚，依法暂扣占道经营物品427件（套），强制拆除违法建筑23处。', ['penalty.lenient_cases=313']],
  ['税务', '入库罚款及滞纳金438万元。', []],
  // A total of the departments named before it
  ['司法', '分部门看，市公安局办理行政处罚案件12,406件，市城市管理局5,127件，市市场监管局2,318件，上述三个部门合计19,851件。', ['penalty.cases=12406', 'penalty.cases=5127', 'penalty.cases=2318', 'penalty.cases=19851']],
  // Rows of a table laid out in spaces, each ending at its figure, under the topic of the first
  ['政府', '行政复议收案数          286件\n  其中：受理            261件\n        审结            248件\n        撤销、变更、确认违法       19件\n行政应诉案件数          178件', ['reconsideration.cases=286', 'reconsideration.cases=261', 'reconsideration.closed=248', 'reconsideration.overturned=19', 'litigation.cases=178']],
  // Cases passed to the police after leniency; thresholds of decisions proposed; an act with a count of its own
  ['城管', '对情节轻微并及时改正的37起违法行为依法不予处罚，全年向公安机关移送涉嫌犯罪案件5件。', ['penalty.lenient_cases=37']],
  ['生态', '对拟作出罚款12万元以上、没收违法所得价值12万元以上以及吊销许可证件等重大执法决定一律进行法制审核。', []],
  ['乡镇', '对1起拟作出较大数额罚款的案件，依当事人申请组织听证1次。', ['hearing.cases=1']],
  // 各 gives the figure to each study named by a cue of its own, whatever other study its words name
  ['政府', '县政府常务会议会前学法、县委理论学习中心组专题学法各4次。', ['training.sessions=4', 'training.sessions=4']],
  // Brackets right after a count in a unit of two characters, or after an amount, open its parts
  ['卫健', '卫生监督检查4,215户次（公共卫生2,683户次、医疗卫生1,532户次）。', ['inspection.count=4215', 'inspection.count=2683', 'inspection.count=1532']],
  ['城管', '罚款金额共计612.38万元（简易程序28.6万元、一般程序583.78万元）。', ['penalty.fines_yuan=6123800', 'penalty.fines_yuan=286000', 'penalty.fines_yuan=5837800']],
  // Parts of a count that names nothing are nobody's; a body's own suits as defendant; study whose words name the law; visitors
  ['市场监管', '⑤对轻微违法行为不予处罚12件；\n⑥移送公安机关涉嫌犯罪案件9件（含食品类6件）。', ['penalty.lenient_cases=12']],
  ['政府', '全州行政诉讼案件648件；州政府本级作为被告案件19件，败诉1件。', ['litigation.cases=648', 'litigation.cases=19', 'litigation.lost=1']],
  ['政府', '市政府党组理论学习中心组专题学习法治内容3次。', ['training.sessions=3']],
  ['政府', '建成宪法宣传教育中心，全年接待参观学习团体560批次。', []],
  // Cases named again to open an item after the item that counted them; an offence named by things; acts by a list the county published
  ['交通', '(2)查处各类交通运输违法行为1,037起，处罚金额合计512.38万元；\n(3)以上案件中，道路运输类892起、水路运输类61起、工程质量类84起；', ['penalty.cases=1037', 'penalty.fines_yuan=5123800', 'penalty.cases=892', 'penalty.cases=61', 'penalty.cases=84']],
  ['乡镇', '查处违法案件6件，涉及违规焚烧秸秆3件、违规占道堆放物品2件、私设户外广告1件。', ['penalty.cases=6', 'penalty.cases=3', 'penalty.cases=2', 'penalty.cases=1']],
  ['乡镇', '乡综合行政执法队依据县政府公布的乡镇赋权事项清单，围绕重点领域开展执法检查28次。', ['inspection.count=28']],
  ['发改', '公平竞争审查政策文件12件，其中经审查修改2件。', []],
  ['公共资源', '全年受理招标投标投诉28件，办结26件。', ['complaint.cases=28']],
  // A cue that ends one item of a list before 分别 names that item's figure alone; an act before the things listed names each
  ['司法', '组织听证、集体讨论分别为5起、29次。', ['hearing.cases=5']],
  ['应急', '开展执法人员轮训、法律知识考试、案卷评查分别为3期、2次、1次。', ['training.sessions=3']],
  ['交通', '检查道路运输企业及客货运车辆分别为386家次、5120台次。', ['inspection.count=386', 'inspection.count=5120']],
  ['政府', '县人民检察院通过行政公益诉讼诉前检察建议督促我县行政机关依法履职，全年我县行政机关收到检察建议29件。', []],
  // Cards one after another are one list: the topic of the first holds in the next
  ['政府', '数说法治\n368件\n县政府收到行政复议申请\n322件\n审结行政复议案件\n27件\n纠正违法或不当行政行为', ['reconsideration.cases=368', 'reconsideration.closed=322', 'reconsideration.overturned=27']],
  ['住建', '我局现行有效规范性文件14件，本年度新制定2件，均按规定报市司法局备案审查。', ['normative.documents=14', 'normative.documents=2']],
  // 件次 where 件 is meant, of licences and appeals, not of appearances in court; decisions reviewed; legal aid by a hotline
  ['卫健', '全年办理各类行政许可1,352件次。发生行政复议案件2件次，行政诉讼1件。', ['license.cases=1352', 'reconsideration.cases=2', 'litigation.cases=1']],
  ['政府', '行政机关负责人出庭应诉二十三件次，出庭应诉率为百分之百。', ['litigation.head_appearance_rate=100']],
  ['市场监管', '法制审核机构审核行政处罚决定书142件，提出修改意见37条。', ['review.cases=142']],
  ['街道', '依托12348公共法律服务热线和社区法律顾问，为搬迁群众提供法律援助案件12件。', []],
  // A clause of only a closing act closes the things of the figure before, of whatever indicator
  ['人社', '受理劳动保障监察投诉举报案件512件，结案508件，作出行政处罚决定9件。', ['complaint.cases=512', 'penalty.cases=9']],
  ['自然资源', '以厅为被告的行政诉讼案件58件，审结46件，败诉2件。', ['litigation.cases=58', 'litigation.lost=2']],
  // Suits where an appeal's organ is a defendant too; a province's system acting with other departments
  ['市场监管', '省局本级发生行政诉讼案件12件（含复议共同被告案件7件）。', ['litigation.cases=12', 'litigation.cases=7']],
  ['司法', '局主要负责人带头学习宣传贯彻习近平法治思想，全年主持局党组会研究法治工作5次。', []],
  ['司法', '全年受理行政复议申请46件、行政应诉案件23件，合计处理各类行政争议和信访事项201件。', ['reconsideration.cases=46', 'litigation.cases=23']],
  ['政府', '（二）抓实领导干部学法用法\n组织全市国家工作人员旁听庭审活动，参与人数2,300余人。', []],
  // Runs of cards whose direction the text's other runs tell; co-defendants without 案件; problems coordinated; cases closed by enforcement teams
  ['城管', '一、主要举措和成效\n一般程序案件\n2,037件\n同比增长6.2%\n罚款总金额\n1,126.9万元\n同比下降11.5%\n申请法院强制执行\n14件\n行政处罚听证\n3场\n重大行政执法决定法制审核\n58件\n行政执法人员培训\n6期 1,320人次', ['penalty.cases=2037', 'penalty.fines_yuan=11269000', 'coercion.cases=14', 'hearing.cases=3', 'review.cases=58', 'training.sessions=6', 'training.participants=1320']],
  ['人社', '行政诉讼案件14件（含复议共同被告6件），败诉0件。', ['litigation.cases=14', 'litigation.cases=6', 'litigation.lost=0']],
  ['乡镇', '全年主持召开法治建设专题会议3次，听取执法、信访工作汇报，协调解决重大疑难问题6件。', []],
  ['政府', '12个镇（街道）综合行政执法队共办结执法案件154件。', ['penalty.closed=154']],
  ['生态', '受理信访事项320件；办结生态环境损害赔偿案件21件，赔偿金额685万元。', ['petition.cases=320']],
  // Lectures the leaders attend; training in practice by law
  ['政府', '主要负责人带头参加市级法治专题讲座1次，带头接访群众21人次。', ['training.sessions=1', 'petition.visitors=21']],
  ['卫健', '四、下一步工作计划\n二是开展依法执业专项培训不少于3期；三是深化医疗纠纷人民调解机制建设。', ['training.sessions=3~over']],
  // A day of publicity named in quotes; the culture of the rule of law brought to people; a day of legal advice
  ['应急', '（四）抓好普法宣传\n“安全生产月”期间开展“安全宣传咨询日”活动18场，接受群众咨询3,400人次。', ['publicity.events=18', 'publicity.consultations=3400']],
  ['政府', '开展法治文化惠民活动180余场，受众8万余人次。', ['publicity.events=180~over', 'publicity.audience=80000~over']],
  ['司法', '开展法律咨询日活动3次，接受咨询200人次。', ['publicity.events=3', 'publicity.consultations=200']],
  // Accidents handled by a procedure; appeals and suits as one figure
  ['公安', '全年接报道路交通事故2,913起，其中适用简易程序处理2,640起、一般程序处理273起，侦破交通肇事逃逸案件十一起。', []],
  ['公安', '涉法涉诉信访及复议诉讼案件合计410件，较上年下降14%。', []],
  // A decision changed after a hearing; how the checked fared; an amount a case lies above; plans drawn up; the body's own teams; a slogan's 一件; science for the public
  ['生态', '依当事人申请组织听证4起，听证后变更处罚决定1起。', ['hearing.cases=4']],
  ['教育', '开展办学许可证年度检查，合格二十六所、基本合格二所。', []],
  ['市场监管', '对罚款金额在5万元以上、没收违法所得在10万元以上的案件，一律提交局案件审理委员会集体讨论。', []],
  ['政府', '扎实推进“双随机、一公开”监管，全县制定抽查计划48个，检查1032户。', ['inspection.count=1032']],
  ['公安', '对全局13个派出所、6个办案队进行执法巡查检查二十四次。', ['inspection.count=24']],
  ['政府', '完成规范性文件“一件一评估”41件。', ['normative.documents=41']],
  ['科技', '（三）深化普法宣传\n举办各类科普活动1,260场次，受众86万人次。', []],
  // The rest of the cases told by how they ended; the rest by an act on them; a platform's calls in a paragraph on suits
  ['司法', '行政应诉案件2件（一审胜诉1件，另1件尚未判决）。', ['litigation.cases=2']],
  ['司法', '清理规范性文件31件，废止2件、修改3件，另26件继续有效。', ['normative.documents=31', 'normative.documents=2', 'normative.documents=3', 'normative.documents=26']],
  ['政府', '（三）依法化解行政争议\n全年新收行政诉讼案件45件；“12345”便民服务平台全年受理诉求26.7万件。', ['litigation.cases=45', 'hotline.tickets=267000']],
  ['乡镇', '（二）普法宣传进村居\n组织“法治文艺进村”巡演十二场，开展宪法宣传周主题活动五场次。', ['publicity.events=12', 'publicity.events=5']],
  // What cases concern before 的 is a kind of them; readers of public information; advisers' meetings on cases
  ['政府', '收到行政复议申请12件，其中涉及行政处罚的4件，涉及信息公开的1件。', ['reconsideration.cases=12', 'reconsideration.cases=4', 'reconsideration.cases=1']],
  ['市场监管', '设置政府信息公开查阅点1个，接待群众现场查阅23人次。', []],
  ['政府', '市政府常年法律顾问全年参与重大案件论证研讨42次。', []],
  // Civil suits and disputes a body is party to: no suits against the administration, no disputes settled
  ['医院', '全年医院作为被告的医疗损害责任纠纷民事案件共9件（含上年结转3件）。', []],
  ['国企', '全年集团新发法律纠纷案件17件，其中作为原告（申请人）12件，作为被告（被申请人）5件。', []],
  ['高校', '学校作为当事人的诉讼案件共11件，其中民事诉讼9件（合同纠纷5件、劳动争议2件、侵权纠纷2件），行政诉讼2件。', ['litigation.cases=11', 'litigation.cases=2']],
  ['国企', '劳动争议案件7件（仲裁5件、诉讼2件）。', []],
  ['司法', '人民调解委员会调解婚姻家庭纠纷、合同纠纷等120件，化解合同纠纷5件。', ['mediation.cases=120', 'mediation.cases=5']],
  ['高校', '新生入学教育期间开展法治教育讲座12场，覆盖新生4300余人。', ['publicity.events=12', 'publicity.audience=4300~over']],
  ['自然资源', '建立“早发现、早制止、严查处”机制，全年制止违法用地行为43起，立案查处土地违法案件15宗。', ['penalty.cases=15']],
  ['市场监管', '全年查处各类违法案件同比增长12.4%至236件（上年为210件）。', ['penalty.cases=236', 'penalty.cases=210']],
  ['街道', '全年制定规范性文件0件，对街道以往印发的12件内部管理制度进行了梳理。', ['normative.documents=0']],
  // Petition problems; checkpoints set up; legal aid and published examples; trainings organised, the figure before them
  ['政府', '全县累计受理信访问题856件，办结851件。', ['petition.cases=856', 'petition.resolved=851']],
  ['公安', '在进出县境主要路口设立公安检查卡点14个。', []],
  ['司法', '办理涉疫劳动争议、合同纠纷等法律援助案件86件；与法院联合发布行政争议实质性化解典型案例10件。', []],
  ['卫健', '组织2期卫生监督员法律实务培训。', ['training.sessions=2']],
  ['卫健', '全年共监督检查医疗机构发热门诊、预检分诊点1260间次，集中隔离医学观察场所87间次，学校及托幼机构312间次，公共场所1895间次。', ['inspection.count=1260', 'inspection.count=87', 'inspection.count=312', 'inspection.count=1895']],
  ['卫健', '全年监督检查各类单位3580户次，其中医疗机构1152户次，公共场所2428户次。', ['inspection.count=3580', 'inspection.count=1152', 'inspection.count=2428']],
  ['审批', '县行政审批局全年受理审批服务事项3.2万件，其中行政许可类事项8640件，按时办结率100%。', ['license.cases=8640']],
  ['卫健', '全年开展卫生监督检查２,３４６户次。全年共作出行政处罚决定１２3件，罚款金额合计２８．６５万元。其中医疗卫生类案件６７件、公共场所类案件３1件、生活饮用水类案件１２件、职业卫生类案件１３件；查处非法行医案件８起。', ['inspection.count=2346', 'penalty.cases=123', 'penalty.fines_yuan=286500', 'penalty.cases=67', 'penalty.cases=31', 'penalty.cases=12', 'penalty.cases=13', 'penalty.cases=8']],
  ['司法', '上年度结转的35件行政复议案件已全部办结，另有2件行政复议案件尚未审结。', ['reconsideration.cases=2']],
  ['政府', '全市受理信访事项1.2万件，信访总量最少的是岚溪县（612件），其次为云峰区（803件）。', ['petition.cases=12000', 'petition.cases=612', 'petition.cases=803']],
  // Documents others submitted, counted before their noun, then reviewed
  ['政府', '全年对31件部门报送的规范性文件进行合法性审核。', ['review.cases=31']],
  // Parts that overrun the total their 其中 follows, after a semicolon; licences among a centre's items; disputes tried in court;
  // gains taken by the police; items handled before a count of licences; the petition office as a body
  ['政府', '行政复议5件，其中维持4件；行政诉讼3件，其中未经复议直接起诉2件，结果维持2件、尚未审结1件。', ['reconsideration.cases=5', 'litigation.cases=3', 'litigation.cases=2']],
  ['政府', '县政务服务中心全年共受理各类办件9.2万件，其中行政许可类办件1.36万件。', ['license.cases=13600']],
  ['乡镇', '县人民法院在我镇设立巡回审判点，全年开庭审理涉农纠纷案件9起。', []],
  ['公安', '依法行政拘留86人，罚款共计21.4万元，收缴违法所得约1.3万元。', ['penalty.fines_yuan=214000', 'penalty.confiscated_yuan=13000~about']],
  ['生态', '全年办理排污许可证核发、延续等审批事项92件，审批建设项目环评文件37项。', ['license.cases=92', 'license.cases=37']],
  ['信访', '全年12345热线转信访部门办理的诉求件860件。', ['hotline.tickets=860']],
  // Law and business trained together; an act before a colon over the items after it; a line that ended on its cue;
  // a tax inspection bureau's cases filed; inspectors no inspection; a court's disputes tried; a slogan repeating a zero;
  // mediators stationed at a court
  ['市场监管', '组织执法人员法律知识及业务培训6期，参训380人次。', ['training.sessions=6', 'training.participants=380']],
  ['卫健', '对委机关拟签订合同、拟出台文件开展合法性审查：合同27件、文件9件。', ['review.cases=27', 'review.cases=9']],
  ['卫健', '行政复议：被申请4件，其中维持3件、终止1件\n行政诉讼：被诉3件，无败诉\n另，市人民检察院向我委发出公益诉讼诉前检察建议5件，均已按期整改回复。', ['reconsideration.cases=4', 'litigation.cases=3', 'litigation.lost=0']],
  ['税务', '全年立案检查涉嫌虚开发票、骗取出口退税案件58起。', ['penalty.filed=58']],
  ['药监', '检查员队伍力量与辖区1,100余家监管对象不相匹配。', []],
  ['海事', '配合海事法院派出法庭审结涉航运海事纠纷案件38件。', []],
  ['海事', '全年未发生行政复议和行政诉讼案件，连续五年保持“零复议、零诉讼”。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['司法', '派驻法院的人民调解员开展诉前调解，成功化解民商事纠纷4,120件。', ['mediation.cases=4120']],
  // A word whose every rule asks for an act not there names nothing, and the cue before it still may; cases handled named by their kind
  ['政府', '县综合行政执法局办理案件612宗；县生态环境局办理环境违法案件31宗，罚款金额186万元。', ['penalty.cases=612', 'penalty.cases=31', 'penalty.fines_yuan=1860000']],
  ['农业', '市农业农村局办理农资打假案件17宗，减免罚款约4万余元。', ['penalty.cases=17', 'penalty.waived_yuan=40000~about']],
  ['生态', '全年审批建设项目环境影响评价文件（含告知承诺制审批19件）143件。', ['license.cases=143', 'license.cases=19']],
  ['街道', '街道合法性审查中心审查行政行为和合同96件。', ['review.cases=96']],
  // An event after a semicolon covers its own audience; an organ's papers of reconsideration are no appeals
  ['卫健', '举办全市卫生健康系统依法执业培训班3期；深入开展“法律进医院”活动，覆盖医务人员1.6万人次。', ['training.sessions=3', 'publicity.audience=16000']],
  ['司法', '另有7件经制发行政复议意见书由被申请人自行纠正。', []],
  // A department at work after a semicolon ends the breakdown before it
  ['政府', '县市场监管局查办案件214件，罚没款236.5万元，其中没收违法所得18.2万元；县人社局办结劳动保障监察案件37件，为劳动者追回工资1260万元。', ['penalty.cases=214', 'penalty.forfeiture_yuan=2365000', 'penalty.confiscated_yuan=182000']],
  // The first clause after 其中， whatever it opens with; a hotline's channels no petitions; the hotline by its platform; the
  // level of an earlier year after a sum of money; a list's earlier item counted in 万
  ['政府', '全市市场监管部门查办案件5120件，罚没款6230.4万元；其中，办理食品药品案件1864件。', ['penalty.cases=5120', 'penalty.forfeiture_yuan=62304000', 'penalty.cases=1864']],
  ['政府', '12345在线平台受理群众诉求61.3万件，其中疫情防控类诉求18.2万件。', ['hotline.tickets=613000', 'hotline.tickets=182000']],
  ['街道', '办理12345平台诉求件476件，群众满意率99.1%。', ['hotline.tickets=476']],
  ['乡镇', '全年共办理行政处罚案件27宗（简易程序12宗，普通程序15宗），罚款5.32万元，较2023年的19宗增加8宗。', ['penalty.cases=27', 'penalty.cases=12', 'penalty.cases=15', 'penalty.fines_yuan=53200', 'penalty.cases=19']],
  ['政府', '全年办理12345热线工单2.91万件、市民来信来访132件。', ['hotline.tickets=29100', 'petition.cases=132']],
  // Coloured leaflets handed out; legal services of which mediation is one kind; a warning film shown to the body's own people
  ['乡镇', '开展“法律八进”活动19场，发放《民法典》读本及宣传彩页4300余份。', ['publicity.events=19', 'publicity.materials=4300~over']],
  ['乡镇', '法律顾问全年参与调解纠纷、代写法律文书等法律服务260余件。', []],
  ['城管', '组织全体执法人员观看“以案释法”警示教育片3次。', []],
  // 未有 says none happened
  ['生态', '被提起行政诉讼案件9宗，法院判决驳回原告诉讼请求7宗，尚在审理2宗，未有败诉案件。', ['litigation.cases=9', 'litigation.lost=0']],
  // Kinds listed, then the cases handled
  ['政府', '县交通运输局查处违法案件127件；县农业农村局办理农资、动物防疫等案件46件。', ['penalty.cases=127', 'penalty.cases=46']],
  // An act inside a gloss in brackets, between the cue and its figure, is the gloss's
  ['应急', '全年立案查处安全生产违法行为（含生产安全事故调查处理后依法实施的行政处罚）138起。', ['penalty.cases=138']],
  // A slogan that lists topics and the other term of a ratio set no topic; a backlog counted, then resolved
  ['政府', '行政复议案件数量与一审行政诉讼案件数量之比由0.8:1提升至1.6:1，“大复议、中诉讼、小信访”格局初步形成。全年受理972件；审结941件，其中撤销变更确认违法等纠错121件。', ['reconsideration.cases=972', 'reconsideration.closed=941', 'reconsideration.overturned=121']],
  ['信访', '中央、省交办信访积案87件全部化解。', ['petition.resolved=87']],
  // Law vice-principals at work in schools
  ['教育', '开展“法治副校长进校园”活动180场次，覆盖师生约6.2万人次。', ['publicity.events=180', 'publicity.audience=62000~about']],
  // Calls, letters and visits as a hotline's channels
  ['政府', '12345政务服务便民热线共受理来电来信来访及网络诉求96.4万件。', ['hotline.tickets=964000']],
  // What cases concern, listed with 分别, are kinds of the cases received
  ['政府', '全年受理行政复议申请214件，其中涉及行政处罚、行政强制和信息公开等类别的案件分别为88件、31件和40件。', ['reconsideration.cases=214', 'reconsideration.cases=88', 'reconsideration.cases=31', 'reconsideration.cases=40']],
  ['政府', '县政府全年收到行政复议申请163件，受理、审结分别为151件、140件；涉及行政处罚、行政强制和信息公开等类别的案件分别为52件、19件和17件。', ['reconsideration.cases=163', 'reconsideration.cases=151', 'reconsideration.closed=140', 'reconsideration.cases=52', 'reconsideration.cases=19', 'reconsideration.cases=17']],
  // Counts before a passive act, and "not a single one"
  ['税务', '省局本级办理行政复议案件21件，无一件被纠错。', ['reconsideration.cases=21', 'reconsideration.overturned=0']],
  ['政府', '全年没有一起行政诉讼案件败诉。', ['litigation.lost=0']],
  ['政务服务', '全年共有3.8万件行政许可申请被依法受理，按时办结率100%。', ['license.cases=38000']],
  ['乡镇', '全年共有412起矛盾纠纷经人民调解成功化解。', ['mediation.cases=412']],
  ['乡镇', '全年共有926件12345热线工单被转办至镇，均已按时办结。', ['hotline.tickets=926']],
  // Kinds of reconsideration cases, classed after the totals
  ['司法局', '全年新收行政复议案件412件，受理389件。案件类型方面，涉及行政处罚的163件、政府信息公开的58件、举报投诉处理的76件、行政强制的15件。', ['reconsideration.cases=412', 'reconsideration.cases=389', 'reconsideration.cases=163', 'reconsideration.cases=58', 'reconsideration.cases=76', 'reconsideration.cases=15']],
  ['政府', '全年收到行政复议申请96件，受理84件，审结80件。从案件类别看，涉及征收补偿类31件、工伤认定类18件、信息公开类11件。', ['reconsideration.cases=96', 'reconsideration.cases=84', 'reconsideration.closed=80', 'reconsideration.cases=31', 'reconsideration.cases=18', 'reconsideration.cases=11']],
  // Rankings whose items carry their shares; the other term of a multiple; the hotline's platform
  ['公安', '以我局为被申请人的行政复议案件326件。从复议事项看，排名前三的是交通管理类（151件，占46.3%）、治安管理类（97件，占29.8%）和户政管理类（28件，占8.6%）。', ['reconsideration.cases=326', 'reconsideration.cases=151', 'reconsideration.cases=97', 'reconsideration.cases=28']],
  ['政府', '全年新收行政复议案件388件，是同期一审行政诉讼案件的2.1倍；受理361件，审结352件。', ['reconsideration.cases=388', 'reconsideration.cases=361', 'reconsideration.closed=352']],
  ['城管', '12345平台接件城市管理类诉求18.6万件，其中占道经营类6.2万件、环境卫生类4.8万件。', ['hotline.tickets=186000', 'hotline.tickets=62000', 'hotline.tickets=48000']],
  ['城管', '全年12345热线接件城管类诉求62.1万件，按时办结率99.6%。受理群众信访事项948件，化解信访积案12件。从诉求类型看，排名前三的是噪声扰民（15.2万件，占24.5%）、占道经营（11.8万件，占19.0%）和违法搭建（8.6万件，占13.8%）。', ['hotline.tickets=621000', 'petition.cases=948', 'petition.resolved=12', 'hotline.tickets=152000', 'hotline.tickets=118000', 'hotline.tickets=86000']],
  ['市场监管', '全年查办行政处罚案件8326件。从区域分布看，办案数量排名前三的是滨江区（1215件）、西湖区（1108件）和拱墅区（964件）。', ['penalty.cases=8326', 'penalty.cases=1215', 'penalty.cases=1108', 'penalty.cases=964']],
  // Zeros of one topic in a sentence on two; a civil suit
  ['街道', '全年发生行政复议案件2件、行政诉讼案件1件，复议案件未被撤销或变更，诉讼案件无败诉。', ['reconsideration.cases=2', 'litigation.cases=1', 'reconsideration.overturned=0', 'litigation.lost=0']],
  ['乡镇', '全年审查镇政府签订的合同38份，未发生因合同不规范引发的诉讼。', ['review.cases=38']],
  // A lone numeral far from the offences it counts; approvals; matters of every kind
  ['市场监管', '落实“首违不罚”清单制度，对三起首次违法且及时整改的轻微违法行为依法不予处罚。', ['penalty.lenient_cases=3']],
  ['医保', '受理门诊慢特病认定申请2140件，其中审核通过1987件。', []],
  ['应急管理', '全年开展行政处罚、行政强制等执法行为，共办理各类行政执法事项2.36万件。', []],
  // A gloss on the things inspected; proposals of deputies answered
  ['教育', '对全市312所民办学校（含幼儿园）开展年度检查。', ['inspection.count=312']],
  ['文旅', '配合市人大常委会开展《文物保护条例》执法检查，认真办理人大代表建议和政协委员提案36件。', []],
  ['城管', '全年办理行政处罚案件2.1万件。从违法行为看，排名前三的依次为：占道经营（4312件）、违法建设（2238件）和工地扬尘污染（1176件）。', ['penalty.cases=21000', 'penalty.cases=4312', 'penalty.cases=2238', 'penalty.cases=1176']],
  ['城管', '全年受理群众来信来访186件，办结184件；处置涉城管网络舆情37起。', ['petition.cases=186', 'petition.resolved=184']],
  ['市场监管', '全年法制审核案件6215件，对审核中发现的事实认定不清等问题退回补正81件。', ['review.cases=6215']],
  ['林草', '办理使用林地审核审批6件、草原征占用审核3件。', ['license.cases=6', 'license.cases=3']],
  ['退役军人', '组织开展清明节祭扫活动，全年接待群众和学生祭扫1.6万人次。', []],
  ['街道', '全年审查街道文件、会议纪要等涉法事项23件。', ['review.cases=23']],
  ['住建', '全年共查处违法建设案件46宗，其中未取得施工许可证擅自施工案件12宗。', ['penalty.cases=46', 'penalty.cases=12']],
  ['应急管理', '组织执法人员开展现场检查取证等实务练兵3次。', []],
  ['政府', '全市行政执法人员参加公共法律知识和专业法律知识培训考试2.1万人次。', ['training.participants=21000']],
  ['税务', '全年清理税收规范性文件27件，决定宣布失效废止4件、修改3件。', ['normative.documents=27', 'normative.documents=4', 'normative.documents=3']],
  ['政府', '全年审结行政复议案件15件，其中维持11件，撤销3件，责令被申请人重新作出具体行政行为一件。', ['reconsideration.closed=15', 'reconsideration.overturned=3']],
  ['工商', '全年集体讨论重大复杂案件三十六件。', ['penalty.major_cases=36']],
  ['公安', '全年法制审核一般程序案件3.2万起。', ['review.cases=32000']],
  ['公安', '到基层派出所开展执法检查督导9次。', []],
  ['政府', '新进人员经培训考试合格后上岗，全县现有持证执法人员1,386名。', []],
  ['消防', '组织指战员开展法律法规和执法业务学习18次。', ['training.sessions=18']],
  ['司法局', '全年审结行政复议案件320件，作出维持、驳回、确认违法、撤销决定分别为162件、81件、17件、23件。', ['reconsideration.closed=320', 'reconsideration.overturned=17', 'reconsideration.overturned=23']],
  ['司法局', '邀请行政复议咨询委员会专家参与案件评议9人次。', []],
  ['司法局', '复议决定作出后当事人起诉至法院的已判决的19件中，无一件被判决撤销。', []],
  // Patrols of rivers and land; what was found; claims for damages; sums of more than fines
  ['水利', '全年开展河湖执法巡查286次，立案查处水事违法案件12起。', ['inspection.count=286', 'penalty.cases=12']],
  ['水利', '县级河长巡河156次，巡湖48次。', []],
  ['自然资源', '通过巡查、群众举报、卫片核查等途径共发现违法用地行为132宗。', []],
  ['生态环境', '办理生态环境损害赔偿案件18件，通过磋商结案15件。', []],
  ['生态环境', '与公安、检察机关共同会商重大疑难案件5件。', []],
  ['医保', '以上追回医保基金、收取违约金及行政罚款合计2,186.4万元。', []],
  ['民政', '开展社会组织年度检查工作，应参检社会组织386家。', []],
  ['教育', '检查各类校外培训机构及培训场所862家次。', ['inspection.count=862']],
  ['民政', '以“民法典宣传月”为契机，邀请律师为全局干部讲授民法典婚姻家庭编、继承编专题讲座1场，参加人员64人。', ['training.sessions=1', 'training.participants=64']],
  ['卫健', '全年查处医疗、公共场所、生活饮用水、职业卫生违法案件分别为19件、37件、5件、8件。', ['penalty.cases=19', 'penalty.cases=37', 'penalty.cases=5', 'penalty.cases=8']],
  ['司法局', '对行政处罚决定、合同协议开展合法性审查分别为28件、46件。', ['review.cases=28', 'review.cases=46']],
  ['政府', '组织开展规范性文件集中清理，对现行有效的规范性文件逐件审查，决定继续有效、修改、废止分别为64件、5件、9件。', ['normative.documents=64', 'normative.documents=5', 'normative.documents=9']],
  ['政府', '全年全县共实施行政处罚1,962件；实施行政许可12,750件。其中，县市场监督管理局行政处罚513件、县交通运输局482件，其余部门合计967件。', ['penalty.cases=1962', 'license.cases=12750', 'penalty.cases=513', 'penalty.cases=482', 'penalty.cases=967']],
  ['水利', '利用“世界水日”等节点，开展“水法进村、进校、进企”活动15场次。', ['publicity.events=15']],
  ['市场监管', '开展行政执法进企业活动12次。', []],
  ['城管', '对已履行义务的当事人依法解除强制措施26件。', []],
  ['市场监管', '依法解除查封、扣押措施9件。', []],
  ['政府', '对县政府确定的三项重大行政决策事项全部履行公众参与、专家论证、风险评估等程序。', ['decision.major=3']],
  ['乡镇', '镇司法所对新修订的村规民约逐条审查，共审查11件。', ['review.cases=11']],
  // Kinds listed after a way of classing and 分别为, in a sentence of their own
  ['农业', '全年立案查处农业违法案件86起。按领域分别为：种子类12起、农药类30起、兽药类9起。', ['penalty.cases=86', 'penalty.cases=12', 'penalty.cases=30', 'penalty.cases=9']],
  // Cases named by how they ended, opening a clause to say why: counted where they ended
  ['司法局', '全年行政复议案件5件，其中撤销1件。复议被撤销的1件案件因事实认定不清被撤销。', ['reconsideration.cases=5', 'reconsideration.overturned=1']],
  // Suits lost gather in kinds whose names are cues of other indicators
  ['司法局', '全市行政机关败诉案件40件，败诉案件主要集中在房屋征收（22件）、行政处罚（10件）、信息公开（8件）。', ['litigation.lost=40', 'litigation.lost=22', 'litigation.lost=10', 'litigation.lost=8']],
  // Suits and appeals named by how they ended, before their noun
  ['司法局', '全年败诉的行政诉讼案件3件，被撤销的行政复议案件2件。', ['litigation.lost=3', 'reconsideration.overturned=2']],
  // Prices of goods sold are no money of a penalty
  ['市场监管', '全年罚没款32万元，其中，对某药店以每盒36元的价格销售进价仅4元的退烧药一案，罚款5万元。', ['penalty.forfeiture_yuan=320000', 'penalty.fines_yuan=50000']],
  // Documents a review found wanting are no reviews
  ['政府', '备案审查中发现并纠正问题文件3件。', []],
  // Appeals heard in public, named after the hearing
  ['司法局', '公开听证审理行政复议案件12件。', ['hearing.cases=12']],
  // Acting without a licence of a kind is an offence
  ['交通', '查处未取得经营许可擅自从事道路运输经营案件56件。', ['penalty.cases=56']],
  // Lawyers' work in and out of court is no suit against the administration
  ['司法局', '全市律师办理诉讼和非诉讼法律事务1.8万件。', []],
  // A retrial asked for is a stage of a suit
  ['司法局', '受理再审申请案件十二件。', ['litigation.cases=12']],
  // 一件 before 一审 is one case, no slogan
  ['司法局', '行政诉讼案件四件，其中一件一审败诉。', ['litigation.cases=4', 'litigation.lost=1']],
  // A slogan of pairs in quotes counts nothing
  ['统计', '做到“检查一家、规范一家”。', []],
  // Views of a post are no events
  ['文旅', '以案释法短视频累计阅读量超过20万次。', []],
  // The counties checks reached are no checks
  ['农业', '检查覆盖全市9个县（区、市）。', []],
  // Those who sat an exam were not trained
  ['人社', '组织全局56名干部职工参加国家工作人员学法用法考试。', []],
  ['交通', '开展法律知识轮训3期，全支队412名执法人员全部参加年度执法资格考试。', ['training.sessions=3']],
  // Officers sent to an enforcement training, counted after it
  ['发改', '组织执法人员参加省发展改革委举办的行政执法专题培训5人次。', ['training.participants=5']],
  // A lone numeral before offences listed with 、
  ['综合执法', '对两起首次违法、情节轻微的违法行为依法不予处罚。', ['penalty.lenient_cases=2']],
  // A study class on the law
  ['统计', '举办习近平法治思想专题读书班一期。', ['training.sessions=1']],
  // Places checked, the last joined by 及, do not take the act further off
  ['市场监管', '检查农贸市场、餐饮场所、花鸟市场及野生动物人工繁育场所412家次。', ['inspection.count=412']],
  // Cases published as examples are no appeals taken in
  ['司法局', '联合市中级人民法院发布行政审判和行政复议典型案例8件。', []],
  // A court's cases closed at first instance, after appeals named in a paragraph on suits
  ['司法局', '全市行政机关作为被告的一审行政诉讼案件620件，行政复议案件数量是一审行政诉讼案件的2.1倍。其中，经行政复议后起诉的案件210件。全年一审审结588件，行政机关败诉41件。', ['litigation.cases=620', 'litigation.cases=210', 'litigation.lost=41']],
  // An archive's holdings and its archives reviewed before opening are no handouts nor reviews of legality
  ['档案', '依法管理馆藏档案18.7万卷、资料1.2万册，依法开展到期档案开放审核2.1万件。', []],
  // Decisions overturned by either of two named together: neither's
  ['司法局', '全年行政应诉案件12件。经复议、诉讼被撤销或确认违法的案件3件。', ['litigation.cases=12']],
  // Documents a clean-up revised or voided
  ['政府', '对规范性文件开展专项清理，共清理文件212件。经清理，拟修改文件15件、废止文件9件。', ['normative.documents=212', 'normative.documents=15', 'normative.documents=9']],
  // Papers a licence asks for are no licences
  ['市场监管', '对食品经营许可中的场所证明等4项证明材料实行告知承诺。', []],
  // Licences issued are no handouts
  ['市场监管', '开展普法宣传活动12场，为新开办企业发放行业综合许可证1,386张。', ['publicity.events=12']],
  // The cases a list of leniency was applied to
  ['综合执法', '全年适用不予行政处罚清单的案件3,417件。', ['penalty.lenient_cases=3417']],
  // The 败诉 of a statement of none names no figure after it
  ['司法局', '发生行政诉讼案件8件，无败诉，其中一审判决驳回诉讼请求6件。', ['litigation.cases=8', 'litigation.lost=0']],
  // Suits lost, restated to lead into their parts, are counted where they were lost
  ['政府', '执法程序不规范的问题仍存在，行政机关败诉的7件案件中，有2件系程序违法。', []],
  // Visitors to a publicity event
  ['档案', '开展普法进社区活动7场，吸引群众参观约3000人次。', ['publicity.events=7', 'publicity.audience=3000~about']],
  // A weather bureau's licences, named by their review
  ['气象', '受理防雷装置设计审核申请41件、防雷装置竣工验收申请37件。', ['license.cases=41', 'license.cases=37']],
  // Cases handed to the courts are no penalties
  ['医保', '查处“假病人”案件2起，移交司法机关1起。', ['penalty.cases=2']],
  // A training of skills is no training in law
  ['人社', '举办行政执法人员培训班2期，培训执法人员310人次；选派业务骨干12人参加省厅组织的业务能力提升培训。', ['training.sessions=2', 'training.participants=310']],
  // Penalty cases filed, named by their kind
  ['综合执法', '立案行政处罚案件二百四十六件。', ['penalty.filed=246']],
  // Meetings a legal adviser sat in on are no reviews
  ['司法局', '重大事项均经过合法性审查，法律顾问全年列席会议26次。', []],
  // The matters a year's list of major decisions takes in, its name in a book title
  ['政府', '印发《某市人民政府2023年度重大行政决策事项目录》，将中心城区供热专项规划等4项事项纳入目录管理。', ['decision.major=4']],
  // The business of law is law
  ['政府', '举办法治业务专题培训班12期。', ['training.sessions=12']],
  // Oversight of the agencies' enforcement is no inspection
  ['司法局', '开展执法专项监督检查6次。', []],
  // 突破 is a floor
  ['司法局', '普法受众突破260万人次。', ['publicity.audience=2600000~over']],
  // The lists of leniency counted
  ['政府', '推行“免罚轻罚”清单制度，适用两张清单办理案件4387件。', ['penalty.lenient_cases=4387']],
  // People received in groups, no count of persons after: the petitioners
  ['信访', '市级领导接访日接待来访群众19批次，推动一批信访问题依法解决。', ['petition.visitors=19']],
  ['信访', '全年接待来访群众19批次、56人次。', ['petition.cases=19', 'petition.visitors=56']],
  // Inspections counted as cases; matters of the list of decisions without 重大 before them
  ['政府', '全省行政检查案件28.1万件，行政处罚案件18.9万件。', ['inspection.count=281000', 'penalty.cases=189000']],
  ['政府', '制定《某省人民政府2024年度重大行政决策事项目录》，纳入决策事项10项，全部履行法定程序。', ['decision.major=10']],
  // Reports checked are no reviews of legality; a licence kept on a list is no licence granted
  ['邮政', '快递业务经营许可年度报告审核156份。', []],
  ['邮政', '仅保留“快递业务经营许可审批”1项行政许可。', []],
  // An item after a count in Chinese numerals has its own words
  ['水利', '办理信访事项二十五件、热线工单186件。', ['petition.cases=25', 'hotline.tickets=186']],
  // Cases counted before, opening a clause to say what they were
  ['综合执法', '两起诉讼均系当事人对强制执行决定不服提起。', []],
  // Warnings handed to firms are no handouts; complaints an inspection passes on are no hotline's
  ['生态环境', '发放提醒告诫书96份。', []],
  ['生态环境', '全年承办督察转办件34件。', []],
  // The public who came
  ['水利', '开展普法活动12场，参与公众约3,500人次。', ['publicity.events=12', 'publicity.audience=3500~about']],
  // Each kind of a total's parts, before 分别为, in a sentence of its own
  ['卫健', '全年完成双随机抽查任务275户，完成率100%。各专业完成情况分别为：医疗卫生82户、传染病防治45户、公共场所60户。', ['inspection.count=275', 'inspection.count=82', 'inspection.count=45', 'inspection.count=60']],
  // A way of classing that ends in 统计
  ['综合执法', '2022年共实施行政处罚721件。按执法领域统计：市容环境卫生类298件、城乡规划建设类164件。', ['penalty.cases=721', 'penalty.cases=298', 'penalty.cases=164']],
  // Fines waived, said the other way round; a backlog counted first, then resolved; the mayor's mailbox; an office named for inspecting
  ['卫健', '罚款金额减免约37.2万元。', ['penalty.waived_yuan=372000~about']],
  ['乡镇', '3件信访积案全部化解。', ['petition.resolved=3']],
  ['街道', '市长信箱转办件42件。', ['petition.cases=42']],
  ['卫健', '下设稽查科等5个科室。', []],
  // Items of a meeting of every kind are no decisions
  ['政府', '省政府常务会议审议法规草案、政府规章和重大行政决策议题40余个。', []],
  // The law taken to many places in quotes, the first place's 进 the cue's
  ['司法局', '开展“法律进机关、进乡村、进社区、进学校、进企业、进单位”活动210余场次。', ['publicity.events=210~over']],
  // Two matters taken into the list of major decisions, named after a lone numeral
  ['政府', '将“城市更新条例”等两项事项纳入年度重大行政决策目录。', ['decision.major=2']],
  // Calls to the hotline of legal advice are consultations; a hotline of another kind keeps its tickets
  ['司法局', '12348公共法律服务热线全年接听群众来电15230人次。', ['publicity.consultations=15230']],
  ['政府', '12345便民服务平台受理群众来电来信诉求1.93万件，按时办结率99.5%。', ['hotline.tickets=19300']],
  // 调结 is mediation; how a note counts is no count; mines visited
  ['司法局', '全年调结3587起。', ['mediation.cases=3587']],
  ['应急', '一案多种处罚的，按最重的处罚种类计入1件。', []],
  ['能源', '实际检查煤矿416矿次，其中下井检查371矿次。', ['inspection.count=416', 'inspection.count=371']],
  // Cases that led to no appeal and no suit; those dealt with after the checks are no checks
  ['乡镇', '执法案件未引发行政复议和行政诉讼。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['医保', '通过检查，共处理违规定点医药机构203家。', []],
  // Those checked in fact, not those due
  ['教育', '对民办学校开展年度检查，应检128所，实检126所。', ['inspection.count=126']],
  // Documents a review of fair competition went over are no documents made
  ['政府', '本年度未制发行政规范性文件，对以往印发的4份文件开展了公平竞争审查。', ['normative.documents=0']],
  // Visits received in groups, no count of persons after: the petitioners
  ['信访', '全年接待群众来访26批次，办理来信12件。', ['petition.visitors=26', 'petition.cases=12']],
  // A level not reached is no level; the police's checks of their own files online are no inspections
  ['政府', '三是行政机关负责人出庭应诉率尚未达到100%。', []],
  ['公安', '组织网上执法巡查24次。', []],
  // Visits in person, in groups and persons, parts of the petitions received
  ['街道', '全年受理信访事项186件，其中到访121批次、532人次。', ['petition.cases=186', 'petition.cases=121', 'petition.visitors=532']],
  // Cases closed broken down by procedure: parts of the cases closed; parts adding up to more are another total's
  ['市场监管', '全年办结行政处罚案件120件，其中适用简易程序45件，适用一般程序75件。', ['penalty.closed=120', 'penalty.closed=45', 'penalty.closed=75']],
  ['卫生健康', '作出行政处罚决定512件，结案509件。其中适用简易程序96件，适用一般程序416件。', ['penalty.cases=512', 'penalty.closed=509', 'penalty.cases=96', 'penalty.cases=416']],
  // Kinds before 分别 as many as the figures between their 、 alone: a 和 inside a kind's name
  ['交通运输', '查处道路运输违法案件4917件，其中，普通货运、危险货物运输、客运（含出租汽车）、机动车维修和驾驶员培训违法案件分别为2134件、286件、1903件和594件。', ['penalty.cases=4917', 'penalty.cases=2134', 'penalty.cases=286', 'penalty.cases=1903', 'penalty.cases=594']],
  // Kinds before the cue of the total they break down, with 分别: parts of it
  ['司法', '调解各类矛盾纠纷6214件，调解成功率98.7%，其中医疗、物业、婚姻家庭类纠纷分别为1120件、3480件、906件。', ['mediation.cases=6214', 'mediation.success_rate=98.7', 'mediation.cases=1120', 'mediation.cases=3480', 'mediation.cases=906']],
  // The count of another year compared with, its measure named again first
  ['应急管理', '全年办理安全生产行政处罚案件298件，案件数较2024年的351件下降15.1%。', ['penalty.cases=298', 'penalty.cases=351']],
  // A mine's safety design approved is a licence; applications approved, said right after them
  ['应急管理', '全年受理煤矿安全设施设计审查申请11件，审查批复10件。', ['license.cases=11', 'license.cases=10']],
  ['气象', '受理防雷装置设计审核申请41件，审核批复40件。', ['license.cases=41', 'license.cases=40']],
  // The body's own duty of publicity (普法责任清单) makes no lecture a public one; 谁执法谁普法 does
  ['邮政', '审定年度执法检查计划和普法责任清单，带头参加法治专题学习并讲授法治课1次。', ['training.sessions=1']],
  ['住建', '制定年度“谁执法谁普法”责任清单，开展“建筑工地法治讲堂”18场，覆盖建筑工人3,600余人次。', ['publicity.events=18', 'publicity.audience=3600~over']],
  // A target, however many things it names before 零发生, says nothing happened
  ['公安', '四是健全行政争议预防化解机制，力争实现行政复议纠错、行政诉讼败诉“零发生”。', []],
  // A total named as already given (审结的N件中) leads into its breakdown, however far back it was given
  ['司法', '全年受理行政复议申请1871件，审结1756件。\n（一）案件分布。市政府受理639件。\n（二）案件类型。从案件类型看，涉及行政处罚的628件，其他类型284件。\n（三）审理结果。审结的1756件中，维持862件，驳回413件。', ['reconsideration.cases=1871', 'reconsideration.closed=1756', 'reconsideration.cases=639', 'reconsideration.cases=628', 'reconsideration.cases=284']],
  // A breakdown with no total stated counts nothing in 个 but cases (20余个部门 are departments)
  ['司法', '（一）案件分布。从复议机关看，市政府受理639件，占34.2%。从被申请人看，以公安机关为被申请人的案件最多。市本级案件中，以市级部门为被申请人的案件占八成，涉及公安、市场监管、人社、自然资源等20余个部门。', ['reconsideration.cases=639']],
  // Kinds of cases, each its own clause after an act on the first, a kind's name a list of its own; goods seized are no part
  ['市场监管', '全年查处食品安全案件2138件，药品、医疗器械、化妆品案件853件，特种设备案件419件，商标、专利等知识产权案件1126件。', ['penalty.cases=2138', 'penalty.cases=853', 'penalty.cases=419', 'penalty.cases=1126']],
  ['市场监管', '全年立案4,127件，结案3,905件。其中：办理食品案件1,376件，广告违法案件213件，没收侵权商品1.2万件。', ['penalty.filed=4127', 'penalty.closed=3905', 'penalty.closed=1376', 'penalty.closed=213']],
  // Cases overturned, named by how, in a breakdown of no stated total: no cases of their own
  ['市场监管', '经复议、诉讼审结的案件中，被撤销、确认违法的共三件，其中复议纠错两件、诉讼败诉一件。', ['reconsideration.overturned=2', 'litigation.lost=1']],
  // Zeros: none made, the act after the things (无…文件制发); none overturned by the organ of reconsideration, after a suit lost
  ['乡镇', '全年乡政府无行政规范性文件制发。', ['normative.documents=0']],
  ['卫生健康', '未发生被人民法院判决败诉或被复议机关撤销行政行为的情况。', ['litigation.lost=0', 'reconsideration.overturned=0']],
  ['卫生健康', '全年未发生行政行为被复议机关撤销的情况。', ['reconsideration.overturned=0']],
  // The rest, told by how the organ of reconsideration ended them: no part
  ['卫生健康', '全年我局被申请行政复议3宗，其中1宗因申请人撤回申请终止审理，其余2宗复议机关均维持原行政行为。', ['reconsideration.cases=3']],
  // Those a grant reached are no audience of publicity
  ['医保', '（五）其他行政执法行为情况。依法办理医疗救助等行政给付事项，全年落实医疗救助资金2,416.8万元，惠及困难群众4.3万人次。', []],
  // Matters of several kinds, each done its own way, before 等事项: a figure of no one indicator; things of one act are its
  ['政府', '法律顾问参与重大合同审查、信访积案化解等事项89件。', []],
  ['政府', '区政府法律顾问团参与重大项目谈判、信访疑难问题处置等涉法事务90余件。', []],
  ['政府', '审查行政规范性文件、合同等事项120件。', ['review.cases=120']],
  // Decisions made of a list of major decisions just counted
  ['政府', '向社会公布年度重大行政决策事项目录，共列入事项5项，目前已完成决策4项。', ['decision.major=5', 'decision.major=4']],
  // Offences counted, then the warning imposed on them
  ['气象', '对未取得资质从事施放气球活动的1起违法行为依法作出警告处罚。', ['penalty.cases=1']],
  // What requests concern names no part of them; the body's own offices checked; zeros adding up; advice on techniques
  ['应急管理', '全年共收到政府信息公开申请2件，均为自然人申请，涉及企业安全生产许可和事故调查报告，已全部按期答复，其中予以公开1件、信息不存在1件。', []],
  ['应急管理', '并对4个科室开展政务公开工作抽查1次，发现的3个问题已全部整改。', []],
  ['应急管理', '行政复议：结果维持0件，结果纠正0件，其他结果0件，尚未审结0件，总计0件', ['reconsideration.overturned=0', 'reconsideration.cases=0']],
  ['气象', '配合住建部门做好防雷装置设计审核、竣工验收工作，提供技术咨询服务11次。', []],
  // A count of other things since 其中 ends its parts; one in the part's own clause does not
  ['海事', '全年共实施船舶安全检查1,346艘次，其中国际航行船舶港口国监督检查418艘次、国内航行船舶船旗国监督检查928艘次，发现缺陷4,127项，滞留船舶23艘次。', ['inspection.count=1346', 'inspection.count=418', 'inspection.count=928']],
  ['司法', '各区县政府受理行政复议案件1232件，其中翠屏区312件、叙州区276件、南溪区141件，其余7个县合计503件。', ['reconsideration.cases=1232', 'reconsideration.cases=312', 'reconsideration.cases=276', 'reconsideration.cases=141', 'reconsideration.cases=503']],
  // Officers called 监察员 are people trained, no inspection
  ['民航', '举办《中华人民共和国民用航空法》专题培训班1期，培训监察员及辖区企业法务人员95人次。', ['training.sessions=1', 'training.participants=95']],
  // Major cases a committee of reconsideration took up are no major penalties
  ['司法', '全面推行行政复议听证制度，市政府行政复议委员会全年召开案审会议24次，审议重大疑难案件67件。', []],
  // Kinds of cases classed after the total and the cases of one kind counted beside it: parts of the total
  ['市场监管', '全市查办各类案件2.16万宗，罚没金额4.09亿元，其中罚款3.27亿元，作出罚款决定的案件1.37万宗。分领域看：食品安全领域案件4,412宗，广告领域案件641宗。', ['penalty.cases=21600', 'penalty.forfeiture_yuan=409000000', 'penalty.fines_yuan=327000000', 'penalty.fine_cases=13700', 'penalty.cases=4412', 'penalty.cases=641']],
  // Publicity against fraud is publicity of the law
  ['公安', '三是深化全民反诈宣传，计划开展集中宣传活动不少于50场。', ['publicity.events=50~over']],
  ['公安', '全年开展反诈宣传1300余场次。', ['publicity.events=1300~over']],
  // What the cases concern, after a semicolon, its kinds in a list or in clauses of their own: parts
  ['乡镇', '立案64件，结案61件，作出行政处罚决定62件，罚款5.23万元；涉及违法建设21件、农村人居环境9件、燃放烟花爆竹7件、其他25件。', ['penalty.filed=64', 'penalty.closed=61', 'penalty.cases=62', 'penalty.fines_yuan=52300', 'penalty.cases=21', 'penalty.cases=9', 'penalty.cases=7', 'penalty.cases=25']],
  ['卫生健康', '共实施卫生行政处罚142件，其中，适用简易程序61件，适用一般程序81件；给予警告处罚14件；涉及公共场所卫生领域53件，医疗卫生领域49件，传染病防治领域27件，其他领域13件。', ['penalty.cases=142', 'penalty.cases=61', 'penalty.cases=81', 'penalty.cases=14', 'penalty.cases=53', 'penalty.cases=49', 'penalty.cases=27', 'penalty.cases=13']],
  // Cases named before 中 are the total their parts break down, not the nearest total of another kind
  ['综合执法', '办理行政处罚案件：2,978件\n法制审核：1,217件\n以上数据中，罚没款较上年增长12.4%；行政处罚案件中，涉及生态环境类案件107件、罚没款296万元，涉及自然资源类案件43件、罚没款118.5万元。', ['penalty.cases=2978', 'review.cases=1217', 'penalty.cases=107', 'penalty.forfeiture_yuan=2960000', 'penalty.cases=43', 'penalty.forfeiture_yuan=1185000']],
  // Audits filed as cases are no inspections
  ['税务', '全省稽查部门检查立案1869户，查补收入38.6亿元，依法移送公安机关案件141件。', []],
  // Ways out of court name no suits; people put forward for a pool of talent are not trained
  ['税务', '坚持把非诉讼纠纷解决机制挺在前面，全年受理税费争议28件，调解成功25件，调解成功率达89.3%。', ['mediation.cases=28', 'mediation.cases=25', 'mediation.success_rate=89.3']],
  ['税务', '选派法治骨干参加省局组织的法治人才库集中培训，推荐2名干部入选全省税务系统法治人才库。', []],
  // An area's population of employers, what could not be done: no counts; cases closed right after those filed, whatever the topic
  ['人社', '一是劳动保障监察执法力量与监管对象数量不匹配，全县用人单位超过1.6万家，专职监察员仅9人。', []],
  ['人社', '2.劳动保障监察执法人员仅有三名，难以对全县四百余户用人单位实现全覆盖检查；', []],
  ['人社', '接待劳动者来访及投诉举报1,034起，劳动保障监察立案96件，结案94件。', ['penalty.filed=96', 'penalty.closed=94']],
  // A heading's cue that names appeals only in their paragraphs names no total of requests for information
  ['人社', '三、收到和处理政府信息公开申请情况\n本年新收申请数量46件。从申请方式看，通过网络平台提交申请33件，以信函方式提交10件，当面提交3件。', []],
  // The act before an offence named with another's cue; checks at night; a target pushed for
  ['文旅', '查处网吧违规接纳未成年人上网案件六起，查处未经批准擅自举办营业性演出案件2起。', ['penalty.cases=6', 'penalty.cases=2']],
  ['文旅', '开展夜查行动37次，联合执法检查11次。', ['inspection.count=37', 'inspection.count=11']],
  ['文旅', '四是健全执法监督机制，推动重大行政处罚案件“应审尽审”、行政复议纠错案件“零发生”。', []],
  // Complaints filed as cases after a check: a count of filing, no part of the complaints
  ['文旅', '全年受理各类举报投诉312件，其中12318全国文化市场举报平台189件、12345便民服务平台转办123件，经核查立案28件，其余均已答复举报人。', ['complaint.cases=312', 'complaint.cases=189', 'complaint.cases=123', 'penalty.filed=28']],
  // Licences refused are licence cases decided; the refusals named again to say what they were are no more
  ['民航', '准予许可1,327件，不予许可15件。', ['license.cases=1327', 'license.cases=15']],
  ['应急管理', '全年受理危险化学品经营许可申请52件，准予许可49件，不予许可3件。不予许可的3件均为申请人经营场所不符合安全条件。', ['license.cases=52', 'license.cases=49', 'license.cases=3']],
  // Licences named again to open a sentence on their kinds (行政许可中，…分别为)
  ['市场监管', '全市共办理行政许可41682件。行政许可中，食品经营许可、药品零售许可、特种设备使用登记分别为17526件、1348件、4219件。', ['license.cases=41682', 'license.cases=17526', 'license.cases=1348', 'license.cases=4219']],
  // A part whose cue is a word of its total's cue is done by the same act (立案 of 立案查处)
  ['应急管理', '依法立案查处安全生产违法行为412起，同比增长9.3%，罚款总金额1867.45万元；其中，市本级立案59起，罚款426.8万元。', ['penalty.cases=412', 'penalty.fines_yuan=18674500', 'penalty.cases=59', 'penalty.fines_yuan=4268000']],
  // Applications taken in, counted before the passive act; those turned away are an outcome
  ['应急管理', '2023年，我局共收到行政复议申请5件，其中4件申请被依法受理，1件因不属于受案范围未予受理；已审结4件。', ['reconsideration.cases=5', 'reconsideration.cases=4', 'reconsideration.closed=4']],
  // Major cases with their field between (重大海事行政处罚案件); acts counted, then the leniency shown them
  ['海事', '经集体讨论决定的重大海事行政处罚案件12起，均经法制审核。', ['penalty.major_cases=12']],
  ['乡镇', '对初次焚烧、面积较小并当场扑灭的5起行为，依法不予处罚，责令当事人签订禁烧承诺书。', ['penalty.lenient_cases=5']],
  // A row of a table flattened with pipes ends with its line: the sentence after it is read on its own
  ['乡镇', '全年执法队共办理行政处罚案件19起。分类情况如下：\n案件类别 | 立案数（起） | 罚款金额（元）\n露天焚烧 | 2 | 5000\n对主动改正、危害后果轻微的3起案件，依法作出从轻处罚决定。', ['penalty.cases=19', 'penalty.lenient_cases=3']],
  // A cue under its topic in a slogan whose clause has ended
  ['自然资源', '未发生越级上访。不动产登记实现“一窗受理、并行办理”，全年办理不动产各类登记2.46万件，其中首次登记3,105件。', []],
  ['应急', '开展“安全生产大检查”，共计120家次。', ['inspection.count=120']],
  ['自然资源', '全年共立案查处土地违法案件29件，下达行政处罚决定书29份。', ['penalty.cases=29']],
  ['自然资源', '2024年我局未承办列入年度目录的重大行政决策事项。', ['decision.major=0']],
  ['自然资源', '完成采矿权出让12宗，全年公开出让建筑用花岗岩采矿权2宗，办理采矿权延续登记4件。', ['license.cases=4']],
  // 谁执法谁普法 is a duty: lectures under it may be the body's own
  ['财政', '落实“谁执法谁普法”普法责任制，开设“财政法治大讲堂”，全年举办8期，累计参训1,100余人次。', ['training.sessions=8', 'training.participants=1100~over']],
  ['财政', '落实“谁执法谁普法”责任制，组织机关干部学法6次，邀请律师、法官专题授课2次。', ['training.sessions=6', 'training.sessions=2']],
  ['县政府', '全面落实“谁执法谁普法”责任制，全县开展“百场法治讲座进基层”活动108场。', ['publicity.events=108']],
  ['财政', '全年受理政府采购投诉43件，办结41件，其中驳回投诉21件、投诉事项成立责令重新开展采购活动6件。', ['complaint.cases=43']],
  ['国资', '督导省属企业依法处置重大法律纠纷案件，全年新发生重大案件38件。', []],
  ['金融', '全年办结行政许可事项1,236件，其中机构设立、变更、终止类412件，任职资格核准824件。', ['license.cases=1236', 'license.cases=412', 'license.cases=824']],
  ['部委', '组织全国系统执法人员开展执法资格考试和轮训，全系统持证执法人员达到6.8万名。', []],
  // Cases filed or closed, told by the penalty imposed, are penalties decided
  ['市场监管', '全年立案657件，结案612件。按处罚种类分。警告、通报批评96件，罚款389件，吊销许可证件5件。', ['penalty.filed=657', 'penalty.closed=612', 'penalty.cases=96', 'penalty.cases=389', 'penalty.cases=5']],
  ['市场监管', '实施行政强制措施43件，其中查封27件，扣押16件，到期解除行政强制措施39件。', ['coercion.cases=43', 'coercion.cases=27', 'coercion.cases=16']],
  ['交通', '提供饮水、休息、法律咨询等服务，累计服务货车司机5,000多人次。', []],
  ['生态环境', '审核重大执法决定及行政处罚案件合法性234件。', ['review.cases=234']],
  ['司法', '对全省规范性文件286件逐件进行备案审查。', ['review.cases=286']],
  ['退役军人', '评查信访事项办理案卷520件。', []],
  ['农业农村', '对现行有效的规范性文件83件进行全面清理，重点清理与新修订法律法规不一致的内容，废止9件、修改4件。', ['normative.documents=83', 'normative.documents=9', 'normative.documents=4']],
  ['交通', '对逾期不缴纳罚款的当事人依法加处罚款4起，实施代履行2件。', ['coercion.cases=4', 'coercion.cases=2']],
  ['交通', '逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。', []],
  ['退役军人', '深入开展法治宣传，全年发放优待证4210张。', []],
  ['市场监管', '落实“日管控、周排查、月调度”工作机制，辖区312家食品经营企业全部签订承诺书。', []],
  // The people who took part and the sessions they took part in share a cue
  ['林业', '组织全局38名干部职工参加法治专题培训2场，学习新修订的行政复议法。', ['training.participants=38', 'training.sessions=2']],
  // The kinds of penalty imposed, after the cases, are parts of them
  ['统计', '立案查处统计违法案件4件，其中提供不真实统计资料3件、迟报统计资料1件，作出警告2件、罚款2件。', ['penalty.cases=4', 'penalty.cases=3', 'penalty.cases=1', 'penalty.cases=2', 'penalty.cases=2']],
  ['应急管理', '查处违法行为11起，给予警告6起，罚款5起。', ['penalty.cases=11', 'penalty.cases=6', 'penalty.cases=5']],
  // Offences met in other ways than a penalty, then not punished
  ['乡镇', '坚持教育与处罚相结合，对9起轻微违法行为采取批评教育、责令改正等方式处理，依法不予处罚。', ['penalty.lenient_cases=9']],
  // The steps each decision went through are no decisions
  ['林业', '全年作出重大行政决策2项，分别为《林业碳汇交易管理办法》和《林长制考核办法》，均经过公众参与、专家论证、风险评估、合法性审查和集体讨论决定5个法定程序。', ['decision.major=2']],
  // A figure in 个 counts the noun of its own item, not the next item's
  ['市场监管', '完成部门内双随机抽查任务64个、跨部门联合抽查任务29个。', ['inspection.count=64', 'inspection.count=29']],
  // Cases still open are none closed
  ['农业农村', '全年共接收移交案卷211卷，其中未结案件3件，均已依法办结。', []],
  // The meetings that decided after a review are no reviews
  ['农业农村', '所有一般程序案件均经法制审核和集体讨论，全年组织集体讨论17次；未发生行政处罚听证。', []],
  // How seldom each is done in a year is no count
  ['农业农村', '部分偏远乡镇的农资门店一年仅检查一次。', []],
  // Callers' demands met are no disputes settled
  ['区政府', '对“最难办”诉求建立区领导包案机制，化解疑难诉求2300余件。', []],
  // Matters of the licence kind among a centre's services
  ['区政府', '区政务服务中心全年受理各类业务136.8万宗，其中行政许可类业务9.42万宗。', ['license.cases=94200']],
  // A regulation's title speaks of law
  ['交通', '全年接受货车司机政策咨询1,900余人次，发放《超限运输车辆行驶公路管理规定》解读材料4,500份。', ['publicity.consultations=1900~over', 'publicity.materials=4500']],
  ['方志', '依照《浙江省地方志工作规定》第十五条，建立地方志资料收集报送制度，年内征集地方文献资料2300余册。', []],
  ['开发区', '在园区主干道设置法治宣传栏40处，印发《园区企业常用法律法规汇编》2000册。', ['publicity.materials=2000']],
  // A department above at work in the body's own area
  ['开发区', '市应急管理局在高新区开展安全生产执法检查216家次，立案查处13起。', ['inspection.count=216', 'penalty.cases=13']],
  // Administrative cases handled, by their offence
  ['渔业', '办理非法捕捞行政案件96起，罚款47.6万元。', ['penalty.cases=96', 'penalty.fines_yuan=476000']],
  // Certificates reviewed and issued are no reviews of legality
  ['畜牧', '办理动物防疫条件合格证审核发放21件。', []],
  // Case files reviewed after a training are no training
  ['开发区', '二是开展执法人员全员培训，组织不少于2次执法案卷评查；三是完善企业服务专员制度。', []],
  // A part withdrawn after mediation is an outcome
  ['开发区', '对2起复议案件均积极配合市政府行政复议机构答复，其中1件经调解后申请人主动撤回申请。', ['reconsideration.cases=2']],
  // The bodies that act, before the things listed after 对, are none of the list
  ['区政府', '各部门对建筑工地、医疗机构开展执法检查分别为3420次和5700余次。', ['inspection.count=3420', 'inspection.count=5700~over']],
  // Cases named by how they ended, then why, restate them
  ['公路', '全年被申请行政复议12件，其中撤销1件、确认违法1件。被撤销和确认违法的2件行政处罚案件，均因证据收集程序不规范所致。', ['reconsideration.cases=12', 'reconsideration.overturned=1', 'reconsideration.overturned=1']],
  // Suggestions made on documents under review are no reviews
  ['县政府', '受理公民、法人和其他组织对规范性文件提出的审查建议1件，已办结。', []],
  // A contest is no training
  ['生态环境', '开展分局内部学法活动12次；选派2名执法骨干参加全省生态环境执法大练兵，获个人三等奖1项。', ['training.sessions=12']],
  // Meetings sat in on are no hearings
  ['生态环境', '聘请特邀执法监督员15名，参与重大案件听证2次、旁听集体讨论6次，对执法活动开展社会监督。', ['hearing.cases=2']],
  // The places in quotes after the law taken there
  ['生态环境', '开展生态环境法律法规“进企业、进社区、进校园”活动26场，发放宣传资料4000余份。', ['publicity.events=26', 'publicity.materials=4000~over']],
  // What the reviews found is no review
  ['司法', '对县直部门规范性文件备案审查12件，审查发现不规范问题的文件2件，已督促制定机关修改。', ['review.cases=12']],
  // A few volumes compiled are no copies handed out
  ['林草', '在护林员、草管员队伍中推行“以案释法”，编印典型案例汇编1册。', []],
  ['市场监管', '编印《市场监管执法典型案例汇编》1册，收录典型案例32个，以案释法、以案促学。', []],
  ['住建', '编印《物业纠纷常见法律问题百问》2,000册。', ['publicity.materials=2000']],
  // What is left undone, and its parts, count nothing done
  ['区政府', '一审行政诉讼案件尚有13件未审结。', []],
  ['市场监管', '4873件投诉举报中有22件未能在规定时限内办结。', ['complaint.cases=4873']],
  ['市场监管', '全年立案362件、结案341件，尚有21件未办结，其中超过办案期限需延期的8件。', ['penalty.filed=362', 'penalty.closed=341']],
  // Matters of every kind, suits among them, are no suits
  ['司法', '承办县政府法律事务、规范性文件审核、复议应诉等各类事项600余件。', []],
  // A cell that names the year of its figure
  ['卫生健康', '卫生行政处罚案件｜2024年 87件｜2023年 64件\n罚款金额｜2024年 41.35万元', ['penalty.cases=87', 'penalty.fines_yuan=413500']],
  // Cases overseen are no major penalties decided
  ['卫生健康', '对群众反映集中的问题，督办重大疑难案件2件。', []],
  // The parts of a count that names nothing, its size between, name nothing either
  ['城管', '立案查处违法建设案件136宗，全县共拆除各类违法建设1426宗、面积约58.3万平方米，其中拆除新增违法建设286宗，消化存量违法建设1140宗。', ['penalty.cases=136']],
  // A programme broadcast is no training
  ['司法', '与县广播电视台合作开设“法治大讲堂”广播节目，全年播出52期。', []],
  // The count, then the publicity events it counts
  ['城管', '72场次普法活动多集中在城区主干道和大型市场。', ['publicity.events=72']],
  ['卫生健康', '全年开展72场次普法活动。', ['publicity.events=72']],
  // Last year's level past a share between
  ['市场监管', '全年开展“双随机、一公开”抽查1872户次，跨部门联合抽查占比达到42.5%，较2023年的1506户次增长24.3%。', ['inspection.count=1872', 'inspection.count=1506']],
  // Cases published as examples are no penalties
  ['市场监管', '对发布虚假违法广告的3家企业依法从重处罚，并在市局门户网站公开曝光典型案例6件。', []],
  // Those a sum of money reached are no part of the cases before it
  ['发改', '查处价格违法案件44件，其中价格欺诈7件，清退违规收费资金近300万元，涉及企业1,200余户。', ['penalty.cases=44', 'penalty.cases=7']],
  // The rest of the kinds, after a kind, is one more kind
  ['公安', '全年作出行政处罚7325件，其中治安管理类处罚4318件，占58.9%；道路交通管理类处罚2584件，占35.3%；出入境管理类处罚97件；其他类326件。', ['penalty.cases=7325', 'penalty.cases=4318', 'penalty.cases=2584', 'penalty.cases=97', 'penalty.cases=326']],
  // All places covered is no audience reached
  ['公安', '全市9个执法办案管理中心实现县级全覆盖，全年接收涉案人员1.9万人次。', []],
  // Disputes put on record are none settled
  ['公安', '对排查出的涉及土地、婚恋、债务等可能引发“民转刑”的纠纷156起逐一建档，落实稳控措施。', []],
  // Parents are the public a lecture of law is taken to
  ['教育', '在全市推广“家长学校”普法模式，举办家庭教育促进法专题讲座460余场，覆盖家长约28万人次。', ['publicity.events=460~over', 'publicity.audience=280000~about']],
  // A department named as a part's actor is no thing the indicator excludes, whatever the part's unit
  ['区政府', '区市场监管局开展涉企检查1156次、区应急管理局968次、区消防救援大队1380家次、区生态环境分局203家、区卫健局287户次。', ['inspection.count=1156', 'inspection.count=968', 'inspection.count=1380', 'inspection.count=203', 'inspection.count=287']],
  // Cases named as a kind of situation, then left unpunished
  ['民宗', '对宗教临时活动地点超范围活动等首次违规且危害后果轻微并及时改正的2起情形，依法作出不予处罚决定。', ['penalty.lenient_cases=2']],
  // Public services and matters handled online beside the licences are none
  ['审批', '全年全市政务服务大厅受理办件约43.2万件，其中行政审批（许可）类办件5.7万余件，公共服务类办件37.5万件；推行“指尖办”，网上办件量超过31万件。', ['license.cases=57000~over']],
  // Acts a body sets out to do, each on one, are no counts
  ['信访', '对领导接访中群众反映的问题，建立台账、跟踪问效，做到接访一件、化解一件、巩固一件。', []],
  // Lawyers who helped receive visitors are no visitors
  ['信访', '完善律师参与接访机制，全年律师参与接访共计96人次，为来访群众出具法律意见书230余份。', []],
  // A backlog of repeated petitions resolved, the act after the count
  ['信访', '中央信访联席办交办的重复信访积案9件全部化解。', ['petition.resolved=9']],
  ['信访', '全年化解初信初访事项1803件，初信初访一次性化解率较上年提高4.2个百分点。', ['petition.resolved=1803']],
  // The business of law, another word between
  ['信访', '举办法治信访业务培训班3期，培训乡镇信访干部260人次。', ['training.sessions=3', 'training.participants=260']],
  // Seats added to take calls are no tickets; calls back to those served are no checks
  ['热线', '热线中心依法依规做好疫情相关诉求受理，增设临时坐席120个，受理涉疫诉求工单27.3万件。', ['hotline.tickets=273000']],
  ['热线', '全年对各承办单位办理质量开展抽查回访4.3万次，回访满意率96.5%。', []],
  // Petitions resolved, a nickname in quotes between
  ['信访', '全年化解信访积案十二件，其中化解信访“骨头案”6件。', ['petition.resolved=12', 'petition.resolved=6']],
  // A part told by how it ended after a review is an outcome
  ['热线', '全年收到行政复议申请2件，均为政府信息公开类，其中1件经复议维持，1件申请人主动撤回。', ['reconsideration.cases=2']],
  // Arbitration's own procedures and awards are no penalties; the mediators' name settles nothing
  ['人社', '深化仲裁办案“要素式”审理改革，全年适用简易程序审理案件680余件，平均审理周期缩短至28天。', []],
  ['人社', '区劳动人事争议仲裁委员会全年立案受理争议案件1936件；审结案件1902件，其中裁决结案735件、调解结案1011件。', ['mediation.cases=1011']],
  ['人社', '全区各类调解组织受理劳动争议案件3274件，调解成功2689件，调解成功率82.1%。', ['mediation.cases=2689', 'mediation.success_rate=82.1']],
  // Lectures to firms' heads are publicity; a Party lecture is no event
  ['乡镇', '组织企业负责人法治讲座三场，覆盖经营户200余人次。', ['publicity.events=3', 'publicity.audience=200~over']],
  ['司法', '带头讲授“八五”普法专题党课1次，组织局机关干部参加法治专题培训3期、参训180人次。', ['training.sessions=3', 'training.participants=180']],
  // Contracts of firms the body helps are no reviews; callers at a legal-service centre are no petitioners
  ['司法', '组建“战疫”法律服务团，为受疫情影响的企业提供线上法律服务，帮助企业审查复工复产合同600余份。', []],
  ['司法', '县公共法律服务中心全年接待来访群众5600余人次。', []],
  // One part of a way of working joined with + names nothing
  ['乡镇', '对反映集中的噪声扰民、违章搭建等问题，通过“热线+网格+执法”联动处置612件。', []],
  // Training in law listed with training in other business, counted together
  ['市场监管', '全年组织执法人员参加法律知识培训、新划入领域业务培训共15期，参训1,280人次。', ['training.sessions=15', 'training.participants=1280']],
  // Places searched, counted in 个
  ['教育', '全年排查校外培训机构和培训场所1,286个，开展部门联合执法检查二十余次。', ['inspection.count=1286', 'inspection.count=20~over']],
  // Publicity of the laws of safety is a regulator's publicity
  ['交警', '以“美丽乡村行”等为载体，开展交通安全宣传活动二百余场，发放宣传资料三万余份。', ['publicity.events=200~over', 'publicity.materials=30000~over']],
  ['市场监管', '在全县中小学开展食品安全进校园活动8场。', ['publicity.events=8']],
  // A regulator's review of its cases gives opinions; persons penalised by the kinds of penalty; cases kept as examples
  ['外汇', '全年出具外汇行政处罚案件审理意见72件。', ['review.cases=72']],
  ['人民银行', '罚款金额合计986.4万元，同时对相关责任人员给予警告或罚款19人次。', ['penalty.fines_yuan=9864000', 'penalty.cases=19']],
  ['司法', '全年依法给予社区矫正对象警告4人次，提请撤销缓刑2人。', []],
  ['外汇', '建立外汇检查案例库，收录辖内典型案例36个。', []],
  // Cases of a class handled; the staff's discipline checked; forums beside hearings; a form of decision adopted
  ['城管', '全年通过视频取证办理店外经营类案件46宗。', ['penalty.cases=46']],
  ['城管', '全年开展作风纪律专项检查6次，通报批评执法辅助人员违规行为3人次。', []],
  ['城管', '围绕地方立法征求意见，组织召开听证会1场、座谈会4场，收集意见建议132条。', ['hearing.cases=1']],
  ['城管', '推行执法办案“说理式”文书，全市使用说理式处罚决定书1.2万份。', []],
  // Building beyond what was approved is an offence; kinds of fields handled; checks merged; overturned by reconsideration
  ['乡镇', '从案件类型看，焚烧秸秆案件13宗；农村建房未批先建、超审批面积建房9宗。', []],
  ['乡镇', '县市场监督管理局校椅市场监督管理所办理食品、特种设备等领域案件11宗。', ['penalty.cases=11']],
  ['乡镇', '通过“综合查一次”，同一企业多部门检查合并为一次，涉企检查总频次明显下降。', []],
  ['乡镇', '以街道为被申请人的行政复议案件2件，其中1件经复议撤销、1件维持。', ['reconsideration.cases=2', 'reconsideration.overturned=1']],
  ['乡镇', '落实领导干部接访下访制度，镇班子成员全年下访包案21人次，把矛盾化解在基层。', []],
  // Where the cases gather names their kinds; a people's congress's checks; cases filed and handled are cases
  ['司法局', '全年收到行政复议申请64件，受理58件；审结53件，其中维持32件，另有5件尚在审理中。行政复议案件主要集中在征地拆迁（21件）、政府信息公开（14件）、行政处罚（12件）等领域。', ['reconsideration.cases=64', 'reconsideration.cases=58', 'reconsideration.closed=53', 'reconsideration.cases=21', 'reconsideration.cases=14', 'reconsideration.cases=12']],
  ['县政府', '积极配合县人大常委会开展执法检查2次，办理人大代表建议186件。', []],
  ['综合执法', '全年共立案办理各类行政处罚案件863件，其中一般程序案件512件。', ['penalty.cases=863', 'penalty.cases=512']],
  // More said as a change; what is left undone; case files reviewed after training; checks on the spot
  ['司法局', '全年收到行政复议申请240件。从案件类型看，涉及行政处罚的复议案件183件，较上年增长约九成；涉及工伤认定的45件，比2023年多出17件。', ['reconsideration.cases=240', 'reconsideration.cases=183', 'reconsideration.cases=45']],
  ['自然资源', '二是部分违法用地案件执行难，已作出处罚决定但未执行到位的案件仍有4宗。', []],
  ['市场监管', '每季度组织执法人员集中培训，开展案卷评查不少于2次。', []],
  ['自然资源', '对全县23家矿山企业开展年度实地核查23家次，实现全覆盖。', ['inspection.count=23']],
  ['卫生', '组织卫生监督员开展执法业务培训、案卷评查讲评12场次，参训560人次。', ['training.sessions=12', 'training.participants=560']],
  // A notice of the law for parents; another kind of paper listed after the one reviewed
  ['教育', '编印普法资料12万册，发放家长法治告知书45万余份。', ['publicity.materials=120000', 'publicity.materials=450000~over']],
  ['农业', '全年亲自审定规范性文件1件、重大执法决定8件。', ['normative.documents=1']],
  // Parts by what they concern; a zero said again; a total restated to lead into its part
  ['司法局', '审结行政复议案件12件，其中3件涉及行政处罚，2件涉及投诉举报。', ['reconsideration.closed=12', 'reconsideration.closed=3', 'reconsideration.closed=2']],
  ['市场监管', '收到行政复议申请12件，其中1件涉及食品经营许可，1件涉及投诉举报不予立案。', ['reconsideration.cases=12', 'reconsideration.cases=1', 'reconsideration.cases=1']],
  ['自然资源', '行政诉讼案件已审结6件，均未败诉，未发生行政诉讼败诉案件。', ['litigation.cases=6', 'litigation.lost=0']],
  ['交通', '全年行政复议案件11件。坚持复议前置调解，对11件复议案件中的4件通过协调和解方式结案。', ['reconsideration.cases=11', 'reconsideration.cases=4']],
  // Wrongful fines paid back; all a police centre for casework took in; people cultivated; villagers' papers; firms served
  ['市政府', '受理涉企执法投诉举报26件，已全部办结，督促有关部门退还不当罚款12.4万元。', ['complaint.cases=26']],
  ['公安', '全年进入中心办理案件1,372起，涉案人员1,690人次。', []],
  ['司法局', '组织“法律明白人”骨干培训，全市培育“法律明白人”二千一百名。', []],
  ['司法局', '村（居）法律顾问全年为群众提供法律咨询六千余人次，协助起草审核村规民约、合同协议三百余份。', ['publicity.consultations=6000~over']],
  ['应急', '聘请安全生产专家参与执法检查，全年开展专家指导服务企业89家次。', []],
  // Training in techniques is no study of law
  ['科技', '开展科技法律法规进企业宣传活动11场次，科技特派员开展技术培训和现场指导300余次。', ['publicity.events=11']],
  // An offence named as a problem is a kind of case
  ['民政', '检查经营性公墓、殡仪服务机构共计146家次，查处违规销售超标准墓穴等问题12起。', ['inspection.count=146', 'penalty.cases=12']],
  // A table's rows, the unit in a cell of its own
  ['卫生', '|项目|数量|单位|\n|行政处罚案件|128|件|\n|罚没款金额|47.35|万元|\n|不予处罚案件|14|件|', ['penalty.cases=128', 'penalty.forfeiture_yuan=473500', 'penalty.lenient_cases=14']],
  // Checks by 核查; the bodies that may check; case files reviewed after publicity; an offence without approval; checks spared
  ['市场监管', '通过非现场检查方式核查1.2万余户次，远程核查车辆3.7万台次。', ['inspection.count=12000~over', 'inspection.count=37000']],
  ['市场监管', '对照国务院办公厅关于严格规范涉企行政检查的要求，公布检查主体48个、检查事项126项，未列入清单的一律不得实施检查。', []],
  ['市场监管', '学习宣传和贯彻实施，年内至少开展2次全系统执法案卷评查。', []],
  ['城管', '查处未经审批设置大型户外广告案件17件。', ['penalty.cases=17']],
  ['应急', '开展联合检查34次，检查场所418家，避免重复入企检查120余次。', ['inspection.count=34', 'inspection.count=418']],
  // Events of law named in quotes and taken to villages; services given at an event
  ['民宗', '举办“侗族大歌唱法治”“侗戏演法治”进村寨活动8场。', ['publicity.events=8']],
  ['司法局', '开展法治体检进企业活动，为中小微企业提供“法治体检”服务150余场次。', []],
  // The whole year's level after a half year's; documents filed, then reviewed one by one, and those in force cleaned up
  ['市政府', '统筹开展“综合查一次”，上半年开展跨部门联合检查316次，全年累计达到702次。', ['inspection.count=316', 'inspection.count=702']],
  ['司法厅', '全年收到各市报送备案的规范性文件612件逐件审查，纠正12件。', ['review.cases=612']],
  ['市政府', '开展行政规范性文件专项清理，对现行有效的市政府规范性文件157件逐件审查，废止失效文件19件。', ['normative.documents=157', 'normative.documents=19']],
  // Lectures with listeners are for the public; a market for shows; a school subject named for law
  ['文旅', '在区图书馆开设“文化权益·民法典”公益讲堂，举办专题讲座5场，现场听众620人。', ['publicity.events=5', 'publicity.audience=620']],
  ['文旅', '开展演出市场、剧本娱乐、“不合理低价游”等专项整治行动6次。', []],
  ['教育', '推动道德与法治课教师专业化发展，全年组织道德与法治学科教研活动20余次。', []],
  // A year's newcomers; disputes among matters of several kinds
  ['交通', '将法治学习纳入新录用人员岗前培训必修内容，2023年新进执法人员11名全部完成不少于60学时的岗前培训。', []],
  ['住建', '全年审查合同协议37份，参与处理涉法信访、土地承包纠纷等事项15件。', ['review.cases=37']],
  // Checks the body underwent; a scheme's reach
  ['公积金', '接受省住建厅住房公积金监管检查1次、审计机关专项审计1次。', []],
  ['公积金', '扩大制度覆盖面，力争新增缴存职工20万人以上。', []],
  // Cases counted each time (件次, 宗次), checks of units (单位次); exams are no training
  ['综合执法', '全年立案查处各类违法案件187件次，结案172件次；采取行政强制措施11宗次。', ['penalty.cases=187', 'penalty.closed=172', 'coercion.cases=11']],
  ['综合执法', '作出行政处罚决定23,561宗次；共实施行政检查1,248单位次。', ['penalty.cases=23561', 'inspection.count=1248']],
  ['司法局', '全年组织学法考试4次，参考率100%。', []],
  // Parts by place after a way of classing (按区分布); a guide compiled and handed out
  ['城管', '全年立案查处违法案件2,935件。按区分布，魏都区（1,106件）、建安区（842件）、东城区（613件）、示范区（374件）。', ['penalty.cases=2935', 'penalty.cases=1106', 'penalty.cases=842', 'penalty.cases=613', 'penalty.cases=374']],
  ['司法局', '全县调处矛盾纠纷3,100件。按乡镇（街道）分布，南峰街道（562件）、安洲街道（487件）调处数量居前两位。', ['mediation.cases=3100', 'mediation.cases=562', 'mediation.cases=487']],
  ['生态环境', '组织“企业环境法律服务日”活动，编发《企业环境守法指南》5,000册。', ['publicity.materials=5000']],
  // Special equipment registered for use; cases chosen as examples
  ['市场监管', '全年办理特种设备使用登记1968件，食品经营许可2846件。', ['license.cases=1968', 'license.cases=2846']],
  ['市场监管', '全年查处案件120件，其中2起案件入选全省优秀执法案例。', ['penalty.cases=120']],
  // A committee's meetings are no reviews; visitors received by the leaders, in groups
  ['生态环境', '坚持重大执法决定集体讨论制度，全年召开案件审查委员会会议11次。', []],
  ['生态环境', '坚持重大执法决定集体讨论制度，全年召开案件审查会议6次。', []],
  ['区政府', '区领导公开接访128批次、群众450人次。', ['petition.visitors=128', 'petition.visitors=450']],
  ['区政府', '区领导接访下访260余批次。', ['petition.visitors=260~over']],
  // Offences listed before 等违法行为; legal advisers' work of two kinds
  ['教育', '依法查处无证办学、超范围培训等违法行为7起，罚款共计2.5万元。', ['penalty.cases=7', 'penalty.fines_yuan=25000']],
  ['市政府', '法律顾问团全年参与重大事项论证和涉法事务处理130余件。', []],
  // Suits closed after the suits brought; an act denied; a place named by its use in a list; newcomers who sat an exam
  ['县政府', '全县行政机关发生行政诉讼案件87件，其中以县政府为被告的32件；全年审结行政诉讼案件74件，判决败诉11件。', ['litigation.cases=87', 'litigation.cases=32', 'litigation.lost=11']],
  ['开发区', '对信用等级为A类的企业，原则上年度内不开展现场检查，全年共有640家企业享受“无感监管”。', []],
  ['邮政', '全年共检查快递企业分支机构、营业网点、末端网点和处理场所1082家次。', ['inspection.count=1082']],
  ['市政府', '全市行政执法人员全部完成法律知识培训，新招录执法人员422名均经考试取得执法证件。', []],
  ['市政府', '全年办结行政处罚案件三万一千余件。其中，市本级办理行政处罚案件4163件。', ['penalty.closed=31000~over', 'penalty.cases=4163']],
  ['市政府', '全年办结行政处罚案件3100件，其中市本级行政处罚案件416件。', ['penalty.closed=3100', 'penalty.closed=416']],
  // Petition bureaus and hotline centres
  ['政务服务', '县12345政务服务便民热线2022年3月整合至我局管理，全年受理群众来电、网络留言等诉求9.84万件，其中咨询6.12万件、投诉2.06万件。', ['hotline.tickets=98400', 'hotline.tickets=61200', 'hotline.tickets=20600']],
  ['政务服务', '开通涉企投诉热线0371-65508890，受理涉企诉求3,400余件。', []],
  ['信访', '区信访局本级接待群众来访412批1063人次，其中集体访二十三批、五百一十人次，个体访389批553人次。', ['petition.cases=412', 'petition.visitors=1063', 'petition.cases=23', 'petition.visitors=510', 'petition.cases=389', 'petition.visitors=553']],
  ['信访', '（一）信访工作\n严格信访事项复查复核程序，全年受理复查申请35件、复核申请9件。', []],
  ['信访', '全年依法处置扰乱信访秩序行为十一起。', []],
  ['信访', '排查出的重复信访积案113件已化解106件，化解率93.8%。', ['petition.resolved=106']],
  ['信访', '重复信访积案45件已全部化解。', ['petition.resolved=45']],
  ['热线', '开设外语专席服务，为外籍人士提供咨询、求助服务680余次。', []],
  ['政务服务', '推动修订办事指南64份，优化审批流程12项。', []],
  ['市场监管', '组织产品质量监督抽查56个品种1214批次。', []],
  ['司法局', '举办全市行政复议应诉业务培训班2期，培训150人。', ['training.sessions=2', 'training.participants=150']],
  ['市场监管', '各县（区）局全年办案数量为：翠屏区局482件，叙州区局355件。', ['penalty.cases=482', 'penalty.cases=355']],
  ['公安', '全年进出办案中心涉案人员2.1万人次。', []],
  ['市场监管', '机构改革中共移交在办案件47件。', []],
  ['生态环境', '全年受理生态环境信访投诉举报5083件，同比下降8.7%，办结5083件。', ['petition.cases=5083', 'petition.resolved=5083']],
  ['教育', '开展校园安全专项督查4次，督查学校237所，重点检查校舍安全。', ['inspection.count=237']],
  ['教育', '检查学校及幼儿园418所次。', ['inspection.count=418']],
  ['农业农村', '对以局名义制发的规范性文件逐件审查，保留7件、修改1件、废止3件。', ['normative.documents=7', 'normative.documents=1', 'normative.documents=3']],
  ['农业农村', '全年受理涉农投诉举报线索57件；受理农村土地承包经营纠纷仲裁申请6件。', ['complaint.cases=57']],
  ['卫生健康', '投诉举报：受理 132件，查实 41件', ['complaint.cases=132']],
  ['街道', '利用每周一干部例会学法20余次。', ['training.sessions=20~over']],
  ['街道', '协助居民起草、审查合同和协议等文书61份。', []],
  ['省政府', '全区法院一审审结行政案件1.3万余件，行政机关败诉562件。', ['litigation.cases=13000~over', 'litigation.lost=562']],
  // Reconsideration after the law of 2023
  ['县政府', '（一）行政复议\n全年审结行政复议案件179件（含上年结转11件），其中维持67件，撤销14件。', ['reconsideration.closed=179', 'reconsideration.overturned=14']],
  ['县政府', '（一）行政复议\n经审查，立案受理1137宗，不予受理76宗，逾期未补正视为放弃的33宗，转送或告知向其他复议机关申请60宗。', ['reconsideration.cases=1137']],
  ['县政府', '（一）行政复议\n从审结结果看，决定维持的538宗，驳回复议请求的147宗，撤销原行政行为的72宗。', ['reconsideration.overturned=72']],
  ['县政府', '（一）行政复议\n审结案件中，作出维持决定1498件，驳回复议请求402件。', []],
  ['县政府', '（一）行政复议\n复议机构与市法院行政庭建立案件信息互通机制，复议决定被法院撤销或确认违法的案件仅2件。', []],
  ['县政府', '对被申请人不履行或者无正当理由拖延履行复议决定的，依法责令限期履行。', []],
  ['县政府', '组织专家对重大行政决策开展咨询论证5次。', []],
  ['市场监管', '全年以告知承诺方式办理许可2356件。', ['license.cases=2356']],
  ['市场监管', '受理的投诉加上年结转1320件。', []],
  ['住建', '受理违法建设投诉举报137件，立案查处违反规划许可的违法建设行为23起，罚款83.6万元。', ['complaint.cases=137', 'penalty.cases=23', 'penalty.fines_yuan=836000']],
  ['住建', '组织执法人员参加省住建厅网络培训，全局43名持证执法人员年度学时均达到40学时以上。', []],
  ['住建', '对重大执法决定签批前均听取法制审核意见，全年签批重大执法决定98件。', []],
  ['住建', '审签重大执法决定和重大案件处理意见20余件。', []],
  ['自然资源', '全市排查出未批先建、批少建多、擅自改变规划用途等问题项目73个。', []],
  ['公安', '组织清查旅馆、网吧、娱乐场所等重点场所1.2万余家次，检查旅馆业3960家次。', ['inspection.count=12000~over', 'inspection.count=3960']],
  ['街道', '审查合同协议44份、信访答复意见书等文书27件。', ['review.cases=44']],
  ['市场监管', '罚款5万元以上、吊销许可证件等重大行政处罚案件263件。', ['penalty.major_cases=263']],
  ['市场监管', '全年罚款1200万元以上，查处案件12件。', ['penalty.fines_yuan=12000000~over', 'penalty.cases=12']],
  ['市政府', '落实市场准入制度，开展公平竞争审查42件。', []],
  ['市政府', '主持研究重大疑难案件14件。', []],
  ['文旅', '对该公司依法作出警告、罚款1.5万元的行政处罚。', ['penalty.fines_yuan=15000']],
  ['公安', '行政拘留1137人，警告、罚款处罚1520人次。', ['penalty.cases=1520']],
  ['粮食', '设立粮食流通监督检查股（执法股）、仓储与物资储备股3个股室。', []],
  ['市场监管', '调解消费纠纷成功率76.4%。', ['mediation.success_rate=76.4']],
  ['街道', '重大执法决定全部经过法制审核，全年审核行政处罚决定书及案卷31件。', ['review.cases=31']],
  ['司法局', '落实法制审核制度，开展执法案卷评查2次。', []],
  ['应急', '全县各行业部门共检查企业3560家次，其中应急管理部门1120家次、住建部门860家次。', ['inspection.count=3560', 'inspection.count=1120', 'inspection.count=860']],
  ['应急', '对A类企业每年至少检查1次，B类企业每两年至少检查1次。', []],
  ['市场监管', '一般程序案件全部进行法制初审，全年初审案件174件。', ['review.cases=174']],
  ['市场监管', '依托国家企业信用信息公示系统，将1,527户未按时年报企业列入经营异常名录。', []],
  ['市场监管', '办结案件全部按规定公示，其中2件入选省局典型案例。', []],
  ['市场监管', '听证后依法调整处罚决定1宗。', []],
  ['县政府', '全县执法部门涉企检查总频次为1,482次，其中跨部门联合检查205次。', ['inspection.count=1482', 'inspection.count=205']],
  ['县政府', '涉企检查频次同比下降35%。', []],
  ['人社', '组织开展案卷评查，抽查许可、处罚案卷各30宗。', []],
  ['人社', '全年法制审核19件，审核中提出意见的4件。', ['review.cases=19']],
  ['人社', '新办劳务派遣经营许可证3件，办理延续6件。', ['license.cases=3', 'license.cases=6']],
  ['卫健', '全市有职业健康检查机构28家、职业病诊断机构5家。', []],
  ['卫健', '全年检查医疗机构386家次。', ['inspection.count=386']],
  ['卫健', '依法处置涉医违法犯罪警情14起。', []],
  ['卫健', '完成国家随机监督抽查任务1,074家，省级任务386家。', ['inspection.count=1074', 'inspection.count=386']],
  ['城管', '全年申请人民法院强制执行12件，裁定准予执行11件。', ['coercion.cases=12']],
  ['生态环境', '适用配套办法查办案件，包括按日连续处罚一起、查封扣押七起。', ['penalty.cases=1', 'coercion.cases=7']],
  ['医保', '形成“查处一起、震慑一片”的效果。', []],
  ['市政府', '不予检查“白名单”企业达到1100余家。', []],
  ['市政府', '开展政府网站和政务新媒体季度检查4次。', []],
  ['司法所', '编印法治口袋书，做到村民家中人手一册。', []],
  ['交通', '实行“首次检查以指导为主”，全年开展上门服务指导30余家次。', []],
  ['市场监管', '在查处非法传销活动中收缴宣传资料1,300余份。', []],
  ['市场监管', '发放食品摊贩登记卡302张。', []],
  ['区政府', '依托“杭州12345”西湖平台，全年受理群众诉求38.6万件。', ['hotline.tickets=386000']],
  ['区政府', '全年受理群众诉求186.4万件。', []],
  ['区政府', '建立涉企检查“白名单”企业1120家。', []],
  ['街道', '全年网格事件立案2.4万件，结案2.3万件。', []],
  ['街道', '全年检查点位4,120处。', ['inspection.count=4120']],
  ['司法局', '某县全年未办理1件行政处罚案件。', []],
  ['市政府', '（二）行政复议。全年受理行政复议申请161件。按被申请人统计，市综合行政执法局42件、那大镇人民政府11件、其余各镇合计19件。', ['reconsideration.cases=161', 'reconsideration.cases=42', 'reconsideration.cases=11', 'reconsideration.cases=19']],
  ['区政府', '区生态环境局办理行政处罚案件58件、罚款532.4万元，区文体旅局办理44件。', ['penalty.cases=58', 'penalty.fines_yuan=5324000', 'penalty.cases=44']],
  ['粮食和物资储备局', '全年查处粮食流通违法违规案件6起；对其中2起初次违法且危害后果轻微并及时改正的案件，依法不予行政处罚。', ['penalty.cases=6', 'penalty.lenient_cases=2']],
  ['区政府', '区直部门组织领导干部学法讲座共计216场次，参加学习7300余人次。', ['training.sessions=216', 'training.participants=7300~over']],
  ['机关', '组织政治理论学习12次，参加学习300人次。', []],
  ['综合执法局', '全年共受理群众诉求工单6,052件。各镇（街道）分别为：崇阳街道1,874件、羊马街道1,102件，其余镇乡合计1,617件。', ['hotline.tickets=6052', 'hotline.tickets=1874', 'hotline.tickets=1102', 'hotline.tickets=1617']],
  ['综合执法局', '全年共受理群众诉求工单6,052件。诉求类型中，噪音扰民1,420件，占道经营1,236件。', ['hotline.tickets=6052', 'hotline.tickets=1420', 'hotline.tickets=1236']],
  ['综合执法局', '全年共作出行政处罚决定2,684件。按镇（街道）分布，案件数量排名前三的依次为崇阳街道612件、羊马街道358件。', ['penalty.cases=2684', 'penalty.cases=612', 'penalty.cases=358']],
  ['海洋与渔业局', '查处“琼儋州渔03312”等违反休渔规定案件17宗。', ['penalty.cases=17']],
  ['市场监管', '我局将“双随机、一公开”作为日常监管的基本方式，建立了涵盖全县2.6万户市场主体的名录库。', []],
  ['司法局', '全年共收到行政复议申请38件，已审结31件，其中维持原行政行为19件，还有2件在审理中。', ['reconsideration.cases=38', 'reconsideration.closed=31']],
  ['司法局', '调解各类矛盾纠纷3,142件，其中县医患纠纷人民调解委员会化解医疗纠纷41起，防止“民转刑”案件5起。', ['mediation.cases=3142', 'mediation.cases=41']],
  ['自然资源局', '全年举办法律法规专题培训2期，培训全局干部职工及12个乡镇国土资源所人员120人次。', ['training.sessions=2', 'training.participants=120']],
  ['市场监管', '检查12个乡镇300家企业。', ['inspection.count=300']],
  ['街道', '街道信访办接待群众来访312批次1,046人次。', ['petition.cases=312', 'petition.visitors=1046']],
  ['热线中心', '全年受理12345热线工单9420件，其中政策咨询类6230件，审批服务类1480件，投诉类930件，其他780件。', ['hotline.tickets=9420', 'hotline.tickets=6230', 'hotline.tickets=1480', 'hotline.tickets=930', 'hotline.tickets=780']],
  ['市场监管', '查处各类违法案件120件。', ['penalty.cases=120']],
  ['信访局', '全年登记群众信访事项2947件次。按来源分：来信247件，走访739批2108人次，网上投诉1961件。', ['petition.cases=2947', 'petition.cases=247', 'petition.cases=739', 'petition.visitors=2108', 'petition.cases=1961']],
  ['信访局', '受理信访件30件，走访群众1500人次。', ['petition.cases=30']],
  ['市场监管', '全年立案查处违法案件1046件，罚没款共计863.47万元。案件涉及领域分别为：食品安全类412件、药品医疗器械类136件、其他类125件。', ['penalty.cases=1046', 'penalty.forfeiture_yuan=8634700', 'penalty.cases=412', 'penalty.cases=136', 'penalty.cases=125']],
  ['区政府', '九个街道中，东湖街道、新桥街道分别办理综合执法案件一百四十三件和一百一十八件。', ['penalty.cases=143', 'penalty.cases=118']],
  ['司法局', '全年全市共办理各类行政执法案件21.6万件。', []],
  ['司法局', '对全年办案数少于10件的执法单位开展专项督导。', []],
  ['司法局', '全年办案数少于10件。', ['penalty.cases=10~under']],
  ['司法局', '对未按规定参加年度培训的43名执法人员暂停执法资格。', []],
  ['司法局', '组织参加法治培训的43名执法人员考试。', ['training.participants=43']],
  ['市场监管', '全市12315投诉举报热线及平台共受理消费者诉求58.23万件，其中投诉27.6万件、举报6.14万件。', ['hotline.tickets=582300', 'complaint.cases=276000', 'complaint.cases=61400']],
  ['市场监管', '全市12345平台（含原12315热线）接件市场监管类诉求68.7万件，其中投诉41.2万件、举报5.9万件。', ['hotline.tickets=687000', 'hotline.tickets=412000', 'hotline.tickets=59000']],
  ['市场监管', '罚没金额超百万元案件9宗。', []],
  ['司法局', '全年全市共作出行政处罚决定5.2万件。从各县（市、区）看，行政处罚办案数排名前三位的依次是：临城区（9351件）、安平县（7987件）；排名后三位的是云岭县（1236件）、石门县（687件）。', ['penalty.cases=52000', 'penalty.cases=9351', 'penalty.cases=7987', 'penalty.cases=1236', 'penalty.cases=687']],
  ['区政府', '全区各部门开展“处长讲法”“局长讲法”活动一百四十余场次，参与干部职工三千余人次。', ['training.sessions=140~over', 'training.participants=3000~over']],
  ['司法局', '各级行政复议机构要用好行政复议意见书，推动复议纠错一件、规范一类、治理一片。', []],
  ['农业农村局', '对违规在耕地上挖塘养殖的2起案件依法立案查处。', ['penalty.cases=2']],
  ['农业农村局', '对3起初次违法、危害后果轻微且及时改正的当事人，依法作出不予行政处罚决定。', ['penalty.lenient_cases=3']],
  ['应急管理局', '全年查处违法案件45起，另有9起违法行为情节轻微并及时纠正，依法不予处罚。', ['penalty.cases=45', 'penalty.lenient_cases=9']],
  ['卫生健康委', '亲自审定重大行政决策和规范性文件，主持召开局长办公会研究重大执法案件9件。', []],
  ['人社局', '12333人社服务热线全年受理来电咨询18.3万人次，办理转办工单3126件。', ['hotline.tickets=3126']],
  ['市政府', '5个重点执法部门共办理行政处罚案件15693件，占全市的85.2%。具体为：市综合行政执法局11278件，罚没款2814.6万元；市交通运输局2204件，罚款1019.3万元。', ['penalty.cases=15693', 'penalty.cases=11278', 'penalty.forfeiture_yuan=28146000', 'penalty.cases=2204', 'penalty.fines_yuan=10193000']],
  ['市政府', '市政府全年收到行政复议申请213件，其中受理196件；按申请事项分，涉及行政处罚93件、行政强制11件、其他44件。全年审结189件。', ['reconsideration.cases=213', 'reconsideration.cases=196', 'reconsideration.cases=93', 'reconsideration.cases=11', 'reconsideration.cases=44', 'reconsideration.closed=189']],
  ['文广旅局', '文化市场综合行政执法支队全年检查各类文化旅游市场经营单位2417家次，其中网吧886家次、娱乐场所512家次、演出场所及演出活动143场次、出版物经营单位375家次、旅行社298家次。', ['inspection.count=2417', 'inspection.count=886', 'inspection.count=512', 'inspection.count=375', 'inspection.count=298']],
  ['文广旅局', '坚持内部法律知识学习每月一次、全年共12次。', ['training.sessions=12']],
  ['文广旅局', '坚持内部法律知识学习每月一次。', []],
  ['司法局', '开展行政执法满意度评议，发放评议问卷1200份。', []],
  ['医保局', '全年对作出的9件行政处罚决定均进行法制审核，其中重大行政处罚案件2件经局集体讨论决定，1家当事人申请听证，我局依法组织听证1次。', ['review.cases=9', 'review.cases=2', 'hearing.cases=1']],
  ['区政府', '全区共办理行政处罚案件327件、罚款42.76万元，书房坪街道、建设路街道、东坪街道依次为71件、64件、58件。', ['penalty.cases=327', 'penalty.fines_yuan=427600', 'penalty.cases=71', 'penalty.cases=64', 'penalty.cases=58']],
  ['住建局', '开展物业服务专项检查，通报批评物业服务企业四家。', []],
  ['生态环境局', '对全市22个区（市）县开展执法稽查。', []],
  ['市场监管', '指导企业应对海外知识产权纠纷120余起。', []],
  ['公安', '全年查处治安案件1.2万起，行政拘留近900人次，对3.8万起首次轻微违法不予罚款。', ['penalty.cases=12000', 'penalty.cases=900~under', 'penalty.lenient_cases=38000']],
  ['公安', '对受立案环节实施全流程监督，认定执法过错3起。', []],
  ['教育局', '开展“开学第一课”法治教育500余场次，覆盖学生16万人次。', ['publicity.events=500~over', 'publicity.audience=160000']],
  ['消防救援', '组织全体指战员观看法治教育专题片3次。', []],
  ['教育局', '举办校长依法治校专题研修班2期，组织执法人员参加省、市行政执法专题培训3期。', ['training.sessions=2', 'training.sessions=3']],
  ['卫生健康委', '对下级单位法治建设进行督导检查2次。', []],
  ['县政府', '明确同一部门对同一企业年度内检查原则上不超过1次、多部门联合检查不超过2次。', []],
  ['县政府', '对短期内重复检查、同一企业多头检查的情况实时预警，全年发出预警提示35次。', []],
  ['发改委', '清理破除市场准入隐性壁垒4项，完成信用修复申请审核1,035件。', []],
  ['民政局', '开展低保专项治理，核查低保家庭1.9万户。', []],
  ['农业农村局', '检查规模以上养殖场和家庭农场11个。', ['inspection.count=11']],
  ['交通运输局', '其中新核发道路运输经营许可证318件、办理道路运输从业资格证2967件。', ['license.cases=318', 'license.cases=2967']],
  ['交通运输厅', '全年通过“湘易办”平台办理道路运输从业资格证补证、换证等业务3.2万件。', []],
  ['公安', '法制大队全年审核行政案件2146起、刑事案件728起。', ['review.cases=2146', 'review.cases=728']],
  ['镇政府', '镇党委书记亲自研究督办重大信访事项4件。', []],
  ['自然资源厅', '厅本级直接查办重大违法案件3件，挂牌督办案件12件。', ['penalty.cases=3']],
  ['镇政府', '镇政府法律顾问全年审查镇政府合同协议71件、行政决策及文件17件、信访答复意见书40份。', ['review.cases=71', 'review.cases=17']],
  ['市场监管局', '局法规科全年审核重大执法决定及行政处罚案件238件，提出审核意见316条。', ['review.cases=238']],
  ['县政府', '三是开展集中法治宣传活动八十三场次，受教育群众4.2万余人次，四是县政府常务会议全年会前学法十一次。', ['publicity.events=83', 'publicity.audience=42000~over', 'training.sessions=11']],
  ['县政府', '二是组织国家工作人员参加学法用法网上考试，参考率100%，三是开展集中法治宣传活动八十三场次，受教育群众4.2万余人次。', ['publicity.events=83', 'publicity.audience=42000~over']],
  ['县政府', '成功调处1651起，调处成功率98.1%，与2018年的1412起、2019年的1575起相比，调处纠纷数量逐年上升。', ['mediation.cases=1651', 'mediation.success_rate=98.1', 'mediation.cases=1412', 'mediation.cases=1575']],
  ['县政府', '全年共受理群众信访事项四百二十九件，较2019年的五百八十三件、2020年的四百九十六件连续下降。', ['petition.cases=429', 'petition.cases=583', 'petition.cases=496']],
  ['县政府', '二是立案查处各类行政违法案件1026件，其中一般程序案件二百八十七件、简易程序案件739件，三是组织执法人员参加省级行政执法培训和考试三百一十二人次。', ['penalty.cases=1026', 'penalty.cases=287', 'penalty.cases=739', 'training.participants=312']],
  ['县政府', '一是累计检查经营主体3862家次，二是立案查处涉疫违法案件17起，罚没款4.85万元，其中哄抬口罩价格案件3起，三是在公路沿线设立卡口八处。', ['inspection.count=3862', 'penalty.cases=17', 'penalty.forfeiture_yuan=48500', 'penalty.cases=3']],
  ['街道办事处', '对违法行为依法处置，全年依法处置信访活动中的违法行为2起。', []],
  ['司法局', '市政府行政复议办公室全年新收行政复议申请1127件，其中决定受理的946件、不予受理的74件、告知向其他机关申请的107件。', ['reconsideration.cases=1127', 'reconsideration.cases=946']],
  ['司法局', '开展“信访积案清仓见底”专项行动，化解信访积案19件，其中化解时间超过5年的“骨头案”3件。', ['petition.resolved=19', 'petition.resolved=3']],
  ['司法局', '全市复议机关全年收到复议申请4268件，较2023年增长41%；经审查，立案3930件，结案3785件。', ['reconsideration.cases=4268', 'reconsideration.cases=3930', 'reconsideration.closed=3785']],
  ['自然资源厅', '全年审结案件271件，败诉9件，对每一宗败诉案件均组织召开分析会。', ['litigation.lost=9']],
  ['卫生健康局', '对一宗拟处较大数额罚款的案件，应当事人申请依法组织听证一次。', ['hearing.cases=1']],
  ['卫生健康局', '组织开展“法律进医院”活动十二场，参加活动的医务人员约1500人。', ['publicity.events=12', 'publicity.audience=1500~about']],
  ['司法局', '全年行政复议主要数据：\n收到行政复议申请：203件\n受理：187件（上年同期78件）\n不予受理：9件', ['reconsideration.cases=203', 'reconsideration.cases=187', 'reconsideration.cases=78']],
  ['镇政府', '镇社会矛盾纠纷调处化解中心全年共受理来信来访188件，调处化解176件。', ['petition.cases=188', 'petition.resolved=176']],
  ['街道办事处', '街道综治中心全年排查矛盾纠纷827件，调处化解811件，调解成功率98%。', ['mediation.cases=811', 'mediation.success_rate=98']],
  ['公安', '全年共审核各类行政案件1849起，其中审核重大行政处罚案件52起；审核刑事案件提请逮捕、移送起诉等法律文书847份。', ['review.cases=1849', 'review.cases=52', 'review.cases=847']],
  ['交警大队', '大队法制室全年审核交通行政处罚一般程序案件4417起、行政强制措施案件2803起，审核交通肇事等刑事案件95起。', ['review.cases=4417', 'review.cases=2803', 'review.cases=95']],
  ['公安', '全年带头讲授法治课2次，亲自审批重大疑难案件14起。', ['training.sessions=2']],
  ['综合执法局', '全年办理行政强制措施案件35件。', ['coercion.cases=35']],
  ['市场监管局', '经局案件审核委员会集体讨论的重大行政处罚案件（14件），均在作出决定前进行了法制审核。', ['penalty.major_cases=14']],
  ['卫生健康局', '全年制定印发规范性文件（3件）、清理规范性文件（27件），清理后继续有效21件，均按规定报市司法局备案。', ['normative.documents=3', 'normative.documents=27', 'normative.documents=21']],
  ['市场监管局', '对问题线索进行核查后，共有31户市场主体被列入经营异常名录，6户被列入严重违法失信名单。', []],
  ['县政府', '县政府与县人民法院建立行政争议协调化解联动工作机制，全年共同研判重大敏感行政案件19件。', []],
  ['档案局', '审定档案执法检查方案2个，开展档案执法检查12次。', ['inspection.count=12']],
  ['应急管理局', '开展执法岗位练兵和模拟执法竞赛1次，以赛促学、以赛促练。', []],
  ['乡政府', '法律顾问上门讲解土地流转合同等方面的法律知识，帮助审查土地流转合同8份。', []],
  ['司法局', '开展矛盾纠纷排查2.1万次，预防纠纷3,100余件，人民调解组织调解纠纷2.6万件。', ['mediation.cases=26000']],
  ['司法局', '局主要负责人带队赴基层司法所督导检查12次。', []],
  ['开发区', '在作出处罚决定的同时开展教育提醒，全年制发行政指导书、提示函六百余份。', []],
  ['开发区', '对纳入白名单的企业，全年实际免予入企检查约700次。', []],
  ['开发区', '新区涉诉、涉复议案件17件，其中行政复议7件、行政诉讼10件。', ['reconsideration.cases=7', 'litigation.cases=10']],
  ['药监局', '收到行政复议申请4件，均为不服市县局举报答复，经审查维持原行政行为3件，申请人撤回1件。', ['reconsideration.cases=4']],
  ['市政府', '各区中，宝安、龙岗、福田三区行政处罚案件数位列全市前三，分别为3.82万宗、3.17万宗、2.46万宗，大鹏新区最少，为2,904宗。', ['penalty.cases=38200', 'penalty.cases=31700', 'penalty.cases=24600', 'penalty.cases=2904']],
  ['省政府', '成都市以行政处罚8.92万件居全省首位，绵阳、宜宾两市分列第二、第三位，分别为2.05万件、1.87万件，甘孜、阿坝两州案件量居末位。', ['penalty.cases=89200', 'penalty.cases=20500', 'penalty.cases=18700']],
  ['省政府', '省域执法监管数字应用贯通省市县乡四级，累计生成“检查码”620万个。', []],
  ['市政府', '组织行政处罚听证132场，听证后变更或撤销原拟处罚决定的41宗。', ['hearing.cases=132']],
  ['县政府', '各乡镇累计开展日常巡查检查1120次，常屯乡以146次位居第一。', ['inspection.count=1120', 'inspection.count=146']],
  ['县政府', '全县行政处罚案件量以县公安局最多，达1027起；县市场监督管理局以341起位列第二；县交通运输局、县城市管理执法局、县自然资源局分列第三至第五位，分别办理196起、158起、93起。', ['penalty.cases=1027', 'penalty.cases=341', 'penalty.cases=196', 'penalty.cases=158', 'penalty.cases=93']],
  ['司法局', '对违反监管规定的社区服刑人员给予警告87人次，提请撤销缓刑6人。', []],
  ['信访局', '对依法应当通过诉讼、仲裁、行政复议等途径解决的信访诉求，引导群众通过法定途径解决，全年导入法定程序1153件。', []],
  ['城管局', '建立“网格化”巡查机制，将城区划分为126个执法网格，定人、定岗、定责。', []],
  ['林业局', '全年举行听证5次，所涉案件拟罚款金额合计186万元。', ['hearing.cases=5']],
  ['交通运输局', '法律顾问对重大合同、信访答复等事项出具法律意见56件。', []],
  ['镇政府', '依托“走马观花”直播间开展“以案说法”网络直播6期，累计观看3.2万人次。', ['publicity.events=6', 'publicity.audience=32000']],
  ['镇政府', '推行“网格+警格+调解”融合工作机制，网格员全年上报并办结各类事件2.1万件。', []],
  ['人社局', '开展“人社政策法规进工地、进企业、进园区”活动58场次。', ['publicity.events=58']],
  ['市政府', '全年收到行政复议申请135件，复议案件主要集中在土地征收、房屋征收、社会保障、公安行政处罚等领域，其中涉及土地和房屋征收的89件，涉及公安行政处罚的34件。', ['reconsideration.cases=135', 'reconsideration.cases=89', 'reconsideration.cases=34']],
  ['市场监管局', '全市适用不予处罚清单办结案件587件，适用减轻处罚清单办结案件179件。', ['penalty.lenient_cases=587', 'penalty.lenient_cases=179']],
  ['县政府', '县信访局全年登记来信来访及网上信访事项973件、1560人次。', ['petition.cases=973', 'petition.visitors=1560']],
  ['应急管理局', '审查合同、规范性文件及执法决定等事项共34件，其中：合同21件；规范性文件草案2件；重大执法决定11件。', ['review.cases=34', 'review.cases=21', 'review.cases=2', 'review.cases=11']],
  ['镇政府', '开展“法治文化进景区”活动15场，覆盖游客2000余人次。', ['publicity.events=15', 'publicity.audience=2000~over']],
  ['街道办事处', '邀请“两代表一委员”参与执法检查和执法评议活动4次。', []],
  ['市场监管局', '邀请专家参与检查企业12家。', ['inspection.count=12']],
  ['市政府', '全市作出行政处罚决定13.84万宗。按区排名，白云区以2.71万宗居首，天河区、番禺区分列二、三位，分别为2.03万宗、1.88万宗，从化区以3,960宗居末位。', ['penalty.cases=138400', 'penalty.cases=27100', 'penalty.cases=20300', 'penalty.cases=18800', 'penalty.cases=3960']],
  // Officers' papers are no licences
  ['司法', '全市共有行政执法人员8,460人，全年核发行政执法证件1,206件。', []],
  // The noun after the number, in a list of two
  ['司法', '2024年，我局收到2件行政复议申请、1件行政诉讼，均胜诉。', ['reconsideration.cases=2', 'litigation.cases=1']],
  // Each unit's cases in a sentence of their own after the total
  ['城管', '全支队查处各类违法案件2,600起。各区大队办案数分别为：城东大队1,420起、城西大队1,180起。', ['penalty.cases=2600', 'penalty.cases=1420', 'penalty.cases=1180']],
  // The first parts of a total, ranked: after 其中 opening a sentence, or the first named without 其中
  ['政府', '全市作出行政处罚决定3546件。其中，数量排名前三的是临江区（681件）、溪口区（510件）和安平县（397件）。', ['penalty.cases=3546', 'penalty.cases=681', 'penalty.cases=510', 'penalty.cases=397']],
  ['政府', '全市作出行政处罚决定3546件，临江区最多，为681件，其后依次为溪口区（510件）、安平县（397件）。', ['penalty.cases=3546', 'penalty.cases=681', 'penalty.cases=510', 'penalty.cases=397']],
  // An item before in the list, in a unit the cue cannot name, passed over
  ['司法', '开展送法进园区活动32场，覆盖企业1,100余家、职工2.4万人次。', ['publicity.events=32', 'publicity.audience=24000']],
  // A floor said before the act
  ['医保', '全年至少开展专项检查2次。', ['inspection.count=2~over']],
  // People another act is done to, after a lecture, are not its audience
  ['人社', '局主要负责人带头讲授法治课1次，带头接访群众。', ['training.sessions=1']],
  // False advertising is an offence, a use of land approved is a licence, firms put on a list are not checked, appeals upheld
  ['市场监管', '查处侵权假冒、虚假宣传等案件75起，适用免罚清单减免处罚案件32件。', ['penalty.cases=75', 'penalty.lenient_cases=32']],
  ['林业', '审核同意使用林地项目77宗。', ['license.cases=77']],
  ['市场监管', '对“白名单”企业原则上不主动入企检查，全县列入“白名单”企业162家。', []],
  ['水利', '收到行政复议申请3件，均为不服河道采砂行政处罚决定，经市政府审理维持2件。', ['reconsideration.cases=3']],
  // Things listed before 各, each given the figure; not 各类
  ['司法', '行政复议决定撤销、确认违法各4件。', ['reconsideration.overturned=4', 'reconsideration.overturned=4']],
  ['乡镇', '调处矛盾纠纷1200起，其中白沙乡、梅岭乡各156起。', ['mediation.cases=1200', 'mediation.cases=156', 'mediation.cases=156']],
  ['市场监管', '花果山所、南城所各查处案件46起。', ['penalty.cases=46', 'penalty.cases=46']],
  ['文旅', '检查网吧、歌舞娱乐场所等各类文化经营单位1,512家次。', ['inspection.count=1512']],
  // Letters to a mailbox and a hotline's tickets in one figure are neither; a list item of petitions before a hotline's is its own
  ['医保', '办理市长信箱、12345热线等渠道转办件325件，其中12345热线工单281件。', ['hotline.tickets=281']],
  ['教育', '全年受理教育信访事项58件、12345热线工单1,204件。', ['petition.cases=58', 'hotline.tickets=1204']],
  // The pool things were drawn from; other papers put out, named after the figure
  ['统计', '按照“双随机、一公开”要求，从全县1,386家联网直报单位中随机抽取检查对象，全年开展统计执法检查31家。', ['inspection.count=31']],
  ['发改', '出台规范性文件2件；对新出台的38件涉及经营主体经济活动的政策措施开展公平竞争审查。', ['normative.documents=2']],
  // Figures in brackets after the items of a breakdown: a word ending like a unit opens no breakdown of its own
  ['政府', '开展合法性审查（216件），其中县政府合同（118件）、规范性文件（41件）、重大行政决策及其他文件（57件）。', ['review.cases=216', 'review.cases=118', 'review.cases=41', 'review.cases=57']],
  // Readers of posts, disputes settled by agreement, a joint check by its reform's name, offences caught by camera, own units
  ['卫健', '推送防疫法治知识图文180余篇，阅读量累计达21.6万人次。', ['publicity.audience=216000']],
  ['卫健', '调处医疗纠纷35件，达成调解协议31件。', ['mediation.cases=35', 'mediation.cases=31']],
  ['政府', '开展跨部门“综合查一次”（2,140次）。', ['inspection.count=2140']],
  ['交警', '全年共查处各类道路交通违法行为8.67万起，其中现场查处1.92万起；全县电子监控设备累计抓拍记录交通违法行为11.4万起。', ['penalty.cases=86700', 'penalty.cases=19200']],
  ['交警', '依托执法监督管理平台对全市12个交警大队开展执法巡查。', []],
  ['教育', '依法查处超前超纲培训、违规收费等违规培训行为12起，全年开展法治教育进校园活动210场。', ['penalty.cases=12', 'publicity.events=210']],
  // Acts alone in a clause after a figure, with 全年新 or a gloss; the people of sessions of law by their business
  ['政府', '全市现行有效的市政府行政规范性文件86件，全年新制定9件、废止14件。', ['normative.documents=86', 'normative.documents=9', 'normative.documents=14']],
  ['政府', '行政规范性文件：制定7件，清理（废止）3件。', ['normative.documents=7', 'normative.documents=3']],
  ['应急', '组织执法人员参加安全生产法律法规和执法业务培训（4期，126人次）。', ['training.sessions=4', 'training.participants=126']],
  // Students who studied law online are the public reached, no trainees
  ['教育', '依托“宪法卫士”网上学法平台，参学学生8.2万人。', ['publicity.audience=82000']],
  ['街道', '发放宣传页9,000余张。', ['publicity.materials=9000~over']],
  ['市场监管', '办理省市场监管局转办的信访件19件，向有关部门转办信访事项12件。', ['petition.cases=19']],
  // A breakdown ends at a clause after a comma that opens with another body at work, or with work taken on from another channel
  ['街道', '受理信访事项327件，其中网上信访209件，承办12345热线工单1.1万余件。', ['petition.cases=327', 'petition.cases=209', 'hotline.tickets=11000~over']],
  ['乡镇', '受理群众信访49件，其中来信5件、走访31件，乡村两级调委会化解矛盾纠纷97件。', ['petition.cases=49', 'petition.cases=5', 'petition.cases=31', 'mediation.cases=97']],
  ['乡镇', '乡党委中心组集体学法五次，邀请县司法局律师为乡村干部授课二场，参加人员一百五十余人次。', ['training.sessions=5', 'training.sessions=2', 'training.participants=150~over']],
  ['工商', '全年由局法制科核审一般程序案件一百二十一件。', ['review.cases=121']],
  // A clause that names only another quarter or half says the same of it
  ['执法局', '上半年办理处罚案件1,197件，下半年1,417件。', ['penalty.cases=1197', 'penalty.cases=1417']],
  // Fines said as 罚款处罚, zero suits brought over disclosure, decisions published
  ['应急', '立案查处安全生产违法行为39起，作出罚款处罚共计86.75万元。', ['penalty.cases=39', 'penalty.fines_yuan=867500']],
  ['交警', '全年共作出罚款处罚7.9万余起。', ['penalty.fine_cases=79000~over']],
  ['街道', '本年度，我街道办事处未因政府信息公开工作被申请行政复议或提起行政诉讼。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['生态环境', '公开环境行政处罚决定书89份。', []],
  ['交通', '专项行动期间，共查处道路运输违法案件4,187起，其中2024年查处2,263起，约谈企业负责人96人次。', ['penalty.cases=4187', 'penalty.cases=2263']],
  // Parts by where they were (从属地分布看), 各 among them
  ['执法局', '全年共查处违法案件4735件。从属地分布看，城关镇1206件、溪口镇874件，枫林乡、石门乡各309件。', ['penalty.cases=4735', 'penalty.cases=1206', 'penalty.cases=874', 'penalty.cases=309', 'penalty.cases=309']],
  // Laws named without 《》 are no acts
  ['政府', '全年主持召开常务会议专题学习宪法、行政复议法等法律法规6次。', ['training.sessions=6']],
  // Parts of the cases after brackets of parts and cases closed; a hotline's line; cases under a list named before; places reached
  ['市场监管', '全年共查处违法案件245件（其中一般程序81件、简易程序164件），结案231件。从案件类型看，食品安全案件97件，特种设备案件12件。', ['penalty.cases=245', 'penalty.cases=81', 'penalty.cases=164', 'penalty.closed=231', 'penalty.cases=97', 'penalty.cases=12']],
  ['区政府', '区12345便民服务专线全年受理群众来电诉求20.6万件。', ['hotline.tickets=206000']],
  ['区政府', '推行涉企“免罚轻罚”清单，全区适用清单办理案件1873宗。', ['penalty.lenient_cases=1873']],
  ['市场监管', '组织开展“双随机、一公开”抽查，检查市场主体3260户次，覆盖13个街道。', ['inspection.count=3260']],
  // A level compared with, named by the cue after it
  ['信访', '疫情防控常态化后，与2019年的362件相比，信访总量下降40%。', ['petition.cases=362']],
  // How each item's cases ended, said after it, is its own
  ['政府', '二是少数答复说理不充分，2件被复议机关纠正、1件被法院判决撤销。', ['reconsideration.overturned=2', 'litigation.lost=1']],
  ['应急', '作出责令停产停业整顿、暂扣安全生产许可证处罚决定各2件。', ['penalty.cases=2', 'penalty.cases=2']],
  ['自然资源', '开展“4·22”地球日、“6·25”土地日普法宣传活动各1场。', ['publicity.events=1', 'publicity.events=1']],
  // A breakdown ends at a clause that opens with an act, and so do the clauses after it
  ['乡镇', '受理群众信访事项56件，其中来信12件、来访30件；办理户籍业务320件；网格平台受理案件1200件。', ['petition.cases=56', 'petition.cases=12', 'petition.cases=30']],
  ['气象', '全年受理防雷装置设计审核、竣工验收行政许可申请分别为41件、29件。', ['license.cases=41', 'license.cases=29']],
  ['烟草', '全年对96起行政案件全部进行法制审核。', ['review.cases=96']],
  ['烟草', '依法不予处罚14起，首违轻罚8起。', ['penalty.lenient_cases=14', 'penalty.lenient_cases=8']],
  ['金融', '开展金融普法宣传活动120余场，触达消费者12万人次。', ['publicity.events=120~over', 'publicity.audience=120000']],
  ['海关', '行政诉讼案件1宗，法院一审判决驳回原告诉讼请求。全年收到政府信息公开申请6件，均依法按时答复。', ['litigation.cases=1']],
  ['气象', '加强执法人员培训，力争新增持证执法人员2名。', []],
  ['应急', '近三年行政复议、诉讼案件总量分别为19件、15件、11件。', []],
  ['交通', '对局机关拟出台的4件规范性文件进行合法性审核，经审核后印发3件。', ['review.cases=4', 'normative.documents=3']],
  ['食药', '坚持“两法衔接”，向公安机关移送涉嫌犯罪案件12件，公安机关已立案9件。', []],
  ['司法', '市人民法院审结行政案件151件，行政机关负责人出庭应诉实现“应出尽出”，出庭应诉率100%。', ['litigation.cases=151', 'litigation.head_appearance_rate=100']],
  ['政府', '出席府院联席会议2次，专题研究行政复议、涉企行政检查等工作6次。', []],
  ['司法', '组织听证审理案件18件，实地调查核实案件63件。', ['hearing.cases=18']],
  ['退役军人', '依法安置退役士兵412人，发放各类优抚资金2.37亿元，惠及优抚对象1.86万人。', []],
  ['卫健', '办理医师、护士执业注册（含变更注册）1,583件。', ['license.cases=1583']],
  ['自然资源', '发生行政诉讼案件19件（含一审、二审），上年为23件，已审结16件，败诉1件。', ['litigation.cases=19', 'litigation.cases=23', 'litigation.lost=1']],
  ['农业农村', '被提起行政诉讼2件，其中1件一审判决确认违法，我局已依法提起上诉。', ['litigation.cases=2', 'litigation.lost=1']],
  ['城管', '向区人民法院申请非诉执行案件61件，法院裁定准予执行57件。', ['coercion.cases=61']],
  ['民政', '组织开展“民法典宣传月”活动，举办民法典专题讲座9场，发放宣传资料2,000余份。', ['publicity.events=9', 'publicity.materials=2000~over']],
  ['体育', '（三）开展法治宣传\n全年举办各类全民健身赛事活动36项，参与群众6.2万人次。', []],
  ['新区', '举办法治专题讲座6场，组织行政执法人员网络学法1850人次。', ['training.sessions=6', 'training.participants=1850']],
  ['政府', '全面实施“免罚轻罚”清单，适用案件2,316件。', ['penalty.lenient_cases=2316']],
  ['政府', '编制发布年度重大行政决策事项目录，确定决策事项11项。', ['decision.major=11']],
  ['乡镇', '全年共排查调处各类矛盾纠纷六十起，乡信访办全年共受理来信来访二十五件，接待上访群众七十人次，按时办结二十四件。', ['mediation.cases=60', 'petition.cases=25', 'petition.visitors=70', 'petition.resolved=24']],
  ['苏木', '存在的问题：一是普法宣传覆盖难度大，二是综合行政执法队伍执法人员仅4人。', []],
  ['街道', '街道无规范性文件制定权，全年未出台规范性文件。', ['normative.documents=0']],
  ['城管', '全年行政复议案件9件，行政诉讼案件4件，合计13件。', ['reconsideration.cases=9', 'litigation.cases=4']],
  ['生态环境', '举办执法培训班2期，培训执法人员300人次，组织执法大练兵竞赛1次。', ['training.sessions=2', 'training.participants=300']],
  ['城管', '全年作出行政处罚决定1,520件。涉及市容环境、园林绿化和违法建设的案件分别为830件、190件和500件。', ['penalty.cases=1520', 'penalty.cases=830', 'penalty.cases=190', 'penalty.cases=500']],
  ['苏木', '立案查处非法开垦草原、违规放牧等案件七起结案7起罚款1.6万元。', ['penalty.cases=7', 'penalty.closed=7', 'penalty.fines_yuan=16000']],
  // Held-out sets of 2026-12-06, second day
  ['政府', '全年办结行政复议案件152件。本年度行政复议案件情况如下：\n新收案件数　160件\n上年结转　9件\n审结案件数　152件\n纠错案件　21件（撤销15件、确认违法6件）\n纠错率　13.8%', ['reconsideration.closed=152', 'reconsideration.cases=160', 'reconsideration.closed=152', 'reconsideration.overturned=21', 'reconsideration.overturned=15', 'reconsideration.overturned=6']],
  ['政府', '全区新收一审行政诉讼案件312件。经复议后起诉的案件74件，复议后起诉率23.7%。', ['litigation.cases=312', 'litigation.cases=74']],
  ['政府', '全区新收一审行政诉讼案件312件。移送审查起诉的案件5件。', ['litigation.cases=312']],
  ['政府', '县政府作为被告的案件审结47件，无败诉案件。', ['litigation.lost=0']],
  ['司法', '推出普法短视频42期，开设“以案释法”专栏18期，举办普法讲座进社区活动26场。', ['publicity.events=26']],
  ['乡镇', '全年实现行政复议、行政诉讼案件“零”发生。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['乡镇', '力争行政复议、行政诉讼案件“零”发生。', []],
  ['生态环境', '开展“六五环境日”普法宣传、企业开放日等活动18场次，吸引市民约1,600人次参与。', ['publicity.events=18', 'publicity.audience=1600~about']],
  ['生态环境', '全年受理环境信访投诉410件，受理件全部按时办结，经查属实的136件均已督促整改。', ['petition.cases=410']],
  ['市场监管', '依法立案查处由投诉举报线索转化的案件96宗。', ['penalty.cases=96']],
  ['市场监管', '全年开展双随机抽查不少于40个批次。', []],
  ['医保', '全年检查定点医药机构2,350家次，对其中612家次违规机构作出处理。', ['inspection.count=2350']],
  ['医保', '开展飞行检查八轮，覆盖14个市（州），检查定点医疗机构56家。', ['inspection.count=56']],
  ['统计', '全年开展统计执法检查62家，其中随机抽查企业50家、专项检查12家，检查覆盖工业、建筑业等3个专业。', ['inspection.count=62', 'inspection.count=50', 'inspection.count=12']],
  ['应急', '全年开展“双随机”抽查任务6批次，随机抽取企业88家。', ['inspection.count=88']],
  ['复议', '行政复议方面，全年审结64件，其中维持30件，驳回8件，终止19件；尚有5件在法定期限内审理中。', ['reconsideration.closed=64']],
  ['复议', '受理行政复议案件20件，审结17件，另3件尚未审结。', ['reconsideration.cases=20', 'reconsideration.closed=17']],
  ['市场监管', '举办执法人员能力提升培训班4期，培训执法骨干860余人次，上年为3期、720人次。', ['training.sessions=4', 'training.participants=860~over', 'training.sessions=3', 'training.participants=720']],
  ['市场监管', '直接查办案件31件，罚款金额912.4万元，上年为22件、645万元。', ['penalty.cases=31', 'penalty.fines_yuan=9124000', 'penalty.cases=22', 'penalty.fines_yuan=6450000']],
  ['市场监管', '直接查办案件31件，上年为22件。', ['penalty.cases=31', 'penalty.cases=22']],
  ['生态环境', '全年作出行政处罚决定5218件，罚没款金额6.31亿元，分别较上年的5960件、7.02亿元下降12.4%和10.1%。', ['penalty.cases=5218', 'penalty.forfeiture_yuan=631000000', 'penalty.cases=5960', 'penalty.forfeiture_yuan=702000000']],
  ['市场监管', '全面落实公平竞争审查制度，审查政策措施1,200件，清理存量文件3,200件，废止或修改妨碍统一市场和公平竞争的文件58件。', []],
  ['生态环境', '主要负责人讲授法治专题课，率队赴各县区督导执法工作6次。', []],
  ['信访局', '从信访形式看，集体访21批388人次；越级到市访12批31人次，赴省访2批4人次。', ['petition.cases=21', 'petition.visitors=388', 'petition.cases=12', 'petition.visitors=31', 'petition.cases=2', 'petition.visitors=4']],
  ['信访局', '律师全年解答法律咨询1860人次，引导群众通过诉讼、仲裁、复议等法定途径解决问题215件。', ['publicity.consultations=1860']],
  ['信访局', '全年受理信访事项复核申请41件，对不予受理的9件均出具书面告知书。', []],
  ['信访局', '组织开展信访事项办理质量评查，抽查县区办结件400件，发现问题27个。', []],
  ['信访局', '向纪检监察机关移交信访工作中失职失责问题线索5件。', []],
  ['信访局', '做到劝返及时、交办规范，全年劝返越级上访人员28人次。', []],
  ['信访局', '网上信访事项办结后由信访人进行网上评价，评价满意的712件。', []],
  ['信访局', '建立专班，全年稳妥处置群体性信访事件隐患9起。', []],
  ['信访局', '全年依法处理违法上访行为6人，对信访活动中的违法行为予以训诫11人次。', []],
  ['信访局', '联合社区开展心理疏导，全年疏导高风险信访人员27人。', []],
  ['信访局', '全年律师参与接访860批次，协助依法终结信访事项6件。', []],
  ['人社', '对局机关拟制的规范性文件2件、合同协议31件、其他涉法事项40件进行合法性审查，共计73件。', ['review.cases=2', 'review.cases=31', 'review.cases=40', 'review.cases=73']],
  ['司法', '对县政府规范性文件9件、重大行政决策2件进行合法性审查。', ['review.cases=9', 'review.cases=2']],
  ['司法', '对规范性文件5件、合同协议22件提出修改意见。', ['normative.documents=5']],
  ['交通', '共检查道路运输企业860家次、客运站场及公交场站120个、港口码头和渡口渡船45处。', ['inspection.count=860', 'inspection.count=120', 'inspection.count=45']],
  ['人社', '主要负责人主持局党组会专题学法4次，亲自协调处理重大欠薪案件3宗。', ['training.sessions=4']],
  ['司法', '开展“法治体检”进企业活动32场，服务企业260余家。', []],
  ['县政府', '【推行“双随机一公开”监管】全县编制随机抽查事项清单，录入执法检查人员三百名、检查对象四千余户。', []],
  ['生态环境', '全年开展随机抽查12次，抽取检查对象96家，其中重点排污单位30家、一般排污单位66家。', ['inspection.count=12', 'inspection.count=96', 'inspection.count=30', 'inspection.count=66']],
  ['县政府', '县政府出台规范性文件两件，无违法违规制发规范性文件情况。', ['normative.documents=2']],
  ['市场监管', '开展价格巡查，检查农贸市场、商超等经营主体640家次，提醒告诫经营者900余家次。', ['inspection.count=640']],
  ['市场监管', '联合区法院建立知识产权纠纷诉调对接机制，全区新增有效注册商标2100件。', []],
  ['市场监管', '审查涉及经营主体经济活动的政策措施文件174件，纠正含有违反公平竞争审查标准内容的文件3件。', []],
  ['行政审批', '会同市场监管部门开展联合抽查，抽查我局审批的市场主体36户。', ['inspection.count=36']],
  ['行政审批', '对涉及重大公共利益的许可决定全部进行法制审核，全年法制审核重大许可决定14件。', []],
  ['行政审批', '举办“审批服务法治讲堂”5期，培训审批人员约260人次。', ['training.sessions=5', 'training.participants=260~about']],
  ['行政审批', '我局作为非执法部门，全年未开展行政处罚和行政强制。', ['coercion.cases=0']],
  ['行政审批', '对以告知承诺方式取得许可的市场主体开展核查，全年实地核查260户，其中依法撤销许可2件。', ['inspection.count=260']],
  ['数据局', '建立数据质量问题异议处理机制，全年处理数据异议工单24件。', []],
  ['司法局', '组织复议案件听证86件次。', ['hearing.cases=86']],
  ['消防', '开展消防宣传“进企业、进农村、进社区、进学校”活动860余场，受众41万人次。', ['publicity.events=860~over', 'publicity.audience=410000']],
  ['消防', '利用“11·9”消防宣传月组织开放消防站98次。', []],
  ['烟草', '主要负责人部署普法中期评估工作，组织开展法治建设专题调研3次。', []],
  ['住建', '行政应诉案件9件，其中已判决7件、败诉0件。', ['litigation.cases=9', 'litigation.lost=0']],
  ['县政府', '联合公安、乡镇设立临时执法检查点12个，开展执法检查860次。', ['inspection.count=860']],
  ['县政府', '用彝语录制《民法典》宣讲音频30期，通过广播循环播放。', []],
  ['乡镇', '及时排查化解矛盾隐患，成功防止群体性上访2起。', []],
  ['县政府', '县领导全年接待来访群众36批次、118人次。', ['petition.cases=36', 'petition.visitors=118']],
  ['县政府', '确保学法不漏一村、不落一人。', []],
  ['区政府', '全区行政执法部门共作出行政处罚决定4210件，罚款及没收违法所得共计2650.3万元。', ['penalty.cases=4210', 'penalty.forfeiture_yuan=26503000']],
  ['税务', '依法对首违不罚纳税人出具不予处罚决定960件，涉及应罚未罚金额约23万元。', ['penalty.lenient_cases=960', 'penalty.waived_yuan=230000~about']],
  ['税务', '开展税务执法质量专项检查3次，抽查执法文书210份。', []],
  ['税务', '全年参与重大税务案件审理、复议应诉等法律事务30余件。', []],
  ['县政府', '主要负责人带头出庭应诉行政诉讼案件2件，带头参加旁听庭审活动。', []],
  ['县政府', '带头履行重大行政决策程序，全年未发生违反程序作出重大行政决策的情况。', []],
  ['卫健', '对11件行政处罚决定和3份政府采购合同进行法制审核，提出修改意见6条。', ['review.cases=11', 'review.cases=3']],
  ['县政府', '全年县行政复议机构新收行政复议案件52件，受理前调解化解9件；审结47件，其中调解和解结案12件。', ['reconsideration.cases=52', 'mediation.cases=9', 'reconsideration.closed=47', 'reconsideration.closed=12']],
  ['信息公开', '四、政府信息公开行政复议、行政诉讼情况\n行政复议：结果维持2件，结果纠正1件，其他结果0件，尚未审结0件，总计3件。\n行政诉讼（未经复议直接起诉）：结果维持1件，结果纠正0件，其他结果0件，尚未审结0件，总计1件。', ['reconsideration.overturned=1', 'reconsideration.cases=3', 'litigation.lost=0', 'litigation.cases=1']],
  ['信息公开', '不予处理5件（信访举报投诉类申请3件，重复申请2件）。\n总计办结120件，结转下年度继续办理4件。', []],
  ['信息公开', '被提起行政诉讼3件：未经复议直接起诉的2件；复议后起诉的1件，结果维持1件。', ['litigation.cases=3', 'litigation.cases=2', 'litigation.cases=1']],
  ['复议', '全年收到行政复议申请5件，5件复议案件无一被纠错。', ['reconsideration.cases=5', 'reconsideration.overturned=0']],
  ['生态环境', '开展环保设施向公众开放活动6次，接待公众800余人次。', []],
  ['卫健', '组建疫情防控监督检查组6个，对辖区重点场所开展常态化监督检查。', []],
  ['执法大队', '大队被申请行政复议3宗，其中1宗为投诉举报人不服不予立案决定提出。', ['reconsideration.cases=3']],
  ['农业', '组织执法人员走进合作社开展以案释法活动9次，受教育群众约1800人次。', ['publicity.events=9', 'publicity.audience=1800~about']],
  ['12345', '全年受理群众诉求工单3.8万件。分季度看，一季度8200件、二季度9400件、三季度11000件、四季度9400件。', ['hotline.tickets=38000', 'hotline.tickets=8200', 'hotline.tickets=9400', 'hotline.tickets=11000', 'hotline.tickets=9400']],
  ['12345', '区12345热线全年受理工单2.6万件。按受理渠道，电话受理1.9万件，网站留言2100件。按季度，第一季度5800件、第二季度6200件。', ['hotline.tickets=26000', 'hotline.tickets=19000', 'hotline.tickets=2100', 'hotline.tickets=5800', 'hotline.tickets=6200']],
  ['乡镇', '全年镇政府规范性文件制发数量为“零”。', ['normative.documents=0']],
  ['公安', '所有扣押物品均录入涉案财物管理系统，依法及时返还或处置扣押物品96件。', []],
  ['司法局', '在县法律援助中心设立工作站，接待来电来访群众1800余人次。', []],
  ['工信', '对重点用能企业单位产品能耗进行核查，其中3家超过限额标准。', []],
  ['商务', '主要负责人亲自审定重大决策3项、重要执法案件2件。', ['decision.major=3']],
  ['12345', '开展涉企行政执法专项检查，纠正不规范执法行为7个。', []],
  ['城管', '受理群众投诉举报4120件，按期办结率99%。\n从执法领域看，市容环境卫生类处罚980件，罚款160万元；违法建设类处罚210件。', ['complaint.cases=4120', 'penalty.cases=980', 'penalty.fines_yuan=1600000', 'penalty.cases=210']],
  ['市场监管', '★ 优化服务\n深化“证照分离”改革，依法办理食品经营许可、药品零售许可、医疗器械经营许可等行政许可\n\n1820件\n\n其中，通过“告知承诺制”办理906件，占比50%。', ['license.cases=1820', 'license.cases=906']],
  // Held-out sets of 2026-12-06, third day
  ['交通', '查处非法营运车辆186起，查处平台公司违规派单案件7件。', ['penalty.cases=186', 'penalty.cases=7']],
  ['交通', '单案罚款最高3万元。', []],
  ['卫健', '全年办理公共场所卫生许可380件，医疗机构执业登记（含变更、校验）126件。', ['license.cases=380', 'license.cases=126']],
  ['卫健', '办理医疗机构执业登记及校验88件。', ['license.cases=88']],
  ['卫健', '组织开展打击非法行医、消毒产品专项检查等专项行动4个，出动执法人员1800余人次。', []],
  ['自然资源', '组织执法人员参加执法业务培训3期、合计210人次。', ['training.sessions=3', 'training.participants=210']],
  ['自然资源', '组织执法人员集中学法和业务培训5期，累计培训200人次。', ['training.sessions=5', 'training.participants=200']],
  ['自然资源', '局主要负责人带头参加会前学法，3次出庭应诉行政诉讼案件。', []],
  ['自然资源', '全区划定巡查网格64个，配备网格员90名。', []],
  ['省政府', '全年全省行政复议机关新收案件3.12万件，是2023年（1.96万件）的1.6倍。', ['reconsideration.cases=31200', 'reconsideration.cases=19600']],
  ['省政府', '受理行政复议申请2.4万件，是上年1.5万件的1.6倍。', ['reconsideration.cases=24000', 'reconsideration.cases=15000']],
  ['省司法厅', '全省行政许可办件量达到一百二十六万件。', ['license.cases=1260000']],
  ['省司法厅', '本厅作为被申请人、被告的复议诉讼案件均为零。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['县政府', '全年无复议诉讼案件。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['县政府', '组织开展“行政复议进乡村、进社区”活动二十四场次，发放宣传资料八千余份。', ['publicity.events=24', 'publicity.materials=8000~over']],
  ['教育', '全区中小学法治副校长进校园开展“宪法晨读”活动，覆盖学生6.2万人。', ['publicity.audience=62000']],
  ['街道', '街道无权制定规范性文件，对以往发布的两份行政规范性文件已全部清理完毕。', ['normative.documents=2']],
  ['街道', '全年化解信访积案四件，其中一件历时八年的物业纠纷积案得以化解。', ['petition.resolved=4', 'petition.resolved=1']],
  ['人社', '对涉嫌拒不支付劳动报酬罪的案件依法移送公安机关处理6件，其中公安机关已立案4件。', []],
  ['人社', '对我局起草的现行规范性文件三件逐一评估，均继续有效。', ['normative.documents=3']],
  ['人社', '（三）严格规范劳动保障监察执法。全年主动检查用人单位980户次，书面审查用人单位3200户，覆盖劳动者4.6万余人。', ['inspection.count=980']],
  ['市场监管', '全年依法不予行政处罚案件126件，其中广告领域31件、食品领域52件。', ['penalty.lenient_cases=126', 'penalty.lenient_cases=31', 'penalty.lenient_cases=52']],
  ['市场监管', '全年共立案一百八十件，其中查处食品类案件八十一件，罚没款五十二万元；药品类案件十九件，罚没款十二万元。', ['penalty.filed=180', 'penalty.cases=81', 'penalty.forfeiture_yuan=520000', 'penalty.cases=19', 'penalty.forfeiture_yuan=120000']],
  ['市场监管', '全年适用包容审慎监管措施办理案件312件，其中不予处罚240件、减轻处罚72件。', ['penalty.lenient_cases=312', 'penalty.lenient_cases=240', 'penalty.lenient_cases=72']],
  ['生态环境', '对正面清单企业的年度现场检查次数压减至1次以内。', []],
  ['生态环境', '适用“免罚清单”不予处罚95宗，另有从轻、减轻处罚案件140宗，减轻处罚金额1260余万元。', ['penalty.lenient_cases=95', 'penalty.lenient_cases=140', 'penalty.waived_yuan=12600000~over']],
  ['信息公开', '引发行政诉讼3件。已审结的2件中，法院判决驳回诉讼请求1件，判决确认我街道答复违法1件。', ['litigation.cases=3', 'litigation.lost=1']],
  ['人社', '受理劳动保障监察投诉举报案件430件，结案428件，结案率99.5%，较2024年的500件下降14%。', ['complaint.cases=430', 'complaint.cases=500']],
  ['市场监管', '立案查处案件120件，结案118件，较上年的100件增长18%。', ['penalty.cases=120', 'penalty.closed=118', 'penalty.closed=100']],
  ['民政', '全年办理社会团体、民办非企业单位成立登记九件、变更登记二十件、注销登记四件。', ['license.cases=9', 'license.cases=20', 'license.cases=4']],
  ['民政', '全年应参加年度检查的社会组织412家，实际参检398家。', []],
  ['市场监管', '检查食品生产经营单位820家，药品零售企业115家，特种设备使用单位64家，排查并整改安全隐患180处。', ['inspection.count=820', 'inspection.count=115', 'inspection.count=64']],
  ['市场监管', '全年检查餐饮单位320家，全县共有餐饮企业1200家。', ['inspection.count=320']],
  ['开发区', '为企业开展法治体检，全年服务企业30家；举办企业合规讲堂6期。', ['publicity.events=6']],
  ['开发区', '提请主任办公会研究的议题中，涉及法律问题的35件全部经合法性审查。', ['review.cases=35']],
  ['县政府', '全年出台规范性文件9件均经合法性审核。', ['normative.documents=9']],
  ['县政府', '市政府所属工作部门办理行政处罚案件860件，占全市总数的70.1%；乡镇综合行政执法队办理367件。', ['penalty.cases=860', 'penalty.cases=367']],
  ['12345', '县12345政务服务热线受理工单共计1.52万件，按期办结1.5万件；三季度受理4260件，环比二季度增长28.6%。', ['hotline.tickets=15200', 'hotline.tickets=4260']],
  ['城管', '编印执法指引手册3册，规范执法文书使用。', []],
  ['海洋渔业', '全年受理海域使用申请19宗，经县政府批准海域使用项目十五宗，批准用海面积312.6公顷。', ['license.cases=19', 'license.cases=15']],
  ['海事', '组织全局干部职工参加法治理论专题讲座4场，参学人员累计380人次。', ['training.sessions=4', 'training.participants=380']],
  ['市场监管', '围绕“3·15”国际消费者权益日，开展消费教育宣传活动18场次，发放宣传资料9000余份。', ['publicity.events=18', 'publicity.materials=9000~over']],
  ['税务', '推行首违不罚，帮助市场主体少缴罚款约四十余万元。', ['penalty.waived_yuan=400000~about']],
  ['税务', '对查结的典型案件及时在媒体曝光，全年公开曝光案件11起。', []],
  ['区政府', '全年共受理接诉即办诉求72.4万件，其中12345市民服务热线派单60.1万件。', ['hotline.tickets=724000', 'hotline.tickets=601000']],
  ['区政府', '对热线诉求中发现的执法线索及时移交，转立执法案件318件。', ['penalty.filed=318']],
  ['区政府', '对现行有效的区政府行政规范性文件十九件进行了全面评估，确认继续有效十六件。', ['normative.documents=19', 'normative.documents=16']],
  ['依法治县', '本年度县政府作为被申请人的行政复议案件被市政府撤销的情况未发生。', ['reconsideration.overturned=0']],
  ['依法治县', '行政复议申请人撤回申请的情况未发生。', []],
  ['区政府', '全年受理接诉即办诉求100.6万件，诉求量首次突破百万件。', ['hotline.tickets=1006000']],
  ['市场监管', '全年通过12315热线、全国12315平台及12345政务服务热线转办等渠道共接收各类诉求9820件，其中投诉6410件、举报1320件。', ['hotline.tickets=9820', 'complaint.cases=6410', 'complaint.cases=1320']],
  ['市场监管', '受理投诉举报520件。在投诉中，通过电话渠道316件，网络渠道190件，来信来访14件。', ['complaint.cases=520', 'complaint.cases=316', 'complaint.cases=190', 'complaint.cases=14']],
  ['审批局', '修订审批工作规程三项，并在全局通报。', []],
  ['乡镇', '组织执法人员参加法律知识培训6次、模拟执法演练3次。', ['training.sessions=6']],
  ['乡镇', '网格员上报巡查事件4.2万余件，其中出租屋安全隐患1.5万件、矛盾纠纷线索980件。', []],
  ['乡镇', '为企业提供合同审查、劳动用工等法律服务150余次。', []],
  ['社会治理', '参与社会稳定风险评估重大事项12项。', []],
  ['审批局', '全年涉及我局的行政复议、行政诉讼案件共计八件。其中，行政复议案件五件：经市政府审理维持三件、申请人撤回一件、被撤销一件；行政诉讼案件三件：我局败诉一件。', ['reconsideration.cases=5', 'reconsideration.overturned=1', 'litigation.cases=3', 'litigation.lost=1']],
  ['乡镇', '综合执法数据：\n立案：二百一十件\n结案：二百零二件\n①其中违法建设类 96件、市容环境类 70件、其他 44件；②对 18件轻微违法行为实行首违不罚。', ['penalty.filed=210', 'penalty.closed=202', 'penalty.filed=96', 'penalty.filed=70', 'penalty.filed=44', 'penalty.lenient_cases=18']],
  ['街道', '处置12345工单2,840件、网格事件6,500余件。', ['hotline.tickets=2840']],
  ['乡镇', '开展执法监督专项检查 2次，案卷评查优秀率90%。', []],
  ['县政府', '行政诉讼败诉案件仍未清零。', []],
  ['自然资源厅', '全年审核地图1,260件，依法查处违法案件12宗。', ['penalty.cases=12']],
  ['县政府', '对拟出台的4件规范性文件进行审查，暂缓印发2件。', ['review.cases=4']],
  ['卫健', '开展线上学法8次，参学1360人次。', ['training.sessions=8', 'training.participants=1360']],
  ['城管', '清理规范性文件，现行有效的三件经评估均继续有效。', ['normative.documents=3']],
  ['公安', '局主要负责人带头出庭应诉交通行政处罚案件2件。', []],
  ['城管', '局长参与集体讨论重大案件11件。', []],
  ['市场监管', '全年受理投诉8.6万件。在投诉中，网络购物类3.1万件，占36.0%；餐饮住宿类1.1万件；预付卡消费类7,260件。', ['complaint.cases=86000', 'complaint.cases=31000', 'complaint.cases=11000', 'complaint.cases=7260']],
  ['司法局', '依托“云普法”平台举办线上法治讲座36场，受众12万人次。', ['publicity.events=36', 'publicity.audience=120000']],
  ['卫健', '法律顾问为医院提供合同审查等法律事务45件次。', []],
  ['区政府', '二是法治培训的针对性和实效性还不够强，基层执法队伍人员流动较大。', []],
  ['司法局', '坚持“立案必听证、重大必会审”，召开案审会议15次。', []],
  ['旗政府', '坚持重大事项向旗委请示报告，年终组织10个苏木镇和旗直部门开展考核。', []],
  ['县政府', '实行县级领导包案化解信访积案制度，全年县级领导包案18件，已化解16件。', ['petition.resolved=16']],
  ['街道', '承接12345热线工单38件、“四平台”流转事件85件。', ['hotline.tickets=38']],
  ['应急', '全区具有行政检查权的执法主体5个。', []],
  ['司法所', '开展普法讲座两场，参加群众八十余人。', ['publicity.events=2', 'publicity.audience=80~over']],
  ['执法队', '全年未实施强制拆除，也未申请人民法院强制执行。', ['coercion.cases=0']],
  ['市场监管', '全年主动公开行政处罚决定信息严格按照规定时限公示，依申请公开办理4件。', []],
  ['自然资源', '全年立案查处违法用地案件四十二件，其中违法占地案件三十六件、非法采矿案件六件；当年新立案十九起，结案三十一宗。', ['penalty.cases=42', 'penalty.cases=36', 'penalty.cases=6', 'penalty.filed=19', 'penalty.closed=31']],
  ['应急', '全年适用从轻减轻处罚办理案件126件。', ['penalty.lenient_cases=126']],
  ['审计', '严格执行审计质量控制办法，开展审计项目质量检查3次。', []],
  ['财政', '全年受理政府采购投诉案件31件，已办结29件，其中驳回投诉20件，投诉人撤回投诉5件。', ['complaint.cases=31']],
  ['综合执法', '各部门通过平台抄告线索210条，我局向行业主管部门抄告行政处罚结果860件。', []],
  ['文化执法', '检查网吧512家次，剧本娱乐、密室逃脱等新业态经营场所64家次，旅行社及A级景区117家次，文物保护单位和博物馆92处次。', ['inspection.count=512', 'inspection.count=64', 'inspection.count=117', 'inspection.count=92']],
  ['林业', '全年共立案林草行政案件58起，结案55起。', ['penalty.filed=58', 'penalty.closed=55']],
  ['林业', '对逾期不履行的5件行政处罚决定，依法申请人民法院强制执行。', ['coercion.cases=5']],
  ['林业', '审核同意使用林地项目共计96项，办理使用林地审核审批事项40项。', ['license.cases=96', 'license.cases=40']],
  ['林业', '全年作出行政处罚决定64件，其中非法收购野生动物案件6件，收缴野生动物制品23件；滥伐林木案件14件。', ['penalty.cases=64', 'penalty.cases=6', 'penalty.cases=14']],
  ['司法局', '局党组会议研究普法工作4次，主要负责人带队督导普法验收工作2次。', []],
  ['司法局', '开展“法律明白人”骨干培训，全县培养“法律明白人”2,340名。', []],
  ['司法局', '全县人民调解组织受理矛盾纠纷8,615件，调处化解8,402件，化解率97.5%。', ['mediation.cases=8615', 'mediation.cases=8402', 'mediation.success_rate=97.5']],
  ['司法局', '县法律援助中心办结法律援助案件二百一十件。', []],
  ['市场监管', '组织执法人员参加法律知识培训4期、参训310人次，全局98名执法人员全部参加年度执法资格考试。', ['training.sessions=4', 'training.participants=310']],
  ['文化执法', '组织全体执法人员参加全省执法岗位练兵，3名队员获评“办案能手”。', []],
  ['县政府', '行政复议方面，全县受理行政复议案件七件，均已审结，维持五件、驳回二件，无被撤销、变更的情形；行政诉讼案件4件，无败诉案件。', ['reconsideration.cases=7', 'reconsideration.overturned=0', 'litigation.cases=4', 'litigation.lost=0']],
  ['街道', '党工委把法治建设与业务工作同部署、同检查、同考核，全年党工委会议研究法治工作6次。', []],
  ['发改', '对一起首次轻微违法行为依法不予处罚。', ['penalty.lenient_cases=1']],
  ['工信', '该方案经专家论证和集体讨论后出台，是本年度唯一一项重大行政决策事项。', ['decision.major=1']],
  ['发改', '主动公开规划计划、项目审批、价格收费等信息，依申请公开政府信息3件。', []],
  ['县政府', '判决行政机关败诉17件。推行败诉案件“一案一剖析”，对17件败诉案件逐案召开评析会。', ['litigation.lost=17']],
  ['县政府', '全县行政诉讼案件64件，一审51件、二审13件；一审审结49件。', ['litigation.cases=64', 'litigation.cases=51', 'litigation.cases=13']],
  ['县政府', '行政机关败诉3件，败诉原因为程序违法2件、行政处罚主要证据不足1件。', ['litigation.lost=3', 'litigation.lost=2']],
  ['司法局', '开展“法律十进”活动二百一十场次。', ['publicity.events=210']],
  ['农业', '开展“长江禁渔”普法宣传活动16次，张贴禁渔通告2400余张。', ['publicity.events=16', 'publicity.materials=2400~over']],
  ['城管', '立案查处违法建设案件64宗，结案60宗；依法拆除违法建设97宗、面积1.8万平方米，其中当事人自行拆除70宗。', ['penalty.cases=64', 'penalty.closed=60']],
  ['综合执法', '共立案查处违法案件2,140宗，其中查处违法建筑案件530宗，拆除违法建筑866宗、面积21万平方米。', ['penalty.cases=2140', 'penalty.cases=530']],
  ['城管', '全年办理12345热线工单3,210件、数字城管案件960件。', ['hotline.tickets=3210']],
  ['政务公开', '行政复议——结果维持：5件；结果纠正：1件；其他结果：2件；尚未审结：1件；总计：9件', ['reconsideration.overturned=1', 'reconsideration.cases=9']],
  ['政务公开', '行政诉讼（未经复议直接起诉）——结果维持：3件；结果纠正：1件；其他结果：1件；尚未审结：2件；总计：7件', ['litigation.lost=1', 'litigation.cases=7']],
  ['政务公开', '行政诉讼复议后起诉：结果维持4件、结果纠正0件、其他结果1件、尚未审结1件，合计6件。', ['litigation.lost=0', 'litigation.cases=6']],
  ['市场监管', '2022年至2024年，全市市场监管部门双随机抽查户数分别为3210户、3875户和4402户。', ['inspection.count=3210', 'inspection.count=3875', 'inspection.count=4402']],
  ['生态环境', '开展普法宣传活动5O余场，依法申请人民法院强制执行l 2件。', ['publicity.events=50~over', 'coercion.cases=12']],
  ['规范性文件', '完成规范性文件全面清理，对现行有效的64件规范性文件逐件审查，决定废止9件、修改4件。', ['normative.documents=64', 'normative.documents=9', 'normative.documents=4']],
  ['生态环境', '全年受理环境信访投诉1,980件。其中，噪声类投诉806件；大气类611件。', ['petition.cases=1980', 'petition.cases=806', 'petition.cases=611']],
  ['市场监管', '全年受理消费投诉7,204件。从投诉领域看，位居前三的是餐饮服务、网络购物和预付式消费，分别为2,310件、1,562件和980件。', ['complaint.cases=7204', 'complaint.cases=2310', 'complaint.cases=1562', 'complaint.cases=980']],
  ['政府', '从执法领域看，位居前三的是交通运输、市场监管和城市管理，分别占全部案件的38.2%、21.5%和17.9%。', []],
  ['市政府', '全市一审行政诉讼案件收案数连续三年下降，2022年至2024年分别为812件、776件、741件。', ['litigation.cases=812', 'litigation.cases=776', 'litigation.cases=741']],
  ['医保', '对辖区三家定点医院开展病历专项审核，抽调病历860余份。', []],
  ['应急', '行政复议案件0件，行政诉讼案件0件，连续三年实现“零复议、零诉讼”。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['机关事务', '本局未作出行政处罚决定，行政复议、行政诉讼案件数均为零。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['机关事务', '对机关集中办公区开展消防、燃气等安全检查18次，整改隐患9处。', []],
  ['机关事务', '完成行政事业单位办公用房清查，涉及单位96家。', []],
  ['县政府', '各乡镇综合行政执法队共办理执法案件164件，其中城关镇、新桥镇分别查处52件、37件，其余12个乡镇共75件。', ['penalty.cases=164', 'penalty.cases=52', 'penalty.cases=37', 'penalty.cases=75']],
  ['县政府', '城关镇、白楼镇分别办理41件、30件，其余乡镇均不足10件。', []],
  ['依法治县办', '个别部门规范性文件备案不及时，督察中发现4件未按期报备。', []],
  ['市场监管', '开展执法人员行为规范专项检查，邀请人大代表随同执法5次。', []],
  ['交警', '败诉原因主要为：认定事实不清（三件）、处罚前告知程序不到位（二件）。', ['litigation.lost=3']],
  ['司法局', '县司法局共办理县政府合法性审查事项306件，具体为：\n——行政规范性文件：18件；', ['review.cases=306', 'review.cases=18']],
  ['市场监管', '三是深入推进普法宣传，开展普法活动（20场次以上）。', ['publicity.events=20~over']],
  ['人防', '查处人防工程维护管理不到位案件3起。', ['penalty.cases=3']],
  ['生态环境', '其中，市本级作出处罚决定52件、罚款610万元；甲分局47件、罚款388.6万元；乙分局35件、296.5万元。', ['penalty.cases=52', 'penalty.fines_yuan=6100000', 'penalty.cases=47', 'penalty.fines_yuan=3886000', 'penalty.cases=35', 'penalty.fines_yuan=2965000']],
  ['自然资源', '全年开展随机抽查64次，检查用地单位、采矿权人共计208家。', ['inspection.count=64', 'inspection.count=208']],
  ['自然资源', '开展耕地“非粮化”问题排查，共排查地块1.6万个。', []],
  ['生态环境', '带头督办赤水河流域重大案件1件，带头接访群众3次。', []],
  ['生态环境', '分局未制定行政规范性文件，对以分局名义印发的内部管理文件7件进行了合法性把关。', ['normative.documents=0']],
  ['司法局', '接受镇（街道）和市级部门报备规范性文件二十六件，均做到有件必备、有备必审。', []],
  ['城管', '全市共办理行政处罚案件1.52万件。各区分别办理：东城区3110件、西城区2864件、南城区2207件。', ['penalty.cases=15200', 'penalty.cases=3110', 'penalty.cases=2864', 'penalty.cases=2207']],
  ['审批', '对以欺骗手段取得的行政许可依法撤销2件。', []],
  ['审批', '在划转过程中，做到划转一项、规范一项、承接一项。', []],
  ['市场监管', '办理食品经营许可2,140件，其中新办1,206件、变更及注销934件。', ['license.cases=2140', 'license.cases=1206', 'license.cases=934']],
  ['自然资源', '对当事人未履行处罚决定的4宗案件依法申请人民法院强制执行。', ['coercion.cases=4']],
  ['生态环境', '对本厅现行有效的48件行政规范性文件进行全面清理。经清理，决定废止5件、修改2件、继续保留41件。', ['normative.documents=48', 'normative.documents=5', 'normative.documents=2', 'normative.documents=41']],
  ['市场监管', '严格执行规范性文件合法性审核制度，全年审核局内拟出台文件7件，出台规范性文件1件。', ['review.cases=7', 'normative.documents=1']],
  ['城管', '严格落实行政处罚事先告知制度，当事人提出陈述申辩意见的案件36件，经集体讨论采纳5件。', []],
  ['生态环境', '全年共有11宗案件当事人申请听证，组织召开听证会9场，另有2宗当事人在听证前书面撤回申请。', ['hearing.cases=11', 'hearing.cases=9']],
  ['县政府', '全县行政执法机关罚款及没收违法所得合计986.4万元，其中罚款902.1万元。', ['penalty.forfeiture_yuan=9864000', 'penalty.fines_yuan=9021000']],
  ['街道', '全年收到行政复议申请4件。全年收到政府信息公开申请3件，均按期答复。', ['reconsideration.cases=4']],
  ['统计', '受理依申请公开2件，均按期答复。', []],
  ['乡镇', '乡镇人民政府无行政规范性文件制发权限。', []],
  ['综合执法', '推行“首违不罚”，向当事人发放《告知提醒书》1,800余份，全年发放告知提醒单2,100余份。', []],
  ['政府', '行政处罚案件（件）：1865（较上年增长6.1%）', ['penalty.cases=1865']],
  ['生态环境', '局长带头学法，研究部署法治建设重大事项，全年签批重大执法决定28件。', []],
  ['卫健', '在县融媒体中心开设普法专栏，刊发以案释法案例6期。', []],
  ['开发区', '统一受理企业在审批、执法、用工等方面的诉求，全年受理企业诉求760件，办结748件。', []],
  ['应急', '严格落实年度监督检查计划，开展执法质量评查不少于2次。', []],
  ['信访局', '全年化解信访积案41件。全年共收到政府信息公开申请6件，均在法定期限内办结，其中予以公开3件、部分公开1件、本机关不掌握相关政府信息2件。', ['petition.resolved=41']],
  ['农业', '全年共处罚违法行为人58人（次），接待群众来访35人（次）左右。', ['penalty.cases=58', 'petition.visitors=35~about']],
  ['城管', '全年查处违法案件480宗，其中市容环境领域166宗、自然资源领域（镇街赋权事项）121宗、环保领域93宗。', ['penalty.cases=480', 'penalty.cases=166', 'penalty.cases=121', 'penalty.cases=93']],
  ['司法局', '对提请区政府审议的决策草案进行合法性审查，全年出具审查意见七份。', ['review.cases=7']],
  ['市场监管', '对局机关文件、合同开展合法性审查58件次，出具审查意见58份。', ['review.cases=58']],
  ['司法局', '全年审查政府常务会议议题及各类文件160件次，对重大行政决策草案出具合法性审查意见4份。', ['review.cases=160', 'review.cases=4']],
  ['发改', '全年出具节能审查意见19份；另出具公平竞争审查意见12件。', []],
  ['交通', '对重大执法决定开展法制审核9件，全部经集体讨论。全年作出行政处罚的案件中，适用一般程序52件、简易程序17件。', ['review.cases=9', 'penalty.cases=52', 'penalty.cases=17']],
  ['县政府', '（一）信访工作。全年受理信访件30件。\n（二）以府院联动为抓手，行政复议主渠道作用有效发挥\n3、纠错力度持续加大。对违法或不当的行政行为，依法作出撤销、变更、确认违法等决定共12件。', ['petition.cases=30', 'reconsideration.overturned=12']],
  ['县政府', '全年收到行政复议申请87件，审结80件；对复议决定履行情况开展督查，未发生拒不履行复议决定的情况。', ['reconsideration.cases=87', 'reconsideration.closed=80']],
  ['区政府', '加强复议决定履行监督，全年未出现不履行行政复议决定的情形。', []],
  ['生态环境', '下一步，我局将持续巩固行政诉讼“零败诉”成果。', []],
  ['自然资源', '举办国土空间规划执法业务专题培训3期，参训干部职工142人次。', ['training.sessions=3', 'training.participants=142']],
  ['市场监管', '举办法治培训班4期，培训执法骨干600余人次，组织58名新录用公务员参加宪法宣誓。', ['training.sessions=4', 'training.participants=600~over']],
  ['生态环境', '推行“执法+服务”模式，开展普法帮扶，编发《企业环境守法指南》2册，走访企业210家次。', []],
  ['园区', '印发《园区企业常用法律法规汇编》1500册，发放至园区企业。', ['publicity.materials=1500']],
  ['镇政府', '行政复议案件：0件；行政诉讼：2件（均判决驳回原告诉讼请求，未败诉）。', ['reconsideration.cases=0', 'litigation.cases=2', 'litigation.lost=0']],
  ['卫健', '全年开展卫生监督检查2,140户次：医疗机构620户次，公共场所1,380户次，学校140户次。', ['inspection.count=2140', 'inspection.count=620', 'inspection.count=1380', 'inspection.count=140']],
  ['退役军人', '选派3名业务骨干参加省退役军人事务厅举办的政策法规培训班，带动全系统依法办事能力提升。', []],
  ['交通', '组织执法人员法律知识培训5期，参训310余人次；选派6名执法骨干参加省厅组织的执法业务专题培训。', ['training.sessions=5', 'training.participants=310~over']],
  ['卫健', '重大行政处罚案件9件均经法制审核和集体讨论，审核率100%。', ['penalty.major_cases=9']],
  ['卫健', '全县共发生医疗纠纷88起，经县医调委调解化解71起，调解成功率80.7%。', ['mediation.cases=71', 'mediation.success_rate=80.7']],
  ['民宗', '全年办结宗教事务行政许可18件，其中宗教活动场所设立初审3件、扩建审核2件、举行大型宗教活动审批13件。', ['license.cases=18', 'license.cases=3', 'license.cases=2', 'license.cases=13']],
  ['民宗', '认真落实民族政策，办理少数民族成份变更审核31件。', []],
  ['县政府', '全县共办理行政处罚案件1980件。案件量较多的部门依次为：县综合行政执法局820件、县市场监督管理局455件、县农业农村局132件，以上三个部门共计1407件。', ['penalty.cases=1980', 'penalty.cases=820', 'penalty.cases=455', 'penalty.cases=132', 'penalty.cases=1407']],
  ['县政府', '全年共收到行政复议申请88件，主要集中在工伤认定、政府信息公开、行政处罚三类，分别为31件、22件、19件，其他类16件。', ['reconsideration.cases=88', 'reconsideration.cases=31', 'reconsideration.cases=22', 'reconsideration.cases=19', 'reconsideration.cases=16']],
  ['县政府', '全年共收到行政复议申请88件，其中工伤认定、政府信息公开、行政处罚三类案件分别为31件、22件、19件。', ['reconsideration.cases=88', 'reconsideration.cases=31', 'reconsideration.cases=22', 'reconsideration.cases=19']],
  ['县政府', '全年收到行政复议申请40件，以县政府为被申请人的复议案件全年未发生被依法纠错的情形。', ['reconsideration.cases=40', 'reconsideration.overturned=0']],
  ['县政府', '全县依法减免罚款金额共计约26万元，涉及轻微违法、首次违法案件87件。', ['penalty.waived_yuan=260000~about', 'penalty.lenient_cases=87']],
  ['县政府', '县长亲自审定重大疑难案件5件，带头出庭应诉1次。', []],
  ['镇政府', '全年集体决策村级重大事项61项，村法律顾问为村集体经济组织审查合同37份。', []],
  ['乡政府', '村（居）法律顾问全年为群众提供法律咨询服务200余人次，为村委会审查合同16份。', ['publicity.consultations=200~over', 'review.cases=16']],
  ['自然资源', '全年报备规范性文件3件，无被责令纠正的规范性文件。', ['normative.documents=3']],
  ['司法局', '开展行政执法案卷评查，共抽查全市29个单位行政执法案卷306卷。', []],
  ['市场监管', '全年查处涉企轻微违法免罚案件23件，减免罚款金额8.1万元。', ['penalty.lenient_cases=23', 'penalty.waived_yuan=81000']],
  ['医保', '全面推行执法全过程记录，形成音像记录资料286份。', []],
  ['税务', '全年收到行政复议申请12件，全年无撤销、变更或确认违法的复议决定。', ['reconsideration.cases=12', 'reconsideration.overturned=0']],
  ['县政府', '全年收到行政复议申请30件，已审结25件，复议机关维持16件、驳回申请人复议请求4件，申请人撤回申请终止审理3件。', ['reconsideration.cases=30', 'reconsideration.closed=25']],
  ['城管', '全年全区共拆除各类违法建设1520宗、面积约30.6万平方米，其中依法强制拆除违法建设186宗，当事人自行拆除1334宗。', ['coercion.cases=186']],
  ['综合执法', '全年开展“双随机、一公开”抽查任务52次，检查对象417家，减少重复检查频次30%以上。', ['inspection.count=52', 'inspection.count=417']],
  ['市场监管', '在“双随机”系统录入执法检查人员86名、检查对象3200余户。', []],
  ['市政府', '联合开展“庭审观摩+以案释法”活动8场次，覆盖行政执法人员1,600余人次。', []],
  ['市政府', '严格执行重大事项请示报告制度，全年向市委报告法治政府建设重大事项4件。', []],
  ['交通', '对全县36家砂石料场和运输企业开展源头治超检查108家次。', ['inspection.count=108']],
  ['街道', '全年共化解矛盾纠纷206起、受理信访事项38件、接待来访群众95人次。', ['mediation.cases=206', 'petition.cases=38', 'petition.visitors=95']],
  ['教育', '重点核查办学资质、收费等内容，全县现有非学科类校外培训机构37家。', []],
  ['生态环境', '全年发生行政诉讼案件5件，无败诉案件；行政复议案件11件，无被撤销、变更或确认违法案件。', ['litigation.cases=5', 'litigation.lost=0', 'reconsideration.cases=11', 'reconsideration.overturned=0']],
  ['镇政府', '全年以镇政府为被申请人的行政复议案件3件，经复议均维持原行政行为；以镇政府为被告的行政诉讼案件1件，目前尚在审理中，未出现被纠错情况。', ['reconsideration.cases=3', 'litigation.cases=1', 'reconsideration.overturned=0']],
  ['体育', '全年主持召开专题会议研究场馆委托运营合同审查等涉法事项5次。', []],
  ['生态环境', '开展“以案释法”宣传，在“某市生态环境”微信公众号发布典型案例10期。', []],
  ['市场监管', '区12315指挥中心全年共受理诉求5.21万件，为消费者挽回经济损失1260万元。', ['hotline.tickets=52100']],
  ['县政府', '建立复议案件会商机制，全年组织案件集体研讨5次，统一办案尺度。', []],
  ['住建', '全年判决败诉二件，均系房屋征收补偿决定因送达程序存在瑕疵被判确认违法，未被判决撤销。', ['litigation.lost=2']],
  ['自然资源', '对败诉案件，局党组专题研究整改，已重新作出处理决定2件。', []],
  ['司法局', '12348热线分中心实行全天候值守，全年受理来电咨询约1.1万人次，来电接通率98%。', ['publicity.consultations=11000~about']],
  ['司法局', '全年审查市政府重大行政决策事项9项、重大合同37件。', ['review.cases=37']],
  ['司法局', '推行“人民调解+司法确认”模式，全年经人民调解达成的协议申请司法确认96件。', []],
  ['县政府', '坚持“应调尽调”，在复议过程中化解行政争议十九件。', []],
  ['卫健', '对未按规定组织职业健康检查的9家企业依法立案查处。', []],
  ['卫健', '对3家未按规定组织职业健康检查的用人单位立案处罚。', []],
  ['司法局', '组织全市国家工作人员参加法律知识培训考试，参考7200余人。', []],
  ['司法局', '全年召开规范性文件合法性审查论证会议7次。', []],
  ['司法局', '三是个别部门对复议纠错决定履行不够及时，全年有两件案件逾期履行。', []],
  ['镇政府', '配合县纪委监委开展专项监督检查三次，对发现的问题立行立改。', []],
  ['人社', '坚持“调解优先、调裁结合”，全年受理劳动人事争议案件615件。', []],
  ['住建', '局信访窗口全年登记来信来访260件次，其中来信84件、来访176件，接待群众900余人次。', ['petition.cases=260', 'petition.cases=84', 'petition.cases=176', 'petition.visitors=900~over']],
  ['区政府', '全区共办理行政处罚案件2860件，按市场监管、综合执法、交通运输三个领域排列，依次为1120件、906件、415件。', ['penalty.cases=2860', 'penalty.cases=1120', 'penalty.cases=906', 'penalty.cases=415']],
  ['县政府', '存在的问题：一是部分案件办理不够及时，全年行政复议案件超期办理3件，投诉举报超期办理4件，信访事项超期办理2件。', []],
  ['县政府', '维护信访秩序，依法处理违法信访行为5起。', []],
  ['不动产', '协助司法机关办理查封登记1240件、解封登记986件。', []],
  ['林业', '全年查处草原违法案件35起，其中非法开垦草原案件6起、未经审核批准征占用草原案件11起、违反禁牧休牧规定案件18起。', ['penalty.cases=35', 'penalty.cases=6', 'penalty.cases=11', 'penalty.cases=18']],
  ['市场监管', '全年行政应诉案件9宗，其中一审6宗、二审3宗，法院判决驳回原告诉讼请求5宗，原告撤诉2宗，暂未审结2宗。', ['litigation.cases=9', 'litigation.cases=6', 'litigation.cases=3']],
  ['街道', '深化“接诉即办”，化解重复工单“积案”64件，化解信访积案9件。', ['petition.resolved=9']],
  ['医保', '与县卫健局建立联合监管机制，全年共同检查定点医疗机构28家。', ['inspection.count=28']],
  ['市政府', '全年依法受理行政复议申请120件。\n受理的行政复议案件按被申请人分布如下：\n市直部门　41件\n甲区人民政府　33件\n乙县人民政府　28件', ['reconsideration.cases=120', 'reconsideration.cases=41', 'reconsideration.cases=33', 'reconsideration.cases=28']],
  ['消防', '坚持“双随机、一公开”监管，全年检查单位情况如下：\n检查社会单位：3120家次\n发现火灾隐患：5210处\n督促整改隐患：5108处', ['inspection.count=3120']],
  ['司法局', '开展“法律进社区”普法宣传活动三十馀场次，发放资料五千馀份。', ['publicity.events=30~over', 'publicity.materials=5000~over']],
  ['镇政府', '全年未发生行政复议行政诉讼案件。', ['reconsideration.cases=0', 'litigation.cases=0']],
  ['信访局', '全县登记信访事项860件。其中，来信120件；网上信访502件；走访238件、640人次。', ['petition.cases=860', 'petition.cases=120', 'petition.cases=502', 'petition.cases=238', 'petition.visitors=640']],
  ['信访局', '排查信访积案31件，已化解27件；对化解难度大的4件积案，由县级领导包案推进。', ['petition.resolved=27']],
  ['司法局', '政府法律顾问全年参与重大行政决策、招商引资协议论证等法律事务160余件。', []],
  ['交警', '全年办理驾驶人学法减分业务3.1万人次，审验驾驶证1.2万本。', []],
  ['城管', '附件：年度执法数据\n行政检查：9640（次）\n行政处罚案件数：812（件）\n罚款金额：236.5（万元）\n信访件（件）：约150\n行政诉讼案件：3（件）', ['inspection.count=9640', 'penalty.cases=812', 'penalty.fines_yuan=2365000', 'petition.cases=150~about', 'litigation.cases=3']],
  ['教育', '全年检查校外培训机构152家，注销学科类机构31家，转为非学科类机构9家。', ['inspection.count=152']],
  ['自然资源', '年度卫片执法检查结果如下：\n违法用地宗数：96宗\n违法用地面积：210.4亩', []],
  ['自然资源', '坚持处罚与整改并重，通过拆除复耕整改违法用地23宗、面积41.2亩。', []],
  ['市政府', '（六）深入推进法治宣传教育。全市开展民法典主题宣传活动1.1万场次，受众900万人次。\n\n（七）依法应对突发事件，提升应急法治化水平。修订应急预案。全市建成应急避难场所860个，组织开展应急演练1.2万场次，参与群众210万人次。', ['publicity.events=11000', 'publicity.audience=9000000']],
  ['生态环境', '强化普法宣传，落实“谁执法谁普法”责任制。组织环境执法大练兵和企业环境守法培训，邀请重点排污单位负责人旁听庭审3次。', []],
  ['县政府', '全年行政应诉案件46件，其中一审38件，二审6件，申请再审2件。', ['litigation.cases=46', 'litigation.cases=38', 'litigation.cases=6', 'litigation.cases=2']],
  ['县政府', '全年印发行政规范性文件6件，无被上级机关纠错的规范性文件。', ['normative.documents=6']],
  ['卫健', '对未按规定组织劳动者进行职业健康检查的5家用人单位立案查处。', []],
  ['卫健', '对2家用人单位未按规定安排劳动者进行职业健康检查的违法行为依法予以警告。', []],
  ['自然资源', '全年立案查处违法用地案件21宗；对上年度遗留的4宗案件全部结案。', ['penalty.cases=21', 'penalty.closed=4']],
  ['退役军人', '修订完善局党组工作规则、“三重一大”决策制度等内部制度6项。', []],
  ['镇政府', '严格执行“三重一大”决策制度，全年集体研究决定重大事项17项。', ['decision.major=17']],
  ['市政府', '全年市政府被起诉57件，其中一审49件、二审8件。', ['litigation.cases=57', 'litigation.cases=49', 'litigation.cases=8']],
  ['交通', '全年被申请行政复议四件，较2023年的七件有所减少；被起诉两件，均未败诉。', ['reconsideration.cases=4', 'reconsideration.cases=7', 'litigation.cases=2', 'litigation.lost=0']],
  ['交通', '全年被申请行政复议4件，被起诉2件。以上案件中，复议决定均为维持，诉讼案件均以驳回原告诉讼请求结案，全年无被纠错和败诉案件。', ['reconsideration.cases=4', 'litigation.cases=2', 'reconsideration.overturned=0', 'litigation.lost=0']],
  ['生态环境', '采取查封、扣押行政强制措施38宗，并将涉嫌犯罪的4宗案件移送公安机关。', ['coercion.cases=38']],
  ['统计局', '举办统计法专题培训班3期。', ['training.sessions=3']],
  ['统计局', '全年立案查处统计违法案件9件，另有3件因情节轻微并及时改正，依法不予行政处罚。', ['penalty.cases=9', 'penalty.lenient_cases=3']],
  ['综合执法', '推行包容审慎监管，全年减少处罚金额约12.4万元。', ['penalty.waived_yuan=124000~about']],
  ['市场监管', '罚款金额较上年减少罚款金额12万元。', []],
  ['市场监管', '全年查处销售不合格计量器具违法行为9宗，罚款2.6万元。', ['penalty.cases=9', 'penalty.fines_yuan=26000']],
  ['市场监管', '表1　2021年行政处罚案件分类统计\n项目　数量　单位\n食品安全　41　件\n特种设备　8　件\n合计　49　件', ['penalty.cases=41', 'penalty.cases=8', 'penalty.cases=49']],
  ['交通', '2025年行政许可办理情况\n项目　数量　单位\n道路运输经营许可　212　件\n从业资格许可　1,305　件\n合计　1,517　件', ['license.cases=212', 'license.cases=1305', 'license.cases=1517']],
  ['市场监管', '表2　罚没款情况\n项目　数量　单位\n罚款金额　96.5　万元\n没收违法所得　3.2　万元\n合计　99.7　万元', ['penalty.fines_yuan=965000', 'penalty.confiscated_yuan=32000', 'penalty.forfeiture_yuan=997000']],
  ['公安', '全年受理因私出入境证件申请8,600件，办理出入境证件约五千件。', ['license.cases=8600', 'license.cases=5000~about']],
  ['公安', '坚持把学法用法情况列入年终述职内容，组织局领导班子成员述法6人。', []],
  ['县政府', '全年举办领导干部法治专题讲座4场。参训人员累计520余人次。', ['training.sessions=4', 'training.participants=520~over']],
  ['县政府', '全年各级调解组织调处矛盾纠纷2810件。成功率97.6%。', ['mediation.cases=2810', 'mediation.success_rate=97.6']],
  ['海关', '及时公开进境动植物检疫许可、特殊物品卫生检疫审批等事项的办事指南，全年更新办事指南28项。', []],
  ['海关', '全年组织执法监督检查5次，对986宗行政处罚案件中的普通程序案件开展法制审核，共审核案件612件。', ['review.cases=612']],
  ['县政府', '全县行政执法部门共作出行政处罚决定3862件。按案件数量排序，居前三位的部门依次为县市场监督管理局1104件、县综合行政执法局736件、县交通运输局328件。', ['penalty.cases=3862', 'penalty.cases=1104', 'penalty.cases=736', 'penalty.cases=328']],
  ['消防', '联合住建、市场监管等部门开展夜查行动，推动全区新建电动自行车集中充电设施8600个。', []],
  ['消防', '大队内部开展法律知识学习10次、执法实务练兵3次。', ['training.sessions=10']],
  ['消防', '全年带头讲法治课2次，带头接待群众来访，主持审议重大执法决定案件36件次。', ['training.sessions=2']],
  ['街道', '推行“检查一次、全面体检”模式，全年对辖区商户开展联合检查98家次。', ['inspection.count=98']],
  ['市场监管', '全年完成食品安全抽检1860批次。抽检覆盖粮食加工品、食用油、肉制品等28个食品大类。', []],
  ['县政府', '（一）法治示范创建。全县法治政府建设示范创建工作成效明显，全年接待外地考察学习团组9批次。', []],
  ['生态环境', '全年实施按日连续处罚案件2件，按日计罚金额合计48万元。', ['penalty.cases=2', 'penalty.fines_yuan=480000']],
  ['人社', '全面落实《保障农民工工资支付条例》，开展“护薪行动”等专项检查，共检查各类企业约380家，发放整改指令书43份。', ['inspection.count=380~about']],
  ['水利厅', '落实重大行政决策程序规定，《某省水资源保护规划》等三项决策事项均履行公众参与、专家论证、风险评估等程序。', ['decision.major=3']],
  ['市场监管', '将信用修复告知嵌入行政处罚决定书送达环节，做到“决定书送达一份、修复告知同步一份”。', []],
  ['街道', '对个人未按规定分类投放生活垃圾的行为处罚八十七人次。', ['penalty.cases=87']],
  ['省厅', '以省局为被告的行政诉讼案件23件（含复议共同被告案件19件），已审结20件，其中胜诉18件。', ['litigation.cases=23', 'litigation.cases=19']],
  ['财政厅', '收到行政复议申请6件，已审结5件；作为被告的行政诉讼案件9件（含复议维持后共同被告案件4件），审结7件，无败诉案件。', ['reconsideration.cases=6', 'reconsideration.closed=5', 'litigation.cases=9', 'litigation.cases=4', 'litigation.lost=0']],
  ['县政府', '全年办理行政复议案件40件（其中涉及行政诉讼的2件），已审结38件。', ['reconsideration.cases=40', 'reconsideration.cases=2', 'reconsideration.closed=38']],
  ['司法局', '对群众反映的执法问题立案监督5件，向有关单位发出监督意见书5份。', []],
  ['司法局', '对群众投诉、人大代表建议中反映的执法问题，立案办理行政执法监督案件6件，制发监督意见书4份。', []],
  ['知识产权局', '（三）专利侵权纠纷行政裁决\n全年专利侵权纠纷行政裁决办案情况如下：\n受理案件　238件\n结案　226件\n（四）查处违法行为\n全年立案查处商标违法案件52件，结案49件。', ['penalty.cases=52', 'penalty.closed=49']],
  ['知识产权局', '（一）推进行政裁决规范化\n完善行政裁决案件繁简分流机制，力争全年结案250件以上。', []],
  ['知识产权局', '全省办理专利侵权纠纷行政裁决案件1,046件；其中省局直接办理的案件27件，已结案24件。', []],
  ['知识产权局', '设立维权援助工作站14个，开展海外知识产权纠纷应对指导案件36件。', []],
  ['生态环境', '受理环境信访投诉1426件（其中来信83件、来访147件、网上信访及12345热线转办1196件）。', ['petition.cases=1426', 'petition.cases=83', 'petition.cases=147', 'petition.cases=1196']],
  ['交通运输', '组织听证11次（另有2件当事人在听证前撤回申请）。', ['hearing.cases=11']],
  ['交通运输', '全年共查处道路运输违法案件568件，其中，非法营运案件217件，超越许可事项从事经营案件35件。', ['penalty.cases=568', 'penalty.cases=217', 'penalty.cases=35']],
  ['安监局', '对3起较大以上行政处罚案件组织集体讨论决定。', ['penalty.major_cases=3']],
  ['安监局', '全年办理危险化学品经营许可证新办、换证、变更申请共64件。', ['license.cases=64']],
  ['开发区', '管委会法制机构共完成合法性审查43件，其中行政规范性文件6件、重大行政决策7项、行政协议30件。', ['review.cases=43', 'review.cases=6', 'decision.major=7', 'review.cases=30']],
  ['信访局', '全年律师参与接访和信访事项办理1,460人次，出具法律意见书210份。', []],
  ['信访局', '市本级领导包案的重点积案已全部化解，剩余县区级积案31件逐件明确化解时限。', []],
  ['信访局', '对疑难复杂信访事项推行公开听证，全年组织信访听证会十四场，促成信访人息诉罢访11件。', ['hearing.cases=14']],
  ['镇政府', '全年镇政府作为被告的行政诉讼案件2件，均涉及征地拆迁补偿，其中1件被法院判决确认违法，另1件原告撤诉。', ['litigation.cases=2', 'litigation.lost=1']],
  ['县政府', '县司法局全年开展合法性审查81件，其中规范性文件、行政合同、其他涉法事务分别为23件、41件、17件，提出审查意见196条。', ['review.cases=81', 'review.cases=23', 'review.cases=41', 'review.cases=17']],
  ['区政府', '2023年审查区政府规范性文件、部门规范性文件分别为14件、29件，提出修改意见86条。', ['review.cases=14', 'review.cases=29']],
  ['街道', '承办12345热线工单8942件，按时办结率99.8%，其中城市管理、物业纠纷、噪声扰民类分别为3106件、2245件、987件。', ['hotline.tickets=8942', 'hotline.tickets=3106', 'hotline.tickets=2245', 'hotline.tickets=987']],
  ['区政府', '全年审结行政复议案件281件，审结率95.3%；其中以调解、和解方式结案的分别为64件、23件。', ['reconsideration.closed=281', 'reconsideration.closed=64', 'reconsideration.closed=23']],
  ['街道', '组织班子成员和机关干部开展集体学法、旁听庭审分别为10次、2次。', ['training.sessions=10', 'training.sessions=2']],
  ['卫健委', '全年监督检查户次力争保持在1.2万户次以上，对高风险医疗机构检查频次不低于每年2次。', ['inspection.count=12000~over']],
  ['司法局', '组织开展规范性文件集中清理，现行有效的规范性文件从清理前的147件精简到112件，废止31件。', ['normative.documents=147', 'normative.documents=112', 'normative.documents=31']],
  ['市政府', '一审审结的案件中，判决驳回诉讼请求的301件，裁定驳回起诉的172件，原告撤回起诉的128件。', []],
  ['发改委', '受理招标投标投诉11件，其中依法驳回4件、责令改正5件、投诉人撤回2件。', ['complaint.cases=11']],
  ['城管局', '组织“以案释法”案卷评查2次，评查案卷300卷。', []],
  ['生态环境', '分局全年未制定规范性文件，对涉及生态环境的市、县两级规范性文件提出法律意见6份。', ['normative.documents=0']],
  ['卫健委', '为群众提供法律及健康咨询600余人次。', ['publicity.consultations=600~over']],
  ['市场监管', '为群众现场答疑一百五十余人次。', ['publicity.consultations=150~over']],
  ['镇政府', '对重大矛盾纠纷和信访积案亲自包案化解，全年包案3件，均已化解。', []],
  ['街道', '将执法、信访、调解等数据归集共享，全年通过数字平台流转处置各类事件1.6万余件，按时处置率99%以上。', []],
  ['市政府', '全市各级行政执法机关全年共办理行政处罚案件2.36万件。按执法领域分类统计，市场监管领域6132件；生态环境领域587件。', ['penalty.cases=23600', 'penalty.cases=6132', 'penalty.cases=587']],
  ['市场监管', '全系统全年立案查处各类违法案件8,214宗。\n从执法领域看，食品安全领域案件3,051宗，其他领域5,163宗。其中罚没款超过100万元的案件27宗，依法移送公安机关涉嫌犯罪案件46宗。各领域案件数合计与全系统立案查处总数一致，食品安全、知识产权领域案件数量居前两位，执法重心进一步向民生领域聚焦，查办质量稳步提升。全系统坚持处罚与教育相结合，对首次轻微违法行为依法从轻处理，推动经营主体自觉守法，营造公平竞争的市场环境，社会各界对执法工作的满意度持续提高，执法公信力进一步增强。\n从执法主体看，市局直属稽查局办理大要案79宗；禅城分局1,503宗；南海分局6,632宗。', ['penalty.cases=8214', 'penalty.cases=3051', 'penalty.cases=5163', 'penalty.cases=27', 'penalty.cases=79', 'penalty.cases=1503', 'penalty.cases=6632']],
  ['卫生监督', '公共场所卫生违法案件共计一百八十件，罚款36.9万元。', ['penalty.cases=180', 'penalty.fines_yuan=369000']],
  ['乡政府', '全乡共调处矛盾纠纷37起。分村看，白沙村9起、石门村6起、青山村4起。', ['mediation.cases=37', 'mediation.cases=9', 'mediation.cases=6', 'mediation.cases=4']],
  ['省厅', '现行有效的规范性文件由2021年初的87件压减至2025年底的49件。', ['normative.documents=87', 'normative.documents=49']],
  ['县政府', '全年行政诉讼败诉5件。从败诉原因看：认定事实不清、主要证据不足2件，适用法律错误2件，不履行法定职责1件。', ['litigation.lost=5', 'litigation.lost=2', 'litigation.lost=2', 'litigation.lost=1']],
  ['民政局', '对1宗拟作出较大数额罚款的案件依法举行听证1次。', ['hearing.cases=1']],
  ['农业农村', '对全区8家生猪定点屠宰企业开展监督检查96次。', ['inspection.count=8', 'inspection.count=96']],
  ['信访局', '全年接收12345热线转办涉及信访的工单近800件，全部按规定时限办理。', ['hotline.tickets=800~under']],
  ['街道', '承接12345转办信访类工单4.8万余件。', ['hotline.tickets=48000~over']],
  ['街道', '全年共立案查处各类违法案件521件，较上年的468件增加53件。分领域情况如下：\n住房城乡建设类：286件\n自然资源类：34件\n生态环境类：58件\n市场监管类：97件\n卫生健康类：46件', ['penalty.cases=521', 'penalty.cases=468', 'penalty.cases=286', 'penalty.cases=34', 'penalty.cases=58', 'penalty.cases=97', 'penalty.cases=46']],
  ['街道', '全年共查处各类违法案件362宗，作出行政处罚决定349宗。主要执法领域案件分布情况如下：\n市容环境类：152件，罚款12.46万元\n违法建设类：36件，罚款9.8万元\n其他类：161件，罚款8.66万元', ['penalty.cases=362', 'penalty.cases=349', 'penalty.cases=152', 'penalty.fines_yuan=124600', 'penalty.cases=36', 'penalty.fines_yuan=98000', 'penalty.cases=161', 'penalty.fines_yuan=86600']],
  ['街道', '全年受理群众投诉举报1,028件；办理12345热线工单2316件。按诉求领域统计，投诉举报主要集中在以下方面：\n噪声扰民类：312件\n占道经营类：276件\n其他类：440件', ['complaint.cases=1028', 'hotline.tickets=2316', 'complaint.cases=312', 'complaint.cases=276', 'complaint.cases=440']],
  ['城管局', '二、行政处罚：作出处罚决定共计1,142件。\n罚款总金额约286.7万元。按类别分：违法建设类88件，市容环境类534件，建筑垃圾类311件，其他209件。', ['penalty.cases=1142', 'penalty.fines_yuan=2867000~about', 'penalty.cases=88', 'penalty.cases=534', 'penalty.cases=311', 'penalty.cases=209']],
  ['住建局', '申请政府信息公开的复议案件3件。\n严格落实负责人出庭应诉制度，局负责人出庭应诉38件，其中主要负责人出庭应诉3件。', ['reconsideration.cases=3']],
  ['生态环境', '1.行政处罚案件：市局本级41件，全市系统358件；', ['penalty.cases=41', 'penalty.cases=358']],
  ['省厅', '对违规收费问题，督促退还违规罚款183.6万元。', []],
  ['信访局', '依法处理违法上访行为12起，对信访工作责任落实不到位的，提请纪委监委追责问责2人。', []],
  ['市场监管', '下一步，持续保持行政诉讼“零败诉”。', []],
  ['市场监管', '全年办理各类行政许可4375件，2022年、2021年办理量分别为3982件、3640件。', ['license.cases=4375', 'license.cases=3982', 'license.cases=3640']],
  ['街道', '全年查处行政处罚案件97起。2020年、2021年分别查处75起、88起。', ['penalty.cases=97', 'penalty.cases=75', 'penalty.cases=88']],
  ['公安局', '全市拘留所全年收拘被行政拘留人员3860人次。', []],
  ['农业农村', '全年查处案件12件。按领域分：\n兽药、饲料案件：7件\n渔业及其他案件：5件', ['penalty.cases=12', 'penalty.cases=7', 'penalty.cases=5']],
  ['应急管理', '全年组织“四不两直”暗查暗访三十八次，随机抽查企业一百四十二家。', ['inspection.count=38', 'inspection.count=142']],
  ['应急管理', '厅领导班子成员带队开展“四不两直”暗访督导45次，覆盖全省14个设区市，暗访企业317家。', ['inspection.count=45', 'inspection.count=317']],
  ['政务服务', '组织对各窗口开展明察暗访24次，发现问题8个。', []],
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
      [39, null],
      [0, '局本级'],
    ]);
  });

  it('names the party fined as the subject of the sum', () => {
    const found = findMentions(normalise('罚没合计1,356.8万元，其中对机构罚款1,182万元，对个人罚款140万元。依法对其罚款5000元。'), []).map((m) => [m.value, m.subject]);
    expect(found).toEqual([
      [13568000, null],
      [11820000, '机构罚款'],
      [1400000, '个人'],
      [5000, null],
    ]);
  });

  it('bounds the clauses after by the level that opens their sentence, until one names a body of its own', () => {
    const found = findMentions(normalise('区政府本级收到行政复议申请68件，决定受理61件，不予受理7件。市本级审结40件，全市共审结300件。'), []).map((m) => [m.value, m.subject]);
    expect(found).toEqual([
      [68, '区政府本级'],
      [61, '区政府本级'],
      [40, '市本级'],
      [300, null],
    ]);
    const report = extract('某区人民政府2023年法治政府建设工作报告\n一、主要工作\n区政府本级收到行政复议申请68件，决定受理61件，不予受理7件。\n');
    if ('error' in report) throw new Error(report.error.message);
    expect(report.headline['reconsideration.cases']?.value).toBe(68);
  });

  it('reads what people ask as the hotline\'s tickets in a hotline centre\'s own report, not in another body\'s', () => {
    const sentence = '\n一、主要工作\n围绕优化营商环境，开设“惠企服务专席”，全年受理涉企诉求9420件。\n';
    const tickets = (title: string) => {
      const report = extract(title + sentence);
      if ('error' in report) throw new Error(report.error.message);
      return report.metrics.map((m) => `${m.indicator}=${m.value}`);
    };
    expect(tickets('某区12345政务服务便民热线管理中心关于2022年度法治政府建设情况的报告')).toEqual(['hotline.tickets=9420']);
    expect(tickets('某区市场监督管理局关于2022年度法治政府建设情况的报告')).toEqual([]);
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

  it('gives money after the last of a list of parts no subject: it is the money of them all', () => {
    const source = '立案查处违法案件21件，其中非法行医案件8件、医疗机构违规执业案件13件，共计罚款8.76万元。';
    expect(findMentions(normalise(source), []).map((m) => [m.value, m.subject]).at(-1)).toEqual([87600, null]);
  });

  it('a channel of petitions joined to others names them all, alone names a kind of them', () => {
    const source = '全年受理群众来信来访和网上信访事项共计986件次，其中来信214件，网上信访件305件。';
    expect(findMentions(normalise(source), []).map((m) => [m.value, m.subject])).toEqual([
      [986, null],
      [214, '来信'],
      [305, '网上信访'],
    ]);
    // Channels listed one after another name them all too.
    const listed = '受理来信、来访及网上信访事项359件，其中网上信访件126件。';
    expect(findMentions(normalise(listed), []).map((m) => [m.value, m.subject])).toEqual([
      [359, null],
      [126, '网上信访'],
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

  it('a heading whose 依法 says only how a task was done makes no paragraph about law', () => {
    const report = extract('某局2023年工作报告\n一、主要工作\n（三）依法落实优抚安置政策\n全年发放优抚资金1.2亿元，惠及优抚对象8600人。\n（四）依法行政宣传\n开展宣传活动12场，惠及群众3000人。\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}`);
    expect(found).toEqual(['publicity.events=12', 'publicity.audience=3000']);
  });

  it('takes the total that adds up the parts before it, and the level reached in the report\'s year, as the headline', () => {
    const report = extract('某区城管局2023年法治政府建设情况报告\n一、主要工作\n局本级全年作出行政处罚决定126件，各街道综合执法队作出行政处罚决定1260件，全区共计1386件。负责人出庭应诉率由2022年的92.3%提高到2023年的100%。“十四五”以来，累计罚款3260万元。\n');
    const headline = 'error' in report ? {} : report.headline;
    expect(Object.fromEntries(Object.entries(headline).map(([id, h]) => [id, h.value]))).toEqual({ 'penalty.cases': 1386, 'litigation.head_appearance_rate': 100 });
  });

  it.each([
    ['over a heading between the total and the way of classing', '某县2022年度行政复议案件情况分析报告\n一、案件基本情况\n全年受理行政复议申请一百二十六件。\n二、案件特点分析\n从申请事项看，涉及行政处罚的五十二件；其他七十四件。\n', ['reconsideration.cases=126', 'reconsideration.cases=52', 'reconsideration.cases=74']],
    ['labelled by a way of classing, in a text on reconsideration, no total holding them in reach', '某市2024年度行政复议工作统计通报\n一、收案情况\n依法受理：1,102件\n二、结案情况\n审结：1,058件\n综合纠错：132件\n三、案件分布\n按管理领域：公安 402件；其他 700件。\n按申请人类型：自然人 968件；法人 134件。\n', ['reconsideration.cases=1102', 'reconsideration.closed=1058', 'reconsideration.overturned=132', ...[402, 700, 968, 134].map((v) => `reconsideration.cases=${v}`)]],
    ['under headings of case statistics that go on with the cases just spoken of, in a report on two kinds', '某县司法局关于2024年度行政复议及行政应诉工作情况的报告\n一、主要工作情况\n（一）收案情况。全年收到行政复议申请23件，依法受理21件。\n（二）结案情况。审结19件，其中撤销2件。\n（三）案件类型。行政处罚类14件，行政确认类4件。\n', ['reconsideration.cases=23', 'reconsideration.cases=21', 'reconsideration.closed=19', 'reconsideration.overturned=2', 'reconsideration.cases=14', 'reconsideration.cases=4']],
    ['restated over a heading, to lead into outcomes', '某县2023年行政复议工作报告\n（一）收案情况\n全年受理82件，已审结79件。\n（二）案件审理结果\n在已审结的79件案件中，作出维持决定41件，撤销6件，责令被申请人履行法定职责2件。\n', ['reconsideration.cases=82', 'reconsideration.closed=79', 'reconsideration.overturned=6', 'reconsideration.overturned=2']],
  ])('reads the parts of reconsideration %s', (_name, text, expected) => {
    const report = extract(text);
    expect('error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}`)).toEqual(expected);
  });

  it('keeps the first of places ranked out of the headline', () => {
    const report = extract('某省住房和城乡建设厅2024年法治政府建设情况报告\n一、主要工作\n全年查处建筑市场和工程质量安全违法违规行为2146起。各市中，西京市查处案件最多，为693起。\n');
    expect('error' in report ? null : report.headline).toEqual({ 'penalty.cases': { value: 2146, mention: 0 } });
  });

  it('a report of another year keeps the figure that opens with that year out of its headline', () => {
    const report = extract('某局2023年法治政府建设情况报告\n一、主要工作\n2022年，本局共办理行政复议案件9件。全年共查处行政处罚案件12件。\n');
    expect('error' in report ? null : report.headline).toEqual({ 'penalty.cases': { value: 12, mention: 1 } });
  });

  it('a sub-heading that names nothing is about what the heading above it opens on', () => {
    const report = extract('某县人民政府2022年法治政府建设情况报告\n一、行政复议工作\n（一）收案情况\n全年新收案件40件，其中不予受理3件。\n（二）审理结果\n全年审结36件，其中撤销4件。\n二、矛盾纠纷化解\n（一）人民调解\n全年受理纠纷120件。\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}`);
    expect(found).toEqual(['reconsideration.cases=40', 'reconsideration.closed=36', 'reconsideration.overturned=4', 'mediation.cases=120']);
  });

  it('reads parts classed again, paragraph after paragraph, as parts of the total in the labelled lines above', () => {
    const report = extract('某区2022年行政复议工作报告\n全年办理行政复议案件情况如下：\n新收案件：120件\n已审结：110件\n撤销：9件\n责令履行：2件\n按被申请人划分：区公安分局50件，各街道40件，其他部门30件。\n从申请人看，自然人申请的100件，法人申请的20件。\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}`);
    expect(found).toEqual(['reconsideration.cases=120', 'reconsideration.closed=110', 'reconsideration.overturned=9', 'reconsideration.overturned=2', ...[50, 40, 30, 100, 20].map((v) => `reconsideration.cases=${v}`)]);
  });

  it('reads lines that end in a semicolon as one paragraph, its topic and its breakdowns', () => {
    const report = extract('某区2022年法治政府建设报告\n行政复议收案：96件；\n结案：90件；\n案件领域分布：涉及治安管理的40件、涉及劳动保障的30件。\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}`);
    expect(found).toEqual(['reconsideration.cases=96', 'reconsideration.closed=90', 'reconsideration.cases=40', 'reconsideration.cases=30']);
  });

  it('in a township\'s report, tells what the county\'s departments did there as it tells the township\'s own, and its own total stays the headline', () => {
    const body = '一、主要工作\n全年查处违法建设案件12宗。区综合行政执法局全年在我镇辖区查处违法建设案件9宗。\n';
    const report = (title: string) => extract(title + body);
    const found = (title: string) => {
      const read = report(title);
      return 'error' in read ? [] : read.metrics.map((m) => `${m.indicator}=${m.value}`);
    };
    expect(found('某某镇人民政府2023年法治政府建设工作报告\n')).toEqual(['penalty.cases=12', 'penalty.cases=9']);
    expect(found('某某区人民政府2023年法治政府建设工作报告\n')).toEqual(['penalty.cases=12', 'penalty.cases=9']);
    const town = report('某某镇人民政府2023年法治政府建设工作报告\n');
    expect('error' in town ? null : town.headline['penalty.cases']?.value).toBe(12);
  });

  it('reads a sentence that opens with a part of the year and the whole county as the body\'s own, no place of another', () => {
    const report = extract('某县司法局2024年上半年法治政府建设工作总结\n上半年全县共受理行政复议申请86件，去年同期受理行政复议案件51件。今年一季度全县共办理行政处罚案件40件。\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}`);
    expect(found).toEqual(['reconsideration.cases=86', 'reconsideration.cases=51', 'penalty.cases=40']);
  });

  it('reads the body applying to the government above for reconsideration as its own appeals, no place above acting', () => {
    const report = extract('某区人民政府2025年法治政府建设情况报告\n一、主要工作\n以区政府为被申请人向市政府申请复议的案件8件，均维持。\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}`);
    expect(found).toEqual(['reconsideration.cases=8']);
  });

  it('names no part where the kinds listed before 等 are each a word of the indicator (撤销、变更、确认违法等纠错)', () => {
    const report = extract('某市人民政府2024年法治政府建设情况报告\n一、主要工作\n市政府共收到行政复议申请1126件，审结934件，其中撤销、变更、确认违法等纠错126件。\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}:${m.subject}`);
    expect(found).toEqual(['reconsideration.cases=1126:null', 'reconsideration.closed=934:null', 'reconsideration.overturned=126:null']);
  });

  it('reads a top heading after a line ending in a colon as a heading, whose topic holds past a table', () => {
    const report = extract('某县2024年度行政复议和行政应诉工作情况通报\n现将全县行政复议和行政应诉工作情况通报如下：\n一、行政复议案件总体情况\n县政府共收到行政复议申请293件，详见下表：\n|被申请人|案件数|\n|县公安局|96件|\n全年审结251件，其中决定撤销16件。\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}`);
    expect(found).toEqual(['reconsideration.cases=293', 'reconsideration.closed=251', 'reconsideration.overturned=16']);
  });

  it('pairs years listed opening a sentence with the figures 分别 gives, in each of its clauses, and heads with the report\'s year', () => {
    const report = extract('某市卫生健康局2024年法治政府建设情况报告\n一、主要工作\n2023年、2024年以我局为被申请人的行政复议案件分别为7宗、4宗，行政诉讼案件分别为2宗、3宗。2021年、2022年、2023年、2024年分别开展会前学法9次、11次、10次、12次。\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}:${m.subject}`);
    expect(found).toEqual([
      'reconsideration.cases=7:2023年', 'reconsideration.cases=4:2024年', 'litigation.cases=2:2023年', 'litigation.cases=3:2024年',
      'training.sessions=9:2021年', 'training.sessions=11:2022年', 'training.sessions=10:2023年', 'training.sessions=12:2024年',
    ]);
    expect('error' in report ? null : report.headline).toMatchObject({ 'reconsideration.cases': { value: 4 }, 'litigation.cases': { value: 3 }, 'training.sessions': { value: 12 } });
  });

  it('names no kind for a total of the kinds listed before it (来信、来访、网上信访共计212件), but each kind counted alone', () => {
    const report = extract('某镇人民政府2024年法治政府建设工作报告\n一、主要工作\n受理群众来信、来访、网上信访共计212件，其中网上信访146件。受理群众来信214件、来访503批。\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.value}:${m.subject}`);
    expect(found).toEqual(['212:null', '146:网上信访', '214:来信', '503:来访']);
  });

  it('reads work a court sends a township (承接…人民法庭委派调解案件) as the township\'s own', () => {
    const report = extract('晋江市东石镇人民政府2024年法治政府建设工作报告\n一、主要工作\n承接东石人民法庭委派调解案件31件，调解成功19件。\n');
    expect('error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}`)).toEqual(['mediation.cases=31', 'mediation.cases=19']);
  });

  it('reads label lines with no cue of their own under a heading that names the things (二、行政处罚 / 警告：312件) as those things, of the label\'s kind', () => {
    const report = extract('某县城市管理局2024年度行政执法数据公开\n一、行政许可\n许可申请数量：320件\n受理数量：318件\n二、行政处罚\n处罚决定数量：980件\n警告：210件\n罚款：760件\n责令停产停业：4件\n三、其他情况\n备注：12件\n');
    const found = 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}:${m.subject}`);
    expect(found).toEqual(['license.cases=320:null', 'license.cases=318:受理', 'penalty.cases=980:null', 'penalty.cases=210:警告', 'penalty.cases=760:罚款', 'penalty.cases=4:责令停产停业']);
  });

  for (const [department, text, expected] of PROBES) {
    it(`${department}: ${text}`, () => expect(mentions(text)).toEqual(expected));
  }
});
