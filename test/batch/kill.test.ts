import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { makeCorpus } from './corpus.js';

/** Starts a long batch into dir/out.jsonl, kills it once output has begun, and returns the files left beside it. */
async function killMidway(signal: NodeJS.Signals, jobs: string): Promise<{ left: string[]; code: number | null; killedBy: string | null }> {
  const { dir } = makeCorpus(1500);
  const out = join(dir, 'out.jsonl');
  const child = spawn(process.execPath, [BIN, 'extract', dir, '-o', out, '-j', jobs], { stdio: 'ignore' });
  const ended = new Promise<[number | null, string | null]>((done) => child.on('exit', (code, sig) => done([code, sig])));
  const partial = () => readdirSync(dir).find((f) => f.endsWith('.partial'));
  for (;;) {
    const name = partial();
    if (name !== undefined && statSync(join(dir, name)).size > 0) break;
    if (existsSync(out)) throw new Error('the batch ended before it could be killed: make it bigger');
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill(signal);
  const [code, killedBy] = await ended;
  return { left: readdirSync(dir).filter((f) => !f.startsWith('g')), code, killedBy };
}

describe('a killed batch', { timeout: 120_000 }, () => {
  it.each([
    ['SIGTERM', '2'],
    ['SIGINT', '1'],
  ] as const)('on %s (-j %s) leaves neither the output nor its temporary file', async (signal, jobs) => {
    const { left, killedBy } = await killMidway(signal, jobs);
    expect(killedBy).toBe(signal);
    expect(left).toEqual([]);
  });

  it('on SIGKILL never leaves a half-written file under the final name', async () => {
    const { left, killedBy } = await killMidway('SIGKILL', '2');
    expect(killedBy).toBe('SIGKILL');
    expect(left).not.toContain('out.jsonl');
    expect(left.every((f) => f.endsWith('.partial'))).toBe(true);
  });
});
