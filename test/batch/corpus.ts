// Small corpora for batch tests: copies of the seed reports, each made unique by
// a last line, spread over sub-folders.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS, tempDir } from '../helpers/cli.js';

export const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

/** `count` reports in `dir` (a new temporary folder by default); returns the folder and the sorted paths. */
export function makeCorpus(count: number, dir = tempDir('lawrep-batch-')): { dir: string; paths: string[] } {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `g${i % 7}`);
    mkdirSync(sub, { recursive: true });
    const path = join(sub, `r${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, `${seedTexts[i % seedTexts.length]}\n附件${i}\n`);
    paths.push(path);
  }
  return { dir, paths: paths.sort() };
}

export function jsonLines(text: string): Array<Record<string, any>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, any>);
}

export const pathsOf = (records: Array<Record<string, any>>): string[] => records.map((r) => r.source.path as string);
