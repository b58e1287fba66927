// `lawrep eval` as a user runs it (built binary): the table on stdout, usage errors as exit 2.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLD, runBin, SEEDS, tempDir } from '../helpers/cli.js';

describe('lawrep eval', () => {
  it('extracts the reports the gold files name and prints the table and summary', () => {
    const run = runBin(['eval', GOLD, SEEDS]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^indicator\s+tp\s+fp\s+fn\s+P\s+R$/);
    expect(lines.at(-1)).toMatch(/^F1 \d\.\d{3} P .* coreR 1\.000 bounds (\d+)\/\1 grounding (\d+)\/\2 .* missing 0$/);
  });

  it('finds the reports beside the gold folder when no folder is given', () => {
    const run = runBin(['eval', GOLD]);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/ missing 0$/);
  });

  it('scores an existing output with --jsonl, a report without output as missing', () => {
    const out = join(tempDir(), 'out.jsonl');
    writeFileSync(out, '{"source":{"path":"000_75cbe675a13a2971.txt"},"metrics":[]}\nnot json\n');
    const run = runBin(['eval', GOLD, '--jsonl', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('no output for: 001_84918f44a2d5b227.txt');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/ missing 4$/);
  });

  it('lists missed and wrong mentions with --examples', () => {
    const out = join(tempDir(), 'out.jsonl');
    writeFileSync(
      out,
      '{"source":{"path":"003_f11dfd24907a8671.txt"},"metrics":[{"indicator":"penalty.cases","value":1,"text":"处罚1件"}]}\n',
    );
    const run = runBin(['eval', GOLD, '--jsonl', out, '--examples']);
    expect(run.stdout).toContain('FN 003_f11dfd24907a8671.txt complaint.cases 12 共处理投诉 12 起');
    expect(run.stdout).toContain('FP 003_f11dfd24907a8671.txt penalty.cases 1 处罚1件');
  });

  it('is a usage error without a readable gold folder', () => {
    const run = runBin(['eval', join(tempDir(), 'nothing-here')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });
});
