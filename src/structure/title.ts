// The report's own title: the best line block before the first heading. A block
// scores for naming a report (报告, 情况, 公示 …) and for standing just above the
// page's publication line; a page that repeats the title yields the fuller one.
import type { ChromeLine, Normalised } from '../normalise/normalise.js';
import { compact, type Para, sourceWords } from './text.js';

export interface Title {
  /** As written in the source, whitespace dropped. */
  text: string;
  /** In normalised form. */
  normalised: string;
  /** Offsets in norm.text of the title words, when they are in the text. */
  start: number | null;
  end: number | null;
}

const REPORT_WORD = /报告|总结|情况|公示|统计|思路|通报|要点|汇报|年报/;
const ENDS_REPORT = /(?:报告|总结|情况|公示|统计表|数据表|思路|通报|要点|汇报|年报)$/;
const ABOUT = '关于';
const ORG_ALONE = /^[^，。：\d]{2,30}(?:局|委员会|政府|办公室|办事处|厅|院|中心)$/;
const CONNECTIVE_END = /(?:[和与及的暨、]|关于)$/;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$|^\d{4}-\d{1,2}-\d{1,2}$/;
/** A news headline on the report: its publication announced, or a column's name before a bar. */
const NEWS_OF_REPORT = /(?:报告|总结)(?:全文)?(?:公布|出炉|发布|出台|亮相|来了|新鲜出炉)[！!]?$|^[^丨|｜]{2,8}[丨|｜]/;
/**
 * A notice heading `发布者（文号）：报告标题` names the report after its colon; a column's tag (【年报选登】) before it is the
 * site's, but not the body's name in brackets (【某市交通局】).
 */
const NOTICE = /^(?:[^：]{2,40}：|【[^】]{1,7}[^局委府办厅院心所队站】]】)(?=.{6,}(?:报告|总结)$)/;
const SHARED_FILE = /《(?<title>[^《》]{4,60})\.(?:docx?|pdf|wps|txt)》/;
const TITLE_FIELD = /^标题：.{4,80}$/;
const MAX_TITLE = 80;
const MIN_TITLE = 4;
const MAX_BODIES_BEFORE_TITLE = 3;

interface Block {
  paras: Para[];
  text: string;
  score: number;
  /** Whether no running text came before it (only such a block can be a title without a score). */
  beforeBody: boolean;
  /** The start of the title in a page's 标题： field right before the block, which the block's lines finish. */
  lead?: Title;
}

type Item = { para: Para } | { chrome: ChromeLine };

/** `head`: the paragraphs before the first heading; `until`: the source offset where they stop. */
export function findTitle(norm: Normalised, head: Para[], until: number): Title | null {
  const items = interleave(norm, head, until);
  const blocks: Block[] = [];
  let current: Block | null = null;
  let sharedTitle: string | null = null;
  let labelled: ChromeLine | null = null;
  let bodies = 0; // paragraphs of running text passed
  let scored = false;
  for (const [i, item] of items.entries()) {
    if ('chrome' in item) {
      current = null;
      if (item.chrome.kind === 'docshare') sharedTitle ??= SHARED_FILE.exec(item.chrome.text)?.groups?.title ?? null;
      if (item.chrome.kind === 'field' && TITLE_FIELD.test(item.chrome.text)) labelled ??= item.chrome;
      continue;
    }
    const text = item.para.text;
    if (isBody(text)) {
      current = null;
      // A cover letter or notice may come before the title; the report itself follows soon.
      if (scored || ++bodies >= MAX_BODIES_BEFORE_TITLE) break;
      continue;
    }
    // 某局…工作情况的报 / 告: a tail too short to stand alone finishes the title it completes.
    const tail = current !== null && text.length < MIN_TITLE && ENDS_REPORT.test(current.text + text);
    if (!titleLike(text) && !tail) {
      current = null;
      continue;
    }
    if (current && (tail || joins(current.text, text, norm.wrapped))) {
      current.paras.push(item.para);
      current.text += text;
    } else {
      // 标题：某委员会关于2022年度 / 法治政府建设情况的报告: the field's value, cut short, runs on into the line after it.
      const before = items[i - 1];
      const field = before && 'chrome' in before && before.chrome.kind === 'field' && TITLE_FIELD.test(before.chrome.text) ? fieldTitle(norm, before.chrome) : null;
      // 某委员会 / 某发〔2022〕9号 / 某委员会 / 关于…的报告: the body's name above the 关于 of its report, dropped as a line said twice.
      const nameAbove = before && 'chrome' in before && before.chrome.kind === 'furniture' && ORG_ALONE.test(before.chrome.text) && text.startsWith(ABOUT) ? chromeText(norm, before.chrome) : undefined;
      const lead = field && !ENDS_REPORT.test(field.normalised) ? field : nameAbove;
      current = { paras: [item.para], text: (lead?.normalised ?? '') + text, score: 0, beforeBody: bodies === 0, lead };
      blocks.push(current);
    }
    const next = items[i + 1];
    // A sentence that speaks of the report (近日，县政府公开了…报告，一起来看) scores below the report's own title;
    // so does news of it (武侯区2025年法治政府建设年度报告公布, 数说法治丨…报告出炉), over its text on a page.
    const naming = REPORT_WORD.test(current.text) ? (NEWS_OF_REPORT.test(current.text) ? 0 : current.text.includes('，') ? 1 : 2) : 0;
    current.score = naming + (next && 'chrome' in next && next.chrome.kind === 'field' ? 1 : 0);
    if (current.score > 0) scored = true;
  }
  const best = pick(blocks);
  if (best) return titleOf(norm, best);
  if (labelled) return fieldTitle(norm, labelled);
  return sharedTitle ? { text: sharedTitle, normalised: sharedTitle, start: null, end: null } : null;
}

