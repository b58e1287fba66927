import { describe, expect, it } from 'vitest';
import { countAtOrBefore, countKeyedAtOrBefore, lastAtOrBefore } from '../../src/model/sorted.js';

const STARTS = [0, 4, 4, 9, 20];

describe('countAtOrBefore', () => {
  it.each([
    [-1, 0],
    [0, 1],
    [3, 1],
    [4, 3],
    [8, 3],
    [9, 4],
    [19, 4],
    [20, 5],
    [99, 5],
  ])('entries at or before %i: %i', (position, count) => {
    expect(countAtOrBefore(STARTS, position)).toBe(count);
  });

  it('counts nothing in an empty list', () => {
    expect(countAtOrBefore([], 5)).toBe(0);
  });
});

describe('countKeyedAtOrBefore', () => {
  const spans = STARTS.map((start) => ({ start, end: start + 2 }));
  it.each([-1, 0, 3, 4, 8, 9, 19, 20, 99])('agrees with the keys alone at %i', (position) => {
    expect(countKeyedAtOrBefore(spans, position, (span) => span.start)).toBe(countAtOrBefore(STARTS, position));
  });

  it('reads the key it is given', () => {
    expect(countKeyedAtOrBefore(spans, 5, (span) => span.end)).toBe(1);
  });
});

describe('lastAtOrBefore', () => {
  it.each([
    [-1, 0],
    [5, 4],
    [9, 9],
    [25, 20],
  ])('the last entry at or before %i: %i', (position, last) => {
    expect(lastAtOrBefore(STARTS, position)).toBe(last);
  });
});
