// Writing data to a stream with backpressure, so that large outputs through
// pipes are neither truncated nor buffered whole in memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export class ClosedPipe extends Error {
  override name = 'ClosedPipe';
}

/** `written` is called once the stream is done with `data`, so that its buffer may be reused. */
export async function writeOut(stream: Writable, data: string | Uint8Array, written?: () => void): Promise<void> {
  if (stream.destroyed || stream.writableEnded) throw new ClosedPipe('output closed');
  if (!stream.write(data, (err) => err || written?.())) {
    // Whichever event comes first, the other listener is removed: a long batch waits here thousands of times.
    const waiting = new AbortController();
    const drained = once(stream, 'drain', { signal: waiting.signal });
    const closed = once(stream, 'close', { signal: waiting.signal }).then(() => {
      throw new ClosedPipe('output closed');
    });
    try {
      await Promise.race([drained, closed]);
    } finally {
      waiting.abort();
      await Promise.allSettled([drained, closed]);
    }
  }
}
