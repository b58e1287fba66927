// `lawrep extract`: inputs → one JSON object (one file) or JSON Lines (many).
// One plain file is extracted right here; batches load their machinery lazily,
// and with worker threads the main thread never loads the pipeline at all.
import { createWriteStream, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Encoding, Output } from '../model/schema.js';
import { type FormatChoice, recordFormat } from './batch/format-choice.js';
import { parseJobs } from './batch/jobs.js';
import { parseShard } from './batch/shard.js';
import { UsageError, EXIT, type ExitCode } from './errors.js';
import { EXTRACT_DEFAULTS } from './extract-defaults.js';
import { listInputs } from './inputs.js';
import { PathList } from './path-list.js';
import type { CliIO } from './io.js';
import { type OutputStream, writeOut } from './write.js';

export interface ExtractCommandOptions {
  output?: string;
  glob?: string;
  encoding?: Encoding;
  pretty?: boolean;
  compact?: boolean;
  maxBytes: number;
  format?: FormatChoice['name'];
  bom?: boolean;
  jobs?: string;
  filesFrom?: string;
  shard?: string;
  ndjsonInput?: boolean;
  resume?: boolean;
  verbose?: boolean;
}

export async function runExtract(inputs: string[], options: ExtractCommandOptions, io: CliIO): Promise<ExitCode> {
  checkCombinations(inputs, options);
  const jobs = parseJobs(options.jobs);
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  const ndjson = options.ndjsonInput === true;
  const listed = ndjson ? { files: PathList.of(inputs), many: true, emptyFolders: [] } : await listInputs(inputs, options.glob);
  if (listed.emptyFolders.length > 0) {
    const say = (await import('./messages.js')).messages(io);
    const glob = options.glob ?? EXTRACT_DEFAULTS.glob;
    for (const folder of listed.emptyFolders) say.warn(`no file in ${folder} matches ${glob} (--glob chooses which files to take)`);
  }
  let files = listed.files;
  if (options.filesFrom !== undefined) {
    const { readFilesFrom } = await import('./batch/files-from.js');
    files = PathList.join([files, await readFilesFrom(options.filesFrom, io)]);
  }
  const many = listed.many || options.filesFrom !== undefined;
  const target = options.output === undefined ? null : resolve(io.cwd, options.output);
  if (target !== null && isInput(target, files, io.cwd)) throw new UsageError(`-o ${options.output} is one of the inputs`);
  const pretty = options.compact ? false : options.pretty ? true : !many && target === null && io.stdoutIsTTY;
  const format: FormatChoice = { name: options.format ?? 'json', pretty, bom: options.bom ?? false };
  // A byte-order mark is for spreadsheets; JSON with one would break jq and every JSON parser.
  if (format.bom && format.name === 'json') throw new UsageError('--bom is for --format csv or csv-long');
  const batch = many || files.length !== 1 || [options.jobs, options.shard, options.resume, options.verbose].some((o) => o !== undefined);
  const sink = target === null ? { stream: io.stdout, commit: async () => {}, abort: async () => {} } : outputSink(target);
  try {
    let exit: ExitCode;
    if (batch) {
      const { runBatch, runMapper } = await import('./batch/run.js');
      const plan = { ...options, jobs, shard, settings: { encoding: options.encoding, maxBytes: options.maxBytes, format }, output: target };
      exit = await (ndjson ? runMapper(inputs, plan, sink.stream, io) : runBatch(files, plan, sink.stream, io));
    } else exit = await extractOne(files.at(0), format, sink.stream, options, io);
    await sink.commit();
    return exit;
  } catch (err) {
    await sink.abort();
    throw err;
  }
}

/**
 * One path at a time: the whole list as strings at once would outlast V8's young
 * generation. Only a path ending in the target's name can be it, and only those
 * are resolved, which for 200,000 inputs made more garbage than all the rest.
 */
function isInput(target: string, files: PathList, cwd: string): boolean {
  const name = basename(target);
  for (const file of files) if (file.endsWith(name) && file !== '-' && resolve(cwd, file) === target) return true;
  return false;
}

function checkCombinations(inputs: string[], options: ExtractCommandOptions): void {
  if (inputs.length === 0 && options.filesFrom === undefined) throw new UsageError('no input: give a file, a folder, or - for standard input');
  if (options.filesFrom === '-' && inputs.includes('-')) throw new UsageError('--files-from - and the input - both want standard input');
  if (options.resume && options.output === undefined) throw new UsageError('--resume needs -o FILE: the output to resume');
  if (options.resume && (options.pretty || (options.format ?? 'json') !== 'json')) throw new UsageError('--resume reads JSON Lines: it needs compact JSON output');
  if (options.ndjsonInput) {
    const clash = (['filesFrom', 'shard', 'resume', 'encoding'] as const).find((o) => options[o] !== undefined);
    if (clash !== undefined) throw new UsageError(`--ndjson-input cannot go with --${clash.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  }
}

async function extractOne(file: string, choice: FormatChoice, out: OutputStream, options: ExtractCommandOptions, io: CliIO): Promise<ExitCode> {
  const format = await recordFormat(choice);
  const { extractPath, extractStream } = await import('./read-input.js');
  const record: Output = file === '-' ? await extractStream(io.stdin, null, options) : await extractPath(file, options);
  if (format.header) await writeOut(out, format.header);
  await writeOut(out, format.record(record));
  if (!('error' in record)) return EXIT.ok;
  const { failureMessage } = await import('./batch/run-task.js');
  (await import('./messages.js')).messages(io).warn(failureMessage(file, record.error.message));
  return EXIT.someFailed;
}

interface Sink {
  stream: OutputStream;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Where -o writes. A device, a pipe or a socket (-o /dev/null, -o a FIFO) is written
 * to as it is: renaming a file over it would replace it. A symbolic link keeps
 * pointing at the file it names, which is the one renamed over.
 */
function outputSink(target: string): Sink {
  const found = statSync(target, { throwIfNoEntry: false });
  if (found === undefined) return fileSink(target);
  return found.isFile() ? fileSink(realpathSync(target)) : streamSink(target);
}

function streamSink(path: string): Sink {
  const stream = createWriteStream(path);
  return {
    stream,
    commit: () => new Promise<void>((ok, fail) => stream.on('error', fail).end(ok)),
    async abort() {
      stream.destroy();
    },
  };
}

/**
 * Output file written under a temporary name and renamed at the end, so that the
 * final name is never half written. SIGINT/SIGTERM remove the temporary file;
 * after SIGKILL only a `.partial` file can remain.
 */
function fileSink(path: string): Sink {
  const temp = `${path}.${process.pid}.partial`;
  const stream = createWriteStream(temp);
  const finished = new Promise<void>((ok, fail) => {
    stream.on('finish', ok);
    stream.on('error', fail);
  });
  const removeTemp = () => rmSync(temp, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    stopWatching();
    process.kill(process.pid, signal); // die of the same signal, as if it had not been caught
  };
  const stopWatching = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', removeTemp);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', removeTemp);
  return {
    stream,
    async commit() {
      stream.end();
      await finished;
      renameSync(temp, path);
      stopWatching();
    },
    async abort() {
      stopWatching();
      stream.destroy();
      removeTemp();
    },
  };
}
