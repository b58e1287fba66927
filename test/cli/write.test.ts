import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ClosedPipe, writeOut } from '../../src/cli/write.js';

/** A stream that takes one chunk at a time and finishes it only when told. */
function slowStream() {
  const pending: Array<() => void> = [];
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      pending.push(done);
    },
  });
  return { stream, chunks, finishOne: () => pending.shift()?.() };
}

describe('writeOut', () => {
  it('says a buffer is written only once the stream is done with it', async () => {
    const { stream, chunks, finishOne } = slowStream();
    const events: string[] = [];
    const first = writeOut(stream, Buffer.from('first'), () => events.push('first written'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([]); // the stream still holds it
    finishOne();
    await first;
    expect(events).toEqual(['first written']);
    expect(chunks).toEqual(['first']);
  });

  it('refuses a stream that is closed', async () => {
    const { stream } = slowStream();
    stream.destroy();
    await expect(writeOut(stream, 'x')).rejects.toBeInstanceOf(ClosedPipe);
  });
});
