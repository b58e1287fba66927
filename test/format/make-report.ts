// Hand-made reports for the view and format tests: a source text and the figures
// in it, with offsets, lines and headline worked out as extract() would give them.
import { type Bound, type Mention, Report, SCHEMA_VERSION, type Section } from '../../src/model/schema.js';

export interface Figure {
  indicator: string;
  label: string;
  /** Verbatim words of the source; the `nth` occurrence (default first) is the mention. */
  text: string;
  nth?: number;
  value: number;
  unit: string;
  bound?: Bound;
  subject?: string;
  section?: string;
}

export function makeReport(source: string, figures: Figure[], extra: Partial<Omit<Report, 'metrics' | 'source'>> = {}): Report {
  const metrics: Mention[] = figures.map((f) => {
    let at = -1;
    for (let n = 0; n <= (f.nth ?? 0); n++) at = source.indexOf(f.text, at + 1);
    if (at < 0) throw new Error(`not in the source: ${f.text}`);
    const start = Array.from(source.slice(0, at)).length;
    return {
      indicator: f.indicator,
      label: f.label,
      value: f.value,
      unit: f.unit,
      bound: f.bound ?? 'exact',
      subject: f.subject ?? null,
      text: f.text,
      start,
      end: start + Array.from(f.text).length,
      line: source.slice(0, at).split('\n').length,
      section: f.section ?? null,
      rule: `${f.indicator}/test`,
    };
  });
  const headline: Report['headline'] = {};
  metrics.forEach((m, i) => (headline[m.indicator] ??= { value: m.value, mention: i }));
  return Report.parse({
    schemaVersion: SCHEMA_VERSION,
    lawrep: { version: '0.0.0-test', rules: '0123456789abcdef' },
    source: { path: 'reports/test.txt', sha256: '0'.repeat(64), bytes: new TextEncoder().encode(source).length, encoding: 'utf-8', format: 'text' },
    document: { title: '某某局2024年法治政府建设情况的报告', agency: '某某局', year: 2024, publishedAt: '2025-01-20', genre: 'fazhi-annual-report' },
    sections: [],
    headline,
    warnings: [],
    ...extra,
    metrics,
  });
}

/** A section node for hand-made outlines. */
export function section(id: string, marker: string, title: string, kind: Section['kind'], start: number, end: number, children: Section[] = []): Section {
  return { id, level: id.split('.').length, marker, title, kind, start, end, line: 1, children };
}
