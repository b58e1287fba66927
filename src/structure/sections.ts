// Headings → the section tree. Levels follow the marker family: 第一部分 and 一、
// (or a post's 01, or the unmarked lines that name the report's parts) always rank first, the
// other families by their first appearance.
import type { SectionKind } from '../model/schema.js';
import { type Normalised, sourceSpan } from '../normalise/normalise.js';
import type { SectionDraft } from '../pipeline.js';
import type { Heading, HeadingFamily } from './headings.js';
import { kindOfHeading, leadersOwnKind, WORK_DONE } from './kinds.js';
import { sourceWords } from './text.js';

const FIXED_RANK: Partial<Record<HeadingFamily, number>> = { part: 0, chinese: 1, padded: 1, unmarked: 1 };

/** A section not yet closed: its rank, the section, and where its words start after its heading (normalised). */
interface OpenSection {
  rank: number;
  node: SectionDraft;
  body: number;
}

/**
 * `year`: the year the report covers, when known; `fallback`: the kind of a top-level section whose words name none;
 * `leadersOwn`: whether the report is one leader's own, on the duty.
 */
export function buildSections(norm: Normalised, headings: Heading[], fallback: SectionKind, bodyEnd: number, year: number | null, leadersOwn = false): SectionDraft[] {
  const rank = new Map<HeadingFamily, number>();
  const roots: SectionDraft[] = [];
  // Each open section with where its words start after its heading, to read a profile's body when the section closes.
  const open: OpenSection[] = [];
  for (const h of headings) {
    if (!rank.has(h.family)) rank.set(h.family, FIXED_RANK[h.family] ?? 2 + rank.size);
    const r = rank.get(h.family) ?? 0;
    while (open.length > 0 && (open[open.length - 1]?.rank ?? 0) >= r) close(open.pop(), norm, h.para.start);
    const parent = open[open.length - 1]?.node;
    const siblings = parent ? parent.children : roots;
    const title = sourceWords(norm, h.titleStart, h.titleEnd);
    const marker = sourceSpan(norm, h.para.start, h.markerEnd);
    const words = norm.text.slice(h.titleStart, h.titleEnd);
    const named = kindOfHeading(words, year);
    // 八、法制审核：审核行政处罚案件126件…: a part that is a label and its figures, as a bulletin of the year's data has them, gives
    // data, whatever field of work its label names; not a part on the work done (一、主要成效：…).
    const data = !parent && (named === null || (named === 'measures' && !WORK_DONE.test(words))) && dataLine(norm.text.slice(h.titleEnd, h.para.end));
    const kind = data ? 'other' : (named ?? parent?.kind ?? fallback);
    const node: SectionDraft = {
      id: parent ? `${parent.id}.${siblings.length + 1}` : String(siblings.length + 1),
      level: open.length + 1,
      marker: norm.source.slice(marker.start, marker.end),
      title,
      kind: leadersOwn && !parent ? leadersOwnKind(kind, words) : kind,
      start: marker.start,
      end: bodyEnd,
      children: [],
    };
    siblings.push(node);
    open.push({ rank: r, node, body: h.titleEnd });
  }
  return roots;
}

/** After a heading's label, its colon and figures (：受理1,326件，办结1,318件; ：无。): a line of data. */
const DATA_AFTER_LABEL = /^[：:](?=[^。]{0,30}(?:\d|[一二三四五六七八九十百千]+[件次起宗项家]|无|零))/;

function dataLine(afterLabel: string): boolean {
  return DATA_AFTER_LABEL.test(afterLabel);
}

/** A heading of the body's particulars (基本情况), which may be its profile rather than its year's work. */
const PARTICULARS = /^[\u4e00-\u9fff]{0,6}基本情况$/;
/** What a profile tells: the area, people and make-up of the body, or the things it oversees (辖, 内设, 编制, 使用单位). */
const PROFILE = /辖|面积|人口|内设|编制|在编|下设|地处|组建|使用单位|现有/;
/** Words of the year's work, which a profile has none of (查处, 开展, 2023年，). */
const YEARS_WORK = /查处|办理|受理|开展|立案|作出|举办|实施|坚持|推进|落实|梳理|(?:19|20)\d{2}年[，,]/;
const MAX_PROFILE = 400;

/** Whether a section's own words, with no sections under it, are a short profile of the body: `other`, as the parts on data are. */
function profileOnly(body: string): boolean {
  return body.length <= MAX_PROFILE && PROFILE.test(body) && !YEARS_WORK.test(body);
}

function close(section: OpenSection | undefined, norm: Normalised, nextStart: number): void {
  if (!section) return;
  const { node, body } = section;
  node.end = sourceSpan(norm, nextStart, nextStart + 1).start;
  // 一、基本情况 / 石溪乡地处县境东南，辖13个行政村…: a profile, no work done.
  if (node.kind === 'measures' && node.children.length === 0 && PARTICULARS.test(node.title) && profileOnly(norm.text.slice(body, nextStart))) node.kind = 'other';
}
