import { describe, expect, it } from 'vitest';
import { Kept } from '../../src/normalise/kept.js';

describe('Kept', () => {
  it('gives arrays of the length asked, filled afresh whatever the call before left', () => {
    const kept = new Kept((length) => new Int32Array(length));
    kept.take(10).fill(7);
    expect([...kept.take(4)]).toEqual([0, 0, 0, 0]);
    kept.take(600).fill(9);
    expect([...kept.take(3, -1)]).toEqual([-1, -1, -1]);
    expect(kept.take(0).length).toBe(0);
  });

  it('makes a very long array for its call alone', () => {
    const kept = new Kept((length) => new Uint8Array(length));
    const big = kept.take(3 << 20, 1);
    expect(big.length).toBe(3 << 20);
    expect(kept.take(4).buffer).not.toBe(big.buffer);
  });
});
