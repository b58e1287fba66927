import { describe, expect, it } from 'vitest';
import { type Prepared, WorkerCrash, WorkerPool } from '../../src/cli/batch/pool.js';
import { runSafely } from '../../src/cli/batch/run.js';
import type { Task, TaskResult, TaskSettings } from '../../src/cli/batch/task.js';

const CRASHING = new URL('./fixtures/crash-worker.mjs', import.meta.url);
const settings: TaskSettings = { maxBytes: 1e6, format: { name: 'json', pretty: false, bom: false } };
const files = (...paths: string[]): Task => ({ kind: 'files', paths, kept: null });
const text = (result: TaskResult) => new TextDecoder().decode(result.bytes);
/** Each input's output text. */
const outputs = (result: TaskResult) => {
  let at = 0;
  return result.sizes.map((size) => new TextDecoder().decode(result.bytes.subarray(at, (at += size ?? 0))));
};

describe('worker pool', () => {
  it('fails only the task whose worker died, and goes on with new workers', async () => {
    const pool = new WorkerPool<Task, TaskResult>(CRASHING, 2, null);
    try {
      const results = await Promise.allSettled([
        pool.run(files('a')),
        pool.run(files('crash-exit')),
        pool.run(files('b')),
        pool.run(files('crash-throw')),
        pool.run(files('c')),
        pool.run(files('d')),
      ]);
      expect(results.map((r) => (r.status === 'fulfilled' ? text(r.value) : (r.reason as Error).name))).toEqual([
        'a\n',
        'WorkerCrash',
        'b\n',
        'WorkerCrash',
        'c\n',
        'd\n',
      ]);
      expect(results[3]).toMatchObject({ reason: expect.any(WorkerCrash) });
    } finally {
      await pool.close();
    }
  });

  it('gives an internal error record to the one input that kills a worker, and the rest of its task their results', async () => {
    const pool = new WorkerPool<Task, TaskResult>(CRASHING, 2, null);
    try {
      const result = await runSafely(files('a', 'b', 'crash-exit', 'c'), pool, settings);
      const texts = outputs(result);
      expect(texts.slice(0, 2)).toEqual(['a\n', 'b\n']);
      expect(texts[3]).toBe('c\n');
      const crashed = JSON.parse(texts[2] as string);
      expect(crashed.source.path).toBe('crash-exit');
      expect(crashed.error.code).toBe('internal');
      expect(result.failures).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });
  it('prepares each task as it sends it, and again when it sends it again after a crash', async () => {
    const prepared: string[] = [];
    const mark = (task: Task): Prepared<Task> => {
      const paths = task.kind === 'files' ? task.paths : [];
      prepared.push(...paths);
      return { task: files(...paths.map((p) => `${p}!`)), transfer: [] };
    };
    const pool = new WorkerPool<Task, TaskResult>(CRASHING, 1, null, mark);
    try {
      // Both are sent at once (two tasks in flight a worker): b waits in the worker that dies.
      const results = await Promise.allSettled(['crash-exit', 'b'].map((name) => pool.run(files(name))));
      expect(results.map((r) => (r.status === 'fulfilled' ? text(r.value) : (r.reason as Error).name))).toEqual(['WorkerCrash', 'b!\n']);
      // b is prepared once more for the new worker, from the task as given.
      expect(prepared).toEqual(['crash-exit', 'b', 'b']);
    } finally {
      await pool.close();
    }
  });

  it('sends back to the queue the tasks waiting behind one that killed a worker', async () => {
    const pool = new WorkerPool<Task, TaskResult>(CRASHING, 1, null);
    try {
      const names = ['a', 'b', 'crash-exit', 'c', 'd', 'e'];
      const results = await Promise.allSettled(names.map((name) => pool.run(files(name))));
      const texts = results.map((r) => (r.status === 'fulfilled' ? text(r.value) : (r.reason as Error).name));
      expect(texts).toEqual(['a\n', 'b\n', 'WorkerCrash', 'c\n', 'd\n', 'e\n']);
    } finally {
      await pool.close();
    }
  });
});
