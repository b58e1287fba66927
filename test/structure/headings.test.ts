import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/normalise.js';
import type { SectionDraft } from '../../src/pipeline.js';
import { structure } from '../../src/structure/structure.js';

const BODY = '全年办理行政许可5650件，各项工作取得新成效。';

function flat(sections: SectionDraft[]): SectionDraft[] {
  return sections.flatMap((s) => [s, ...flat(s.children)]);
}

function headingsOf(text: string): Array<[string, string, number]> {
  return flat(structure(normalise(text)).sections).map((s) => [s.marker, s.title, s.level]);
}

/** The top-level sections of a text, by title and kind. */
function partsOf(text: string): Array<[string, string]> {
  return structure(normalise(text)).sections.map((s) => [s.title, s.kind]);
}

describe('heading markers', () => {
  it.each([
    ['一、', '一、主要举措和成效', ['一、', '主要举措和成效']],
    ['（一）', '（一）依法行政', ['（一）', '依法行政']],
    ['(一) half-width', '(一)依法行政', ['(一)', '依法行政']],
    ['（三 ） with a stray space', '（三 ）政务服务', ['（三 ）', '政务服务']],
    ['1.', '1.加强审查', ['1.', '加强审查']],
    ['1、', '1、落实改革', ['1、', '落实改革']],
    ['1) from a Word file\'s numbering', '1)\t严格规范执法', ['1)', '严格规范执法']],
    ['（1）', '（1）规范执法', ['（1）', '规范执法']],
    ['第一部分', '第一部分 数据表', ['第一部分', '数据表']],
    ['第二章', '第二章 总体情况', ['第二章', '总体情况']],
    ['第一、 as a part\'s number', '第一、2021年度推进法治政府建设的主要举措和成效', ['第一、', '2021年度推进法治政府建设的主要举措和成效']],
    ['一． full-width point', '一．总体情况', ['一．', '总体情况']],
    ['（一）、 with a stray comma', '（一）、加强领导', ['（一）', '加强领导']],
    ['【一】 in a post', '【一】主要举措和成效', ['【一】', '主要举措和成效']],
    ['一、： with two stray marks', '一、：总体情况', ['一、', '总体情况']],
    ['a title ending in a colon', '（二）主要做法：全年开展检查12次。', ['（二）', '主要做法']],
    ['Markdown bold around it', '**一、主要举措和成效**', ['一、', '主要举措和成效']],
    ['run into its first part\'s marker by a page', '一、行政执法基本情况（一）执法检查情况。全年共检查企业2,017家次。', ['一、', '行政执法基本情况']],
    ['run into its first item by a page', '五、存在的问题和下一步打算一是执法力量与监管任务不匹配，人均监管企业超过60家。', ['五、', '存在的问题和下一步打算']],
    ['a Markdown heading', '## 二、存在的问题', ['二、', '存在的问题']],
    ['a post\'s 01 before the words', '01 主要举措和成效', ['01', '主要举措和成效']],
    ['a post\'s 03 before a year', '03 2025年工作打算', ['03', '2025年工作打算']],
    ['a card\'s 01 and its bar', '01 ▏主要举措和成效', ['01', '主要举措和成效']],
  ])('%s', (_name, line, [marker, title]) => {
    const [first] = headingsOf(`${line}\n${BODY}`);
    expect(first?.[0]).toBe(marker);
    expect(first?.[1]).toBe(title);
  });

  it('takes a post\'s 01, 02 alone on their lines for its parts, not its bulleted heads within them, nor a month', () => {
    const text = ['某局2024年法治政府建设年度报告', '01', '主要举措和成效', '🔹规范执法行为', BODY, '🔹提升审批效能', BODY, '02', '存在的问题', '执法队伍年轻化、专业化程度还需提升。', '05月，开展专项检查。', '02宗，按时办结率99.5%。'].join('\n');
    expect(structure(normalise(text)).sections.map((s) => [s.marker, s.title, s.kind, s.children.length])).toEqual([
      ['01', '主要举措和成效', 'measures', 0],
      ['02', '存在的问题', 'problems', 0],
    ]);
  });

  it('takes the first sentence of a paragraph as the title', () => {
    expect(headingsOf('（一）依法行政能力显著提升。严格落实行政决策法定程序，审核案件23件。')[0]?.[1]).toBe('依法行政能力显著提升');
  });

  it('cuts a long first sentence at its first comma', () => {
    const line = `1.加强重大行政决策合法性审查工作，${'把公众参与、专家论证、风险评估、合法性审查确定为法定程序'.repeat(2)}。`;
    expect(headingsOf(line)[0]?.[1]).toBe('加强重大行政决策合法性审查工作');
  });

  it.each([
    ['一是 inside a paragraph', '一是积极开展整治。二是持续优化营商环境。'],
    ['1. inside running text', `开展检查，其中1.5万元为罚款。${BODY}`],
    ['a date like 4.25', '4.25世界知识产权日开展宣传活动3场。'],
    ['a number like 12.4', '12.4国家宪法日开展普法宣传。'],
    ['a year', '2024.全年办理案件12件。'],
    ['the first of numbers listed', '三、四季度开展“回头看”，检查企业326家次。'],
    ['the first of levels listed', '一、二级风险企业检查全覆盖。'],
    ['the first of quarters listed after 第', '第一、二季度开展“回头看”，检查企业326家次。'],
  ])('is not a heading: %s', (_name, line) => {
    expect(headingsOf(`${line}\n${BODY}`)).toEqual([]);
  });
});

