// What must hold for every output of `extract`, whatever the input: the list of
// violations (empty when the output is sound). Shared by the property tests and
// the fuzz campaign.
import { decode, DecodeError, decodedText } from '../../src/decode/decode.js';
import { extract } from '../../src/extract.js';
import { type Output, Output as OutputSchema, type Report, type Section } from '../../src/model/schema.js';

export interface Verdict {
  /** extract threw, or caught its own failure as an `internal` error record. */
  crash: string | null;
  /** Everything else that is wrong with the output. */
  violations: string[];
  output?: Output;
}

export function checkExtract(input: string | Uint8Array): Verdict {
  let output: Output;
  try {
    output = extract(input);
  } catch (err) {
    return { crash: `threw: ${err instanceof Error ? err.message : String(err)}`, violations: [] };
  }
  if ('error' in output && output.error.code === 'internal') return { crash: output.error.message, violations: [] };
  return { crash: null, violations: violations(input, output), output };
}

/** The decoded text every offset refers to, or the decode error the input must give. */
function expectedSource(input: string | Uint8Array): { text: string } | { error: string } {
  if (typeof input === 'string') return { text: decodedText(input) };
  try {
    return { text: decode(input).text };
  } catch (err) {
    if (err instanceof DecodeError) return { error: err.code };
    throw err;
  }
}

export function violations(input: string | Uint8Array, output: Output): string[] {
  const found: string[] = [];
  const parsed = OutputSchema.safeParse(output);
  if (!parsed.success) found.push(`schema: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  if (JSON.stringify(JSON.parse(JSON.stringify(output))) !== JSON.stringify(output)) found.push('JSON does not round-trip');
  const expected = expectedSource(input);
  if ('error' in output) {
    if (!('error' in expected)) found.push(`error record ${output.error.code} for a decodable input`);
    else if (output.error.code !== expected.error) found.push(`error ${output.error.code}, expected ${expected.error}`);
    return found;
  }
  if ('error' in expected) return [...found, `a report for input that does not decode (${expected.error})`];
  return [...found, ...reportViolations(expected.text, output)];
}

function reportViolations(text: string, report: Report): string[] {
  const found: string[] = [];
  const points = Array.from(text);
  const slice = (start: number, end: number) => points.slice(start, end).join('');
  const lineOf = (start: number) => 1 + slice(0, start).split('\n').length - 1;
  const inBounds = (start: number, end: number) => start >= 0 && start <= end && end <= points.length;

  let previous = -1;
  report.metrics.forEach((m, i) => {
    const where = `metrics[${i}]`;
    if (!inBounds(m.start, m.end)) found.push(`${where}: span ${m.start}-${m.end} outside 0-${points.length}`);
    else if (slice(m.start, m.end) !== m.text) found.push(`${where}: text ${JSON.stringify(m.text)} is not the source slice ${JSON.stringify(slice(m.start, m.end))}`);
    else if (m.line !== lineOf(m.start)) found.push(`${where}: line ${m.line}, source says ${lineOf(m.start)}`);
    if (m.start < previous) found.push(`${where}: starts at ${m.start}, before the previous mention (${previous})`);
    previous = m.start;
  });

  const ids = new Map<string, Section>();
  const walk = (siblings: Section[], parent: Section | null, path: string) => {
    siblings.forEach((s, i) => {
      const where = `${path}[${i}] (${s.id})`;
      if (ids.has(s.id)) found.push(`${where}: duplicate id`);
      ids.set(s.id, s);
      if (!inBounds(s.start, s.end)) found.push(`${where}: span ${s.start}-${s.end} outside 0-${points.length}`);
      else {
        const head = slice(s.start, s.end);
        const opener = s.marker !== '' ? s.marker : s.title;
        if (!squeeze(head).startsWith(squeeze(opener))) found.push(`${where}: slice ${JSON.stringify(head.slice(0, 20))} does not start with ${JSON.stringify(opener)}`);
        if (s.line !== lineOf(s.start)) found.push(`${where}: line ${s.line}, source says ${lineOf(s.start)}`);
      }
      if (parent && (s.start < parent.start || s.end > parent.end)) found.push(`${where}: ${s.start}-${s.end} not inside its parent ${parent.start}-${parent.end}`);
      if (parent && s.level <= parent.level) found.push(`${where}: level ${s.level} not below its parent's ${parent.level}`);
      const before = siblings[i - 1];
      if (before && (s.start <= before.start || s.start < before.end)) found.push(`${where}: overlaps or precedes its sibling ${before.id}`);
      walk(s.children, s, `${where}.children`);
    });
  };
  walk(report.sections, null, 'sections');

  report.metrics.forEach((m, i) => {
    if (m.section === null) return;
    const s = ids.get(m.section);
    if (!s) found.push(`metrics[${i}]: section ${m.section} does not exist`);
    else if (m.start < s.start || m.start >= s.end) found.push(`metrics[${i}]: not inside its section ${m.section}`);
  });
  for (const [indicator, { mention }] of Object.entries(report.headline)) {
    const m = report.metrics[mention];
    if (!m) found.push(`headline ${indicator}: mention ${mention} does not exist`);
    else if (m.indicator !== indicator) found.push(`headline ${indicator}: mention ${mention} is ${m.indicator}`);
  }
  return found;
}

/** Titles are given with the spaces of wrapped lines removed; compare without any whitespace. */
function squeeze(s: string): string {
  return s.replace(/\s+/gu, '');
}
