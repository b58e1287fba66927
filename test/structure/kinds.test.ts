import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../src/model/schema.js';
import { normalise } from '../../src/normalise/normalise.js';
import { defaultKind, kindOfHeading, leadersOwnKind } from '../../src/structure/kinds.js';
import { structure } from '../../src/structure/structure.js';

describe('section kinds from the heading words', () => {
  it.each<[string, SectionKind | null]>([
    ['2024年法治政府建设主要工作及成效', 'measures'],
    ['推进法治政府建设的主要举措和成效', 'measures'],
    ['总体情况', 'measures'],
    ['存在的问题', 'problems'],
    ['存在的不足和原因', 'problems'],
    ['正视问题短板', 'problems'],
    ['报告中提到了哪些不足？', 'problems'],
    ['问题和短板', 'problems'],
    ['法治督察发现的问题及整改情况', 'problems'],
    ['原因分析', 'problems'],
    ['主要负责人履行第一责任人职责情况', 'leadership'],
    ['党政主要负责人履行推进法治建设第一责任人职责情况', 'leadership'],
    ['第一责任人履职情况', 'leadership'],
    ['本人学法用法情况', 'leadership'],
    ['工作要求', 'plans'],
    ['行政执法队伍及制度建设', 'measures'],
    ['行政处罚案件分析', 'other'],
    ['案件类别分析', 'other'],
    // A part on reconsideration and suits names no kind of its own: the report's parts that name none say whether it tells work or statistics.
    ['投诉处理及复议诉讼情况', null],
    ['行政复议、行政诉讼情况', null],
    ['政府信息公开行政复议、行政诉讼情况', null],
    ['执法监督和规范化建设', 'measures'],
    ['问题不足', 'problems'],
    ['不足和差距', 'problems'],
    ['党政主要负责人履职情况', 'leadership'],
    ['2025年工作安排', 'plans'],
    ['下一步工作计划', 'plans'],
    ['2026年度推进法治政府建设的主要安排', 'plans'],
    ['存在问题及下一步工作思路', 'problems'],
    ['下一步打算及存在问题', 'plans'],
    ['主动公开政府信息情况', 'other'],
    ['行政许可实施情况统计表', 'other'],
    ['2023年度行政执法主要数据', 'other'],
    ['二〇二四年主要法治工作数据', 'other'],
    ['数读2024', 'other'],
    ['年度关键数据', 'other'],
    ['三、案件反映出的主要问题', 'problems'],
    ['加强组织领导，健全法治制度体系', 'measures'],
    ['强化依法执政，狠抓关键少数', null],
    ['着力解决群众反映强烈的突出问题', null],
    ['推进大数据监管', null],
    ['问题与不足', 'problems'],
    ['面临的困难和问题', 'problems'],
    ['当前面临的主要挑战', 'problems'],
    ['工作中的薄弱环节', 'problems'],
    ['困难和问题', 'problems'],
    ['差距与不足', 'problems'],
    ['直面困难挑战，全力推进执法改革', null],
    ['工作中的短板弱项', 'problems'],
    ['工作中的不足', 'problems'],
    ['问题和差距', 'problems'],
    ['“一把手”抓法治情况', 'leadership'],
    ['带头尊法学法守法用法情况', 'leadership'],
    ['领导干部带头尊法学法', null],
    ['主要负责人述法情况', 'leadership'],
    ['问题与建议', 'problems'],
    ['补齐监管短板', null],
    ['其他情况', 'other'],
    ['其他需要说明的情况', 'other'],
    ['其他', 'other'],
    ['数据说明', 'other'],
    ['监督电话', 'other'],
    ['工作情况说明', 'measures'],
    ['2023年工作回顾', 'measures'],
    ['主要工作完成情况', 'measures'],
    ['工作建议', 'plans'],
    ['其他重点工作开展情况', 'measures'],
    // A statistics bureau's own work is no release of statistics.
    ['坚持依法统计，严格规范统计执法', null],
    ['健全统计法治制度', null],
    ['行政执法统计情况', 'other'],
    ['普法宣传情况', 'measures'],
    ['行政执法队伍建设和执法监督情况', 'measures'],
    ['执法队伍建设存在的问题', 'problems'],
    ['行政执法公示及全过程记录情况', 'measures'],
    ['执法监督', 'measures'],
    ['执法监督存在的问题', 'problems'],
    // The cases handled, told as their figures, are statistics.
    ['案件办理情况', 'other'],
    // The cases' statistics in prose, under their own heading; the work done on them is measures.
    ['行政复议案件情况', 'other'],
    ['行政应诉案件基本情况', 'other'],
    ['行政复议和应诉工作情况', 'measures'],
    ['行政复议案件受理情况', 'other'],
    ['案件收结情况', 'other'],
    ['案件分布特点', 'other'],
  ])('%s → %s', (title, kind) => {
    expect(kindOfHeading(title)).toBe(kind);
  });

  it.each<[string, SectionKind | null]>([
    ['2024年重点任务', 'plans'],
    ['2024年主要工作', 'plans'],
    ['2023年重点任务', null],
    ['2023年主要工作及成效', 'measures'],
    ['2024年面临的困难', 'problems'],
  ])('under a year after the report year (2023), %s is %s', (title, kind) => {
    expect(kindOfHeading(title, 2023)).toBe(kind);
  });

  it.each<[string, SectionKind, SectionKind]>([
    ['学法用法情况', 'measures', 'leadership'],
    ['履职主要情况', 'measures', 'leadership'],
    ['本局法治建设主要成效', 'measures', 'measures'],
    ['本局依法行政及自身建设情况', 'measures', 'measures'],
    ['全区法治政府建设主要成效', 'measures', 'measures'],
    ['推进生态环境法治建设取得的成效', 'measures', 'measures'],
    ['依法履职，推动自然资源领域法治建设', 'measures', 'measures'],
    ['存在的问题', 'problems', 'problems'],
  ])('in one leader\'s own report, %s (%s) is %s', (heading, kind, own) => {
    expect(leadersOwnKind(kind, heading)).toBe(own);
  });

  it('falls back on the genre at the top level', () => {
    expect(defaultKind('fazhi-annual-report')).toBe('measures');
    expect(defaultKind('info-disclosure-annual-report')).toBe('other');
    expect(defaultKind('unknown')).toBe('other');
    expect(defaultKind('unknown', '某县交通运输局局长2022年度述职述廉述法报告')).toBe('measures');
    expect(defaultKind('unknown', '2022年度全市行政复议案件办理情况分析')).toBe('other');
    expect(defaultKind('enforcement-report', '某局2023年度行政执法工作报告')).toBe('measures');
    expect(defaultKind('enforcement-report', '某局2023年度行政执法统计年报')).toBe('other');
    expect(defaultKind('enforcement-report', '某局2022年度行政执法数据公开')).toBe('other');
    expect(defaultKind('enforcement-report', '某局2024年度行政执法情况公示')).toBe('other');
    expect(defaultKind('enforcement-report', '某市城市管理局2023年度行政执法情况分析报告')).toBe('other');
    expect(defaultKind('unknown', '某局2024年法治政府建设工作要点')).toBe('plans');
    expect(defaultKind('unknown', '某局2021年上半年法治政府建设工作情况报告')).toBe('measures');
    expect(defaultKind('unknown', '某市人民政府关于2024年度行政复议和行政应诉工作情况的报告')).toBe('measures');
    expect(defaultKind('unknown', '某县人民政府关于法治政府建设督察反馈问题整改情况的报告')).toBe('measures');
  });

  it('lets children inherit unless their words say otherwise', () => {
    const text = ['某局2024年法治政府建设情况报告', '一、存在问题及下步打算', '（一）执法队伍', '（二）下一步工作计划'].join('\n');
    const [top] = structure(normalise(text)).sections;
    expect(top?.kind).toBe('problems');
    expect(top?.children.map((c) => c.kind)).toEqual(['problems', 'plans']);
  });

  it('reads what one leader did as the leader\'s duty in the leader\'s own report, the body\'s work as work done', () => {
    const text = '某区人民政府区长2022年度述法报告\n一、学法用法情况\n本人带头学法。\n二、全区法治政府建设主要成效\n全区依法行政。\n三、存在的问题\n仍有不足。\n';
    expect(structure(normalise(text)).sections.map((s) => s.kind)).toEqual(['leadership', 'measures', 'problems']);
  });
});
