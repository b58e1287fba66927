// Growable typed arrays: doubled when full, so that n pushes copy O(n) in all.

/** `array` if it holds `length` elements, else a copy of it at least twice as long. */
export function withRoom<T extends Int32Array | Uint32Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(length, array.length * 2));
  grown.set(array);
  return grown;
}
