// Publication date: 发布日期/发布时间 (发表时间, 公开日期) before 成文日期 before a signature date.
import { PUBLICATION_LABEL } from '../normalise/chrome.js';
import type { ChromeLine } from '../normalise/normalise.js';
import type { Para } from './text.js';

const CN_DIGIT = '〇零一二三四五六七八九';
/** The day's digits end where a time glued to them starts (2025-1-9 9:30 reads 2025-1-99:30 once spaces go). */
const DAY = '\\d{1,2}?(?=\\d{1,2}:\\d|\\D|$)';
const NUMERIC_DATE = new RegExp(`(?<y>\\d{4})[-/.年](?<m>\\d{1,2})[-/.月](?<d>${DAY})`);
const CN_DATE = /(?<y>[〇零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})日/;
/** A date written in full, in digits or in Chinese numerals: 2024年1月9日, 二〇二四年一月九日. */
const WRITTEN_DATE = '\\d{4}年\\d{1,2}月\\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日';
const DATE_LINE = new RegExp(`^(?:${WRITTEN_DATE})$`);

/** A date as a field gives it: 2024-01-09, 2024年1月9日, 二〇二四年一月九日. */
const FIELD_DATE = `\\d{4}[-/.年]\\d{1,2}[-/.月]${DAY}|${WRITTEN_DATE}`;
const PUBLISHED = new RegExp(`(?:${PUBLICATION_LABEL}|(?:^|[\\]】])(?:时间|日期))[：\\]】]*(?<date>${FIELD_DATE})`);
const WRITTEN = new RegExp(`(?:成文日期|公文生成日期|发文日期|印发日期)[：\\]]*(?<date>${FIELD_DATE})`);
const PUBLISHED_LABEL = new RegExp(`^(?:${PUBLICATION_LABEL}|时间|日期)$`);
/** A date in digits alone: 2024-01-09, 2024/1/9, 2024.1.9. */
const NUMERIC_DAY = String.raw`\d{4}(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|\.\d{1,2}\.\d{1,2})`;
const BARE_DATE = new RegExp(`^(?<date>${NUMERIC_DAY})$`);
/** A byline's date; its time may follow with the space between them gone (2024-01-2010:30). */
const BYLINE_DATE = /(?<![\d-])(?<date>\d{4}(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2})(?=\d{1,2}:|[^\d-/]|$)|\d{4}年\d{1,2}月\d{1,2}日)/;
/** Dates that a page gives besides its publication date. */
const OTHER_DATE = /更新|修改|有效|截止|截至|成文/;
/** Paragraphs at the top where a bracketed date stands under the title. */
const HEAD_PARAGRAPHS = 5;
/** A signature: a short line naming a body, just before its date. */
const SIGNATURE = /^[^，。：；、\d]{2,30}(?:局|委员会|委|厅|办公室|办事处|政府|街道|部|院|署|中心|办)$/;
const SIGNED = new RegExp(`^(?<name>[^，。：；、\\d\\s]{2,30}(?:局|委员会|委|厅|办公室|办事处|政府|街道|部|院|署|中心|办))\\s*(?:${WRITTEN_DATE}|${NUMERIC_DAY})$`);

/** `bodyEnd`: the index in `list` of the line that opens the appendices after the body, if any. */
export function publishedAt(chrome: ChromeLine[], list: Para[], bodyEnd = list.length): string | null {
  for (const rule of [published, written, bare, bylined]) {
    for (const line of chrome) {
      const date = rule(line);
      if (date) return date;
    }
  }
  return publishedUnderTitle(list) ?? signatureDate(list, bodyEnd);
}

/** A date said to be the publication's under the title: （2022年2月15日发布）. */
const PUBLISHED_UNDER_TITLE = new RegExp(`^[（(](?<date>${WRITTEN_DATE}|\\d{4}-\\d{1,2}-\\d{1,2})(?:发布|公布|印发)[）)]$`);

/** The dateline of a report made to a congress or a meeting: ——2017年2月23日在某县人民代表大会常务委员会第三次会议上, or in brackets. */
const DELIVERED_UNDER_TITLE = new RegExp(`^(?:[—－-]*|[（(])(?<date>${WRITTEN_DATE})在[^，。；（()）]{2,60}?(?:会议|大会)上[）)]?$`);

