// `lawrep extract`: inputs → one JSON object (one file) or JSON Lines (many).
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Encoding, Output } from '../model/schema.js';
import { UsageError, EXIT, type ExitCode } from './errors.js';
import { listInputs } from './inputs.js';
import type { CliIO } from './io.js';
import { messages } from './messages.js';
import { extractPath, extractStream } from './read-input.js';
import { jsonFormat } from '../format/format.js';
import { writeOut } from './write.js';

export interface ExtractCommandOptions {
  output?: string;
  glob?: string;
  encoding?: Encoding;
  pretty?: boolean;
  compact?: boolean;
  maxBytes: number;
}

export async function runExtract(inputs: string[], options: ExtractCommandOptions, io: CliIO): Promise<ExitCode> {
  if (inputs.length === 0) throw new UsageError('no input: give a file, a folder, or - for standard input');
  const { files, many } = await listInputs(inputs, options.glob);
  if (options.output !== undefined) {
    const target = resolve(io.cwd, options.output);
    if (files.some((f) => f !== '-' && resolve(io.cwd, f) === target)) throw new UsageError(`-o ${options.output} is one of the inputs`);
  }
  const say = messages(io);
  const pretty = options.compact ? false : options.pretty ? true : !many && options.output === undefined && io.stdoutIsTTY;
  const sink = options.output === undefined ? { stream: io.stdout, commit: async () => {}, abort: async () => {} } : fileSink(resolve(io.cwd, options.output));
  const format = jsonFormat(pretty);
  let failed = 0;
  try {
    if (format.header) await writeOut(sink.stream, format.header);
    for (const file of files) {
      const record: Output =
        file === '-' ? await extractStream(io.stdin, null, options) : await extractPath(file, options);
      if ('error' in record) {
        failed++;
        say.warn(`${file}: ${record.error.message}`);
      }
      await writeOut(sink.stream, format.record(record));
    }
    await sink.commit();
  } catch (err) {
    await sink.abort();
    throw err;
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** Output file written under a temporary name and renamed at the end, so a killed run leaves no half file. */
function fileSink(path: string): { stream: Writable; commit(): Promise<void>; abort(): Promise<void> } {
  const temp = `${path}.${process.pid}.partial`;
  const stream = createWriteStream(temp);
  const finished = new Promise<void>((ok, fail) => {
    stream.on('finish', ok);
    stream.on('error', fail);
  });
  return {
    stream,
    async commit() {
      stream.end();
      await finished;
      await rename(temp, path);
    },
    async abort() {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}
