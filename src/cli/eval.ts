// `lawrep eval GOLD_DIR [INPUT_DIR]`: extract every report a gold file names
// (or read an existing JSON Lines output) and print the score table, the same
// as the reference scorer prints it. The table is the command's data: stdout.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { formatScore } from '../eval/format.js';
import { type GoldFile, type GoldReport, type PredictedRecord, score } from '../eval/score.js';
import { EXIT, type ExitCode, UsageError } from './errors.js';
import type { CliIO } from './io.js';
import { writeOut } from './write.js';

export interface EvalOptions {
  /** Score this JSON Lines output instead of extracting the inputs. */
  jsonl?: string;
  examples?: boolean;
}

export async function runEval(goldDir: string, inputDir: string | undefined, options: EvalOptions, io: CliIO): Promise<ExitCode> {
  const golds = await readGolds(resolve(io.cwd, goldDir));
  const gold = resolve(io.cwd, goldDir);
  const records = options.jsonl
    ? await readJsonl(resolve(io.cwd, options.jsonl))
    : await extractAll(golds, inputDir !== undefined ? [resolve(io.cwd, inputDir)] : await besideGold(gold));
  await writeOut(io.stdout, formatScore(score(golds, records), { examples: options.examples ?? false }));
  return EXIT.ok;
}

async function readGolds(dir: string): Promise<GoldFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch {
    throw new UsageError(`cannot read the gold folder ${dir}`);
  }
  const golds: GoldFile[] = [];
  for (const name of names) {
    try {
      golds.push({ name, gold: JSON.parse(await readFile(join(dir, name), 'utf8')) as GoldReport });
    } catch (err) {
      throw new UsageError(`${name} is not a gold file: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return golds;
}

/**
 * Where reports are looked for when no folder is given: the gold folder, the
 * folders beside it, then those beside its parent (fixtures/gold → fixtures/seeds;
 * gold/dev → corpus).
 */
async function besideGold(goldDir: string): Promise<string[]> {
  const parent = dirname(goldDir);
  return [goldDir, ...(await subfolders(parent)), ...(await subfolders(dirname(parent)))];
}

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => join(dir, e.name))
    .sort();
}

async function extractAll(golds: GoldFile[], inputDirs: string[]): Promise<PredictedRecord[]> {
  const { extract } = await import('../extract.js'); // loaded only when used: start-up stays fast
  const records: PredictedRecord[] = [];
  for (const { gold } of golds) {
    for (const dir of inputDirs) {
      const path = join(dir, gold.file);
      const found = await stat(path).catch(() => null);
      if (!found?.isFile()) continue;
      records.push(extract(await readFile(path), { path: gold.file }) as unknown as PredictedRecord);
      break;
    }
    // A gold file whose report is found nowhere is scored as "no output for".
  }
  return records;
}

async function readJsonl(path: string): Promise<PredictedRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
  const records: PredictedRecord[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const rec: unknown = JSON.parse(line);
      if (typeof rec === 'object' && rec !== null && !Array.isArray(rec)) records.push(rec as PredictedRecord);
    } catch {
      // Like the reference scorer: a line that is not JSON is skipped.
    }
  }
  return records;
}
