// Paragraphs that open a section: a marker at the start, the heading words up to
// the end of its first sentence (`（一）依法行政能力显著提升。严格落实…`).
import { matchMarker, type MarkerFamily } from '../normalise/markers.js';
import { parseNumeral } from '../numbers/chinese.js';
import { kindOfHeading, WORK_DONE } from './kinds.js';
import { type Para, RUNNING_TEXT } from './text.js';

/**
 * `unmarked`: a line that names one of the report's parts, in a report whose parts have no markers;
 * `field`: a line that heads a field of work under such a part on the work done.
 */
export type HeadingFamily = MarkerFamily | 'unmarked' | 'field' | 'bracketed';

export interface Heading {
  para: Para;
  family: HeadingFamily;
  /** Offsets in norm.text. */
  markerEnd: number;
  titleStart: number;
  titleEnd: number;
}

const SENTENCE_END = /[。；！？：]/;

/** ①其中…；②开展…: a line that holds the next circled number too enumerates in running text, and heads nothing. */
function inlineEnumeration(text: string): boolean {
  return text.includes(String.fromCharCode(text.charCodeAt(0) + 1));
}
/**
 * Numbers that end a line in cells apart (…申请数量 25 1 26), or one that ends its words (…申请数量\t5, read 申请数量5): a table
 * row; not a year that ends a heading's words (一、数读2024).
 */
const TABLE_ROW = /\d[ \t\u3000]+[\d.]+$|[\u4e00-\u9fff](?!(?:19|20)\d{2}$)[\d.]+$/;
/** A paragraph that is a number alone: the cell after a row's first, where cells come one per line. */
const CELL = /^[\d.]+$/;
/** A line that can be a heading's words: short, no sentence in it. */
const HEADING_LINE = /^[^。；！？，,;!?]{2,40}$/;
const MAX_TITLE = 60;
/**
 * `（一）、加强领导`, `01 ▏主要举措和成效`: punctuation or a card's bar after the marker belongs to neither marker
 * nor title (sticky: read from the marker's end).
 */
const AFTER_MARKER = /[、.：]*(?: ?[▏丨｜|│] ?)?/y;

export function findHeadings(list: Para[]): Heading[] {
  const headings: Heading[] = [];
  // The marker of the last 一、 heading, and whether table rows numbered so have come since.
  let lastChinese = '';
  let inTable = false;
  for (const [i, para] of list.entries()) {
    const marker = matchMarker(para.text) ?? bareNumeral(para.text, lastChinese);
    if (marker === null) continue;
    // 二、存在问题 / 二、存在问题: a heading a copied page says twice in a row opens one section.
    if (headings.at(-1)?.para === list[i - 1] && list[i - 1]?.text === para.text) continue;
    // 一、本年新收政府信息公开申请数量|3 or …数量 25 1 26: a table row, its first cell numbered, opens no section.
    const row = para.text.includes('|') || endsInNumber(para.text) || cellAfter(list, i);
    if (marker.family === 'chinese') {
      // 三、本年度办理结果 after the rows 一、 and 二、 of a table under 三、: a row heading more rows, not the next part.
      const own = para.text.slice(0, marker.length);
      if (row || (inTable && ordinalOf(own) <= ordinalOf(lastChinese))) {
        inTable = true;
        continue;
      }
      [lastChinese, inTable] = [own, false];
    } else if (row || (marker.family === 'circled' && inlineEnumeration(para.text))) continue;
    AFTER_MARKER.lastIndex = marker.length;
    AFTER_MARKER.test(para.text);
    const words = AFTER_MARKER.lastIndex;
    if (words === para.text.length) {
      // （五）/ 依法化解矛盾纠纷: a marker alone on its line, its words on the next.
      const next = list[i + 1];
      if (next && HEADING_LINE.test(next.text) && matchMarker(next.text) === null) {
        headings.push({ para, family: marker.family, markerEnd: para.start + marker.length, titleStart: next.start, titleEnd: next.end });
      }
      continue;
    }
    const rest = para.text.slice(words);
    const titleStart = para.start + words;
    headings.push({ para, family: marker.family, markerEnd: para.start + marker.length, titleStart, titleEnd: titleStart + titleLength(rest) });
  }
  const marked = bracketedBelow(headings);
  // Parts already marked (一、, or 1. where a Word file numbers them so) leave no part to find unmarked,
  // unless parts in 【】 stand over the numbered ones (【主要做法】 / 一、… 九、 / 【存在问题】 / 【下一步工作】).
  if (marked.some((h) => h.family === 'part' || h.family === 'chinese' || h.family === 'padded' || namesPart(h))) return bracketedAbove(list, marked) ?? marked;
  const unmarked = unmarkedParts(list);
  const parts = unmarked.length > 0 ? unmarked : enumeratedParts(list);
  return parts.length === 0 ? marked : [...parts, ...marked].sort((a, b) => a.para.start - b.para.start);
}

