// Running the built CLI (dist/, from `npm run build`) as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

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

/** A new folder under the system's temporary one, removed when the test (or, made outside a test, its file) is done. */
export function tempDir(prefix = 'lawrep-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    // Outside a running test: at the file's or a describe block's level.
    afterAll(remove);
  }
  return dir;
}
