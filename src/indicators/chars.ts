// Sets of single characters as bitmaps by UTF-16 code: testing a character is
// one array read, where a regex per character costs a call. A bit per code
// keeps each set to 8 KB (a byte per code would take 64 KB, and the hot loops
// read several sets, which would crowd the cache).

/** A set of UTF-16 codes; test membership with `inSet`. */
export type CharSet = Uint32Array;

export function charSet(chars: string): CharSet {
  const set = new Uint32Array(0x800);
  for (const c of chars) {
    const code = c.charCodeAt(0);
    set[code >>> 5] = (set[code >>> 5] ?? 0) | (1 << (code & 31));
  }
  return set;
}

/** Whether `code` is in `set`; false for -1 or NaN, the codes outside a text. */
export function inSet(set: CharSet, code: number): boolean {
  return code >= 0 && (((set[code >>> 5] ?? 0) >>> (code & 31)) & 1) === 1;
}

/**
 * The code at `i`, or -1 outside the text. Reading past either end in place
 * gives NaN, but costs optimised code a deoptimisation on first sight.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** First index in [from, limit) whose character is in `set`; `limit` when none is. */
export function firstIn(text: string, set: CharSet, from: number, limit: number): number {
  const end = Math.min(limit, text.length);
  for (let i = from; i < end; i++) if (inSet(set, text.charCodeAt(i))) return i;
  return limit;
}

/** Last index in [limit, before) whose character is in `set`; -1 when none is. */
export function lastIn(text: string, set: CharSet, before: number, limit = 0): number {
  for (let i = before - 1; i >= limit; i--) if (inSet(set, text.charCodeAt(i))) return i;
  return -1;
}

/** How many times `char` stands in `text`. */
export function countOf(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}
