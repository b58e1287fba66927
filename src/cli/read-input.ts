// One input path → one output record. Every failure becomes an error record,
// so that a batch always gives exactly one line per input.
import type { Readable } from 'node:stream';
import { errorRecord, extract } from '../extract.js';
import type { Encoding, ErrorRecord, Output } from '../model/schema.js';
import { readFileBytes } from './read-file.js';

export interface ReadOptions {
  encoding?: Encoding;
  maxBytes: number;
}

export async function extractPath(path: string, options: ReadOptions): Promise<Output> {
  const read = readPath(path, options);
  return read instanceof Uint8Array ? extract(read, { path, encoding: options.encoding }) : read;
}

/** The bytes of a regular file, or the error record saying why they cannot be had (see readFileBytes). */
export function readPath(path: string, options: ReadOptions, scratch?: Uint8Array): Uint8Array | ErrorRecord {
  const read = readFileBytes(path, options.maxBytes, scratch);
  if (read instanceof Uint8Array) return read;
  if (read.why === 'too-large') return tooLarge(path, read.size, options.maxBytes);
  const unknown = { path, sha256: null, bytes: null };
  if (read.why === 'not-a-file') return errorRecord(unknown, 'not-a-file', `${path}: not a regular file`);
  return errorRecord(unknown, 'read', `${path}: ${describe(read.error)}`);
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
