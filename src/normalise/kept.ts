// Working arrays kept from call to call. A typed array made for each report
// costs more than filling one again (its memory lives outside the heap, and
// is freed only by the garbage collector); normalising never runs twice at once.

/** Arrays this long or shorter are kept; a longer one is made for its call alone. */
const MAX_KEPT = 1 << 20;

export class Kept<T extends Int32Array | Uint8Array> {
  private array: T;

  constructor(private readonly make: (length: number) => T) {
    this.array = make(0);
  }

  /** `length` elements, all `value`; valid until the next call. */
  take(length: number, value = 0): T {
    if (length > MAX_KEPT) return this.make(length).fill(value) as T;
    if (this.array.length < length) this.array = this.make(Math.min(MAX_KEPT, Math.max(length * 2, 256)));
    return this.array.subarray(0, length).fill(value) as T;
  }
}
