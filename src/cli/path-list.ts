// A batch's input paths, kept as UTF-8 in buffers rather than as strings.
// Listing 200,000 files made as many strings that live as long as the batch;
// while they were being made V8 counted them as survivors of its young
// generation and grew that to its maximum, some 35 MB the process then kept.
// Here each path is a string only while it is used.
//
// A path is kept as its folder and its name, and a folder once for the paths
// in it that come one after another, as a listing gives them: 200,000 paths of
// 100 folders take 4 MB rather than 10.
import { withRoom } from '../model/grow.js';

/** UTF-8 strings one after another in one buffer. */
class Strings {
  private bytes: Buffer;
  private used = 0;
  /** ends[i] is where string i ends in `bytes`; it starts where string i-1 ends. */
  private ends: Uint32Array;
  count = 0;

  constructor(bytes: number, strings: number) {
    this.bytes = Buffer.allocUnsafeSlow(Math.max(1, bytes));
    this.ends = new Uint32Array(Math.max(1, strings));
  }

  get size(): number {
    return this.used;
  }

  push(text: string): void {
    const size = Buffer.byteLength(text);
    if (this.used + size > this.bytes.length) {
      const bytes = Buffer.allocUnsafeSlow(Math.max(this.used + size, this.bytes.length * 2));
      this.bytes.copy(bytes, 0, 0, this.used);
      this.bytes = bytes;
    }
    this.ends = withRoom(this.ends, this.count + 1);
    this.used += this.bytes.write(text, this.used);
    this.ends[this.count++] = this.used;
  }

  at(index: number): string {
    return this.bytes.toString('utf8', index === 0 ? 0 : this.ends[index - 1], this.ends[index]);
  }
}

export class PathList implements Iterable<string> {
  private readonly folders: Strings;
  private readonly names: Strings;
  /** Per path, the index of its folder in `folders`. */
  private folderOf: Uint32Array;
  /** The folder of the last path pushed, as a string, to tell whether the next shares it. */
  private lastFolder: string | null = null;

  /** Room for `paths` paths of `bytes` bytes in all before the list must grow. */
  constructor(bytes = 1 << 16, paths = 1 << 10) {
    this.folders = new Strings(1 << 10, 1 << 4);
    this.names = new Strings(bytes, paths);
    this.folderOf = new Uint32Array(Math.max(1, paths));
  }

  /** The lists one after another, made at their final size. */
  static join(lists: PathList[]): PathList {
    if (lists.length === 1) return lists[0] as PathList;
    const joined = new PathList(
      lists.reduce((sum, list) => sum + list.names.size, 0),
      lists.reduce((sum, list) => sum + list.length, 0),
    );
    for (const list of lists) for (const path of list) joined.push(path);
    return joined;
  }

  static of(paths: Iterable<string>): PathList {
    const list = new PathList();
    for (const path of paths) list.push(path);
    return list;
  }

  get length(): number {
    return this.names.count;
  }

  push(path: string): void {
    // Any split point would do, as a path is its folder and name joined again; a separator shares the most.
    const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1;
    if (this.lastFolder === null || cut !== this.lastFolder.length || !path.startsWith(this.lastFolder)) {
      this.lastFolder = path.slice(0, cut);
      this.folders.push(this.lastFolder);
    }
    this.folderOf = withRoom(this.folderOf, this.length + 1);
    this.folderOf[this.length] = this.folders.count - 1;
    this.names.push(path.slice(cut));
  }

  at(index: number): string {
    if (!(index >= 0 && index < this.length)) throw new RangeError(`no path ${index} in a list of ${this.length}`);
    return this.folders.at(this.folderOf[index] as number) + this.names.at(index);
  }

  /** A new list of the paths that pass `keep`. */
  filter(keep: (path: string) => boolean): PathList {
    const list = new PathList();
    for (const path of this) if (keep(path)) list.push(path);
    return list;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}
