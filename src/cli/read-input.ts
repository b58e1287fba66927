// One input path → one output record. Every failure becomes an error record,
// so that a batch always gives exactly one line per input.
import { readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { errorRecord, extract } from '../extract.js';
import type { Encoding, ErrorRecord, Output } from '../model/schema.js';

export interface ReadOptions {
  encoding?: Encoding;
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export async function extractPath(path: string, options: ReadOptions): Promise<Output> {
  const read = readPath(path, options);
  return read instanceof Uint8Array ? extract(read, { path, encoding: options.encoding }) : read;
}

/**
 * The bytes of a regular file, or the error record saying why they cannot be had.
 * Synchronous: in a batch worker, each async step would be a round trip through
 * libuv's thread pool, which costs more than the read itself for small reports.
 */
export function readPath(path: string, options: ReadOptions): Uint8Array | ErrorRecord {
  let bytes: Uint8Array;
  try {
    // stat before open: opening a FIFO would wait for a writer forever.
    const info = statSync(path);
    if (!info.isFile()) return errorRecord({ path, sha256: null, bytes: null }, 'not-a-file', `${path}: not a regular file`);
    if (info.size > options.maxBytes) return tooLarge(path, info.size, options.maxBytes);
    bytes = readFileSync(path);
  } catch (err) {
    return errorRecord({ path, sha256: null, bytes: null }, 'read', `${path}: ${describe(err)}`);
  }
  return bytes;
}

export async function extractStream(stream: Readable, path: string | null, options: ReadOptions): Promise<Output> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > options.maxBytes) return tooLarge(path ?? '-', size, options.maxBytes);
    chunks.push(buffer);
  }
  return extract(Buffer.concat(chunks), { path, encoding: options.encoding });
}

export function tooLarge(path: string, size: number, max: number): ErrorRecord {
  return errorRecord({ path, sha256: null, bytes: size }, 'too-large', `${path}: ${size} bytes is over the limit of ${max} (--max-bytes)`);
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return err instanceof Error ? err.message : String(err);
}
