// Views of the normalised text that the metadata and section rules share.
import { EMOJI_LEAD_CHARS, EMOJI_PAIR, SYMBOL_CHARS } from '../normalise/fold.js';
import { type Normalised, sourceSpan } from '../normalise/normalise.js';
import { repairOcrDigits } from '../normalise/ocr.js';

export interface Para {
  /** Index in norm.paragraphs. */
  index: number;
  /** Normalised text of the paragraph. */
  text: string;
  /** Offsets in norm.text. */
  start: number;
  end: number;
}

/** Paragraphs this long at least read as running text (opening sentences, the body under a heading). */
export const RUNNING_TEXT = 30;

export function paras(norm: Normalised): Para[] {
  // Pushed, not mapped: optimised code maps into a holey array and the builtin into a packed one,
  // and the readers would be compiled again on meeting the second kind.
  const list: Para[] = [];
  for (const p of norm.paragraphs) list.push({ index: list.length, text: norm.text.slice(p.start, p.end), start: p.start, end: p.end });
  return list;
}

const GLOSS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/g;

/**
 * The source words behind the normalised span [start, end): whitespace dropped
 * (kept between two Latin letters), optionally pinyin glosses dropped. Characters
 * stay as written (Traditional, full-width digits): a title is found in its source.
 */
export function sourceWords(norm: Normalised, start: number, end: number, dropGlosses = false): string {
  const span = sourceSpan(norm, start, end);
  const raw = norm.source.slice(span.start, span.end);
  // HTML left in a page's text is no part of a title's words (江海区<span>2023</span>年…).
  // A scan's letters among a title's digits read as the text reads them (2O21年度…).
  return repairOcrDigits(compact(raw.includes('<') || raw.includes('&') ? raw.replace(MARKUP, '') : raw, dropGlosses));
}

/** HTML tags and space entities, as normalise passes over them. */
const MARKUP = /<\/?[A-Za-z][^<>]{0,200}>|&(?:nbsp|ensp|emsp|thinsp|#160|#12288);/g;

/** Bullets, stars, emoji and zero-width characters, which normalise passes over: no words of a title or a name. */
const SYMBOLS = new RegExp(`[${SYMBOL_CHARS}]|${EMOJI_PAIR}`, 'g');

/** What `compact` changes apart from glosses; most titles and names hold none of it. */
const LOOSE = new RegExp(`[\\s${SYMBOL_CHARS}${EMOJI_LEAD_CHARS}]`);

export function compact(raw: string, dropGlosses = false): string {
  if (!LOOSE.test(raw)) return dropGlosses ? raw.replace(GLOSS, '') : raw;
  return compactSpaces(raw.replace(SYMBOLS, ''), dropGlosses);
}

function compactSpaces(raw: string, dropGlosses: boolean): string {
  const text = raw.replace(/\s+/g, (space, at: number) => {
    const before = raw[at - 1] ?? '';
    const after = raw[at + space.length] ?? '';
    return /[A-Za-z]/.test(before) && /[A-Za-z]/.test(after) ? ' ' : '';
  });
  return dropGlosses ? text.replace(GLOSS, '') : text;
}
