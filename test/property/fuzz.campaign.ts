// The long fuzz campaign run by `npm run fuzz` (scripts/fuzz.js), not by `npm test`:
// every case is checked and counted, instead of stopping at the first failure.
// Settings come from the environment: LAWREP_FUZZ_RUNS, LAWREP_FUZZ_SEED, LAWREP_FUZZ_REPORT.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { anyText, mutatedSeedBytes } from '../helpers/arbitraries.js';
import { checkExtract } from './invariants.js';

const RUNS = Number(process.env.LAWREP_FUZZ_RUNS ?? 100_000);
const SEED = Number(process.env.LAWREP_FUZZ_SEED ?? Date.now() % 2 ** 31);
const REPORT = process.env.LAWREP_FUZZ_REPORT;
const BATCH = 1000;
const KEPT_FAILURES = 20;

interface Failure {
  kind: 'crash' | 'invalid';
  input: string;
  why: string[];
}

it(`fuzzes extract with ${RUNS} cases`, () => {
  const input = fc.oneof({ weight: 3, arbitrary: anyText }, { weight: 1, arbitrary: mutatedSeedBytes });
  const started = performance.now();
  let cases = 0;
  let crashes = 0;
  let invalid = 0;
  let slowest = 0;
  const reached = { errorRecords: 0, withSections: 0, withMetrics: 0 };
  const failures: Failure[] = [];
  for (let batch = 0; cases < RUNS; batch++) {
    for (const value of fc.sample(input, { numRuns: Math.min(BATCH, RUNS - cases), seed: SEED + batch })) {
      const start = performance.now();
      const verdict = checkExtract(value);
      slowest = Math.max(slowest, performance.now() - start);
      cases++;
      const output = verdict.output;
      if (output && 'error' in output) reached.errorRecords++;
      else if (output) {
        if (output.sections.length > 0) reached.withSections++;
        if (output.metrics.length > 0) reached.withMetrics++;
      }
      if (verdict.crash === null && verdict.violations.length === 0) continue;
      if (verdict.crash !== null) crashes++;
      else invalid++;
      if (failures.length < KEPT_FAILURES) {
        failures.push({
          kind: verdict.crash !== null ? 'crash' : 'invalid',
          input: typeof value === 'string' ? JSON.stringify(value) : `bytes:${Buffer.from(value).toString('base64')}`,
          why: verdict.crash !== null ? [verdict.crash] : verdict.violations,
        });
      }
    }
  }
  const summary = { cases, crashes, invalid, reached, seconds: (performance.now() - started) / 1000, slowestCaseMs: slowest, seed: SEED, failures };
  if (REPORT) writeFileSync(REPORT, JSON.stringify(summary, null, 2));
  expect({ crashes, invalid }).toEqual({ crashes: 0, invalid: 0 });
}, 3_600_000);