/**
 * 一、主要举措 / 【一】强化组织领导 / 【二】…: numerals in 【】 that first come under a plain 一、 heading mark its
 * items, a family of their own ranked below it.
 */
function bracketedBelow(headings: Heading[]): Heading[] {
  const inBrackets = (h: Heading) => h.family === 'chinese' && h.para.text.startsWith(BRACKET_OPEN);
  const first = headings.find((h) => h.family === 'chinese');
  if (!first || inBrackets(first) || !headings.some(inBrackets)) return headings;
  return headings.map((h) => (inBrackets(h) ? { ...h, family: 'bracketed' } : h));
}
const BRACKET_OPEN = '【';

/**
 * Parts named in 【】 that stand before the first 一、 heading and after the last, with the numbered headings: the 【】
 * parts rank first, as 第一部分 would; null where there are none such.
 */
function bracketedAbove(list: Para[], headings: Heading[]): Heading[] | null {
  const chinese = headings.filter((h) => h.family === 'chinese');
  const first = chinese[0]?.para.start;
  const last = chinese.at(-1)?.para.start;
  if (first === undefined || last === undefined) return null;
  const parts = unmarkedParts(list).filter((h) => BRACKETED.test(h.para.text));
  if (!parts.some((h) => h.para.start < first) || !parts.some((h) => h.para.start > last)) return null;
  return [...parts.map((h): Heading => ({ ...h, family: 'part' })), ...headings].sort((a, b) => a.para.start - b.para.start);
}

/** Short words that head something, no sentence in them, at most one comma (强化组织领导，法治建设责任进一步压实). */
const HEADING_WORDS = '[^。；！？;!?：:，,]{2,24}(?:[，,][^。；！？;!?：:，,]{2,24})?';
/** A line that heads a part as an item of an enumeration (一是强化组织领导，压紧压实法治建设责任). */
const ITEM_LINE = new RegExp(`^([一二三四五六七八九十])是${HEADING_WORDS}$`);
/** Items in a row that make an outline, not a list that happens to break its lines. */
const MIN_ITEMS = 3;

/**
 * 一是强化组织领导… / 二是规范行政行为… each alone on its line over running text, in order from 一是: where no line has a
 * marker of the upper families, the items of the enumeration head the report's parts.
 */
function enumeratedParts(list: Para[]): Heading[] {
  const items: Heading[] = [];
  for (const [i, para] of list.entries()) {
    const item = ITEM_LINE.exec(para.text);
    if (!item || (list[i + 1]?.text.length ?? 0) < RUNNING_TEXT) continue;
    if (ordinalOf(item[1] ?? '') !== items.length + 1) return [];
    items.push({ para, family: 'unmarked', markerEnd: para.start + ITEM_MARKER, titleStart: para.start + ITEM_MARKER, titleEnd: para.end });
  }
  return items.length >= MIN_ITEMS ? items : [];
}
/** The length of 一是. */
const ITEM_MARKER = 2;

