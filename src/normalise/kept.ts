// Working arrays kept from call to call. A typed array made for each report
// costs more than filling one again (its memory lives outside the heap, and
// is freed only by the garbage collector); normalising never runs twice at once.

/** Arrays this long or shorter are kept; a longer one is made for its call alone. */
const MAX_KEPT = 1 << 20;

export class Kept<T extends Int32Array | Uint16Array | Uint8Array> {
  private array: T;

  constructor(private readonly make: (length: number) => T) {
    this.array = make(0);
  }

  /** Whether an array of `length` is the kept one, valid only until the next call, or one of its own. */
  static keeps(length: number): boolean {
    return length <= MAX_KEPT;
  }

  /** `length` elements, all `value`; valid until the next call when `Kept.keeps(length)`. */
  take(length: number, value = 0): T {
    if (!Kept.keeps(length)) return this.make(length).fill(value) as T;
    if (this.array.length < length) this.array = this.make(Math.min(MAX_KEPT, Math.max(length * 2, 256)));
    return this.array.subarray(0, length).fill(value) as T;
  }
}
