// How output records become text. JSON is the default; other formats (CSV for
// spreadsheets) implement the same interface so the extract command need not know them.
import type { Output } from '../model/schema.js';

export interface RecordFormat {
  /** Text written once before the first record (a CSV header, a BOM), or ''. */
  header: string;
  /** One record's text, ending in a newline. */
  record(output: Output): string;
}

export function jsonFormat(pretty: boolean): RecordFormat {
  return {
    header: '',
    record: (output) => (pretty ? `${JSON.stringify(output, null, 2)}\n` : `${JSON.stringify(output)}\n`),
  };
}
