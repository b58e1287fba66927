// Minimal inputs of bugs that the property tests and the fuzz campaign found, kept
// as regression tests. A bug found and not fixed yet goes here as `it.fails`, with
// a comment naming the module at fault, so that the properties stay green meanwhile.
import { describe, expect, it } from 'vitest';
import { checkExtract } from './invariants.js';

describe('cases found by fuzzing', () => {
  // indicators/find.ts took a year before a cue into a span, over the figure before it.
  it.each([
    '2024年5件行政处罚案件0件',
    '2023年共3件行政处罚案件2件',
    '4.52\u200b19273662㈠受理超过.5万元2024罚没款超过−5起信访件约千分之三起，罚没款达〇项；\ud80f',
    // A zero statement inside the span of a figure's mention that starts before it.
    '\udda3 下一步工作计划92646262024一百零五行政诉讼案件不足037.29多宗；起1e9上百',
  ])('mentions stay in document order: %s', (input) => {
    expect(checkExtract(input)).toMatchObject({ crash: null, violations: [] });
  });
});