/** Whether a heading names a part of the report other than the work done (存在的问题, 下一步工作打算). */
function namesPart(h: Heading): boolean {
  const kind = kindOfHeading(h.para.text.slice(h.titleStart - h.para.start, h.titleEnd - h.para.start));
  return kind === 'problems' || kind === 'plans' || kind === 'leadership';
}

/** A line that may head a part: short, no sentence in it, at most a colon after it. */
const PART_LINE = /^[^。，；！？,;!?：:]{4,40}[：:]?$/;
/**
 * A line that heads one field of the work done in an unmarked outline: short, no sentence in it,
 * at most one comma (强化组织领导，法治建设责任进一步压实), or words in 【】 (【严格依法审批,优化行政服务】).
 */
const FIELD_LINE = new RegExp(`^(?:【[^【】。；！？]{2,30}】|${HEADING_WORDS})$`);
/** A title, not a heading. */
const TITLE_END = /(?:报告|总结)$/;

/**
 * 存在的不足和原因 / 2025年推进法治政府建设的主要安排: where no line has a marker of
 * the upper families, lines that name the report's parts head them. At least two,
 * one of them a part other than the work done: a single short line is no outline.
 */
function unmarkedParts(list: Para[]): Heading[] {
  const parts: Heading[] = [];
  let beyondWork = false;
  for (const [i, para] of list.slice(0, -1).entries()) {
    if (!PART_LINE.test(para.text) || TITLE_END.test(para.text) || matchMarker(para.text) !== null) continue;
    const kind = kindOfHeading(para.text);
    if (kind === null || (kind === 'other' && !headsData(para, list[i + 1])) || (kind === 'measures' && !WORK_DONE.test(para.text))) continue;
    beyondWork ||= kind !== 'measures';
    const bracketed = BRACKETED.test(para.text) ? 1 : 0;
    const end = para.start + para.text.replace(/[：:]$/, '').length - bracketed;
    parts.push({ para, family: 'unmarked', markerEnd: para.start, titleStart: para.start + bracketed, titleEnd: end });
  }
  if (!beyondWork) return [];
  // One part named alone (【存在问题和下一步打算】) heads an outline when fields of the work done head the text before it.
  const fields = fieldsOfWork(list, parts);
  if (parts.length < 2 && fields.length < MIN_FIELDS) return [];
  return [...fields, ...parts].sort((a, b) => a.para.start - b.para.start);
}

/** A line that names the year's figures (二〇二四年主要法治工作数据), and a line of a label and its figure (行政处罚案件：9件). */
const NAMES_DATA = /数据|统计/;
const LABEL_AND_FIGURE = /^[^，,。；;：:]{2,16}[：:]\s*[\d〇一二三四五六七八九十]/;

/** Whether a line of another kind heads a part: one that names data, over lines of labels and figures. */
function headsData(para: Para, next: Para | undefined): boolean {
  return NAMES_DATA.test(para.text) && next !== undefined && LABEL_AND_FIGURE.test(next.text);
}

/** The parts after the work done: its shortcomings and the next year's plans. */
const LATER_PART: ReadonlySet<string> = new Set(['problems', 'plans']);

/** A figure on a line of its own (58.6万元), which heads nothing. */
const DIGIT_START = /^\d/;

/** A line in 【】. */
const BRACKETED = /^【[^【】]*】$/;
/** Fields of the work done that, with one part beyond it, make an outline. */
const MIN_FIELDS = 2;

/**
 * In an unmarked outline, the lines that head the fields of the work done, each over running
 * text: between the report's opening and its first part on other than the work done.
 */
