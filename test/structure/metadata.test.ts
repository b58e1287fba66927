import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/model/schema.js';
import { normalise } from '../../src/normalise/normalise.js';
import { isoDate } from '../../src/structure/dates.js';
import { structure } from '../../src/structure/structure.js';

function doc(text: string): DocumentMeta {
  return structure(normalise(text)).document;
}

const OPENING = '全年办理行政许可5650件，行政处罚案件37宗，各项工作取得新成效。';
/** Paragraphs hard-wrapped at 30 characters, as a PDF's text. */
const WRAPPED = OPENING.repeat(6).match(/.{1,30}/gu)?.join('\n') ?? OPENING;

describe('title', () => {
  it.each([
    ['not a breadcrumb of slashes that names the genre', '首页/政府信息公开/政府信息公开年报/部门年报\n某局2024年政府信息公开工作年度报告\n' + OPENING, '某局2024年政府信息公开工作年度报告'],
    ['not a breadcrumb of bars whose last cell names the report', '信息公开 | 计划总结 | 法治政府建设年度报告\n发布时间：2023-01-18\n区委依法治区办：\n现将《某局2022年度法治政府建设情况报告》随文报送，请审阅。\n某局2022年度法治政府建设情况报告\n' + OPENING, '某局2022年度法治政府建设情况报告'],
    ['a page\'s 标题 field whose value runs on into the next line', '索引号：113/2023-00015\n发布机构：某市卫生健康委员会\n标题：某市卫生健康委员会关于2022年度\n法治政府建设情况的报告\n\n市委依法治市办：\n' + OPENING, '某市卫生健康委员会关于2022年度法治政府建设情况的报告'],
    ['a title wrapped over two lines of a PDF', '某市卫生健康委关于 2024 年法治政府\n\n建设情况的报告\n\n' + OPENING, '某市卫生健康委关于2024年法治政府建设情况的报告'],
    ['the report that a notice publishes', '某县交通运输局关于印发《某县交通运输局2023年度法治政府建设情况报告》的通知\n各科室：\n' + OPENING, '某县交通运输局2023年度法治政府建设情况报告'],
    ['a body named above a 关于 title broken over two more lines', '广州市黄埔区市场监督管理局\n关于2023年度法治政府建设工作情况和\n2024年工作计划的报告\n\n' + OPENING, '广州市黄埔区市场监督管理局关于2023年度法治政府建设工作情况和2024年工作计划的报告'],
    ['a tail too short to stand alone', '某区卫生健康局关于2023年法治政府建设工作情况的报\n告\n\n' + OPENING, '某区卫生健康局关于2023年法治政府建设工作情况的报告'],
    ['a tail after 的', '某区卫生健康局关于2023年法治政府建设工作情况的\n报告\n\n' + OPENING, '某区卫生健康局关于2023年法治政府建设工作情况的报告'],
    ['a tail that opens with 的', '某区卫生健康局关于2022年法治政府建设工作情况\n的报告\n\n' + OPENING, '某区卫生健康局关于2022年法治政府建设工作情况的报告'],
    ['a short tail line', '某市卫生健康局2024年法治政府建设\n年度报告\n' + OPENING, '某市卫生健康局2024年法治政府建设年度报告'],
    ['a line ending in 和', '2022年度法治政府建设工作报告和\n2023年工作思路\n' + OPENING, '2022年度法治政府建设工作报告和2023年工作思路'],
    ['the page title above the publication line', '登录 注册\n某区卫生健康局2025年度法治政府建设工作报告\n发布时间:2026-01-29\n2025年度法治政府建设工作报告\n某区卫生健康局\n' + OPENING, '某区卫生健康局2025年度法治政府建设工作报告'],
    ['a news headline above its date', '首页 > 新闻 > 正文\n某部:2021年行政处罚共132件!\n时间:2022-01-25 09:17\n' + OPENING, '某部:2021年行政处罚共132件!'],
    ['the report after a column\'s tag', '【年报选登】东湖区交通运输局2024年度法治政府建设情况报告\n发布时间：2025-03-04\n' + OPENING, '东湖区交通运输局2024年度法治政府建设情况报告'],
    ['the report named after a notice heading', '某部(2024年第1号):某部2023年政府信息公开工作报告\n发布日期:2024-01-24\n现予公布。按照要求编制了本报告，现予公布，请查阅。\n' + OPENING, '某部2023年政府信息公开工作报告'],
    ['the report after a cover letter', '中共某区委:\n现将《某局2023年度法治政府建设工作报告》予以呈报，请审阅。\n某局\n2024年1月29日\n某局2023年度法治政府建设工作报告\n' + OPENING, '某局2023年度法治政府建设工作报告'],
    ['a 标题 field when no line names the report', '标题: 某局2025年度法治政府建设情况报告\n索引号: 1137/2026-5\n' + OPENING, '某局2025年度法治政府建设情况报告'],
    ['Traditional characters kept as written', '某市住房和城鄉建設局2023年政府信息公開工作年度報告\n' + OPENING, '某市住房和城鄉建設局2023年政府信息公開工作年度報告'],
    ['the report\'s own, not news of it above', '某区2025年法治政府建设年度报告公布\n发布时间：2026-03-02 10:30　来源：某某日报\n\n某市某区人民政府2025年法治政府建设年度报告\n\n' + OPENING, '某市某区人民政府2025年法治政府建设年度报告'],
    ['the report\'s own, not a column\'s headline above', '数说法治丨某县2020年法治政府建设年度报告出炉\n原创 某某发布 2021-03-18 08:30 发表于浙江\n\n某县人民政府关于2020年度法治政府建设情况的报告\n\n' + OPENING, '某县人民政府关于2020年度法治政府建设情况的报告'],
    ['news of the report, where it is the only title', '某区2025年法治政府建设年度报告公布\n发布时间：2026-03-02 10:30　来源：某某日报\n\n' + OPENING, '某区2025年法治政府建设年度报告公布'],
    ['not a post\'s account above it', '某某发布\n某市某区人民政府关于2023年度法治政府建设情况的报告\n原创 某某发布 2024-01-26 18:05 发表于浙江\n' + OPENING, '某市某区人民政府关于2023年度法治政府建设情况的报告'],
    ['not the letterhead above it', '某县人民政府\n\n某县人民政府关于2024年度法治政府建设情况的报告\n\n' + OPENING, '某县人民政府关于2024年度法治政府建设情况的报告'],
    ['letters a scan read for the year\'s digits, read as digits', '某县市场监督管理局\n2O21年度法治政府建设工作报告\n' + OPENING, '某县市场监督管理局2021年度法治政府建设工作报告'],
    ['full-width digits kept as written, so that the title is found in its source', '某局２０２４年法治政府建设年度报告\n' + OPENING, '某局２０２４年法治政府建设年度报告'],
    ['without the site a page title names after it', '某局2023年法治政府建设年度报告_某市人民政府门户网站\n' + OPENING, '某局2023年法治政府建设年度报告'],
    ['without the body a page title names after a hyphen', '关于某局2023年法治政府建设情况的报告 - 某市交通运输局\n' + OPENING, '关于某局2023年法治政府建设情况的报告'],
    ['with a subtitle after a dash', '关于2023年法治政府建设情况—暨2024年工作计划\n' + OPENING, '关于2023年法治政府建设情况—暨2024年工作计划'],
    ['not the short opening sentence after a title that ends in 年报', '某局2023年度行政执法统计年报\n2023年，我局坚持依法行政。\n一、主要工作', '某局2023年度行政执法统计年报'],
    ['a body named on the line above the 关于 of its title', '某县人民政府\n关于2024年度法治政府建设情况的报告\n' + OPENING, '某县人民政府关于2024年度法治政府建设情况的报告'],
    ['not a post\'s byline above it', '点击上方蓝字关注我们\n\n原创 某某司法 某某司法 2022-01-26 18:05 发表于浙江\n\n收录于合集 #法治政府建设 12个\n\n某某县某镇人民政府2021年法治政府建设工作报告\n' + OPENING, '某某县某镇人民政府2021年法治政府建设工作报告'],
    ['not a sentence that speaks of the report before it', '某某发布 2019-03-29 08:30\n近日，县政府向社会公开了2018年度法治政府建设工作情况报告，一起来看↓↓↓\n\n某某县人民政府关于2018年度法治政府建设工作情况的报告\n' + OPENING, '某某县人民政府关于2018年度法治政府建设工作情况的报告'],
    ['without the zero-width spaces in it', '某局2023年法治\u200b政府建设年度\u200b报告\n' + OPENING, '某局2023年法治政府建设年度报告'],
    ['not a page\'s keywords or class', '关 键 词：年报\n分类：法治政府建设\n\n某市住房和城乡建设局2024年政府信息公开工作年度报告\n' + OPENING, '某市住房和城乡建设局2024年政府信息公开工作年度报告'],
    ['not a site\'s banner with today\'s date', '今天是：2025年3月12日 星期三　　欢迎访问某市人民政府门户网站\n首页 | 政务公开 | 互动交流\n某市住房和城乡建设局2024年度法治政府建设工作报告\n' + OPENING, '某市住房和城乡建设局2024年度法治政府建设工作报告'],
    ['not a breadcrumb of two steps', '政务公开 > 法治政府建设\n某县2020年度法治政府建设年度报告\n' + OPENING, '某县2020年度法治政府建设年度报告'],
    ['not a red-headed document\'s letterhead and number', '某区卫生健康局文件\n某卫〔2020〕12 号\n某区卫生健康局关于2019年度法治政府建设工作情况的报告\n' + OPENING, '某区卫生健康局关于2019年度法治政府建设工作情况的报告'],
    ['a body named over its 关于 after its letterhead and number, in a PDF\'s text that drops the name said twice', '某区住房和城乡建设委员会\n某建委发〔2022〕9号\n\n某区住房和城乡建设委员会\n关于2021年法治政府建设情况的报告\n\n区委依法治区办：\n' + WRAPPED, '某区住房和城乡建设委员会关于2021年法治政府建设情况的报告'],
    ['a body named over its title after its letterhead and number, and signing at the end', '某镇人民政府\n\n某政报〔2023〕2号\n\n某镇人民政府\n2022年度法治政府建设情况报告\n\n' + OPENING + '\n\n某镇人民政府\n2023年1月16日', '某镇人民政府2022年度法治政府建设情况报告'],
    ['the report that a notice publishes (公告)', '关于公布《某区2022年度法治政府建设情况报告》的公告\n发布日期：2023-03-31\n' + OPENING, '某区2022年度法治政府建设情况报告'],
  ])('%s', (_name, text, title) => {
    expect(doc(text).title).toBe(title);
  });

  it.each([
    ['a text that starts with its body', OPENING + '\n一、主要工作'],
    ['a text that starts with a heading', '一、总体情况\n' + OPENING],
    ['an addressee line', '市委、市政府:\n' + OPENING],
    ['a short line at the end of a text without headings', OPENING + '\n' + OPENING + '\n某局工作组'],
    ['a short sentence alone', '查处违法案件35件。'],
    ['a table of contents', '目 录\n第一部分 数据表\n第二部分 总体情况\n第一部分 数据表\n' + OPENING],
  ])('is null for %s', (_name, text) => {
    expect(doc(text).title).toBeNull();
  });
});

