// The CLI's only window on the world: streams, environment and terminal flags,
// passed in so that tests can run the CLI in-process.
import { fstatSync, type Stats, statSync } from 'node:fs';
import { devNull } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { FdOutput } from './fd-output.js';
import type { OutputStream } from './write.js';

export interface CliIO {
  stdin: Readable;
  stdout: OutputStream;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  cwd: string;
}

export function processIO(): CliIO {
  const direct = directOutput(1);
  return {
    // Looked up only when read: opening standard input costs milliseconds at every start,
    // and so does standard error, which a run that goes well never writes to (on a
    // terminal, it loads Node's terminal and network modules).
    get stdin() {
      return process.stdin;
    },
    stdout: direct ?? watchedStdout(),
    get stderr() {
      return process.stderr;
    },
    env: process.env,
    stdoutIsTTY: direct === null && Boolean(process.stdout.isTTY),
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    cwd: process.cwd(),
  };
}

/**
 * Standard output written directly when it is a pipe, a socket, a file or the null device
 * (where scripts send what they judge by the exit code alone); null for a terminal or any
 * other device, which process.stdout knows how to write to.
 */
function directOutput(fd: number): FdOutput | null {
  try {
    const kind = fstatSync(fd);
    return kind.isFIFO() || kind.isSocket() || kind.isFile() || isNullDevice(kind) ? new FdOutput(fd) : null;
  } catch {
    return null;
  }
}

function isNullDevice(kind: Stats): boolean {
  if (!kind.isCharacterDevice()) return false;
  const nul = statSync(devNull, { throwIfNoEntry: false });
  return nul !== undefined && nul.dev === kind.dev && nul.ino === kind.ino;
}

function watchedStdout(): Writable {
  // A closed pipe (`lawrep extract dir | head -1`) ends the program quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  return process.stdout;
}
