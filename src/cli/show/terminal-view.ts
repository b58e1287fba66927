// `lawrep show`: one report as a summary for people on a terminal: what the
// report is, its outline, its headline figures and the sentence each came from.
// Colour comes in as a chalk instance (level 0 when piped or under NO_COLOR).
import type { ChalkInstance } from 'chalk';
import { figureParts } from '../../format/figure.js';
import { headlineRows, type HeadlineRow } from '../../format/headline-rows.js';
import type { Report, Section } from '../../model/schema.js';
import { sentenceAround } from './sentence.js';
import { textTable } from './table.js';

const NONE = '—';
/** Control characters (ESC among them, which old files carry) would drive the terminal, not show: dropped. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const printable = (text: string) => text.replace(CONTROL, '');

/** The summary of `report`, whose offsets point into `source` (the decoded text). */
export function terminalView(report: Report, source: string, colour: ChalkInstance): string {
  const rows = headlineRows(report);
  const blocks = [
    aboutBlock(report, colour),
    outlineBlock(report.sections, colour),
    figuresBlock(report, rows, colour),
    originsBlock(rows, report.sections, Array.from(source), colour),
    warningsBlock(report, colour),
  ];
  return `${blocks.filter((lines) => lines.length > 0).map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function aboutBlock(report: Report, c: ChalkInstance): string[] {
  const { title, agency, year, publishedAt, genre } = report.document;
  const { path, encoding, bytes } = report.source;
  const facts: Array<[string, string]> = [
    ['agency', agency ?? NONE],
    ['year', year === null ? NONE : String(year)],
    ['published', publishedAt ?? NONE],
    ['genre', genre],
    ['source', [path ?? 'standard input', encoding, `${bytes} bytes`].filter(Boolean).join(' · ')],
  ];
  const table = textTable(facts.map(([k, v]) => [c.dim(k), printable(v)]), ['left', 'left']);
  return [c.bold(printable(title ?? '(no title found)')), ...table];
}

function outlineBlock(sections: Section[], c: ChalkInstance): string[] {
  const rows: string[][] = [];
  const walk = (list: Section[], depth: number) => {
    for (const s of list) {
      rows.push([c.dim(s.kind), `${'  '.repeat(depth)}${printable(s.marker + s.title)}`]);
      walk(s.children, depth + 1);
    }
  };
  walk(sections, 0);
  return [c.bold('Outline'), ...(rows.length > 0 ? textTable(rows, ['left', 'left']) : ['  no sections found'])];
}

function figuresBlock(report: Report, rows: HeadlineRow[], c: ChalkInstance): string[] {
  const heading = c.bold(`Headline figures`) + c.dim(` · ${rows.length} indicators, ${report.metrics.length} mentions`);
  if (rows.length === 0) return [heading, '  no figures found'];
  const header = ['indicator', 'figure', 'line', 'section', 'mentions'].map((h) => c.dim(h));
  const figures = rows.map(({ mention, value }) => figureParts({ value, unit: mention.unit, bound: mention.bound }));
  // Amounts right-aligned among themselves, units after them: digits line up, units follow their number.
  const amountWidth = Math.max(...figures.map((f) => f.amount.length));
  const body = rows.map(({ mention, mentions }, i) => {
    const { amount, unit } = figures[i] ?? { amount: '', unit: '' };
    const figure = c.bold(amount.padStart(amountWidth)) + (unit === '%' || unit === '' ? unit : ` ${unit}`);
    return [printable(mention.label), figure, String(mention.line), printable(mention.section ?? NONE), String(mentions)];
  });
  return [heading, ...textTable([header, ...body], ['left', 'left', 'right', 'left', 'right'])];
}

function originsBlock(rows: HeadlineRow[], sections: Section[], source: readonly string[], c: ChalkInstance): string[] {
  if (rows.length === 0) return [];
  const fences = headingBounds(sections, source);
  const lines = [c.bold('Where the figures come from')];
  for (const { mention } of rows) {
    const { before, text, after } = sentenceAround(source, mention.start, mention.end, fences);
    // Without colour the figure is set off by brackets, so that it still stands out.
    const emphasised = c.level > 0 ? c.bold.yellow(printable(text)) : `[${printable(text)}]`;
    lines.push(`  ${printable(mention.label)} ${c.dim(`· line ${mention.line}`)}`, `    ${printable(before)}${emphasised}${printable(after)}`);
  }
  return lines;
}

/** Start and line end of every heading: a sentence shown never runs into one. */
function headingBounds(sections: Section[], source: readonly string[]): number[] {
  return sections.flatMap((s) => {
    const lineEnd = source.indexOf('\n', s.start);
    return [s.start, lineEnd < 0 ? source.length : lineEnd, ...headingBounds(s.children, source)];
  });
}

function warningsBlock(report: Report, c: ChalkInstance): string[] {
  if (report.warnings.length === 0) return [];
  const rows = report.warnings.map((w) => [c.yellow(printable(w.code)), printable(w.message)]);
  return [c.bold('Warnings'), ...textTable(rows, ['left', 'left'])];
}
