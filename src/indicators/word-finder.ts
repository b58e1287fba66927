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
  /**
   * The words by first character, until its branch of the trie is built: a cold start
   * on one report meets only some of the characters, and need not build the rest.
   */
  private readonly unbuilt = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    const list = [...words].filter((w) => w.length > 0);
    this.starts = charSet(list.map((w) => w.charAt(0)).join(''));
    for (const word of list) {
      const code = word.charCodeAt(0);
      const group = this.unbuilt.get(code);
      if (group === undefined) this.unbuilt.set(code, [word]);
      else group.push(word);
    }
  }

  /** The trie of the words that start with `code`, built on its first use. */
  private branch(code: number): TrieNode | undefined {
    const words = this.unbuilt.get(code);
    if (words === undefined) return undefined;
    this.unbuilt.delete(code);
    const branch: TrieNode = { word: null, next: new Map() };
    for (const word of words) {
      let node = branch;
      for (let i = 1; i < word.length; i++) {
        const at = word.charCodeAt(i);
        let next = node.next.get(at);
        if (next === undefined) {
          next = { word: null, next: new Map() };
          node.next.set(at, next);
        }
        node = next;
      }
      node.word = word;
    }
    this.root.set(code, branch);
    return branch;
  }

  /** The first word in `text` that starts at or after `from` and ends by `limit`; null when none does. */
  find(text: string, from: number, limit: number): WordAt | null {
    for (let start = from; start < limit; start++) {
      const first = text.charCodeAt(start);
      if (!inSet(this.starts, first)) continue;
      let found: string | null = null;
      let node = this.root.get(first) ?? this.branch(first);
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
