// `lawrep eval` must print what the reference scorer prints, on the seeds and
// on deliberately wrong output. Runs where python3 and the scorer are present.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../src/eval/format.js';
import { type GoldFile, type PredictedRecord, score } from '../../src/eval/score.js';
import { extract } from '../../src/extract.js';
import { GOLD, ROOT, SEEDS, tempDir } from '../helpers/cli.js';

const SCORER = resolve(ROOT, '../shared/tools/score.py');
const python = spawnSync('python3', ['--version']).status === 0 && existsSync(SCORER);

function golds(): GoldFile[] {
  return readdirSync(GOLD)
    .filter((n) => n.endsWith('.json'))
    .map((name) => ({ name, gold: JSON.parse(readFileSync(join(GOLD, name), 'utf8')) }));
}

function reference(records: PredictedRecord[]): string {
  const dir = tempDir();
  const out = join(dir, 'out.jsonl');
  writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const run = spawnSync('python3', [SCORER, out, GOLD, '--examples'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  return run.stdout;
}

function seedRecords(): PredictedRecord[] {
  return readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => extract(readFileSync(join(SEEDS, n)), { path: n }) as unknown as PredictedRecord);
}

describe.skipIf(!python)('eval agrees with the reference scorer', () => {
  it('on the seeds as extracted', () => {
    const records = seedRecords();
    expect(formatScore(score(golds(), records), { examples: true })).toBe(reference(records));
  });

  it('on wrong, partial and missing output', () => {
    const records = seedRecords()
      .slice(1)
      .map((r, i) => {
        const metrics = (r['metrics'] as Array<Record<string, unknown>>).filter((_, k) => k % (i + 2) !== 0);
        return {
          ...r,
          metrics: metrics.map((m, k) => (k % 3 === 0 ? { ...m, value: Number(m['value']) + 1, bound: 'about' } : m)),
          document: { ...(r['document'] as object), title: null },
          sections: [],
        };
      });
    expect(formatScore(score(golds(), records), { examples: true })).toBe(reference(records));
  });
});
