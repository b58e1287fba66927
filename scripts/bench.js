// Batch benchmark: builds a synthetic corpus from the seed reports (cut to ~5 KB,
// figures varied, some re-wrapped, some in GB18030), then times lawrep on it with
// 1 worker and with one per core, the floor (merely reading and decoding the
// files), what the machine gives to processes that share nothing (the ceiling of
// the speed-up), and the cold start of a one-file extraction.
//   node scripts/bench.js [--count N] [--keep]
//   node scripts/bench.js --share K/N DIST CORPUS   (one share of the ceiling, run by the benchmark)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { decode } from '../dist/decode/decode.js';

const ROOT = resolve(import.meta.dirname, '..');
const SELF = import.meta.filename;
const SEEDS = join(ROOT, 'fixtures/seeds');
const TIME = '/usr/bin/time';
let BIN = join(ROOT, 'bin/lawrep.cjs');

const args = process.argv.slice(2);
const share = args[0] === '--share' ? args.slice(1) : null;
const count = Number(args[args.indexOf('--count') + 1] ?? NaN) || 20000;
const keep = args.includes('--keep');

/** mulberry32: a small seeded generator, so that every run builds the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildCorpus(dir, n) {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n'));
  const rand = random(42);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const lines = seeds[i % seeds.length];
    // Keep the head (title, agency) and a random stretch of the body, about 5 KB in all.
    const head = lines.slice(0, 3);
    let at = 3 + Math.floor(rand() * Math.max(1, lines.length - 3));
    const body = [];
    let size = Buffer.byteLength(head.join('\n'));
    while (size < 5000) {
      const line = lines[at % lines.length];
      body.push(line);
      size += Buffer.byteLength(line) + 1;
      at = at + 1 >= lines.length ? 3 : at + 1;
    }
    let text = [...head, ...body].join('\n');
    // Vary the figures, keeping years (20xx) as they are.
    text = text.replace(/\d+/g, (d) => (/^20\d\d$/.test(d) ? d : String(Math.floor(rand() * 10 ** d.length)).padStart(1, '0')));
    if (rand() < 0.2) text = rewrap(text, 28 + Math.floor(rand() * 12));
    const encoded = rand() < 0.1 ? iconv.encode(text, 'gb18030') : Buffer.from(text);
    const sub = join(dir, String(i % 100).padStart(2, '0'));
    if (i < 100) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `r${String(i).padStart(6, '0')}.txt`), encoded);
    bytes += encoded.length;
  }
  return bytes;
}

/** Hard line breaks every `width` characters, as in text copied out of a PDF. */
function rewrap(text, width) {
  return text
    .split('\n')
    .map((line) => line.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? '')
    .join('\n');
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith('.txt'))
    .map((f) => join(dir, String(f)));
}

/**
 * The reports whose place in path order is K modulo N, extracted by the library in
 * this process alone, in one thread, the output serialised and dropped: the work of
 * one of N workers, with nothing shared between them.
 */
async function extractShare([part, dist, corpus]) {
  const [k, n] = part.split('/').map(Number);
  const { extract } = await import(pathToFileURL(join(dist, 'extract.js')).href);
  const files = listFiles(corpus);
  for (let i = k; i < files.length; i += n) JSON.stringify(extract(readFileSync(files[i]), { path: files[i] }));
}

/**
 * What the machine gives: the time of one process extracting every report in one thread,
 * against that of N processes, each with its Nth, all at once. Their ratio is the speed-up
 * that N workers, each warming up its own copy of the pipeline, could reach at best here.
 */
async function ceiling(dist, corpus, n) {
  const run = (parts) => {
    const started = performance.now();
    const children = parts.map(
      (part) =>
        new Promise((done, fail) => {
          const child = spawn(process.execPath, [SELF, '--share', part, dist, corpus], { stdio: 'inherit' });
          child.on('error', fail);
          child.on('close', (status) => (status === 0 ? done() : fail(new Error(`share ${part} exited with ${status}`))));
        }),
    );
    return Promise.all(children).then(() => (performance.now() - started) / 1000);
  };
  const alone = await run(['0/1']);
  const shared = await run(Array.from({ length: n }, (_, k) => `${k}/${n}`));
  return { alone, shared };
}

function readAndDecode(files) {
  const started = performance.now();
  let chars = 0;
  for (const file of files) chars += decode(readFileSync(file)).text.length;
  return { seconds: (performance.now() - started) / 1000, chars };
}

