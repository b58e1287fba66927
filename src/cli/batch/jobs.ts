// --jobs N: how many worker threads; by default one per core.
import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';

export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs ${value}: expected a whole number of at least 1`);
  return Number(value);
}
