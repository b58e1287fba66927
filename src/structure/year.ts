// The year the report covers: the first year named in the title, else the one an
// opening sentence reports on or its figures run to, else the first in the body; a year that closes a
// range (2021-2025年) is not one.
const YEAR = /(?<![-—–~～至\d〇零一二三四五六七八九])(?:(?<digits>(?:19|20)\d{2})|(?<chinese>[一二][〇零一二三四五六七八九]{3}))年/;
const CN_DIGITS = '〇一二三四五六七八九';

/** A page's tag for its column before the title (【2024年】), which names no year the report covers when the title names one. */
const TAG = /^【[^【】]*】/;

/** The year an opening sentence says it reports on (现将2018年全市行政执法工作情况报告如下), before any other the body names. */
const REPORTING = /现将(?:[^，。；\d]{0,8}?)((?:19|20)\d{2})年度?[^，。；]{0,30}?报告如下/;

/** The date its figures run to (本报告所称数据统计截至2023年11月30日): within the year reported on. */
const FIGURES_UP_TO = /(?:统计|数据)[^，。；\d]{0,6}截至((?:19|20)\d{2})年/;

export function findYear(title: string | null, body: string): number | null {
  const untagged = title?.replace(TAG, '') ?? null;
  const reported = REPORTING.exec(body)?.[1] ?? FIGURES_UP_TO.exec(body)?.[1];
  return yearIn(untagged) ?? (reported ? Number(reported) : null) ?? yearIn(title) ?? yearIn(body);
}

/** The first year a text names, or null. */
function yearIn(text: string | null): number | null {
  const groups = text ? YEAR.exec(text)?.groups : undefined;
  if (groups?.digits) return Number(groups.digits);
  return groups?.chinese ? chineseYear(groups.chinese) : null;
}

/** 二〇二四 → 2024 (零 reads as 〇). */
function chineseYear(text: string): number {
  let year = 0;
  for (const ch of text) year = year * 10 + Math.max(0, CN_DIGITS.indexOf(ch === '零' ? '〇' : ch));
  return year;
}
