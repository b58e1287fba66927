// Sorted lists of offsets read by binary search: a few hundred entries per report
// (sentence starts, line starts, section starts) stand in for a table with one
// entry per character.

/** How many entries of the ascending list `sorted` are at or before `position`. */
export function countAtOrBefore(sorted: ArrayLike<number>, position: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last entry of `sorted` at or before `position`; 0 when there is none. */
export function lastAtOrBefore(sorted: ArrayLike<number>, position: number): number {
  return sorted[countAtOrBefore(sorted, position) - 1] ?? 0;
}
