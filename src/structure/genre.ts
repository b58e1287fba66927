// What kind of report this is: named by the report's own 现将…报告如下 clause,
// else by its title, else, for a text without a title, by the words its body uses most.
import type { Genre } from '../model/schema.js';

const REPORT_CLAUSE = /现将[^。]{0,60}?(?:报告|总结|汇报|公开|公布)如下/;
const NAMES: ReadonlyArray<{ genre: Genre; pattern: RegExp }> = [
  { genre: 'info-disclosure-annual-report', pattern: /政府信息公开|政务公开/ },
  // 法治税务建设, 法治交通建设: a system's own name for the same report; 法治工作情况的报告, a university's or a court's.
  { genre: 'fazhi-annual-report', pattern: /法治政府建设|法治(?:[\u4e00-\u9fff]{2,4})?建设|依法行政|依法治|法治工作(?:情况)?的?(?:年度)?报告|(?<!述廉)述法报告/ },
  // 渔政执法工作情况的报告, 综合执法情况报告: a field's enforcement named without 行政.
  { genre: 'enforcement-report', pattern: /行政执法|行政处罚|执法工作|执法情况/ },
];
const BODY_SIGNS: ReadonlyArray<{ genre: Genre; pattern: RegExp }> = [
  { genre: 'info-disclosure-annual-report', pattern: /政府信息公开(?:条例|工作)|政务公开工作/g },
  { genre: 'fazhi-annual-report', pattern: /法治政府建设|法治(?:[\u4e00-\u9fff]{2,4})?建设|依法行政/g },
  { genre: 'enforcement-report', pattern: /行政执法(?:工作|情况|数据|统计)/g },
];

/** A title of a part of a year (上半年…情况报告, 一季度…) or of a plan alone (…工作要点, …工作计划): no year's report. */
const PART_OF_YEAR = /上半年|下半年|[一二三四]季度|前三季度|1-6月|1—6月/;
/** …工作要点, …三年行动计划（2024—2026年）, and a notice that issues one (关于印发《…行动计划》的通知). */
const PLAN_ONLY = /(?:工作要点|工作计划|行动计划|实施方案|任务分工|工作安排)(?:[（(][^（()）]*[）)])?(?:》的通知)?$/;
const REPORT_WORDS = /报告|总结|情况/;

/** A report on fixing what an inspection found (…督察反馈问题整改情况的报告). */
const RECTIFICATION = /整改(?:情况|工作)/;
/** A news item on a meeting held (…召开2023年度法治政府建设工作总结会): about the report, not it. */
const MEETING_HELD = /召开[^，。]{0,40}会(?:议)?$/;
/**
 * One leader's own duty in building the rule of law (履行推进法治建设第一责任人职责情况的报告, 述法报告), unless the title
 * names the government's year too: a report of the same genre, its parts on the leader's acts. Not a report on every duty
 * (述职述廉述法报告).
 */
const LEADERS_DUTY = /第一责任人职责|(?<!述廉)述法报告/;
const GOVERNMENTS_YEAR = /法治政府建设|依法行政/;

/** A congress's own text on the report: its opinion (审议意见) or its questioning (专题询问), not the government's reply to them; a speech at a meeting. */
const CONGRESS_TEXT = /审议意见(?!研究|办理|落实)|专题询问|上的讲话/;

/** Whether a title names another kind of text on law than the body's year: a rectification, news of a meeting, a congress's text. */
export function namesOtherKind(title: string): boolean {
  return RECTIFICATION.test(title) || MEETING_HELD.test(title) || CONGRESS_TEXT.test(title);
}

/** Whether a title names one leader's own duty alone (…局长2024年度述法报告). */
export function namesLeadersDuty(title: string): boolean {
  return LEADERS_DUTY.test(title) && !GOVERNMENTS_YEAR.test(title);
}

/** Whether a title names a plan alone (…2024年法治政府建设工作要点). */
export function namesPlan(title: string): boolean {
  return PLAN_ONLY.test(title) && !REPORT_WORDS.test(title);
}

/** Whether a title names a part of a year (…2021年上半年法治政府建设工作情况报告). */
export function namesPartOfYear(title: string): boolean {
  return PART_OF_YEAR.test(title);
}

export function findGenre(title: string | null, body: string): Genre {
  if (title && (namesPartOfYear(title) || namesPlan(title) || namesOtherKind(title))) return 'unknown';
  const clause = REPORT_CLAUSE.exec(body)?.[0];
  for (const words of [clause, title]) {
    if (!words) continue;
    const named = NAMES.find(({ pattern }) => pattern.test(words));
    if (named) return named.genre;
  }
  // 某县2023年工作总结, 政府工作报告, 述职述廉述法报告: a title that names none of these names another kind,
  // whatever its body says of law; the body's words decide only where there is no title.
  if (title) return 'unknown';
  let best: Genre = 'unknown';
  let most = 0;
  for (const { genre, pattern } of BODY_SIGNS) {
    const count = body.match(pattern)?.length ?? 0;
    if (count > most) [best, most] = [genre, count];
  }
  return best;
}
