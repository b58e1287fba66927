// Worker threads, plus the main thread as one more lane when it is given a way
// to run tasks itself: on N cores, N-1 workers and the main thread keep every
// core busy, where N workers would leave the main thread idle beside them and
// pay one more copy of the pipeline. A worker that dies (crash, out of memory)
// fails only its own task, and is replaced.
import { Worker } from 'node:worker_threads';

export class WorkerCrash extends Error {
  override name = 'WorkerCrash';
}

interface Job<T, R> {
  /** Sent with the task and back with its result, so that a result finds its job whatever the order. */
  id: number;
  task: T;
  resolve(result: R): void;
  reject(err: Error): void;
}

/**
 * Heap cap per worker: a runaway input fails its task instead of the whole
 * process. Not lower: under a 1 GB cap V8 collects so eagerly that a worker
 * spends about half again as much CPU per report.
 */
const WORKER_HEAP_MB = 4096;
/**
 * Tasks sent to a worker before its first result is back: the next one waits in
 * the worker, so that it does not sit idle while the main thread runs a task of its own.
 */
const IN_FLIGHT_PER_WORKER = 2;

export class WorkerPool<T, R> {
  private readonly queue: Job<T, R>[] = [];
  /** Every live worker, with the jobs sent to it, oldest (the one running) first. */
  private readonly sent = new Map<Worker, Job<T, R>[]>();
  private mainBusy = false;
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly workerData: unknown,
    /** Runs a task in the main thread, as one more lane beside the workers; null: workers only. */
    private readonly inMain: ((task: T) => Promise<R>) | null = null,
  ) {}

  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.sent.keys()];
    this.sent.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0) {
      const worker = this.pick();
      if (worker === 'main') this.runInMain(this.queue.shift() as Job<T, R>);
      else if (worker !== undefined) {
        const job = this.queue.shift() as Job<T, R>;
        this.sent.get(worker)?.push(job);
        worker.postMessage({ id: job.id, task: job.task });
      } else return;
    }
  }

  /** An idle worker first, then the main thread, then a worker with room for one more. */
  private pick(): Worker | 'main' | undefined {
    let roomy: Worker | undefined;
    for (const [worker, jobs] of this.sent) {
      if (jobs.length === 0) return worker;
      if (jobs.length < IN_FLIGHT_PER_WORKER) roomy ??= worker;
    }
    if (this.sent.size < this.size) return this.start();
    if (this.inMain !== null && !this.mainBusy) return 'main';
    return roomy;
  }

  private runInMain(job: Job<T, R>): void {
    const inMain = this.inMain as (task: T) => Promise<R>;
    this.mainBusy = true;
    // After pending I/O and worker messages, so that workers get their next task first.
    setImmediate(() => {
      inMain(job.task)
        .then(job.resolve, job.reject)
        .finally(() => {
          this.mainBusy = false;
          this.dispatch();
        });
    });
  }

  private start(): Worker {
    const worker = new Worker(this.script, { workerData: this.workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.sent.set(worker, []);
    worker.on('message', ({ id, result }: { id: number; result: R }) => {
      const jobs = this.sent.get(worker) ?? [];
      const at = jobs.findIndex((job) => job.id === id);
      if (at < 0) return;
      const [job] = jobs.splice(at, 1) as [Job<T, R>];
      job.resolve(result);
      this.dispatch();
    });
    worker.on('error', (err) => this.lose(worker, err.message));
    worker.on('exit', (code) => this.lose(worker, `worker exited with code ${code}`));
    return worker;
  }

  /** The oldest job of a dead worker is the one it died on; the others go back to the queue. */
  private lose(worker: Worker, why: string): void {
    const jobs = this.sent.get(worker);
    if (jobs === undefined) return;
    this.sent.delete(worker);
    void worker.terminate();
    const [running, ...waiting] = jobs;
    this.queue.unshift(...waiting);
    running?.reject(new WorkerCrash(why));
    this.dispatch();
  }
}
