// Word lists → regexes: alternations longest-first, so that 行政处罚案件 wins
// over 行政处罚 where both match at one place.
export function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source of an alternation of `words`, longest first, no groups. */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return unique.map(escapeRegex).join('|');
}
