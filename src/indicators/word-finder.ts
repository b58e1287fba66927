// Finding the words of a long list (the catalogue's cue words) in text. An
// alternation regex of hundreds of words steps slowly through Chinese text;
// a trie entered only at characters that start a word does the same search.
import { type CharSet, charSet, inSet } from './chars.js';

/** A word of the list where it stands. */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

interface TrieNode {
  /** The word that ends here, if one does. */
  word: string | null;
  next: Map<number, TrieNode>;
}

/**
 * Finds words as an alternation of them, longest first, would: the leftmost
 * place where one starts, and the longest word there.
 */
export class WordFinder {
  private readonly starts: CharSet;
  private readonly root = new Map<number, TrieNode>();

  constructor(words: Iterable<string>) {
    const list = [...words].filter((w) => w.length > 0);
    this.starts = charSet(list.map((w) => w.charAt(0)).join(''));
    for (const word of list) {
      let level = this.root;
      let node: TrieNode | undefined;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        node = level.get(code);
        if (node === undefined) {
          node = { word: null, next: new Map() };
          level.set(code, node);
        }
        level = node.next;
      }
      if (node !== undefined) node.word = word;
    }
  }

  /** The first word in `text` that starts at or after `from` and ends by `limit`; null when none does. */
  find(text: string, from: number, limit: number): WordAt | null {
    for (let start = from; start < limit; start++) {
      if (!inSet(this.starts, text.charCodeAt(start))) continue;
      let found: string | null = null;
      let node = this.root.get(text.charCodeAt(start));
      for (let at = start + 1; node !== undefined; at++) {
        if (node.word !== null) found = node.word;
        if (at >= limit) break;
        node = node.next.get(text.charCodeAt(at));
      }
      if (found !== null) return { word: found, start, end: start + found.length };
    }
    return null;
  }
}
