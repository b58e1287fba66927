import { describe, expect, it } from 'vitest';
import { withRoom } from '../../src/model/grow.js';

describe('withRoom', () => {
  it.each([
    ['room enough', 4, 4, true],
    ['one more than it holds', 4, 5, false],
    ['far more than twice', 4, 20, false],
  ])('%s: keeps the array, or copies it into a longer one', (_name, length, need, same) => {
    const array = Int32Array.from({ length }, (_, i) => i + 1);
    const grown = withRoom(array, need);
    expect(grown === array).toBe(same);
    expect(grown.length).toBeGreaterThanOrEqual(Math.max(need, same ? length : length * 2));
    expect([...grown.subarray(0, length)]).toEqual([...array]);
    expect(grown).toBeInstanceOf(Int32Array);
  });

  it('keeps the kind of array', () => {
    expect(withRoom(new Uint32Array(2), 3)).toBeInstanceOf(Uint32Array);
  });
});