function fieldsOfWork(list: Para[], parts: Heading[]): Heading[] {
  // The part on the leader's duty may come first (主要负责人切实履行…职责, then the fields of work).
  const beyond = parts.find((h) => LATER_PART.has(kindOfHeading(h.para.text) ?? 'other'))?.para.index ?? list.length;
  const taken = new Set(parts.map((h) => h.para.index));
  // 2024年主要工作成效 / 执法办案 / …: fields under a part on the work done are its own.
  const workDone = parts.find((h) => kindOfHeading(h.para.text) === 'measures')?.para.index ?? list.length;
  const opening = list.findIndex((p) => p.text.length >= RUNNING_TEXT);
  const fields: Heading[] = [];
  for (let i = opening + 1; opening >= 0 && i < beyond; i++) {
    const para = list[i];
    const next = list[i + 1];
    if (!para || !next || taken.has(i) || next.text.length < RUNNING_TEXT || !FIELD_LINE.test(para.text) || TITLE_END.test(para.text)) continue;
    // 58.6万元 over running text: a figure on a line of its own heads nothing.
    if (matchMarker(para.text) !== null || DIGIT_START.test(para.text)) continue;
    const bracketed = BRACKETED.test(para.text) ? 1 : 0;
    fields.push({ para, family: i > workDone ? 'field' : 'unmarked', markerEnd: para.start, titleStart: para.start + bracketed, titleEnd: para.end - bracketed });
  }
  return fields;
}

/**
 * Whether the paragraph after paragraph i is a table's cell: a number alone, not followed by
 * running text (一、主要工作 / 2 / 全年办理…: a page's number left between a heading and its text).
 */
function cellAfter(list: Para[], i: number): boolean {
  const next = list[i + 1]?.text ?? '';
  // 02 / 存在的问题: a post's part numbered alone on its line is no cell.
  return CELL.test(next) && matchMarker(next)?.family !== 'padded' && (list[i + 2]?.text.length ?? 0) < RUNNING_TEXT;
}

/** A sentence's end: a table's row has none; a heading's line with its text run on has (（二）乙。收到申请1 / 2件。). */
const FULL_STOP = /[。；！？]/;

/**
 * Whether a line ends in a table's number (checked for a digit first: most lines end otherwise),
 * not in a number of its text that the line's end cut.
 */
function endsInNumber(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39 && TABLE_ROW.test(text) && !FULL_STOP.test(text);
}

/**
 * 二 存在的问题, 三2017年工作打算: a part's numeral whose 、 was lost (its space dropped with the others),
 * taken only as the next part after the last 一、 (or as the first), before words that name a part.
 */
const BARE_NUMERAL = /^[一二三四五六七八九十](?![是批年次项个条名家件起类些方])/;
const BARE_NOT = /[，,。；;：:]/;
const MAX_BARE = 30;

function bareNumeral(text: string, lastChinese: string): { family: MarkerFamily; length: number } | null {
  if (text.length > MAX_BARE || !BARE_NUMERAL.test(text) || BARE_NOT.test(text)) return null;
  if (ordinalOf(text.charAt(0)) !== ordinalOf(lastChinese) + 1) return null;
  return kindOfHeading(text.slice(1)) === null ? null : { family: 'chinese', length: 1 };
}

/** The number a marker gives its part (一、 1, （二） 2, 3. 3), or 0. */
export function ordinalOf(marker: string): number {
  const numeral = marker.replace(/[^\d一二三四五六七八九十]/g, '');
  if (numeral === '') return 0;
  const value = parseNumeral(numeral);
  return value === null ? 0 : Number(value.units);
}

/** A part's marker or an enumeration's first item, run into a heading's words. */
const INNER_MARKER = /[（(][一二三四五六七八九十][）)]|一是/;

/** Length of the heading words at the start of `rest`. */
function titleLength(rest: string): number {
  const end = rest.search(SENTENCE_END);
  // 行政执法基本情况（一）执法检查情况。, 存在的问题和下一步打算一是…: a heading run into the next one's marker, or into its first item.
  const inner = rest.search(INNER_MARKER);
  const sentence = inner > 0 && (end < 0 || inner < end) ? inner : end >= 0 ? end : rest.length;
  if (sentence <= MAX_TITLE) return sentence;
  const comma = rest.indexOf('，');
  return comma > 0 && comma <= MAX_TITLE ? comma : MAX_TITLE;
}