describe('agency', () => {
  it.each([
    ['before 关于 in the title', '某市卫生健康委关于2024年法治政府建设情况的报告\n' + OPENING, '某市卫生健康委'],
    ['before the year in the title', '某区交通运输局2025年度法治政府建设情况报告\n' + OPENING, '某区交通运输局'],
    ['a street named short in the title, its office in full in the signature', '东城区某某街道2025年法治政府建设工作报告\n' + OPENING + '\n北京市东城区人民政府某某街道办事处\n2026年1月30日', '北京市东城区人民政府某某街道办事处'],
    ['a town named short in the title, its government in full in the signature', '某县某某镇2024年法治政府建设工作报告\n' + OPENING + '\n某市某县某某镇人民政府\n2025年1月20日', '某市某县某某镇人民政府'],
    ['a hotline centre that bears its number, over the bureau above it in the source field', '某市12345政务服务便民热线管理中心2024年度法治政府建设情况报告\n时间：2025年02月10日　来源：某市政务服务和大数据管理局\n' + OPENING, '某市12345政务服务便民热线管理中心'],
    ['a 管理处, a forest farm\'s administration', '某某国有林场管理处2021年度法治建设工作总结\n' + OPENING, '某某国有林场管理处'],
    ['a 海事处, a local maritime office', '某某县地方海事处2024年度行政执法工作报告\n' + OPENING, '某某县地方海事处'],
    ['fuller in the signature', '区卫生健康局2021年法治政府建设工作情况报告\n' + OPENING + '\n某某市某某区卫生健康局\n2021年 12月 10日', '某某市某某区卫生健康局'],
    ['in full from a signature, its short form in the title', '县市场监管局2024年度法治政府建设工作报告\n' + OPENING + '\n某某县市场监督管理局\n2025年1月15日', '某某县市场监督管理局'],
    ['in full from a source field, a city bureau\'s branch named by its area in the title', '江北新区公安分局2021年度法治政府建设情况报告\n' + OPENING + '\n来源：南京市公安局江北新区分局', '南京市公安局江北新区分局'],
    ['not from a signature of another body of the same kind', '县市场监管局2024年度法治政府建设工作报告\n' + OPENING + '\n某某县人民政府办公室\n2025年1月15日', '县市场监管局'],
    ['from a signature with its date on one line', '区卫生健康局2021年法治政府建设工作情况报告\n' + OPENING + '\n某某市某某区卫生健康局 2021年12月10日', '某某市某某区卫生健康局'],
    ['from the opening sentence', '2024年，某某市卫生健康局坚持以习近平法治思想为指导，全面推进依法行政。\n一、主要工作', '某某市卫生健康局'],
    ['a committee for law-based governance, 依法 in its name', '2023年，中共某某市委全面依法治市委员会办公室认真履职尽责，推进依法治市各项工作。\n一、主要工作', '中共某某市委全面依法治市委员会办公室'],
    ['before a year in Chinese numerals', '某市司法局二〇二三年法治政府建设工作报告\n' + OPENING, '某市司法局'],
    ['a 行政执法局 before 关于', '某市城市管理综合行政执法局关于2023年度法治政府建设情况的报告\n' + OPENING, '某市城市管理综合行政执法局'],
    ['before a range of years', '某市司法局2022-2023年度法治政府建设情况报告\n' + OPENING, '某市司法局'],
    ['in full from a signature naming a street office as its district government\'s', '田林街道办事处2024年度法治政府建设情况报告\n来源：徐汇区人民政府\n' + OPENING + '\n上海市徐汇区人民政府田林街道办事处\n2025年1月20日', '上海市徐汇区人民政府田林街道办事处'],
    ['not from a signature of a government before a town', '古城镇2024年度法治政府建设情况报告\n' + OPENING + '\n某某县人民政府古城镇\n2025年1月20日', '古城镇'],
    ['in full from a signature whose city ends in 州市', '吴中区司法局2022年度法治政府建设情况报告\n' + OPENING + '\n苏州市吴中区司法局\n2023年1月30日', '苏州市吴中区司法局'],
    ['in full from a signature, a town named alone in the title', '古城镇2021年度法治政府建设工作报告\n' + OPENING + '\n卢氏县古城镇人民政府\n2022年1月20日', '卢氏县古城镇人民政府'],
    ['from the signature that names the last place of the title\'s places', '某某市某某区2024年法治政府建设工作报告\n' + OPENING + '\n某某区人民政府\n2025年1月20日', '某某区人民政府'],
    ['not the government\'s office that posted the page', '某某县2023年法治政府建设年度报告\n来源：某某县人民政府办公室\n' + OPENING, '某某县'],
    ['from a page\'s date line that names the body, a county named alone in the title', '某县2020年度法治政府建设年度报告\n2021-01-29　　　　某县人民政府\n' + OPENING, '某县人民政府'],
    ['an archive hall', '某区档案馆2023年法治建设工作情况报告\n' + OPENING, '某区档案馆'],
    ['in full where the report is made for it, the speaker\'s post naming it short', '关于2018年全县依法行政工作情况的报告\n——2019年4月23日在某某县人民代表大会常务委员会会议上\n县人民政府副县长　周某某\n\n主任、各位副主任、各位委员：\n受某某县人民政府委托，现将2018年全县依法行政工作情况报告如下，请予审议。\n一、主要工作', '某某县人民政府'],
    ['a province named alone in the title, in full in the text, not the office the page names as its source', '某某省2020年法治政府建设年度报告\n2021-03-30 09:00　来源：省司法厅\n2020年，某某省人民政府坚持在法治轨道上推进各项工作。\n一、主要工作', '某某省人民政府'],
    ['a sumu, not its party committee in the opening', '某某图苏木2023年法治政府建设工作报告\n2023年，某某图苏木党委、政府深入学习贯彻习近平法治思想。\n一、主要工作', '某某图苏木'],
    ['a banner, in full from its signature', '某某旗2022年法治政府建设工作报告\n' + OPENING + '\n某某旗人民政府\n2023年1月10日', '某某旗人民政府'],
    ['a federation of the disabled', '某区残疾人联合会2023年法治建设工作情况报告\n' + OPENING, '某区残疾人联合会'],
    ['a state forest farm', '某县国有青峰林场2022年度法治建设工作情况报告\n' + OPENING, '某县国有青峰林场'],
    ['after a column tag in 【】', '【法治政府】某市司法局2023年度法治政府建设情况报告\n' + OPENING, '某市司法局'],
    ['a commission in full from its signature, named short in the title', '东湖市卫生健康委2023年法治政府建设工作情况报告\n' + OPENING + '\n东湖市卫生健康委员会\n2024年1月22日', '东湖市卫生健康委员会'],
    ['after a post\'s column and its bar', '一图读懂丨青山县市场监督管理局2023年度法治政府建设情况报告\n' + OPENING, '青山县市场监督管理局'],
    ['after a post\'s column, its bar and the year', '数说卫健法治 | 2024年度东湖区卫生健康委员会法治政府建设情况报告（图文版）\n' + OPENING, '东湖区卫生健康委员会'],
    ['from a page title given only by its 标题 field', '标题：某县民政局2023年度法治政府建设情况报告\n发布时间：2024-01-09\n' + OPENING, '某县民政局'],
    ['in full from a 发布机构 field that names the places before it', '法治政府建设年度报告\n发布机构：某某县民政局\n2023年，县民政局全面推进依法行政，法治政府建设取得新成效。\n一、主要成效', '某某县民政局'],
    ['not from a field that names it otherwise', '法治政府建设年度报告\n信息来源：县综合执法局\n2023年，县综合行政执法局全面推进依法行政，法治建设取得新成效。\n一、主要成效', '县综合行政执法局'],
    ['a committee for law-based governance in the title', '中共某县委依法治县委员会办公室关于2023年度法治政府建设情况的报告\n' + OPENING, '中共某县委依法治县委员会办公室'],
    ['the office of such a committee, in short, in the title', '中共某市委依法治市办2023年度法治政府建设情况报告\n' + OPENING, '中共某市委依法治市办'],
    ['after a clause naming the year (…之年，)', '2023年是全面贯彻党的二十大精神的开局之年，某某县交通运输局紧紧围绕中心工作，推进依法行政。\n一、主要工作', '某某县交通运输局'],
    ['after the year and 是 (…年是某某街道办事处…的首年)', '2023年是某某街道办事处全面承接区级下放执法事项的首年。街道以“一支队伍管执法”为目标，整合原城管中队、安监、村镇建设等执法力量，组建街道综合行政执法队，定编15人，区综合行政执法局下沉人员9人，统一纳入街道管理。\n一、主要工作', '某某街道办事处'],
    ['after a 在…下 clause', '2019年，在省委、省政府的正确领导下，某某县全面贯彻党的精神，推进法治政府建设。\n一、主要工作', '某某县'],
    ['from 由…编制', '本报告由某某街道办事处结合有关统计数据编制。如有疑问，请与某某街道党政办联系。\n一、总体情况', '某某街道办事处'],
    ['from 请与…联系', '本报告根据条例编制，共六部分。如有疑问，请与某某市公安局某某区分局联系。\n一、总体情况', '某某市公安局某某区分局'],
    ['from 现将…年度', '根据有关规定，现将省政府2022年度法治政府建设情况报告如下。\n一、主要工作', '省政府'],
    ['extended by 办事处 where the text gives it', '2025年，某某街道深入学习贯彻法治思想，推进法治建设各项工作。\n一、主要工作\n印发《某某街道办事处关于加强法治建设的通知》。', '某某街道办事处'],
    ['Traditional, glosses dropped', '某市住房和城鄉(xiāng)建設(shè)局2023年政府信息公開工作年度報告\n' + OPENING, '某市住房和城鄉建設局'],
    ['after a year that opens the title', '2024年度某某区司法局法治政府建设情况报告\n' + OPENING, '某某区司法局'],
    ['on the line above the 关于 of the title', '某县人民政府\n关于2024年度法治政府建设情况的报告\n' + OPENING, '某县人民政府'],
    ['in the brackets that open a page title', '【某市交通局】2023年法治政府建设年度报告\n' + OPENING, '某市交通局'],
    ['after a 关于 that opens the title', '关于某市生态环境局2022年度法治政府建设情况的报告\n' + OPENING, '某市生态环境局'],
    ['broken over two lines of the title', '某市生态\n环境局2022年法治政府建设年度报告\n' + OPENING, '某市生态环境局'],
    ['a place named by the title, as its government signs', '某某县2021年法治政府建设年度报告\n' + OPENING + '\n某某县人民政府\n2022年1月28日', '某某县人民政府'],
    ['a body before its leader\'s post, in a report on the leader\'s duty', '某某市人民政府市长2023年度履行推进法治建设第一责任人职责情况报告\n' + OPENING, '某某市人民政府'],
    ['a body before its leaders\' posts', '某某区司法局党组书记、局长2023年度述法报告\n' + OPENING, '某某区司法局'],
    ['the body that signs, where the title names only its place', '某某县2023年度行政执法数据公开\n发布机构：某某县司法局\n' + OPENING + '\n某某县司法局\n2024年1月30日', '某某县司法局'],
    ['the town\'s government that signs, where the title names only the town', '横州市某某镇2024年综合行政执法工作情况报告\n' + OPENING + '\n某某镇人民政府\n2025年3月4日', '某某镇人民政府'],
    ['the town the title names, where only the page\'s poster names a body', '南京市江宁区某某街道2025年法治政府建设年度报告\n信息来源：某某街道办事处\n' + OPENING, '南京市江宁区某某街道'],
    ['a customs office', '南岭海关2023年法治政府建设年度报告\n' + OPENING, '南岭海关'],
    ['a central bank branch', '中国人民银行南岭市分行2024年度法治建设工作情况报告\n' + OPENING, '中国人民银行南岭市分行'],
    ['from a byline under the title, below its date', '关于2022年度法治政府建设情况的报告\n（2023年2月10日）\n某市人民政府\n省委、省政府：\n' + OPENING, '某市人民政府'],
    ['from a byline right under the title', '2023年度法治政府建设工作报告\n某县应急管理局\n' + OPENING, '某县应急管理局'],
    ['from the title, a party school under its second name', '中共青山区委党校（青山区行政学校）\n2024年度法治建设工作报告\n' + OPENING, '中共青山区委党校'],
    ['from the title, an association', '某县科学技术协会2025年法治政府建设年度报告\n' + OPENING, '某县科学技术协会'],
    ['from the page field when nothing else names it', '发布机构:某县交通运输局\n我局全年办理行政许可5650件，各项工作取得新成效。', '某县交通运输局'],
    ['from the page field over a government the opening names by its level alone', '发文机关：某某市人民政府\n成文日期：2025年10月20日\n关于2025年前三季度行政复议工作情况的报告\n\n市人大常委会：\n根据市人大常委会2025年监督工作计划，现将我市2025年前三季度行政复议工作情况报告如下，请予审议：\n一、基本情况\n今年以来，市政府深入贯彻行政复议法，全年办理行政复议案件120件。\n', '某某市人民政府'],
    ['from a page field among others on its line', '索 引 号：0085/2025-00012\t发布机构：某县交通运输局\t成文日期：2025-01-16\n我局全年办理行政许可5650件，各项工作取得新成效。', '某县交通运输局'],
    ['from a bracketed page field', '[ 发布机构 ] 某县交通运输局 [ 成文日期 ] 2025-01-16\n我局全年办理行政许可5650件，各项工作取得新成效。', '某县交通运输局'],
    ['a union of supply cooperatives', '某县供销合作社联合社2024年法治政府建设工作报告\n' + OPENING, '某县供销合作社联合社'],
    ['the government a department\'s head reports for, on its trust', '关于2022年度法治政府建设工作情况的报告\n——2023年6月28日在某某市人民代表大会常务委员会会议上\n某某市司法局局长  王某某\n\n主任、各位副主任、秘书长、各位委员：\n我受市人民政府委托，向市人大常委会报告2022年度全市法治政府建设工作情况，请予审议。\n2022年，某某市人民政府坚持以习近平法治思想为指引，扎实推进法治政府建设。\n一、主要工作', '某某市人民政府'],
    ['from the speaker\'s line of a report to a congress, past its dateline', '关于2017年度全县法治政府建设情况的报告\n——2018年6月26日在某县第十六届人民代表大会常务委员会第十一次会议上\n某县人民政府副县长  刘某某\n主任、各位副主任、各位委员：\n' + OPENING, '某县人民政府'],
    ['a university', '东川师范大学2021年度依法治校工作报告\n' + OPENING, '东川师范大学'],
    ['from a byline of the body and its head\'s party post, not from the notice that asked for the report', '2024年度履行推进法治建设第一责任人职责情况述职报告\n某某县司法局党组书记、局长  王某某\n2025年1月15日\n根据县委依法治县办《关于开展述法工作的通知》要求，现将本人履职情况报告如下：\n一、履行职责情况', '某某县司法局'],
    ['not from a notice that asked for the report', '2024年度述职报告\n根据县委依法治县办《关于开展述法工作的通知》要求，现将本人履职情况报告如下：\n一、履行职责情况', null],
    ['a zone\'s committee the opening names, not its office that posted the page', '某某新区2024年法治政府建设情况报告\n信息来源：某某新区管委会办公室　发布时间：2025-03-31\n2024年，某某新区管委会坚持依法行政，法治政府建设取得新进展。\n一、主要工作', '某某新区管委会'],
    ['the place\'s government the opening names, over the bureau that posted the page', '林州市2023年法治政府建设年度报告\n发布时间：2024-02-06　信息来源：林州市司法局\n2023年，林州市人民政府深入学习贯彻习近平法治思想，持续推进依法行政。现将林州市人民政府2023年法治政府建设工作情况报告如下：\n一、主要工作', '林州市人民政府'],
    ['the bureau a place-only title leaves to the page line that names it before the date', '宁江市2023年度行政执法数据统计分析报告\n宁江市司法局　　发布时间：2024年03月05日　　【字体：大 中 小】\n为掌握全市行政执法运行状况，市司法局对全市行政执法数据进行了汇总分析。\n一、总体情况', '宁江市司法局'],
    ['not the government\'s office that compiled the page', '某省2023年政府信息公开工作年度报告\n来源：某省人民政府办公厅\n本报告由某省人民政府办公厅编制，全文包括总体情况等部分。\n一、总体情况', '某省人民政府办公厅'],
    ['a news title\'s body, before the act reported', '湘源县司法局召开全县法治政府建设工作推进会\n' + OPENING, '湘源县司法局'],
    ['not a speech\'s place words, but its page\'s source', '在全县2025年法治政府建设工作会议上的讲话（摘要）\n来源：桐溪县人民政府办公室\n' + OPENING, '桐溪县人民政府办公室'],
    ['a congress\'s standing committee', '某区人大常委会关于行政执法工作情况专题询问实录\n' + OPENING, '某区人大常委会'],
    ['a place in brackets inside the name', '中国（川东）自由贸易试验区青岚片区管理委员会2023年度法治政府建设情况报告\n' + OPENING, '中国（川东）自由贸易试验区青岚片区管理委员会'],
    ['a state-owned company', '江州城市建设投资集团有限公司2022年度法治建设工作报告\n' + OPENING, '江州城市建设投资集团有限公司'],
    ['in full from a source field among fields parted by bars', '石岭街道2025年法治政府建设年度报告\n来源：海曙区石岭街道办事处 | 发布时间：2026-02-05 | 字号：大 中 小\n' + OPENING, '海曙区石岭街道办事处'],
    ['a station (检查站), though no website', '青岚出入境边防检查站2023年法治建设工作报告\n来源：青岚市政府网站\n' + OPENING, '青岚出入境边防检查站'],
    ['not a website named as the source', '2023年法治政府建设工作报告\n来源：青岚市人民政府网站\n' + OPENING, null],
    ['from a report named in 《》 by a page that explains it', '《某某区人民政府2024年度法治政府建设情况报告》解读\n问：总体情况如何？\n答：2024年，区委、区政府坚持以习近平法治思想为指导，统筹推进法治政府建设。', '某某区人民政府'],
    ['from a leader\'s signature, the body before the post, not the page\'s source', '平川县县长王某某2023年度履行推进法治建设第一责任人职责情况述法报告\n来源：平川县司法局\n' + OPENING + '\n平川县人民政府县长　王某某\n2024年2月1日', '平川县人民政府'],
    ['in full from a signature that writes out the kind of body the title shortens', '泉阳经济技术开发区管委会关于2024年度法治政府建设工作情况的报告\n' + OPENING + '\n泉阳经济技术开发区管理委员会\n2025年2月10日', '泉阳经济技术开发区管理委员会'],
    ['not a body within the one the title names', '宁川市人大常委会关于市人民政府2024年度法治政府建设情况报告的审议意见\n' + OPENING + '\n宁川市人大常委会法制工作委员会\n2025年7月8日', '宁川市人大常委会'],
    ['from a party secretary\'s signature', '东岭乡党委书记刘某某2023年度述法报告\n来源：东岭乡人民政府\n' + OPENING + '\n东岭乡党委书记　刘某某\n2024年1月3日', '东岭乡党委'],
    ['from the opening words of a government\'s work report', '政府工作报告（摘要）\n各位代表：\n现在，我代表区人民政府，向大会报告政府工作，请予审议，并请区政协委员和其他列席人员提出意见。\n一、2023年工作回顾', '区人民政府'],
    ['from a signature dated to the month, before the body whose trust the opening names', '关于2021年度城市管理综合行政执法工作情况的报告\n市人大常委会：\n受市人民政府委托，现将青岚市城市管理综合行政执法局2021年度行政执法工作情况报告如下。\n一、工作开展情况\n' + OPENING + '\n青岚市城市管理综合行政执法局\n2022年3月', '青岚市城市管理综合行政执法局'],
    ['a place-only title, from the body under it, its other name in brackets left out', '青岚市东湖区2024年度行政复议工作情况通报\n青岚市东湖区司法局（区行政复议局）\n2025年2月14日\n' + OPENING + '\n青岚市东湖区司法局\n（青岚市东湖区行政复议局）', '青岚市东湖区司法局'],
  ])('%s', (_name, text, agency) => {
    expect(doc(text).agency).toBe(agency);
  });

  it.each([
    ['今年我局', '今年我局全面推进依法行政，法治政府建设取得新成效。\n一、基本情况'],
    ['一是 of a list of problems', '全年依法行政工作取得新成效，法治建设扎实推进，各项工作稳步开展。\n一是镇村干部依法行政意识有待进一步提高；二是执法力量薄弱，群众参与度不高。'],
    ['我市', '2022年，我市行政执法工作紧紧围绕法治建设，成效明显。\n一、基本情况'],
    ['全市', '根据要求，现将全市2022年行政执法工作情况报告如下。\n一、基本情况'],
    ['the party committee beside the government', '2024年，区委、区政府坚持以习近平法治思想为指导，统筹推进法治政府建设。\n一、基本情况'],
  ])('is null when the text names itself only as %s', (_name, text) => {
    expect(doc(text).agency).toBeNull();
  });
});

