// Minimal inputs of bugs the property tests found in modules still being written.
// Each runs as an expected failure; when one starts passing, its bug is fixed:
// drop it here, and its tolerance in extract.property.test.ts.
import { describe, expect, it } from 'vitest';
import { checkExtract } from './invariants.js';

describe('known findings', () => {
  // indicators/find.ts: the `before` rule extends a span back over YEAR_BEFORE, which swallows the
  // previous figure, so the mention starts before the one found first and overlaps it.
  it.fails.each(['2024年5件行政处罚案件0件', '2023年共3件行政处罚案件2件'])('mentions stay in document order: %s', (input) => {
    expect(checkExtract(input).violations).toEqual([]);
  });
});