function publishedUnderTitle(list: Para[]): string | null {
  for (const para of list.slice(0, HEAD_PARAGRAPHS)) {
    const date = (PUBLISHED_UNDER_TITLE.exec(para.text) ?? DELIVERED_UNDER_TITLE.exec(para.text))?.groups?.date;
    if (date) return isoDate(date);
  }
  // 2025-02-18 alone on the line right under the title, or after the body's name (洛阳市市场监督管理局　2025-02-14): the
  // page's date, before the signature's.
  const next = list[1]?.text ?? '';
  return DATE_LINE.test(next) || BARE_DATE.test(next) || signedLine(next) ? isoDate(next) : null;
}

function published(line: ChromeLine): string | null {
  if (line.label !== null && PUBLISHED_LABEL.test(line.label)) return isoDate(line.text);
  return isoDate(PUBLISHED.exec(line.text)?.groups?.date ?? '');
}

function written(line: ChromeLine): string | null {
  return isoDate(WRITTEN.exec(line.text)?.groups?.date ?? '');
}

function bare(line: ChromeLine): string | null {
  return line.kind === 'field' ? isoDate(BARE_DATE.exec(line.text)?.groups?.date ?? '') : null;
}

/** A date among a page's byline fields (来源：某局 2024-01-20), where no label says it is another date. */
function bylined(line: ChromeLine): string | null {
  if (line.kind !== 'field' || OTHER_DATE.test(line.text)) return null;
  return isoDate(BYLINE_DATE.exec(line.text)?.groups?.date ?? '');
}

/**
 * A date alone on its line at the end of the report or of its body (before its appendices), or under a
 * signature anywhere, else a date alone in the head, bracketed or not: `（2023年1月5日）`, `2023-01-05` (one right
 * under the title was read before, as the page's).
 */
function signatureDate(list: Para[], bodyEnd: number): string | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const para = list[i];
    if (!para) continue;
    const atEnd = i >= list.length - 3 || (i < bodyEnd && i >= bodyEnd - 3);
    if (atEnd && signedLine(para.text)) return isoDate(para.text);
    if (!DATE_LINE.test(para.text) && !BARE_DATE.test(para.text)) continue;
    if (atEnd || SIGNATURE.test(list[i - 1]?.text ?? '')) return isoDate(para.text);
  }
  for (const para of list.slice(0, HEAD_PARAGRAPHS)) {
    const inner = BRACKETED.exec(para.text)?.groups?.inner ?? para.text;
    // 某县公安局 2026年1月21日 under the title: a byline with its date, maybe in brackets (（某县人民政府  2024年2月29日）).
    if (DATE_LINE.test(inner) || BARE_DATE.test(inner) || signedLine(inner)) return isoDate(inner);
  }
  return null;
}

/** A line in brackets: its words. */
const BRACKETED = /^[（(](?<inner>[^（()）]{8,40})[）)]$/;

/** A signature and its date on one line: `某某区卫生健康局2021年12月10日`, `某市人民政府　2025-01-27` → the name. */
export function signedLine(text: string): string | null {
  return SIGNED.exec(text)?.groups?.name ?? null;
}

/** `2021年12月10日`, `2026-01-29`, `二〇二四年三月五日` → `2024-03-05`; null when not a valid date. */
export function isoDate(text: string): string | null {
  const numeric = NUMERIC_DATE.exec(text)?.groups;
  const cn = numeric ? undefined : CN_DATE.exec(text)?.groups;
  const parts = numeric ? [numeric.y, numeric.m, numeric.d].map(Number) : cn ? [cnYear(cn.y ?? ''), cnNumber(cn.m ?? ''), cnNumber(cn.d ?? '')] : null;
  if (!parts) return null;
  const [y = 0, m = 0, d = 0] = parts;
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function cnYear(text: string): number {
  let y = 0;
  for (const ch of text) y = y * 10 + Math.max(0, CN_DIGIT.indexOf(ch) - 1);
  return y;
}

/** 一 … 三十一. */
function cnNumber(text: string): number {
  const ten = text.indexOf('十');
  const digit = (ch: string | undefined) => (ch ? Math.max(0, CN_DIGIT.indexOf(ch) - 1) : 0);
  if (ten < 0) return digit(text[0]);
  return (ten === 0 ? 1 : digit(text[0])) * 10 + digit(text[ten + 1]);
}
