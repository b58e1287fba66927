// Running the built CLI (dist/, from `npm run build`) as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/lawrep.cjs');
export const SEEDS = join(ROOT, 'fixtures/seeds');
export const GOLD = join(ROOT, 'fixtures/gold');

export interface BinResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBin(args: string[], options: { input?: string | Uint8Array; env?: NodeJS.ProcessEnv; cwd?: string } = {}): BinResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'lawrep-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
