// Worker thread entry: runs the tasks the pool sends, one at a time, and hands
// back the encoded outputs (moved, not copied) rather than record objects.
import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './run-task.js';
import type { Task, TaskSettings } from './task.js';

const settings = workerData as TaskSettings;
const port = parentPort;
if (port === null) throw new Error('lawrep batch worker must run in a worker thread');
let previous: Promise<void> = Promise.resolve();
port.on('message', ({ id, task }: { id: number; task: Task }) => {
  previous = previous.then(() => runTask(task, settings)).then((result) => port.postMessage({ id, result }, [result.bytes.buffer]));
});
