// The output model: what passes, what fails and what the failure says (an error
// record quotes the first message, so it must read as English, not "Invalid input").
import { describe, expect, it } from 'vitest';
import { outputJsonSchema } from '../../src/cli/schema-command.js';
import { ErrorRecord, Output, Report } from '../../src/model/schema.js';
import { makeReport, section } from '../format/make-report.js';

const SOURCE = '一、主要举措\n全年办理行政复议案件12件。';

function report(): Report {
  return makeReport(SOURCE, [{ indicator: 'review.cases', label: '行政复议案件', text: '行政复议案件12件', value: 12, unit: '件', section: '1' }], {
    sections: [section('1', '一、', '主要举措', 'measures', 0, 24)],
  });
}

function errorRecord(): ErrorRecord {
  const { schemaVersion, lawrep } = report();
  return {
    schemaVersion,
    lawrep,
    source: { path: 'a.txt', sha256: null, bytes: null, encoding: null, format: 'text' },
    error: { code: 'read', message: 'cannot read a.txt' },
  };
}

describe('Report', () => {
  it('accepts a well-formed report, nested sections included', () => {
    const r = report();
    r.sections[0]?.children.push(section('1.1', '（一）', '复议', 'measures', 7, 24));
    expect(Report.safeParse(r).success).toBe(true);
  });

  it.each<[string, (r: Report) => void, string, string]>([
    ['a hash that is not 64 hex digits', (r) => (r.source.sha256 = 'ABC'), 'source.sha256', 'Invalid string: must match pattern /^[0-9a-f]{64}$/'],
    ['a negative offset', (r) => (r.metrics[0]!.start = -1), 'metrics.0.start', 'Too small: expected number to be >=0'],
    ['a fractional line', (r) => (r.metrics[0]!.line = 1.5), 'metrics.0.line', 'Invalid input: expected int, received number'],
    ['an offset beyond safe integers', (r) => (r.metrics[0]!.end = 2 ** 60), 'metrics.0.end', 'Too big: expected int to be <=9007199254740991'],
    ['line 0 of a section', (r) => (r.sections[0]!.line = 0), 'sections.0.line', 'Too small: expected number to be >=1'],
    ['an unknown bound', (r) => ((r.metrics[0] as { bound: string }).bound = 'near'), 'metrics.0.bound', 'Invalid option: expected one of "exact"|"over"|"under"|"about"'],
    ['a date with slashes', (r) => (r.document.publishedAt = '2025/01/20'), 'document.publishedAt', 'Invalid string: must match pattern /^\\d{4}-\\d{2}-\\d{2}$/'],
    ['a year as text', (r) => ((r.document as { year: unknown }).year = '2024'), 'document.year', 'Invalid input: expected number, received string'],
    ['another schema version', (r) => ((r as { schemaVersion: string }).schemaVersion = '2'), 'schemaVersion', 'Invalid input: expected "1"'],
    ['a child section without fields', (r) => r.sections[0]!.children.push({ id: '1.1' } as never), 'sections.0.children.0.level', 'Invalid input: expected number, received undefined'],
  ])('rejects %s, in English', (_, breakIt, path, message) => {
    const r = report();
    breakIt(r);
    const result = Report.safeParse(r);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });
});

describe('Output', () => {
  it('accepts a report or an error record, and nothing else', () => {
    expect(Output.safeParse(report()).success).toBe(true);
    expect(Output.safeParse(errorRecord()).success).toBe(true);
    expect(Output.safeParse({ ...errorRecord(), error: { code: 'lost', message: '' } }).success).toBe(false);
    expect(Output.safeParse('{}').success).toBe(false);
  });
});

describe('the JSON Schema', () => {
  it('carries the descriptions written in the model', () => {
    const schema = JSON.stringify(outputJsonSchema());
    expect(schema).toContain('"description":"Where the report came from"');
    expect(schema).toContain('"description":"1-based line of start"');
  });
});