/** Head paragraphs and the chrome lines among them, in source order. */
function interleave(norm: Normalised, head: Para[], until: number): Item[] {
  // Pushed, not mapped: a mapped list is holey or packed by whether this is optimised.
  const items: Array<Item & { at: number }> = [];
  for (const para of head) items.push({ para, at: norm.toSource[para.start] ?? 0 });
  for (const chrome of norm.chrome) if (chrome.start < until) items.push({ chrome, at: chrome.start });
  return items.sort((a, b) => a.at - b.at);
}

function isBody(text: string): boolean {
  return (text.includes('。') && text.length > 25) || text.length > MAX_TITLE;
}

/** No title ends in a colon or a full stop, nor runs through cells (信息公开|计划总结|…报告); a short sentence is not one. */
function titleLike(text: string): boolean {
  return text.length >= MIN_TITLE && !/[：。]$/.test(text) && !DATE_LINE.test(text) && !CELLS.test(text);
}

/** Two bars or more: a breadcrumb's or a table's cells. */
const CELLS = /[|｜][^|｜]*[|｜]/;

/** Whether the next line carries on a title broken over lines. */
function joins(before: string, next: string, wrapped: boolean): boolean {
  // A title has no full stop: a line with one is the text.
  if (before.length + next.length > MAX_TITLE || next.includes('。')) return false;
  // …工作情况 / 的报告: no title starts with 的; the line before was cut in the middle.
  if (ENDS_REPORT.test(before)) return /^[的之]/.test(next) && ENDS_REPORT.test(next);
  // A body's name alone above the title (a letterhead) is not part of it; above a year, or
  // above the 关于 of its report (台山市人民政府 / 关于2023年度…的报告), it is.
  if (ORG_ALONE.test(before)) return /^\d/.test(next) || next.startsWith(ABOUT);
  if (wrapped) return true;
  // A web page breaks a title only where the first part cannot stand alone, nor the next (吴兴发布 /
  // 湖州市吴兴区人民政府关于…的报告: a post's account above a whole title).
  if (WHOLE_TITLE.test(next) && ENDS_REPORT.test(next)) return CONNECTIVE_END.test(before);
  return CONNECTIVE_END.test(before) || /^\d/.test(next) || next.length <= 6 || (ENDS_REPORT.test(next) && !REPORT_WORD.test(before));
}

/** A title that opens with its body, named from its place on, then 关于 or its year: whole, nothing before it missing (not 环境局2022年…). */
const WHOLE_TITLE = /^[\u4e00-\u9fff]{1,10}?[省市县区州旗盟][^，。：\d]{0,24}?(?:局|委员会|委|政府|办公室|办事处|厅|院|中心)(?:关于|\d{4}年)/;

/** Highest score; among equals the first, unless a later one contains it (the fuller title). */
function pick(blocks: Block[]): Block | null {
  let best: Block | null = null;
  for (const b of blocks) {
    if (!best || b.score > best.score || (b.score === best.score && b.text.length > best.text.length && b.text.includes(best.text))) best = b;
  }
  if (best && best.score === 0) return blocks.filter((b) => b.beforeBody).pop() ?? null;
  return best;
}

/** A notice that publishes the report names it in 《》: the report's own title is the title. */
const PUBLISHING_NOTICE = /关于(?:印发|转发|公布|发布|报送|上报|呈报)《(?<report>[^《》]{6,80}(?:报告|总结|情况))》的(?:通知|函|公告|通告)$/;

function titleOf(norm: Normalised, block: Block): Title {
  const first = block.paras[0];
  const last = block.paras[block.paras.length - 1];
  if (!first || !last) return { text: block.text, normalised: block.text, start: null, end: null };
  const published = block.paras.length === 1 ? PUBLISHING_NOTICE.exec(first.text) : null;
  const report = published?.groups?.report;
  if (published && report) {
    const start = first.start + published.index + published[0].indexOf('《') + 1;
    return { text: sourceWords(norm, start, start + report.length), normalised: report, start, end: start + report.length };
  }
  const notice = NOTICE.exec(first.text);
  const start = first.start + (notice && block.paras.length === 1 ? notice[0].length : 0);
  let text = '';
  for (const p of block.paras) text += sourceWords(norm, p === first ? start : p.start, p.end);
  const lead = block.lead;
  if (lead) return { text: lead.text + text, normalised: block.text, start, end: last.end };
  return { text: withoutSite(text), normalised: withoutSite(block.text.slice(start - first.start)), start, end: last.end };
}

/** A page title's site after the report's name: `…年度报告_某市人民政府门户网站`, `…情况的报告 - 某局`. */
const SITE_SUFFIX = /(?<=报告|总结|情况|公示|统计表|数据表|年报|）)[_|｜-][^_|｜\-—–\d]{1,38}(?:网站|网|门户|政府|局|委员会|委|厅|办公室|办|中心|院|署)$/;

function withoutSite(title: string): string {
  return title.replace(SITE_SUFFIX, '');
}

/** The value of a page's 标题： field, as written. */
/** A chrome line's words as a title's lead, as the source gives them. */
function chromeText(norm: Normalised, line: ChromeLine): Title {
  return { text: compact(norm.source.slice(line.start, line.end)), normalised: line.text, start: null, end: null };
}

function fieldTitle(norm: Normalised, line: ChromeLine): Title {
  const { text } = chromeText(norm, line);
  return { text: text.slice(text.search(/[:：]/) + 1), normalised: line.text.slice('标题：'.length), start: null, end: null };
}
