// Source text → text for matching, with a map back to source offsets.
export interface Normalised {
  /** The decoded source, unchanged. */
  source: string;
  /** Text for matching: one paragraph per line, widths folded, noise spaces removed. */
  text: string;
  /** toSource[i] is the UTF-16 offset in `source` of text[i]; toSource[text.length] is source.length. */
  toSource: Int32Array;
}

/** The source span (UTF-16, end exclusive) of the normalised span [start, end). */
export function sourceSpan(norm: Normalised, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.toSource[start] ?? norm.source.length;
    return { start: at, end: at };
  }
  return { start: norm.toSource[start] ?? 0, end: (norm.toSource[end - 1] ?? 0) + 1 };
}

function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0xa0) return 0x20;
  return code;
}

export function normalise(source: string): Normalised {
  const out: number[] = [];
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = fold(source.charCodeAt(i));
    if (c === 0x20 || c === 0x09) continue;
    if (c === 0x0a || c === 0x0d) {
      if (out.length > 0 && out[out.length - 1] !== 0x0a) {
        out.push(0x0a);
        map.push(i);
      }
      continue;
    }
    out.push(c);
    map.push(i);
  }
  map.push(source.length);
  return { source, text: fromCodes(out), toSource: Int32Array.from(map) };
}

function fromCodes(codes: number[]): string {
  let text = '';
  // Chunked: spreading a huge array into one call overflows the stack.
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}
