// Bytes → text. Detects UTF-8 (with or without BOM), UTF-16 with a BOM and
// GB18030 (a superset of GBK, common in government files), reads a few stray
// invalid bytes as U+FFFD; refuses binary.
import { Buffer, isUtf8 } from 'node:buffer';
import type { Encoding } from '../model/schema.js';

export class DecodeError extends Error {
  constructor(
    readonly code: 'binary' | 'decode',
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Invalid byte sequences read as U+FFFD: a few stray bytes in a file otherwise in one encoding. */
  replaced: number;
}

const ENCODING_LABEL: Record<Encoding, string> = {
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
};

const UTF8_BOM = 3;

function strictDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  // UTF-8, the common case, is checked and decoded natively: several times faster than a fatal TextDecoder.
  if (encoding === 'utf-8') {
    if (!isUtf8(bytes)) return null;
    const body = bomEncoding(bytes) === 'utf-8' ? bytes.subarray(UTF8_BOM) : bytes;
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  }
  try {
    // ignoreBOM: false strips a leading BOM of the decoder's own encoding.
    return new TextDecoder(ENCODING_LABEL[encoding], { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Control characters that never occur in a text report (all C0 but tab, LF, FF, CR, and ESC/SUB seen in old files). */
const CONTROL = /[\x00-\x08\x0b\x0e-\x19\x1c-\x1f]/g;

/** A NUL, or more than 8 controls making over 1% of the text. Most texts hold none: the first search says so. */
function looksBinary(text: string): boolean {
  let controls = 0;
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(text); m !== null; m = CONTROL.exec(text)) {
    if (m[0] === '\0') return true;
    controls++;
  }
  return controls > 8 && controls * 100 > text.length;
}

/**
 * Document formats that reports are published in besides text, told by their first
 * bytes, so that the error says what to do rather than only that the bytes are not text.
 */
const DOCUMENT_FORMATS: ReadonlyArray<{ magic: readonly number[]; message: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], message: 'input is a PDF file, not text: convert it first (pdftotext -enc UTF-8 FILE)' },
  { magic: [0x50, 0x4b, 0x03, 0x04], message: 'input is a ZIP archive (.docx, .xlsx, .odt or .zip), not text: save or convert it as plain text first' },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: 'input is an old Office document (.doc, .xls, .wps), not text: save or convert it as plain text first',
  },
];

function documentFormat(bytes: Uint8Array): string | null {
  const format = DOCUMENT_FORMATS.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte));
  return format?.message ?? null;
}

export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  const bom = bomEncoding(bytes);
  const order: Encoding[] = forced ? [forced] : bom ? [bom] : ['utf-8', 'gb18030'];
  const format = forced || bom ? null : documentFormat(bytes);
  if (format !== null) throw new DecodeError('binary', format);
  if (!forced && !bom && hasNul(bytes)) throw new DecodeError('binary', 'input contains NUL bytes: not a text file');
  for (const encoding of order) {
    const text = strictDecode(bytes, encoding);
    if (text === null) continue;
    if (looksBinary(text)) throw new DecodeError('binary', 'input contains control characters: not a text file');
    return { text: decodedText(text), encoding, replaced: 0 };
  }
  const lenient = forced || bom ? null : withStrayBytes(bytes);
  if (lenient !== null && !looksBinary(lenient.text)) return { ...lenient, text: decodedText(lenient.text) };
  throw new DecodeError(
    'decode',
    forced ? `input is not valid ${forced}` : `input is neither valid UTF-8 nor GB18030 (use --encoding to force one)`,
  );
}

/** Stray bytes tolerated: one, or one in this many characters (a file cut mid-character, a byte mangled in transit), in a text of some length. */
const STRAY_SHARE = 200;
const MIN_TEXT_PER_STRAY = 20;
const REPLACEMENT = /\uFFFD/g;

/**
 * A text in UTF-8, or else in GB18030, but for a few invalid bytes: read with them replaced
 * (U+FFFD), rather than lost. UTF-8 is asked first: GB18030 reads most UTF-8 bytes as
 * some characters, valid or not, so only a UTF-8 reading that fails at many places is refused.
 */
function withStrayBytes(bytes: Uint8Array): Decoded | null {
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = new TextDecoder(ENCODING_LABEL[encoding]).decode(bytes);
    const replaced = text.match(REPLACEMENT)?.length ?? 0;
    if (replaced <= Math.max(1, text.length / STRAY_SHARE) && replaced * MIN_TEXT_PER_STRAY < text.length) return { text, encoding, replaced };
  }
  return null;
}

/** Whether a NUL byte occurs: Buffer's search (memchr), several times faster than Uint8Array's includes. */
function hasNul(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) !== -1;
}

/**
 * The text every offset refers to: without a byte-order mark, with CRLF and CR
 * line ends as LF, so that a report gives the same offsets whatever system saved it.
 */
export function decodedText(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes('\r') ? foldLineEnds(body) : body;
}

/** CRLF and CR → LF in one pass of native searches; `replace(/\r\n?/g)` slows down super-linearly on files of many short lines. */
function foldLineEnds(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', from)) {
    parts.push(text.slice(from, at), '\n');
    from = text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
