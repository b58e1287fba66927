import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BIN, runBin, SEEDS, tempDir } from '../helpers/cli.js';

const SEED = join(SEEDS, '000_75cbe675a13a2971.txt');
const seedText = readFileSync(SEED, 'utf8');

function withoutSource(json: string): unknown {
  const { source: _source, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
}

describe('lawrep extract', () => {
  it('prints one JSON object for a seed', () => {
    const { status, stdout, stderr } = runBin(['extract', SEED]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.schemaVersion).toBe('1');
    expect(report.source).toMatchObject({ path: SEED, bytes: Buffer.byteLength(seedText), encoding: 'utf-8', format: 'text' });
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stdout.trim().split('\n')).toHaveLength(1); // compact when piped
  });

  it('reads standard input as it reads the file', () => {
    const fromFile = runBin(['extract', SEED]);
    const fromStdin = runBin(['extract', '-'], { input: seedText });
    expect(fromStdin.status).toBe(0);
    expect({ ...JSON.parse(fromStdin.stdout), source: null }).toEqual({ ...JSON.parse(fromFile.stdout), source: null });
    expect(JSON.parse(fromStdin.stdout).source.path).toBeNull();
  });

  it('gives the same result for GB18030, UTF-16LE with BOM, and UTF-8 with BOM and CRLF', () => {
    const dir = tempDir();
    const variants: Array<[string, Uint8Array, string]> = [
      ['gb18030.txt', iconv.encode(seedText, 'gb18030'), 'gb18030'],
      ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]), 'utf-16le'],
      ['bom-crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText.replace(/\n/g, '\r\n'))]), 'utf-8'],
    ];
    const expected = withoutSource(runBin(['extract', SEED]).stdout);
    for (const [name, bytes, encoding] of variants) {
      writeFileSync(join(dir, name), bytes);
      const out = runBin(['extract', join(dir, name)]);
      expect(out.status).toBe(0);
      expect(JSON.parse(out.stdout).source.encoding).toBe(encoding);
      expect(withoutSource(out.stdout)).toEqual(expected);
    }
  });

  it('turns a folder into JSON Lines, one record per file, an error record for a binary file, exit 1', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), seedText);
    writeFileSync(join(dir, 'sub', 'a.txt'), seedText);
    writeFileSync(join(dir, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'notes.md'), 'not taken by the default glob');
    const { status, stdout, stderr } = runBin(['extract', dir]);
    expect(status).toBe(1);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.source.path)).toEqual([join(dir, 'b.txt'), join(dir, 'c.txt'), join(dir, 'sub', 'a.txt')]);
    expect(records.filter((r) => r.error).map((r) => r.error.code)).toEqual(['binary']);
    expect(stderr).toContain('c.txt');
  });

  it('writes to -o instead of standard output', () => {
    const dir = tempDir();
    const out = join(dir, 'out.jsonl');
    const { status, stdout } = runBin(['extract', SEEDS, '-o', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(5);
  });

  it('writes -o into a named pipe as it is, leaving the pipe in place', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'out.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (chunk: Buffer) => (got += chunk.toString()));
    const closed = new Promise((done) => reader.on('close', done));
    const run = spawn(process.execPath, [BIN, 'extract', SEEDS, '-o', fifo], { stdio: 'ignore' });
    const [code] = await Promise.all([new Promise((done) => run.on('exit', done)), closed]);
    expect(code).toBe(0);
    expect(got.trim().split('\n')).toHaveLength(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.fifo']);
  });

  it('writes -o through a symbolic link into the file it names, keeping the link', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.jsonl'), 'old\n');
    symlinkSync('real.jsonl', join(dir, 'link.jsonl'));
    expect(runBin(['extract', SEED, '-o', join(dir, 'link.jsonl')]).status).toBe(0);
    expect(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'real.jsonl'), 'utf8')).source.path).toBe(SEED);
  });

  it('says so when a folder holds no file that the glob takes, and extracts the other inputs', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'upper'));
    writeFileSync(join(dir, 'upper', 'REPORT.TXT'), seedText);
    const { status, stdout, stderr } = runBin(['extract', join(dir, 'upper'), SEED]);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line).source.path)).toEqual([SEED]);
    expect(stderr).toBe(`lawrep: no file in ${join(dir, 'upper')} matches *.txt (--glob chooses which files to take)\n`);
    const taken = runBin(['extract', join(dir, 'upper'), '--glob', '*.TXT']);
    expect(taken.stderr).toBe('');
    expect(JSON.parse(taken.stdout.trim()).source.path).toBe(join(dir, 'upper', 'REPORT.TXT'));
  });

  it.each([
    [['extract', '--no-such-option', SEED]],
    [['extract']],
    [['extract', '/no/such/file.txt']],
    [['frobnicate']],
    [['extract', SEED, '--encoding', 'latin-1']],
  ])('exits 2 on bad usage: %j', (args) => {
    const { status, stdout, stderr } = runBin(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).not.toBe('');
  });

  it('ends quietly when the reading end of the pipe closes', () => {
    const dir = tempDir();
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `r${String(i).padStart(3, '0')}.txt`), seedText);
    const result = spawnSync('bash', ['-c', `set -o pipefail; node "${BIN}" extract "${dir}" | head -1`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints no escape codes when piped, and none under NO_COLOR', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3]));
    for (const env of [{}, { NO_COLOR: '1', FORCE_COLOR: '3' }]) {
      const { stdout, stderr } = runBin(['extract', dir], { env });
      expect(stdout + stderr).not.toMatch(/\u001b\[/);
      expect(stderr).toContain('bad.txt');
    }
  });

  it('shows usage with examples, and the version', () => {
    expect(runBin(['--help']).stdout).toContain('lawrep extract reports/ -o reports.jsonl');
    expect(runBin(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
