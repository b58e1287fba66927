// UTF-16 offsets (what JavaScript strings index by) → code points and lines
// (what the output promises), precomputed once per source.
import { withRoom } from './grow.js';
import { countAtOrBefore } from './sorted.js';

export interface SourceIndex {
  /** Code-point offset of a UTF-16 offset. */
  codePoint(utf16: number): number;
  /** 1-based line of a UTF-16 offset; CRLF, LF and CR each end a line. */
  line(utf16: number): number;
}

export function indexSource(source: string): SourceIndex {
  const lineStarts = lineStartsOf(source);
  const astral = lowSurrogatesOf(source);
  return {
    // Offsets are whole numbers: "before utf16" is "at or before utf16 - 1".
    codePoint: (utf16) => utf16 - countAtOrBefore(astral, utf16 - 1),
    line: (utf16) => countAtOrBefore(lineStarts, utf16),
  };
}

// Offsets go to typed arrays (a file of many short lines would otherwise cost
// a growing array of boxed numbers), found by native searches (indexOf, a
// regex), several times faster than a loop over every unit.

/** Where each line starts (the first at 0); CRLF, LF and CR each end a line. */
function lineStartsOf(source: string): Int32Array {
  const n = source.length;
  const starts = new Offsets();
  starts.push(0);
  let lf = nextOf(source, '\n', 0);
  let cr = nextOf(source, '\r', 0);
  while (lf < n || cr < n) {
    if (lf < cr) {
      starts.push(lf + 1);
      lf = nextOf(source, '\n', lf + 1);
    } else {
      const crlf = lf === cr + 1 && lf < n;
      starts.push(crlf ? cr + 2 : cr + 1);
      if (crlf) lf = nextOf(source, '\n', lf + 1);
      cr = nextOf(source, '\r', cr + 1);
    }
  }
  return starts.done();
}

function nextOf(source: string, unit: string, from: number): number {
  const at = source.indexOf(unit, from);
  return at < 0 ? source.length : at;
}

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/** UTF-16 offsets of low surrogates that follow a high one. */
function lowSurrogatesOf(source: string): Int32Array {
  const lows = new Offsets();
  SURROGATE_PAIR.lastIndex = 0;
  for (let m = SURROGATE_PAIR.exec(source); m; m = SURROGATE_PAIR.exec(source)) lows.push(m.index + 1);
  return lows.done();
}

/** A growing list of offsets, doubled when full. */
class Offsets {
  private data = new Int32Array(64);
  private length = 0;

  push(at: number): void {
    this.data = withRoom(this.data, this.length + 1);
    this.data[this.length++] = at;
  }

  /** The offsets, in an array of their own size: the index lives as long as the report is built. */
  done(): Int32Array {
    return this.length === this.data.length ? this.data : this.data.slice(0, this.length);
  }
}
