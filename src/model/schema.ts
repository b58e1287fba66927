// The output model: the single source of truth. Types are inferred from these
// schemas, `lawrep schema` prints their JSON Schema, and every result is
// validated against them before it leaves the library.
// zod/mini, not classic zod: the same validation from a fraction of the code, which
// every start of the command line and every batch worker would otherwise parse.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// Validate without compiling code at run time (zod's JIT uses `new Function`):
// lawrep evaluates nothing. zod/mini compiles no object validators anyway, and
// measured on 5 KB reports it validates as fast as classic zod did jitless.
// zod/mini loads no locale: English messages, as an error record quotes one.
z.config({ jitless: true, ...en() });

export const SCHEMA_VERSION = '1';

export const Encoding = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']);

/** The schema itself, with its description registered for the JSON Schema (classic zod's `.describe`). */
function described<T extends z.ZodMiniType>(description: string, schema: T): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/** An integer offset, count or size. */
const nonNegativeInt = () => z.number().check(z.int(), z.nonnegative());
/** A 1-based level or line. */
const positiveInt = () => z.number().check(z.int(), z.minimum(1));

export const Source = described(
  'Where the report came from',
  z.object({
    path: described(
      'Path of the input as given, or the record id in mapper mode; null for a string input',
      z.nullable(z.string()),
    ),
    sha256: described('SHA-256 of the input bytes', z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    bytes: described('Size of the input in bytes', nonNegativeInt()),
    encoding: described('Encoding the bytes were decoded with; null when decoding failed', z.nullable(Encoding)),
    format: described('Input format', z.enum(['text'])),
  }),
);

export const Genre = z.enum(['fazhi-annual-report', 'info-disclosure-annual-report', 'enforcement-report', 'unknown']);

export const DocumentMeta = z.object({
  title: z.nullable(z.string()),
  agency: z.nullable(z.string()),
  year: z.nullable(z.number().check(z.int())),
  publishedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
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

export const Section: z.ZodMiniType<SectionNode> = z.lazy(() =>
  z.object({
    id: described('Dotted path of ordinals, e.g. "2.3"', z.string()),
    level: positiveInt(),
    marker: described('The heading marker as written, e.g. "（三）"', z.string()),
    title: z.string(),
    kind: SectionKind,
    start: described('Code-point offset of the heading in the source', nonNegativeInt()),
    end: described('Code-point offset where the section ends', nonNegativeInt()),
    line: positiveInt(),
    children: z.array(Section),
  }),
);

export const Bound = z.enum(['exact', 'over', 'under', 'about']);

export const Mention = z.object({
  indicator: described('Indicator id from the catalogue, e.g. "penalty.cases"', z.string()),
  label: z.string(),
  value: described('Money in yuan, rates in percent, counts as numbers', z.number()),
  unit: described('Unit as written, e.g. "万元"', z.string()),
  bound: Bound,
  subject: z.nullable(z.string()),
  text: described('The matched words, verbatim from the source', z.string()),
  start: described('Code-point offset of text in the decoded source', nonNegativeInt()),
  end: nonNegativeInt(),
  line: described('1-based line of start', positiveInt()),
  section: described('Id of the innermost section', z.nullable(z.string())),
  rule: described('Id of the rule that found the mention', z.string()),
});

export const Headline = z.record(
  z.string(),
  z.object({ value: z.number(), mention: described('Index into metrics', nonNegativeInt()) }),
);

export const Warning = z.object({ code: z.string(), message: z.string() });

export const Stamp = described(
  'What produced this record: lawrep version and rule-set hash',
  z.object({ version: z.string(), rules: described('Hash of the rule set', z.string()) }),
);

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
  source: z.extend(Source, { sha256: z.nullable(z.string()), bytes: z.nullable(nonNegativeInt()) }),
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
