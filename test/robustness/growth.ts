// How running time grows with input size: the ratio of the best of a few runs
// at 4n to the best at n. Linear work gives about 4; quadratic about 16.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before each timed run, so that one run does not pay for the garbage of another.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

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
    collectGarbage();
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** Times below this are noise (timer, GC): they count as this much. */
const FLOOR_MS = 40;

/**
 * Times `run(input(n))` and `run(input(4n))`; inputs are built outside the timing.
 * When the warm-up at n already takes more than `maxSmallMs`, 4n is not tried
 * (it could take minutes): the ratio is then Infinity.
 */
export function growth<T>(input: (n: number) => T, run: (input: T) => unknown, n: number, runs = 3, maxSmallMs = Infinity): Growth {
  const smallInput = input(n);
  const warmUp = best(1, () => run(smallInput)); // also compiles the code paths before timing them
  if (warmUp > maxSmallMs) return { small: warmUp, large: NaN, ratio: Infinity };
  const small = best(runs, () => run(smallInput));
  const largeInput = input(4 * n);
  const large = best(runs, () => run(largeInput));
  return { small, large, ratio: Math.max(large, FLOOR_MS) / Math.max(small, FLOOR_MS / 4) };
}
