// The 40 report excerpts of the shared corpus against their gold files, where
// the corpus is present beside the repository (it is never copied into it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GoldFile, type PredictedRecord, prf, score, scoredIndicators } from '../../src/eval/score.js';
import { extract } from '../../src/extract.js';
import { CORE_IDS } from '../../src/indicators/catalogue.js';
import { ROOT } from '../helpers/cli.js';
import { rewrap } from '../helpers/reshape.js';

const CORPUS = resolve(ROOT, '../shared/corpus');
const GOLD = resolve(ROOT, '../shared/gold/dev');
const present = existsSync(CORPUS) && existsSync(GOLD);

function measure(layout: (text: string) => string) {
  const golds: GoldFile[] = readdirSync(GOLD)
    .filter((n) => n.endsWith('.json'))
    .map((name) => ({ name, gold: JSON.parse(readFileSync(join(GOLD, name), 'utf8')) }));
  const records = golds.map(
    ({ gold }) => extract(layout(readFileSync(join(CORPUS, gold.file), 'utf8')), { path: gold.file }) as unknown as PredictedRecord,
  );
  const s = score(golds, records);
  const indicators = scoredIndicators(s);
  return { s, all: prf(s, indicators), core: prf(s, indicators.filter((k) => CORE_IDS.has(k))) };
}

describe.skipIf(!present)('corpus', () => {
  it('reaches F1 0.90 and core recall 0.90, with bounds and grounding right', () => {
    const { s, all, core } = measure((text) => text);
    expect(all.f1).toBeGreaterThanOrEqual(0.9);
    expect(core.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.bounds.ok).toBe(s.bounds.n);
    expect(s.grounding.ok).toBe(s.grounding.n);
  });

  it('reaches F1 0.90 re-wrapped at 28 characters', () => {
    expect(measure((text) => rewrap(text, 28)).all.f1).toBeGreaterThanOrEqual(0.9);
  });
});
