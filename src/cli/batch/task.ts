// What the main thread sends to a worker and gets back. Kept free of the
// pipeline's imports so that the main thread stays light when workers do the work.
import type { ReadOptions } from '../read-input.js';
import type { FormatChoice } from './format-choice.js';

export type Task =
  | {
      kind: 'files';
      paths: string[];
      /** Per path, the recordKey of a record kept from a previous run (--resume), or null. */
      kept: (string | null)[] | null;
      /** The files' bytes, when the main thread has read them (see readTaskFiles). */
      bytes?: TaskBytes;
    }
  | {
      kind: 'lines';
      /** Where the lines come from and the number of the first, for messages. */
      origin: string;
      first: number;
      lines: string[];
    };

/** Files of a task read by the main thread, one after another in one buffer that is moved to the worker. */
export interface TaskBytes {
  data: ArrayBuffer;
  /** Per path, its byte length in `data`, or -1 for a file left for the worker to read. */
  sizes: number[];
}

/**
 * The outputs of a task as UTF-8 bytes, ready to write: a worker encodes them
 * and hands the buffer over without a copy, so that the main thread, which
 * writes every result, does no per-record work.
 */
export interface TaskResult {
  /** The outputs of the task's inputs one after another, kept records left out. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Per input, the byte length of its output in `bytes`, or null when the kept record still stands. */
  sizes: (number | null)[];
  /** One message per input that gave an error record. */
  failures: string[];
}

export interface TaskSettings extends ReadOptions {
  format: FormatChoice;
}

/** The task cut into one task per input. */
export function splitTask(task: Task): Task[] {
  if (task.kind === 'lines') return task.lines.map((line, i) => ({ ...task, first: task.first + i, lines: [line] }));
  return task.paths.map((path, i) => ({ kind: 'files', paths: [path], kept: task.kept === null ? null : [task.kept[i] ?? null] }));
}

/** Room to encode a task's outputs in, kept from task to task; each result gets a copy of its own. */
let room = Buffer.alloc(0);
/** Room is made at least this large, so that tasks of ordinary reports fit in the first. */
const MIN_ROOM = 1 << 20;
/** Larger room, for a task of huge reports, is made for that task alone rather than kept. */
const MAX_ROOM_KEPT = 16 << 20;

/** Bytes for a result: a fresh buffer, or one given back to be reused. */
export type Allocate = (size: number) => Uint8Array<ArrayBuffer>;

/** Per input, its output text, or null for a kept record. */
export function taskResult(outputs: (string | null)[], failures: string[], allocate: Allocate = (size) => new Uint8Array(size)): TaskResult {
  // UTF-8 takes at most 3 bytes for a UTF-16 code unit.
  const need = outputs.reduce((sum, text) => sum + 3 * (text?.length ?? 0), 0);
  const space = room.length >= need ? room : Buffer.allocUnsafeSlow(Math.max(need, MIN_ROOM));
  if (space.length <= MAX_ROOM_KEPT) room = space;
  let at = 0;
  const sizes = outputs.map((text) => {
    if (text === null) return null;
    const size = space.write(text, at);
    at += size;
    return size;
  });
  // Written in place and copied once: ten times faster than joining the texts and encoding the whole,
  // and a buffer of its own, so that a worker can hand it over.
  const bytes = allocate(at);
  bytes.set(space.subarray(0, at));
  return { bytes, sizes, failures };
}

/** The results of consecutive parts of a task, as one. */
export function joinResults(results: TaskResult[]): TaskResult {
  return {
    bytes: concatBytes(results.map((r) => r.bytes)),
    sizes: results.flatMap((r) => r.sizes),
    failures: results.flatMap((r) => r.failures),
  };
}

/**
 * What to write for a result, in order; `kept(i)` gives the previous output's
 * bytes for input i when its record still stands.
 */
export function resultBytes(result: TaskResult, kept: (index: number) => Uint8Array): Uint8Array {
  if (!result.sizes.includes(null)) return result.bytes;
  let at = 0;
  const parts = result.sizes.map((size, i) => {
    if (size === null) return kept(i);
    at += size;
    return result.bytes.subarray(at - size, at);
  });
  return concatBytes(parts);
}

function concatBytes(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