describe('paragraphEnds', () => {
  it('gives the end of the title, where a paragraph ends though no full stop says so', () => {
    const text = '某局2023年法治政府建设年度报告\n查处违法案件35件。';
    expect(structure(normalise(text)).paragraphEnds).toEqual([text.indexOf('\n')]);
    expect(structure(normalise('查处违法案件35件。')).paragraphEnds).toEqual([]);
  });

  it('gives the end of each heading alone on its line, not of one that runs into its text', () => {
    const text = '某局2023年法治政府建设年度报告\n一、主要举措\n（一）加强法治宣传教育，提升法治素养\n开展宣传活动46场次。\n（二）强化执法监督。全年开展案卷评查2次。';
    const { paragraphEnds, titleEnd } = structure(normalise(text));
    const end = (line: string) => text.indexOf(line) + line.length;
    expect(titleEnd).toBe(text.indexOf('\n'));
    expect(paragraphEnds).toEqual([titleEnd, end('一、主要举措'), end('（一）加强法治宣传教育，提升法治素养')]);
  });
});

describe('year', () => {
  it.each([
    ['title first', '某局关于2023年法治政府建设情况的报告\n2024年1月，我局总结了全年工作。', 2023],
    ['年度', '某局2025年度法治政府建设工作报告\n' + OPENING, 2025],
    ['body when there is no title', '2024年，某局坚持依法行政，全年办理行政许可5650件，取得新成效。', 2024],
    ['not the end of a range', '落实《法治政府建设实施纲要（2021-2025年）》，2023年全年办理案件12件，取得新成效。', 2023],
    ['Chinese numerals', '二〇二三年度法治政府建设情况报告\n' + OPENING, 2023],
    ['Chinese numerals with a letter O typed for 〇', '二O二三年度法治政府建设情况报告\n' + OPENING, 2023],
    ['the year the opening says it reports on, over one named before it', '关于全市行政执法工作情况的报告\n根据市人大常委会2019年工作要点安排，现将2018年全市行政执法工作情况报告如下。\n' + OPENING, 2018],
    ['Chinese numerals with a digit 0 typed for 〇', '二0二三年度法治政府建设情况报告\n' + OPENING, 2023],
    ['not the year of a column tag before the title', '【2024年】某县民政局2023年度法治政府建设情况报告\n' + OPENING, 2023],
    ['not the publication year', '某局法治政府建设工作报告\n发布时间:2026-01-29\n' + OPENING, null],
    ['the year its figures run to, over a year since when a reform has run', '关于全市行政复议工作情况的报告\n如无特别说明，本报告所称数据统计截至2024年11月30日。\n一、改革情况\n2021年改革完成以来，复议工作稳步推进。\n', 2024],
  ])('%s', (_name, text, year) => {
    expect(doc(text).year).toBe(year);
  });
});

