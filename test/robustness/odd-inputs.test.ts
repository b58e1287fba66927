// Odd files in a batch: each gives exactly one record, in path order, and none
// stops the run or makes it hang.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_PROCESS_BELOW } from '../../src/cli/batch/run.js';
import { listInputs } from '../../src/cli/inputs.js';
import { readPath } from '../../src/cli/read-input.js';
import { Output } from '../../src/model/schema.js';
import { BIN, runBin, SEEDS, tempDir } from '../helpers/cli.js';

const SEED = join(SEEDS, '000_75cbe675a13a2971.txt');
const NOBODY = 65534;

interface Line {
  source: { path: string };
  error?: { code: string };
  warnings?: Array<{ code: string }>;
}

/** The JSON Lines of a run, each checked against the output schema. */
function records(stdout: string): Line[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const record: unknown = JSON.parse(line);
      expect(Output.safeParse(record).success, line.slice(0, 200)).toBe(true);
      return record as Line;
    });
}

/** What each record says: the error code, or `report` plus its `empty` warning. */
function outcome(r: Line): string {
  if (r.error) return r.error.code;
  return r.warnings?.some((w) => w.code === 'empty') ? 'report (empty)' : 'report';
}

/** Odd files among good ones; `copies` more good files make the batch big enough for worker threads. */
function oddFolder(copies = 0): { dir: string; expected: Record<string, string> } {
  const dir = tempDir();
  copyFileSync(SEED, join(dir, 'a-good.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\r\n\u3000\n');
  // Not UTF-8, and 0xFF starts no GB18030 sequence.
  writeFileSync(join(dir, 'neither.txt'), Buffer.from([0xb0, 0xa1, 0xff, 0xff, 0x80, 0x41]));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
  symlinkSync(join(dir, 'self.txt'), join(dir, 'self.txt'));
  symlinkSync('/dev/null', join(dir, 'device.txt'));
  expect(spawnSync('mkfifo', [join(dir, 'fifo.txt')]).status).toBe(0);
  mkdirSync(join(dir, 'loop'));
  copyFileSync(SEED, join(dir, 'loop', 'inner.txt'));
  symlinkSync('..', join(dir, 'loop', 'back')); // a folder that contains itself
  copyFileSync(SEED, join(dir, 'z-good.txt'));
  mkdirSync(join(dir, 'more'));
  const more = Array.from({ length: copies }, (_, i) => `more/${String(i).padStart(3, '0')}.txt`);
  for (const name of more) copyFileSync(SEED, join(dir, name));
  return {
    dir,
    expected: {
      'a-good.txt': 'report',
      'binary.txt': 'binary',
      'blank.txt': 'report (empty)',
      'dangling.txt': 'read',
      'device.txt': 'not-a-file',
      'empty.txt': 'report (empty)',
      'fifo.txt': 'not-a-file',
      'loop/inner.txt': 'report',
      ...Object.fromEntries(more.map((name) => [name, 'report'])),
      'neither.txt': 'decode',
      'self.txt': 'read',
      'z-good.txt': 'report',
    },
  };
}

describe('a batch with odd files', () => {
  it('gives one record per file, in path order, and carries on (exit 1), on worker threads', () => {
    const { dir, expected } = oddFolder(IN_PROCESS_BELOW);
    const run = spawnSync(process.execPath, [BIN, 'extract', dir, '--jobs', '2'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 << 20, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.error, 'the run must not hang').toBeUndefined();
    expect(run.status).toBe(1);
    const got = Object.fromEntries(records(run.stdout).map((r) => [r.source.path.slice(dir.length + 1), outcome(r)]));
    expect(got).toEqual(expected);
    expect(records(run.stdout).map((r) => r.source.path)).toEqual(Object.keys(expected).map((name) => join(dir, name)));
    expect(run.stderr).not.toMatch(/internal|at .*\.js:\d+/);
  });

  it('gives the same records when the odd files are named one by one', () => {
    const { dir, expected } = oddFolder();
    const names = Object.keys(expected);
    const run = runBin(['extract', ...names.map((n) => join(dir, n))]);
    expect(run.status).toBe(1);
    expect(records(run.stdout).map(outcome)).toEqual(Object.values(expected));
  });

  it.each<[string, string | Uint8Array, string]>([
    ['empty', '', 'report (empty)'],
    ['blank', '\r\n\t\u3000\n', 'report (empty)'],
    ['binary', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]), 'binary'],
    ['undecodable', Uint8Array.from([0xb0, 0xa1, 0xff, 0xff, 0x80]), 'decode'],
  ])('gives one record for %s standard input', (_name, input, expected) => {
    const run = runBin(['extract', '-'], { input });
    expect(run.status).toBe(expected.startsWith('report') ? 0 : 1);
    expect(records(run.stdout).map(outcome)).toEqual([expected]);
  });

  it('gives a read error record for a file that vanished after listing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'gone.txt'), '行政处罚案件37宗');
    const { files } = await listInputs([dir]);
    unlinkSync(join(dir, 'gone.txt'));
    const record = readPath(files.at(0), { maxBytes: 1024 });
    expect(record instanceof Uint8Array ? 'bytes' : record.error.code).toBe('read');
  });

  it.each([
    ['smaller than the scratch buffer', 5],
    ['as large as the scratch buffer', 16],
    ['larger than the scratch buffer', 40],
  ])('reads a file %s whole, into it or beside it', (_name, size) => {
    const dir = tempDir();
    const scratch = new Uint8Array(16).fill(0x2a);
    const read = (name: string, maxBytes: number) => {
      const got = readPath(join(dir, name), { maxBytes }, scratch);
      return got instanceof Uint8Array ? Buffer.from(got).toString('latin1') : got.error.code;
    };
    writeFileSync(join(dir, 'a.txt'), 'a'.repeat(size));
    writeFileSync(join(dir, 'b.txt'), 'bbb');
    expect(read('a.txt', 1024)).toBe('a'.repeat(size));
    // The next read may reuse the scratch buffer: the previous bytes are no longer valid, only the new ones.
    expect(read('b.txt', 1024)).toBe('bbb');
    expect(read('a.txt', size - 1)).toBe('too-large');
  });

  it('refuses a file over --max-bytes with a too-large record, and reads the rest', () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'big.txt'));
    writeFileSync(join(dir, 'small.txt'), '行政处罚案件37宗。');
    const run = runBin(['extract', dir, '--max-bytes', '1000']);
    expect(run.status).toBe(1);
    expect(records(run.stdout).map(outcome)).toEqual(['too-large', 'report']);
    const fromStdin = runBin(['extract', '-', '--max-bytes', '1000'], { input: readFileSync(SEED) });
    expect(records(fromStdin.stdout).map(outcome)).toEqual(['too-large']);
  });

  // Root reads any file, so an unreadable file is tried by running lawrep as nobody.
  const asNobody = process.getuid?.() === 0 && spawnSync(process.execPath, [BIN, '--version'], { uid: NOBODY, gid: NOBODY }).status === 0;
  const asUser = process.getuid?.() !== 0;
  it.runIf(asNobody || asUser)('gives a read error record for a file or folder without read permission', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'locked.txt'), '行政处罚案件37宗。', { mode: 0o000 });
    writeFileSync(join(dir, 'open.txt'), '行政处罚案件37宗。', { mode: 0o644 });
    mkdirSync(join(dir, 'shut'));
    writeFileSync(join(dir, 'shut', 'inside.txt'), '行政处罚案件37宗。');
    chmodSync(join(dir, 'shut'), 0o000);
    const run = spawnSync(process.execPath, [BIN, 'extract', dir], {
      encoding: 'utf8',
      timeout: 60_000,
      ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    expect(run.status).toBe(1);
    expect(records(run.stdout).map((r) => [r.source.path.slice(dir.length + 1), outcome(r)])).toEqual([
      ['locked.txt', 'read'],
      ['open.txt', 'report'],
      ['shut', 'read'],
    ]);
    expect(run.stderr).toMatch(/locked\.txt: permission denied/);
  });
});
