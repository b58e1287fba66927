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

export interface TaskResult {
  /** One entry per input: its output text, or null when the kept record still stands. */
  outputs: (string | null)[];
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
