// Standard output written straight to its file descriptor when it is a pipe or a
// file. process.stdout would load Node's stream modules, and for a pipe its network
// modules too, a few milliseconds of every one-report run (`lawrep extract r.txt | jq`);
// on POSIX systems its writes to pipes and files are synchronous all the same.
import { Buffer } from 'node:buffer';
import { writeSync } from 'node:fs';
import { ClosedPipe, type OutputStream } from './write.js';

type WriteBytes = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/** How long to wait before writing again to a pipe that is full and set not to block. */
const FULL_PIPE_WAIT_MS = 1;

export class FdOutput implements OutputStream {
  destroyed = false;
  readonly writableEnded = false;

  constructor(
    private readonly fd: number,
    private readonly writeBytes: WriteBytes = writeSync,
  ) {}

  /** Writes all of `data` before it returns; a reader that has gone (EPIPE) is a ClosedPipe. */
  write(data: string | Uint8Array, done?: (err?: Error | null) => void): boolean {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let at = 0; at < bytes.length; ) {
      try {
        at += this.writeBytes(this.fd, bytes, at, bytes.length - at);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // A pipe that another process set not to block says EAGAIN when full: wait for its reader.
        if (code === 'EAGAIN') pause(FULL_PIPE_WAIT_MS);
        else if (code === 'EPIPE') {
          this.destroyed = true;
          throw new ClosedPipe('output closed');
        } else throw err;
      }
    }
    done?.(null);
    return true;
  }

  // Every write is done when it returns: nothing ever waits for 'drain' or 'close'.
  once(): this {
    return this;
  }

  off(): this {
    return this;
  }
}

/** A cell no one writes to, to sleep on between writes to a full pipe. */
let sleepCell: Int32Array | null = null;

function pause(ms: number): void {
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, ms);
}
