// Command-line inputs → the sorted list of files to read. Folders are walked
// recursively (symlinked folders followed once, loops cut by real path).
// Synchronous: the main thread has nothing else to do while it lists, and
// node:fs/promises alone cost a one-report run some 5% of its start-up.
import { type Dirent, lstatSync, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';
import { EXTRACT_DEFAULTS } from './extract-defaults.js';
import { PathList } from './path-list.js';

export interface InputList {
  files: PathList;
  /** True when the inputs name a folder or several files: output is JSON Lines. */
  many: boolean;
  /** Folders named in which no file matched the glob: worth a word, since they add nothing to the output. */
  emptyFolders: string[];
}

/** The glob matcher, loaded only for a folder or a glob: extracting named files needs none of it. */
async function loadPicomatch() {
  return (await import('picomatch')).default;
}

type Picomatch = Awaited<ReturnType<typeof loadPicomatch>>;

/**
 * Whether a file found in a folder is an input, from the path of its folder
 * under the one named (empty at the top, else ending in a separator) and its name.
 */
type FileTest = (folder: string, name: string) => boolean;

export async function listInputs(args: string[], glob: string = EXTRACT_DEFAULTS.glob): Promise<InputList> {
  let matches: FileTest | undefined;
  /** Named files in the order given; each folder's or glob's files in order of their paths, where it is named. */
  const files = new PathList();
  const emptyFolders: string[] = [];
  let many = args.length > 1;
  for (const arg of args) {
    if (arg === '-') {
      files.push(arg);
      continue;
    }
    const info = statOrNull(arg);
    const pattern = info === null ? (await loadPicomatch()).scan(arg) : null;
    if (pattern?.isGlob) {
      // A quoted glob ('reports/**/*.txt') is expanded here, for shells that would not or could not.
      many = true;
      await expandGlob(arg, pattern.base, pattern.glob, files);
    } else if (info === null) {
      // A dangling symlink is an input that cannot be read, not a typo: keep it for an error record.
      const isLink = orNull(() => lstatSync(arg)) !== null;
      if (!isLink) throw new UsageError(`no such file or folder: ${arg}`);
      files.push(arg);
    } else if (info.isDirectory()) {
      many = true;
      matches ??= fileTest(await loadPicomatch(), glob);
      const before = files.length;
      walk(arg, arg, matches, files, new Set());
      if (files.length === before) emptyFolders.push(arg);
    } else files.push(arg);
  }
  return { files, many, emptyFolders };
}

async function expandGlob(arg: string, base: string, glob: string, files: PathList): Promise<void> {
  const before = files.length;
  const root = base === '' ? '.' : base;
  walk(root, root, pathTest(await loadPicomatch(), glob), files, new Set());
  if (files.length === before) throw new UsageError(`no file matches ${arg}`);
}

/** A pattern without a slash matches the file name at any depth, tested on the name alone. */
function fileTest(picomatch: Picomatch, glob: string): FileTest {
  if (glob.includes('/')) return pathTest(picomatch, glob);
  const pattern = picomatch.makeRe(glob, { dot: false });
  return (_, name) => pattern.test(name);
}

/** A pattern matched against a file's path under the folder named. */
function pathTest(picomatch: Picomatch, glob: string): FileTest {
  const matches = picomatch(glob, { dot: false });
  return (folder, name) => matches(folder + name);
}

/**
 * Files under `dir` in the byte order of their paths, found in that order
 * rather than all sorted at the end: a folder's entries are taken in the order
 * of their names, a subfolder's name with the separator after it, which is
 * where its files fall among the others (`a-b/x` < `a.txt` < `a/x`).
 *
 * A folder's paths are its prefix and the names, the prefix worked out once per
 * folder: path.join and path.relative for each of 200,000 files made more
 * garbage than all the rest of a batch's main thread.
 */
function walk(root: string, dir: string, matches: FileTest, found: PathList, seen: Set<string>): void {
  const real = orNull(() => realpathSync(dir)) ?? resolve(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = orNull(() => readdirSync(dir, { withFileTypes: true }));
  // A folder that cannot be listed is kept as an input, so that it gets an error record instead of vanishing.
  if (entries === null) return void found.push(dir);
  // What path.join(dir, name) puts before a name: dir normalised, with its separator.
  const prefix = join(dir, '_').slice(0, -1);
  const rel = relative(root, dir);
  const folder = rel === '' ? '' : rel + sep;
  // Symlinks to folders are told by a stat of their own; the rest by the listing.
  const linkedFolders = new Set<string>();
  for (const entry of entries) {
    if (entry.isSymbolicLink() && statOrNull(prefix + entry.name)?.isDirectory()) linkedFolders.add(entry.name);
  }
  const isFolder = (entry: Dirent) => entry.isDirectory() || linkedFolders.has(entry.name);
  // Sorted in place, without a key per entry: the entries of a large folder outlived V8's young generation.
  entries.sort((a, b) => byNameAsPath(a.name, isFolder(a), b.name, isFolder(b)));
  for (const entry of entries) {
    if (isFolder(entry)) walk(root, prefix + entry.name, matches, found, seen);
    else if (matches(folder, entry.name)) found.push(prefix + entry.name);
  }
}

/** What `read` gives, or null where it fails: an input that cannot be read gets an error record later. */
function orNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function statOrNull(path: string): Stats | null {
  return orNull(() => statSync(path));
}

/** Names in code point order, a folder's as if the separator followed it. */
function byNameAsPath(a: string, aIsFolder: boolean, b: string, bIsFolder: boolean): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return rankAfter(a, length, aIsFolder) - rankAfter(b, length, bIsFolder);
}

/** The rank of what follows the first `length` units of a name in its path: a character, the separator, or the end. */
function rankAfter(name: string, length: number, isFolder: boolean): number {
  if (name.length > length) return codePointRank(name.charCodeAt(length));
  return isFolder ? SEPARATOR : -1;
}

const SEPARATOR = sep.charCodeAt(0);

/** A UTF-16 code unit's place in code point order: surrogates (astral characters) after U+FFFF. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit < 0xe000) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}
