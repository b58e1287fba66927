// Worker threads that run tasks. The main thread runs none itself: it writes
// every result, and a task of its own would keep it from handing the workers
// their next ones (measured: with the main thread as one of two lanes, the
// worker waited a third of the time); it may prepare each task as it sends it.
// A worker that dies (crash, out of memory) fails only its own task, and is replaced.
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
 * process, and the largest input taken (32 MB, some 11 times that at its peak)
 * still fits. V8 sizes a heap's first full collections by its cap: under 4 GB
 * the workers' old generations grew by garbage to a peak RSS near 198 MB with
 * two of them on 20,000 reports, under 512 MB to 147–149 MB (six runs each), for
 * some 3% more CPU.
 */
const WORKER_HEAP_MB = 512;
/**
 * Young generation per worker. V8's default lets it grow to about 34 MB a
 * worker; a report's garbage dies young, and at 8 MB two workers took no more
 * CPU than at 16 MB (on 20,000 and on 200,000 reports), with a peak RSS some
 * 15 MB lower still.
 */
const WORKER_YOUNG_MB = 8;
/**
 * Tasks sent to a worker before its first result is back: the next one waits in
 * the worker, so that it does not sit idle while the main thread is busy writing.
 */
const IN_FLIGHT_PER_WORKER = 2;

/** A task as sent to a worker, and the buffers moved with it rather than copied. */
export interface Prepared<T> {
  task: T;
  transfer: ArrayBuffer[];
}

export class WorkerPool<T, R> {
  private readonly queue: Job<T, R>[] = [];
  /** Every live worker, with the jobs sent to it, oldest (the one running) first. */
  private readonly sent = new Map<Worker, Job<T, R>[]>();
  private nextId = 0;
  /** Buffers given back so far: they go to the workers in turn. */
  private givenBack = 0;
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly workerData: unknown,
    /** Made of each task as it is sent (and again if it is sent again after its worker died). */
    private readonly prepare: (task: T) => Prepared<T> = (task) => ({ task, transfer: [] }),
  ) {}

  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * A buffer of a result, written and no longer needed: a worker reuses it for a
   * later result. Otherwise each result is a new buffer outside the main thread's
   * heap, which makes so little garbage of its own that V8 collects them only
   * after some 30 MB.
   */
  giveBack(buffer: ArrayBuffer): void {
    const workers = [...this.sent.keys()];
    const worker = workers[this.givenBack++ % Math.max(1, workers.length)];
    if (!this.closed && worker !== undefined && buffer.byteLength > 0) worker.postMessage({ spare: buffer }, [buffer]);
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
      if (worker === undefined) return;
      const job = this.queue.shift() as Job<T, R>;
      this.sent.get(worker)?.push(job);
      const { task, transfer } = this.prepare(job.task);
      worker.postMessage({ id: job.id, task }, transfer);
    }
  }

  /** An idle worker first, then a new one, then a worker with room for one more. */
  private pick(): Worker | undefined {
    let roomy: Worker | undefined;
    for (const [worker, jobs] of this.sent) {
      if (jobs.length === 0) return worker;
      if (jobs.length < IN_FLIGHT_PER_WORKER) roomy ??= worker;
    }
    if (this.sent.size < this.size) return this.start();
    return roomy;
  }

  private start(): Worker {
    const worker = new Worker(this.script, { workerData: this.workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
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
