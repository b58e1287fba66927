// One input path → one output record. Every failure becomes an error record,
// so that a batch always gives exactly one line per input.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { errorRecord, extract } from '../extract.js';
import type { Encoding, ErrorRecord, Output } from '../model/schema.js';

export interface ReadOptions {
  encoding?: Encoding;
  maxBytes: number;
}

export async function extractPath(path: string, options: ReadOptions): Promise<Output> {
  const read = readPath(path, options);
  return read instanceof Uint8Array ? extract(read, { path, encoding: options.encoding }) : read;
}

/**
 * The bytes of a regular file, or the error record saying why they cannot be had.
 * Synchronous: in a batch worker, each async step would be a round trip through
 * libuv's thread pool, which costs more than the read itself for small reports.
 * With `scratch`, a file that fits is read into it, and the bytes returned are
 * valid only until its next use: a batch reads thousands of files, and a buffer
 * of its own for each would pile up tens of megabytes outside the heap between
 * garbage collections.
 */
export function readPath(path: string, options: ReadOptions, scratch?: Uint8Array): Uint8Array | ErrorRecord {
  let fd: number | null = null;
  try {
    // Non-blocking, so that a FIFO opens at once instead of waiting for a writer; the
    // checks are made on what was opened, so that a file swapped after listing cannot slip by.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return errorRecord({ path, sha256: null, bytes: null }, 'not-a-file', `${path}: not a regular file`);
    if (info.size > options.maxBytes) return tooLarge(path, info.size, options.maxBytes);
    return readAtMost(fd, path, info.size, options.maxBytes, scratch);
  } catch (err) {
    return errorRecord({ path, sha256: null, bytes: null }, 'read', `${path}: ${describe(err)}`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The whole file, read to its end (it may have grown since fstat), refused once past `max`. */
function readAtMost(fd: number, path: string, expected: number, max: number, scratch?: Uint8Array): Uint8Array | ErrorRecord {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let want = expected + 1; // one byte more than expected: the read that tells a file grew
  for (;;) {
    const length = Math.max(1, Math.min(want, max + 1 - size));
    const chunk = chunks.length === 0 && scratch !== undefined && length <= scratch.length ? scratch : Buffer.allocUnsafe(length);
    const read = readSync(fd, chunk, 0, length, null);
    size += read;
    if (size > max) return tooLarge(path, size, max);
    chunks.push(chunk.subarray(0, read));
    // A regular file reads short only at its end: no second read to confirm it, which
    // in a batch cost as much again as the first (and, asking for a megabyte, a buffer that size).
    if (read < length) return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, size);
    want = 1 << 20;
  }
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
