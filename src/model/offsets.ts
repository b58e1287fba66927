// UTF-16 offsets (what JavaScript strings index by) → code points and lines
// (what the output promises), precomputed once per source.
export interface SourceIndex {
  /** Code-point offset of a UTF-16 offset. */
  codePoint(utf16: number): number;
  /** 1-based line of a UTF-16 offset; CRLF, LF and CR each end a line. */
  line(utf16: number): number;
}

export function indexSource(source: string): SourceIndex {
  // Two passes, counting then filling typed arrays: a file of many short lines
  // would otherwise cost a growing array of boxed numbers.
  let lines = 1;
  let pairs = 0;
  scan(source, () => lines++, () => pairs++);
  const lineStarts = new Int32Array(lines);
  const astral = new Int32Array(pairs); // UTF-16 offsets of low surrogates that follow a high one
  lines = 1;
  pairs = 0;
  scan(
    source,
    (next) => (lineStarts[lines++] = next),
    (low) => (astral[pairs++] = low),
  );
  return {
    codePoint: (utf16) => utf16 - countBelow(astral, utf16),
    line: (utf16) => countBelow(lineStarts, utf16 + 1),
  };
}

function scan(source: string, onLineStart: (at: number) => void, onLowSurrogate: (at: number) => void): void {
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a) onLineStart(i + 1);
    else if (c === 0x0d) {
      if (source.charCodeAt(i + 1) === 0x0a) i++;
      onLineStart(i + 1);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) onLowSurrogate(i + 1);
    }
  }
}

/** Number of sorted values < limit. */
function countBelow(sorted: Int32Array, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
