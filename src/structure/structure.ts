// Normalised text → document metadata and the section tree.
import type { DocumentMeta, Warning } from '../model/schema.js';
import { type Normalised, sourceSpan } from '../normalise/normalise.js';
import type { SectionDraft } from '../pipeline.js';
import { findAgency } from './agency.js';
import { publishedAt } from './dates.js';
import { findGenre, namesLeadersDuty } from './genre.js';
import { findHeadings, type Heading, ordinalOf } from './headings.js';
import { defaultKind } from './kinds.js';
import { buildSections } from './sections.js';
import { type Para, paras, RUNNING_TEXT } from './text.js';
import { splitRunTogether } from './run-together.js';
import { findTitle } from './title.js';
import { findYear } from './year.js';

export interface Structure {
  document: DocumentMeta;
  sections: SectionDraft[];
  warnings: Warning[];
  /** Offsets in norm.text where a paragraph ends whatever its last words: the title's end, and each heading's (（六）加强法治宣传教育，提升法治素养 over its text, in a hard-wrapped source). */
  paragraphEnds: number[];
  /** Where the title ends in norm.text, or null for no title. */
  titleEnd: number | null;
}

const OPENING_PARAGRAPHS = 3;
/** After a heading's title, what leaves it alone in its paragraph: nothing, or a mark that ends it (一、主要举措。). */
const HEADING_ALONE = /^[。：:．.]?$/;
const SPEECH_DATELINE = /^[—－-]{1,2}.{4,80}会议上$/;
/**
 * A line that opens the appendices after the body (附件, 附件1：主要数据, 附表): what follows
 * is no part of the last section (its figures are not next year's plans).
 */
const APPENDIX = /^(?:附件|附表)[\d一二三四五六七八九十]*(?:[：:].{0,40})?$|^附[：:]/;
/** Short lines under a title that may name its author (关于…的报告 / （2023年2月10日） / 某市人民政府). */
const BYLINE_PARAGRAPHS = 3;

export function structure(norm: Normalised): Structure {
  const list = splitRunTogether(paras(norm));
  const allHeadings = findHeadings(list);
  const firstHeading = allHeadings[0]?.para;
  const appendix = appendixOf(list, allHeadings);
  const headings = appendix ? allHeadings.filter((h) => h.para.index < appendix.index) : allHeadings;
  const head = firstHeading ? list.slice(0, firstHeading.index) : list;
  const until = firstHeading ? (norm.toSource[firstHeading.start] ?? norm.source.length) : norm.source.length;
  const title = findTitle(norm, head, until);
  const afterTitle = title?.end != null ? list.filter((p) => p.start >= (title.end ?? 0)) : list;
  const headingParas = new Set(headings.map((h) => h.para.index));
  const byline = title?.end != null ? leadingShort(afterTitle, headingParas) : [];
  const opening = afterTitle.filter((p) => !headingParas.has(p.index) && p.text.length >= RUNNING_TEXT).slice(0, OPENING_PARAGRAPHS);
  const genre = findGenre(title?.normalised ?? null, norm.text);
  const last = list[list.length - 1];
  const bodyEnd = appendix ? sourceSpan(norm, appendix.start, appendix.end).start : last ? sourceSpan(norm, last.start, last.end).end : norm.source.length;
  const warnings: Warning[] = [];
  if (genre === 'unknown') warnings.push({ code: 'genre-unknown', message: 'the text names no known kind of report' });
  const year = findYear(title?.normalised ?? null, norm.text);
  return {
    document: {
      title: title?.text ?? null,
      agency: findAgency(norm, title, byline, opening, list),
      year,
      publishedAt: publishedAt(norm.chrome, list, appendix?.index),
      genre,
    },
    sections: buildSections(norm, headings, defaultKind(genre, title?.normalised ?? null), bodyEnd, year, title !== null && namesLeadersDuty(title.normalised)),
    warnings,
    paragraphEnds: [...(title?.end != null ? [title.end] : []), ...headings.filter((h) => HEADING_ALONE.test(norm.text.slice(h.titleEnd, h.para.end))).map((h) => h.para.end)],
    titleEnd: title?.end ?? null,
  };
}

/**
 * The line that opens the appendices: the first appendix line after the first heading that the
 * outline does not carry on after (附：主要数据对照 and a table, then 二、存在的问题: the table is part 一's).
 */
function appendixOf(list: Para[], headings: Heading[]): Para | undefined {
  const [first] = headings;
  if (first === undefined) return undefined;
  const top = headings.filter((h) => h.family === first.family);
  return list.find((p) => {
    if (p.index <= first.para.index || !APPENDIX.test(p.text)) return false;
    const next = top.findIndex((h) => h.para.index > p.index);
    const [before, after] = [top[next - 1], top[next]];
    return before === undefined || after === undefined || ordinalOf(markerOf(after)) !== ordinalOf(markerOf(before)) + 1;
  });
}

function markerOf(h: Heading): string {
  return h.para.text.slice(0, h.markerEnd - h.para.start);
}

/** The short paragraphs that open `list`, up to its first heading or running text. */
function leadingShort(list: Para[], headingParas: Set<number>): Para[] {
  const short: Para[] = [];
  for (const para of list.slice(0, BYLINE_PARAGRAPHS)) {
    // A speech's dateline (——2018年6月26日在某县人民代表大会常务委员会…会议上) comes before its speaker.
    if (SPEECH_DATELINE.test(para.text)) continue;
    if (headingParas.has(para.index) || para.text.length >= RUNNING_TEXT) break;
    short.push(para);
  }
  return short;
}
