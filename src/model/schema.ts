// The output model: the single source of truth. Types are inferred from these
// schemas, `lawrep schema` prints their JSON Schema, and every result is
// validated against them before it leaves the library.
import { z } from 'zod';

// Validate without compiling code at run time (zod's JIT uses `new Function`):
// lawrep evaluates nothing, and measured on real reports jitless is as fast.
z.config({ jitless: true });

export const SCHEMA_VERSION = '1';

export const Encoding = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']);

export const Source = z
  .object({
    path: z.string().nullable().describe('Path of the input as given, or the record id in mapper mode; null for a string input'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the input bytes'),
    bytes: z.number().int().nonnegative().describe('Size of the input in bytes'),
    encoding: Encoding.nullable().describe('Encoding the bytes were decoded with; null when decoding failed'),
    format: z.enum(['text']).describe('Input format'),
  })
  .describe('Where the report came from');

export const Genre = z.enum(['fazhi-annual-report', 'info-disclosure-annual-report', 'enforcement-report', 'unknown']);

export const DocumentMeta = z.object({
  title: z.string().nullable(),
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  genre: Genre,
});

export const SectionKind = z.enum(['measures', 'problems', 'leadership', 'plans', 'other']);

export interface SectionNode {
  id: string;
  level: number;
  marker: string;
  title: string;
  kind: z.infer<typeof SectionKind>;
  start: number;
  end: number;
  line: number;
  children: SectionNode[];
}

export const Section: z.ZodType<SectionNode> = z.lazy(() =>
  z.object({
    id: z.string().describe('Dotted path of ordinals, e.g. "2.3"'),
    level: z.number().int().min(1),
    marker: z.string().describe('The heading marker as written, e.g. "（三）"'),
    title: z.string(),
    kind: SectionKind,
    start: z.number().int().nonnegative().describe('Code-point offset of the heading in the source'),
    end: z.number().int().nonnegative().describe('Code-point offset where the section ends'),
    line: z.number().int().min(1),
    children: z.array(Section),
  }),
);

export const Bound = z.enum(['exact', 'over', 'under', 'about']);

export const Mention = z.object({
  indicator: z.string().describe('Indicator id from the catalogue, e.g. "penalty.cases"'),
  label: z.string(),
  value: z.number().describe('Money in yuan, rates in percent, counts as numbers'),
  unit: z.string().describe('Unit as written, e.g. "万元"'),
  bound: Bound,
  subject: z.string().nullable(),
  text: z.string().describe('The matched words, verbatim from the source'),
  start: z.number().int().nonnegative().describe('Code-point offset of text in the decoded source'),
  end: z.number().int().nonnegative(),
  line: z.number().int().min(1).describe('1-based line of start'),
  section: z.string().nullable().describe('Id of the innermost section'),
  rule: z.string().describe('Id of the rule that found the mention'),
});

export const Headline = z.record(
  z.string(),
  z.object({ value: z.number(), mention: z.number().int().nonnegative().describe('Index into metrics') }),
);

export const Warning = z.object({ code: z.string(), message: z.string() });

export const Stamp = z
  .object({ version: z.string(), rules: z.string().describe('Hash of the rule set') })
  .describe('What produced this record: lawrep version and rule-set hash');

export const Report = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  lawrep: Stamp,
  source: Source,
  document: DocumentMeta,
  sections: z.array(Section),
  metrics: z.array(Mention),
  headline: Headline,
  warnings: z.array(Warning),
});

export const ErrorCode = z.enum(['read', 'decode', 'binary', 'too-large', 'not-a-file', 'input', 'internal']);

export const ErrorRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  lawrep: Stamp,
  source: Source.extend({ sha256: z.string().nullable(), bytes: z.number().int().nonnegative().nullable() }),
  error: z.object({ code: ErrorCode, message: z.string() }),
});

/** One output line: a report, or an error record for an input that could not be read. */
export const Output = z.union([Report, ErrorRecord]);

export type Encoding = z.infer<typeof Encoding>;
export type Source = z.infer<typeof Source>;
export type Genre = z.infer<typeof Genre>;
export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type SectionKind = z.infer<typeof SectionKind>;
export type Section = SectionNode;
export type Bound = z.infer<typeof Bound>;
export type Mention = z.infer<typeof Mention>;
export type Headline = z.infer<typeof Headline>;
export type Warning = z.infer<typeof Warning>;
export type Report = z.infer<typeof Report>;
export type ErrorCode = z.infer<typeof ErrorCode>;
export type ErrorRecord = z.infer<typeof ErrorRecord>;
export type Output = z.infer<typeof Output>;
