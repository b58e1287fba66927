// Batch extraction: inputs cut into tasks, run on worker threads (or in-process
// when that is cheaper), results written in input order as they complete.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { EXIT, type ExitCode, UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import type { PathList } from '../path-list.js';
import { messages } from '../messages.js';
import { type OutputStream, writeOut } from '../write.js';
import { recordFormat } from './format-choice.js';
import { splitLines } from './lines.js';
import { inOrder } from './ordered.js';
import { WorkerPool } from './pool.js';
import { Progress } from './progress.js';
import { readTaskFiles } from './read-task-files.js';
import { type KeptRecord, PreviousOutput, readPrevious } from './resume.js';
import { inShard, type Shard } from './shard.js';
import { joinResults, resultBytes, splitTask, type Task, type TaskResult, type TaskSettings, taskResult } from './task.js';

export interface BatchPlan {
  settings: TaskSettings;
  jobs: number;
  shard: Shard | null;
  resume?: boolean;
  verbose?: boolean;
  /** Resolved -o path, or null for standard output. */
  output: string | null;
}

/**
 * Below this many inputs, starting workers costs more than it saves: each loads
 * and warms up its own pipeline (about a CPU-second), so 100–300 reports were
 * done as soon or sooner, with less CPU, by the main thread alone.
 */
export const IN_PROCESS_BELOW = 400;
const MAX_FILES_PER_TASK = 32;
const MAX_LINES_PER_TASK = 32;
const MAX_BYTES_PER_TASK = 1024 * 1024;
/** Tasks started and not yet written, per worker: enough to keep workers busy behind a slow one. */
const WINDOW_PER_WORKER = 8;

/** A '-' among file inputs is read by the main thread: workers have no standard input. */
type BatchTask = Task | { kind: 'stdin' };

export async function runBatch(files: PathList, plan: BatchPlan, out: OutputStream, io: CliIO): Promise<ExitCode> {
  const { jobs, shard } = plan;
  const chosen = shard === null ? files : files.filter((f) => inShard(f, shard));
  const previous = plan.resume && plan.output !== null ? await readPrevious(plan.output) : new Map<string, KeptRecord>();
  const old = previous.size > 0 && plan.output !== null ? new PreviousOutput(plan.output) : null;
  const perTask = Math.min(MAX_FILES_PER_TASK, Math.max(1, Math.ceil(chosen.length / (jobs * 8))));
  const tasks = fileTasks(chosen, previous, perTask);
  try {
    const keptBytes = (task: BatchTask, i: number) => {
      const record = task.kind === 'files' ? previous.get(task.paths[i] as string) : undefined;
      return record !== undefined && old !== null ? old.bytes(record) : new Uint8Array();
    };
    const workers = chosen.length < IN_PROCESS_BELOW ? 1 : jobs;
    return await runTasks({ tasks, workers, total: chosen.length, keptBytes }, plan, out, io);
  } finally {
    old?.close();
  }
}

/** Mapper mode: JSON Lines `{"id","text"}` in, one output line per input line, in order. */
export async function runMapper(sources: string[], plan: BatchPlan, out: OutputStream, io: CliIO): Promise<ExitCode> {
  for (const source of sources) {
    if (source !== '-' && !(await stat(source).catch(() => null))?.isFile()) throw new UsageError(`no such file: ${source}`);
  }
  return runTasks({ tasks: lineTasks(sources, io.stdin), workers: plan.jobs, total: null, keptBytes: () => new Uint8Array() }, plan, out, io);
}

interface TaskStream {
  tasks: Iterable<BatchTask> | AsyncIterable<BatchTask>;
  /** Worker threads extracting; 1 runs the tasks in the main thread instead. */
  workers: number;
  /** Number of inputs, when known in advance. */
  total: number | null;
  /** The previous output's line for an input whose record is kept (--resume). */
  keptBytes(task: BatchTask, index: number): Uint8Array;
}

