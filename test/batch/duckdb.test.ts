import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, SEEDS, tempDir } from '../helpers/cli.js';
import { jsonLines } from './corpus.js';

/** The SQL block of the README's DuckDB section: the query users are told to run. */
function readmeQuery(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Loading into DuckDB and pandas'));
  const sql = /```sql\n([\s\S]*?)```/.exec(section)?.[1];
  if (sql === undefined) throw new Error('no SQL block in the README section on DuckDB');
  return sql;
}

describe('loading the JSON Lines into DuckDB', { timeout: 120_000 }, () => {
  it("runs the README's query (fines by year) and agrees with the JSON Lines", async () => {
    const dir = tempDir();
    const out = join(dir, 'reports.jsonl');
    expect(runBin(['extract', SEEDS, SEEDS, '-o', out]).status).toBe(0); // every seed twice
    const records = jsonLines(readFileSync(out, 'utf8'));
    const expected = new Map<number | null, { reports: number; fines: number | null }>();
    for (const r of records) {
      const row = expected.get(r.document.year) ?? { reports: 0, fines: null };
      const fine = r.headline['penalty.fines_yuan']?.value as number | undefined;
      expected.set(r.document.year, { reports: row.reports + 1, fines: fine === undefined ? row.fines : (row.fines ?? 0) + fine });
    }

    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const result = await connection.runAndReadAll(readmeQuery().replaceAll("'reports.jsonl'", `'${out}'`));
    const rows = result.getRowObjectsJS().map((row) => ({
      year: row.year === null ? null : Number(row.year),
      reports: Number(row.reports),
      fines: row.fines_yuan === null ? null : Number(row.fines_yuan),
    }));
    connection.closeSync();

    const want = [...expected].map(([year, v]) => ({ year, ...v })).sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity)); // DuckDB puts NULL last
    expect(rows).toEqual(want);
    expect(rows.some((r) => r.fines !== null)).toBe(true);
  });
});
