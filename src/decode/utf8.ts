// Valid UTF-8 → text. Node's own UTF-8 decoder is slow on text that is mostly
// not ASCII (Chinese takes three bytes a character): decoding to code units
// here and making the string of them is about four times faster.
import { fromCodes } from './units.js';

/** Inputs up to this many bytes decode into a buffer kept from call to call; larger ones get their own. */
const SHARED_BYTES = 1 << 20;
let kept = new Uint16Array(0);

/** `bytes` must be valid UTF-8 (`isUtf8`): no sequence is checked here. */
export function decodeUtf8(bytes: Uint8Array): string {
  const n = bytes.length;
  // A character never takes fewer bytes than UTF-16 units.
  if (n > SHARED_BYTES) return decodeInto(bytes, new Uint16Array(n));
  if (kept.length < n) kept = new Uint16Array(Math.min(SHARED_BYTES, Math.max(n * 2, 1 << 14)));
  return decodeInto(bytes, kept);
}

function decodeInto(bytes: Uint8Array, units: Uint16Array): string {
  const n = bytes.length;
  let out = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      units[out++] = b;
      i += 1;
    } else if (b < 0xe0) {
      units[out++] = ((b & 0x1f) << 6) | continuation(bytes, i + 1);
      i += 2;
    } else if (b < 0xf0) {
      units[out++] = ((b & 0x0f) << 12) | (continuation(bytes, i + 1) << 6) | continuation(bytes, i + 2);
      i += 3;
    } else {
      // Beyond the BMP: a surrogate pair.
      const c = (((b & 0x07) << 18) | (continuation(bytes, i + 1) << 12) | (continuation(bytes, i + 2) << 6) | continuation(bytes, i + 3)) - 0x10000;
      units[out++] = 0xd800 | (c >> 10);
      units[out++] = 0xdc00 | (c & 0x3ff);
      i += 4;
    }
  }
  return fromCodes(units, 0, out, true);
}

/** The six payload bits of the continuation byte at `i`. */
function continuation(bytes: Uint8Array, i: number): number {
  return (bytes[i] ?? 0) & 0x3f;
}
