// extract() under any input: never throws, never crashes internally, and its
// output is valid and faithful to the source (invariants.ts). Seeded, so that a
// run is reproducible; LAWREP_PROPERTY_SEED picks another seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, mutatedSeedBytes } from '../helpers/arbitraries.js';
import { extract } from '../../src/extract.js';
import { checkExtract } from './invariants.js';

const seed = Number(process.env.LAWREP_PROPERTY_SEED ?? 20241231);

function sound(input: string | Uint8Array): boolean {
  const verdict = checkExtract(input);
  expect(verdict.crash).toBeNull();
  expect(verdict.violations).toEqual([]);
  return true;
}

describe('extract on any input', () => {
  it('holds its invariants on text (8,000 cases)', () => {
    fc.assert(fc.property(anyText, sound), { numRuns: 8000, seed });
  }, 60_000);

  // Stages reuse buffers from call to call: nothing of one input may leak into the next.
  it('gives the same output for an input before and after another (500 pairs)', () => {
    fc.assert(
      fc.property(anyText, anyText, (first, other) => {
        const before = extract(first);
        extract(other);
        expect(extract(first)).toEqual(before);
      }),
      { numRuns: 500, seed },
    );
  }, 60_000);

  it('holds its invariants on mutated seed bytes (2,500 cases)', () => {
    fc.assert(fc.property(mutatedSeedBytes, sound), { numRuns: 2500, seed });
  }, 60_000);
});
