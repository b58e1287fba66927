// Fuzzing and big inputs, beyond what `npm test` has time for:
//  1. the fuzz campaign (test/property/fuzz.campaign.ts, run by vitest): N generated
//     and mutated inputs through extract, every one checked; prints cases run,
//     crashes, invalid outputs and time;
//  2. a big report (default 50 MB) through the CLI at a quarter and at full size:
//     time, growth, peak memory against input size with --max-bytes raised; and its refusal under the default limit.
//   npm run fuzz [-- --runs N] [--seed S] [--big-mb M] [--no-big]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startVitest } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '..');
const MB = 1024 * 1024;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const runs = option('--runs', 100_000);
const seed = option('--seed', Date.now() % 2 ** 31);
const bigMb = option('--big-mb', 50);
const work = mkdtempSync(join(tmpdir(), 'lawrep-fuzz-'));

async function campaign() {
  const report = join(work, 'campaign.json');
  Object.assign(process.env, { LAWREP_FUZZ_RUNS: String(runs), LAWREP_FUZZ_SEED: String(seed), LAWREP_FUZZ_REPORT: report });
  const campaignFile = 'test/property/fuzz.campaign.ts';
  const vitest = await startVitest('test', [campaignFile], { root: ROOT, include: [campaignFile], watch: false, reporters: ['dot'] });
  await vitest?.close();
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\nfuzz: ${summary.cases} cases, ${summary.crashes} crashes, ${summary.invalid} invalid outputs, ` +
    `${summary.seconds.toFixed(1)} s (slowest case ${summary.slowestCaseMs.toFixed(0)} ms), seed ${summary.seed}`);
  const { errorRecords, withSections, withMetrics } = summary.reached;
  console.log(`  reached: ${errorRecords} error records, ${withSections} reports with sections, ${withMetrics} with figures`);
  for (const f of summary.failures) console.log(`  ${f.kind}: ${f.why.join('; ')}\n    input: ${f.input.slice(0, 300)}`);
  return summary.crashes === 0 && summary.invalid === 0;
}

/** A long report of about `bytes`: the seeds over and over, figures varied so that no two copies are equal. */
function bigReport(bytes) {
  const seeds = readdirSync(join(ROOT, 'fixtures/seeds')).sort().map((f) => readFileSync(join(ROOT, 'fixtures/seeds', f), 'utf8'));
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = (seeds[i % seeds.length] ?? '').replace(/\d+/g, (d) => String((Number(d) + i) % 100000));
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts;
}

/** Runs the CLI in a fresh process on `file` and returns its exit code, time and peak memory. */
function measure(file, extra = []) {
  const out = join(work, 'out.json');
  const code = `
    const { runCli } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});
    const start = performance.now();
    const exit = await runCli(['extract', ${JSON.stringify(file)}, '-o', ${JSON.stringify(out)}, ...${JSON.stringify(extra)}]);
    process.stderr.write('\\n' + JSON.stringify({ exit, ms: performance.now() - start, maxRss: process.resourceUsage().maxRSS * 1024 }) + '\\n');`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 64 * MB });
  const last = run.stderr.trim().split('\n').pop() ?? '';
  if (run.status !== 0 && !last.startsWith('{')) throw new Error(`the CLI died (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  const result = JSON.parse(last);
  const record = JSON.parse(readFileSync(out, 'utf8'));
  return { ...result, error: record.error?.code ?? null, metrics: record.metrics?.length ?? 0 };
}

function bigInputs() {
  const parts = bigReport(bigMb * MB);
  const full = Buffer.from(parts.join('\n'));
  const quarterFile = join(work, 'quarter.txt');
  const fullFile = join(work, 'full.txt');
  writeFileSync(quarterFile, parts.slice(0, Math.round(parts.length / 4)).join('\n'));
  writeFileSync(fullFile, full);
  const quarterSize = readFileSync(quarterFile).length;
  const mb = (n) => (n / MB).toFixed(1);
  // Raised past the default limit, which refuses a report this large.
  const allow = ['--max-bytes', String(full.length * 2)];
  const rows = [
    ['quarter', quarterSize, measure(quarterFile, allow)],
    ['full', full.length, measure(fullFile, allow)],
    ['refused', full.length, measure(fullFile)],
  ];
  console.log('\nbig inputs (CLI, fresh process each):');
  for (const [name, size, r] of rows) {
    console.log(`  ${name.padEnd(8)} ${mb(size).padStart(6)} MB  exit ${r.exit}  ${r.error ?? `${r.metrics} metrics`}  ` +
      `${(r.ms / 1000).toFixed(1)} s  ${(size / MB / (r.ms / 1000)).toFixed(1)} MB/s  peak RSS ${mb(r.maxRss)} MB (${(r.maxRss / size).toFixed(1)}× input)`);
  }
  const [, , quarter] = rows[0];
  const [, , whole] = rows[1];
  const [, , refused] = rows[2];
  const growth = whole.ms / quarter.ms / (full.length / quarterSize / 4);
  // What the report itself costs: the peak over that of a run that reads nothing (the refusal).
  const memory = (whole.maxRss - refused.maxRss) / full.length;
  console.log(`  growth ×${growth.toFixed(1)} for ×4 input (linear ≈ 4, limit 6); ` +
    `memory ${memory.toFixed(1)}× input above the ${mb(refused.maxRss)} MB of a run that reads nothing`);
  // A report this large must either stay under 10× its size in memory, or be refused under the default limit.
  const refusedByDefault = refused.error === 'too-large' && refused.exit === 1;
  console.log(`  under the default --max-bytes: ${refusedByDefault ? 'refused (too-large, exit 1)' : `extracted (exit ${refused.exit})`}`);
  return whole.exit === 0 && growth < 6 && (memory < 10 || refusedByDefault);
}

try {
  const fuzzed = await campaign();
  const big = args.includes('--no-big') ? true : bigInputs();
  console.log(fuzzed && big ? '\nfuzz: all good' : '\nfuzz: FAILED');
  process.exitCode = fuzzed && big ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
