// `lawrep show FILE`: one report for people — a summary on standard output, or
// with --html a self-contained page that highlights every figure in the text.
import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { decode } from '../decode/decode.js';
import { extract } from '../extract.js';
import { htmlPage } from '../format/html/page.js';
import type { Encoding, ErrorRecord } from '../model/schema.js';
import { EXIT, type ExitCode, UsageError } from './errors.js';
import type { CliIO } from './io.js';
import { messages, useColour } from './messages.js';
import { readPath } from './read-input.js';
import { terminalView } from './show/terminal-view.js';
import { writeOut } from './write.js';

export interface ShowCommandOptions {
  /** Write the HTML page here (- for standard output) instead of the summary. */
  html?: string;
  encoding?: Encoding;
  maxBytes: number;
}

export async function runShow(file: string, options: ShowCommandOptions, io: CliIO): Promise<ExitCode> {
  if (file === '-') throw new UsageError('show reads a file, not standard input');
  if ((await stat(file).catch(() => null)) === null) throw new UsageError(`no such file: ${file}`);
  const failed = (record: ErrorRecord) => {
    messages(io).error(record.error.message);
    return EXIT.someFailed;
  };
  const bytes = await readPath(file, options);
  if (!(bytes instanceof Uint8Array)) return failed(bytes);
  const report = extract(bytes, { path: file, encoding: options.encoding });
  if ('error' in report) return failed(report);
  // The text the offsets point into: decoded exactly as extract() decoded it.
  const source = decode(bytes, report.source.encoding ?? undefined).text;
  if (options.html === undefined) {
    const colour = new Chalk({ level: useColour(io, io.stdoutIsTTY) ? 1 : 0 });
    await writeOut(io.stdout, terminalView(report, source, colour));
  } else if (options.html === '-') {
    await writeOut(io.stdout, htmlPage(report, source));
  } else {
    await writeFile(resolve(io.cwd, options.html), htmlPage(report, source));
  }
  return EXIT.ok;
}
