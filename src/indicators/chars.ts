// Sets of single characters as lookup tables by UTF-16 code: testing a
// character is one array read, where a regex per character costs a call.

/** `set[text.charCodeAt(i)] === 1` for the characters of `chars`. */
export function charSet(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const c of chars) set[c.charCodeAt(0)] = 1;
  return set;
}

/** First index in [from, limit) whose character is in `set`; `limit` when none is. */
export function firstIn(text: string, set: Uint8Array, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (set[text.charCodeAt(i)] === 1) return i;
  return limit;
}

/** Last index in [limit, before) whose character is in `set`; -1 when none is. */
export function lastIn(text: string, set: Uint8Array, before: number, limit = 0): number {
  for (let i = before - 1; i >= limit; i--) if (set[text.charCodeAt(i)] === 1) return i;
  return -1;
}
