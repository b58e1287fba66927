// The text for matching, built in place over the folded buffers. It never
// overtakes what is still to be read: lines are copied in order, without their
// chrome and cut-outs, and a paragraph's line break takes the free unit that
// follows each folded line.
import { fromCodes } from './units.js';
import type { FoldedLines } from './lines.js';

export class Output {
  /** Units written so far. */
  length = 0;

  constructor(private readonly folded: FoldedLines) {}

  /** Appends line `i` without the folded ranges in `cuts` (sorted by start; they may overlap). */
  copyLine(i: number, cuts: ReadonlyArray<readonly [number, number]> | null): void {
    const { lines } = this.folded;
    let from = lines.from(i);
    if (cuts !== null) {
      for (const [a, b] of cuts) {
        this.copy(from, a);
        from = Math.max(from, b);
      }
    }
    this.copy(from, lines.to(i));
  }

  /** Ends a paragraph whose last line ends at source offset `at`. */
  lineBreak(at: number): void {
    this.folded.codes[this.length] = 0x0a;
    this.folded.map[this.length++] = at;
  }

  /** The text (without a line break after the last paragraph) and its map to a source of `sourceLength` units. */
  finish(sourceLength: number): { text: string; toSource: Int32Array } {
    const { codes, map, shared, wellFormed } = this.folded;
    const end = this.length > 0 ? this.length - 1 : 0;
    map[end] = sourceLength;
    // A map in shared buffers, or a quarter longer than the text, is copied out; otherwise it is kept as it is.
    const toSource = shared || (end + 1) * 4 < map.length * 3 ? map.slice(0, end + 1) : map.subarray(0, end + 1);
    return { text: fromCodes(codes, 0, end, wellFormed), toSource };
  }

  private copy(from: number, to: number): void {
    if (to <= from) return;
    const { codes, map } = this.folded;
    if (from !== this.length) {
      codes.copyWithin(this.length, from, to);
      map.copyWithin(this.length, from, to);
    }
    this.length += to - from;
  }
}
