// Command-line inputs → the sorted list of files to read. Folders are walked
// recursively (symlinked folders followed once, loops cut by real path).
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { PathList } from './path-list.js';

export interface InputList {
  files: PathList;
  /** True when the inputs name a folder or several files: output is JSON Lines. */
  many: boolean;
}

export const DEFAULT_GLOB = '*.txt';

/** The glob matcher, loaded only for a folder or a glob: extracting named files needs none of it. */
async function loadPicomatch() {
  return (await import('picomatch')).default;
}

export async function listInputs(args: string[], glob: string = DEFAULT_GLOB): Promise<InputList> {
  let matches: ((path: string) => boolean) | undefined;
  let files = new PathList();
  /** Each folder's or glob's files, sorted, after the named files before it. */
  const parts = [files];
  let many = args.length > 1;
  for (const arg of args) {
    if (arg === '-') {
      files.push(arg);
      continue;
    }
    const info = await stat(arg).catch(() => null);
    const pattern = info === null ? (await loadPicomatch()).scan(arg) : null;
    if (pattern?.isGlob) {
      // A quoted glob ('reports/**/*.txt') is expanded here, for shells that would not or could not.
      many = true;
      parts.push(await expandGlob(arg, pattern.base, pattern.glob), (files = new PathList()));
    } else if (info === null) {
      // A dangling symlink is an input that cannot be read, not a typo: keep it for an error record.
      const isLink = await lstat(arg).then(() => true, () => false);
      if (!isLink) throw new UsageError(`no such file or folder: ${arg}`);
      files.push(arg);
    } else if (info.isDirectory()) {
      many = true;
      // A pattern without a slash matches the file name at any depth.
      matches ??= (await loadPicomatch())(glob, { basename: !glob.includes('/'), dot: false });
      const found = new PathList();
      await walk(arg, arg, matches, found, new Set());
      parts.push(found.sorted(), (files = new PathList()));
    } else files.push(arg);
  }
  return { files: PathList.join(parts.filter((part) => part.length > 0)), many };
}

async function expandGlob(arg: string, base: string, glob: string): Promise<PathList> {
  const found = new PathList();
  const root = base === '' ? '.' : base;
  await walk(root, root, (await loadPicomatch())(glob, { dot: false }), found, new Set());
  if (found.length === 0) throw new UsageError(`no file matches ${arg}`);
  return found.sorted();
}

async function walk(root: string, dir: string, matches: (path: string) => boolean, found: PathList, seen: Set<string>): Promise<void> {
  const real = await realpath(dir).catch(() => resolve(dir));
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
  // A folder that cannot be listed is kept as an input, so that it gets an error record instead of vanishing.
  if (entries === null) return void found.push(dir);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) isDir = (await stat(path).catch(() => null))?.isDirectory() ?? false;
    if (isDir) await walk(root, path, matches, found, seen);
    else if (matches(relative(root, path))) found.push(path);
  }
}
