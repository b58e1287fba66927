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
    }
  | {
      kind: 'lines';
      /** Where the lines come from and the number of the first, for messages. */
      origin: string;
      first: number;
      lines: string[];
    };

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

const encoder = new TextEncoder();

/** Per input, its output text, or null for a kept record. */
export function taskResult(outputs: (string | null)[], failures: string[]): TaskResult {
  // One buffer for the whole task, of its own (TextEncoder's), so that it can be handed over whole:
  // a buffer per output made V8 collect garbage several times as often, for the memory outside its heap.
  const bytes = encoder.encode(outputs.filter((text) => text !== null).join(''));
  return { bytes, sizes: outputs.map((text) => (text === null ? null : Buffer.byteLength(text))), failures };
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

function concatBytes(parts: (Uint8Array | null)[]): Uint8Array<ArrayBuffer> {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + (part?.length ?? 0), 0));
  let at = 0;
  for (const part of parts) {
    if (part === null) continue;
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
