// `lawrep eval` must print what the reference scorer (score.py of the gold
// format's authors) prints. Its output was recorded once for two fixed
// extractions of the seeds — as extracted, and deliberately wrong, partial and
// missing — so the comparison needs neither python nor files outside the repo.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../src/eval/format.js';
import { type GoldFile, type PredictedRecord, score } from '../../src/eval/score.js';
import { GOLD } from '../helpers/cli.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function golds(): GoldFile[] {
  return readdirSync(GOLD)
    .filter((n) => n.endsWith('.json'))
    .map((name) => ({ name, gold: JSON.parse(readFileSync(join(GOLD, name), 'utf8')) }));
}

function records(name: string): PredictedRecord[] {
  return readFileSync(join(FIXTURES, `${name}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as PredictedRecord);
}

describe('eval agrees with the reference scorer', () => {
  it.each(['seeds-output', 'seeds-wrong'])('on %s', (name) => {
    const reference = readFileSync(join(FIXTURES, `${name}.score.txt`), 'utf8');
    expect(formatScore(score(golds(), records(name)), { examples: true })).toBe(reference);
  });
});
