// An input file's bytes, or why they cannot be had. Free of the pipeline, so that a
// batch's main thread can read files for its workers without loading it.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a file's bytes were not read. */
export type Unread = { why: 'not-a-file' } | { why: 'too-large'; size: number } | { why: 'error'; error: unknown };

/**
 * The bytes of a regular file of at most `max` bytes.
 * Synchronous: in a batch worker, each async step would be a round trip through
 * libuv's thread pool, which costs more than the read itself for small reports.
 * With `scratch`, a file that fits is read into it, and the bytes returned are
 * valid only until its next use: a batch reads thousands of files, and a buffer
 * of its own for each would pile up tens of megabytes outside the heap between
 * garbage collections.
 */
export function readFileBytes(path: string, max: number, scratch?: Uint8Array): Uint8Array | Unread {
  let fd: number | null = null;
  try {
    // Non-blocking, so that a FIFO opens at once instead of waiting for a writer; the
    // checks are made on what was opened, so that a file swapped after listing cannot slip by.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return { why: 'not-a-file' };
    if (info.size > max) return { why: 'too-large', size: info.size };
    return readAtMost(fd, info.size, max, scratch);
  } catch (error) {
    return { why: 'error', error };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The whole file, read to its end (it may have grown since fstat), refused once past `max`. */
function readAtMost(fd: number, expected: number, max: number, scratch?: Uint8Array): Uint8Array | Unread {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let want = expected + 1; // one byte more than expected: the read that tells a file grew
  for (;;) {
    const length = Math.max(1, Math.min(want, max + 1 - size));
    const chunk = chunks.length === 0 && scratch !== undefined && length <= scratch.length ? scratch : Buffer.allocUnsafe(length);
    const read = readSync(fd, chunk, 0, length, null);
    size += read;
    if (size > max) return { why: 'too-large', size };
    chunks.push(chunk.subarray(0, read));
    // A regular file reads short only at its end: no second read to confirm it, which
    // in a batch cost as much again as the first (and, asking for a megabyte, a buffer that size).
    if (read < length) return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, size);
    want = 1 << 20;
  }
}
