// Worker thread entry: runs the tasks the pool sends, one at a time, and hands
// back the encoded outputs (moved, not copied) rather than record objects.
import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './run-task.js';
import type { Task, TaskSettings } from './task.js';

/** Buffers of earlier results that the main thread has written and given back. */
const spares: ArrayBuffer[] = [];
const MAX_SPARES = 4;
/** The buffer of a task of huge reports is not kept for later ones. */
const MAX_SPARE_BYTES = 4 << 20;
/** Results are about 4 KB per report; a little room to spare lets a buffer serve again. */
const MIN_BUFFER = 256 * 1024;

function allocate(size: number): Uint8Array<ArrayBuffer> {
  const at = spares.findIndex((buffer) => buffer.byteLength >= size);
  const buffer = at < 0 ? new ArrayBuffer(Math.max(size, MIN_BUFFER)) : (spares.splice(at, 1)[0] as ArrayBuffer);
  return new Uint8Array(buffer, 0, size);
}

const settings = workerData as TaskSettings;
const port = parentPort;
if (port === null) throw new Error('lawrep batch worker must run in a worker thread');
let previous: Promise<void> = Promise.resolve();
port.on('message', (message: { id: number; task: Task } | { spare: ArrayBuffer }) => {
  if ('spare' in message) {
    if (spares.length < MAX_SPARES && message.spare.byteLength <= MAX_SPARE_BYTES) spares.push(message.spare);
    return;
  }
  const { id, task } = message;
  previous = previous.then(() => runTask(task, settings, allocate)).then((result) => port.postMessage({ id, result }, [result.bytes.buffer]));
});
