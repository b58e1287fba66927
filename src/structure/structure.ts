// Normalised text → document metadata and the section tree.
import type { DocumentMeta, Warning } from '../model/schema.js';
import type { Normalised } from '../normalise/normalise.js';
import type { SectionDraft } from '../pipeline.js';

export interface Structure {
  document: DocumentMeta;
  sections: SectionDraft[];
  warnings: Warning[];
}

export function structure(_norm: Normalised): Structure {
  return {
    document: { title: null, agency: null, year: null, publishedAt: null, genre: 'unknown' },
    sections: [],
    warnings: [],
  };
}
