// Day-to-day administration: licences, inspections, rules, their review, major decisions.
import { defineIndicator } from '../types.js';

/** Acts of legality review: 审核区政府规范性文件26件 is a review, not a document. */
// 合法性把关: a review of legality said in other words (对内部管理文件9件进行了合法性把关).
const REVIEWING = ['审核', '审查', '核审', '合法性审查', '合法性审核', '备案审查', '合法性把关'] as const;

/**
 * An inspection said after what was inspected (对45家企业开展专项检查): an act,
 * an optional 了, a kind of inspection and the word for it.
 */
const INSPECTING_ACTS = ['开展', '进行', '实施', '组织'];
const INSPECTING = INSPECTING_ACTS.flatMap((act) =>
  ['', '了'].flatMap((done) =>
    ['', '监督', '专项', '安全', '执法', '行政', '联合', '日常', '现场', '随机', '双随机', '全覆盖', '突击', '交叉', '税务', '全覆盖监督', '专项监督', '联合执法', '安全生产', '监督执法', '风险分级', '分级分类', '信用分级'].flatMap(
      (kind) => ['检查', '抽查', '巡查', '稽查'].map((noun) => act + done + kind + noun),
    ),
  ),
);

/**
 * Papers made after their review (2件规范性文件经…合法性审查和集体讨论后印发实施, …后以区政府办公室名义印发): counted as what was
 * made, not as reviews; not those sent up for another body to make (…规范性文件2件开展合法性审查后报区政府印发).
 */
const MADE_AFTER_REVIEW = ['后印发', '后出台', '后制发', '后发布', '后正式印发', '名义印发'];

/**
 * Things checked for a service, not decisions reviewed for their legality: archives before they are opened (到期档案开放审核2.1万件),
 * reports (快递业务经营许可年度报告审核156份), applications (完成信用修复申请审核1,035件), designs, licences, qualifications,
 * registrations checked before they are made (不动产登记前置审核近9万件).
 */
const CHECKED_FOR_SERVICE = ['设计', '许可', '同意书', '资格', '年度', '开放', '档案', '报告', '申请', '前置'];

/** Those the body's legal advisers review papers for, which are no decisions of the body's (帮助企业审查复工复产合同600余份, 为村集体经济组织审查合同58份). */
const FOR_OTHERS = ['帮助企业', '为企业', '为中小企业', '为小微企业', '为市场主体', '为经营主体', '协助起草', '协助居民', '协助村民', '为群众', '为居民', '为村集体', '帮助审查', '帮助群众', '帮助村民', '帮助起草', '代为起草', '村规民约'];

/** Papers named as other than normative (工作文件, 行政文件, 内部文件): a body without the power to make rules clears them too. */
const NOT_NORMATIVE = ['工作', '行政', '内部'] as const;
const NOT_NORMATIVE_PAPERS = NOT_NORMATIVE.map((kind) => `${kind}文件`);

