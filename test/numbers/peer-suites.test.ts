// Runs the peer test suites copied from cn2an and Recognizers-Text (MIT, see
// the LICENSE files beside the data) and asserts the pass rates lawrep promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/numbers/parse.js';

function readJsonl<T>(path: string): T[] {
  const text = readFileSync(new URL(`./peer-suites/${path}`, import.meta.url), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as T);
}

interface Cn2anCase { input: string; expected: number | string; mode: string }
interface Cn2anError { input: string; rejectIn: string[] }
interface RecognizerCase {
  input: string;
  expected: { value: string | null }[];
  script: 'simplified' | 'traditional';
  wholeString: boolean;
}

interface Outcome { input: string; pass: boolean; got: number | null; want: number }

/** Recognizers-Text prints repeating values to 15 significant digits (350.333333333333). */
function sameAsPrinted(got: number, want: number): boolean {
  return got === want || Number(got.toPrecision(15)) === want;
}

function run(cases: { input: string; want: number; percent: boolean }[], equal = (got: number, want: number) => got === want): Outcome[] {
  return cases.map(({ input, want, percent }) => {
    const got = parseNumber(input);
    return { input, want, got: got?.value ?? null, pass: got !== null && equal(got.value, want) && got.percent === percent };
  });
}

function report(name: string, outcomes: Outcome[]): number {
  const passed = outcomes.filter((o) => o.pass).length;
  const rate = passed / outcomes.length;
  const failures = outcomes.filter((o) => !o.pass).map((o) => `  ${o.input} → ${o.got} (want ${o.want})`);
  console.log(`${name}: ${passed}/${outcomes.length} = ${(rate * 100).toFixed(1)}%\n${failures.join('\n')}`);
  return rate;
}

function recognizerCases(file: string, keep: (input: string) => boolean, percent: boolean) {
  return readJsonl<RecognizerCase>(file)
    .filter((c) => c.wholeString && c.script === 'simplified' && keep(c.input))
    .map((c) => ({ input: c.input, want: Number(c.expected[0]?.value?.replace('%', '')), percent }));
}

describe('peer suites', () => {
  it('passes at least 95% of cn2an cases.jsonl', () => {
    const cases = readJsonl<Cn2anCase>('cn2an/cases.jsonl');
    const rate = report('cn2an cases.jsonl', run(cases.map((c) => ({ input: c.input, want: Number(c.expected), percent: false }))));
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('reads every cn2an digit-by-digit case (direct.jsonl) as its value', () => {
    const cases = readJsonl<Cn2anCase>('cn2an/direct.jsonl');
    const rate = report('cn2an direct.jsonl', run(cases.map((c) => ({ input: c.input, want: Number(c.expected), percent: false }))));
    expect(rate).toBe(1);
  });

  it('rejects the cn2an error inputs that no mode accepts as a number', () => {
    const valid = new Set(readJsonl<Cn2anCase>('cn2an/cases.jsonl').map((c) => c.input));
    const rejected = readJsonl<Cn2anError>('cn2an/errors.jsonl')
      .filter((e) => e.rejectIn.includes('normal') && !valid.has(e.input))
      .map((e) => e.input);
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.filter((input) => parseNumber(input) !== null)).toEqual([]);
  });

  it('passes at least 85% of the Simplified whole-string Recognizers-Text numbers', () => {
    const rate = report('recognizers-text number.jsonl (whole-string, Simplified)', run(recognizerCases('recognizers-text/number.jsonl', () => true, false), sameAsPrinted));
    expect(rate).toBeGreaterThanOrEqual(0.85);
  });

  it('passes at least 85% of the whole-string Recognizers-Text percentages written with 百分之 or %', () => {
    const usesPercent = (input: string) => /百\s*分\s*之|[%％]/.test(input);
    const rate = report('recognizers-text percent.jsonl (whole-string, Simplified, 百分之 or %)', run(recognizerCases('recognizers-text/percent.jsonl', usesPercent, true)));
    expect(rate).toBeGreaterThanOrEqual(0.85);
  });
});
