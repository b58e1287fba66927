// Paragraphs that open a section: a marker at the start, the heading words up to
// the end of its first sentence (`（一）依法行政能力显著提升。严格落实…`).
import { matchMarker, type MarkerFamily } from '../normalise/markers.js';
import type { Para } from './text.js';

export interface Heading {
  para: Para;
  family: MarkerFamily;
  /** Offsets in norm.text. */
  markerEnd: number;
  titleStart: number;
  titleEnd: number;
}

const SENTENCE_END = /[。；！？：]/;
const MAX_TITLE = 60;
/** `（一）、加强领导`: punctuation after the marker belongs to neither marker nor title (sticky: read from the marker's end). */
const AFTER_MARKER = /[、.：]*/y;

export function findHeadings(list: Para[]): Heading[] {
  const headings: Heading[] = [];
  for (const para of list) {
    const marker = matchMarker(para.text);
    // 一、本年新收政府信息公开申请数量|3: a table row, its first cell numbered, opens no section.
    if (marker === null || para.text.includes('|')) continue;
    AFTER_MARKER.lastIndex = marker.length;
    AFTER_MARKER.test(para.text);
    const words = AFTER_MARKER.lastIndex;
    if (words === para.text.length) continue;
    const rest = para.text.slice(words);
    const titleStart = para.start + words;
    headings.push({ para, family: marker.family, markerEnd: para.start + marker.length, titleStart, titleEnd: titleStart + titleLength(rest) });
  }
  return headings;
}

/** Length of the heading words at the start of `rest`. */
function titleLength(rest: string): number {
  const end = rest.search(SENTENCE_END);
  const sentence = end >= 0 ? end : rest.length;
  if (sentence <= MAX_TITLE) return sentence;
  const comma = rest.indexOf('，');
  return comma > 0 && comma <= MAX_TITLE ? comma : MAX_TITLE;
}
