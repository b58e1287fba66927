// Heading markers, matched at the start of a normalised paragraph (spaces
// removed, brackets full-width, digits ASCII). Normalisation needs them to keep
// heading lines apart; structure needs them to build the section tree.

export type MarkerFamily = 'part' | 'chinese' | 'padded' | 'paren-chinese' | 'arabic' | 'paren-arabic' | 'circled';

const CN = '[一二三四五六七八九十]{1,3}';

/** Order matters only for readability: the patterns cannot both match one start (each has its own first characters, or, for 0 and 1–9, its own second). */
const MARKERS: ReadonlyArray<{ family: MarkerFamily; pattern: RegExp }> = [
  // 第一部分, 第二章; 第一、 as some reports number their parts (not 第一、二季度).
  { family: 'part', pattern: new RegExp(`^第(?:${CN}|\\d{1,2})(?:部分|章|、(?![一二三四五六七八九十](?:季度|季|月份|月|级|类)))`) },
  // Not the first of numbers listed (三、四季度, 一、二级): a wrapped line may open with them. A post may bracket it (【一】).
  { family: 'chinese', pattern: new RegExp(`^(?:${CN}[、.](?![一二三四五六七八九十](?:季度|季|月份|月|级|类))|【${CN}】)`) },
  // A social-media post's parts, 01 to 09, alone on their line or before the words (01主要举措和成效); not 05月,
  // nor the rest of a number cut at a line's end (1,3 / 02宗); a card's bar may follow it (01 ▏主要举措和成效).
  { family: 'padded', pattern: /^0[1-9](?=$| \d| ?[▏丨｜|│]|(?![年月日号时分件次个人元万亿期届批项条章节宗起家户场份所处名例台辆套张册卷篇])[\u4e00-\u9fff])/ },
  { family: 'paren-chinese', pattern: new RegExp(`^（${CN}）`) },
  // `1.` but not `4.25` or `1.5万`, though before a year (3.2018年工作打算); `1)` where a Word file's numbering was turned into text.
  { family: 'arabic', pattern: /^\d{1,2}(?:、|\.(?!\d)|\.(?=(?:19|20)\d{2}年)|）)/ },
  { family: 'paren-arabic', pattern: /^（\d{1,2}）/ },
  { family: 'circled', pattern: /^[\u2460-\u2473]/ },
];

export interface MarkerMatch {
  family: MarkerFamily;
  /** Length of the marker in the normalised text. */
  length: number;
}

/**
 * All markers in one regex, one group per family: it is asked of nearly every
 * line, and one regex call costs far less than six. Since no two patterns match
 * one start, the first group that matches is the family's own match.
 */
const ANY_MARKER = new RegExp(MARKERS.map(({ pattern }) => `(${pattern.source})`).join('|'));

export function matchMarker(line: string): MarkerMatch | null {
  const m = ANY_MARKER.exec(line);
  if (m === null) return null;
  for (let g = 0; g < MARKERS.length; g++) {
    const found = m[g + 1];
    const family = MARKERS[g]?.family;
    if (found !== undefined && family !== undefined) return { family, length: found.length };
  }
  return null;
}

/**
 * A marker of the upper families after a run of spaces inside a raw source
 * line: where a web page runs several paragraphs into one line.
 */
export const INLINE_MARKER = /[ \t\u00a0\u3000]+(?=[（(] ?[一二三四五六七八九十]{1,3} ?[）)]|[一二三四五六七八九十]{1,3}[、．]|第[一二三四五六七八九十]{1,3}部分)/g;
