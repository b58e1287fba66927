// A batch's input paths, kept as UTF-8 in one buffer rather than as strings.
// Listing 200,000 files made as many strings that live as long as the batch;
// while they were being made V8 counted them as survivors of its young
// generation and grew that to its maximum, some 35 MB the process then kept.
// Here each path is a string only while it is used.
import { withRoom } from '../model/grow.js';

export class PathList implements Iterable<string> {
  private bytes: Buffer;
  private used = 0;
  /** ends[i] is where path i ends in `bytes`; it starts where path i-1 ends. */
  private ends: Uint32Array;
  private count = 0;

  /** Room for `paths` paths of `bytes` bytes in all before the list must grow. */
  constructor(bytes = 1 << 16, paths = 1 << 10) {
    this.bytes = Buffer.allocUnsafeSlow(Math.max(1, bytes));
    this.ends = new Uint32Array(Math.max(1, paths));
  }

  /**
   * The lists one after another, made at their final size: copies made by growing
   * live outside V8's heap until it next collects garbage, and a list of
   * 200,000 paths grown and copied twice held some 50 MB that way.
   */
  static join(lists: PathList[]): PathList {
    if (lists.length === 1) return lists[0] as PathList;
    const joined = new PathList(
      lists.reduce((sum, list) => sum + list.used, 0),
      lists.reduce((sum, list) => sum + list.count, 0),
    );
    for (const list of lists) for (let i = 0; i < list.count; i++) joined.pushBytes(list.bytes, list.start(i), list.end(i));
    return joined;
  }

  static of(paths: Iterable<string>): PathList {
    const list = new PathList();
    for (const path of paths) list.push(path);
    return list;
  }

  get length(): number {
    return this.count;
  }

  push(path: string): void {
    this.makeRoom(Buffer.byteLength(path));
    this.used += this.bytes.write(path, this.used);
    this.ends[this.count++] = this.used;
  }

  at(index: number): string {
    if (!(index >= 0 && index < this.count)) throw new RangeError(`no path ${index} in a list of ${this.count}`);
    return this.bytes.toString('utf8', this.start(index), this.end(index));
  }

  /** A new list of the paths in byte order of their UTF-8, which is the order of their code points. */
  sorted(): PathList {
    // Indexes in a typed array, outside V8's heap: an array of 200,000 numbers outlived
    // the young generation, which V8 then grew for good.
    const order = new Uint32Array(this.count).map((_, i) => i);
    order.sort((a, b) => this.bytes.compare(this.bytes, this.start(b), this.end(b), this.start(a), this.end(a)));
    const list = new PathList(this.used, this.count);
    for (const i of order) list.pushBytes(this.bytes, this.start(i), this.end(i));
    return list;
  }

  /** A new list of the paths that pass `keep`. */
  filter(keep: (path: string) => boolean): PathList {
    const list = new PathList();
    for (let i = 0; i < this.count; i++) if (keep(this.at(i))) list.pushBytes(this.bytes, this.start(i), this.end(i));
    return list;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  private start(index: number): number {
    return index === 0 ? 0 : (this.ends[index - 1] as number);
  }

  private end(index: number): number {
    return this.ends[index] as number;
  }

  private pushBytes(from: Buffer, start: number, end: number): void {
    this.makeRoom(end - start);
    this.used += from.copy(this.bytes, this.used, start, end);
    this.ends[this.count++] = this.used;
  }

  /** Room for one more path of `size` bytes. */
  private makeRoom(size: number): void {
    if (this.used + size > this.bytes.length) {
      const bytes = Buffer.allocUnsafeSlow(Math.max(this.used + size, this.bytes.length * 2));
      this.bytes.copy(bytes, 0, 0, this.used);
      this.bytes = bytes;
    }
    this.ends = withRoom(this.ends, this.count + 1);
  }
}
