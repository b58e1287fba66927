// A report's headline figures in catalogue order, each with the mention it
// points at: what the terminal view and the HTML page list for people.
import { INDICATOR_IDS } from '../indicators/catalogue.js';
import type { Mention, Report } from '../model/schema.js';

export interface HeadlineRow {
  indicator: string;
  /** Index of the mention in report.metrics. */
  index: number;
  /** The headline value (the mention's, unless the headline chose otherwise). */
  value: number;
  mention: Mention;
  /** How many mentions the report has of this indicator. */
  mentions: number;
}

export function headlineRows(report: Report): HeadlineRow[] {
  const known = INDICATOR_IDS;
  // An id the catalogue no longer has (an old record) still shows, after the known ones.
  const others = Object.keys(report.headline).filter((id) => !known.includes(id));
  const rows: HeadlineRow[] = [];
  for (const indicator of [...known, ...others]) {
    const headline = report.headline[indicator];
    const mention = headline === undefined ? undefined : report.metrics[headline.mention];
    if (headline === undefined || mention === undefined) continue;
    rows.push({ indicator, index: headline.mention, value: headline.value, mention, mentions: report.metrics.filter((m) => m.indicator === indicator).length });
  }
  return rows;
}