/** Runs lawrep as a child; peak RSS from /usr/bin/time when present, else from lawrep's --verbose summary. */
function runLawrep(lawrepArgs) {
  const useTime = existsSync(TIME);
  const [command, commandArgs] = useTime
    ? [TIME, ['-f', 'maxrss-kb=%M cpu-s=%U %S', process.execPath, BIN, ...lawrepArgs]]
    : [process.execPath, [BIN, ...lawrepArgs]];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      const timeKb = /maxrss-kb=(\d+)/.exec(stderr);
      const summaryMb = /peak RSS (\d+) MB/.exec(stderr);
      const cpu = /cpu-s=([\d.]+) ([\d.]+)/.exec(stderr);
      const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
      const rssMb = timeKb ? Number(timeKb[1]) / 1024 : summaryMb ? Number(summaryMb[1]) : NaN;
      done({ status, seconds, rssMb, cpuSeconds, stderr });
    });
  });
}

/**
 * A private copy of the build, so that a rebuild of dist/ while the benchmark
 * runs cannot change what is measured halfway.
 */
function snapshot(dir) {
  const copy = join(dir, 'lawrep');
  mkdirSync(copy);
  for (const part of ['package.json', 'bin', 'dist']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return join(copy, 'bin/lawrep.cjs');
}

function coldStart(file, env = process.env, times = 10) {
  const runs = (argv) =>
    Array.from({ length: times }, () => {
      const started = performance.now();
      spawnSync(process.execPath, argv, { stdio: 'ignore', env });
      return performance.now() - started;
    }).sort((a, b) => a - b)[Math.floor(times / 2)];
  return { lawrep: runs([BIN, 'extract', file]), bareNode: runs(['-e', '0']) };
}

/** Lines of an output, counted in chunks: a large batch's output is too long for one string. */
async function lineCount(file) {
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return lines;
}

const fixed = (x, digits = 0) => x.toFixed(digits);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lawrep-bench-'));
  BIN = snapshot(dir);
  const corpus = join(dir, 'corpus');
  const cores = availableParallelism();
  console.log(`machine: ${cores} cores (nproc), ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (figures below are only as quiet as the machine)`);
  process.stdout.write(`building ${count} reports in ${corpus} … `);
  const bytes = buildCorpus(corpus, count);
  const mb = bytes / 1e6;
  console.log(`${fixed(mb, 1)} MB, ${fixed(bytes / count / 1000, 1)} KB per report`);

  const files = listFiles(corpus);
  readAndDecode(files.slice(0, 200)); // warm the page cache and the decoder
  const floor = readAndDecode(files);
  console.log(`floor (read + decode, 1 thread): ${fixed(floor.seconds, 2)} s, ${fixed(count / floor.seconds)} reports/s, ${fixed(mb / floor.seconds, 1)} MB/s`);

  const results = [];
  for (const jobs of [...new Set([1, cores])]) {
    const out = join(dir, `out-j${jobs}.jsonl`);
    const run = await runLawrep(['extract', corpus, '-j', String(jobs), '-o', out, '--verbose']);
    if (run.status !== 0 && run.status !== 1) throw new Error(`lawrep failed (${run.status}): ${run.stderr}`);
    const lines = await lineCount(out);
    if (lines !== count) throw new Error(`-j ${jobs}: ${lines} lines for ${count} inputs`);
    results.push({ jobs, out, ...run });
    console.log(
      `lawrep -j ${jobs}: ${fixed(run.seconds, 2)} s, ${fixed(count / run.seconds)} reports/s, ${fixed(mb / run.seconds, 1)} MB/s, peak RSS ${fixed(run.rssMb)} MB, ${fixed(run.cpuSeconds, 1)} CPU-s (${fixed(count / run.cpuSeconds)} reports per CPU-second)`,
    );
  }
  const [one, many] = [results[0], results.at(-1)];
  if (one !== many) {
    console.log(`speed-up 1 → ${many.jobs} workers: ${fixed(one.seconds / many.seconds, 2)}×`);
    const machine = await ceiling(join(dirname(BIN), '..', 'dist'), corpus, many.jobs);
    console.log(
      `  ceiling on this machine, the extraction split between processes that share nothing: 1 process ${fixed(machine.alone, 2)} s, ${many.jobs} at once ${fixed(machine.shared, 2)} s, ${fixed(machine.alone / machine.shared, 2)}×`,
    );
    const same = readFileSync(one.out).equals(readFileSync(many.out));
    console.log(`outputs of -j 1 and -j ${many.jobs} identical: ${same}`);
    if (!same) process.exitCode = 1;
  }
  const cold = coldStart(files[0]);
  console.log(`cold start, lawrep extract one.txt (median of 10): ${fixed(cold.lawrep)} ms (bare node -e 0: ${fixed(cold.bareNode)} ms)`);
  // Node reads the certificates that NODE_EXTRA_CA_CERTS names at every start, before any script runs.
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
    const bare = coldStart(files[0], env);
    console.log(`  the same without NODE_EXTRA_CA_CERTS: ${fixed(bare.lawrep)} ms (bare node -e 0: ${fixed(bare.bareNode)} ms)`);
  }
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

if (share) await extractShare(share);
else await main();
