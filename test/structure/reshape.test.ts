// The seeds must read the same however they are laid out: re-wrapped like PDF
// text, with Windows line ends, with full-width digits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/normalise.js';
import { structure } from '../../src/structure/structure.js';
import { crlf, fullWidthDigits, rewrap } from '../helpers/reshape.js';

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');
const GOLD = join(import.meta.dirname, '../../fixtures/gold');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

const reshapes: Array<[string, (text: string) => string]> = [
  ['as given', (t) => t],
  ['re-wrapped at 28 with blank lines', (t) => rewrap(t, 28)],
  ['CRLF', crlf],
  ['full-width digits', fullWidthDigits],
  ['all three', (t) => crlf(fullWidthDigits(rewrap(t, 28)))],
];

function read(name: string) {
  const gold = JSON.parse(readFileSync(join(GOLD, name.replace(/\.txt$/, '.json')), 'utf8')) as {
    document: Record<string, unknown>;
    sections: Array<{ marker: string; kind: string }>;
  };
  return { text: readFileSync(join(SEEDS, name), 'utf8'), gold };
}

describe.each(reshapes)('seeds %s', (_name, reshape) => {
  it.each(seeds)('%s: document and top-level sections as in the gold file', (name) => {
    const { text, gold } = read(name);
    const { document, sections } = structure(normalise(reshape(text)));
    // The title is kept as written: in full-width digits where the text has them.
    const title = typeof gold.document.title === 'string' ? reshape(gold.document.title).replace(/\s/g, '') : gold.document.title;
    expect({ ...document, title: document.title?.replace(/\s/g, '') }).toEqual({ ...gold.document, title });
    expect(sections.map((s) => [s.marker.trim(), s.kind])).toEqual(gold.sections.map((s) => [s.marker, s.kind]));
  });
});
