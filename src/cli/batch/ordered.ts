// Run tasks concurrently but hand their results on in task order, with at most
// `window` tasks started and not yet handed on: memory stays flat whatever the corpus size.
export async function inOrder<T, R>(
  tasks: Iterable<T> | AsyncIterable<T>,
  run: (task: T) => Promise<R>,
  window: number,
  handOn: (task: T, result: R) => Promise<void>,
): Promise<void> {
  const started: Array<{ task: T; result: Promise<R> }> = [];
  const next = async () => {
    const oldest = started.shift() as { task: T; result: Promise<R> };
    await handOn(oldest.task, await oldest.result);
  };
  for await (const task of tasks) {
    started.push({ task, result: run(task) });
    if (started.length >= window) await next();
  }
  while (started.length > 0) await next();
}
