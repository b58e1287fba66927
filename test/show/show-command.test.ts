import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/cli/show/sentence.js';
import { runCli } from '../../src/cli/main.js';
import { extract } from '../../src/extract.js';
import type { Report, Section } from '../../src/model/schema.js';
import { ROOT, SEEDS, tempDir } from '../helpers/cli.js';

const SEED = join(SEEDS, '000_75cbe675a13a2971.txt');
const ANSI = /\u001b\[/;

async function show(args: string[], { tty = false, env = {} }: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const io = { stdin: Readable.from([]), stdout, stderr, env, stdoutIsTTY: tty, stderrIsTTY: tty, cwd: ROOT };
  const status = await runCli(['show', ...args], io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

function seedReport(path: string): Report {
  const report = extract(readFileSync(path), { path });
  if ('error' in report) throw new Error(report.error.message);
  return report;
}

const flat = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...flat(s.children)]);

describe('lawrep show', () => {
  it.each(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')))(
    'summarises seed %s: its facts, outline, headline figures and their sentences',
    async (name) => {
      const path = join(SEEDS, name);
      const report = seedReport(path);
      const { status, stdout, stderr } = await show([path]);
      expect(status).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).not.toMatch(ANSI);
      const lines = stdout.split('\n');
      expect(lines[0]).toBe(report.document.title ?? '(no title found)');
      for (const s of flat(report.sections)) expect(lines.some((l) => l.includes(`${s.kind}`) && l.endsWith(`${s.marker}${s.title}`))).toBe(true);
      const headline = Object.values(report.headline);
      expect(stdout).toContain(`${headline.length} indicators, ${report.metrics.length} mentions`);
      for (const { mention } of headline) {
        const m = report.metrics[mention];
        expect(m).toBeDefined();
        expect(lines.some((l) => l.startsWith(`  ${m?.label} `) && l.includes(` ${m?.line} `))).toBe(true);
        expect(stdout).toContain(`[${oneLine(m?.text ?? '')}]`);
      }
    },
  );

  it('colours on a terminal, but not under NO_COLOR', async () => {
    expect((await show([SEED], { tty: true })).stdout).toMatch(ANSI);
    expect((await show([SEED], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  it('reads a GB18030 file as it reads UTF-8: same view, same page', async () => {
    const dir = tempDir();
    const gb = join(dir, 'seed.txt');
    writeFileSync(gb, iconv.encode(readFileSync(SEED, 'utf8'), 'gb18030'));
    const utf8 = await show([SEED]);
    const other = await show([gb]);
    const withoutSource = (text: string) => text.replace(/^ {2}source .*$/m, '');
    expect(withoutSource(other.stdout)).toBe(withoutSource(utf8.stdout));
    const page = (await show([gb, '--html', '-'])).stdout;
    expect(page.match(/<mark id=/g)?.length ?? 0).toBe(seedReport(SEED).metrics.length);
  });

  it('writes the HTML page with --html FILE and nothing on standard output', async () => {
    const out = join(tempDir(), 'page.html');
    const { status, stdout } = await show([SEED, '--html', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page.match(/<mark id=/g)?.length ?? 0).toBe(seedReport(SEED).metrics.length);
  });

  it('exits 2 for a missing file and 1 for one that is not text', async () => {
    const missing = await show(['/no/such/report.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const binary = join(tempDir(), 'b.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const bad = await show([binary]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('not a text file');
  });
});
