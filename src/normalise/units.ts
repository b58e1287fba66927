// UTF-16 code units in a typed array → a string: how the folded and the
// normalised text, built unit by unit, become strings.
import { Buffer } from 'node:buffer';

const utf16 = new TextDecoder('utf-16le');
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Code units [from, to) as a new string. `wellFormed`: they hold no lone
 * surrogates, and then Buffer's decoder, several times faster, gives what
 * TextDecoder gives (it turns a lone surrogate into U+FFFD).
 */
export function fromCodes(codes: Uint16Array, from: number, to: number, wellFormed: boolean): string {
  if (littleEndian && wellFormed) return Buffer.from(codes.buffer, codes.byteOffset + from * 2, (to - from) * 2).toString('utf16le');
  if (littleEndian) return utf16.decode(codes.subarray(from, to));
  const parts: string[] = [];
  // Chunked: one call with a huge argument list overflows the stack.
  for (let i = from; i < to; i += 4096) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + 4096)) as unknown as number[]));
  }
  return parts.join('');
}
