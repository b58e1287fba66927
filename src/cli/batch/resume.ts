// --resume: the records of a previous (possibly cut short) run that can stand.
// Only their place in the old file is kept in memory, not their text.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { splitLines } from './lines.js';

export interface KeptRecord {
  /** What the record was made from and by: see recordKey. */
  key: string;
  start: number;
  length: number;
}

/** A record stands only for the same input bytes and the same lawrep version and rules. */
export function recordKey(sha256: string, stamp: { version: string; rules: string }): string {
  return `${sha256} ${stamp.version} ${stamp.rules}`;
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
    const report = reportKey(line.text);
    if (report) kept.set(report.path, { key: report.key, start: line.start, length: line.length });
  }
  return kept;
}

function reportKey(text: string): { path: string; key: string } | null {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof record !== 'object' || record === null || 'error' in record) return null;
  const { source, lawrep } = record as { source?: { path?: unknown; sha256?: unknown }; lawrep?: { version?: unknown; rules?: unknown } };
  if (typeof source?.path !== 'string' || typeof source.sha256 !== 'string') return null;
  if (typeof lawrep?.version !== 'string' || typeof lawrep.rules !== 'string') return null;
  return { path: source.path, key: recordKey(source.sha256, { version: lawrep.version, rules: lawrep.rules }) };
}

/** Reads kept records back from the previous output while the new one is written. */
export class PreviousOutput {
  private readonly fd: number;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  bytes(record: KeptRecord): Uint8Array {
    const buffer = Buffer.alloc(record.length);
    readSync(this.fd, buffer, 0, record.length, record.start);
    return buffer;
  }

  close(): void {
    closeSync(this.fd);
  }
}
