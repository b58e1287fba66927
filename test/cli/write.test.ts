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

  it('waits for the stream to drain, and leaves no listener behind', async () => {
    const { stream, finishOne } = slowStream();
    const before = [stream.listenerCount('drain'), stream.listenerCount('close')];
    for (const chunk of ['one', 'two', 'three']) {
      const writing = writeOut(stream, chunk);
      await new Promise((resolve) => setImmediate(resolve));
      finishOne();
      await writing;
    }
    expect([stream.listenerCount('drain'), stream.listenerCount('close')]).toEqual(before);
  });

  it('gives up with ClosedPipe when the stream closes while it waits', async () => {
    const { stream } = slowStream();
    const writing = writeOut(stream, 'more than the high-water mark');
    stream.destroy();
    await expect(writing).rejects.toBeInstanceOf(ClosedPipe);
    expect(stream.listenerCount('drain')).toBe(0);
  });
});
