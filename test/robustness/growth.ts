// How running time grows with input size: the ratio of the best of a few runs
// at 4n to the best at n. Linear work gives about 4; quadratic about 16.
import { performance } from 'node:perf_hooks';

export const LINEAR_LIMIT = 6;

export interface Growth {
  /** Best time at n and at 4n, in milliseconds. */
  small: number;
  large: number;
  ratio: number;
}

function best(runs: number, work: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** Times `run(input(n))` and `run(input(4n))`; inputs are built outside the timing. */
export function growth<T>(input: (n: number) => T, run: (input: T) => unknown, n: number, runs = 3): Growth {
  const smallInput = input(n);
  const largeInput = input(4 * n);
  run(smallInput); // warm up: compile the code paths before timing them
  const small = best(runs, () => run(smallInput));
  const large = best(runs, () => run(largeInput));
  // A floor keeps timer noise on sub-millisecond runs from faking a ratio.
  return { small, large, ratio: Math.max(large, 1) / Math.max(small, 0.25) };
}
