// --resume: the records of a previous (possibly cut short) run that can stand.
// Only their place in the old file is kept in memory, not their text.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { splitLines } from './lines.js';

export interface KeptRecord {
  sha256: string;
  start: number;
  length: number;
}

/**
 * Reports in the previous output by path. Error records are left out so that
 * failed inputs are tried again; a last line without \n (a killed run) is dropped.
 */
export async function readPrevious(path: string): Promise<Map<string, KeptRecord>> {
  const kept = new Map<string, KeptRecord>();
  if (!(await stat(path).catch(() => null))?.isFile()) return kept;
  for await (const line of splitLines(createReadStream(path))) {
    if (!line.complete) break;
    const source = reportSource(line.text);
    if (source) kept.set(source.path, { sha256: source.sha256, start: line.start, length: line.length });
  }
  return kept;
}

function reportSource(text: string): { path: string; sha256: string } | null {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof record !== 'object' || record === null || 'error' in record) return null;
  const source = (record as { source?: { path?: unknown; sha256?: unknown } }).source;
  return typeof source?.path === 'string' && typeof source.sha256 === 'string' ? { path: source.path, sha256: source.sha256 } : null;
}

/** Reads kept records back from the previous output while the new one is written. */
export class PreviousOutput {
  private readonly fd: number;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  text(record: KeptRecord): string {
    const buffer = Buffer.alloc(record.length);
    readSync(this.fd, buffer, 0, record.length, record.start);
    return buffer.toString('utf8');
  }

  close(): void {
    closeSync(this.fd);
  }
}
