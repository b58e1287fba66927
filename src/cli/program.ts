// The command line as commander reads it: commands, options, help texts. Loaded by
// main.ts for every command line but the most common one, a single report.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VERSION } from '../version.js';
import { EXIT } from './errors.js';
import { EXTRACT_DEFAULTS } from './extract-defaults.js';
import { FORMATS } from './batch/format-choice.js';
import type { CliIO } from './io.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { messages } from './messages.js';
import { writeOut } from './write.js';

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;

const EXAMPLES = `
Examples:
  lawrep extract report.txt | jq '.headline'
  lawrep extract reports/ -o reports.jsonl
  lawrep extract - < report.txt
  lawrep extract reports/ --glob '**/*.md' --compact
  lawrep extract 'reports/**/*.txt' -j 8 -o reports.jsonl --resume
  lawrep extract --files-from list.txt --shard 2/4 -o part2.jsonl
  lawrep extract --ndjson-input - < records.jsonl
  lawrep extract reports/ --format csv --bom -o reports.csv
  lawrep show report.txt
  lawrep show report.txt --html report.html
  lawrep schema > lawrep.schema.json

Exit codes: 0 all inputs extracted, 1 some inputs failed (the others were written), 2 bad usage.`;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('lawrep')
    .description('Turn Chinese government annual reports on law-based government into typed JSON data.')
    .version(VERSION, '-V, --version')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Usage errors in lawrep's one-line form, whoever finds them.
      outputError: (s) => messages(io).error(`${s.replace(/^error: /, '').trim()} (lawrep --help for usage)`),
    })
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  program
    .command('extract')
    .description('extract reports: one FILE → one JSON object; a folder or several files → JSON Lines')
    .argument('[inputs...]', "files, folders (recursive), quoted globs ('reports/**/*.txt') or - for standard input")
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--glob <pattern>', 'which files to take from folders', EXTRACT_DEFAULTS.glob)
    .addOption(new Option('--encoding <name>', 'force a decoding instead of detecting it').choices(ENCODINGS))
    .option('--pretty', 'indent the JSON (default for one report on a terminal)')
    .option('--compact', 'one line per report (default when piped)')
    .option('--max-bytes <n>', 'refuse inputs larger than this (error record)', positiveInteger, EXTRACT_DEFAULTS.maxBytes)
    .option('-j, --jobs <n>', 'worker threads for a batch (default: the number of cores)')
    .option('--files-from <file>', 'also read input paths from FILE, one per line (- for standard input)')
    .option('--shard <k/n>', 'take only part K of N of the inputs (by a hash of each path), to split a batch across machines')
    .option('--ndjson-input', 'inputs are JSON Lines {"id","text"}: one output line per input line, in order (mapper mode)')
    .option('--resume', 'keep the reports already in the -o file for unchanged inputs, extract the rest')
    .option('--verbose', 'print the batch summary even when standard error is not a terminal')
    .addOption(
      new Option('--format <name>', 'json; csv: one row per report, a column per indicator; csv-long: one row per figure')
        .choices(FORMATS)
        .default(EXTRACT_DEFAULTS.format),
    )
    .option('--bom', 'start CSV with a UTF-8 byte-order mark (for Excel)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], options) => {
      const { runExtract } = await import('./extract-command.js');
      setExit(await runExtract(inputs, options, io));
    });

  program
    .command('show')
    .description('one report for people: a summary of its figures, or a page that highlights them in the text')
    .argument('<file>', 'the report')
    .option('--html <file>', 'write a self-contained HTML page (- for standard output) instead of the summary')
    .addOption(new Option('--encoding <name>', 'force a decoding instead of detecting it').choices(ENCODINGS))
    .option('--max-bytes <n>', 'refuse inputs larger than this', positiveInteger, DEFAULT_MAX_BYTES)
    .action(async (file: string, options) => {
      const { runShow } = await import('./show-command.js');
      setExit(await runShow(file, options, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      const { outputJsonSchema } = await import('./schema-command.js');
      await writeOut(io.stdout, `${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
      setExit(EXIT.ok);
    });

  program
    .command('eval')
    .description('score extraction against gold files: per-indicator table and a summary line (F1, P, R, core, bounds, grounding)')
    .argument('<gold-dir>', 'folder of gold JSON files')
    .argument('[input-dir]', 'folder of the reports the gold files name (default: the gold folder, then the folders beside it)')
    .option('--jsonl <file>', 'score this lawrep output instead of extracting the reports')
    .option('--examples', 'list every missed and every wrong mention')
    .action(async (goldDir: string, inputDir: string | undefined, options) => {
      const { runEval } = await import('./eval.js');
      setExit(await runEval(goldDir, inputDir, options, io));
    });

  return program;
}

/** Parse `argv` with commander and run the command it names; returns the exit code. */
export async function runProgram(argv: string[], io: CliIO): Promise<number> {
  let exit: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exit = code;
  });
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (err) {
    // Help and version are successful exits; every other parse error is bad usage.
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw err;
  }
}
