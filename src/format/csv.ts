// CSV for spreadsheets, RFC 4180 (CRLF line ends, fields with commas, quotes or
// line breaks quoted). Two shapes: one row per report with one column per
// indicator (its headline value), or one row per mention.
import { stringify } from 'csv-stringify/sync';
import { INDICATOR_IDS } from '../indicators/catalogue.js';
import type { Output } from '../model/schema.js';
import type { RecordFormat } from './format.js';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, so that Excel reads the Chinese text as UTF-8. */
  bom: boolean;
}

type Cell = string | number | null;

const BOM = '\uFEFF';

function row(cells: Cell[]): string {
  // A lone CR or LF inside a field must be quoted too, not only the CRLF delimiter.
  return stringify([cells], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

const REPORT_COLUMNS = ['path', 'title', 'agency', 'year', 'publishedAt', 'genre'] as const;

/** One row per report: metadata, then each catalogue indicator's headline value (empty when absent), then the error. */
export function csvFormat(options: CsvOptions): RecordFormat {
  const indicators = INDICATOR_IDS;
  return {
    header: (options.bom ? BOM : '') + row([...REPORT_COLUMNS, ...indicators, 'error']),
    record(output: Output): string {
      if ('error' in output) {
        return row([output.source.path, ...REPORT_COLUMNS.slice(1).map(() => null), ...indicators.map(() => null), output.error.message]);
      }
      const { title, agency, year, publishedAt, genre } = output.document;
      const values = indicators.map((id) => output.headline[id]?.value ?? null);
      return row([output.source.path, title, agency, year, publishedAt, genre, ...values, null]);
    },
  };
}

const MENTION_COLUMNS = ['path', 'indicator', 'label', 'value', 'unit', 'bound', 'subject', 'section', 'line', 'text', 'error'] as const;

/** One row per mention (a report without mentions gives no row); an input that failed gives one row with its error. */
export function csvLongFormat(options: CsvOptions): RecordFormat {
  return {
    header: (options.bom ? BOM : '') + row([...MENTION_COLUMNS]),
    record(output: Output): string {
      const path = output.source.path;
      if ('error' in output) return row([path, ...MENTION_COLUMNS.slice(1, -1).map(() => null), output.error.message]);
      return output.metrics
        .map((m) => row([path, m.indicator, m.label, m.value, m.unit, m.bound, m.subject, m.section, m.line, m.text, null]))
        .join('');
    },
  };
}
