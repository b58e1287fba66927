// Mentions → one headline value per indicator.
import type { Headline, Mention, Section } from '../model/schema.js';

export function pickHeadline(_metrics: Mention[], _sections: Section[]): Headline {
  return {};
}
