// Normalised text + sections → every figure mention, by the catalogue's rules.
import type { Normalised } from '../normalise/normalise.js';
import type { MentionDraft, SectionDraft } from '../pipeline.js';

export function findMentions(_norm: Normalised, _sections: SectionDraft[]): MentionDraft[] {
  return [];
}

/** A stable description of the rule set, hashed into every record's stamp. */
export function describeRules(): string {
  return 'catalogue:empty';
}
