import { describe, expect, it } from 'vitest';
import type { ChromeKind } from '../../src/normalise/chrome.js';
import { normalise } from '../../src/normalise/normalise.js';

const BODY = '2024年，本局坚持依法行政，全年办理行政许可5650件，各项工作取得新成效。';

const chromeLines: Array<[string, ChromeKind]> = [
  ['登录   注册', 'navigation'],
  ['当前位置:首页>政务公开>法治政府建设 返回首页', 'navigation'],
  ['您当前的位置: 首页>政务公开>年度报告', 'navigation'],
  ['首页 > 新闻 > 正文', 'navigation'],
  ['某县人民政府网', 'navigation'],
  ['某市人民政府门户网站 >> 信息公开', 'navigation'],
  ['政务公开 › 法治政府建设 › 年度报告', 'navigation'],
  ['某市人民政府门户网站 | 政务公开 | 部门文件', 'navigation'],
  ['网站首页 | 网上办事', 'navigation'],
  ['时效\t有效\t公开方式\t主动公开', 'field'],
  ['某市生态环境局门户网站', 'navigation'],
  ['发布时间:2026-01-29     信息发布人:某区卫健局', 'field'],
  ['时间: 2022-01-18 10:05', 'field'],
  ['[ 索引号 ] 11500000MB1553803Q/2023-00299 [ 发文字号 ]', 'field'],
  ['索 引 号:QZ08112-0100-2026-00001', 'field'],
  ['发布机构:某县交通运输局', 'field'],
  ['名　　称：某区税务局2022年度行政执法数据统计年报', 'field'],
  ['某区交通运输局 2024-01-20 浏览次数：123', 'field'],
  ['【字体：大 中 小】 2024-01-20', 'field'],
  ['2024年01月15日 10:20 来源：某区交通运输局', 'field'],
  ['2024-01-15 作者：张三', 'field'],
  ['  • 2021-01-29', 'field'],
  ['【打印】【关闭】', 'toolbar'],
  ['分享到:', 'toolbar'],
  ['微信图片_20220125092049.jpg', 'toolbar'],
  ['编辑:张三', 'toolbar'],
  ['初审:    复审:    终审:', 'footer'],
  ['青府报〔2020〕4号                          签发人：刘某某', 'field'],
  ['签发人：刘某某', 'field'],
  ['（此件公开发布）', 'field'],
  ['抄送：市依法治市办，市司法局。', 'footer'],
  ['某县人民政府办公室                    2020年1月21日印发', 'footer'],
  ['- 12 -', 'furniture'],
  ['第 3 页 共 10 页', 'furniture'],
  ['第3页，共10页', 'furniture'],
  ['第3页/共10页', 'furniture'],
  ['真人电子游艺平台', 'spam'],
  ['《年度统计表.docx》由会员分享,可在线阅读', 'docshare'],
];

