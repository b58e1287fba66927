// What a section is about, read from the words of its heading. A heading that
// names two parts (存在问题及下一步工作思路) takes the one named first.
import type { Genre, SectionKind } from '../model/schema.js';
import { namesOtherKind, namesPartOfYear, namesPlan } from './genre.js';

const VOCABULARY: ReadonlyArray<{ kind: SectionKind; pattern: RegExp }> = [
  {
    kind: 'problems',
    pattern:
      /存在(?:的)?(?:主要)?(?:问题|不足|困难|短板)|面临(?:的)?(?:主要)?(?:问题|困难|挑战)|问题(?:和|与|及)(?:不足|原因|困难|建议)|问题(?:和|与|及)?短板|短板(?:和|与|及)(?:问题|不足)|(?:困难|差距)(?:和|与|及)(?:问题|不足)|不足(?:和|与|及)原因|原因分析|薄弱环节|短板(?:和|与|及)?弱项|工作中(?:的|存在的)?(?:问题|不足)|(?:反映|暴露|发现|查摆)出?(?:的)?(?:主要)?问题|问题(?:和|与|及)差距|^(?:主要)?(?:问题|不足|短板)(?:[和与及、]?(?:问题|不足|短板|差距))?(?:之处)?$|(?:哪些|什么)(?:问题|不足|短板)/,
  },
  {
    kind: 'plans',
    pattern: /下一年度|下一步|下步|今后|明年|^工作要求$|工作(?:安排|计划|打算|思路|重点|设想|建议)|主要安排|努力方向|\d{4}年度?(?:工作)?(?:安排|计划|打算|思路|要点)/,
  },
  // 带头尊法学法守法用法情况: a heading that opens on setting the example is the leader's own duty; so are 第一责任人履职情况
  // and, in a leader's own report, 本人学法用法情况.
  { kind: 'leadership', pattern: /第一责任人(?:职责|履职)|履行[^。，]{0,12}第一责任人|主要负责人[^。，]{0,10}(?:履(?:行|职)|述法)|一把手|^带头(?:尊法|学法|守法|用法|履行)|^本人/ },
  {
    kind: 'other',
    pattern:
      /(?<!依法)统计(?!执法|法|工作|监督|督察|造假|违法|调查)|数据表|执法(?:主要|基本|工作)?数据|(?:案件|数据)[\u4e00-\u9fff]{0,6}分析|主要[\u4e00-\u9fff]{0,6}数据|关键数据|数据速览|^(?:数读|数说|数览|一图读懂)|见表|表[一二三四五六七八九十\d]|主动公开|依申请公开|收到和处理|其他需要(?:报告|说明)|^其他(?:有关)?(?:事项|情况)?$|被申请人|涉及的事项|审理情况|案件(?:办理|受理)情况|案件(?:基本|总体)?情况$|案件(?:收结|分布|结构)|说明$|监督电话|监督渠道|联系方式|名词解释|^附件|^附表/,
  },
  {
    kind: 'measures',
    pattern: /主要举措|成效|主要工作|主要做法|工作情况|总体情况|^概述$|基本情况|开展情况|完成情况|工作回顾|建设情况|落实情况|推进情况|党的领导|组织领导|(?:队伍|制度|规范化|能力|体系|机制)建设(?:$|[和与及][\u4e00-\u9fff]{0,10}情况$)|(?:普法|法治宣传)(?:宣传)?(?:教育)?(?:工作)?情况|(?:执法公示|全过程记录|法制审核|执法监督)(?:[\u4e00-\u9fff、和及与]{0,12}情况)?$/,
  },
];

/** Words of the report's part on work done, as its heading names it. */
export const WORK_DONE = /主要举措|举措和成效|主要工作|主要成效|主要做法|工作情况|基本情况|总体情况|开展情况|建设情况|落实情况|推进情况/;

/** A year named in a heading. */
const HEADING_YEAR = /((?:19|20)\d{2})年/;

/**
 * The kind the heading's words name, or null when they name none. Work under a year
 * after the report's own (2024年重点任务 in a 2023 report) is planned, whatever it is called.
 */
export function kindOfHeading(title: string, reportYear: number | null = null): SectionKind | null {
  let best: SectionKind | null = null;
  let at = Number.POSITIVE_INFINITY;
  for (const { kind, pattern } of VOCABULARY) {
    const found = title.search(pattern);
    if (found >= 0 && found < at) [best, at] = [kind, found];
  }
  const named = Number(HEADING_YEAR.exec(title)?.[1] ?? NaN);
  if ((best === null || best === 'measures') && reportYear !== null && named > reportYear) return 'plans';
  return best;
}

/**
 * Words of a heading that name the work of the body or its area, not of its leader (本局法治建设主要成效, 本局依法行政…情况,
 * 推进生态环境法治建设取得的成效, 推动自然资源领域法治建设).
 */
const BODYS_WORK = /本局|我局|全局|本单位|本部门|本系统|本机关|[全我本][省市县区镇乡旗]|政府|法治建设[\u4e00-\u9fff]{0,4}成效|领域法治|依法行政/;

/** The kind of a top-level section of one leader's own report: what the leader did (学法用法情况, 履职主要情况) is the leader's duty. */
export function leadersOwnKind(kind: SectionKind, heading: string): SectionKind {
  return kind === 'measures' && !BODYS_WORK.test(heading) ? 'leadership' : kind;
}

/** A title that names the report a release of statistics (行政执法统计年报, 行政执法数据公开, 年度行政执法情况公示). */
const STATISTICS_TITLE = /统计|数据|公示|分析/;

/** A title that names an account of work done: a summary, a report on one's duties, a government's work report, a report on how some work went (…工作情况的报告). */
const WORK_ACCOUNT_TITLE = /总结|述职|工作报告|工作情况/;

/**
 * Top-level sections that name no part: work done in a fazhi or enforcement report, or in an account
 * of work done (工作总结, 述职报告, a half year's report, a report on fixing what an inspection found), plans in a plan (工作要点), else other; an enforcement report that releases statistics gives
 * them, not work done (一、行政处罚实施情况).
 */
export function defaultKind(genre: Genre, title: string | null = null): SectionKind {
  if (genre === 'enforcement-report') return title !== null && STATISTICS_TITLE.test(title) ? 'other' : 'measures';
  // …工作要点: a plan's parts are its plans; 上半年…情况报告: a part of the year's account of work done.
  if (genre === 'unknown' && title !== null && namesPlan(title)) return 'plans';
  if (genre === 'unknown' && title !== null && (WORK_ACCOUNT_TITLE.test(title) || namesPartOfYear(title) || namesOtherKind(title))) return 'measures';
  return genre === 'fazhi-annual-report' ? 'measures' : 'other';
}
