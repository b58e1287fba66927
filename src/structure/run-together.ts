// A report whose body was run into one paragraph, its parts' markers inside the line
// (…现将有关情况报告如下：一、主要举措和成效（一）…。二、存在的问题。…三、下一步工作计划。…):
// the paragraph is cut before each part's marker, so that the parts head their sections.
import { matchMarker } from '../normalise/markers.js';
import { ordinalOf } from './headings.js';
import { kindOfHeading } from './kinds.js';
import type { Para } from './text.js';

/** A part's marker after a sentence's end or a bracket's close, not the first of numbers listed (一、二级). */
const INLINE_PART = /(?<=[。；：！？）”])([一二三四五六七八九十])、(?![一二三四五六七八九十])/g;
/** How far a part's heading words reach after its marker. */
const HEADING_REACH = 40;
const HEADING_END = /[。；！？：（]/;
/** Parts in a row, from 一, that make an outline. */
const MIN_PARTS = 2;

/** Whether some line opens on a part's marker: the outline is on lines of its own. */
function hasMarkedParts(list: Para[]): boolean {
  return list.some((p) => {
    const family = matchMarker(p.text)?.family;
    return family === 'chinese' || family === 'part';
  });
}

/**
 * The paragraphs with each run-together one cut before its parts' markers: where no line opens on a part's
 * marker, and markers in the lines rise from 一 in order, each before words that name a part, one of them a
 * part beyond the work done (its shortcomings, plans, the leader's duty). Else the list as it is.
 */
export function splitRunTogether(list: Para[]): Para[] {
  if (hasMarkedParts(list)) return list;
  const cuts: Array<{ para: number; at: number }> = [];
  let beyondWork = false;
  for (const [i, para] of list.entries()) {
    for (const m of para.text.matchAll(INLINE_PART)) {
      if (ordinalOf(m[1] ?? '') !== cuts.length + 1) continue;
      const rest = para.text.slice(m.index + m[0].length, m.index + m[0].length + HEADING_REACH);
      const end = rest.search(HEADING_END);
      const kind = kindOfHeading(end >= 0 ? rest.slice(0, end) : rest);
      if (kind === null) continue;
      beyondWork ||= kind !== 'measures' && kind !== 'other';
      cuts.push({ para: i, at: m.index });
    }
  }
  if (cuts.length < MIN_PARTS || !beyondWork) return list;
  const split: Para[] = [];
  for (const [i, para] of list.entries()) {
    let from = 0;
    for (const cut of cuts) {
      if (cut.para !== i || cut.at === from) continue;
      split.push({ index: split.length, text: para.text.slice(from, cut.at), start: para.start + from, end: para.start + cut.at });
      from = cut.at;
    }
    split.push({ index: split.length, text: para.text.slice(from), start: para.start + from, end: para.end });
  }
  return split;
}