export const administration = [
  defineIndicator({
    id: 'license.cases',
    label: '行政许可、审批',
    core: true,
    // 办理各类行政许可1,352件次: 件次 where a writer means 件.
    units: ['件', '宗', '项', '件次'],
    zeroable: false,
    before: [
      // 办理道路运输从业资格证2967件: the certificates issued, named after the act; not services on those held (办理…从业资格证补证、
      // 换证等业务3.2万件).
      { words: ['从业资格证', '资格证', '经营许可证', '许可证'], act: ['办理', '换发', '补发', '发放', '颁发'], notActAfter: ['补证', '换证', '业务'] },
      // 办理危险化学品经营许可证新办、换证、变更申请共64件: with new ones among them, the applications are licences issued.
      { words: ['经营许可证', '许可证'], act: ['办理', '受理'], actAfter: ['新办', '新申请', '首次申请'], notActAfter: ['业务'] },
      // 受理因私出入境证件申请1.27万件, 办理出入境证件约六千件: a police licence to leave and enter the country, issued on request.
      { words: ['出入境证件', '因私出入境证件', '出入境证件申请', '因私出入境证件申请'], act: ['受理', '办理', '签发', '审批'] },
      {
        words: [
          '行政许可', '许可', '行政审批', '审批', '许可审批', '卫生许可', '予以许可', '核发', '准予许可', '行政许可申请', '许可申请',
          // Named whole, so that 案件 after the cue names an offence (查处未按规划许可建设案件13宗), not these.
          '行政许可案件', '许可案件', '审批案件',
          '资格认定', '教师资格认定', '认定教师资格', '核准', '审批决定', '行政许可决定', '许可决定',
          // 办理医师、护士执业注册1,583件, 医疗机构执业登记（含变更、校验）139件: a licence to practise.
          '执业注册', '执业登记',
          // 办理行政许可类事项1.93万件, 受理各类业务…其中行政许可类业务9.42万宗: matters of the licence kind, among the services a centre handles.
          // 全省行政许可办件量达到一百七十三万件: the volume of licence cases, named as such (not all services, 办件量).
          '行政许可办件量', '许可办件量', '审批办件量', '行政审批办件量', '行政许可事项办件量', '许可事项办件量', '行政许可类事项办件量', '许可类事项办件量',
          '行政许可类事项', '许可类事项', '行政许可类办件', '许可类办件', '行政许可类申请', '行政许可类业务', '许可类业务',
          // 受理银行保险机构市场准入事项403件: a financial regulator's licences.
          '市场准入',
          // 办理使用林地审核审批8件、草原征占用审核5件: licences to use forest or grassland, named by their 审核; 受理海域使用申请26宗:
          // or the sea.
          '使用林地审核', '占用林地审核', '征占用林地审核', '草原征占用审核', '征占用审核', '海域使用申请', '海域使用审批', '用海审批',
          // 审核草原征占用申请2件: or the applications, the review before them.
          '草原征占用申请', '征占用草原申请', '使用草原申请',
          // 公众聚集场所投入使用、营业前消防安全检查482件: a fire brigade's licence, named by its check.
          '营业前消防安全检查', '营业前消防安全检查申请', '营业前消防检查',
          // 受理防雷装置设计审核申请41件、防雷装置竣工验收申请37件: a weather bureau's licences, named by their review.
          '防雷装置设计审核', '防雷装置设计审核申请', '防雷装置竣工验收', '防雷装置竣工验收申请',
          // 受理煤矿安全设施设计审查申请11件: a mine's safety design approved, a licence named by its review.
          '安全设施设计审查', '安全设施设计审查申请',
        ],
        // 不予许可15件 counts applications decided by refusal, licence cases all the same (readers count them beside those
        // granted); 撤销许可2件 counts revocations, no application decided. 查处未经许可经营旅行社业务案件1件: a case of trading without one;
        // 超审批面积建房9宗: of building beyond one.
        notAct: ['撤销', '注销', '吊销', '撤回', '未经', '未取得', '超'],
        // 法制审核重大许可决定19件: decisions reviewed for legality, counted as reviews; 撤销以虚假承诺取得的许可7件: revocations,
        // the licences named after how they were got.
        notInClause: ['法制审核', '合法性审查', '合法性审核', '撤销', '吊销'],
      },
      // 办理社会团体、民办非企业单位成立登记十一件、变更登记二十六件、注销登记五件: registering a social organisation, its
      // changes and its end are its licences.
      { words: ['成立登记', '变更登记', '注销登记', '设立登记'], inSentence: ['社会组织', '社会团体', '民办非企业', '基金会'] },
      // 批准海域使用项目24宗: uses of the sea approved.
      { words: ['海域使用项目', '用海项目'], act: ['批准', '审批'] },
      // 审核同意使用林地项目241项: uses of forest land approved; 办理使用林地审核审批事项77项: the matters of that licence.
      { words: ['使用林地项目', '占用林地项目', '征占用林地项目'], act: ['审核', '审核同意', '审批', '批准', '同意', '审核审批'] },
      { words: ['使用林地审核审批事项', '使用林地审核审批'] },
      // 办理特种设备使用登记1968件: registering special equipment for use is its licence.
      { words: ['特种设备使用登记'] },
      { words: ['使用登记'], inSentence: ['特种设备'] },
      // …设计审查申请11件，审查批复10件: applications for a licence approved, said right after them.
      { words: ['审查批复', '审核批复', '批复'], follows: ['license.cases'] },
      // 共批准农村宅基地申请428宗, 受理宅基地申请621件: a rural homestead approved is a licence to build.
      // 受理农村村民建房申请214宗: the villagers' applications to build on it.
      { words: ['宅基地申请', '农村宅基地申请', '宅基地建房申请', '农村宅基地建房申请', '村民建房申请', '农村村民建房申请', '建房申请'], act: ['批准', '审批', '受理', '办理', '审核'], actInClause: true },
      // 办理建设项目用地预审与选址意见书22件, 办结件中：建设项目选址意见书46件: the planning licence that sites a project.
      { words: ['选址意见书', '用地预审与选址意见书'], notAct: ['合并'], notActAfter: ['合并'] },
      // 新立采矿权2宗, 办理采矿权延续登记5宗: rights to mine or explore are granted as licences.
      // Rights sold (公开出让建筑用花岗岩采矿权2宗, 采矿权出让12宗) are sales, wherever 出让 stands in the clause.
      { words: ['采矿权', '探矿权'], notAct: ['不予', '撤销', '注销', '吊销', '撤回', '未经', '未取得', '收回', '关闭'], notInClause: ['出让'] },
      // 其中吊销食品经营许可证3件, 暂扣安全生产许可证24宗: a penalty that takes a licence, the licence named.
      // 依法撤销食品经营许可证4件: licences taken back, the act before the kind of licence.
      { words: ['许可证'], notAct: ['不予', '撤销', '注销', '吊销', '撤回', '未经', '未取得'], notInSentence: ['吊销', '暂扣'], notInClause: ['撤销', '撤回', '注销'] },
    ],
    // 4.3万件行政许可申请被依法受理: the applications, then the act that took them in or decided them.
    // 共有1,236件行政许可事项办结: matters of licensing, then their closing.
    after: [{ words: ['行政许可申请', '许可申请', '审批申请'], actAfter: ['受理', '办结', '准予', '予以许可', '批准'] }, { words: ['行政许可事项', '许可事项'], actAfter: ['办结'] }],
    // 行政许可19项 in a list of powers: items, not licences.
    // 25项业务“跨省通办”: kinds of business, not licences.
    // 取消和调整行政审批前置条件24项: conditions dropped, items of a list.
    // 审批等高频“一件事”45项: services bundled for citizens, items of a list.
    listWords: ['事项', '清单', '目录', '权力', '权限', '职权', '梳理', '业务', '通办', '一件事', '条件', '取消', '下放', '精简', '保留'],
    // 审批服务事项12.6万件 counts the service centre's matters, not licences.
    // 由审批改为备案管理，全年办理外资备案2.7万件: filings, not licences; nor is a count of both (行政许可及备案事项6842件), of
    // which the licences are a part (其中行政许可5127件).
    // 对告知承诺审批事项开展核查1327件: checks of licences granted on a pledge, not licences.
    // 导游证核发“一件事一次办”，涉及事项12项: the matters a bundled service takes in, not licences (but the licences its
    // bundle handled are: 其中“一件事”集成办理1426件).
    // 抽查行政许可案卷62件: the files of licences reviewed, no licences.
    // 核发行政执法证件1206件: papers of the government's own officers, no licence to the public.
    // 查处未按规划许可建设案件13宗, 未取得施工许可证擅自施工案件13件: cases of an offence the licence's name is part of.
    // 食品经营许可中的场所证明等5项证明材料: papers a licence asks for, no licences.
    // 其中行政审批（许可）类办件5.7万余件，公共服务类办件37.5万件…网上办件量超过31万件: services and all matters handled online, no licences.
    // 优化审批流程12项: the ways of granting them, changed; 落实市场准入制度，开展公平竞争审查42件: reviews of competition.
    // 清理破除市场准入隐性壁垒4项: barriers to entry removed, no licences.
    // 修订审批工作规程两项: the rules of the work, revised; 清理涉及市场准入、价格收费等领域的政策措施文件31件: policies cleared.
    // 行政许可依法撤销3件: licences taken back, none granted (a licence ended at its holder's request, 变更及注销549件, is handled as one).
    // 受理企业在审批、执法等方面的诉求，全年受理企业诉求940件: firms' requests, of which licences are one topic.
    // 公开…审批等事项的办事指南，全年更新办事指南36项: the guides to them, updated.
    blockers: ['服务事项', '政务服务', '公共服务', '办件量', '备案', '核查', '涉及事项', '法律文书', '案卷', '执法证', '案件', '证明', '出让', '流程', '规程', '公平竞争', '壁垒', '撤销', '吊销', '撤回', '诉求', '指南', '政策措施'],
    // 新办412件，延续86件，变更23件: licences issued anew, renewed and changed are each licences; 收到申请2648件，受理2640件: those taken in.
    partActs: ['受理', '办结', '审结', '准予许可', '予以许可', '批准', '同意', '新办', '核发', '新核发', '延续', '变更', '换证', '注销', '补办', '终止'],
    examples: [
      { text: '受理银行保险机构市场准入事项403件。', value: 403 },
      { text: '办理行政许可120件，开展行政检查90次。', value: 120 },
      { text: '对本辖区卫生许可审批共 300宗，其中医师执业注册类 100宗，护士执业注册类 200宗。', value: 300 },
      { text: '对本辖区卫生许可审批共 300宗，其中医师执业注册类 100宗，护士执业注册类 200宗。', value: 200 },
      { text: '行政许可申请总数为1500宗，予以许可1500宗。', value: 1500 },
      { text: '行政许可80.96万宗，同比上升26.11%。', value: 809600 },
      { text: '全年受理行政许可申请1186件，办结1172件。', value: 1172 },
      { text: '公共场所卫生许可：新办412件，延续86件，变更23件。', value: 86 },
      { text: '全年办理城市建筑垃圾处置核准1873件。', value: 1873 },
      { text: '全年办理社会组织成立、变更、注销等行政许可177件。', value: 177 },
      { text: '全年共有2.6万件行政许可申请被依法受理。', value: 26000 },
      { text: '作出不予行政许可决定3件。', value: 3 },
    ],
    counterExamples: [
      '共有行政权力300项，其中，行政许可15项、行政处罚200项。',
      '将全县20个部门单位的150项行政许可事项统一划入县行政审批局。',
      '我局100个政务服务事项全面对标。',
      '依法撤销许可2件，注销许可证15件。',
      '实现机动车检验标志核发等25项业务“跨省通办”。',
      '由审批改为备案管理，全年办理外资备案2.7万件。',
    ],
  }),
  defineIndicator({
    id: 'inspection.count',
    label: '行政检查、监督抽查',
    core: true,
    // 检查煤矿416矿次: mines, each visit.
    // 实施行政检查1,248单位次: units, each visit; 检查2,900余件次, 开展执法检查2.38万宗次.
    units: ['次', '件', '宗', '家', '户', '间', '家次', '户次', '间次', '台次', '辆次', '艘次', '个次', '厂次', '矿次', '个', '所', '所次', '处', '处次', '单位次', '件次', '宗次'],
    zeroable: false,
    before: [
      {
        words: [
          '检查', '行政检查', '执法检查', '监督检查', '抽查', '双随机', '抽检', '监督抽检', '联合检查', '共同检查',
          // 跨部门“综合查一次”（2,140次）: the joint inspection by its reform's name.
          '综合查一次',
          '随机抽查', '监督抽查', '日常检查', '专项检查', '巡查', '稽查', '税务稽查', '路检路查',
          // 开展夜查行动37次: checks at night.
          '夜查', '夜查行动',
          // 检查码头、渡口138处: the docks checked, whose 检查码 is no code made for checks.
          '检查码头',
          // 全省行政检查案件28.1万件: inspections counted as cases, as the statistics of enforcement count them.
          '行政检查案件', '检查案件',
          // 全年检查点位4,120处: the sites checked, not checkpoints (检查点).
          '检查点位',
        ],
        // 公布检查主体48个: the bodies that may check, listed, no checks; 不予检查“白名单”企业1100余家: firms spared.
        notAct: ['公布', '不予'],
        // 对4个科室开展政务公开工作抽查1次: the body's own offices checked on their work, no enforcement; so are its staff
        // (开展作风纪律专项检查6次); a people's congress checks how laws are enforced (配合县人大常委会开展执法检查2次);
        // checks spared are none done (避免重复入企检查120余次), nor are those the body underwent (接受省住建厅…监管检查1次).
        // 开展政府网站和政务新媒体季度检查4次: the government's own websites checked; 开展数据安全检查2次: its own data;
        // 对执法视频开展抽查4次: the recordings of its own officers.
        // 对下级单位法治建设进行督导检查2次: the body's own system overseen on its rule of law; so are a justice bureau's
        // stations (带队赴基层司法所督导检查12次). 全年实际免予入企检查约700次: checks spared; 邀请“两代表一委员”参与执法检查…4次:
        // deputies invited to watch the enforcement.
        // 录入执法检查人员412名、检查对象5800余户: a register filled, no checks; 开展税务执法质量专项检查2次: the body's own enforcement checked.
        // 开展执法监督专项检查2次: the body's own enforcement checked; 对机关集中办公区开展安全检查24次, 对馆库设施开展安全检查: its own premises.
        // 配合县纪委监委开展专项监督检查两次: checks of the body by those who discipline it.
        // 开展执法督察巡查96次, 执法督察检查24次: the body's own officers overseen at their work; so are its fields of enforcement
        // (对全县重点执法领域开展专项监督检查3次). 叫停不必要的检查21次: checks stopped, none made.
        notInClause: ['执法督察', '执法督查', '督察执法', '督查执法', '执法质量', '执法领域', '科室', '政务公开', '政府网站', '新媒体', '数据安全', '执法视频', '执法记录', '作风', '纪律', '人大', '避免', '减少', '叫停', '接受', '迎接', '下级', '法治建设', '法治政府建设', '司法所', '免予', '免于', '代表一委员', '政协委员', '录入', '执法监督', '办公区', '办公楼', '馆库', '本馆', '机关大院', '行为规范', '纪委', '监委'],
      },
      // 应检128所，实检126所: those checked in fact, not those due (blockers); not a prosecutor's advice carried out (落实检察建议九件).
      // Not the 实检 of 不实检验报告 (a false report of tests).
      { words: ['实检', '实际检查'], notAct: ['不'], notActAfter: ['察'] },
      // “四不两直”暗查暗访三十八次, 暗访企业317家: checks of firms unannounced; not 明察暗访 of the body's own windows and staff.
      { words: ['暗查暗访', '明查暗访', '明察暗访', '暗访检查', '暗访督导', '暗访'], inSentence: ['四不两直', '企业', '生产经营单位', '安全生产'] },
      // 开展年度实地核查23家次, 非现场检查方式核查1.2万余户次, 远程核查车辆3.7万台次: places and vehicles checked.
      // 组织清查旅馆、网吧、娱乐场所等重点场所1.2万余家次: the places checked one by one.
      // Not a stock-take of the government's own rooms or assets (办公用房清查，涉及单位143家, 资产清查).
      // 核查农户8.9万户: households whose aid is checked, none regulated (but 检查散养农户三百二十户 checks farmers who are).
      { words: ['实地核查', '现场核查', '核查', '远程核查', '清查'], units: ['家', '户', '所', '家次', '户次', '个次', '台次', '辆次', '艘次'], notAct: ['用房', '资产', '库存'], notActAfter: ['农户'] },
      // 双随机抽查任务9批次，随机抽取企业134家: the firms drawn for the random checks are those checked.
      // 抽取检查对象173家: those drawn, named as what is checked.
      { words: ['随机抽取', '抽取检查对象', '随机抽取检查对象'], units: ['家', '户', '所', '家次', '户次'] },
      // 抽查任务68次，检查对象532家: those the checks just counted were made of; not those on a register to be drawn for them
      // (录入…检查对象五千八百余户), nor those checked read by 抽查 (抽查检查对象120户).
      { words: ['检查对象'], units: ['家', '户', '所', '家次', '户次'], follows: ['inspection.count'] },
      // 入企扫码登记2911次, 扫码入企1908次: each entry into an enterprise, scanned, is a check.
      { words: ['扫码登记', '扫码入企', '入企扫码', '入企扫码登记'], units: ['次', '家次', '户次'] },
      // 主动监察用人单位3126户次: labour inspection counts the employers inspected; 书面审查用人单位2,215户, by the papers they file.
      { words: ['监察', '劳动保障监察', '主动监察', '书面审查'], units: ['户', '家', '户次', '家次'] },
      // 督查学校237所: an education bureau's checks of its schools, counted by the places; not how often it oversaw (督查4次), maybe
      // its own departments.
      { words: ['督查'], units: ['家', '户', '所', '家次', '户次', '所次', '个次'] },
      // 稽核定点医药机构230家次: a health insurer's checks of the institutions it pays.
      { words: ['稽核'], units: ['户', '家', '户次', '家次', '次'] },
      // 排查特种设备使用单位1064家: the places checked; not the hazards, disputes or risks found (blockers).
      // Not the search for disputes or hazards (矛盾纠纷排查45次), nor what a search led to (专项排查，关停1家).
      // 带队开展矛盾纠纷集中排查6次: a search for disputes, wherever its words stand in the clause.
      // 排查校外培训机构和培训场所1,286个: places counted in 个 too. 网格员入户排查4.6万户次: homes screened, no checks.
      { words: ['排查'], units: ['家', '户', '所', '个', '家次', '户次', '台次', '次'], notAct: ['纠纷', '矛盾', '隐患', '风险'], notInSentence: ['纠纷', '矛盾'], notInClause: ['入户', '网格员'] },
    ],
    after: [
      { words: ['进行监督', ...INSPECTING] },
      // 对32家小作坊开展食品安全检查: any kind of inspection, after an act on what was inspected.
      // 对38家重点用能单位实施节能监察: so is a 监察 of those regulated; 对126家定点医药机构实现检查全覆盖: every one of them checked.
      // 1,058户市场主体被随机抽取检查, 218家企业接受了“双随机、一公开”抽查: those checked, said in the passive.
      { words: ['检查', '抽查', '巡查', '稽查', '监察'], act: [...INSPECTING_ACTS, '实现', '被', '接受'] },
    ],
    // 检查“综合查一次”场景12个 counts ways of inspecting, not inspections;
    // 核查图斑1325个 checks map patches from satellite images, not places;
    // 对12个部门开展执法检查, 对9个分局开展执法稽查 oversee the government's own departments and offices.
    // 抽查审计项目档案12个 checks the body's own files (but 对68个单位档案工作开展执法检查 inspects units).
    // 其中…依法拆除违法建筑17处, 责令停产停业整顿企业47家, 其中暂停医保服务协议38家: other acts, no part of the inspections;
    // 纳入检查对象库 plans inspections, it counts none; 抽查文件420件 checks the government's own papers.
    // 检查市场主体3260户次，覆盖13个街道, 检查覆盖全部6个区、县（市）: the places the checks reached, no checks.
    // 监督抽查56个品种1214批次: the kinds of product sampled.
    // 监督检查股（执法股）、仓储与物资储备股3个股室: the body's own divisions, named.
    // 飞行检查十二轮，覆盖21个市（州）, 检查覆盖…等4个专业: the cities and trades the checks reached; 核查，其中2家超过限额标准: those
    // found over a limit.
    // 卫片执法检查中…比例偏高的2个县，由市局…进行提醒谈话: the counties the checks found wanting.
    // 抽查的300件卷宗: the case files of the body's own review.
    // 检查内容覆盖反洗钱、账户管理…等12个业务领域: the fields the checks covered.
    notAfter: ['超过', '街道', '乡镇', '镇街', '社区', '行政村', '区、', '区县', '县区', '县市区', '县（', '区（', '市（', '县，', '县。', '县；', '市州', '设区市', '品种', '股室', '科室', '专业', '领域', '业务领域', '重点领域', '卷宗', '案卷'],
    blockers: [
      // 通过检查，共处理违规定点医药机构203家: those dealt with after the checks, no checks; …检查，推送案源线索46户: leads passed on.
      // 落实年度监督检查计划，开展执法质量评查不少于2次: a review of the body's own case files after the plan, no inspection.
      // 对…六十三户纳税人实施检查，查结五十八户: the cases closed after the checks.
      '发现', '问题', '隐患', '整改', '走访', '线索', '场景', '图斑', '地块', '案卷', '评查', '项目档案', '部门', '分局', '执法监督', '文件', '移送', '处理', '查结', '结案',
      // 对县直42个单位落实法治政府建设情况开展督察检查: the body's own units checked on how they build the rule of law;
      // 承担…企业的监督检查，监管对象共计1907家: those the body regulates, no checks; …监督检查41个，…认定“未批先建”项目4个:
      // those found at fault.
      // But 抽查监管对象836户 checks them.
      '法治政府建设', '，监管对象', '认定',
      // 公示“双随机、一公开”抽查计划12个: plans of checks, published.
      '抽查计划',
      // 对…多头检查的情况实时预警，全年发出预警提示35次: warnings issued, no checks. 核查低保家庭1.9万户: households
      // whose aid is checked, none regulated.
      '拆除', '责令', '关闭', '取缔', '吊销', '查封', '扣押', '警告', '通报批评', '预警', '纳入', '列入', '低保', '特困', '抽取样品', '名录', '入库', '暂停', '解除', '约谈', '拒付', '追回', '纠纷', '矛盾', '风险', '关停', '督促', '上报', '事件',
      // 新增“双随机、一公开”子栏目1个: a page of the website, no check; 现场检查取证等实务练兵2次: drills of the officers;
      // 审定档案执法检查方案2个: plans of checks, approved; 累计生成“检查码”620万个: codes made for checks (not 港口码头);
      // 建立巡查机制，将城区划分为126个执法网格: the areas patrolled, drawn; 检查局属政务新媒体账号4个: the body's own accounts.
      '政务新媒体',
      // 制定现场检查、调查取证等执法规范指引8个: guides written, no checks. 劳动保障监察执法力量与全市近5万家用人单位…不相匹配:
      // the officers set beside those they oversee. 个别企业年度受检次数仍超过5次: how often one firm was checked.
      // 听取…规范涉企行政检查等工作汇报2次: reports heard on the work, no checks; 劳动保障监察员对应用人单位近9万户: the firms each
      // inspector answers for.
      '栏目', '专栏', '专区', '练兵', '演练', '方案', '指引', '码”', '划分', '力量', '受检', '汇报', '对应',
      // 划定巡查网格87个: the areas patrolled, drawn; 消毒产品专项检查等专项行动5个: the campaigns the checks were among;
      // 开展夜查行动，推动全区新建电动自行车集中充电设施1.1万个: things built after the checks.
      '网格', '专项行动', '新建', '建成',
      // 抽检覆盖粮食加工品、食用油…等30余个食品大类: the kinds of food sampled, no checks.
      '大类',
      // 核查办学资质等内容，全县现有非学科类校外培训机构43家: those there are, no checks; 注销学科类机构47家，转为非学科类19家
      // after the institutions checked: those struck off or changed, no checks.
      '现有', '注销', '转为',
      // 卫片执法检查结果如下：/ 违法用地宗数：148宗: the land used against the law that the checks found, no checks.
      '违法用地',
      // 出动执法船艇3560艘次: the boats and cars sent out, no checks; 公开抽查结果6次, the results published;
      // 对…186家企业原则上不开展现场检查, firms spared them.
      '出动', '结果', '不开展', '原则上不', '不再', '暂不', '免于', '免予', '免检',
      // 对各承办单位办理质量开展抽查回访4.3万次: calls back to those served, no checks; 建立检查案例库，收录典型案例36个:
      // cases kept as examples; 多部门检查合并为一次: checks merged, no count of them; 开展专家指导服务企业89家次, 上门服务指导30余家次:
      // firms served.
      '回访', '案例', '合并', '指导服务', '服务指导',
      // 建立涉企检查“白名单”企业1120家: firms on a list of those spared.
      '白名单',
      // 核查，清退不符合条件的低保对象2,115户: recipients struck off after the checks; 核查市场主体信用状况1500余户次: credit looked up;
      // …涉企行政检查的要求，公布检查主体48个: the bodies that may check.
      '清退', '信用状况', '检查主体',
      // 检查监督联系点24个, 行政检查资格的3个单位, 取消…检查职能2个: who may check, not checks; 研究行政检查改革4次,
      // 行政检查专项监督2次, 涉企检查专项督查2次, 研究行政检查等事项6次: the reform studied, the checks overseen, matters discussed.
      // 开展社会组织年度检查工作，应参检社会组织412家: those due for a check, not checked.
      '资格', '联系点', '改革', '专项监督', '督查', '督导', '职能', '事项', '应参检', '应检', '执法主体',
      // 抽检不合格的11个种子样品, 年度检查，合格二十六所: how the checked fared, no checks; 清理“飞线充电”4600余处: hazards cleared;
      // 制定抽查计划48个: plans drawn up, no checks (检查计划不少于150次 plans the checks).
      '合格', '清理', '制定',
      // 将“双随机、一公开”作为基本方式，建立了涵盖全县2.6万户市场主体的名录库: a register built, no checks.
      '建立',
      // 开展公平竞争审查抽查，抽查政策措施310件: papers checked for fair competition, no firms; 对局属5个执法单位开展法治建设专项检查,
      // 对辖区12个派出所开展执法巡查: the body's own units checked on their rule of law or their enforcement.
      '政策措施', '执法单位', '法治建设', '派出所', '轻微违法',
      // 对全市12个交警大队、6个办案队开展执法巡查: the body's own units checked on.
      // 对6个消防救援站…执法情况进行检查: how the body's own stations enforce, checked.
      '大队', '中队', '支队', '办案队', '科室', '政务公开', '执法情况',
      // 对全市2.3万余件行政案件开展网上巡查: cases reviewed, no places checked; 抽查县区办结件600件: files of matters closed.
      '案件', '办结件',
      // 受理…营业前消防安全检查申请642件: applications for a check, which ask for a licence.
      '申请',
      // 检查经营主体890家次，提醒告诫经营者1200余家次: those warned after the checks; 实地核查412户…，其中依法撤销许可1件: licences revoked;
      // 开展专项检查，纠正不规范执法行为9个: what the checks corrected.
      '提醒', '告诫', '撤销', '纠正',
    ],
    examples: [
      { text: '2024年，我局完成了国家“双随机”任务120间。', value: 120 },
      { text: '检查定点隔离场所 20 间次、医疗卫生机构 600 间次。', value: 600 },
      { text: '对 300 余家公共场所、5 家二次供水单位、18 所学校进行监督。', value: 300, bound: 'over' },
      { text: '对 300 余家公共场所、5 家二次供水单位、18 所学校进行监督。', value: 5 },
      { text: '对 300 余家公共场所、5 家二次供水单位、18 所学校进行监督。', value: 18 },
      { text: '严格入企执法检查扫码登记 120 次。', value: 120 },
      { text: '共检查生产经营单位50家，检查各类运输车辆400台次。', value: 400 },
      { text: '检查建筑工地1450个次。', value: 1450 },
      { text: '对全县一百一十所中小学校开展安全检查。', value: 110 },
      { text: '对辖区25家加油站进行了现场检查。', value: 25 },
      { text: '对12户企业实施税务稽查。', value: 12 },
      { text: '对辖区内45家医疗机构进行了全覆盖监督检查。', value: 45 },
      { text: '对辖区内32家小作坊、小餐饮开展食品安全检查。', value: 32 },
      { text: '全年主动监察用人单位3126户次。', value: 3126 },
      { text: '检查营运车辆1.36万辆次。', value: 13600 },
      { text: '全年共出动执法人员21360人次，检查企业9847厂次。', value: 9847 },
      { text: '全年检查社会组织60家。', value: 60 },
      { text: '全年对60家社会组织开展“双随机”抽查。', value: 60 },
    ],
    counterExamples: ['对纳入正面清单的186家企业原则上不开展现场检查。', '公开“双随机、一公开”抽查结果6次。', '开展禁渔巡查，出动执法船艇3560艘次。',
      '减少入企检查频次30%以上。',
      '检查发现问题12个。',
      '受理营业前消防安全检查申请642件。',
      '成立检查组5个。',
      '组建5个联合检查组开展执法。',
      '目前有9000间机构纳入信用分级评价分类监管，其中A级80间。',
      '执法检查中抽取样品46个送检。',
      '检查对象名录库入库市场主体8,960户。',
      '对县市场监管局、县自然资源局等8个单位开展执法监督检查。',
      '对12个部门开展执法检查。',
      '开展行政执法监督检查3次。',
      '组织开展审计项目质量检查，抽查审计项目档案12个。',
      '制定监督检查计划，将2846家企业纳入检查对象库。',
      '对政策措施开展公平竞争审查抽查评估，抽查文件420件。',
      '组织开展涉企行政执法专项监督检查，对26个市级执法部门开展全覆盖检查。',
      '力争每家企业每年现场检查次数不超过2次。',
      '市执法支队对9个分局开展执法稽查2轮次。',
    ],
  }),
  defineIndicator({
    id: 'review.cases',
    label: '合法性审查、法制审核',
    core: false,
    units: ['件', '宗', '份', '次', '件次'],
    zeroable: false,
    before: [
      { words: ['规范性文件', '行政规范性文件'], act: REVIEWING, actInClause: true },
      // 法制审核重大行政处罚案件22件, 审查…行政合同及协议215件: the review is the act done to them.
      {
        words: [
          '重大行政处罚案件', '重大案件', '重大执法决定', '重大行政执法决定', '重大行政决策', '重大决策',
          // 审查村规民约16件: a town reviews the rules its villages adopt.
          '村规民约', '居民公约',
          // 审核重大行政处罚决定23件、行政强制决定4件: the decisions were reviewed, not made, by the reviewer;
          // so were 审查行政执法决定412宗 and 法制审核：…行政许可决定184件.
          '重大行政处罚决定', '行政处罚决定', '处罚决定', '行政处罚决定书', '处罚决定书', '行政强制决定', '行政许可决定', '行政执法决定',
          // 审核行政处罚案件234件, 法制审核一般程序案件813件: the cases were reviewed, not decided, by the reviewer.
          '行政处罚案件', '处罚案件', '一般程序案件', '普通程序案件',
          // 审核行政处罚、行政强制等案件326件, 审核行政强制案件32件: what was reviewed, named by its kind.
          '行政处罚', '行政强制', '行政强制案件', '强制案件', '行政强制措施', '行政强制措施案件',
        ],
        act: REVIEWING,
        // 审核重大行政处罚案件52起: cases, reviewed, counted as cases are. Not the police's holding for inquiry, a measure of
        // its own (采取拘留审查、限制活动范围等行政强制措施231起).
        notInClause: ['拘留审查'],
        units: ['件', '宗', '起', '份', '次', '件次'],
      },
      // 审查区政府及区政府办公室拟签订合同421件: whose contracts may stand between the review and them.
      // Not contracts of firms the body helps (帮助企业审查复工复产合同600余份), nor villagers' or their collectives' papers their
      // legal advisers help with (村（居）法律顾问…协助起草审核村规民约、合同协议三百余份, 协助居民起草、审查合同和协议等文书61份,
      // 帮助审查土地流转合同8份, 为村集体经济组织审查合同58份).
      { words: ['合同', '行政合同', '协议', '行政协议', '合同协议'], act: REVIEWING, actInClause: true, notInClause: FOR_OTHERS },
      // 审查法规规章草案6件: drafts of local laws and rules reviewed by a legal affairs office (not those it drafted or put to the
      // legislature, 起草地方性法规草案1件, 提请市人大常委会审议地方性法规草案3件).
      { words: ['法规规章草案', '法规、规章草案', '法规草案', '规章草案', '地方性法规草案', '政府规章草案'], act: REVIEWING, actInClause: true },
      // 审查镇政府拟作出的重大事项3件: matters to be decided, reviewed before; 审核县政府常务会议涉法议题53件: a meeting's items.
      { words: ['重大事项', '议题', '涉法议题', '决策事项', '行政决策事项'], act: REVIEWING, actInClause: true },
      // 审查各类文件45件, 审查区政府及部门文件逾百件; not a review of fair competition (审查政策措施文件9件).
      // Not the documents a review found wanting (备案审查中发现并纠正问题文件2件).
      { words: ['文件', '各类文件'], act: REVIEWING, actInClause: true, notInSentence: ['公平竞争'], notAct: ['问题'], notInClause: ['政策措施'] },
      // 防雷装置设计审核28件, 建设工程规划许可审核35件, 水工程建设规划同意书审核3件: licences whose name ends in 审核,
      // not reviews of legality.
      // Police bodies count the cases they review in 起 (全年审核行政案件2390起), the cue's own unit, not the
      // indicator's: parts in 起 of a review total are no reviews ((行政复议1起，听证2起)).
      // 一般程序案件全部进行法制初审，全年初审案件174件: a first review of legality, before the decision.
      { words: ['法制初审', '初审案件'] },
      {
        words: ['合法性审查', '合法性审核', '法制审核', '审核案件', '备案审查'],
        notAct: CHECKED_FOR_SERVICE,
        units: ['件', '宗', '起', '份', '次', '件次'],
      },
      { words: ['审查合同', '审核合同'], notAct: CHECKED_FOR_SERVICE, notInClause: FOR_OTHERS, units: ['件', '宗', '起', '份', '次', '件次'] },
      // 审核43件 alone; not a step of licensing, among licences counted in the sentence (行政许可23件，其中…扩建和异地重建审核3件),
      // nor a citizen's change vetted (少数民族成份变更审核26件).
      // Nor an offence of acting unreviewed (未经审核批准征占用草原案件11起), nor records vetted and dealt with (对电子监控…
      // 交通违法记录依法审核处理31万余起).
      // Nor works approved beside permits (受理文物保护工程许可及建设工程审核事项共计38件): licences.
      // Nor one sent up for a higher body's approval (使用林地审核审批212件，其中报省级以上审核43件).
      { words: ['审核'], notAct: [...CHECKED_FOR_SERVICE, '变更', '未经'], notActAfter: ['处理'], notInSentence: ['许可'], notInClause: ['报省', '报市', '报国家', '上报', '报请'], units: ['件', '宗', '起', '份', '次', '件次'] },
      // 对规范性文件、合同协议和重大行政决策分别审查38件、64件和5件: the things reviewed named earlier in the sentence.
      // Not a review of fair competition, nor of qualifications or of safety (开展公平竞争审查27件).
      {
        words: ['审查', '审核'],
        // 对新修订的村规民约逐条审查，共审查13件: the rules a town's villages adopt.
        inSentence: ['规范性文件', '合同', '协议', '重大行政决策', '重大决策', '文件', '行政处罚决定', '执法决定', '村规民约', '居民公约'],
        notAct: ['竞争', '资格', '安全'],
        // 公平竞争审查政策文件12件，其中经审查修改2件: the documents of that review, again; nor papers checked before they are made
        // public (对拟公开的行政处罚决定书逐份开展保密审查和公开属性审查，全年审查1,205份).
        notInSentence: ['公平竞争', '保密审查', '公开属性审查'],
      },
      // 出具合法性审查意见书8份: the opinions a review gives, one for each thing reviewed; not the reviews just counted, again
      // or some of them (合法性审查共计62件，出具审查意见62份; 审核…137件次，出具书面审核意见52份).
      { words: ['合法性审查意见', '合法性审查意见书', '合法性审核意见', '合法性审核意见书', '法制审核意见', '法制审核意见书'], notRepeating: ['review.cases'] },
      // 对…决策草案进行合法性审查，全年出具审查意见五份: so are those of a review the sentence names as one of legality or
      // of the things such a review takes; not of energy use or of fair competition (出具节能审查意见23份, 公平竞争审查意见31件).
      {
        words: ['审查意见', '审查意见书', '审核意见', '审核意见书', '书面审查意见', '书面审核意见'],
        inSentence: ['合法性', '法制', '规范性文件', '合同', '协议', '决策', '重大事项', '文件', '草案', '议题'],
        notAct: ['竞争'],
        notRepeating: ['review.cases'],
      },
      // 出具行政处罚案件审理意见72件: a regulator's review of its cases before it decides them gives opinions; not a
      // reconsideration's or a court's hearing.
      { words: ['审理意见', '审理意见书'], notInClause: ['复议', '诉讼', '法院'] },
      // 报送备案的规范性文件审查11件: the documents reviewed, the review said after them; not a service to firms
      // (为企业提供合同审查等法律事务45件次).
      {
        words: ['规范性文件审查', '规范性文件审核', '文件审查', '合同审查', '合同审核', '协议审查', '合同合法性审查', '审查备案文件', '审核备案文件', '村规民约审查', '居民公约审查'],
        // Nor the meetings on them (召开专题会议研究…合同审查等涉法事项6次).
        notInClause: [...FOR_OTHERS, '提供', '会议'],
      },
    ],
    after: [
      { words: ['规范性文件', '行政规范性文件'], act: REVIEWING },
      // Not the documents in force gone through in a clean-up (对现行有效的97件规范性文件逐件审查，决定废止14件), nor those made
      // after their review (5件规范性文件经合法性审核后印发), counted as documents.
      { words: ['规范性文件', '行政规范性文件'], actAfter: REVIEWING, notInClause: ['现行'], notActAfter: MADE_AFTER_REVIEW },
      // 报送备案的规范性文件612件逐件审查: the things counted, then their review, one by one; not the documents in force, gone
      // through in a clean-up (对现行有效的规范性文件157件逐件审查，废止…), which count documents.
      { words: ['逐件审查', '逐件审核', '逐一审查', '逐一审核', '逐件进行审查', '逐件进行合法性审查', '逐件进行备案审查'], notInClause: ['现行', '清理'] },
      // 议题中，涉及法律问题的41件全部经合法性审查: things counted by nothing else, all of them reviewed; not documents made
      // or cases decided or named, counted as such, then said to have been reviewed (出台规范性文件12件均经合法性审核, 重大行政处罚案件12件均经法制审核).
      {
        words: ['全部经合法性审查', '全部经合法性审核', '全部经法制审核', '均经合法性审查', '均经合法性审核', '均经法制审核'],
        notInClause: ['规范性文件', '出台', '制定', '印发', '制发', '作出', '办理', '查处', '查办', '决策', '案件'],
      },
      // 对126件重大执法决定进行法制审核, 对62件文件开展合法性审核: what was reviewed, then the review.
      {
        words: [
          '重大执法决定', '重大行政执法决定', '合同', '协议', '行政合同', '行政协议', '文件', '重大行政决策', '重大决策', '重大行政决策事项', '行政处罚案件', '处罚案件',
          '重大行政处罚决定', '行政处罚决定',
        ],
        actAfter: REVIEWING,
        // 落实公平竞争审查制度，对新出台的31件涉企政策文件进行审查: a review of fair competition, named before.
        notInSentence: ['公平竞争'],
        notActAfter: MADE_AFTER_REVIEW,
      },
      // 对…合同、拟印发的文件共23件进行合法性审核: the things reviewed, counted, then the review.
      // Over a case noun right after the figure (对23件重大行政处罚案件进行了法制审核), as the way cases ended is;
      // not a review passed before the decision (36件重大行政处罚案件全部经法制审核后作出决定).
      // 对142起行政案件全部进行法制审核: cases counted in 起, as the review before them would (审核行政案件2390起).
      { words: ['合法性审核', '合法性审查', '法制审核', '备案审查'], outcome: true, notAct: ['经'], notActAfter: MADE_AFTER_REVIEW, units: ['件', '宗', '起', '份', '次', '件次'] },
    ],
    // 出具法律意见书19份 after a review count gives opinions, not reviews.
    // 审核普查表4.6万份 checks forms, not the legality of decisions.
    // 召开合法性审查联席会议3次 counts meetings.
    // …均经合法性审查，报送…备案6件: documents filed, after their review; 审核退役士兵安置申请26件,
    // 审核办理残疾等级评定12件: applications handled, not the legality of decisions.
    // 落实法制审核制度，开展执法案卷评查2次: files reviewed for quality, not decisions for legality.
    // 审核同意使用林地项目77宗: a use of land approved, a licence, not a review of legality.
    // 对现行有效的68件规范性文件逐件审核，宣布失效4件: documents the review voided, no reviews.
    // 对审核中发现的…问题退回补正93件: decisions sent back, what the reviews found.
    // 审查镇级文件、会议纪要等涉法事项17件: minutes of meetings are papers reviewed, no meetings.
    // 均经法制审核和集体讨论，全年组织集体讨论17次: the meetings that decided, no reviews; 合格证审核发放21件: licences issued;
    // 对…规范性文件提出的审查建议1件: suggestions a review made; 审查发现不规范问题的文件2件: what the reviews found.
    // …听取法制审核意见，全年签批重大执法决定98件: the decisions signed, after the review.
    // 审核中提出意见的4件: those the reviews found fault with.
    // 为企业提供合同审查、劳动用工等法律服务180余次: legal services to firms, no review of the body's own acts; 审核地图1530件:
    // maps checked before they are published; 审查，暂缓印发2件: documents held back after the review.
    // 开展病历专项审核，抽调病历1200余份: records drawn for a check of claims, no review of legality.
    // 审核报批项目用海9宗: applications passed on for approval, a permit's step.
    // 审查合同格式条款37份: firms' standard terms checked by a market regulator, no review of the body's own acts.
    // 经人工逐条审核有效录入152.7万起: cameras' captures checked and entered, no review of legality; …合法性审查，县政府法律顾问参与处理
    // 涉法事务186件: legal matters the advisers took part in, no review.
    blockers: ['参与处理', '格式条款', '签批', '审签', '提出意见', '修改意见', '发放', '建议', '发现', '公平竞争', '法律意见', '意见书', '表', '联席会', '列席', '会议研究', '论证会', '会议审议', '集体讨论', '专题会议', '次会议', '召开', '不予立案', '报送', '报备', '申请', '出具', '书面意见', '纠正', '纠错', '评定', '执法证', '证件', '评查', '同意', '失效', '废止', '退回', '法律服务', '地图', '暂缓', '病历', '抽调', '调阅', '报批', '经济活动', '汇报', '录入',
      // …保密审查和公开属性审查，全年审查1,205份: the kinds of check, joined, read as one cue, are no review either.
      '保密审查', '公开属性'],
    examples: [
      { text: '审核区政府规范性文件26件。', value: 26 },
      { text: '召开集体讨论会 5 次，审核案件 18 件。', value: 18 },
      { text: '今年通过集体讨论方式先后审核作出重大执法决定60件。', value: 60 },
      { text: '全年共审核3件规范性文件。', value: 3 },
      { text: '对5件规范性文件进行了合法性审查。', value: 5 },
      { text: '对126件重大执法决定进行法制审核。', value: 126 },
      { text: '对45份合同进行合法性审查。', value: 45 },
      { text: '区政府法律顾问审核区政府合同协议87件。', value: 87 },
      { text: '对局内签订的合同、拟印发的文件共23件进行合法性审核。', value: 23 },
      { text: '办理规范性文件备案审查48件。', value: 48 },
      { text: '法制审核一般程序案件813件。', value: 813 },
      { text: '全年审查区政府及区政府办公室规范性文件11件。', value: 11 },
      { text: '备案审查各街道、区直部门报备的规范性文件7件。', value: 7 },
      { text: '全年对23件行政处罚案件全部进行法制审核。', value: 23 },
    ],
    counterExamples: ['开展公平竞争审查15件。', '重大执法决定法制审核率100%。', '签订合同45份。', '作出重大执法决定12件。'],
  }),
  defineIndicator({
    id: 'normative.documents',
    label: '规范性文件',
    core: true,
    units: ['件', '份', '个'],
    // 对全县21个乡镇、43个县直部门报备的规范性文件: 个 counts the bodies, not documents.
    unitNouns: { 个: ['规范性文件', '文件'] },
    zeroable: true,
    // 抽查规范性文件420件 checks a sample of documents made before; it makes none. 接受…部门报备规范性文件34件: others' documents
    // filed with the body, to review.
    before: [
      // 纠正存在问题的规范性文件一件: others' documents corrected after a review, none made; nor the parts of those filed with the
      // body (接收报送备案的规范性文件436件，其中设区市政府规范性文件97件).
      // Not those to be issued, reviewed first (对局机关拟出台的规范性文件12件和…开展合法性审查): the review counts them.
      { words: ['规范性文件', '行政规范性文件'], notAct: ['抽查', '评查'], notInClause: ['接受', '接收', '纠正', '受理报备', '受理报送', '拟出台', '拟印发', '拟制发'], notInSentence: ['接收报送', '接收报备', '接受报备', '接收备案', '接受备案'] },
      // 开展规范性文件清理1次，共清理文件15件: the documents of a sentence on normative ones, made or cleared; not 审核…拟出台政策文件及
      // 会议纪要等243件, papers to be issued, reviewed, none issued yet.
      { words: ['文件'], act: ['清理', '制定', '出台', '印发', '制发', '废止', '修订', '修改'], inSentence: ['规范性文件'], notAct: ['拟', ...NOT_NORMATIVE], notInClause: ['拟出台', '拟印发', '拟制发', '拟制定'] },
      // 经清理，拟修改文件21件、废止文件17件: documents a clean-up revised or voided, the documents cleaned up named before;
      // not in a sentence on the review of fair competition (落实公平竞争审查制度，…废止或修改妨碍公平竞争的文件137件) or on policies
      // (开展…公平竞争政策措施清理，修订文件三件): policies of any kind.
      { words: ['文件'], act: ['废止', '修订', '修改', '宣布失效'], inSentence: ['清理'], notInSentence: ['公平竞争审查', '政策措施'], notAct: NOT_NORMATIVE },
      // …对现行有效的66件行政规范性文件进行全面清理。经清理，决定废止7件、修改3件: what a clean-up of them decided, its sentence
      // opening on it; not one of policies of any kind (清理妨碍公平竞争的政策措施，废止3件).
      { words: ['废止', '修改', '继续保留', '继续有效'], inSentence: ['经清理'], notInSentence: ['公平竞争', '政策措施', '证明事项', '收费'] },
      // 对拟出台的3件规范性文件进行合法性审核，经审核后印发2件: those made, after the review of them.
      // Not documents a review of fair competition went over (对以往印发的4份文件开展了公平竞争审查).
      // Not documents held back (暂缓印发2件).
      // Nor documents still to be made, whose review is counted (审核局内拟出台文件9件).
      // Not policies issued (公平竞争审查新出台政策措施45件), reviewed for fair competition.
      { words: ['印发', '出台', '制发'], inSentence: ['规范性文件'], notActAfter: ['公平竞争', '政策措施'], notAct: ['暂缓', '停止', '拟'] },
      // 制定印发行政规范性文件6件，开展专项清理后宣布失效或废止9件: those a clean-up in the clause voided, in a sentence on them.
      { words: ['废止', '宣布失效', '宣布废止'], act: ['清理'], actInClause: true, inSentence: ['规范性文件'], notInSentence: ['公平竞争', '政策措施'] },
      // 开展规范性文件清理，对现行有效的41件逐件评估: those in force, in a sentence on normative documents.
      { words: ['现行有效', '现行有效的', '现行'], inSentence: ['规范性文件'] },
    ],
    after: [{ words: ['规范性文件', '行政规范性文件'] }],
    zero: ['规范性文件', '现行有效的规范性文件', '行政规范性文件'],
    // 制定县政府规范性文件7件，清理31件: other acts on documents of the same kind.
    partActs: ['废止', '修改', '修订', '保留', '继续有效', '现行有效', '宣布失效', '宣布废止', '失效', '继续保留', '清理', '制定', '出台', '印发', '制发'],
    // 规范性文件制定主体资格的单位29个 counts the bodies that may make them; 规范性文件以外的其他政策文件 are others;
    // …规范性文件逐件进行审查，发现并纠正问题17件 counts problems.
    // 对新出台的38件涉及经营主体经济活动的政策措施开展公平竞争审查, 对以往印发的12件内部管理制度进行梳理: the figure counts
    // other papers, named after it.
    notAfter: ['涉及', '政策措施', '政策文件', '内部', '管理制度', '工作制度'],
    // 出台规范性文件2件，对拟出台的政策措施开展公平竞争审查6件: papers reviewed for fair competition, none made;
    // 对规范性文件提出的审查建议1件: the public's suggestions on them; 规范性文件暂缓印发2件: those held back.
    // 规范性文件备案不及时，督察中发现3件: documents found at fault, counted where they were made; 印发的内部管理文件9件: papers for
    // the body's own running.
    // 对…规范性文件提出法律意见6份: opinions given on others' documents.
    // 报备上一年度规范性文件目录1份: the list of them, one paper.
    // 规章、规范性文件专项清理，修改废止规章3件: the government's rules, named nearer the figure.
    // 对现行有效的9件规范性文件开展了评估，形成评估报告1份: a report on them, no document.
    blockers: ['主体', '以外', '问题', '公平竞争审查', '建议', '暂缓', '发现', '内部', '意见', '目录', '清单', '规章', '报告', ...NOT_NORMATIVE_PAPERS],
    examples: [
      { text: '开展规范性文件专项清理，废止妨碍公平竞争的文件7件。', value: 7 },
      { text: '依法清理审查以市政府名义发布的存量规范性文件，现行 9 件均评估为继续有效。', value: 9 },
      { text: '经过严格法制审核后，我委提请区人民政府出台规范性文件 2 份。', value: 2 },
      { text: '截至年底，我局无现行有效的规范性文件。', value: 0 },
      { text: '全年未制定规范性文件。', value: 0 },
      { text: '全年未以街道名义制发规范性文件。', value: 0 },
      { text: '对现行的12件规范性文件逐件评估，继续有效10件，宣布废止2件。', value: 2 },
      { text: '全年共出台3件规范性文件。', value: 3 },
      { text: '共清理规范性文件216件，继续有效138件，修改19件，废止59件。', value: 59 },
      { text: '全年制定县政府规范性文件7件，清理31件。', value: 31 },
      { text: '开展规范性文件清理1次，共清理文件15件，废止3件。', value: 15 },
    ],
    counterExamples: [
      '全年未发生重大行政决策违法、规范性文件违法或超过有效期的规范性文件仍在执行的情况。', '公布具有规范性文件制定主体资格的单位29个。',
      '组织对各地备案的规范性文件开展质量评估，抽查规范性文件420件。',
      '清理规范性文件以外的其他政策文件214件。',
      '严格规范性文件管理，对拟出台的涉企政策措施开展公平竞争审查6件。',
    ],
  }),
  defineIndicator({
    id: 'decision.major',
    label: '重大行政决策、三重一大事项',
    core: false,
    units: ['项', '件', '个'],
    // 集体讨论决定5个法定程序 counts the steps each decision went through.
    unitNouns: { 个: ['决策', '事项', '事', '项目', '议题', '三重一大'] },
    zeroable: true,
    // 审查重大行政决策3项 counts reviews of decisions, not decisions made.
    // 集体研究决定重大事项42项: matters decided together, when no review of them is said (审查…重大事项3件: review.cases).
    before: [
      // 参与社会稳定风险评估重大事项17项: others' matters assessed for risks, none decided.
      // 决策村级重大事项93项: matters villages decide for themselves, no decisions of the government's; 向市委报告法治政府建设
      // 重大事项5件: matters reported to the Party committee.
      // 审查市政府重大行政决策事项12项: things a review took up, reviewed, no decisions made.
      // 主持研究涉法涉诉重大事项7件: matters of suits and petitions a head took up, no decisions of the body; 审定统计执法重大事项11件:
      // matters of enforcement (cases), no decisions.
      { words: ['重大行政决策', '三重一大', '重大决策', '重大事项'], notAct: ['审查', '审核', '村级', '执法'], notInClause: ['风险评估', '报告', '请示', '审查', '审核', '涉法', '涉诉'] },
      // 公布年度重大行政决策事项目录，确定决策事项8项: the matters of a year's list of major decisions, whose name may stand
      // in a book title (制定《…重大行政决策事项目录》，纳入决策事项10项): 决策事项 are no other matters.
      // 全年各村按程序决策事项140余项: villages' own decisions, none of the body's.
      { words: ['决策事项'], notAct: ['审查', '审核'], notInClause: ['各村', '村级', '村“两委”', '村两委'] },
      { words: ['目录事项'], inSentence: ['重大行政决策', '重大决策'], notAct: ['审查', '审核'] },
      // …目录，共列入事项5项，目前已完成决策4项: decisions made of the list just counted.
      { words: ['完成决策', '作出决策', '决策'], follows: ['decision.major'], notAct: ['审查', '审核'] },
    ],
    // 收到对重大决策的意见建议27件 counts opinions on them; 审议法规草案、政府规章和重大行政决策议题40余个, items of a meeting of every kind;
    // 参与重大事项论证和涉法事务处理130余件, 参与重大行政决策、重大合同论证等法律事务230余件: the legal advisers' matters of every kind.
    // 审定重大决策2项、重要执法案件2件: enforcement cases a head decided, listed after the decisions, are no decisions.
    // 研究部署法治建设重大事项，全年签批重大执法决定36件: decisions of enforcement, signed, no major decisions of policy.
    // 建立“三重一大”集体决策制度等内部制度8项: rules of the body's own, named by one of them.
    blockers: ['意见', '建议', '议题', '事务', '案件', '执法决定', '等制度', '等内部制度'],
    // 重大事项向旗委请示报告，年终组织12个苏木镇和旗直部门…: the bodies counted after the figure, no decisions.
    notAfter: ['苏木', '乡镇', '镇街', '街道', '部门', '单位'],
    after: [
      { words: ['三重一大', '重大行政决策', '重大决策事项', '重大行政决策事项'] },
      // 印发《…重大行政决策事项目录》，将…等9项事项纳入目录管理: the matters a year's list of decisions takes in.
      { words: ['事项纳入目录', '事项纳入年度目录', '事项列入目录', '事项列入年度目录', '事项纳入年度重大行政决策目录', '事项纳入重大行政决策目录', '事项纳入重大行政决策事项目录'] },
    ],
    zero: ['重大行政决策', '重大行政决策事项'],
    examples: [
      { text: '对 20 次党组会审议的 80 项"三重一大"事项实行集体决策。', value: 80 },
      { text: '2025年，我局无重大行政决策事项。', value: 0 },
      { text: '县政府对9项重大行政决策事项履行了法定程序。', value: 9 },
      { text: '全年未作出重大行政决策。', value: 0 },
    ],
    counterExamples: ['严格落实“三重一大”制度。'],
  }),
];
