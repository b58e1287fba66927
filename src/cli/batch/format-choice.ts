// The output format as plain data, so that worker threads can build the same
// RecordFormat as the main thread (functions cannot be sent to a worker).
// CSV is loaded only when chosen.
import { jsonFormat, type RecordFormat } from '../../format/format.js';

export const FORMATS = ['json', 'csv', 'csv-long'] as const;

export interface FormatChoice {
  name: (typeof FORMATS)[number];
  /** JSON only: indented. */
  pretty: boolean;
  /** CSV only: start with a UTF-8 byte-order mark. */
  bom: boolean;
}

export async function recordFormat(choice: FormatChoice): Promise<RecordFormat> {
  if (choice.name === 'json') return jsonFormat(choice.pretty);
  const { csvFormat, csvLongFormat } = await import('../../format/csv.js');
  return (choice.name === 'csv' ? csvFormat : csvLongFormat)({ bom: choice.bom });
}