async function runTasks({ tasks, workers, total, keptBytes }: TaskStream, plan: BatchPlan, out: OutputStream, io: CliIO): Promise<ExitCode> {
  const progress = new Progress(io, messages(io), total, plan.verbose ?? false);
  const script = new URL('./worker.js', import.meta.url);
  const pool = workers > 1 ? new WorkerPool<Task, TaskResult>(script, workers, plan.settings, (task) => readTaskFiles(task, plan.settings.maxBytes)) : null;
  const { header } = await recordFormat(plan.settings.format);
  if (header) await writeOut(out, header);
  const run = (task: BatchTask) => (task.kind === 'stdin' ? readStdin(io.stdin, plan.settings) : runSafely(task, pool, plan.settings));
  try {
    await inOrder(tasks, run, pool === null ? 1 : workers * WINDOW_PER_WORKER, async (task, result) => {
      const kept = result.sizes.filter((size) => size === null).length;
      progress.add(result.sizes.length - kept - result.failures.length, kept, result.failures.length);
      for (const failure of result.failures) progress.warn(failure);
      const bytes = resultBytes(result, (i) => keptBytes(task, i));
      await writeOut(out, bytes, () => pool?.giveBack(bytes.buffer as ArrayBuffer));
    });
  } finally {
    await pool?.close();
  }
  progress.finish();
  return progress.tally.failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/**
 * Runs a task on the pool (or in-process). If its worker dies, each input of the
 * task is tried alone, so that only the input that kills a worker gets an
 * `internal` error record and the rest of the batch goes on.
 */
export async function runSafely(task: Task, pool: WorkerPool<Task, TaskResult> | null, settings: TaskSettings): Promise<TaskResult> {
  try {
    return await (pool === null ? (await import('./run-task.js')).runTask(task, settings) : pool.run(task));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    const parts = splitTask(task);
    if (parts.length === 1) return (await import('./run-task.js')).crashedTask(task, why, settings);
    return joinResults(await Promise.all(parts.map((part) => runSafely(part, pool, settings))));
  }
}

async function readStdin(stdin: Readable, settings: TaskSettings): Promise<TaskResult> {
  const [{ extractStream }, { failureMessage }] = await Promise.all([import('../read-input.js'), import('./run-task.js')]);
  const record = await extractStream(stdin, null, settings);
  const failures = 'error' in record ? [failureMessage('-', record.error.message)] : [];
  return taskResult([(await recordFormat(settings.format)).record(record)], failures);
}

function* fileTasks(paths: Iterable<string>, previous: Map<string, KeptRecord>, perTask: number): Generator<BatchTask> {
  let batch: string[] = [];
  const flush = function* (): Generator<BatchTask> {
    if (batch.length === 0) return;
    const kept = previous.size === 0 ? null : batch.map((p) => previous.get(p)?.key ?? null);
    yield { kind: 'files', paths: batch, kept };
    batch = [];
  };
  for (const path of paths) {
    if (path === '-') {
      yield* flush();
      yield { kind: 'stdin' };
      continue;
    }
    batch.push(path);
    if (batch.length >= perTask) yield* flush();
  }
  yield* flush();
}

async function* lineTasks(sources: string[], stdin: Readable): AsyncGenerator<BatchTask> {
  for (const source of sources) {
    const origin = source === '-' ? 'stdin' : source;
    let lines: string[] = [];
    let bytes = 0;
    let first = 1;
    for await (const line of splitLines(source === '-' ? stdin : createReadStream(source))) {
      lines.push(line.text);
      bytes += line.length;
      if (lines.length >= MAX_LINES_PER_TASK || bytes >= MAX_BYTES_PER_TASK) {
        yield { kind: 'lines', origin, first, lines };
        first += lines.length;
        lines = [];
        bytes = 0;
      }
    }
    if (lines.length > 0) yield { kind: 'lines', origin, first, lines };
  }
}