describe('chrome lines', () => {
  it.each(chromeLines)('%s is %s', (line, kind) => {
    const norm = normalise(`${line}\n${BODY}`);
    expect(norm.text).toBe(BODY);
    expect(norm.chrome.map((c) => c.kind)).toEqual([kind]);
  });

  it.each([
    ['a heading', '一、主要举措和成效'],
    ['a sentence about time', '全年共用时间3个月，完成整改。'],
    ['a sentence naming a source', '来源于群众举报的线索12条，均已核查。'],
    ['a bulleted sentence', '● 全年办理行政复议案件35件，行政诉讼案件20件。'],
    ['a bulleted short line of a figure', '■网上信访：134件'],
    ['a bulleted short line of a rate', '■负责人出庭应诉率：100%'],
    ['a line about an author', '作者单位开展普法宣传3次。'],
    ['a dated sentence about a source', '2024年1月15日召开会议，来源于群众举报的线索12条。'],
    ['a signature', '某县人民政府办公室'],
    ['a heading on the internet', '推进互联网+政务服务'],
  ])('keeps %s', (_name, line) => {
    expect(normalise(`${line}\n${BODY}`).chrome).toEqual([]);
    expect(normalise(`${BODY}\n${line}`).chrome).toEqual([]);
  });

  it('keeps a bulleted caption over its figure, a card of the report', () => {
    expect(normalise(`${BODY}\n●一般程序案件\n2,037件\n●罚款总金额\n1,126.9万元`).chrome).toEqual([]);
    expect(normalise(`${BODY}\n●南湖区融媒体中心\n●2025-01-30`).chrome.map((c) => c.kind)).toEqual(['field', 'field']);
  });

  it('takes links to other pages under the report, a title and a date, for chrome, but not a signature', () => {
    const links = ['· 2023年行政处罚案件信息公开（共256件） 2024-01-12', '关于印发检查计划的通知（检查企业120家） 2023-03-01'];
    expect(normalise([BODY, ...links].join('\n')).chrome.map((c) => c.kind)).toEqual(['navigation', 'navigation']);
    expect(normalise(`${BODY}\n某某区卫生健康局 2024-01-15`).chrome).toEqual([]);
    const listed = normalise([BODY, '相关文件：', '2023年度行政复议案件统计（共15件）', '关于印发检查计划的通知'].join('\n'));
    expect(listed.chrome.map((c) => c.kind)).toEqual(['toolbar', 'navigation', 'navigation']);
  });

  it('takes a post\'s list of earlier posts for chrome, titles with a comma too, and its buttons', () => {
    const post = normalise([BODY, '往期回顾', '▶ 我县查处一起非法行医案件，罚款5万元', '03 我市去年新收行政复议申请2146件', '在看 | 点赞 | 分享', '阅读原文'].join('\n'));
    expect(post.chrome.map((c) => c.kind)).toEqual(['toolbar', 'navigation', 'navigation', 'navigation', 'navigation']);
    expect(normalise(`${BODY}\n阅读原文`).chrome.map((c) => c.kind)).toEqual(['toolbar']);
  });

  it('takes readers\' comments under the report and the replies to them for chrome, to the page\'s end', () => {
    const page = normalise([BODY, '网友留言（共2条）', '游客　2024-01-22 14:05', '我们村旁边的违建举报了2件，到现在还没有处理。', '【回复】某镇人民政府　2024-01-24', '您好，您反映的问题已转镇综合行政执法队现场核查。'].join('\n'));
    expect(page.text).toBe(BODY);
    expect(page.chrome.map((c) => c.kind)).toEqual(['comments', 'comments', 'comments', 'comments', 'comments']);
  });

  it('keeps a table row after the report has started', () => {
    expect(normalise(`${BODY}\n申请数量 | 受理数量 | 许可数量`).chrome).toEqual([]);
  });

  it('reads a label alone on its line with the value below', () => {
    const norm = normalise(`某镇人民政府关于2025年法治政府建设情况的报告\n发布时间:\n2026-03-04\n来源:\n某镇人民政府\n${BODY}`);
    expect(norm.chrome.map((c) => [c.label, c.text])).toEqual([
      [null, '发布时间：'],
      ['发布时间', '2026-03-04'],
      [null, '来源：'],
      ['来源', '某镇人民政府'],
    ]);
  });

  it('leaves out a table of contents up to the heading it repeats', () => {
    const norm = normalise(`目 录\n第一部分 数据表\n第二部分 总体情况\n第一部分 数据表\n${BODY}`);
    expect(norm.text).toBe(`第一部分数据表\n${BODY}`);
  });

  it('leaves out contents with dot leaders and page numbers', () => {
    const norm = normalise(`目录\n一、总体情况……………1\n二、存在问题......5\n一、总体情况\n${BODY}`);
    expect(norm.text).toBe(`一、总体情况\n${BODY}`);
  });

  it('removes spam and watermarks inside a sentence', () => {
    const norm = normalise('制定印发工贸必威体育官方网站 重大隐患判定标准。【更多公文素材,微信:abc123】全年检查5次。');
    expect(norm.text).toBe('制定印发工贸重大隐患判定标准。全年检查5次。');
  });

  it('removes overlapping spam and watermark once', () => {
    expect(normalise('全年检查5次【更多素材,微信:必威体育】，结案3件。').text).toBe('全年检查5次，结案3件。');
  });

  it('trusts a pipe breadcrumb only at the head of the page', () => {
    expect(normalise(`信息公开 | 规划计划 | 计划总结 |\n${BODY}`).chrome.map((c) => c.kind)).toEqual(['navigation']);
  });
});
