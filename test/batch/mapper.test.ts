import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runBin, tempDir } from '../helpers/cli.js';
import { jsonLines, seedTexts } from './corpus.js';

const record = (id: string | number, text: string) => JSON.stringify({ id, text });
const seed = seedTexts[0] as string;

describe('--ndjson-input (mapper mode)', { timeout: 120_000 }, () => {
  it('answers every input line with one output line, in order, malformed lines included', () => {
    const input = [
      record('a', seed),
      '{"id": "b", "text": ',
      record(7, seedTexts[1] as string),
      '',
      '[1, 2]',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ text: 'no id' }),
      record('c', seedTexts[2] as string),
    ].join('\r\n');
    const { status, stdout, stderr } = runBin(['extract', '--ndjson-input', '-'], { input });
    expect(status).toBe(1);
    const out = jsonLines(stdout);
    expect(out.map((r) => r.source.path)).toEqual(['a', null, '7', null, null, 'no-text', null, 'c']);
    expect(out.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'input', 'ok', 'input', 'input', 'input', 'input', 'ok']);
    expect(stderr).toContain('stdin:2: not a JSON object');
    expect(stderr).toContain('stdin:6: no "text"');
  });

  it('gives the same result for a text as the file it came from', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), seed);
    const fromFile = JSON.parse(runBin(['extract', join(dir, 'a.txt')]).stdout);
    const [fromLine] = jsonLines(runBin(['extract', '--ndjson-input', '-'], { input: `${record('a', seed)}\n` }).stdout);
    expect({ ...fromLine, source: null }).toEqual({ ...fromFile, source: null });
  });

  it('keeps the order across workers and batches of lines', () => {
    const lines = Array.from({ length: 300 }, (_, i) => (i % 37 === 5 ? 'not json' : record(`id-${i}`, seedTexts[i % seedTexts.length] as string)));
    const input = `${lines.join('\n')}\n`;
    const one = runBin(['extract', '--ndjson-input', '-', '-j', '1'], { input });
    const two = runBin(['extract', '--ndjson-input', '-', '-j', '2'], { input });
    expect(two.stdout).toBe(one.stdout);
    const out = jsonLines(two.stdout);
    expect(out).toHaveLength(300);
    expect(out.map((r) => r.source.path)).toEqual(lines.map((l, i) => (l === 'not json' ? null : `id-${i}`)));
  });

  it('works as a mapper under GNU parallel --pipe: every record comes back once', () => {
    const lines = Array.from({ length: 200 }, (_, i) => record(`doc-${i}`, `${seedTexts[i % seedTexts.length]}\n${i}`));
    const result = spawnSync(
      'bash',
      ['-c', `set -o pipefail; parallel --will-cite --pipe -N 23 -j 3 "${process.execPath}" "${BIN}" extract --ndjson-input -j 1 -`],
      { input: `${lines.join('\n')}\n`, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    expect(result.status).toBe(0);
    const ids = jsonLines(result.stdout).map((r) => r.source.path as string);
    expect(ids).toHaveLength(200);
    expect([...ids].sort()).toEqual(lines.map((_, i) => `doc-${i}`).sort());
  });
});
