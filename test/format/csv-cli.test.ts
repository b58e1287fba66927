// `lawrep extract --format csv|csv-long`, run as a user would, read back by a CSV parser.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../src/indicators/catalogue.js';
import type { Report } from '../../src/model/schema.js';
import { runBin, SEEDS } from '../helpers/cli.js';

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f)).sort();
const reports = runBin(['extract', SEEDS]).stdout.trim().split('\n').map((line) => JSON.parse(line) as Report);

describe('lawrep extract --format csv', () => {
  it('gives one row per report with its headline values under the catalogue ids', () => {
    const { status, stdout } = runBin(['extract', SEEDS, '--format', 'csv']);
    expect(status).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.path)).toEqual(seeds);
    rows.forEach((row, i) => {
      const report = reports[i];
      expect(row.title).toBe(report?.document.title ?? '');
      expect(row.year).toBe(String(report?.document.year ?? ''));
      for (const id of INDICATOR_IDS) expect(row[id]).toBe(String(report?.headline[id]?.value ?? ''));
    });
  });

  it('gives one row per mention with csv-long, after a BOM with --bom', () => {
    const { status, stdout } = runBin(['extract', SEEDS, '--format', 'csv-long', '--bom']);
    expect(status).toBe(0);
    expect(stdout.startsWith('\uFEFFpath,indicator,')).toBe(true);
    const rows = parse(stdout, { columns: true, bom: true }) as Record<string, string>[];
    const mentions = reports.flatMap((r) => r.metrics.map((m) => [r.source.path, m.indicator, String(m.value), m.text]));
    expect(rows.map((r) => [r.path, r.indicator, r.value, r.text])).toEqual(mentions);
  });

  it('makes a CSV of one file too', () => {
    const { status, stdout } = runBin(['extract', seeds[0] ?? '', '--format', 'csv']);
    expect(status).toBe(0);
    expect(parse(stdout, { columns: true })).toHaveLength(1);
  });
});