describe('publishedAt', () => {
  it.each([
    ['发布时间', '某局2025年度法治政府建设工作报告\n发布时间:2026-01-29  信息发布人:某局\n' + OPENING, '2026-01-29'],
    ['发布日期 before 成文日期', '[ 成文日期 ] 2023-01-16 [ 发布日期 ] 2023-01-17\n某局2022年行政执法年度数据统计公示\n' + OPENING, '2023-01-17'],
    ['成文日期 alone', '[ 成文日期 ] 2023-01-16\n某局2022年行政执法年度数据统计公示\n' + OPENING, '2023-01-16'],
    ['a byline of its publisher, its date and source, over a signature date', '某省人民政府关于2024年法治政府建设情况的报告\n某省人民政府新闻办公室　　2025-03-31 17:20　　来源：省司法厅\n' + OPENING + '\n某省人民政府\n2025年3月25日', '2025-03-31'],
    ['a byline of its publisher and a written date, then its source', '某区人民政府关于2025年法治政府建设工作情况的报告\n某区人民政府　2026年02月10日　信息来源：区司法局\n' + OPENING + '\n某区人民政府\n2026年2月9日', '2026-02-10'],
    ['a byline of the site, its date and its buttons', '某市人民政府关于2023年度法治政府建设工作情况的报告\n某市人民政府门户网站  2024-03-15  【打印】【关闭】\n' + OPENING + '\n某市人民政府\n2024年3月12日', '2024-03-15'],
    ['a byline of the site and its date alone', '某市人民政府关于2023年度法治政府建设工作情况的报告\n某市人民政府门户网站  2024-03-15\n' + OPENING + '\n某市人民政府\n2024年3月12日', '2024-03-15'],
    ['the dateline of a report made to a congress, in brackets', '某县人民政府关于2023年度法治政府建设情况的报告\n（2024年4月24日在某县第十八届人民代表大会常务委员会第十七次会议上）\n某县人民政府副县长  罗某某\n' + OPENING, '2024-04-24'],
    ['the dateline of a report made to a congress', '关于全县2016年度依法行政工作情况的报告\n——2017年2月23日在某县人民代表大会常务委员会第三次会议上\n某县人民政府副县长 某某\n' + OPENING, '2017-02-23'],
    ['not 更新日期', '点击数:   更新日期:2024年01月25日\n某部2023年政府信息公开工作报告\n发布日期:2024-01-24\n' + OPENING, '2024-01-24'],
    ['a label above its value', '某镇2025年法治政府建设情况的报告\n发布时间:\n2026-03-04\n' + OPENING, '2026-03-04'],
    ['发布时间 after a font-size widget on its line', '某局2023年法治政府建设年度报告\n字号 大 中 小    发布时间：2024-03-28    来源：区司法局\n' + OPENING, '2024-03-28'],
    ['发布日期 after 发文机构 on its line', '某局2021年法治政府建设工作报告\n发文机构：某市某局　　发布日期：2022-01-20\n' + OPENING, '2022-01-20'],
    ['labels without colons above their values, 发布日期 over 成文日期', '索引号\nZC-2020-0003\n发布机构\n某区应急管理局\n成文日期\n2020-01-08\n发布日期\n2020-01-13\n某区应急管理局2019年法治政府建设工作报告\n' + OPENING, '2020-01-13'],
    ['a one-digit day before a time', '某镇2024年法治政府建设情况的报告\n发布时间：2025-1-9 9:30\n' + OPENING, '2025-01-09'],
    ['slashes, a one-digit day and a time with seconds', '某镇2022年法治政府建设情况的报告\n发布时间：2023/2/8 10:05:33\n' + OPENING, '2023-02-08'],
    ['发布时间 in Chinese numerals', '某局2023年度法治政府建设情况报告\n发布时间：二〇二四年一月九日\n' + OPENING, '2024-01-09'],
    ['发布时间 in square brackets, its date with points', '某局2025年度法治政府建设情况报告\n【发布时间】2026.01.20　　【来源】县交通运输局　　【字体】大 中 小　　【打印】\n' + OPENING, '2026-01-20'],
    ['a scanned 发布日期 over its 成文日期, letters among their digits', '某局2024年度行政执法工作报告\n[成文日期] 2O25-Ol-2O    [发布日期] 2O25-Ol-23\n' + OPENING, '2025-01-23'],
    ['a scanned 发布时间 over the signature date, letters among its digits', '某镇2025年度法治政府建设情况报告\n发布时间：2O26-Ol-l6 09:3O\n' + OPENING + '\n某镇人民政府\n2O26年1月l5日', '2026-01-16'],
    ['a signature date with spaces', '某局2021年法治政府建设工作情况报告\n' + OPENING + '\n某某区卫生健康局\n2021年 12月 10日', '2021-12-10'],
    ['a signature date with hyphens', '某局2023年法治政府建设工作情况报告\n' + OPENING + '\n某某区卫生健康局\n2024-01-15', '2024-01-15'],
    ['a signature date with points', '某局2023年法治政府建设工作情况报告\n' + OPENING + '\n某某区卫生健康局\n2024.1.15', '2024-01-15'],
    ['a signature and its date on one line', '某局2021年法治政府建设工作情况报告\n' + OPENING + '\n某某区卫生健康局 2021年12月10日', '2021-12-10'],
    ['the date that ends the body, before its appendix, its signature lost', '某局2019年法治政府建设工作报告\n一、主要工作\n' + [OPENING, OPENING, OPENING, OPENING].join('\n') + '\n2020年1月10日\n附件：2019年度行政执法数据统计表\n立案数：152件\n结案数：147件\n行政处罚：92件\n行政检查：1286家次', '2020-01-10'],
    ['a signature date in Chinese numerals', '某局2023年法治政府建设工作报告\n' + OPENING + '\n某局\n二〇二四年三月五日', '2024-03-05'],
    ['a signature date with a letter O typed for 〇', '某局2023年法治政府建设工作报告\n' + OPENING + '\n某局\n二O二四年三月五日', '2024-03-05'],
    ['a bracketed date under the title', '关于2022年度法治政府建设工作情况的报告\n某市司法局\n（2023年1月5日）\n' + OPENING, '2023-01-05'],
    ['a bracketed byline with its date under the title', '某县2023年法治政府建设年度报告\n（某县人民政府  2024年2月29日）\n' + OPENING, '2024-02-29'],
    ['a date alone under the title', '某局2022年法治政府建设年度报告\n2023-01-15\n' + OPENING, '2023-01-15'],
    ['a publication date in brackets under the title, over the signature\'s', '某局2021年法治政府建设年度报告\n（2022年2月15日发布）\n' + OPENING + '\n某局\n2022年2月10日', '2022-02-15'],
    ['a signature and a numeric date on one line under the title', '邳州市2024年法治政府建设工作报告\n邳州市人民政府　2025-01-27\n' + OPENING, '2025-01-27'],
    ['a byline with its date under the title', '某县公安局2025年政府信息公开工作年度报告\n某县公安局 2026年1月21日\n本报告所列数据统计期限自2025年1月1日起至2025年12月31日止。\n' + OPENING, '2026-01-21'],
    ['a date in words alone under the title', '某局2022年法治政府建设年度报告\n2023年1月15日\n' + OPENING, '2023-01-15'],
    ['a date alone right under the title, the page\'s, before a signature date', '某局2022年法治政府建设年度报告\n2023-01-15\n' + OPENING + '\n某局\n2023年1月10日', '2023-01-15'],
    ['a body and its date right under the title, the page\'s, before a signature date', '某市市场监督管理局2024年法治政府建设情况的报告\n某市市场监督管理局　　2025-02-14\n' + OPENING + '\n某市市场监督管理局\n2025年2月13日', '2025-02-14'],
    ['a signature date before a date further down the head', '某局2022年法治政府建设年度报告\n某局\n' + OPENING + '\n2023-01-15\n' + OPENING + '\n某局\n2023年1月10日', '2023-01-10'],
    ['a byline with a source and a view count', '某局2023年法治政府建设年度报告\n某局 2024-01-20 浏览次数：123\n' + OPENING, '2024-01-20'],
    ['a byline with the time after its date', '某局2023年法治政府建设年度报告\n某局 2024-01-20 10:30 浏览次数：123\n' + OPENING, '2024-01-20'],
    ['a byline that opens with its date, then the source', '某局2023年法治政府建设年度报告\n2024年01月15日 10:20 来源：某局 【字号 大 中 小】\n' + OPENING, '2024-01-15'],
    ['a date with slashes alone under the title', '某局2022年法治政府建设年度报告\n2023/01/15\n' + OPENING, '2023-01-15'],
    ['a byline with a font-size widget', '某局2023年法治政府建设年度报告\n【字体：大 中 小】 2024-01-20\n' + OPENING, '2024-01-20'],
    ['a date after 来源', '某局2023年法治政府建设年度报告\n来源：某局 2024-01-20\n' + OPENING, '2024-01-20'],
    ['发布时间 after 文章来源 on its line', '某部2016年法治政府建设情况报告\n文章来源：条约法律司　　发布时间：2017-03-31 15:42\n' + OPENING, '2017-03-31'],
    ['a post\'s date', '原创 某某司法 2022-01-26 18:05 发表于浙江\n某镇2021年法治政府建设工作报告\n' + OPENING, '2022-01-26'],
    ['a post\'s date in words', '原创 某某司法 2025年01月22日 17:30 浙江\n某区司法局2024年度法治政府建设情况报告\n' + OPENING, '2025-01-22'],
    ['发表时间', '某局2021年法治政府建设工作总结\n发表时间：2021-12-15\n' + OPENING, '2021-12-15'],
    ['公开日期', '某局2022年度行政执法数据公开\n公开日期：2023-02-09\n' + OPENING, '2023-02-09'],
    ['a page\'s date line that names the body after it', '某县2020年度法治政府建设年度报告\n2021-01-29　　　　某县人民政府\n' + OPENING, '2021-01-29'],
    ['not a site\'s banner with today\'s date', '今天是：2025年3月12日 星期三\n某局2024年度法治政府建设工作报告\n' + OPENING, null],
    ['not a date a field says is another', '某局2023年法治政府建设年度报告\n来源：某局 有效期至2025-12-31\n' + OPENING, null],
    ['none', '某局2023年法治政府建设工作报告\n' + OPENING, null],
    ['not a date in the body', '某局2023年法治政府建设工作报告\n2023年3月5日，召开专题会议，部署全年法治建设工作任务。\n' + OPENING, null],
  ])('%s', (_name, text, date) => {
    expect(doc(text).publishedAt).toBe(date);
  });

  it.each([
    ['2021年12月10日', '2021-12-10'],
    ['2024-1-5', '2024-01-05'],
    ['2024.01.26', '2024-01-26'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['2024年13月1日', null],
  ])('isoDate(%s)', (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });
});

describe('genre', () => {
  it.each([
    ['a system\'s own name for the report', '国家税务总局某县税务局2023年法治税务建设情况报告\n' + OPENING, 'fazhi-annual-report'],
    ['法治政府建设 in the title', '某局2024年法治政府建设情况报告\n' + OPENING, 'fazhi-annual-report'],
    ['a university\'s report on its law work', '某大学关于2023年度法治工作情况的报告\n' + OPENING, 'fazhi-annual-report'],
    ['信息公开 in the title', '某局2021年政府信息公开工作年度报告\n' + OPENING, 'info-disclosure-annual-report'],
    ['a field\'s enforcement named without 行政', '某局关于2022年度长江禁捕渔政执法工作情况的报告\n' + OPENING, 'enforcement-report'],
    ['a half year\'s report', '某局2021年上半年法治政府建设工作情况报告\n' + OPENING, 'unknown'],
    ['a plan alone', '某局2024年法治政府建设工作要点\n' + OPENING, 'unknown'],
    ['a report on fixing what an inspection found', '某县人民政府关于法治政府建设督察反馈问题整改情况的报告\n' + OPENING, 'unknown'],
    ['news of a meeting held on the report', '区市场监管局召开2023年度法治政府建设工作总结会\n' + OPENING, 'unknown'],
    ['a notice that issues an action plan', '某区人民政府办公室关于印发《某区提升行政执法质量三年行动计划（2024—2026年）》的通知\n' + OPENING, 'unknown'],
    ['a congress\'s opinion on the report', '某市人大常委会关于市人民政府2024年度法治政府建设情况报告的审议意见\n' + OPENING, 'unknown'],
    ['a speech at a meeting', '在全县2025年法治政府建设工作会议上的讲话（摘要）\n' + OPENING, 'unknown'],
    ['a congress\'s questioning', '某区人大常委会关于行政执法工作情况专题询问实录\n' + OPENING, 'unknown'],
    ['the government\'s reply to a congress\'s opinion', '某区人民政府关于区人大常委会对《2023年度法治政府建设情况的报告》审议意见研究处理情况的报告\n' + OPENING, 'fazhi-annual-report'],
    ['a leader\'s report on the duty', '关于2019年度履行推进法治建设第一责任人职责情况的报告\n' + OPENING, 'fazhi-annual-report'],
    ['a leader\'s report on the law', '某市市场监督管理局局长2024年度述法报告\n' + OPENING, 'fazhi-annual-report'],
    ['a leader\'s report on every duty', '某县交通运输局局长2022年度述职述廉述法报告\n' + OPENING, 'unknown'],
    ['the year\'s report with the leader\'s duty', '某局2023年度法治政府建设暨主要负责人履行推进法治建设第一责任人职责情况的报告\n' + OPENING, 'fazhi-annual-report'],
    ['a report with next year\'s plan', '某局2023年法治政府建设情况及2024年工作计划\n' + OPENING, 'fazhi-annual-report'],
    ['行政执法 statistics in the title', '某局2022年行政执法年度数据统计公示\n' + OPENING, 'enforcement-report'],
    ['the 现将…报告如下 clause', '2022年，我市依法行政水平提升，法治建设有力。现将全市2022年行政执法工作情况报告如下：\n一、基本情况', 'enforcement-report'],
    ['body words when there is no title', '本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n' + OPENING, 'info-disclosure-annual-report'],
    ['nothing known', '近几年来，某区政府共收到行政复议申请16件，立案受理15件。', 'unknown'],
    ['a title that names another kind of account, whatever the body says of law', '某县卫生健康局2023年工作总结\n一、主要工作\n深入推进法治政府建设，依法行政水平提升。' + OPENING, 'unknown'],
  ])('%s', (_name, text, genre) => {
    expect(doc(text).genre).toBe(genre);
  });

  it('warns when the genre is unknown', () => {
    expect(structure(normalise('近几年来，某区政府共收到行政复议申请16件。')).warnings.map((w) => w.code)).toEqual(['genre-unknown']);
  });
});
