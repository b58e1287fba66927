// Writing data to a stream with backpressure, so that large outputs through
// pipes are neither truncated nor buffered whole in memory.
/** What output is written to: a Node stream, or standard output itself (fd-output.ts). */
export interface OutputStream {
  readonly destroyed: boolean;
  readonly writableEnded: boolean;
  write(data: string | Uint8Array, done?: (err?: Error | null) => void): boolean;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
}

export class ClosedPipe extends Error {
  override name = 'ClosedPipe';
}

/** `written` is called once the stream is done with `data`, so that its buffer may be reused. */
export async function writeOut(stream: OutputStream, data: string | Uint8Array, written?: () => void): Promise<void> {
  if (stream.destroyed || stream.writableEnded) throw new ClosedPipe('output closed');
  if (stream.write(data, (err) => err || written?.())) return;
  // A plain promise and two listeners, the one left over removed: a long batch waits here thousands of times.
  await new Promise<void>((drained, closed) => {
    const onDrain = () => {
      stream.off('close', onClose);
      drained();
    };
    const onClose = () => {
      stream.off('drain', onDrain);
      closed(new ClosedPipe('output closed'));
    };
    stream.once('drain', onDrain);
    stream.once('close', onClose);
  });
}
