// Line breaks left inside a sentence are dropped for matching; real ones stay.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { joinSoftBreaks } from '../../src/indicators/soft-breaks.js';
import { type Normalised, normalise } from '../../src/normalise/normalise.js';

function norm(text: string): Normalised {
  return { source: text, text, toSource: new Int32Array(text.length + 1).map((_, i) => i), paragraphs: [], chrome: [], wrapped: true };
}

describe('joinSoftBreaks', () => {
  const cases: Array<[string, string, string]> = [
    ['a figure split from its unit', '听证2\n起，制作文书', '听证2起，制作文书'],
    ['a number split in two', '一般程序案件共办理232\n6件，同比', '一般程序案件共办理2326件，同比'],
    ['a sentence end', '结案32宗。\n二是加强', '结案32宗。\n二是加强'],
    ['a heading after', '工作成效\n（一）依法行政', '工作成效\n（一）依法行政'],
    ['table cells one per line', '2207\n2207\n0', '2207\n2207\n0'],
    ['a table row', '行政强制 | 工伤认定 |\n数量 | 75件 |', '行政强制 | 工伤认定 |\n数量 | 75件 |'],
    ['a table row ending in a cell, then prose', '露天焚烧 | 2 | 5000\n对主动改正的3起案件', '露天焚烧 | 2 | 5000\n对主动改正的3起案件'],
    ['a heading before', '三、2025年工作安排\n开展培训4次', '三、2025年工作安排\n开展培训4次'],
    ['a sentence that opens with a marker goes on', '（一）强化监督，全年共开展执法检查\n120次', '（一）强化监督，全年共开展执法检查120次'],
    ['a number split before its thousands', '接待群众来访1,206批3\n，658人次', '接待群众来访1,206批3,658人次'],
    ['a clause after a number at a break', '办理案件3\n，1200人次参加', '办理案件3，1200人次参加'],
    ['a number split after its thousands comma', '罚没收入3，\n087.6万元', '罚没收入3,087.6万元'],
    ['a number split inside its thousands', '受理投诉举报1,3\n02宗，按时办结', '受理投诉举报1,302宗，按时办结'],
    ['a number split at its thousands comma kept as one', '工单9,\n862件，按时办结', '工单9,862件，按时办结'],
    ['a row of a flattened table', '罚款金额2,314.56万元；查封扣押43件\n不予处罚32件；行政复议5件', '罚款金额2,314.56万元；查封扣押43件\n不予处罚32件；行政复议5件'],
    ['a wrapped line of a sentence, not of cells', '依法罚款2万元，查封扣押43件\n不予处罚32件', '依法罚款2万元，查封扣押43件不予处罚32件'],
    ['notes marked after figures', '查处案件586件[注]，罚款56.7万元¹，检查1,286家次*', '查处案件586件，罚款56.7万元，检查1,286家次'],
    ['a bracketed number after words, no note', '依据[2]号文件，罚款3万元', '依据[2]号文件，罚款3万元'],
  ];
  for (const [name, input, output] of cases) {
    it(name, () => expect(joinSoftBreaks(norm(input)).text).toBe(output));
  }

  it('keeps a break at a blank line of a source that is not hard-wrapped', () => {
    const source = '加强队伍建设\n\n开展培训4次';
    const text = '加强队伍建设\n开展培训4次';
    const toSource = new Int32Array(text.length + 1).map((_, i) => (i <= 6 ? i : i + 1));
    const paragraphs = [{ start: 0, end: 6 }, { start: 7, end: 13 }];
    const joined = joinSoftBreaks({ source, text, toSource, paragraphs, chrome: [], wrapped: false });
    expect(joined.text).toBe(text);
    expect(joinSoftBreaks({ source, text, toSource, paragraphs, chrome: [], wrapped: true }).text).toBe('加强队伍建设开展培训4次');
  });

  it('keeps a break after a line that ends in a figure and its unit in a source that is not hard-wrapped', () => {
    const unwrapped = (text: string): Normalised => ({ ...norm(text), wrapped: false });
    expect(joinSoftBreaks(unwrapped('查封扣押　5件\n申请法院强制执行　2件')).text).toBe('查封扣押　5件\n申请法院强制执行　2件');
    expect(joinSoftBreaks(unwrapped('法律咨询1.8万余\n人次')).text).toBe('法律咨询1.8万余人次');
    expect(joinSoftBreaks(unwrapped('共查处案件12件\n，罚款3万元')).text).toBe('共查处案件12件，罚款3万元');
  });

  it.each([
    ['a page footer', '全年受理投诉举报163\n\n第 2 页 共 5 页\n件，均按规定时限办理。', '投诉举报163件，均按'],
    ['a page number between two pieces of a number', '全年共办理行政处罚案件21\n\n- 2 -\n\n6件，同比增长。', '行政处罚案件216件，同比'],
  ])('drops the break at the blank lines around %s, which cuts a sentence anywhere', (_name, source, joined) => {
    const normalised = normalise(source);
    expect(normalised.wrapped).toBe(false);
    expect(joinSoftBreaks(normalised).text).toContain(joined);
    expect(joinSoftBreaks(normalise(source.replace(/\n[^\n]*页[^\n]*\n|\n- 2 -\n/, '\n'))).text).not.toContain(joined);
  });

  it('keeps a break after a line of a label naming two things and its value, in a source not hard-wrapped', () => {
    const text = '信访：受理群众来信来访18件\n行政复议、行政诉讼：无\n严格落实领导干部接访下访制度。';
    expect(joinSoftBreaks({ ...norm(text), wrapped: false }).text).toBe(text);
  });

  it('keeps a break where structure knows a paragraph ends, the title', () => {
    const text = '某局2023年法治政府建设年度报告\n查处违法案件35件';
    expect(joinSoftBreaks(norm(text)).text).toBe('某局2023年法治政府建设年度报告查处违法案件35件');
    expect(joinSoftBreaks(norm(text), [text.indexOf('\n')]).text).toBe(text);
  });

  it('keeps a break after a heading of two clauses alone on its line, in a hard-wrapped source, and goes on over a full line cut', () => {
    const body = '落实行政执法责任制，加大重点领域执法力度，强化行政执法监督，推进严格规范公正文明执法，切实维护群众合法权益，营造良好法治环境。';
    const wrap = (p: string) => Array.from({ length: Math.ceil(p.length / 30) }, (_, i) => p.slice(i * 30, (i + 1) * 30));
    const cut = ['（一）强化执法监督，全年对全市各类市场主体共开展执法检查', '120次，查处案件35件。'];
    // The heading's words of law say what the events under it are, where their sentence does not.
    const heading = [
      '（二）加强法治宣传教育，提升法治素养', '落实“谁执法谁普法”普法责任制，局党组理论学习中心组开展法', '治专题学习6次。组织全系统执法人员法律知识培训8期，培训16',
      '50人次。围绕“3·15”国际消费者权益日、“4·26”知识产权宣传周、', '食品安全宣传周等节点，开展系列宣传活动46场次，发放宣传资', '料2.8万份。',
    ];
    const found = (lines: string[]) => {
      const report = extract(lines.join('\n'));
      return 'error' in report ? [] : report.metrics.map((m) => `${m.indicator}=${m.value}`);
    };
    expect(found(['某市市场监督管理局2023年法治政府建设年度报告', '一、主要举措', ...wrap(body + body), ...cut, ...wrap(body + body)])).toEqual(['inspection.count=120', 'penalty.cases=35']);
    expect(found(['某局报告', '', ...heading])).toEqual(['training.sessions=6', 'training.sessions=8', 'training.participants=1650', 'publicity.events=46', 'publicity.materials=28000']);
  });

  it('maps every character back to the normalised text', () => {
    const joined = joinSoftBreaks(norm('听证2\n起'));
    expect([0, 1, 2, 3, 4].map((i) => joined.normSpan(i, i + 1))).toEqual([0, 1, 2, 4, 5].map((n) => ({ start: n, end: n + 1 })));
    expect(joined.normSpan(0, 4)).toEqual({ start: 0, end: 5 });
    expect(joined.normSpan(4, 4)).toEqual({ start: 5, end: 5 });
  });

  it('reads the rows of a table laid out in spaces as the items of one list', () => {
    const source = '行政复议收案数          286件\n  其中：受理            261件\n        审结            248件\n二、主要问题';
    const joined = joinSoftBreaks(normalise(source)).text;
    expect(joined).toContain('行政复议收案数286件；其中：受理261件；审结248件\n');
  });

  it('ends a line at a rate before a line of words, and a box\'s title at its bracket', () => {
    const joined = joinSoftBreaks(unwrapped('【数说2023】\n会前学法12次\n负责人出庭应诉率100%\n调解矛盾纠纷4862起')).text;
    expect(joined).toBe('【数说2023】\n会前学法12次\n负责人出庭应诉率100%\n调解矛盾纠纷4862起');
  });

  it('reads rows of numerals after two wide spaces as the items of one list', () => {
    const source = '附：主要数据\n　　行政处罚　　一千零九十三件\n　　行政复议　　三十二件\n　　行政诉讼　　十四件\n';
    const joined = joinSoftBreaks(normalise(source)).text;
    expect(joined).toContain('行政处罚一千零九十三件；行政复议三十二件；行政诉讼十四件');
  });

  const unwrapped = (text: string): Normalised => ({ ...norm(text), wrapped: false });

  it.each([
    ['a caption below its figure, put first', '数说\n1268件\n作出行政处罚决定\n32.5万元\n罚款', '数说\n作出行政处罚决定1268件；罚款32.5万元'],
    ['a caption above its figure, joined', '一、成效\n免罚轻罚案件\n215件\n减免罚款金额\n418.6万元', '一、成效\n免罚轻罚案件215件；减免罚款金额418.6万元'],
    ['a label and its colon above a figure', '行政处罚案件：\n236起\n同比下降3%', '行政处罚案件：236起\n同比下降3%'],
    ['a caption after a dash', '【关键数据】\n312宗——作出行政处罚决定\n98.6万元——罚款', '【关键数据】\n作出行政处罚决定312宗；罚款98.6万元'],
    ['a sentence below a figure, no caption', '结案\n12件\n全年未发生行政诉讼。', '结案12件\n全年未发生行政诉讼。'],
    ['one card and a remark below it', '行政诉讼\n3件\n一审均胜诉', '行政诉讼3件\n一审均胜诉'],
    ['captions under a header of their own', '行政许可\n处理决定\n48652件\n行政处罚\n处理决定\n2317件', '行政许可处理决定48652件\n行政处罚处理决定2317件'],
  ])('reads key figures laid out as cards, one after another the items of a list: %s', (_name, text, joined) => {
    expect(joinSoftBreaks(unwrapped(text)).text).toBe(joined);
  });

  it('maps a card put in order back to its figure and caption', () => {
    const normalised = normalise('数说\n\n1268件\n作出行政处罚决定');
    const { text } = normalised;
    const joined = joinSoftBreaks(normalised);
    expect(joined.text).toBe('数说\n作出行政处罚决定1268件');
    const figure = joined.text.indexOf('1268');
    // From the cue in the caption to the figure's end: the figure's line and the caption's, in the text's order.
    expect(joined.normSpan(joined.text.indexOf('行政处罚决定'), figure + 5)).toEqual({ start: text.indexOf('1268'), end: text.length });
    expect(joined.normSpan(figure, figure + 5)).toEqual({ start: text.indexOf('1268'), end: text.indexOf('1268') + 5 });
  });
});
