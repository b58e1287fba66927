import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/normalise.js';
import { structure } from '../../src/structure/structure.js';

/** A paragraph of body text hard-wrapped at `width` characters with blank lines between pieces. */
function pdf(paragraphs: string[], width = 28): string {
  return paragraphs.flatMap((p) => Array.from({ length: Math.ceil(p.length / width) }, (_, i) => p.slice(i * width, (i + 1) * width))).join('\n\n');
}

const BODY_A = '全年召开重大行政执法决定集体讨论会七次，审核案件二十三件，处理各类行政案件三起，制作相关法律文书八十余份，进一步规范了执法行为。';
const BODY_B = '落实行政执法责任制，加大重点领域执法力度，强化行政执法监督，推进严格规范公正文明执法，切实维护群众合法权益，营造良好法治环境。';

describe('paragraphs', () => {
  it('joins hard-wrapped lines with nothing in between', () => {
    const norm = normalise(pdf([BODY_A, BODY_B]));
    expect(norm.wrapped).toBe(true);
    expect(norm.text).toBe(`${BODY_A}\n${BODY_B}`);
  });

  it('takes a short paginated report as hard-wrapped though its headings and short lines are half its lines', () => {
    const title = '某市住房和城乡建设局2023年度行政执法工作报告';
    const wrap = (p: string) => Array.from({ length: Math.ceil(p.length / 30) }, (_, i) => p.slice(i * 30, (i + 1) * 30));
    const lines = [
      title, '一、行政执法基本情况', '（一）行政许可', '全年办理许可事项3428件。', '（二）行政处罚', ...wrap(BODY_A + BODY_B + BODY_A), '（三）行政检查',
      '全年开展检查1240次。', '（四）行政复议', '全年未发生行政复议案件。', '二、存在的问题', '', '1', '', title, ...wrap(BODY_B + BODY_A), '三、下一步工作打算', '推进综合执法改革。',
    ];
    const norm = normalise(lines.join('\n'));
    expect(norm.wrapped).toBe(true);
    const kinds = structure(norm).sections.map((section) => section.kind);
    expect(kinds).toEqual(['measures', 'problems', 'plans']);
  });

  it('takes headings of two clauses as wide as each other for no page cut', () => {
    const headings = ['（一）加强组织领导，压实法治建设责任', '（二）坚持严格执法，维护城市管理秩序', '（三）推行柔性执法，优化法治营商环境', '（四）回应群众关切，提升为民服务水平', '（五）规范权力运行，强化行政执法监督'];
    const lines = ['某区城市管理综合行政执法局2024年法治政府建设年度报告', '一、主要举措', ...headings.flatMap((h) => [h, BODY_A]), '监督电话：0311-86052317', '', '某区城市管理综合行政执法局', '2025年1月15日'];
    const norm = normalise(lines.join('\n'));
    expect(norm.wrapped).toBe(false);
    expect(norm.text.split('\n').slice(-2)).toEqual(['某区城市管理综合行政执法局', '2025年1月15日']);
  });

  it('drops a line of a paginated text extracted twice, at a page break or drawn twice', () => {
    const wrap = (p: string) => Array.from({ length: Math.ceil(p.length / 30) }, (_, i) => p.slice(i * 30, (i + 1) * 30));
    const body = wrap(BODY_A + BODY_B + BODY_A);
    const title = '某市人民政府关于2024年法治政府建设工作情况的报告';
    const lines = [title, '一、主要工作', ...body.slice(0, 3), '- 2 -', title, ...body.slice(2), '二、存在的问题和不足', '二、存在的问题和不足', ...wrap(BODY_B)];
    const norm = normalise(lines.join('\n'));
    expect(norm.wrapped).toBe(true);
    expect(norm.text.split('\n').slice(1)).toEqual(['一、主要工作', BODY_A + BODY_B + BODY_A, '二、存在的问题和不足', BODY_B]);
  });

  it('takes a short document of short lines, each a sentence or a heading, as not hard-wrapped', () => {
    const lines = ['发布机构：某区民政局', '成文日期：2024-01-25', '发布日期：2024-01-30', '一、主要举措及成效', '全年组织会前学法6次，办理行政复议案件2件。', '二、存在的问题和不足', '法治队伍建设仍需加强。', '局党组书记带头学法。', '四、下一步工作打算', '推进依法行政。'];
    const norm = normalise(lines.join('\n'));
    expect(norm.wrapped).toBe(false);
    expect(norm.text.split('\n')).toContain('一、主要举措及成效');
  });

  it('ends a heading as wide as the page at the blank line after it, where blank lines part paragraphs', () => {
    const heading = '二、主要负责人履行推进法治建设第一责任人职责情况';
    // Lines of a paragraph one under the other, a blank line between paragraphs.
    const source = [BODY_A, heading, BODY_B].map((p) => pdf([p], 26).replace(/\n\n/g, '\n')).join('\n\n');
    const norm = normalise(source);
    expect(norm.wrapped).toBe(true);
    expect(norm.text.split('\n')).toEqual([BODY_A, heading, BODY_B]);
  });

  it('joins a full line that the page cut after a semicolon, and keeps a short one apart', () => {
    // 28 characters to the semicolon: the page, not the writer, ended the line there.
    const cut = '被申请人为县政府部门的案件数量为一百四十件，占比为最高；乡镇政府十一件，占受理总数的百分之七。';
    const norm = normalise(pdf([BODY_A, cut, BODY_B]));
    expect(cut.indexOf('；')).toBe(27);
    expect(norm.text).toBe(`${BODY_A}\n${cut}\n${BODY_B}`);
    const items = ['一是加强执法队伍建设；', '二是规范执法程序。'];
    expect(normalise(pdf([BODY_A, ...items, BODY_B])).text.split('\n')).toEqual([BODY_A, ...items, BODY_B]);
  });

  it('ends a heading that fills most of a line where the next line is indented, as paragraphs are in the source', () => {
    const heading = '（一）坚持依法决策，行政决策质量持续提升';
    // Each paragraph's first line indented with full-width spaces, its other lines at the margin.
    const source = [BODY_A, heading, BODY_B].map((p) => `\u3000\u3000${pdf([p], 26).replace(/\n\n/g, '\n')}`).join('\n');
    expect(normalise(source).text.split('\n')).toEqual([BODY_A, heading, BODY_B]);
  });

  it('takes no paragraph for the value of a label alone on its line', () => {
    const norm = normalise(['发布时间：2023-02-22', '分享：', pdf([BODY_A, BODY_B], 30)].join('\n'));
    expect(norm.wrapped).toBe(true);
    expect(norm.text).toBe(`${BODY_A}\n${BODY_B}`);
  });

  it('ends a top heading as wide as the page on the words a part\'s heading ends on, unless the next line joins on', () => {
    const heading = '三、党政主要负责人履行推进法治建设第一责任人职责情况';
    expect(normalise(`${pdf([BODY_A])}\n\n${heading}\n\n${pdf([BODY_B])}`).text.split('\n')).toEqual([BODY_A, heading, BODY_B]);
    const joined = normalise(`${pdf([BODY_A])}\n\n${heading}\n\n及2023年工作安排\n\n${pdf([BODY_B])}`).text.split('\n');
    expect(joined[1]).toBe(`${heading}及2023年工作安排`);
  });

  it('keeps apart the lines of labels and figures under a full labelled line, a quote opening the label', () => {
    const items = ['罚没金额合计：3,128.65万元（上年为2,865.41万元，同比增长9.2%）', '法制审核数量：1,832件', '“双随机”抽查：2,318户次', '跨部门联合抽查：406户次'];
    const norm = normalise([pdf([BODY_A, BODY_B]), ...items].join('\n\n'));
    expect(norm.wrapped).toBe(true);
    expect(norm.text.split('\n')).toEqual([BODY_A, BODY_B, ...items]);
  });

  it('keeps a heading line apart even without punctuation', () => {
    const norm = normalise(pdf(['一、主要工作及成效', BODY_A, '（一）依法行政', BODY_B]));
    expect(norm.text.split('\n')).toEqual(['一、主要工作及成效', BODY_A, '（一）依法行政', BODY_B]);
  });

  it('drops page numbers between the lines of a paragraph', () => {
    const wrapped = pdf([BODY_A, BODY_B]).split('\n\n');
    const source = [...wrapped.slice(0, 1), '', '- 3 -', '', '', ...wrapped.slice(1, 4), '', '第 4 页', '', ...wrapped.slice(4)].join('\n');
    const norm = normalise(source);
    expect(norm.text).toBe(`${BODY_A}\n${BODY_B}`);
    expect(norm.chrome.map((c) => c.kind)).toEqual(['furniture', 'furniture']);
  });

  it('keeps a wrapped title apart from the text after it', () => {
    const title = '某某区综合行政执法局2023年度法治政府建设工作报告';
    const norm = normalise(pdf(['中共某某区委：', BODY_A, title, BODY_B], 30));
    expect(norm.wrapped).toBe(true);
    expect(norm.text.split('\n')).toEqual(['中共某某区委：', BODY_A, title, BODY_B]);
  });

  it('does not let a wrapped chrome line swallow the title below it', () => {
    const title = '某某区交通运输局2025年度法治政府建设情况报告';
    const norm = normalise(pdf(['发文日期: 2026-01-12 发布机构: 某某区交通运输局', title, BODY_A, BODY_B], 30));
    expect(norm.text.split('\n')[0]).toBe(title);
  });

  it('measures a line spaced out letter by letter by its letters, and joins it with the line that goes on from it', () => {
    // Half the page's lines spaced out, as a PDF's justified lines come out: the page is still read as hard-wrapped.
    const spacedOut = (text: string) => pdf([text], 28).split('\n\n').map((line) => [...line].join(' ')).join('\n\n');
    const source = [pdf([BODY_A], 28), spacedOut(BODY_B), pdf([BODY_A], 28), spacedOut(BODY_B)].join('\n\n');
    expect(normalise(source).text.split('\n')).toEqual([BODY_A, BODY_B, BODY_A, BODY_B]);
  });

  it('ends a paragraph at a line laid out in spaces: a number and its signer, a signature date set to the right', () => {
    const head = '某府报〔2024〕3号                          签发人：张某某\n\n某某市人民政府\n关于2023年度法治政府建设情况的报告';
    const end = '                                        某某市人民政府\n                                        2024年2月6日\n附件\n行政检查\n2317\n户';
    const norm = normalise(`${head}\n\n${pdf([BODY_A, BODY_B], 30)}\n\n${end}`);
    const lines = norm.text.split('\n');
    expect(lines[0]).toBe('某某市人民政府');
    expect(lines).toContain('2024年2月6日');
    expect(lines).toContain('附件');
    expect(structure(norm).document.publishedAt).toBe('2024-02-06');
  });

  it('drops the header beside a page number though the page breaks only once, and the sentence goes on over it', () => {
    const title = '某某局2024年法治政府建设情况报告';
    const norm = normalise([title, '全年共办理行政处罚案件21', '- 2 -', title, '6件，罚款3万元。'].join('\n'));
    expect(norm.chrome.map((c) => c.kind)).toEqual(['furniture', 'furniture']);
  });

  it('drops the footnotes, the page number and a header of the title\'s two lines, past a blank line, and the sentence goes on over them', () => {
    const norm = normalise(['某某县市场监督管理局', '2021年度法治政府建设工作报告', '', '全年制定印发规范性文', '——————————', '①三项制度：行政执法公示制度。', '- 2 -', '', '某某县市场监督管理局2021年度法治政府建设工作报告', '件2件。'].join('\n'));
    expect(norm.chrome.map((c) => c.kind)).toEqual(['furniture', 'furniture', 'furniture', 'furniture']);
    expect(norm.text.split('\n').slice(-2)).toEqual(['全年制定印发规范性文', '件2件。']);
  });

  it('drops a header beside a page number that names the body of the title, or that runs over later pages', () => {
    const title = '某某县交通运输局2020年依法行政工作报告';
    const once = normalise([title, '全年共办理行政处罚案件', '第 1 页 共 3 页', '某某县交通运输局', '412起，罚款3万元。'].join('\n'));
    expect(once.chrome.map((c) => c.text)).toEqual(['第1页共3页', '某某县交通运输局']);
    const header = '某某县交通运输局法治办';
    const wrapped = pdf([BODY_A, BODY_B, BODY_A, BODY_B]).split('\n\n');
    const pages = [wrapped.slice(0, 3), wrapped.slice(3, 6), wrapped.slice(6)];
    const source = ['某局2020年工作报告', ...pages.flatMap((page, n) => [...page, `- ${n + 1} -`, header])].join('\n\n');
    const norm = normalise(source);
    expect(norm.text.split('\n')).toEqual(['某局2020年工作报告', BODY_A, BODY_B, BODY_A, BODY_B]);
  });

  it('drops the bullet that opens a line, and keeps a bulleted line of a page\'s metadata as a field', () => {
    const norm = normalise(['  • 某某市城市管理局', '  • 2021-01-29', '● 2022年度法治政府建设工作报告', '■一、主要工作', '★全年查处案件12件。'].join('\n'));
    expect(norm.text.split('\n')).toEqual(['2022年度法治政府建设工作报告', '一、主要工作', '全年查处案件12件。']);
    expect(norm.chrome.map((c) => [c.kind, c.text])).toEqual([['field', '某某市城市管理局'], ['field', '2021-01-29']]);
  });

  it('keeps a short bulleted line after the report has started: a heading of the post, no metadata', () => {
    const source = ['某镇2022年度法治政府建设情况的报告', '● 2023-02-10', '全年法治政府建设各项工作取得新进展，现将有关情况报告如下。', '● 依法科学决策', '🔸 “三重一大”事项集体决策', '73项'].join('\n');
    const norm = normalise(source);
    expect(norm.text.split('\n').slice(2)).toEqual(['依法科学决策', '“三重一大”事项集体决策', '73项']);
    expect(norm.chrome.map((c) => [c.kind, c.text])).toEqual([['field', '2023-02-10']]);
  });

  it('passes over emoji, in titles too', () => {
    const source = '📌某市卫生健康局2024年法治政府建设🔹年度报告\n🔹一、主要工作\n全年查处案件12件。';
    expect(normalise(source).text).toBe('某市卫生健康局2024年法治政府建设年度报告\n一、主要工作\n全年查处案件12件。');
    expect(structure(normalise(source)).document.title).toBe('某市卫生健康局2024年法治政府建设年度报告');
  });

  it('keeps the space between a heading\'s number and the year after it', () => {
    expect(normalise('1. 2024 年法治政府建设主要工作\n罚款1. 5万元').text).toBe('1. 2024年法治政府建设主要工作\n罚款1.5万元');
  });

  it('ends lines at the Unicode line and paragraph separators', () => {
    expect(normalise('一、主要成效\u2028全年办理案件12件。\u2029二、存在问题').text.split('\n')).toEqual(['一、主要成效', '全年办理案件12件。', '二、存在问题']);
  });

  it('drops a running header repeated page after page, but not its first line', () => {
    const header = '某某局2024年法治政府建设情况报告';
    const wrapped = pdf([BODY_A, BODY_B, BODY_A, BODY_B]).split('\n\n');
    const source = [header, ...wrapped.slice(0, 4), header, ...wrapped.slice(4, 7), header, ...wrapped.slice(7)].join('\n\n');
    const norm = normalise(source);
    expect(norm.text.split('\n')).toEqual([header, BODY_A, BODY_B, BODY_A, BODY_B]);
  });

  it('takes no running header from the body\'s name that heads the text, heads its title and signs it', () => {
    const body = '某镇人民政府';
    const source = [body, '某政报〔2023〕2号', body, '2022年度法治政府建设情况报告', pdf([BODY_A, BODY_B, BODY_A, BODY_B]), body, '2023年1月16日'].join('\n\n');
    expect(normalise(source).chrome.filter((c) => c.kind === 'furniture')).toEqual([]);
  });

  it('takes no running header from the body\'s name that signs the text before the appendices after it', () => {
    const body = '某镇人民政府';
    const more = [
      '组织开展执法案卷评查两次，抽查案卷一百二十卷，发现问题十八个，均已督促整改到位，执法质量稳步提升。',
      '坚持把矛盾纠纷化解在基层，健全镇村两级调解组织网络，全年排查调处各类矛盾纠纷，维护社会和谐稳定，群众满意度持续提高。',
      '深入开展法治宣传教育，结合民法典宣传月等节点组织送法下乡活动，发放宣传资料，提升群众尊法学法守法用法意识。',
    ];
    const appendix = ['附件', '2022年度主要执法数据统计表', '行政处罚案件          35件', '行政许可              120件', '行政检查              86次', '投诉举报              42件', '行政复议              2件'];
    const source = [body, '某政报〔2023〕2号', body, '2022年度法治政府建设情况报告', pdf([BODY_A, BODY_B]), '— 1 —', pdf(more), body, '2023年1月16日', '— 2 —', ...appendix].join('\n\n');
    const norm = normalise(source);
    expect(norm.wrapped).toBe(true);
    expect(norm.chrome.filter((c) => c.kind === 'furniture').map((c) => c.text)).toEqual(['—1—', '—2—']);
  });

  it('takes no running header from lines alike in length, ends and middle but not in text', () => {
    const headers = ['某某局2024年法治政府建设情况报告', '某某县2024年法治政府建设情况报告', '某某市2024年法治政府建设情况报告'];
    const wrapped = pdf([BODY_A, BODY_B, BODY_A, BODY_B]).split('\n\n');
    const source = [headers[0], ...wrapped.slice(0, 4), headers[1], ...wrapped.slice(4, 7), headers[2], ...wrapped.slice(7)].join('\n\n');
    expect(normalise(source).chrome.filter((c) => c.kind === 'furniture')).toEqual([]);
  });

  it('keeps every line of a web page as its own paragraph', () => {
    const norm = normalise('一、主要举措和成效\n强化组织领导，压实法治建设责任\n' + BODY_A);
    expect(norm.wrapped).toBe(false);
    expect(norm.text.split('\n')).toHaveLength(3);
  });

  it('keeps a lone number in a web page (a table cell)', () => {
    expect(normalise('申请数量\n2207\n受理数量\n2207').text).toBe('申请数量\n2207\n受理数量\n2207');
  });

  it('cuts a run-on web line before an inline heading', () => {
    const norm = normalise('现将有关情况报告如下。 一、主要举措和成效 （一）推进政务服务。全年办理业务5650件。');
    expect(norm.text.split('\n')).toEqual(['现将有关情况报告如下。', '一、主要举措和成效', '（一）推进政务服务。全年办理业务5650件。']);
  });

  it('does not cut before 一、 inside running text', () => {
    expect(normalise('全年开展 一、二季度检查共5次').text).toBe('全年开展一、二季度检查共5次');
  });

  it('reads CRLF and CR line ends', () => {
    expect(normalise('第一段。\r\n第二段。\r第三段。').text).toBe('第一段。\n第二段。\n第三段。');
  });
});
