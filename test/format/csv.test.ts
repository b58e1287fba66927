import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvFormat, csvLongFormat } from '../../src/format/csv.js';
import type { RecordFormat } from '../../src/format/format.js';
import { INDICATOR_IDS } from '../../src/indicators/catalogue.js';
import { type ErrorRecord, SCHEMA_VERSION, type Output } from '../../src/model/schema.js';
import { makeReport } from './make-report.js';

const SOURCE = '全年办理行政处罚案件37宗，罚款\n4.52万元。接待信访人397人次，"重点"信访, 办结12件。';

const report = makeReport(
  SOURCE,
  [
    { indicator: 'penalty.cases', label: '行政处罚案件', text: '行政处罚案件37宗', value: 37, unit: '宗' },
    { indicator: 'penalty.fines_yuan', label: '罚款金额', text: '罚款\n4.52万元', value: 45200, unit: '万元' },
    { indicator: 'petition.visitors', label: '信访人次', text: '接待信访人397人次', value: 397, unit: '人次', subject: '来访, "重点"' },
  ],
  { document: { title: '某局关于2024年"法治政府"建设, 情况的\n报告', agency: '某局', year: 2024, publishedAt: null, genre: 'fazhi-annual-report' } },
);

const failed: ErrorRecord = {
  schemaVersion: SCHEMA_VERSION,
  lawrep: { version: '0.0.0-test', rules: '0123456789abcdef' },
  source: { path: 'bad, "file".txt', sha256: null, bytes: null, encoding: null, format: 'text' },
  error: { code: 'binary', message: 'input contains NUL bytes: not a text file' },
};

function write(format: RecordFormat, outputs: Output[]): string {
  return format.header + outputs.map((o) => format.record(o)).join('');
}

function rows(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true });
}

describe('csvFormat: one row per report', () => {
  const text = write(csvFormat({ bom: false }), [report, failed]);

  it('has the report columns, every catalogue indicator in catalogue order, then error', () => {
    const [header] = parse(text, { to_line: 1 }) as string[][];
    expect(header).toEqual(['path', 'title', 'agency', 'year', 'publishedAt', 'genre', ...INDICATOR_IDS, 'error']);
    expect(INDICATOR_IDS.length).toBeGreaterThan(0);
  });

  it('parses back to the report: quotes, commas and line breaks survive, absent values are empty', () => {
    const [row] = rows(text);
    expect(row).toMatchObject({
      path: 'reports/test.txt',
      title: '某局关于2024年"法治政府"建设, 情况的\n报告',
      agency: '某局',
      year: '2024',
      publishedAt: '',
      genre: 'fazhi-annual-report',
      'penalty.cases': '37',
      'penalty.fines_yuan': '45200',
      'petition.visitors': '397',
      'petition.cases': '',
      error: '',
    });
  });

  it('gives an input that failed a row with its path and error', () => {
    const [, row] = rows(text);
    expect(row?.path).toBe('bad, "file".txt');
    expect(row?.error).toBe('input contains NUL bytes: not a text file');
    expect(row?.title).toBe('');
    expect(row?.['penalty.cases']).toBe('');
  });

  it('ends records with CRLF (RFC 4180) and quotes a lone line break inside a field', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"某局关于2024年""法治政府""建设, 情况的\n报告"');
  });

  it('starts with a BOM only when asked', () => {
    expect(text.startsWith('path,')).toBe(true);
    expect(write(csvFormat({ bom: true }), [report]).startsWith('\uFEFFpath,')).toBe(true);
  });
});

describe('csvLongFormat: one row per mention', () => {
  const text = write(csvLongFormat({ bom: true }), [report, failed, makeReport('没有数字。', [])]);

  it('has one row per mention and one per failed input', () => {
    const parsed = rows(text);
    expect(parsed.map((r) => [r.path, r.indicator, r.value, r.unit, r.bound, r.line])).toEqual([
      ['reports/test.txt', 'penalty.cases', '37', '宗', 'exact', '1'],
      ['reports/test.txt', 'penalty.fines_yuan', '45200', '万元', 'exact', '1'],
      ['reports/test.txt', 'petition.visitors', '397', '人次', 'exact', '2'],
      ['bad, "file".txt', '', '', '', '', ''],
    ]);
    expect(parsed[3]?.error).toBe('input contains NUL bytes: not a text file');
  });

  it('keeps the text verbatim, line break included, and the subject with its quotes and comma', () => {
    const parsed = rows(text);
    expect(parsed[1]?.text).toBe('罚款\n4.52万元');
    expect(parsed[2]?.subject).toBe('来访, "重点"');
    expect(parsed[0]?.label).toBe('行政处罚案件');
  });

  it('names its columns', () => {
    const [header] = parse(text, { to_line: 1, bom: true }) as string[][];
    expect(header).toEqual(['path', 'indicator', 'label', 'value', 'unit', 'bound', 'subject', 'section', 'line', 'text', 'error']);
  });
});
