// A fixed set of worker threads running one task each at a time. A worker that
// dies (crash, out of memory) fails only its own task, and is replaced.
import { Worker } from 'node:worker_threads';

export class WorkerCrash extends Error {
  override name = 'WorkerCrash';
}

interface Job<T, R> {
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

export class WorkerPool<T, R> {
  private readonly queue: Job<T, R>[] = [];
  private readonly idle: Worker[] = [];
  /** Every live worker, with the job it is running (null when idle). */
  private readonly busy = new Map<Worker, Job<T, R> | null>();
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly workerData: unknown,
  ) {}

  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.busy.keys()];
    this.busy.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.start() : undefined);
      if (worker === undefined) return;
      const job = this.queue.shift() as Job<T, R>;
      this.busy.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  private start(): Worker {
    const worker = new Worker(this.script, { workerData: this.workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.busy.set(worker, null);
    worker.on('message', (result: R) => {
      const job = this.busy.get(worker);
      if (!job) return;
      this.busy.set(worker, null);
      this.idle.push(worker);
      job.resolve(result);
      this.dispatch();
    });
    worker.on('error', (err) => this.lose(worker, err.message));
    worker.on('exit', (code) => this.lose(worker, `worker exited with code ${code}`));
    return worker;
  }

  private lose(worker: Worker, why: string): void {
    if (!this.busy.has(worker)) return;
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    void worker.terminate();
    job?.reject(new WorkerCrash(why));
    this.dispatch();
  }
}
