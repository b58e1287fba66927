// The pipeline: decode → normalise → structure → indicators → headline → validate.
// Pure: no files, no terminal; the CLI is a thin adapter around this.
import { Buffer } from 'node:buffer';
import { decode, DecodeError, decodedText } from './decode/decode.js';
import { leadOf, pickHeadline } from './headline/headline.js';
import { findMentions } from './indicators/find.js';
import { checkOf } from './model/check.js';
import { indexSource, type SourceIndex } from './model/offsets.js';
import { countAtOrBefore } from './model/sorted.js';
import {
  type Encoding,
  type ErrorCode,
  type ErrorRecord,
  type Mention,
  type Output,
  Report,
  SCHEMA_VERSION,
  type Section,
  type Warning,
} from './model/schema.js';
import { normalise } from './normalise/normalise.js';
import type { MentionDraft, SectionDraft } from './pipeline.js';
import { sha256, stamp } from './stamp.js';
import { structure } from './structure/structure.js';

export interface ExtractOptions {
  /** Recorded as source.path (a file path, or a record id). */
  path?: string | null;
  /** Force a decoding instead of detecting one (bytes input only). */
  encoding?: Encoding;
}

/** Extract one report from its text or its bytes. Never throws: failures are error records. */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Output {
  const path = options.path ?? null;
  // A string is hashed and measured as its UTF-8 bytes, without a copy of them.
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  const digest = sha256(input);
  let text: string;
  let encoding: Encoding;
  let replaced = 0;
  if (typeof input === 'string') {
    text = decodedText(input);
    encoding = 'utf-8';
  } else {
    try {
      ({ text, encoding, replaced } = decode(input, options.encoding));
    } catch (err) {
      if (err instanceof DecodeError) return errorRecord({ path, sha256: digest, bytes: size }, err.code, err.message);
      throw err;
    }
  }
  const source = { path, sha256: digest, bytes: size, encoding, format: 'text' as const };
  try {
    const report = buildReport(text, source, replaced > 0 ? [strayBytes(replaced, encoding)] : []);
    // zod is asked only about a report the check refuses: for the message, or to accept what the check cannot tell.
    const checked = isReport(report) ? null : Report.safeParse(report);
    if (checked?.success === false) {
      return errorRecord(source, 'internal', `output failed validation: ${checked.error.issues[0]?.message ?? 'unknown'}`);
    }
    // The report itself, not zod's copy of it: the same data, without a second copy in memory.
    return report;
  } catch (err) {
    return errorRecord(source, 'internal', `extraction failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const isReport = checkOf(Report);

function buildReport(text: string, source: Report['source'], decoding: Warning[]): Report {
  const norm = normalise(text);
  const { document, sections: sectionDrafts, warnings, paragraphEnds, titleEnd } = structure(norm);
  const index = indexSource(text);
  const sections = sectionDrafts.map((s) => finishSection(s, index));
  const sectionOf = innermostSection(sections);
  const drafts = findMentions(norm, paragraphEnds, document.agency, titleEnd);
  const metrics = drafts.map((m) => finishMention(m, text, index, sectionOf));
  return {
    schemaVersion: SCHEMA_VERSION,
    lawrep: stamp(),
    source,
    document,
    sections,
    metrics,
    headline: pickHeadline(metrics, sections, { year: document.year, agency: document.agency, lead: (i) => leadOf(text, drafts[i]?.sentenceStart ?? 0, drafts[i]?.start ?? 0) }),
    warnings: [...decoding, ...(text.trim() === '' ? [EMPTY] : []), ...warnings],
  };
}

function strayBytes(replaced: number, encoding: Encoding): Warning {
  return { code: 'stray-bytes', message: `${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} in ${encoding} read as U+FFFD` };
}

/** An empty or blank input is a report in which nothing was found, not an error: a batch carries on. */
const EMPTY = { code: 'empty', message: 'the input has no text' };

function finishSection(s: SectionDraft, index: SourceIndex): Section {
  return {
    id: s.id,
    level: s.level,
    marker: s.marker,
    title: s.title,
    kind: s.kind,
    start: index.codePoint(s.start),
    end: index.codePoint(s.end),
    line: index.line(s.start),
    children: s.children.map((c) => finishSection(c, index)),
  };
}

/**
 * The id of the innermost section containing an offset: the last one in document order
 * that contains it. Found by binary search, then up through the parents (sections nest,
 * so the siblings passed on the way end before the offset): a scan of every section for
 * every mention was quadratic on long reports.
 */
function innermostSection(sections: Section[]): (at: number) => string | null {
  const flat: Array<{ section: Section; parent: number }> = [];
  const visit = (list: Section[], parent: number): void => {
    for (const section of list) {
      flat.push({ section, parent });
      visit(section.children, flat.length - 1);
    }
  };
  visit(sections, -1);
  const starts = Int32Array.from(flat, ({ section }) => section.start);
  return (at) => {
    const lo = countAtOrBefore(starts, at);
    for (let i = lo - 1; i >= 0; i = flat[i]?.parent ?? -1) {
      const section = flat[i]?.section;
      if (section && at < section.end) return section.id;
    }
    return null;
  };
}

function finishMention(m: MentionDraft, text: string, index: SourceIndex, sectionOf: (at: number) => string | null): Mention {
  const start = index.codePoint(m.start);
  const section = sectionOf(start);
  return {
    indicator: m.indicator,
    label: m.label,
    value: m.value,
    unit: m.unit,
    bound: m.bound,
    subject: m.subject,
    text: text.slice(m.start, m.end),
    start,
    end: index.codePoint(m.end),
    line: index.line(m.start),
    section,
    rule: m.rule,
  };
}

export function errorRecord(
  source: { path: string | null; sha256: string | null; bytes: number | null; encoding?: Encoding | null },
  code: ErrorCode,
  message: string,
): ErrorRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    lawrep: stamp(),
    source: { path: source.path, sha256: source.sha256, bytes: source.bytes, encoding: source.encoding ?? null, format: 'text' },
    error: { code, message },
  };
}
