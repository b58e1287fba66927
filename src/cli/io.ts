// The CLI's only window on the world: streams, environment and terminal flags,
// passed in so that tests can run the CLI in-process.
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    // Looked up only when read: opening standard input costs milliseconds at every start,
    // and so does standard error, which a run that goes well never writes to (on a
    // terminal, it loads Node's terminal and network modules).
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    cwd: process.cwd(),
  };
}
