// Doing a task: read (unless the main thread has), extract and format each input.
// Runs in a worker thread, or in the main thread for small batches.
import { errorRecord, extract } from '../../extract.js';
import type { RecordFormat } from '../../format/format.js';
import type { Output } from '../../model/schema.js';
import { sha256, stamp } from '../../stamp.js';
import { readPath, type ReadOptions, tooLarge } from '../read-input.js';
import { recordFormat } from './format-choice.js';
import { recordKey } from './resume.js';
import { type Allocate, type Task, type TaskResult, type TaskSettings, taskResult } from './task.js';

/** Files up to this size are read into one buffer, reused (see readPath). */
const scratch = new Uint8Array(256 * 1024);

export async function runTask(task: Task, settings: TaskSettings, allocate?: Allocate): Promise<TaskResult> {
  const result = collector(await recordFormat(settings.format), allocate);
  if (task.kind === 'lines') {
    task.lines.forEach((line, i) => result.add(extractLine(line, `${task.origin}:${task.first + i}`, settings)));
    return result.done();
  }
  let at = 0;
  for (const [i, path] of task.paths.entries()) {
    // The main thread's read, when it made one (see readTaskFiles).
    const size = task.bytes?.sizes[i] ?? -1;
    const read = task.bytes !== undefined && size >= 0 ? new Uint8Array(task.bytes.data, at, size) : readPath(path, settings, scratch);
    at += Math.max(0, size);
    const kept = task.kept?.[i];
    if (!(read instanceof Uint8Array)) result.add(read);
    else if (kept != null && kept === recordKey(sha256(read), stamp())) result.keep();
    else result.add(extract(read, { path, encoding: settings.encoding }));
  }
  return result.done();
}

/** `internal` error records for the inputs of a task whose worker died. */
export async function crashedTask(task: Task, why: string, settings: TaskSettings): Promise<TaskResult> {
  const result = collector(await recordFormat(settings.format));
  const paths = task.kind === 'files' ? task.paths : task.lines.map(idOf);
  for (const path of paths) result.add(errorRecord({ path, sha256: null, bytes: null }, 'internal', `extraction stopped: ${why}`));
  return result.done();
}

export function failureMessage(path: string | null, message: string): string {
  return path === null || message.startsWith(path) ? message : `${path}: ${message}`;
}

function collector(format: RecordFormat, allocate?: Allocate): { add(record: Output): void; keep(): void; done(): TaskResult } {
  const outputs: (string | null)[] = [];
  const failures: string[] = [];
  return {
    add(record) {
      if ('error' in record) failures.push(failureMessage(record.source.path, record.error.message));
      outputs.push(format.record(record));
    },
    keep: () => outputs.push(null),
    done: () => taskResult(outputs, failures, allocate),
  };
}

/** Mapper mode: one line `{"id": ..., "text": ...}` → one record, whatever the line holds. */
function extractLine(line: string, where: string, settings: ReadOptions): Output {
  const unknown = { path: null, sha256: null, bytes: null };
  const value = parseObject(line);
  if (value === null) return errorRecord(unknown, 'input', `${where}: not a JSON object`);
  const { id, text } = value;
  if (typeof id !== 'string' && typeof id !== 'number') return errorRecord(unknown, 'input', `${where}: no "id" (string or number)`);
  const path = String(id);
  if (typeof text !== 'string') return errorRecord({ ...unknown, path }, 'input', `${where}: no "text" (string)`);
  const bytes = Buffer.byteLength(text);
  return bytes > settings.maxBytes ? tooLarge(path, bytes, settings.maxBytes) : extract(text, { path });
}

function parseObject(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function idOf(line: string): string | null {
  const id = parseObject(line)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
