// Types passed between pipeline stages. Offsets here are UTF-16 indices into
// the decoded source; extract() turns them into code points at the very end.
import type { Bound, SectionKind } from './model/schema.js';

export interface SectionDraft {
  id: string;
  level: number;
  marker: string;
  title: string;
  kind: SectionKind;
  /** UTF-16 offset of the heading in the source. */
  start: number;
  /** UTF-16 offset where the section ends in the source. */
  end: number;
  children: SectionDraft[];
}

export interface MentionDraft {
  indicator: string;
  label: string;
  value: number;
  unit: string;
  bound: Bound;
  subject: string | null;
  /** UTF-16 span in the source. */
  start: number;
  end: number;
  /** Where the mention's sentence starts in the source (a line broken inside the sentence does not end it). */
  sentenceStart: number;
  rule: string;
}
