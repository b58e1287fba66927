// Every catalogue entry carries its own examples and counter-examples: each
// example must give its mention, each counter-example none of that indicator.
import { describe, expect, it } from 'vitest';
import { CATALOGUE, INDICATOR_IDS, NOT_CUES, OTHER_ACTS } from '../../src/indicators/catalogue.js';
import { findMentions } from '../../src/indicators/find.js';
import { normalise } from '../../src/normalise/normalise.js';

function mentionsOf(text: string) {
  return findMentions(normalise(text), []);
}

describe('catalogue', () => {
  it('has unique ids of the form group.name', () => {
    expect(new Set(INDICATOR_IDS).size).toBe(INDICATOR_IDS.length);
    for (const id of INDICATOR_IDS) expect(id).toMatch(/^[a-z]+\.[a-z_]+$/);
  });

  it('lists each word that is no cue, and each act no indicator counts, once', () => {
    for (const words of [NOT_CUES, OTHER_ACTS]) expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('has the 36 indicators of the contract', () => {
    expect(INDICATOR_IDS).toHaveLength(36);
  });

  for (const indicator of CATALOGUE) {
    describe(indicator.id, () => {
      it('has examples and counter-examples', () => {
        expect(indicator.examples.length).toBeGreaterThan(0);
        expect(indicator.counterExamples.length).toBeGreaterThan(0);
      });
      for (const example of indicator.examples) {
        it(`finds ${example.value} in ${example.text}`, () => {
          const hits = mentionsOf(example.text).filter(
            (m) => m.indicator === indicator.id && Math.abs(m.value - example.value) <= 0.01,
          );
          expect(hits.length).toBeGreaterThan(0);
          expect(hits[0]?.bound).toBe(example.bound ?? 'exact');
        });
      }
      for (const counter of indicator.counterExamples) {
        it(`finds nothing in ${counter}`, () => {
          expect(mentionsOf(counter).filter((m) => m.indicator === indicator.id)).toEqual([]);
        });
      }
    });
  }
});
