// --files-from FILE|-: input paths one per line, taken as they are (blank lines skipped).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import { PathList } from '../path-list.js';
import { splitLines } from './lines.js';

export async function readFilesFrom(from: string, io: CliIO): Promise<PathList> {
  if (from !== '-' && !(await stat(from).catch(() => null))?.isFile()) throw new UsageError(`--files-from ${from}: no such file`);
  const paths = new PathList();
  for await (const line of splitLines(from === '-' ? io.stdin : createReadStream(from))) {
    if (line.text.trim() !== '') paths.push(line.text);
  }
  return paths;
}
