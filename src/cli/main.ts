// The command line: the one place where errors become exit codes. Commands are
// loaded lazily so that start-up stays fast, and so is commander: the most common
// command line, `lawrep extract FILE`, has nothing for it to parse.
import { EXIT, UsageError } from './errors.js';
import { EXTRACT_DEFAULTS } from './extract-defaults.js';
import { type CliIO, processIO } from './io.js';
import { ClosedPipe } from './write.js';

/** The file of `extract FILE`, the whole command line; null for any other. */
function oneFile(argv: string[]): string | null {
  const [command, file, ...rest] = argv;
  return command === 'extract' && file !== undefined && !file.startsWith('-') && rest.length === 0 ? file : null;
}

/** Run the CLI on argv (without node and script) and return the exit code. */
export async function runCli(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    const file = oneFile(argv);
    if (file === null) return await (await import('./program.js')).runProgram(argv, io);
    // What commander would call, with the options it would pass.
    const { runExtract } = await import('./extract-command.js');
    return await runExtract([file], { ...EXTRACT_DEFAULTS }, io);
  } catch (err) {
    // A closed output is no failure: the reader had what it wanted.
    if (err instanceof ClosedPipe) return EXIT.ok;
    // Messages (and chalk) are loaded only when there is something to say.
    const say = (await import('./messages.js')).messages(io);
    if (err instanceof UsageError) {
      say.error(err.message);
      return EXIT.usage;
    }
    say.error(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return EXIT.someFailed;
  }
}

/** Entry point of bin/lawrep.cjs. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2));
}
