// Golden tests: every seed report against its gold file, as laid out and
// re-wrapped the way a PDF extractor would have left it. The bar: every core
// figure found, F1 ≥ 0.95, every bound right, every matched mention grounded
// in its evidence; offsets that slice the source to the mention's text; and
// no headline value taken from next year's plans.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_IDS } from '../../src/indicators/catalogue.js';
import { type GoldFile, type PredictedRecord, prf, score, scoredIndicators } from '../../src/eval/score.js';
import { extract } from '../../src/extract.js';
import type { Report, Section } from '../../src/model/schema.js';
import { GOLD, SEEDS } from '../helpers/cli.js';
import { rewrap } from '../helpers/reshape.js';

const golds: GoldFile[] = readdirSync(GOLD)
  .filter((n) => n.endsWith('.json'))
  .map((name) => ({ name, gold: JSON.parse(readFileSync(join(GOLD, name), 'utf8')) }));

function run(layout: (text: string) => string): Report[] {
  return golds.map(({ gold }) => {
    const out = extract(layout(readFileSync(join(SEEDS, gold.file), 'utf8')), { path: gold.file });
    if ('error' in out) throw new Error(`${gold.file}: ${out.error.message}`);
    return out;
  });
}

function measure(reports: Report[]) {
  const s = score(golds, reports as unknown as PredictedRecord[]);
  const indicators = scoredIndicators(s);
  return { s, all: prf(s, indicators), core: prf(s, indicators.filter((k) => CORE_IDS.has(k))) };
}

describe('seeds as published', () => {
  const reports = run((text) => text);
  const { s, all, core } = measure(reports);

  it('finds every core figure', () => expect(core.recall).toBe(1));
  it('reaches F1 0.95', () => expect(all.f1).toBeGreaterThanOrEqual(0.95));
  it('gets every bound right', () => expect(s.bounds.ok).toBe(s.bounds.n));
  it('grounds every matched mention in its evidence', () => expect(s.grounding.ok).toBe(s.grounding.n));

  it('points every mention at its words in the source', () => {
    for (const [i, report] of reports.entries()) {
      const source = Array.from(readFileSync(join(SEEDS, golds[i]?.gold.file ?? ''), 'utf8'));
      for (const m of report.metrics) expect(source.slice(m.start, m.end).join('')).toBe(m.text);
    }
  });

  it('takes no headline value from the plans', () => {
    for (const report of reports) {
      const planned = new Set<string>();
      const walk = (list: Section[], inPlans: boolean) => {
        for (const sec of list) {
          if (inPlans || sec.kind === 'plans') planned.add(sec.id);
          walk(sec.children, inPlans || sec.kind === 'plans');
        }
      };
      walk(report.sections, false);
      for (const [indicator, { mention }] of Object.entries(report.headline)) {
        const m = report.metrics[mention];
        expect(m?.indicator).toBe(indicator);
        expect(m?.section !== null && planned.has(m?.section ?? '')).toBe(false);
      }
    }
  });
});

describe('seeds re-wrapped at 28 characters with blank lines between', () => {
  const plain = measure(run((text) => text));
  const { s, all, core } = measure(run((text) => rewrap(text, 28)));

  it('finds the same figures', () => {
    expect(all.f1).toBeCloseTo(plain.all.f1, 2);
    expect(core.recall).toBe(1);
  });
  it('gets every bound right', () => expect(s.bounds.ok).toBe(s.bounds.n));
  it('grounds every matched mention in its evidence', () => expect(s.grounding.ok).toBe(s.grounding.n));
});
