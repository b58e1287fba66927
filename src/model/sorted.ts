// Sorted lists of offsets read by binary search: a few hundred entries per report
// (sentence starts, line starts, section starts) stand in for a table with one
// entry per character.

/** How many entries of the ascending list `sorted` are at or before `position`. */
export function countAtOrBefore(sorted: ArrayLike<number>, position: number): number {
  return countKeyedAtOrBefore(sorted, position, offsetItself);
}

/** How many entries of `sorted`, ascending by the offset `keyOf` gives each (figures by where they start), are at or before `position`. */
export function countKeyedAtOrBefore<T>(sorted: ArrayLike<T>, position: number, keyOf: (entry: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const entry = sorted[mid];
    if (entry === undefined || keyOf(entry) <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const offsetItself = (offset: number) => offset;

/** The last entry of `sorted` at or before `position`; 0 when there is none. */
export function lastAtOrBefore(sorted: ArrayLike<number>, position: number): number {
  return sorted[countAtOrBefore(sorted, position) - 1] ?? 0;
}