describe('the section tree', () => {
  it('nests by marker family, whatever the indentation', () => {
    const text = ['一、主要工作', '（一）依法行政', '1.加强审查', '    （二）规范执法', '二、存在的问题', '（一）队伍不足'].join('\n');
    expect(headingsOf(text).map(([m, , level]) => [m.trim(), level])).toEqual([
      ['一、', 1],
      ['（一）', 2],
      ['1.', 3],
      ['（二）', 2],
      ['二、', 1],
      ['（一）', 2],
    ]);
  });

  it('opens one section for a heading a copied page says twice in a row, and two for a heading said again later', () => {
    expect(partsOf(`一、主要工作\n${BODY}\n二、存在问题\n二、存在问题\n${BODY}\n三、下一步计划\n${BODY}`).map(([title]) => title)).toEqual(['主要工作', '存在问题', '下一步计划']);
    expect(partsOf(`一、主要工作\n${BODY}\n（一）依法行政\n${BODY}\n二、主要工作\n${BODY}`).map(([title]) => title)).toEqual(['主要工作', '主要工作']);
  });

  it('takes the next line as the words of a marker alone on its line', () => {
    expect(headingsOf('一、主要工作\n' + BODY + '\n二、\n存在的不足和原因\n' + BODY + '\n（五）\n依法化解矛盾纠纷\n' + BODY)).toEqual([
      ['一、', '主要工作', 1],
      ['二、', '存在的不足和原因', 1],
      ['（五）', '依法化解矛盾纠纷', 2],
    ]);
  });

  it('opens no section at a table row whose cells are set apart by spaces or tabs', () => {
    expect(headingsOf('三、收到和处理申请情况\n一、本年新收申请数量\t25\t1\t26\n四、结转下年度继续办理\t1\t0\t1\n四、行政复议、行政诉讼情况\n' + BODY)).toEqual([
      ['三、', '收到和处理申请情况', 1],
      ['四、', '行政复议、行政诉讼情况', 1],
    ]);
  });

  it('opens a section at a heading whose words end in a year (一、数读2024), no table row', () => {
    expect(headingsOf(['一、数读2024', '卫生行政处罚案件｜2024年 87件', '二、主要做法和成效', BODY].join('\n')).map(([marker]) => marker)).toEqual(['一、', '二、']);
  });

  it.each([
    ['a tab', '\t'],
    ['spaces', '          '],
    ['a line break', '\n'],
  ])('opens no section at a table row of one number set apart by %s', (_name, apart) => {
    const text = ['三、收到和处理政府信息公开申请情况', `一、本年新收政府信息公开申请数量${apart}5`, `二、上年结转政府信息公开申请数量${apart}0`, '四、政府信息公开行政复议、行政诉讼情况', BODY].join('\n');
    expect(headingsOf(text).map(([marker]) => marker)).toEqual(['三、', '四、']);
  });

  it.each([
    ['in a figure', '收到行政复议申请1\n2件。'],
    ['after a space', '培训执法人员3 \n100余人次。'],
    ['before its unit', '来信10\n42件。'],
  ])('keeps a heading whose text runs on, cut by the line\'s end %s', (_name, cut) => {
    const text = ['一、主要工作', '（一）加强执法。' + BODY, '（二）化解纠纷。全年' + cut, '（三）强化监督。' + BODY].join('\n');
    expect(headingsOf(text).map(([marker]) => marker)).toEqual(['一、', '（一）', '（二）', '（三）']);
  });

  it('takes the fields of work after the part on the leader\'s duty, in an unmarked outline', () => {
    const opening = '2022年，县市场监管局在县委、县政府的坚强领导下，深入推进法治建设，各项工作取得明显成效。现将有关情况报告如下。';
    const text = ['某县市场监督管理局2022年度法治政府建设工作报告', opening, '主要负责人切实履行法治建设第一责任人职责', '局主要负责人将法治建设与业务工作同部署、同推进、同考核，全年专题研究法治工作4次。', '严格规范公正文明执法', '全年立案查处各类违法案件316件，结案298件，罚没款612.35万元，各项执法工作规范有序。', '畅通投诉举报渠道', '依托全国12315平台受理消费者投诉举报4126件，为消费者挽回经济损失286万元。', '存在的问题', '执法人员专业化水平与新兴领域监管需要存在差距，执法力量仍显不足。', '2023年工作思路', '聚焦平台经济、食品安全等重点领域执法，持续提升执法办案水平和质效。'].join('\n');
    expect(partsOf(text)).toEqual([
      ['主要负责人切实履行法治建设第一责任人职责', 'leadership'],
      ['严格规范公正文明执法', 'measures'],
      ['畅通投诉举报渠道', 'measures'],
      ['存在的问题', 'problems'],
      ['2023年工作思路', 'plans'],
    ]);
  });

  it('nests the fields of work under the part on the work done, and takes no figure on its own line for a field', () => {
    const opening = '2024年，某县市场监督管理局坚持以习近平法治思想为指导，推动市场监管各项工作在法治轨道上运行。';
    const text = ['县市场监管局2024年度法治政府建设工作报告', opening, '2024年主要工作成效', '包容审慎监管', '减免罚款金额', '58.6万元', '局法制科全年审核重大执法决定63件，组织听证2次，各项执法决定均经法制审核。', '监管服务', '办理食品、药品、特种设备等行政许可3127件，按时办结率100%，服务对象满意度持续提升。', '主要负责人履职情况', '局主要负责人坚持“四个亲自”，全年主持召开法治专题会议4次，带头旁听庭审1次。', '存在不足', '新业态新领域执法办案能力有待提升，执法人员专业素质有待进一步提高。', '2025年工作计划', '全年查办案件不少于550件，持续提升执法办案水平和质效，推进法治市场监管建设。'].join('\n');
    const sections = structure(normalise(text)).sections;
    expect(sections.map((s) => [s.title, s.kind, s.children.map((c) => c.title)])).toEqual([
      ['2024年主要工作成效', 'measures', ['监管服务']],
      ['主要负责人履职情况', 'leadership', []],
      ['存在不足', 'problems', []],
      ['2025年工作计划', 'plans', []],
    ]);
  });

  it('keeps the last heading of a part before a post\'s next part, numbered alone on its line', () => {
    const text = ['01', '主要举措和成效', '（一）依法履职。' + BODY, '（二）普法宣传。' + BODY, '', '02', '存在的不足', '执法力量薄弱，执法人员专业素质有待进一步提高。'].join('\n');
    expect(headingsOf(text).map(([marker]) => marker)).toEqual(['01', '（一）', '（二）', '02']);
  });

  it('ranks numerals in 【】 that first come under a plain 一、 below it', () => {
    const opening = '2023年，镇党委、镇政府坚持依法行政，现将有关情况报告如下。';
    const text = ['某镇2023年法治政府建设工作报告', opening, '一、主要举措和成效', '【一】强化组织领导', BODY, '【二】深化综合执法', BODY, '二、存在的问题', '执法力量薄弱，执法人员专业素质有待进一步提高。'].join('\n');
    expect(partsOf(text)).toEqual([
      ['主要举措和成效', 'measures'],
      ['存在的问题', 'problems'],
    ]);
    // Alone, or first, they head the parts.
    expect(partsOf(text.replace('一、主要举措和成效\n', '')).map(([title]) => title)).toEqual(['强化组织领导', '深化综合执法', '存在的问题']);
  });

  it('ranks parts in 【】 over the numbered headings they stand around', () => {
    const opening = '2020年，我局坚持依法行政，各项工作有序推进。现将有关情况报告如下。';
    const text = ['某县交通运输局2020年法治政府建设工作报告', opening, '【主要做法】', '一、健全执法制度体系。' + BODY, '二、加大路面执法力度。' + BODY, '【存在问题】', '执法力量薄弱，执法人员专业素质有待进一步提高。', '【下一步工作】', '加强培训，提升执法水平，推进严格规范公正文明执法。'].join('\n');
    expect(partsOf(text)).toEqual([
      ['主要做法', 'measures'],
      ['存在问题', 'problems'],
      ['下一步工作', 'plans'],
    ]);
    // Numbered parts with no 【】 part after them stand first.
    expect(partsOf(text.split('\n【存在问题】')[0] ?? '').map(([title]) => title)).toEqual(['健全执法制度体系', '加大路面执法力度']);
  });

  it('takes the lines that head the fields of work in an unmarked outline, and words in 【】, as its sections', () => {
    const opening = '2017年，我局在市委、市政府的正确领导下，坚持依法治安、依法监管，全市安全生产形势保持总体稳定。现将有关情况报告如下。';
    const text = ['某局2017年法治政府建设工作情况报告', opening, '强化组织领导，法治建设责任进一步压实', '局党组始终把法治建设摆在重要位置，年初召开党组会专题研究部署依法行政工作。', '【严格依法审批,优化行政服务】', '严格落实行政许可制度，全年共办理许可218件，均在法定时限内办结。', '存在的问题和不足', '执法力量薄弱，执法人员专业素质有待进一步提高。', '2018年工作打算', '加强培训，提升执法水平，推进严格规范公正文明执法。'].join('\n');
    expect(partsOf(text)).toEqual([
      ['强化组织领导，法治建设责任进一步压实', 'measures'],
      ['严格依法审批,优化行政服务', 'measures'],
      ['存在的问题和不足', 'problems'],
      ['2018年工作打算', 'plans'],
    ]);
  });

  it('takes one part named alone in 【】 after fields of the work done in 【】 for an outline, its title out of the brackets', () => {
    const opening = '2015年，我局在县委、县政府的正确领导下，认真贯彻落实依法行政各项要求，现将有关情况报告如下。';
    const text = ['某县工商行政管理局2015年依法行政工作报告', opening, '【加强市场监管执法，维护市场秩序】', '全年共立案查处各类经济违法案件312件，罚没款186.5万元，均依法送达。', '【规范执法程序，强化内部监督】', '严格执行重大案件集体讨论制度，全年集体讨论重大案件18件，无一被撤销。', '【存在问题和下一步打算】', '一是执法力量不足，二是执法装备落后。2016年，我局将继续加强执法人员培训。'].join('\n');
    expect(partsOf(text)).toEqual([
      ['加强市场监管执法，维护市场秩序', 'measures'],
      ['规范执法程序，强化内部监督', 'measures'],
      ['存在问题和下一步打算', 'problems'],
    ]);
    // One line that names a part, and no field of work before it, is no outline.
    expect(structure(normalise([text.split('\n').slice(0, 2), '【存在问题和下一步打算】', '一是执法力量不足，二是执法装备落后，三是执法人员培训有待加强。'].flat().join('\n'))).sections).toEqual([]);
  });

  it.each([
    ['a profile of the place and the body', '石溪乡地处县境东南，辖13个行政村、1个居委会，总人口2.6万人。乡司法所配备专职工作人员4名。', 'other'],
    ['a profile of the things overseen', '截至2020年12月31日，全市共有特种设备使用单位3,862家，在用特种设备2.67万台（套）。', 'other'],
    ['the year\'s work after a profile', '三台县司法局内设机构7个，下辖司法所63个。2024年，全年办理行政复议案件186件。', 'measures'],
    ['the year\'s figures alone', BODY, 'measures'],
  ])('takes a section of particulars (一、基本情况) that is %s as %s', (_, body, kind) => {
    const text = ['某县2020年法治政府建设情况报告', '一、基本情况', body, '二、主要工作及成效', BODY, '三、存在的问题', '一是执法力量不足。'].join('\n');
    expect(structure(normalise(text)).sections.map((s) => s.kind)).toEqual([kind, 'measures', 'problems']);
  });

  it('takes a heading on the work done named by how it went (工作开展情况) as a part of an unmarked outline', () => {
    const text = ['某县人民政府关于2019年度法治政府建设情况的报告', '2019年法治政府建设工作开展情况', '严格规范公正文明执法。' + BODY, '存在的问题', '一是基层执法力量薄弱。', '2020年工作打算', '一是继续深化改革。'].join('\n');
    expect(structure(normalise(text)).sections.map((s) => s.kind)).toEqual(['measures', 'problems', 'plans']);
  });

  it('takes items of an enumeration alone on their lines over running text (一是…, 二是…) as the parts, in order from 一是', () => {
    const lines = ['一是强化组织领导，压紧压实法治建设责任', BODY + BODY, '二是规范行政行为，推进严格规范公正文明执法', BODY + BODY, '三是正视问题短板，明确下步努力方向', '当前我镇法治政府建设仍存在一些薄弱环节，基层执法人员法律素养参差不齐，执法装备有待改善。'];
    const text = ['某镇人民政府关于2022年度法治政府建设情况的报告', ...lines].join('\n');
    expect(headingsOf(text).map(([marker, , level]) => [marker, level])).toEqual([['一是', 1], ['二是', 1], ['三是', 1]]);
    expect(partsOf(text).map(([, kind]) => kind)).toEqual(['measures', 'measures', 'problems']);
    // Not two items alone, nor items out of order, nor items with their sentence run on.
    expect(headingsOf(['某镇2022年报告', ...lines.slice(0, 4)].join('\n'))).toEqual([]);
    expect(headingsOf(['某镇2022年报告', ...lines.slice(2, 6), ...lines.slice(0, 2)].join('\n'))).toEqual([]);
    expect(headingsOf(['某镇2022年报告', '一是强化组织领导。' + BODY, '二是规范行政行为。' + BODY, '三是正视问题短板。' + BODY].join('\n'))).toEqual([]);
  });

  it('takes bulleted lines that name the report\'s parts (■ 存在的问题) as the parts of an unmarked outline', () => {
    const text = ['某街道2024年法治政府建设情况报告', '■ 一年来主要工作及成效', BODY, '■ 存在的问题', '一是执法队伍专业力量不足。', '■ 2025年工作思路', '一是加强执法队伍建设。'].join('\n');
    expect(structure(normalise(text)).sections.map((s) => s.kind)).toEqual(['measures', 'problems', 'plans']);
  });

  it('opens no section at a row that heads more rows of a table, numbered on from the rows before it', () => {
    const text = ['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', '5', '二、上年结转政府信息公开申请数量', '0', '三、本年度办理结果', '（一）予以公开', '3', '四、政府信息公开行政复议、行政诉讼情况', BODY].join('\n');
    expect(headingsOf(text).map(([marker]) => marker)).toEqual(['三、', '四、']);
  });

  it('takes a heading followed by a page number alone, then its text, as a heading', () => {
    const text = ['一、主要工作', '2', '全年办理行政复议案件12件，行政诉讼案件3件，各项工作取得新成效。', '二、存在问题', BODY].join('\n');
    expect(headingsOf(text).map(([marker]) => marker)).toEqual(['一、', '二、']);
  });

  it('opens no section at a circled number that runs on into the next one in its line', () => {
    const text = ['一、主要工作', BODY, '①其中违法建设类112件、市容环境类97件；②开展抽查42次。', '二、存在问题', BODY].join('\n');
    expect(headingsOf(text).map(([marker]) => marker)).toEqual(['一、', '二、']);
    expect(headingsOf(['一、主要工作', BODY, '①执法办案', BODY].join('\n')).map(([marker]) => marker)).toEqual(['一、', '①']);
  });

  it('opens no section at a table row whose first cell is numbered', () => {
    const text = ['三、办理情况', '一、本年新收政府信息公开申请数量|3', '二、上年结转政府信息公开申请数量|0', '四、其他'].join('\n');
    expect(headingsOf(text).map(([marker]) => marker)).toEqual(['三、', '四、']);
  });

  it('takes lines that name the report\'s parts as its sections where they have no markers', () => {
    const text = ['某局2024年法治政府建设年度报告', BODY, '2024年推进法治政府建设的主要举措和成效', '（一）做优行政复议。' + BODY, '（二）做实人民调解。' + BODY, '存在的不足和原因', '一是力量不足；二是宣传不够。', '2025年推进法治政府建设的主要安排：', '（一）深化改革。' + BODY].join('\n');
    const sections = structure(normalise(text)).sections;
    expect(sections.map((s) => [s.marker, s.title, s.kind, s.children.length])).toEqual([
      ['', '2024年推进法治政府建设的主要举措和成效', 'measures', 2],
      ['', '存在的不足和原因', 'problems', 0],
      ['', '2025年推进法治政府建设的主要安排', 'plans', 1],
    ]);
  });

  it('takes an unmarked line that names the year\'s data as a part, over lines of labels and figures, and no such line over text', () => {
    const text = ['某乡人民政府2024年法治政府建设年度报告', BODY, '一年来的主要工作和成效', '（一）学法用法。' + BODY, '二〇二四年主要法治工作数据', '会前学法：8次', '行政处罚案件：7件', '存在的不足', '一是力量不足。', '2025年工作打算', BODY].join('\n');
    expect(structure(normalise(text)).sections.map((s) => [s.title, s.kind])).toEqual([
      ['一年来的主要工作和成效', 'measures'], ['二〇二四年主要法治工作数据', 'other'], ['存在的不足', 'problems'], ['2025年工作打算', 'plans'],
    ]);
    const prose = ['某乡人民政府2024年法治政府建设年度报告', BODY, '一年来的主要工作和成效', BODY, '主要数据统计', BODY, '存在的不足', '一是力量不足。'].join('\n');
    expect(structure(normalise(prose)).sections.map((s) => s.kind)).toEqual(['measures', 'problems']);
  });

  it('takes no unmarked line as a section where the parts have markers, or where it stands alone', () => {
    expect(headingsOf(['一、主要工作', BODY, '存在的不足和原因', BODY, '二、下一步工作', BODY].join('\n')).map((h) => h[1])).toEqual(['主要工作', '下一步工作']);
    expect(headingsOf(['某局2024年法治政府建设年度报告', BODY, '存在的不足和原因', BODY, '（一）加强学习', BODY].join('\n')).map((h) => h[1])).toEqual(['加强学习']);
  });

  it('reads the parts of a Word file numbered 1. 2. 3., a year after the number, as its sections', () => {
    const text = ['某局2024年法治政府建设工作报告', '1. 2024 年法治政府建设主要工作及成效', BODY, '2. 存在的问题', '一是力量不足。', '3. 2025年工作安排', BODY].join('\n');
    expect(structure(normalise(text)).sections.map((s) => [s.marker, s.kind])).toEqual([['1.', 'measures'], ['2.', 'problems'], ['3.', 'plans']]);
  });

  it('takes a part\'s numeral that lost its 、 for the next part, before words that name a part, and no other line', () => {
    const text = ['某局2016年法治政府建设工作报告', '一、主要工作', BODY, '二存在的问题', '一是执法力量不足。', '三 2017年工作打算', '全年组织法律培训不少于4次。', '五年来工作成效明显', '三方面问题'].join('\n');
    expect(structure(normalise(text)).sections.map((s) => [s.marker, s.kind])).toEqual([['一、', 'measures'], ['二', 'problems'], ['三', 'plans']]);
  });

  it('cuts a body run into one line before its parts\' markers, where no line opens on one, the last part running to the end', () => {
    const body = `现将有关情况报告如下：一、主要举措和成效（一）加强组织领导。${BODY}二、主要负责人履行推进法治建设第一责任人职责情况。带头学法4次。三、存在的问题。一是执法力量不足。四、下一步工作计划。组织培训不少于6次。`;
    const text = ['某局2021年法治政府建设年度报告', body].join('\n');
    const { sections } = structure(normalise(text));
    expect(sections.map((s) => [s.marker, s.title, s.kind])).toEqual([
      ['一、', '主要举措和成效', 'measures'],
      ['二、', '主要负责人履行推进法治建设第一责任人职责情况', 'leadership'],
      ['三、', '存在的问题', 'problems'],
      ['四、', '下一步工作计划', 'plans'],
    ]);
    expect(text.slice(sections[3]?.start, sections[3]?.end)).toBe('四、下一步工作计划。组织培训不少于6次。');
  });

  it.each([
    ['numerals listed in running text, no part named after them', `全年开展检查：一、食品，二、药品。${BODY}`],
    ['parts on the work done alone', `现报告如下：一、主要举措和成效。${BODY}二、主要做法。${BODY}`],
    ['the parts out of order', `现报告如下：二、存在的问题。${BODY}一、下一步工作计划。${BODY}`],
    ['lines of their own that open on the parts', `现报告如下：一、主要成效。${BODY}二、存在的问题。\n一、主要成效\n${BODY}`],
  ])('cuts no line before markers inside it: %s', (_name, body) => {
    const text = ['某局2021年法治政府建设年度报告', body].join('\n');
    expect(structure(normalise(text)).sections.filter((s) => !text.split('\n').some((line) => line.startsWith(s.marker)))).toEqual([]);
  });

  it('takes a part that is a label and its figures, as a bulletin of the year\'s data has them, for data, whatever field its label names', () => {
    const text = ['某局2023年行政执法数据公开', '一、行政许可：受理1,326件，办结1,318件。', '二、法制审核：审核重大执法决定21件。', '三、执法监督：无。', '四、主要做法：全年开展培训3次。'].join('\n');
    expect(structure(normalise(text)).sections.map((s) => [s.title, s.kind])).toEqual([
      ['行政许可', 'other'],
      ['法制审核', 'other'],
      ['执法监督', 'other'],
      ['主要做法', 'measures'],
    ]);
  });

  it('ends the last section where the appendices start, and opens none in them', () => {
    const text = ['某县人民政府2020年度法治政府建设情况的报告', '一、主要成效', BODY, '二、2021年工作思路', '持续推进合法性审查全覆盖。', '附件', '主要数据', '1.行政处罚：作出行政处罚决定6035件；', '2.行政复议：收到申请168件。'].join('\n');
    const { sections } = structure(normalise(text));
    expect(sections.map((s) => [s.marker, s.kind, s.children.length])).toEqual([['一、', 'measures', 0], ['二、', 'plans', 0]]);
    expect(text.slice(0, sections[1]?.end).endsWith('全覆盖。\n')).toBe(true);
  });

  it('reads a table attached to a part, the outline going on after it, as the part\'s and not as appendices', () => {
    const text = ['某市司法局2023年法治政府建设年度报告', '一、主要工作成效', BODY, '附：主要数据对照', '项目｜2023年｜2022年', '人民调解｜3276件｜3018件', '二、存在的问题', '一是人员不足。', '三、2024年工作思路', '全年开展普法活动不少于200场次。'].join('\n');
    expect(structure(normalise(text)).sections.map((s) => [s.marker, s.kind])).toEqual([['一、', 'measures'], ['二、', 'problems'], ['三、', 'plans']]);
  });

  it('ends the body at appendices whose own outline starts over', () => {
    const text = ['某县人民政府2020年度法治政府建设情况的报告', '一、主要成效', BODY, '二、2021年工作思路', '持续推进合法性审查全覆盖。', '附件：', '一、行政处罚情况', BODY].join('\n');
    expect(structure(normalise(text)).sections.map((s) => s.marker)).toEqual(['一、', '二、']);
  });

  it('numbers ids by position', () => {
    const sections = structure(normalise(['一、甲', '（一）乙', '（二）丙', '二、丁'].join('\n'))).sections;
    expect(flat(sections).map((s) => s.id)).toEqual(['1', '1.1', '1.2', '2']);
  });

  it('never nests 一、 under an earlier 1.', () => {
    const sections = structure(normalise(['1.说明', '一、主要工作', '（一）依法行政'].join('\n'))).sections;
    expect(sections.map((s) => s.marker)).toEqual(['1.', '一、']);
  });

  it('ends a section where the next one of its level or higher starts', () => {
    const source = ['一、主要工作', BODY, '（一）依法行政', BODY, '二、存在的问题', BODY].join('\n');
    const [first, second] = structure(normalise(source)).sections;
    expect(source.slice(first?.start, first?.end)).toBe(['一、主要工作', BODY, '（一）依法行政', BODY, ''].join('\n'));
    expect(source.slice(second?.start, second?.end)).toBe(['二、存在的问题', BODY].join('\n'));
    expect(first?.children[0]?.end).toBe(second?.start);
  });
});
